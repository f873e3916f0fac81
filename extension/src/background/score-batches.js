// Splits observed messages into score requests the host accepts: at most 200 messages, and a frame well under the
// host's 1 MiB limit (200 messages of 4,000 characters of Spanish text would be 1.6 MB of UTF-8).
export const MAX_MESSAGES_PER_REQUEST = 200;
export const MAX_REQUEST_BYTES = 768 * 1024;

const encoder = new TextEncoder();
const bytesOf = (message) => encoder.encode(JSON.stringify(message)).length;

export function scoreBatches(messages, { maxMessages = MAX_MESSAGES_PER_REQUEST, maxBytes = MAX_REQUEST_BYTES } = {}) {
  const batches = [];
  let current = [];
  let currentBytes = 0;
  for (const message of messages) {
    const size = bytesOf(message);
    if (current.length > 0 && (current.length >= maxMessages || currentBytes + size > maxBytes)) {
      batches.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(message);
    currentBytes += size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
