// The host speaks Spanish and English; any other UI language gets English.
export const helloLanguage = (uiLanguage) => (/^es(?:[-_]|$)/i.test(String(uiLanguage ?? "")) ? "es" : "en");

export const createHelloFields =
  ({ installId, getUILanguage }) =>
  async () => ({ install: await installId.get(), language: helloLanguage(getUILanguage()) });
