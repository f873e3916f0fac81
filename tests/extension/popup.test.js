import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { JSDOM } from "jsdom";
import { renderStatus } from "../../extension/src/popup/popup-status.js";
import { fakeI18n } from "./helpers/content-window.js";

const html = readFileSync(new URL("../../extension/src/popup/popup.html", import.meta.url), "utf8");
const NOW = new Date("2026-11-28T15:00:00Z");

function render(status, locale = "en") {
  const { document } = new JSDOM(html).window;
  const i18n = fakeI18n(locale);
  renderStatus(document, (key, subs) => i18n.getMessage(key, subs), status, NOW);
  const shown = (id) => !document.getElementById(id).hidden;
  return { headline: document.getElementById("headline").textContent, shown };
}

test("popup_PausedByAParent_SaysUntilWhen", () => {
  const { headline, shown } = render({ state: "connected", pausedUntil: "2026-11-28T16:30:00Z" });
  const time = new Intl.DateTimeFormat("en", { hour: "numeric", minute: "2-digit" }).format(new Date("2026-11-28T16:30:00Z"));
  assert.equal(headline, `A parent paused SafeBrowse until ${time}.`);
  assert.equal(shown("parent-pause"), true);
  assert.equal(shown("on"), false);
  assert.equal(shown("paused"), false);
});

test("popup_PauseAlreadyOver_SaysProtectionIsOn", () => {
  const { headline, shown } = render({ state: "connected", pausedUntil: "2026-11-28T14:00:00Z" }, "es");
  assert.equal(headline, "SafeBrowse está activo.");
  assert.equal(shown("parent-pause"), false);
  assert.equal(shown("on"), true);
});

test("popup_HostUnavailable_WinsOverAnOldPause", () => {
  const { headline, shown } = render({ state: "unavailable", lastError: "gone", pausedUntil: "2026-11-28T16:30:00Z" });
  assert.equal(headline, "SafeBrowse isn't working right now.");
  assert.equal(shown("paused"), true);
  assert.equal(shown("parent-pause"), false);
});

test("popup_NoSiteAccess_SaysItCantReadChatsAndWhoCanFixIt", () => {
  const { document } = new JSDOM(html).window;
  const i18n = fakeI18n("en");
  renderStatus(document, (key, subs) => i18n.getMessage(key, subs), { state: "connected", modelState: "loaded", siteAccess: false }, NOW);
  assert.equal(document.getElementById("headline").textContent, "SafeBrowse can't read chats on the sites you visit.");
  assert.match(document.getElementById("impaired-fix").textContent, /^A parent can fix it: open For parents below/);
  assert.equal(document.getElementById("impaired").hidden, false);
  assert.equal(document.getElementById("on").hidden, true);
  assert.equal(document.getElementById("status").dataset.protection, "no_site_access");
});

test("popup_NoPrivateWindows_SaysSoInSpanish", () => {
  const { headline, shown } = render({ state: "connected", modelState: "loaded", siteAccess: true, privateWindows: false }, "es");
  assert.equal(headline, "SafeBrowse está activo, pero no en las ventanas privadas.");
  assert.equal(shown("impaired"), true);
});

test("popup_HostUnavailableOnWindows_NamesThePowerShellInstaller", () => {
  const { document } = new JSDOM(html).window;
  const i18n = fakeI18n("en");
  renderStatus(document, (key, subs) => i18n.getMessage(key, subs), { state: "unavailable" }, NOW, "win");
  assert.equal(document.getElementById("paused-fix").textContent, "To fix it, ask a parent to run installer\\install.ps1. SafeBrowse reconnects by itself afterwards.");
});

test("popup_HostUnavailableOnLinux_NamesTheShellInstaller", () => {
  const { document } = new JSDOM(html).window;
  const i18n = fakeI18n("es");
  renderStatus(document, (key, subs) => i18n.getMessage(key, subs), { state: "unavailable" }, NOW, "linux");
  assert.match(document.getElementById("paused-fix").textContent, /ejecute installer\/install\.sh\./);
});

test("popup_ModelUnavailableOnWindows_NamesThePowerShellInstaller", () => {
  const { document } = new JSDOM(html).window;
  const i18n = fakeI18n("es");
  renderStatus(document, (key, subs) => i18n.getMessage(key, subs), { state: "connected", modelState: "unavailable" }, NOW, "win");
  assert.equal(document.getElementById("impaired-fix").textContent, "Tu mamá, tu papá o un adulto a cargo lo puede arreglar ejecutando otra vez installer\\install.ps1.");
});
