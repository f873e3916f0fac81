import { element } from "../shared/elements.js";

// The child's first-run page: what SafeBrowse does and does not do, what a note looks like, and who to talk to; the
// helplines are the notice's own list (shared/helplines.js), so the child has seen them before a note appears.
export function renderHelplines(doc, t, helplineEntry, helplineItems) {
  doc.getElementById("helplines").replaceChildren(...helplineItems(element, doc, t, helplineEntry));
}
