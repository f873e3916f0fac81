import { startOptionsPage } from "./options-page.js";

startOptionsPage({ doc: document, runtime: chrome.runtime, i18n: chrome.i18n });
