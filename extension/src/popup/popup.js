import { localize } from "../shared/elements.js";
import { renderStatus } from "./popup-status.js";

const { createLocalizer } = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;
// The child opens this window more than anyone: it speaks their profile's language, like the notes.
const t = await createLocalizer({ i18n: chrome.i18n, requestStrings: () => chrome.runtime.sendMessage({ type: "cs-bg-child-strings" }) }).load();
let os = null;
let shown = null;
const render = (status) => {
  shown = status;
  renderStatus(document, t, status, new Date(), os);
};

localize(document, t);
// The fix names the installer of this computer's system; until the browser says which, the last status is drawn again.
chrome.runtime.getPlatformInfo().then((info) => {
  os = info.os;
  if (shown) render(shown);
});
document.getElementById("open-options").addEventListener("click", () => {
  chrome.runtime.openOptionsPage();
  window.close();
});
chrome.storage.session.onChanged.addListener((changes) => {
  if (changes.hostStatus) render(changes.hostStatus.newValue);
});
chrome.storage.session.get("hostStatus").then(({ hostStatus }) => hostStatus && render(hostStatus));
// The request also makes the worker probe the host, so the popup shows a fresh answer.
chrome.runtime.sendMessage({ type: "popup-bg-status" }).then((response) => response?.ok && render(response.status));
