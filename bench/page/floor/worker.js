// Answers at once: the floor measures the page's side of the crossing, not a host's scoring.
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  sendResponse({ ok: true, decisions: [] });
});
