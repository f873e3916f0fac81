import { fakeI18n } from "./content-window.js";

// The slice of the chrome.* API the content scripts use, with every runtime message recorded.
export function fakeChrome({ locale = "en", uiLanguage = "en-US", country, respond = () => ({ ok: true, decisions: [] }) } = {}) {
  const sent = [];
  return {
    sent,
    runtime: {
      id: "kenkdnfcmdmplmpolpcjmdablipobohb",
      sendMessage: async (message) => {
        sent.push(JSON.parse(JSON.stringify(message)));
        return respond(message);
      },
    },
    i18n: fakeI18n(locale, uiLanguage),
    storage: { local: { get: async () => (country ? { country } : {}) } },
  };
}

export const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Polls instead of sleeping a fixed time: a loaded CI machine can be slower than one frame or one batch interval.
export async function until(condition, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await wait(10);
}
