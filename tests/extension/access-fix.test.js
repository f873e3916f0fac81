import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { JSDOM } from "jsdom";
import { startAccessFix } from "../../extension/src/options/access-fix.js";
import { siteOrigins } from "../../extension/src/shared/site-access.js";
import { fakeI18n } from "./helpers/content-window.js";

const html = readFileSync(new URL("../../extension/src/options/options.html", import.meta.url), "utf8");
const manifest = JSON.parse(readFileSync(new URL("../../extension/manifest.json", import.meta.url), "utf8"));

function setup({ sites = false, privateWindows = true, grant = true, firefox = false } = {}) {
  const { document } = new JSDOM(html).window;
  const i18n = fakeI18n("en");
  const access = { sites, requested: [] };
  const permissions = {
    contains: async () => access.sites,
    // Records the call synchronously: a browser refuses a request made after the click's task has ended.
    request: (query) => {
      access.requested.push(query);
      if (grant) access.sites = true;
      return Promise.resolve(grant);
    },
  };
  const runtime = { getManifest: () => manifest, ...(firefox ? { getBrowserInfo: async () => ({ name: "Firefox" }) } : {}) };
  const started = startAccessFix({
    doc: document,
    t: (key, subs) => i18n.getMessage(key, subs),
    permissions,
    extension: { isAllowedIncognitoAccess: async () => privateWindows },
    runtime,
  });
  return { document, access, started, shown: (id) => !document.getElementById(id).hidden };
}

test("siteOrigins_Manifest_ListsEveryContentScriptMatchOnce", () => {
  const origins = siteOrigins(manifest);
  assert.ok(origins.includes("https://*/*"));
  assert.ok(origins.includes("https://web.whatsapp.com/*"));
  assert.equal(new Set(origins).size, origins.length);
});

test("accessFix_EverythingAllowed_StaysHidden", async () => {
  const { started, shown } = setup({ sites: true, privateWindows: true });
  await started;
  assert.equal(shown("access"), false);
});

test("accessFix_SitesWithheld_ShowsTheFixButton", async () => {
  const { started, shown } = setup({ sites: false });
  await started;
  assert.equal(shown("access"), true);
  assert.equal(shown("access-sites"), true);
  assert.equal(shown("access-private"), false);
});

test("accessFix_Click_RequestsEveryOriginInTheGestureAndSaysDone", async () => {
  const { document, access, started, shown } = setup({ sites: false });
  await started;
  document.getElementById("access-sites-fix").click();
  assert.deepEqual(access.requested, [{ origins: siteOrigins(manifest) }], "asked before anything was awaited");
  const note = document.getElementById("access-note");
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.equal(note.textContent, "Done: SafeBrowse can read chats again.");
  assert.equal(shown("access"), true, "the box stays to say it worked");
  assert.equal(shown("access-sites"), false);
});

test("accessFix_Refused_SaysHowElseToFixIt", async () => {
  const { document, started } = setup({ sites: false, grant: false });
  await started;
  document.getElementById("access-sites-fix").click();
  await new Promise((resolve) => setTimeout(resolve, 0));
  assert.match(document.getElementById("access-note").textContent, /^The browser did not grant access/);
});

test("accessFix_PrivateWindowsInFirefox_SaysWhereFirefoxKeepsTheSetting", async () => {
  const { document, started, shown } = setup({ sites: true, privateWindows: false, firefox: true });
  await started;
  assert.equal(shown("access-private"), true);
  assert.equal(shown("access-sites"), false);
  assert.match(document.getElementById("access-private-how").textContent, /^In Firefox: .*Run in Private Windows › Allow/);
});

test("accessFix_PrivateWindowsInChromium_SaysAllowInIncognito", async () => {
  const { document, started } = setup({ sites: true, privateWindows: false });
  await started;
  assert.match(document.getElementById("access-private-how").textContent, /Allow in Incognito/);
});
