import { startAccessFix } from "./access-fix.js";
import { startOptionsPage } from "./options-page.js";

startOptionsPage({ doc: document, runtime: chrome.runtime, i18n: chrome.i18n });
startAccessFix({
  doc: document,
  t: (key, substitutions) => chrome.i18n.getMessage(key, substitutions),
  permissions: chrome.permissions,
  extension: chrome.extension,
  runtime: chrome.runtime,
});
