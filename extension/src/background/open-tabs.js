import { matchesPattern } from "./match-pattern.js";

// Chromium runs a manifest's content scripts only in pages loaded after an install or update; a chat left open for
// days stays unread until reloaded (issue 12, item 3). Each open tab a content_scripts entry matches gets that
// entry's files, in its order. Discarded tabs are left out: they load again, content scripts and all, when shown.
export function planInjections(contentScripts, tabs) {
  const plan = [];
  for (const tab of tabs) {
    if (!Number.isInteger(tab?.id) || typeof tab.url !== "string" || tab.discarded) continue;
    const entry = contentScripts.find(
      (candidate) =>
        candidate.matches.some((pattern) => matchesPattern(pattern, tab.url)) &&
        !(candidate.exclude_matches ?? []).some((pattern) => matchesPattern(pattern, tab.url)),
    );
    if (entry) plan.push({ tabId: tab.id, files: [...entry.js] });
  }
  return plan;
}

// Runs in the content scripts' world of the tab: true when a copy from this install already protects it (the browser
// injected it as the page loaded, or this ran before), so it is never started twice.
export function protectionRunning() {
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse")?.value;
  return ns?.protection?.isLive?.() === true;
}

// A tab that could not be given its scripts says so on the toolbar button until it loads again; nothing else can
// protect it, and a quiet failure would look like protection. The tabs asked are kept in storage.session, as the
// worker may be evicted before the child reloads.
export function createOpenTabs({ tabs, scripting, action, i18n, storage, contentScripts, log = console }) {
  const KEY = "tabsToReload";
  const asked = async () => (await storage.get(KEY))[KEY] ?? [];

  // One write for all the tabs of a pass, so none is lost between two.
  const askToReload = async (tabIds) => {
    await storage.set({ [KEY]: [...new Set([...(await asked()), ...tabIds])] });
    for (const tabId of tabIds) {
      await action.setBadgeText({ tabId, text: "↻" });
      await action.setBadgeBackgroundColor({ tabId, color: "#B45309" });
      await action.setTitle({ tabId, title: i18n.getMessage("badgeReloadTabTitle") });
    }
  };

  // A page loading again gets the content scripts from the browser; the button goes back to what every tab shows.
  async function onTabLoading(tabId) {
    const waiting = await asked();
    if (!waiting.includes(tabId)) return;
    await storage.set({ [KEY]: waiting.filter((id) => id !== tabId) });
    await action.setBadgeText({ tabId, text: null });
    await action.setTitle({ tabId, title: await action.getTitle({}) });
  }

  async function protect(tabId, files) {
    const [probe] = await scripting.executeScript({ target: { tabId }, func: protectionRunning });
    if (probe?.result === true) return "running";
    await scripting.executeScript({ target: { tabId }, files });
    return "injected";
  }

  async function protectOpenTabs() {
    const patterns = [...new Set(contentScripts.flatMap((entry) => entry.matches))];
    const plan = planInjections(contentScripts, await tabs.query({ url: patterns }));
    const outcomes = await Promise.all(
      plan.map(({ tabId, files }) =>
        protect(tabId, files).catch((error) => {
          // Only the kind of failure: a tab's address is browsing history.
          log.warn("SafeBrowse: an open tab could not be protected", error?.name);
          return "reload";
        }),
      ),
    );
    const refused = plan.filter((_, index) => outcomes[index] === "reload").map(({ tabId }) => tabId);
    if (refused.length > 0) await askToReload(refused);
    return { injected: count(outcomes, "injected"), running: count(outcomes, "running"), reload: count(outcomes, "reload") };
  }

  return { protectOpenTabs, onTabLoading };
}

const count = (outcomes, outcome) => outcomes.filter((each) => each === outcome).length;
