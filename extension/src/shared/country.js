(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  // Help must follow the configured country, not the UI language: a Spanish speaker in the US needs NCMEC.
  ns.resolveCountry = (storedCountry, uiLanguage) => {
    const table = ns.helplines;
    const stored = typeof storedCountry === "string" ? storedCountry.toUpperCase() : "";
    if (Object.hasOwn(table, stored)) return stored;
    const [language = "", region = ""] = String(uiLanguage ?? "").split(/[-_]/);
    const uiRegion = region.toUpperCase();
    if (Object.hasOwn(table, uiRegion)) return uiRegion;
    return language.toLowerCase() === "es" ? "CO" : "US";
  };

  ns.loadCountry = async () => {
    let stored;
    try {
      ({ country: stored } = await chrome.storage.local.get("country"));
    } catch {
      stored = undefined;
    }
    return ns.resolveCountry(stored, chrome.i18n.getUILanguage());
  };
})();
