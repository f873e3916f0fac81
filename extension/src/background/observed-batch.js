// Reads back the batch a content script packs (content/sender.js `packObserved`) as the messages it describes. The
// page's world is untrusted: a row that names a chat or contact not listed, or claims to share more of a time or key
// than the row before had, comes back without that field, and sanitizeObserved then drops it.
const listed = (list, index) => (Number.isInteger(index) ? list[index] : undefined);

const joined = (before, shared, rest) =>
  Number.isInteger(shared) && shared >= 0 && shared <= before.length && typeof rest === "string" ? before.slice(0, shared) + rest : null;

const DIRECTIONS = new Map([
  [1, "outgoing"],
  [0, "incoming"],
]);

export function unpackObserved(message) {
  const rows = Array.isArray(message?.rows) ? message.rows : [];
  const conversations = Array.isArray(message?.conversations) ? message.conversations : [];
  const contacts = Array.isArray(message?.contacts) ? message.contacts : [];
  const messages = [];
  let time = "";
  let key = "";
  for (const row of rows) {
    if (!Array.isArray(row)) continue;
    const [conversation, contact, outgoing, text, timeShared, timeRest, keyShared, keyRest, history] = row;
    const nextTime = joined(time, timeShared, timeRest);
    const nextKey = joined(key, keyShared, keyRest);
    if (nextTime === null || nextKey === null) continue;
    time = nextTime;
    key = nextKey;
    const unpacked = {
      conversation: listed(conversations, conversation),
      contact: listed(contacts, contact),
      direction: DIRECTIONS.get(outgoing),
      text,
      time,
      key,
    };
    if (history === 1) unpacked.history = true;
    messages.push(unpacked);
  }
  return messages;
}
