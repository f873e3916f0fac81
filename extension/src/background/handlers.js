import { createFeedbackHandler } from "./feedback.js";
import { unpackObserved } from "./observed-batch.js";
import { createParentRelay } from "./parent-relay.js";
import { errorResponse, portErrorResponse } from "./router.js";
import { sanitizeObserved, siteOf } from "./sanitize.js";
import { scoreBatches } from "./score-batches.js";
import { createTabBudget } from "./tab-budget.js";

export function createHandlers({
  port,
  statusStore,
  installId,
  refreshAccess = async () => {},
  childStrings = async () => ({ ok: true, language: null }),
  onChildProfile = () => {},
  tabBudget = createTabBudget(),
  log = console,
}) {
  async function observed(message, sender) {
    const site = siteOf(message, sender);
    const clean = sanitizeObserved(unpackObserved(message));
    if (!site || clean.length === 0) return { ok: true, decisions: [] };
    const tab = sender?.tab?.id ?? "no-tab";
    // Over budget, the newest messages are the ones worth scoring.
    const granted = tabBudget.take(tab, clean.length);
    if (granted === 0) return errorResponse("rate_limited", "this tab sent more messages than are scored per second");
    const messages = clean.slice(clean.length - granted);
    log.debug("SafeBrowse: scoring", messages.length, "of", clean.length, "messages");
    const decisions = [];
    try {
      for (const batch of scoreBatches(messages)) {
        // Scoring the same messages again only repeats what a killed host never answered, so a drop may resend it.
        const reply = await port.request("score", { site, messages: batch }, { resendOnDrop: true, owner: tab });
        if (Array.isArray(reply.decisions)) decisions.push(...reply.decisions);
      }
    } catch (error) {
      return portErrorResponse(error);
    }
    return { ok: true, decisions };
  }

  async function status() {
    port.ensureConnected();
    await refreshAccess();
    return { ok: true, status: await statusStore.read() };
  }

  return {
    // Observed batches come only on their own port (observed-port.js), never as a runtime message.
    observed,
    contentHandlers: new Map([
      ["cs-bg-feedback", createFeedbackHandler({ port })],
      // The first-run page asks the same way as the notice, so both speak the child's language.
      ["cs-bg-child-strings", childStrings],
    ]),
    extensionHandlers: new Map([
      ["popup-bg-status", status],
      ["options-bg-parent", createParentRelay({ port, installId, statusStore, onChildProfile, log })],
    ]),
  };
}
