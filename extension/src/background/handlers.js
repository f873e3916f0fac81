import { createFeedbackHandler } from "./feedback.js";
import { createParentRelay } from "./parent-relay.js";
import { portErrorResponse } from "./router.js";
import { sanitizeObserved, siteOf } from "./sanitize.js";

const MAX_PER_REQUEST = 200;

export function createHandlers({ port, statusStore, installId, log = console }) {
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
      return portErrorResponse(error);
    }
    return { ok: true, decisions };
  }

  async function status() {
    port.ensureConnected();
    return { ok: true, status: await statusStore.read() };
  }

  return {
    contentHandlers: new Map([
      ["cs-bg-observed", observed],
      ["cs-bg-feedback", createFeedbackHandler({ port })],
    ]),
    extensionHandlers: new Map([
      ["popup-bg-status", status],
      ["options-bg-parent", createParentRelay({ port, installId, statusStore, log })],
    ]),
  };
}
