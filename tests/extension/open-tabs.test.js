import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { JSDOM } from "jsdom";
import { matchesPattern } from "../../extension/src/background/match-pattern.js";
import { createOpenTabs, planInjections, protectionRunning } from "../../extension/src/background/open-tabs.js";
import { fakeI18n } from "./helpers/content-window.js";

const manifest = JSON.parse(readFileSync(new URL("../../extension/manifest.json", import.meta.url), "utf8"));
const contentScripts = manifest.content_scripts;
const entryWith = (adapter) => contentScripts.find((entry) => entry.js.includes(`src/content/adapters/${adapter}.js`)).js;

test("matchesPattern_SchemesHostsAndPaths_MatchAsTheBrowserDoes", () => {
  assert.equal(matchesPattern("https://*/*", "https://example.com/a?b=1#c"), true);
  assert.equal(matchesPattern("https://*/*", "http://example.com/"), false);
  assert.equal(matchesPattern("http://*/*", "http://127.0.0.1:8080/chat.html"), true);
  assert.equal(matchesPattern("https://www.facebook.com/messages/*", "https://www.facebook.com/messages/t/1"), true);
  assert.equal(matchesPattern("https://www.facebook.com/messages/*", "https://www.facebook.com/groups/1"), false);
  assert.equal(matchesPattern("https://*.example.com/*", "https://chat.example.com/"), true);
  assert.equal(matchesPattern("https://*.example.com/*", "https://badexample.com/"), false);
  assert.equal(matchesPattern("https://web.telegram.org/k/*", "https://web.telegram.org/a/#1"), false);
  assert.equal(matchesPattern("https://*/*", "chrome://settings/"), false);
  assert.equal(matchesPattern("https://*/*", "not a url"), false);
});

test("planInjections_OpenTabs_EachGetsItsSitesFilesAndOthersNone", () => {
  const tabs = [
    { id: 1, url: "https://web.whatsapp.com/" },
    { id: 2, url: "https://web.telegram.org/k/#@friend" },
    { id: 3, url: "https://www.facebook.com/messages/t/42" },
    { id: 4, url: "https://news.example/article" },
    { id: 5, url: "chrome://extensions/" },
    { id: 6, url: "https://discord.com/channels/@me", discarded: true },
    { id: 7 },
  ];
  const plan = planInjections(contentScripts, tabs);
  assert.deepEqual(
    plan.map(({ tabId }) => tabId),
    [1, 2, 3, 4],
  );
  assert.deepEqual(plan[0].files, entryWith("whatsapp"));
  assert.deepEqual(plan[1].files, entryWith("telegram-k"));
  assert.deepEqual(plan[2].files, entryWith("messenger"));
  assert.deepEqual(plan[3].files, entryWith("generic"));
  for (const { files } of plan) {
    assert.equal(files[0], "src/shared/namespace.js");
    assert.equal(files.at(-1), "src/content/main.js");
  }
});

test("protectionRunning_InTheContentScriptsWorld_TrueOnlyForALiveCopy", () => {
  const { window } = new JSDOM("<a id='SafeBrowse' name='protection'></a>", { runScripts: "outside-only" });
  const probe = `(${protectionRunning})()`;
  assert.equal(window.eval(probe), false, "named elements are not a running copy");
  let live = true;
  Object.defineProperty(window, "SafeBrowse", { value: { protection: { isLive: () => live } } });
  assert.equal(window.eval(probe), true);
  live = false;
  assert.equal(window.eval(probe), false, "an orphaned copy from before an update does not count");
});

function fakeBrowser({ tabs, running = new Set(), refused = new Set() }) {
  const session = {};
  const calls = { injected: [], badges: [], titles: [] };
  return {
    calls,
    session,
    openTabs: createOpenTabs({
      tabs: { query: async () => tabs },
      scripting: {
        executeScript: async ({ target, func, files }) => {
          if (refused.has(target.tabId)) throw new Error("Cannot access contents of the page.");
          if (func) return [{ result: running.has(target.tabId) }];
          calls.injected.push({ tabId: target.tabId, files });
          return [{}];
        },
      },
      action: {
        setBadgeText: async (details) => calls.badges.push(details),
        setBadgeBackgroundColor: async () => {},
        setTitle: async (details) => calls.titles.push(details),
        getTitle: async () => "SafeBrowse",
      },
      i18n: fakeI18n("en"),
      storage: { get: async (key) => (key in session ? { [key]: session[key] } : {}), set: async (items) => Object.assign(session, items) },
      contentScripts,
      log: { warn: () => {} },
    }),
  };
}

test("protectOpenTabs_ATabAlreadyProtected_IsNotInjectedTwice", async () => {
  const browser = fakeBrowser({ tabs: [{ id: 1, url: "https://web.whatsapp.com/" }, { id: 2, url: "https://a.example/" }], running: new Set([1]) });
  const outcome = await browser.openTabs.protectOpenTabs();
  assert.deepEqual(outcome, { injected: 1, running: 1, reload: 0 });
  assert.deepEqual(browser.calls.injected.map(({ tabId }) => tabId), [2]);
});

test("protectOpenTabs_InjectionRefused_TheTabAsksToBeReloadedUntilItLoadsAgain", async () => {
  const browser = fakeBrowser({ tabs: [{ id: 7, url: "https://a.example/" }], refused: new Set([7]) });
  const outcome = await browser.openTabs.protectOpenTabs();
  assert.deepEqual(outcome, { injected: 0, running: 0, reload: 1 });
  assert.deepEqual(browser.calls.badges, [{ tabId: 7, text: "↻" }]);
  assert.match(browser.calls.titles[0].title, /Reload the page/);
  await browser.openTabs.onTabLoading(8);
  assert.equal(browser.calls.badges.length, 1, "another tab loading changes nothing");
  await browser.openTabs.onTabLoading(7);
  assert.deepEqual(browser.calls.badges.at(-1), { tabId: 7, text: null });
  assert.deepEqual(browser.calls.titles.at(-1), { tabId: 7, title: "SafeBrowse" });
  assert.deepEqual(browser.session.tabsToReload, []);
});

test("protectOpenTabs_SeveralTabsRefuse_EveryOneIsRememberedForItsReload", async () => {
  const tabs = [1, 2, 3].map((id) => ({ id, url: `https://site${id}.example/` }));
  const browser = fakeBrowser({ tabs, refused: new Set([1, 2, 3]) });
  await browser.openTabs.protectOpenTabs();
  assert.deepEqual([...browser.session.tabsToReload].sort(), [1, 2, 3]);
  assert.deepEqual(browser.calls.badges.map(({ tabId }) => tabId).sort(), [1, 2, 3]);
});
