import { OBSERVED, unpackObserved } from "../../../extension/src/background/observed-batch.js";
import { fakeI18n, readMessages } from "./content-window.js";

// The slice of the chrome.* API the content scripts use, with every runtime message recorded. The background answers
// the request for the child's strings as child-strings.js does, for `childLanguage` (none: the browser's language);
// those requests are counted in `stringRequests`, not recorded with the messages sent for scoring. A batch for scoring
// is recorded as it crossed (through JSON) with the messages the background reads back from it.
// Batches cross on the port the content scripts open (content/batch-channel.js), answered as the worker answers
// (background/observed-port.js); `ports` lists every port opened, and `closeWorker()` closes the open ones as a worker
// that stops does.
export function fakeChrome({ locale = "en", uiLanguage = "en-US", country, childLanguage = null, respond = () => ({ ok: true, decisions: [] }) } = {}) {
  const sent = [];
  const ports = [];
  let stringRequests = 0;
  const crossing = (message) => {
    const crossed = JSON.parse(JSON.stringify(message));
    sent.push(crossed.type === OBSERVED ? { ...crossed, messages: unpackObserved(crossed) } : crossed);
    return respond(message);
  };
  const connect = ({ name }) => {
    const port = { name, open: true, onMessage: fakeEvent(), onDisconnect: fakeEvent() };
    port.postMessage = (envelope) => {
      if (!port.open) throw new Error("Attempting to use a disconnected port object");
      const { id, message } = JSON.parse(JSON.stringify(envelope));
      Promise.resolve()
        .then(() => crossing(message))
        .then((response) => port.open && port.onMessage.fire({ id, response }));
    };
    port.disconnect = () => {
      port.open = false;
    };
    ports.push(port);
    return port;
  };
  return {
    sent,
    ports,
    closeWorker() {
      for (const port of ports.filter(({ open }) => open)) {
        port.open = false;
        port.onDisconnect.fire(port);
      }
    },
    get stringRequests() {
      return stringRequests;
    },
    runtime: {
      id: "kenkdnfcmdmplmpolpcjmdablipobohb",
      connect,
      sendMessage: async (message) => {
        if (message?.type === "cs-bg-child-strings") {
          stringRequests += 1;
          return { ok: true, language: childLanguage, ...(childLanguage ? { messages: readMessages(childLanguage) } : {}) };
        }
        return crossing(message);
      },
    },
    i18n: fakeI18n(locale, uiLanguage),
    storage: { local: { get: async () => (country ? { country } : {}) } },
  };
}

/** A chrome.* event a test can fire: what each listener returned comes back, so a test can await async listeners. */
export function fakeEvent() {
  const listeners = [];
  return { listeners, addListener: (listener) => listeners.push(listener), fire: (...args) => listeners.map((listener) => listener(...args)) };
}

export const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Polls instead of sleeping a fixed time: a loaded CI machine can be slower than one frame or one batch interval.
// Giving up fails the test with what it waited for, so a caller's next assertion never meets a half-done state.
// The bound only limits how long a failing test takes: jsdom reading a 1,200-row flood took over 3 s on a loaded
// two-core machine.
export async function until(condition, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() >= deadline) throw new Error(`until: gave up after ${timeoutMs} ms waiting for ${condition}`);
    await wait(10);
  }
}
