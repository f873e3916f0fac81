import { createHandlers } from "./handlers.js";
import { createNativePort } from "./native-port.js";
import { createRouter } from "./router.js";
import { createStatusStore } from "./status-store.js";

const statusStore = createStatusStore({ storage: chrome.storage.session, action: chrome.action, i18n: chrome.i18n });

const port = createNativePort({
  connectNative: (name) => chrome.runtime.connectNative(name),
  getLastError: () => chrome.runtime.lastError?.message,
  onStatus: (status) => statusStore.update(status),
  onDrop: (count) => statusStore.addDropped(count),
});

const { contentHandlers, extensionHandlers } = createHandlers({ port, statusStore });

const dispatch = createRouter({
  runtimeId: chrome.runtime.id,
  extensionOrigin: chrome.runtime.getURL(""),
  contentHandlers,
  extensionHandlers,
});

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  dispatch(message, sender).then(sendResponse);
  return true;
});

// Check the host right away so the badge tells a parent about a missing install without any setup.
chrome.runtime.onInstalled.addListener(() => port.ensureConnected());
chrome.runtime.onStartup.addListener(() => port.ensureConnected());
