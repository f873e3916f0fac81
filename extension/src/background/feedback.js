import { errorResponse, portErrorResponse } from "./router.js";
import { sanitizeFeedback, siteOf } from "./sanitize.js";

// "This was wrong" from a notice: the host records it for the parent and quiets that contact.
export function createFeedbackHandler({ port }) {
  return async function feedback(message, sender) {
    const site = siteOf(message, sender);
    const report = sanitizeFeedback(message);
    if (!site || !report) return errorResponse("bad_request", "feedback needs a site, a conversation and a contact");
    try {
      await port.request("feedback", { site, ...report });
    } catch (error) {
      return portErrorResponse(error);
    }
    return { ok: true };
  };
}
