import { errorResponse } from "./router.js";

const MAX_PER_REQUEST = 200;
const DIRECTIONS = new Set(["incoming", "outgoing"]);
const LIMITS = { site: 253, conversation: 256, contact: 256, text: 4000, time: 64, key: 512 };

const clip = (value, max) => (typeof value === "string" ? value.slice(0, max) : "");

function siteOf(message, sender) {
  const url = sender?.tab?.url ?? sender?.url;
  try {
    const host = new URL(url).hostname;
    if (host) return clip(host, LIMITS.site);
  } catch {
    // Fall back to what the content script said.
  }
  return clip(message.site, LIMITS.site);
}

// Content scripts are untrusted input: keep only well-formed messages, trimmed to protocol limits.
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
    clean.push(message);
  }
  return clean;
}

export function createHandlers({ port, statusStore, log = console }) {
  async function observed(message, sender) {
    const site = siteOf(message, sender);
    const messages = sanitizeObserved(message.messages);
    if (!site || messages.length === 0) return { ok: true, decisions: [] };
    log.debug("SafeBrowse: scoring", messages.length, "messages");
    const decisions = [];
    try {
      for (let start = 0; start < messages.length; start += MAX_PER_REQUEST) {
        const reply = await port.request("score", { site, messages: messages.slice(start, start + MAX_PER_REQUEST) });
        if (Array.isArray(reply.decisions)) decisions.push(...reply.decisions);
      }
    } catch (error) {
      return errorResponse(error?.code ?? "host_unavailable", error?.message ?? "host unavailable");
    }
    return { ok: true, decisions };
  }

  async function status() {
    port.ensureConnected();
    return { ok: true, status: await statusStore.read() };
  }

  return {
    contentHandlers: new Map([["cs-bg-observed", observed]]),
    extensionHandlers: new Map([["popup-bg-status", status]]),
  };
}
