import assert from "node:assert/strict";
import { test } from "node:test";
import { createHandlers } from "../../extension/src/background/handlers.js";
import { PortError } from "../../extension/src/background/native-port.js";
import { sanitizeFeedback } from "../../extension/src/background/sanitize.js";

const sender = { id: "x", tab: { id: 1, url: "https://web.whatsapp.com/chat/1" }, url: "https://web.whatsapp.com/chat/1" };

function setup(request = async () => ({ v: 1, id: "r-2", type: "feedback", ok: true })) {
  const requests = [];
  const port = { request: (type, fields) => (requests.push({ type, fields }), request(type, fields)) };
  const { contentHandlers } = createHandlers({ port, statusStore: {}, installId: {}, log: { debug() {} } });
  return { requests, feedback: contentHandlers.get("cs-bg-feedback") };
}

test("feedback_FromNotice_RelaysWithSiteFromTheSenderTab", async () => {
  const { requests, feedback } = setup();
  const response = await feedback(
    { type: "cs-bg-feedback", site: "claimed.example", conversation: "chat|/", contact: "alex_15", categories: ["secrecy", "photo_request"] },
    sender,
  );
  assert.deepEqual(response, { ok: true, quieted: true });
  assert.deepEqual(requests, [
    { type: "feedback", fields: { site: "web.whatsapp.com", conversation: "chat|/", contact: "alex_15", categories: ["secrecy", "photo_request"] } },
  ]);
});

test("feedback_HostKeepsASeriousNoteOn_TellsTheNoticeItWasNotQuieted", async () => {
  const { feedback } = setup(async () => ({ v: 1, id: "r-2", type: "feedback", ok: true, quieted: false }));
  const response = await feedback({ type: "cs-bg-feedback", conversation: "chat|/", contact: "alex_15", categories: ["photo_request"] }, sender);
  assert.deepEqual(response, { ok: true, quieted: false });
});

test("feedback_OversizedAndOddFields_AreClippedAndFiltered", () => {
  const clean = sanitizeFeedback({
    conversation: "c".repeat(300),
    contact: "a".repeat(300),
    categories: ["secrecy", "secrecy", "Photo Request", 7, "x".repeat(65), ...Array.from({ length: 30 }, (_, i) => `cat_${"abcdefghijklmnopqrstuvwxyz"[i % 26]}${"_".repeat(i)}`)],
    text: "never relayed",
  });
  assert.equal(clean.conversation.length, 256);
  assert.equal(clean.contact.length, 256);
  assert.equal(clean.categories[0], "secrecy");
  assert.equal(clean.categories.filter((c) => c === "secrecy").length, 1);
  assert.ok(!clean.categories.includes("Photo Request"));
  assert.equal(clean.categories.length, 16);
  assert.equal("text" in clean, false);
});

test("feedback_WithoutContact_IsRefusedAndNotRelayed", async () => {
  const { requests, feedback } = setup();
  const response = await feedback({ type: "cs-bg-feedback", conversation: "chat|/", contact: "", categories: [] }, sender);
  assert.equal(response.ok, false);
  assert.equal(response.error.code, "bad_request");
  assert.deepEqual(requests, []);
});

test("feedback_HostUnavailable_AnswersTheErrorCode", async () => {
  const { feedback } = setup(async () => Promise.reject(new PortError("host_unavailable", "not found")));
  const response = await feedback({ type: "cs-bg-feedback", conversation: "chat|/", contact: "alex_15", categories: ["gifts"] }, sender);
  assert.equal(response.ok, false);
  assert.equal(response.error.code, "host_unavailable");
});
