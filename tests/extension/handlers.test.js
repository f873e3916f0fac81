import assert from "node:assert/strict";
import { test } from "node:test";
import { createHandlers } from "../../extension/src/background/handlers.js";
import { PortError } from "../../extension/src/background/native-port.js";
import { sanitizeObserved } from "../../extension/src/background/sanitize.js";

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

test("observed_MoreThan200Messages_SplitsIntoProtocolSizedRequests", async () => {
  const requests = [];
  const port = {
    request: async (type, fields) => {
      requests.push({ type, fields });
      return { ok: true, decisions: [{ conversation: "chat|/chat", contact: "alex_15", level: "none", categories: [], notify: false }] };
    },
  };
  const { contentHandlers } = createHandlers({ port, statusStore: {}, log: quiet });
  const response = await contentHandlers.get("cs-bg-observed")(
    { type: "cs-bg-observed", site: "ignored.example", messages: Array.from({ length: 450 }, (_, i) => message(i)) },
    sender,
  );
  assert.deepEqual(requests.map((r) => r.fields.messages.length), [200, 200, 50]);
  assert.ok(requests.every((r) => r.type === "score" && r.fields.site === "127.0.0.1"));
  assert.equal(response.ok, true);
  assert.equal(response.decisions.length, 3);
});

test("observed_HostUnavailable_AnswersErrorWithCode", async () => {
  const port = { request: async () => { throw new PortError("host_unavailable", "Specified native messaging host not found."); } };
  const { contentHandlers } = createHandlers({ port, statusStore: {}, log: quiet });
  const response = await contentHandlers.get("cs-bg-observed")({ type: "cs-bg-observed", messages: [message(1)] }, sender);
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
