const t = (key, substitutions) => chrome.i18n.getMessage(key, substitutions);

function localize() {
  document.documentElement.lang = t("localeCode");
  for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
}

function render(status) {
  const state = status?.state ?? "unknown";
  document.getElementById("status").dataset.state = state;
  document.getElementById("on").hidden = state !== "connected";
  document.getElementById("paused").hidden = state !== "unavailable";
  const headline = { connected: "popupOn", unavailable: "popupPaused" }[state] ?? "popupChecking";
  document.getElementById("headline").textContent = t(headline);
  document.getElementById("detail").textContent = status?.lastError ? t("popupLastError", [status.lastError]) : "";
}

localize();
chrome.storage.session.onChanged.addListener((changes) => {
  if (changes.hostStatus) render(changes.hostStatus.newValue);
});
chrome.storage.session.get("hostStatus").then(({ hostStatus }) => hostStatus && render(hostStatus));
// The request also makes the worker probe the host, so the popup shows a fresh answer.
chrome.runtime.sendMessage({ type: "popup-bg-status" }).then((response) => response?.ok && render(response.status));
