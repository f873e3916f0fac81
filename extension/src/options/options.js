import { startAccessFix } from "./access-fix.js";
import { startOptionsPage } from "./options-page.js";

// The fixes the page tells name this computer's commands; a browser that cannot say which system gets the bare ones.
const os = await chrome.runtime.getPlatformInfo().then((info) => info.os, () => null);
startOptionsPage({ doc: document, runtime: chrome.runtime, i18n: chrome.i18n, os });
startAccessFix({
  doc: document,
  t: (key, substitutions) => chrome.i18n.getMessage(key, substitutions),
  permissions: chrome.permissions,
  extension: chrome.extension,
  runtime: chrome.runtime,
});
