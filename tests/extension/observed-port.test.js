import assert from "node:assert/strict";
import { test } from "node:test";
import { OBSERVED } from "../../extension/src/background/observed-batch.js";
import { listenForObservedBatches } from "../../extension/src/background/observed-port.js";
import { fakeEvent, until } from "./helpers/fake-chrome.js";

function portNamed(name, { closeOnPost = false } = {}) {
  const port = { name, sender: { id: "self", tab: { id: 7 } }, onMessage: fakeEvent(), posted: [], disconnected: false };
  port.postMessage = (message) => {
    if (closeOnPost) throw new Error("Attempting to use a disconnected port object");
    port.posted.push(message);
  };
  port.disconnect = () => (port.disconnected = true);
  return port;
}

function listening(dispatch) {
  const onConnect = fakeEvent();
  listenForObservedBatches({ onConnect, dispatch });
  return onConnect;
}

test("observedPort_ABatch_IsDispatchedWithThePortsSenderAndAnsweredWithItsId", async () => {
  const seen = [];
  const onConnect = listening(async (message, sender) => (seen.push({ message, sender }), { ok: true, decisions: [{ conversation: "c" }] }));
  const port = portNamed(OBSERVED);
  onConnect.fire(port);
  port.onMessage.fire({ id: 3, message: { type: OBSERVED, rows: [] } });
  await until(() => port.posted.length === 1);
  assert.deepEqual(port.posted[0], { id: 3, response: { ok: true, decisions: [{ conversation: "c" }] } });
  assert.equal(seen[0].sender, port.sender);
  assert.equal(port.disconnected, false);
});

test("observedPort_AnswersInTheOrderTheyAreReady_EachWithItsOwnId", async () => {
  const release = new Map();
  const onConnect = listening((message) => new Promise((resolve) => release.set(message.site, resolve)));
  const port = portNamed(OBSERVED);
  onConnect.fire(port);
  port.onMessage.fire({ id: 1, message: { type: OBSERVED, site: "first" } });
  port.onMessage.fire({ id: 2, message: { type: OBSERVED, site: "second" } });
  await until(() => release.size === 2);
  release.get("second")({ ok: true, decisions: [], site: "second" });
  release.get("first")({ ok: true, decisions: [], site: "first" });
  await until(() => port.posted.length === 2);
  assert.deepEqual(
    port.posted.map(({ id, response }) => [id, response.site]),
    [
      [2, "second"],
      [1, "first"],
    ],
  );
});

test("observedPort_AnotherTypeOnThePort_RefusedWithoutDispatch", async () => {
  let dispatched = 0;
  const onConnect = listening(async () => ((dispatched += 1), { ok: true }));
  const port = portNamed(OBSERVED);
  onConnect.fire(port);
  port.onMessage.fire({ id: 9, message: { type: "options-bg-parent" } });
  port.onMessage.fire({ id: 10, message: null });
  await until(() => port.posted.length === 2);
  assert.equal(dispatched, 0);
  assert.deepEqual(
    port.posted.map(({ id, response }) => [id, response.ok, response.error.code]),
    [
      [9, false, "bad_request"],
      [10, false, "bad_request"],
    ],
  );
});

test("observedPort_APortOfAnotherName_IsClosedAndNeverRead", () => {
  const onConnect = listening(async () => ({ ok: true }));
  const port = portNamed("cs-bg-feedback");
  onConnect.fire(port);
  assert.equal(port.disconnected, true);
  assert.equal(port.onMessage.listeners.length, 0);
});

test("observedPort_PageGoneBeforeTheAnswer_TheWorkerCarriesOn", async () => {
  let answered = 0;
  const onConnect = listening(async () => ((answered += 1), { ok: true, decisions: [] }));
  const gone = portNamed(OBSERVED, { closeOnPost: true });
  onConnect.fire(gone);
  const results = gone.onMessage.fire({ id: 1, message: { type: OBSERVED } });
  await Promise.all(results);
  assert.equal(answered, 1);
  const next = portNamed(OBSERVED);
  onConnect.fire(next);
  next.onMessage.fire({ id: 1, message: { type: OBSERVED } });
  await until(() => next.posted.length === 1);
});
