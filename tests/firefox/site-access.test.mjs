import assert from "node:assert/strict";
import { isDeepStrictEqual } from "node:util";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { setTimeout as delay } from "node:timers/promises";
import { launchFirefox } from "./support/firefox.mjs";

// Debian's Firefox ESR speaks en-US, so the extension does too.
const messages = JSON.parse(readFileSync(new URL("../../extension/_locales/en/messages.json", import.meta.url), "utf8"));
const TIMEOUT_MS = 30_000;
const OPTIONS_PAGE = "/src/options/options.html";

// What the family sees: the toolbar button (read with the extension's own API) and the access box at the top of the
// parents' page, which the extension opens by itself on install.
const FAMILY_VIEW = `(async () => ({
  badge: await browser.action.getBadgeText({}),
  title: await browser.action.getTitle({}),
  box: !document.getElementById("access").hidden,
  sites: !document.getElementById("access-sites").hidden,
  privateWindows: !document.getElementById("access-private").hidden,
  heading: document.getElementById("access-title").textContent,
}))()`;

/**
 * The view once it is `expected`, or the last view when TIMEOUT_MS passes: the test asserts it. The toolbar and the
 * parents' page learn the state each on their own, so waiting for one of them alone races the other.
 */
async function familyViewOnceItIs(evaluate, expected) {
  const deadline = performance.now() + TIMEOUT_MS;
  let view = await evaluate(FAMILY_VIEW);
  while (!isDeepStrictEqual(view, expected) && performance.now() < deadline) {
    await delay(200);
    view = await evaluate(FAMILY_VIEW);
  }
  return view;
}

// A family that did not grant SafeBrowse site access in Firefox: no chat is read, and the toolbar button and the
// top of the parents' page say so, with a button to grant it.
test("siteAccessNotGranted_ToolbarButtonAndParentsPage_TellTheFamily", async (t) => {
  const firefox = await launchFirefox({ siteAccess: false });
  t.after(firefox.close);
  const evaluate = await firefox.extensionTab(OPTIONS_PAGE, TIMEOUT_MS);

  const expected = {
    badge: "!",
    title: messages.badgeNoSiteAccessTitle.message,
    box: true,
    sites: true,
    privateWindows: true,
    heading: messages.accessTitle.message,
  };

  assert.deepEqual(await familyViewOnceItIs(evaluate, expected), expected);
});

// Site access granted (Firefox's default at install) but private windows not allowed (also its default): only
// private windows go unwatched, and that is what the family is told.
test("privateWindowsNotAllowed_ToolbarButtonAndParentsPage_SayOnlyPrivateWindowsAreUnwatched", async (t) => {
  const firefox = await launchFirefox();
  t.after(firefox.close);
  const evaluate = await firefox.extensionTab(OPTIONS_PAGE, TIMEOUT_MS);

  const expected = {
    badge: "!",
    title: messages.badgeNoPrivateWindowsTitle.message,
    box: true,
    sites: false,
    privateWindows: true,
    heading: messages.accessTitle.message,
  };

  assert.deepEqual(await familyViewOnceItIs(evaluate, expected), expected);
});
