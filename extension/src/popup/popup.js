import { renderStatus } from "./popup-status.js";

const t = (key, substitutions) => chrome.i18n.getMessage(key, substitutions);
const render = (status) => renderStatus(document, t, status);

function localize() {
  document.documentElement.lang = t("localeCode");
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
}

localize();
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
