import assert from "node:assert/strict";
import { test } from "node:test";
import { createStatusStore } from "../../extension/src/background/status-store.js";

function fakes() {
  const data = {};
  const badge = { text: null, title: null, color: null };
  const storage = {
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => Object.assign(data, structuredClone(items)),
  };
  const action = {
    setBadgeText: async ({ text }) => (badge.text = text),
    setBadgeBackgroundColor: async ({ color }) => (badge.color = color),
    setTitle: async ({ title }) => (badge.title = title),
  };
  const i18n = { getMessage: (key) => `msg:${key}` };
  let clock = Date.parse("2026-11-28T10:00:00Z");
  const now = () => new Date(clock);
  const changes = [];
  const onChange = (next, previous) => changes.push([previous.protection, next.protection]);
  return { data, badge, changes, store: createStatusStore({ storage, action, i18n, now, onChange }), tick: (ms) => (clock += ms) };
}

test("update_Unavailable_StoresInSessionAndShowsBadge", async () => {
  const { data, badge, store } = fakes();
  await store.update({ state: "unavailable", lastError: "Specified native messaging host not found." });
  assert.equal(data.hostStatus.state, "unavailable");
  assert.equal(data.hostStatus.lastError, "Specified native messaging host not found.");
  assert.equal(data.hostStatus.since, "2026-11-28T10:00:00.000Z");
  assert.equal(badge.text, "!");
  assert.equal(badge.title, "msg:badgeUnavailableTitle");
});

test("update_SameStateAgain_KeepsOriginalSince", async () => {
  const { data, store, tick } = fakes();
  await store.update({ state: "unavailable", lastError: "a" });
  tick(60000);
  await store.update({ state: "unavailable", lastError: "b" });
  assert.equal(data.hostStatus.since, "2026-11-28T10:00:00.000Z");
  assert.equal(data.hostStatus.lastError, "b");
});

test("update_BackToConnected_ClearsBadgeAndError", async () => {
  const { data, badge, store } = fakes();
  await store.update({ state: "unavailable", lastError: "gone" });
  await store.update({ state: "connected", modelState: "loaded" });
  assert.equal(badge.text, "");
  assert.equal(badge.title, "msg:actionTitle");
  assert.equal(data.hostStatus.lastError, null);
  assert.equal(data.hostStatus.modelState, "loaded");
});

test("addDropped_Concurrent_CountsEveryDrop", async () => {
  const { store } = fakes();
  await Promise.all([store.addDropped(200), store.addDropped(50), store.update({ state: "unavailable" })]);
  assert.equal((await store.read()).dropped, 250);
});

test("update_HelloWithFamilyFields_KeepsProfilePauseAndPin", async () => {
  const { data, store } = fakes();
  const profile = { name: "Ana", ageBand: "10_12", language: "es", country: "CO" };
  await store.update({ state: "connected", modelState: "loaded", profile, pausedUntil: "2026-11-28T18:30:00Z", pinSet: true });
  assert.deepEqual(data.hostStatus.profile, profile);
  assert.equal(data.hostStatus.pausedUntil, "2026-11-28T18:30:00Z");
  assert.equal(data.hostStatus.pinSet, true);
});

test("update_HostLost_KeepsTheLastFamilyFields", async () => {
  const { data, store } = fakes();
  await store.update({ state: "connected", pausedUntil: "2026-11-28T18:30:00Z", pinSet: true, profile: null });
  await store.update({ state: "unavailable", lastError: "gone" });
  assert.equal(data.hostStatus.pausedUntil, "2026-11-28T18:30:00Z");
  assert.equal(data.hostStatus.pinSet, true);
});

test("updateFamily_ParentResumes_ClearsPauseAndKeepsTheRest", async () => {
  const { data, store } = fakes();
  await store.update({ state: "connected", modelState: "loaded", pausedUntil: "2026-11-28T18:30:00Z", pinSet: true });
  await store.updateFamily({ pausedUntil: null });
  assert.equal(data.hostStatus.pausedUntil, null);
  assert.equal(data.hostStatus.pinSet, true);
  assert.equal(data.hostStatus.state, "connected");
  assert.equal(data.hostStatus.modelState, "loaded");
});

test("updateAccess_SiteAccessWithheld_MarksTheBadgeAndStoresTheProtection", async () => {
  const { data, badge, store } = fakes();
  await store.update({ state: "connected", modelState: "loaded" });
  await store.updateAccess({ siteAccess: false, privateWindows: true });
  assert.equal(data.hostStatus.protection, "no_site_access");
  assert.equal(badge.text, "!");
  assert.equal(badge.color, "#B91C1C");
  assert.equal(badge.title, "msg:badgeNoSiteAccessTitle");
});

test("updateAccess_PrivateWindowsNotAllowed_HasItsOwnTitle", async () => {
  const { badge, store } = fakes();
  await store.update({ state: "connected", modelState: "loaded" });
  await store.updateAccess({ siteAccess: true, privateWindows: false });
  assert.equal(badge.text, "!");
  assert.equal(badge.title, "msg:badgeNoPrivateWindowsTitle");
});

test("update_ModelUnavailable_MarksTheBadgeWithTheModelTitle", async () => {
  const { data, badge, store } = fakes();
  await store.update({ state: "connected", modelState: "unavailable" });
  assert.equal(data.hostStatus.protection, "model_unavailable");
  assert.equal(badge.text, "!");
  assert.equal(badge.title, "msg:badgeModelUnavailableTitle");
});

test("update_ParentPause_ShowsThePauseMark", async () => {
  const { badge, store } = fakes();
  await store.update({ state: "connected", modelState: "loaded", pausedUntil: "2026-11-28T12:00:00Z" });
  assert.equal(badge.text, "II");
  assert.equal(badge.title, "msg:badgePausedTitle");
});

test("updateAccess_AccessGrantedAgain_ClearsTheBadgeAndTellsTheChange", async () => {
  const { badge, changes, store } = fakes();
  await store.update({ state: "connected", modelState: "loaded" });
  await store.updateAccess({ siteAccess: false, privateWindows: true });
  await store.updateAccess({ siteAccess: true, privateWindows: true });
  assert.equal(badge.text, "");
  assert.equal(badge.title, "msg:actionTitle");
  assert.deepEqual(changes.slice(1), [["active", "no_site_access"], ["no_site_access", "active"]]);
});

test("updateModel_ModelFailsAfterTheHello_MarksTheBadge", async () => {
  const { data, badge, store } = fakes();
  await store.update({ state: "connected", modelState: "loading" });
  await store.updateModel("unavailable");
  assert.equal(data.hostStatus.protection, "model_unavailable");
  assert.equal(badge.title, "msg:badgeModelUnavailableTitle");
});
