import { createChildStrings } from "./child-strings.js";
import { createHandlers } from "./handlers.js";
import { createHeartbeat } from "./heartbeat.js";
import { createHelloFields } from "./hello-fields.js";
import { createInstallId } from "./install-id.js";
import { createNativePort } from "./native-port.js";
import { createOpenTabs } from "./open-tabs.js";
import { OBSERVED } from "./observed-batch.js";
import { listenForObservedBatches } from "./observed-port.js";
import { createRouter } from "./router.js";
import { createStatusStore } from "./status-store.js";
import { heartbeatProtection } from "../shared/protection.js";
import { readAccess } from "../shared/site-access.js";

// Helplines follow the country a parent chose for this child, and the child's words their language; the notice and
// the first-run page read both from storage.local.
const rememberChildProfile = async (profile) => {
  if (profile?.country) await chrome.storage.local.set({ country: profile.country });
  if (profile?.language) await chrome.storage.local.set({ language: profile.language });
};

const statusStore = createStatusStore({
  storage: chrome.storage.session,
  action: chrome.action,
  i18n: chrome.i18n,
  // The host hears of a change, and of the state on every connection, at once; while it is unreachable there is
  // nobody to tell, and the gap in heartbeats says enough.
  onChange: (next, previous) => {
    if (next.state !== "connected") return;
    if (previous.state !== "connected" || heartbeatProtection(next) !== heartbeatProtection(previous)) heartbeat.beat();
  },
});
const installId = createInstallId({ storage: chrome.storage.local });

const port = createNativePort({
  connectNative: (name) => chrome.runtime.connectNative(name),
  getLastError: () => chrome.runtime.lastError?.message,
  helloFields: createHelloFields({ installId, getUILanguage: () => chrome.i18n.getUILanguage() }),
  onStatus: (status) => {
    statusStore.update(status);
    rememberChildProfile(status.profile);
  },
  onDrop: (count) => statusStore.addDropped(count),
});

// The browser's settings can change with no event reaching an evicted worker, so every beat and every popup asks again.
const refreshAccess = async () => {
  try {
    const manifest = chrome.runtime.getManifest();
    await statusStore.updateAccess(await readAccess({ permissions: chrome.permissions, extension: chrome.extension, manifest }));
  } catch (error) {
    console.warn("SafeBrowse: site access unknown", error?.message);
  }
  return statusStore.read();
};

const heartbeat = createHeartbeat({
  alarms: chrome.alarms,
  port,
  installId,
  protection: async () => heartbeatProtection(await refreshAccess()),
  onModelState: (modelState) => statusStore.updateModel(modelState),
});

const childStrings = createChildStrings({
  storage: chrome.storage.local,
  loadLocale: async (language) => (await fetch(chrome.runtime.getURL(`_locales/${language}/messages.json`))).json(),
});

const { observed, contentHandlers, extensionHandlers } = createHandlers({
  port,
  statusStore,
  installId,
  refreshAccess,
  childStrings,
  onChildProfile: rememberChildProfile,
});

const routerFor = (handlers) =>
  createRouter({ runtimeId: chrome.runtime.id, extensionOrigin: chrome.runtime.getURL(""), ...handlers });
const dispatch = routerFor({ contentHandlers, extensionHandlers });

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  dispatch(message, sender).then(sendResponse);
  return true;
});
listenForObservedBatches({
  onConnect: chrome.runtime.onConnect,
  dispatch: routerFor({ contentHandlers: new Map([[OBSERVED, observed]]), extensionHandlers: new Map() }),
});

chrome.alarms.onAlarm.addListener((alarm) => heartbeat.onAlarm(alarm));
chrome.permissions.onAdded.addListener(refreshAccess);
chrome.permissions.onRemoved.addListener(refreshAccess);

const openTabs = createOpenTabs({
  tabs: chrome.tabs,
  scripting: chrome.scripting,
  action: chrome.action,
  i18n: chrome.i18n,
  storage: chrome.storage.session,
  contentScripts: chrome.runtime.getManifest().content_scripts,
});
chrome.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === "loading") openTabs.onTabLoading(tabId).catch(() => undefined);
});

// Check the host right away so the badge tells a parent about a missing install without any setup.
chrome.runtime.onInstalled.addListener(({ reason }) => {
  port.ensureConnected();
  // Install and every update: chats already open are protected now, not at their next reload.
  openTabs.protectOpenTabs().catch((error) => console.warn("SafeBrowse: open tabs not protected", error?.name));
  // The parent who just installed SafeBrowse is at the screen: greet them with what it does and the PIN setup,
  // in a tab of its own (openOptionsPage may take over the tab the parent is using).
  if (reason === "install") chrome.tabs.create({ url: chrome.runtime.getURL("src/options/options.html") });
});
chrome.runtime.onStartup.addListener(() => port.ensureConnected());

refreshAccess();
heartbeat.ensureScheduled().catch((error) => console.warn("SafeBrowse: heartbeat alarm not set", error?.message));
