// Content scripts are untrusted input: everything they send is trimmed to the protocol's limits here.
const DIRECTIONS = new Set(["incoming", "outgoing"]);
export const LIMITS = Object.freeze({ site: 253, conversation: 256, contact: 256, text: 4000, time: 64, key: 512 });
const CATEGORY_ID = /^[a-z_]{1,64}$/;
const MAX_CATEGORIES = 16;

// A page's text can hold lone surrogates, and a cut can split an emoji: either makes the host refuse the whole
// batch as invalid JSON text, so every string leaves here well formed (a broken half becomes U+FFFD or is dropped).
function clip(value, max) {
  if (typeof value !== "string") return "";
  let text = value;
  if (text.length > max) {
    text = text.slice(0, max);
    if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
  }
  return text.isWellFormed() ? text : text.toWellFormed();
}

// The tab's own URL wins over what the page claims, so a page cannot file reports for another site.
export function siteOf(message, sender) {
  const url = sender?.tab?.url ?? sender?.url;
  try {
    const host = new URL(url).hostname;
    if (host) return clip(host, LIMITS.site);
  } catch {
    // Fall back to what the content script said.
  }
  return clip(message?.site, LIMITS.site);
}

export function sanitizeObserved(messages) {
  if (!Array.isArray(messages)) return [];
  const clean = [];
  for (const item of messages) {
    const conversation = clip(item?.conversation, LIMITS.conversation);
    const key = clip(item?.key, LIMITS.key);
    if (!conversation || !key || !DIRECTIONS.has(item.direction) || typeof item.text !== "string") continue;
    const message = {
      conversation,
      contact: clip(item.contact, LIMITS.contact) || "unknown",
      direction: item.direction,
      text: clip(item.text, LIMITS.text),
      key,
    };
    const time = clip(item.time, LIMITS.time);
    if (time) message.time = time;
    // The protocol takes the field only as true: older history the child scrolled back to.
    if (item.history === true) message.history = true;
    clean.push(message);
  }
  return clean;
}

// Feedback damps a contact, so it must name one; categories are ids, never free text.
export function sanitizeFeedback(message) {
  const conversation = clip(message?.conversation, LIMITS.conversation);
  const contact = clip(message?.contact, LIMITS.contact);
  if (!conversation || !contact) return null;
  const ids = Array.isArray(message.categories) ? message.categories : [];
  const categories = [...new Set(ids.filter((id) => typeof id === "string" && CATEGORY_ID.test(id)))];
  return { conversation, contact, categories: categories.slice(0, MAX_CATEGORIES) };
}
