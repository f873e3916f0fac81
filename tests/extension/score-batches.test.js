import assert from "node:assert/strict";
import { test } from "node:test";
import { MAX_REQUEST_BYTES, scoreBatches } from "../../extension/src/background/score-batches.js";

const message = (i, text = "hola") => ({ conversation: "c", contact: "alex", direction: "incoming", text, key: `k${i}` });
const utf8Bytes = (batch) => new TextEncoder().encode(JSON.stringify(batch)).length;

test("scoreBatches_ShortMessages_SplitsByCountOnly", () => {
  const batches = scoreBatches(Array.from({ length: 450 }, (_, i) => message(i)));
  assert.deepEqual(batches.map((batch) => batch.length), [200, 200, 50]);
});

test("scoreBatches_TwoHundredLongSpanishMessages_KeepsEveryRequestUnderTheHostsFrameLimit", () => {
  const messages = Array.from({ length: 200 }, (_, i) => message(i, "ñ".repeat(4000)));
  const batches = scoreBatches(messages);
  assert.ok(batches.length > 1, "1.6 MB of UTF-8 cannot go in one frame");
  assert.ok(batches.every((batch) => utf8Bytes(batch) <= MAX_REQUEST_BYTES + 1024));
  assert.deepEqual(batches.flat().map((m) => m.key), messages.map((m) => m.key));
});
