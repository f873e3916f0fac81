import assert from "node:assert/strict";
import { test } from "node:test";
import { createStatusStore } from "../../extension/src/background/status-store.js";

function fakes() {
  const data = {};
  const badge = { text: null, title: null };
  const storage = {
    get: async (key) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items) => Object.assign(data, structuredClone(items)),
  };
  const action = {
    setBadgeText: async ({ text }) => (badge.text = text),
    setBadgeBackgroundColor: async () => {},
    setTitle: async ({ title }) => (badge.title = title),
  };
  const i18n = { getMessage: (key) => `msg:${key}` };
  let clock = Date.parse("2026-11-28T10:00:00Z");
  const now = () => new Date(clock);
  return { data, badge, store: createStatusStore({ storage, action, i18n, now }), tick: (ms) => (clock += ms) };
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
