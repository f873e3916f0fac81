import { readFileSync } from "node:fs";
import { FakePort } from "./fake-native-port.js";
import { fakeI18n } from "./content-window.js";
import { fakeEvent } from "./fake-chrome.js";

const manifest = JSON.parse(readFileSync(new URL("../../../extension/manifest.json", import.meta.url), "utf8"));

const RUNTIME_ID = "kenkdnfcmdmplmpolpcjmdablipobohb";

function memoryArea() {
  const data = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => Object.assign(data, structuredClone(items)),
  };
}

// The slice of chrome.* the background worker uses, with every listener reachable so a test can fire it.
// access.sites and access.privateWindows are what the browser allows; a test changes them and fires the events.
// `openTabs` are the tabs tabs.query finds; what scripting.executeScript was asked to run is in `injected`.
// `alarms` are the browser's, which outlive a worker: pass an earlier fake's to wake a worker again.
export function fakeBackgroundChrome({ uiLanguage = "es-CO", openTabs = [], alarms = new Map() } = {}) {
  const access = { sites: true, privateWindows: true, asked: [] };
  const badge = { text: null, color: null, title: null };
  const injected = [];
  const ports = [];
  const created = [];
  let optionsOpened = 0;
  const onAlarm = fakeEvent();
  return {
    ports,
    created,
    alarmsKept: alarms,
    access,
    badge,
    injected,
    get optionsOpened() {
      return optionsOpened;
    },
    runtime: {
      id: RUNTIME_ID,
      lastError: undefined,
      getURL: (path) => `chrome-extension://${RUNTIME_ID}/${path}`,
      getManifest: () => structuredClone(manifest),
      connectNative: () => {
        const port = new FakePort();
        ports.push(port);
        return port;
      },
      onMessage: fakeEvent(),
      onMessageExternal: fakeEvent(),
      onConnect: fakeEvent(),
      onConnectExternal: fakeEvent(),
      getManifest: () => structuredClone(manifest),
      onInstalled: fakeEvent(),
      onStartup: fakeEvent(),
    },
    tabs: {
      onUpdated: fakeEvent(),
      query: async () => structuredClone(openTabs),
      create: async ({ url }) => {
        if (url === `chrome-extension://${RUNTIME_ID}/src/options/options.html`) optionsOpened += 1;
      },
    },
    alarms: {
      get: async (name) => alarms.get(name),
      create: async (name, info) => {
        created.push({ name, ...info });
        alarms.set(name, { name, ...info });
      },
      onAlarm,
    },
    scripting: {
      executeScript: async ({ target, func, files }) => {
        if (files) injected.push({ tabId: target.tabId, files });
        return [{ result: func ? false : undefined }];
      },
    },
    storage: { local: memoryArea(), session: memoryArea() },
    permissions: {
      contains: async ({ origins }) => (access.asked.push(origins), access.sites),
      onAdded: fakeEvent(),
      onRemoved: fakeEvent(),
    },
    extension: { isAllowedIncognitoAccess: async () => access.privateWindows },
    action: {
      setBadgeText: async ({ text }) => (badge.text = text),
      setBadgeBackgroundColor: async ({ color }) => (badge.color = color),
      setTitle: async ({ title }) => (badge.title = title),
    },
    i18n: fakeI18n("es", uiLanguage),
  };
}
