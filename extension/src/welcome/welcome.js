import { localize } from "../shared/elements.js";
import { renderHelplines } from "./welcome-page.js";

const { createLocalizer, helplines, helplineItems, loadCountry } = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;
// The child reads this page in their profile's language, as they will read a note, whatever the browser's is.
const t = await createLocalizer({ i18n: chrome.i18n, requestStrings: () => chrome.runtime.sendMessage({ type: "cs-bg-child-strings" }) }).load();

localize(document, t);
// Helplines follow the country a parent chose for this child, like the notice's.
renderHelplines(document, t, helplines[await loadCountry()], helplineItems);
