import { FakePort } from "./fake-native-port.js";
import { fakeI18n } from "./content-window.js";

const RUNTIME_ID = "kenkdnfcmdmplmpolpcjmdablipobohb";

function memoryArea() {
  const data = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => Object.assign(data, structuredClone(items)),
  };
}

function event() {
  const listeners = [];
  return { listeners, addListener: (fn) => listeners.push(fn) };
}

// The slice of chrome.* the background worker uses, with every listener reachable so a test can fire it.
export function fakeBackgroundChrome({ uiLanguage = "es-CO" } = {}) {
  const ports = [];
  const alarms = new Map();
  const created = [];
  let optionsOpened = 0;
  const onAlarm = event();
  return {
    ports,
    created,
    get optionsOpened() {
      return optionsOpened;
    },
    runtime: {
      id: RUNTIME_ID,
      lastError: undefined,
      getURL: (path) => `chrome-extension://${RUNTIME_ID}/${path}`,
      connectNative: () => {
        const port = new FakePort();
        ports.push(port);
        return port;
      },
      onMessage: event(),
      onMessageExternal: event(),
      onConnect: event(),
      onConnectExternal: event(),
      onInstalled: event(),
      onStartup: event(),
    },
    tabs: {
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
    storage: { local: memoryArea(), session: memoryArea() },
    action: { setBadgeText: async () => {}, setBadgeBackgroundColor: async () => {}, setTitle: async () => {} },
    i18n: fakeI18n("es", uiLanguage),
  };
}
