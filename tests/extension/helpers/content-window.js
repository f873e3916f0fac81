import { readFileSync } from "node:fs";
import { after } from "node:test";
import { JSDOM } from "jsdom";

const extensionRoot = new URL("../../../extension/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", extensionRoot), "utf8"));
export const contentScriptFiles = manifest.content_scripts[0].js;
// Every content script starts by making the namespace the other files share, so a test of a few files does too,
// and whatever a test adds before the scripts finds it.
const NAMESPACE = "src/shared/namespace.js";

export const readMessages = (locale) =>
  JSON.parse(readFileSync(new URL(`_locales/${locale}/messages.json`, extensionRoot), "utf8"));

// Mirrors chrome.i18n.getMessage closely enough for tests: named placeholders map to $1..$9.
export function fakeI18n(locale = "en", uiLanguage = "en-US") {
  const messages = readMessages(locale);
  return {
    getUILanguage: () => uiLanguage,
    getMessage(key, substitutions = []) {
      const entry = messages[key];
      if (!entry) return "";
      const subs = [].concat(substitutions);
      return entry.message.replace(/\$(\w+)\$/g, (_, name) => {
        const content = entry.placeholders?.[name.toLowerCase()]?.content ?? "";
        return content.replace(/\$(\d)/g, (__, n) => subs[Number(n) - 1] ?? "");
      });
    },
  };
}

// A test that fails before destroying its protection leaves the page's timers running, and the file then never
// ends; closing every window after the file's tests stops them whatever happened.
const opened = new Set();
after(() => {
  for (const dom of opened) dom.window.close();
});

// Loads the content scripts as the browser would: classic scripts, in manifest order, one global.
export function contentWindow(html, { url = "http://127.0.0.1:8080/chat", files = contentScriptFiles, chrome, beforeScripts = () => {} } = {}) {
  const dom = new JSDOM(html, { url, runScripts: "outside-only", pretendToBeVisual: true });
  opened.add(dom);
  if (chrome) dom.window.chrome = chrome;
  const load = (file) => dom.window.eval(`${readFileSync(new URL(file, extensionRoot), "utf8")}\n//# sourceURL=${file}`);
  load(NAMESPACE);
  beforeScripts(dom.window);
  for (const file of files.filter((name) => name !== NAMESPACE)) load(file);
  return dom;
}
