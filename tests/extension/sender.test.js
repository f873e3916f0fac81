import assert from "node:assert/strict";
import { test } from "node:test";
import { unpackObserved } from "../../extension/src/background/observed-batch.js";
import { contentWindow } from "./helpers/content-window.js";
import { FakeTimers, settle } from "./helpers/fake-timers.js";

function setup() {
  const { window } = contentWindow("<p>page</p>", { files: ["src/content/adapters/adapter-kit.js", "src/content/sender.js"] });
  const timers = new FakeTimers();
  const sent = [];
  const sender = window.SafeBrowse.createSender({
    site: "127.0.0.1",
    send: async (request) => (sent.push(request), { ok: true, decisions: [] }),
    onResponse: () => {},
    timers,
    now: () => timers.now,
  });
  const keys = () => sent.flatMap((request) => unpackObserved(request).map((m) => m.key));
  return { sender, timers, sent, keys };
}

const message = (i) => ({ conversation: "chat|/", contact: "alex_15", direction: "incoming", text: `message ${i}`, key: `k${i}` });

test("sender_ChatAtHumanPace_SendsEveryMessageInOrder", async () => {
  const { sender, timers, keys } = setup();
  for (let i = 0; i < 120; i += 1) {
    sender.enqueue(message(i));
    await timers.advance(200);
  }
  await timers.advance(1000);
  assert.deepEqual(keys(), Array.from({ length: 120 }, (_, i) => `k${i}`));
});

test("sender_ChatOpenedWithItsHistory_SendsTheWholeBurstAtOnce", async () => {
  const { sender, timers, keys } = setup();
  for (let i = 0; i < 200; i += 1) sender.enqueue(message(i));
  await timers.advance(1000);
  assert.equal(keys().length, 200);
});

test("sender_PageSpams100000Messages_SendsAtMostTheCapAndTheNewestLast", async () => {
  const { sender, timers, sent, keys } = setup();
  for (let i = 0; i < 100000; i += 1) sender.enqueue(message(i));
  await timers.advance(10000);
  // The cap: 1,000 at once, then 50 a second.
  assert.ok(keys().length <= 1000 + 50 * 10, `${keys().length} sent`);
  assert.ok(keys().length >= 1000);
  assert.ok(keys().includes("k99999"), "the newest message is sent");
  assert.ok(keys().slice(-100).every((key) => Number(key.slice(1)) >= 99800), "what waits is the newest");
  assert.ok(sent.every((request) => request.rows.length <= 100));
});

test("sender_SpamThenQuiet_BudgetRefillsForTheNextMessages", async () => {
  const { sender, timers, keys } = setup();
  for (let i = 0; i < 1000; i += 1) sender.enqueue(message(i));
  await timers.advance(60000);
  const before = keys().length;
  sender.enqueue(message(5000));
  await timers.advance(300);
  assert.equal(keys().length, before + 1);
  assert.equal(keys().at(-1), "k5000");
});

test("sender_LoneMessageAfterAQuietSpell_GoesWhenItsTaskEnds", async () => {
  const { sender, timers, keys } = setup();
  await timers.advance(5000);
  sender.enqueue(message(1));
  await timers.advance(1);
  assert.deepEqual(keys(), ["k1"]);
});

test("sender_MessagesRightAfterABatch_WaitForTheIntervalAndGoTogether", async () => {
  const { sender, timers, sent, keys } = setup();
  sender.enqueue(message(1));
  await timers.advance(1);
  sender.enqueue(message(2));
  await timers.advance(50);
  sender.enqueue(message(3));
  await timers.advance(100);
  assert.deepEqual(keys(), ["k1"]);
  await timers.advance(150);
  assert.deepEqual(keys(), ["k1", "k2", "k3"]);
  assert.equal(sent.length, 2);
});

test("sender_BusyChatAddsAHundredRowsInOneTask_SendsThemInOneRequest", async () => {
  const { sender, timers, sent, keys } = setup();
  await timers.advance(5000);
  for (let i = 0; i < 100; i += 1) sender.enqueue(message(i));
  await timers.advance(1);
  assert.equal(sent.length, 1);
  assert.deepEqual(keys(), Array.from({ length: 100 }, (_, i) => `k${i}`));
});

// A timer is a task of its own, which the page pays for besides the work in it: the burst goes when the pass ends.
test("sender_BurstReadInOnePass_GoesWhenThePassEndsWithNoTimerOfItsOwn", async () => {
  const { sender, timers, sent, keys } = setup();
  await timers.advance(5000);
  for (let i = 0; i < 100; i += 1) sender.enqueue(message(i));
  assert.equal(sent.length, 0, "nothing goes while the pass is still reading");
  assert.equal(timers.pending, 0);
  await settle();
  assert.equal(sent.length, 1);
  assert.equal(keys().length, 100);
});

test("sender_WorkerNotListeningYet_SendsTheSameBatchAgainAndLosesNothing", async () => {
  const { window } = contentWindow("<p>page</p>", { files: ["src/content/adapters/adapter-kit.js", "src/content/sender.js"] });
  const timers = new FakeTimers();
  const sent = [];
  let attempts = 0;
  const sender = window.SafeBrowse.createSender({
    site: "127.0.0.1",
    send: async (request) => {
      attempts += 1;
      if (attempts === 1) throw new Error("Could not establish connection. Receiving end does not exist.");
      if (attempts === 2) return { ok: false, type: "error", error: { code: "host_unavailable", message: "host unavailable" } };
      sent.push(request);
      return { ok: true, decisions: [] };
    },
    onResponse: () => {},
    timers,
    now: () => timers.now,
  });
  for (let i = 0; i < 4; i += 1) sender.enqueue(message(i));
  await timers.advance(0);
  sender.enqueue(message(4));
  await timers.advance(5000);
  assert.equal(attempts, 3);
  assert.deepEqual(sent.flatMap((request) => unpackObserved(request).map((m) => m.key)), ["k0", "k1", "k2", "k3", "k4"]);
});

test("sender_RateLimited_DoesNotSendTheBatchAgain", async () => {
  const { window } = contentWindow("<p>page</p>", { files: ["src/content/adapters/adapter-kit.js", "src/content/sender.js"] });
  const timers = new FakeTimers();
  let attempts = 0;
  const sender = window.SafeBrowse.createSender({
    site: "127.0.0.1",
    send: async () => {
      attempts += 1;
      return { ok: false, type: "error", error: { code: "rate_limited", message: "too many" } };
    },
    onResponse: () => {},
    timers,
    now: () => timers.now,
  });
  sender.enqueue(message(0));
  await timers.advance(60000);
  assert.equal(attempts, 1);
});
