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
const bytes = (value) => Buffer.byteLength(JSON.stringify(value));

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

test("unpackObserved_KeyPrefixEndingInsideAnEmoji_IsNotSplit", () => {
  const messages = [
    { ...genericRow(1), key: "chat|\u{1F600}a" },
    { ...genericRow(2), key: "chat|\u{1F601}b" },
  ];
  const packed = packedBatch("127.0.0.1", messages);
  assert.ok(packed.rows.every((row) => row[7].isWellFormed()), "every part that crosses is well formed");
  assert.deepEqual(unpackObserved(packed).map((message) => message.key), ["chat|\u{1F600}a", "chat|\u{1F601}b"]);
});

test("packObserved_KeysSharingEveryPrefixLength_ReadBackExactlyAndShareAllTheyCan", () => {
  // Each key shares 0 to all of the one before's characters, with emoji at and around the point they part.
  const stems = ["whatsapp|true_573001234567@c.us_3EB0", "chat|\u{1F600}\u{1F601}|m", ""];
  const messages = [];
  for (const stem of stems) {
    for (let cut = 0; cut <= stem.length; cut += 1) {
      if (/[\uD800-\uDBFF]/.test(stem[cut - 1] ?? "")) continue;
      messages.push({ ...genericRow(cut), key: stem }, { ...genericRow(cut), key: `${stem.slice(0, cut)}\u{1F602}${cut}` });
    }
  }
  const packed = packedBatch("127.0.0.1", messages);
  assert.ok(packed.rows.every((row) => row[7].isWellFormed()), "every part that crosses is well formed");
  assert.deepEqual(unpackObserved(packed).map((message) => message.key), messages.map((message) => message.key));
  // A key after the same stem shares all of it, less a high surrogate it would end on.
  messages.forEach((message, index) => {
    if (index === 0) return;
    const before = messages[index - 1].key;
    let common = 0;
    while (common < Math.min(before.length, message.key.length) && before[common] === message.key[common]) common += 1;
    if (common > 0 && common < message.key.length && /[\uD800-\uDBFF]/.test(message.key[common - 1])) common -= 1;
    assert.equal(packed.rows[index][6], common, `row ${index}`);
  });
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
      [9, 0, 0, "unlisted chat", 0, "t", 0, "k1"],
      [0, 0, 0, "shares more than there was", 0, "t", 500, "x"],
      [0, 0, 0, "negative share", -1, "t", 0, "k2"],
      [0, 0, 0, "fractional share", 0.5, "t", 0, "k3"],
      [0, "0", 1, "contact named by a string", 0, "t", 0, "k4"],
      [0, 1, 0, "read after them", 0, "t", 0, "k5"],
    ],
  };
  const read = sanitizeObserved(unpackObserved(forged));
  assert.deepEqual(read.map((message) => message.key), [genericRow(1).key, genericRow(2).key, "k4", "k5"]);
  assert.equal(read[2].contact, "unknown");
  assert.deepEqual(sanitizeObserved(unpackObserved({ type: "cs-bg-observed", rows: "x" })), []);
  assert.deepEqual(unpackObserved(null), []);
});

test("packObserved_BusyChatBatch_CrossesInUnderHalfTheBytes", () => {
  for (const row of [genericRow, whatsappRow]) {
    const messages = Array.from({ length: 100 }, (_, i) => row(i));
    const packed = bytes(packedBatch("127.0.0.1", messages));
    const plain = bytes({ type: "cs-bg-observed", site: "127.0.0.1", messages });
    assert.ok(packed * 2 < plain, `${packed} bytes packed, ${plain} plain`);
  }
});
