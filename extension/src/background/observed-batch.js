// Reads back the batch a content script packs (content/sender.js `packObserved`) as the messages it describes. The
// page's world is untrusted: a row that names a chat or contact not listed comes back without that field, and
// sanitizeObserved then drops or fills it as it does any message's.
/** The type of a content script's batch, and the name of the port it crosses on (content/sender.js says the same). */
export const OBSERVED = "cs-bg-observed";

const listed = (list, index) => (Number.isInteger(index) ? list[index] : undefined);

const DIRECTIONS = new Map([
  [1, "outgoing"],
  [0, "incoming"],
]);

export function unpackObserved(message) {
  const rows = Array.isArray(message?.rows) ? message.rows : [];
  const conversations = Array.isArray(message?.conversations) ? message.conversations : [];
  const contacts = Array.isArray(message?.contacts) ? message.contacts : [];
  const messages = [];
  for (const row of rows) {
    if (!Array.isArray(row)) continue;
    const [conversation, contact, outgoing, text, time, key, history] = row;
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
