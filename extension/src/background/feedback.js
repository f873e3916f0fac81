import { errorResponse, portErrorResponse } from "./router.js";
import { sanitizeFeedback, siteOf } from "./sanitize.js";

// "This was wrong" from a notice: the host records it for the parent and quiets that contact, unless the note was
// serious; `quieted` tells the notice which thanks is honest.
export function createFeedbackHandler({ port }) {
  return async function feedback(message, sender) {
    const site = siteOf(message, sender);
    const report = sanitizeFeedback(message);
    if (!site || !report) return errorResponse("bad_request", "feedback needs a site, a conversation and a contact");
    let reply;
    try {
      reply = await port.request("feedback", { site, ...report });
    } catch (error) {
      return portErrorResponse(error);
    }
    // A host from before serious notes stayed on quieted every note.
    return { ok: true, quieted: reply?.quieted !== false };
  };
}
