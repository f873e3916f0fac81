import assert from "node:assert/strict";
import { test } from "node:test";
import { createHandlers } from "../../extension/src/background/handlers.js";
import { PortError } from "../../extension/src/background/native-port.js";
import { sanitizeObserved } from "../../extension/src/background/sanitize.js";
import { createTabBudget } from "../../extension/src/background/tab-budget.js";
import { packedBatch } from "./helpers/packed-batch.js";

const quiet = { debug() {} };
const sender = { id: "x", tab: { id: 1, url: "http://127.0.0.1:8080/chat" }, url: "http://127.0.0.1:8080/chat" };
const message = (i, text = `hello ${i}`) => ({ conversation: "chat|/chat", contact: "alex_15", direction: "incoming", text, time: "2026-11-28T10:00:00Z", key: `k${i}` });

test("sanitizeObserved_DropsMalformedAndClipsLongText", () => {
  const clean = sanitizeObserved([
    message(1, "x".repeat(5000)),
    { ...message(2), direction: "sideways" },
    { ...message(3), key: "" },
    { ...message(4), contact: "" },
    null,
  ]);
  assert.equal(clean.length, 2);
  assert.equal(clean[0].text.length, 4000);
  assert.equal(clean[1].contact, "unknown");
});

test("sanitizeObserved_HistoryOnlyWhenTrue_IsPassedOn", () => {
  const clean = sanitizeObserved([{ ...message(1), history: true }, { ...message(2), history: "yes" }, { ...message(3), history: false }, message(4)]);
  assert.deepEqual(clean.map((item) => item.history), [true, undefined, undefined, undefined]);
  assert.ok(!Object.hasOwn(clean[1], "history") && !Object.hasOwn(clean[2], "history"), "the field goes only when true");
});

test("sanitizeObserved_LoneSurrogatesAndSplitEmoji_LeaveWellFormed", () => {
  const [lone, split] = sanitizeObserved([
    { ...message(1, "hi \uD83D there"), contact: "al\uDC00ex" },
    message(2, `${"x".repeat(3999)}\u{1F600}`),
  ]);
  assert.equal(lone.text, "hi \uFFFD there");
  assert.equal(lone.contact, "al\uFFFDex");
  assert.equal(split.text, "x".repeat(3999), "the emoji's first half is not sent alone");
  for (const field of [lone.text, lone.contact, split.text]) assert.ok(field.isWellFormed());
});

test("observed_MoreThan200Messages_SplitsIntoProtocolSizedRequests", async () => {
  const requests = [];
  const port = {
    request: async (type, fields) => {
      requests.push({ type, fields });
      return { ok: true, decisions: [{ conversation: "chat|/chat", contact: "alex_15", level: "none", categories: [], notify: false }] };
    },
  };
  const unlimited = { take: (_, wanted) => wanted };
  const { observed } = createHandlers({ port, statusStore: {}, tabBudget: unlimited, log: quiet });
  const response = await observed(
    packedBatch("ignored.example", Array.from({ length: 450 }, (_, i) => message(i))),
    sender,
  );
  assert.deepEqual(requests.map((r) => r.fields.messages.length), [200, 200, 50]);
  assert.ok(requests.every((r) => r.type === "score" && r.fields.site === "127.0.0.1"));
  assert.equal(response.ok, true);
  assert.equal(response.decisions.length, 3);
});

test("observed_HostUnavailable_AnswersErrorWithCode", async () => {
  const port = { request: async () => { throw new PortError("host_unavailable", "Specified native messaging host not found."); } };
  const { observed } = createHandlers({ port, statusStore: {}, log: quiet });
  const response = await observed(packedBatch(undefined, [message(1)]), sender);
  assert.equal(response.ok, false);
  assert.equal(response.error.code, "host_unavailable");
});

test("status_Read_ProbesTheHostAndReturnsStoredStatus", async () => {
  let probes = 0;
  const port = { ensureConnected: () => (probes += 1) };
  const statusStore = { read: async () => ({ state: "unavailable", lastError: "not found" }) };
  const { extensionHandlers } = createHandlers({ port, statusStore, log: quiet });
  const response = await extensionHandlers.get("popup-bg-status")({ type: "popup-bg-status" }, {});
  assert.equal(probes, 1);
  assert.equal(response.status.state, "unavailable");
});

function scoringPort() {
  const requests = [];
  const port = {
    request: async (type, fields, options) => {
      requests.push({ type, fields, options });
      return { ok: true, decisions: [] };
    },
  };
  return { port, requests };
}

const tabSender = (tab) => ({ id: "x", tab: { id: tab, url: "http://127.0.0.1:8080/chat" }, url: "http://127.0.0.1:8080/chat" });
const observe = (handlers, tab, from, count) =>
  handlers.observed(
    packedBatch(undefined, Array.from({ length: count }, (_, i) => message(from + i))),
    tabSender(tab),
  );

test("observed_Score_MayBeResentAfterADropAndNamesItsTab", async () => {
  const { port, requests } = scoringPort();
  const handlers = createHandlers({ port, statusStore: {}, log: quiet });
  await observe(handlers, 7, 0, 3);
  assert.deepEqual(requests[0].options, { resendOnDrop: true, owner: 7 });
});

test("observed_TabOverItsBudget_ScoresTheNewestThenRefusesUntilItRefills", async () => {
  let now = 0;
  const { port, requests } = scoringPort();
  const tabBudget = createTabBudget({ burst: 400, perSecond: 20, now: () => now });
  const handlers = createHandlers({ port, statusStore: {}, tabBudget, log: quiet });

  assert.equal((await observe(handlers, 1, 0, 500)).ok, true);
  const scored = requests.flatMap((r) => r.fields.messages.map((m) => m.key));
  assert.equal(scored.length, 400);
  assert.equal(scored[0], "k100");
  assert.equal(scored.at(-1), "k499");

  const refused = await observe(handlers, 1, 500, 10);
  assert.equal(refused.ok, false);
  assert.equal(refused.error.code, "rate_limited");
  assert.equal(requests.length, 2);

  now += 1000;
  await observe(handlers, 1, 510, 50);
  assert.deepEqual(requests.at(-1).fields.messages.map((m) => m.key), Array.from({ length: 20 }, (_, i) => `k${540 + i}`));
});

test("observed_OneTabSpams_AnotherTabIsStillScored", async () => {
  const { port, requests } = scoringPort();
  const handlers = createHandlers({ port, statusStore: {}, tabBudget: createTabBudget({ now: () => 0 }), log: quiet });
  for (let i = 0; i < 20; i += 1) await observe(handlers, 1, i * 200, 200);
  const other = await observe(handlers, 2, 0, 5);
  assert.equal(other.ok, true);
  assert.equal(requests.at(-1).options.owner, 2);
  assert.equal(requests.at(-1).fields.messages.length, 5);
});
