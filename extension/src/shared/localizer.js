(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  const isRecord = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  const byLowerCaseName = (entries) => new Map(entries.map(([name, value]) => [name.toLowerCase(), value]));

  // chrome.i18n's rules, so a string reads the same whichever way it was loaded: message and placeholder names are
  // case-insensitive, a placeholder's content may hold $1–$9, a missing substitution is empty and $$ is one $.
  ns.formatMessage = (entry, substitutions) => {
    const subs = [].concat(substitutions ?? []).map(String);
    const placeholders = byLowerCaseName(Object.entries(isRecord(entry.placeholders) ? entry.placeholders : {}));
    const expanded = String(entry.message).replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name) => {
      const content = placeholders.get(name.toLowerCase())?.content;
      return typeof content === "string" ? content : whole;
    });
    return expanded.replace(/\$(\$|[1-9])/g, (_, mark) => (mark === "$" ? "$" : subs[Number(mark) - 1] ?? ""));
  };

  // chrome.i18n follows the browser's language only; a child's words follow the language of their profile. Until that
  // is known, and whenever it cannot be had, the browser's language speaks: a note in the other language is better
  // than no note. `requestStrings` answers { ok, language, messages } (background/child-strings.js).
  ns.createLocalizer = ({ i18n, requestStrings }) => {
    let messages = null;

    const t = (key, substitutions) => {
      const entry = messages?.get(String(key).toLowerCase());
      return entry ? ns.formatMessage(entry, substitutions) : i18n.getMessage(key, substitutions);
    };

    const load = async () => {
      let response;
      try {
        response = await requestStrings();
      } catch {
        return t;
      }
      if (response?.ok !== true) return t;
      const usable = ([, entry]) => isRecord(entry) && typeof entry.message === "string";
      messages = isRecord(response.messages) ? byLowerCaseName(Object.entries(response.messages).filter(usable)) : null;
      return t;
    };

    return { t, load };
  };
})();
