import { unpackObserved } from "../../../extension/src/background/observed-batch.js";
import { fakeI18n, readMessages } from "./content-window.js";

// The slice of the chrome.* API the content scripts use, with every runtime message recorded. The background answers
// the request for the child's strings as child-strings.js does, for `childLanguage` (none: the browser's language);
// those requests are counted in `stringRequests`, not recorded with the messages sent for scoring. A batch for scoring
// is recorded as it crossed (through JSON) with the messages the background reads back from it.
export function fakeChrome({ locale = "en", uiLanguage = "en-US", country, childLanguage = null, respond = () => ({ ok: true, decisions: [] }) } = {}) {
  const sent = [];
  let stringRequests = 0;
  return {
    sent,
    get stringRequests() {
      return stringRequests;
    },
    runtime: {
      id: "kenkdnfcmdmplmpolpcjmdablipobohb",
      sendMessage: async (message) => {
        if (message?.type === "cs-bg-child-strings") {
          stringRequests += 1;
          return { ok: true, language: childLanguage, ...(childLanguage ? { messages: readMessages(childLanguage) } : {}) };
        }
        const crossed = JSON.parse(JSON.stringify(message));
        sent.push(crossed.type === "cs-bg-observed" ? { ...crossed, messages: unpackObserved(crossed) } : crossed);
        return respond(message);
      },
    },
    i18n: fakeI18n(locale, uiLanguage),
    storage: { local: { get: async () => (country ? { country } : {}) } },
  };
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
