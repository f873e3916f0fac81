import { localizeWelcome, renderHelplines } from "./welcome-page.js";

const t = (key, substitutions) => chrome.i18n.getMessage(key, substitutions);
const { helplines, loadCountry } = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

localizeWelcome(document, t);
// Helplines follow the country a parent chose for this child, like the notice's.
renderHelplines(document, t, helplines[await loadCountry()]);
