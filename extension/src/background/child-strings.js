// The languages a child profile may have (docs/protocol.md `profile.language`), each with a _locales folder.
const CHILD_LANGUAGES = new Set(["es", "en"]);

// What a child reads (notices, the nudge, the first-run page) follows their profile's language, which the host sends
// and the worker keeps in storage.local; chrome.i18n can only follow the browser's. Content scripts ask here rather than
// fetch the locale files themselves, which would open those files to every web page. `language: null` means no
// profile language is known yet, so the browser's language speaks.
export function createChildStrings({ storage, loadLocale }) {
  const loaded = new Map();

  const messagesOf = (language) => {
    if (!loaded.has(language)) {
      const withoutDescription = ({ message, placeholders }) => (placeholders ? { message, placeholders } : { message });
      const pending = loadLocale(language).then((file) =>
        Object.fromEntries(Object.entries(file).map(([key, entry]) => [key, withoutDescription(entry)])),
      );
      // A failed read is tried again next time rather than remembered.
      pending.catch(() => loaded.delete(language));
      loaded.set(language, pending);
    }
    return loaded.get(language);
  };

  return async function childStrings() {
    const { language } = await storage.get("language");
    if (!CHILD_LANGUAGES.has(language)) return { ok: true, language: null };
    return { ok: true, language, messages: await messagesOf(language) };
  };
}
