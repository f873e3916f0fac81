import assert from "node:assert/strict";
import { test } from "node:test";
import { unpackObserved } from "../../extension/src/background/observed-batch.js";
import { sanitizeObserved } from "../../extension/src/background/sanitize.js";
import { packedBatch } from "./helpers/packed-batch.js";

// What the generic adapter sends on the bench chat, and what the WhatsApp adapter sends on its fixture.
const genericRow = (i) => ({
  conversation: "busy-1765101234567|p1k2j3h4g5f6",
  contact: i % 4 === 3 ? "Valentina" : ["Mateo", "Sofía", "Juan Pablo"][i % 3],
  direction: i % 4 === 3 ? "outgoing" : "incoming",
  text: `¿terminaste la tarea de matemáticas? nos vemos en el parque ${i}`,
  time: new Date(Date.UTC(2026, 10, 28, 10, 0) + i * 60000).toISOString(),
  key: `busy-1765101234567|p1k2j3h4g5f6|m${1000 + i}`,
});
const whatsappRow = (i) => ({
  conversation: "whatsapp:573001234567@c.us",
  contact: "Camila",
  direction: i % 3 === 0 ? "outgoing" : "incoming",
  text: `did you finish the math homework? (${i})`,
  time: "2026-11-28T16:08:00.000Z",
  key: `whatsapp|${i % 3 === 0}_573001234567@c.us_3EB0${(0xa000 + i).toString(16).toUpperCase()}`,
});

test("unpackObserved_PackedBatches_ReadBackAsTheMessagesThatWerePacked", () => {
  for (const row of [genericRow, whatsappRow]) {
    const messages = Array.from({ length: 100 }, (_, i) => row(i));
    messages[7] = { ...messages[7], history: true };
    assert.deepEqual(unpackObserved(packedBatch("127.0.0.1", messages)), messages);
  }
});

test("unpackObserved_ChatsAndContactsChangingWithinABatch_EachRowKeepsItsOwn", () => {
  const messages = [
    { ...whatsappRow(1), conversation: "whatsapp:a@c.us", contact: "Ana" },
    { ...whatsappRow(2), conversation: "whatsapp:b@g.us", contact: "Beto" },
    { ...whatsappRow(3), conversation: "whatsapp:a@c.us", contact: "Beto", key: "k" },
    { ...whatsappRow(4), conversation: "whatsapp:b@g.us", contact: "Ana", key: "" },
  ];
  const packed = packedBatch("web.whatsapp.com", messages);
  assert.deepEqual(packed.conversations, ["whatsapp:a@c.us", "whatsapp:b@g.us"]);
  assert.deepEqual(packed.contacts, ["Ana", "Beto"]);
  assert.deepEqual(unpackObserved(packed), messages);
});

test("unpackObserved_KeysAndTimesWithEmoji_CrossWhole", () => {
  const messages = [
    { ...genericRow(1), key: "chat|\u{1F600}a", time: "2026-11-28T10:00:00.000Z" },
    { ...genericRow(2), key: "chat|\u{1F601}b" },
  ];
  assert.deepEqual(unpackObserved(packedBatch("127.0.0.1", messages)), messages);
});

test("unpackObserved_WhatTheSanitizerDroppedBefore_IsStillDropped", () => {
  const messages = [
    genericRow(1),
    { ...genericRow(2), direction: "sideways" },
    { ...genericRow(3), time: undefined },
    { ...genericRow(4), key: "" },
    { ...genericRow(5), conversation: "" },
    { ...genericRow(6), text: undefined },
    { ...genericRow(7), contact: "" },
  ];
  const read = sanitizeObserved(unpackObserved(packedBatch("127.0.0.1", messages)));
  assert.deepEqual(read, sanitizeObserved(messages));
  assert.deepEqual(read.map((message) => message.text.at(-1)), ["1", "3", "7"]);
});

test("unpackObserved_RowsThatNameWhatIsNotThere_AreDroppedAndTheRestStillRead", () => {
  const packed = packedBatch("127.0.0.1", [genericRow(1), genericRow(2)]);
  const [first, second] = packed.rows;
  const forged = {
    ...packed,
    rows: [
      first,
      second,
      "not a row",
      [9, 0, 0, "unlisted chat", "t", "k1"],
      [0, 0, 0, "key not a string", "t", 7],
      [0, 0, 0, "time not a string", 5, "k2"],
      [0, "0", 1, "contact named by a string", "t", "k4"],
      [0, 1, 0, "read after them", "t", "k5"],
    ],
  };
  const read = sanitizeObserved(unpackObserved(forged));
  assert.deepEqual(read.map((message) => message.key), [genericRow(1).key, genericRow(2).key, "k2", "k4", "k5"]);
  assert.equal(read[2].time, undefined);
  assert.equal(read[3].contact, "unknown");
  assert.deepEqual(sanitizeObserved(unpackObserved({ type: "cs-bg-observed", rows: "x" })), []);
  assert.deepEqual(unpackObserved(null), []);
});
