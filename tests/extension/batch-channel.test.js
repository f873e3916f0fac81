import assert from "node:assert/strict";
import { test } from "node:test";
import { contentWindow } from "./helpers/content-window.js";
import { fakeEvent } from "./helpers/fake-chrome.js";

// A runtime whose ports record what was posted; the test answers, or closes a port as a stopping worker does.
function fakeRuntime() {
  const ports = [];
  const runtime = {
    lastError: undefined,
    failConnect: null,
    connect({ name }) {
      if (runtime.failConnect) throw runtime.failConnect;
      const port = { name, posted: [], closed: false, disconnected: false, onMessage: fakeEvent(), onDisconnect: fakeEvent() };
      port.postMessage = (envelope) => {
        if (port.closed) throw new Error("Attempting to use a disconnected port object");
        port.posted.push(envelope);
      };
      port.disconnect = () => (port.disconnected = true);
      port.answer = (id, response) => port.onMessage.fire({ id, response });
      port.closeFromWorker = (message) => {
        port.closed = true;
        runtime.lastError = message ? { message } : undefined;
        port.onDisconnect.fire(port);
        runtime.lastError = undefined;
      };
      ports.push(port);
      return port;
    },
  };
  return { runtime, ports };
}

function setup() {
  const { window } = contentWindow("<p>page</p>", { files: ["src/content/adapters/adapter-kit.js", "src/content/sender.js", "src/content/batch-channel.js"] });
  const { runtime, ports } = fakeRuntime();
  return { channel: window.SafeBrowse.createBatchChannel({ runtime }), runtime, ports, OBSERVED: window.SafeBrowse.OBSERVED };
}

const outcome = (promise) => promise.then((value) => ({ value }), (error) => ({ error: error.message }));

test("batchChannel_Requests_ShareOnePortNamedForBatchesAndEachGetsItsOwnAnswer", async () => {
  const { channel, ports, OBSERVED } = setup();
  const first = channel.request({ type: OBSERVED, n: 1 });
  const second = channel.request({ type: OBSERVED, n: 2 });
  assert.equal(ports.length, 1);
  assert.equal(ports[0].name, "cs-bg-observed");
  const [a, b] = ports[0].posted;
  assert.deepEqual(a.message, { type: OBSERVED, n: 1 });
  assert.notEqual(a.id, b.id);
  ports[0].answer(b.id, { ok: true, n: 2 });
  ports[0].answer(12345, { ok: true, stray: true });
  ports[0].answer(a.id, { ok: true, n: 1 });
  assert.deepEqual(await first, { ok: true, n: 1 });
  assert.deepEqual(await second, { ok: true, n: 2 });
});

test("batchChannel_WorkerStops_WaitingRequestsFailWithItsReasonAndTheNextOpensANewPort", async () => {
  const { channel, ports } = setup();
  const waiting = outcome(channel.request({ n: 1 }));
  ports[0].closeFromWorker("Could not establish connection. Receiving end does not exist.");
  assert.deepEqual(await waiting, { error: "Could not establish connection. Receiving end does not exist." });
  const next = channel.request({ n: 2 });
  assert.equal(ports.length, 2);
  ports[1].answer(ports[1].posted[0].id, { ok: true });
  assert.deepEqual(await next, { ok: true });
});

test("batchChannel_ExtensionGone_RequestFailsAsTheBrowserSaysAndNoPortIsKept", async () => {
  const { channel, runtime, ports } = setup();
  runtime.failConnect = new Error("Extension context invalidated.");
  assert.deepEqual(await outcome(channel.request({ n: 1 })), { error: "Extension context invalidated." });
  assert.equal(ports.length, 0);
  runtime.failConnect = null;
  const next = channel.request({ n: 2 });
  ports[0].answer(ports[0].posted[0].id, { ok: true });
  assert.deepEqual(await next, { ok: true });
});

test("batchChannel_PortClosedBeforeItSaidSo_PostFailsOthersWaitingFailAndTheNextOpensANewPort", async () => {
  const { channel, ports } = setup();
  const waiting = outcome(channel.request({ n: 1 }));
  ports[0].closed = true;
  assert.deepEqual(await outcome(channel.request({ n: 2 })), { error: "Attempting to use a disconnected port object" });
  assert.match((await waiting).error, /closed the port/);
  const next = channel.request({ n: 3 });
  assert.equal(ports.length, 2);
  ports[1].answer(ports[1].posted[0].id, { ok: true });
  assert.deepEqual(await next, { ok: true });
});

test("batchChannel_Close_DisconnectsAndFailsWhatWaits", async () => {
  const { channel, ports } = setup();
  const waiting = outcome(channel.request({ n: 1 }));
  channel.close();
  assert.equal(ports[0].disconnected, true);
  assert.match((await waiting).error, /stopped/);
  ports[0].answer(ports[0].posted[0].id, { ok: true });
  channel.close();
});
