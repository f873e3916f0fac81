import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { HEARTBEAT_PROTECTION, heartbeatProtection, protectionOf } from "../../extension/src/shared/protection.js";

const NOW = new Date("2026-11-28T15:00:00Z");
const fine = { state: "connected", modelState: "loaded", siteAccess: true, privateWindows: true, pausedUntil: null };

test("protectionOf_EverythingAllowed_IsActive", () => {
  assert.equal(protectionOf(fine, NOW), "active");
});

test("protectionOf_HostUnreachable_WinsOverEverything", () => {
  assert.equal(protectionOf({ ...fine, state: "unavailable", siteAccess: false, modelState: "unavailable" }, NOW), "host_unavailable");
});

test("protectionOf_ModelUnavailable_WinsOverPauseAndAccess", () => {
  const status = { ...fine, modelState: "unavailable", siteAccess: false, pausedUntil: "2026-11-28T16:00:00Z" };
  assert.equal(protectionOf(status, NOW), "model_unavailable");
});

test("protectionOf_ParentPause_WinsOverMissingAccessUntilItEnds", () => {
  const status = { ...fine, siteAccess: false, pausedUntil: "2026-11-28T16:00:00Z" };
  assert.equal(protectionOf(status, NOW), "paused");
  assert.equal(protectionOf(status, new Date("2026-11-28T16:00:01Z")), "no_site_access");
});

test("protectionOf_NoSiteAccess_WinsOverPrivateWindows", () => {
  assert.equal(protectionOf({ ...fine, siteAccess: false, privateWindows: false }, NOW), "no_site_access");
  assert.equal(protectionOf({ ...fine, privateWindows: false }, NOW), "no_private_windows");
});

test("protectionOf_AccessMissingBeforeTheHostAnswers_IsAlreadyKnown", () => {
  assert.equal(protectionOf({ state: "unknown", siteAccess: false }, NOW), "no_site_access");
  assert.equal(protectionOf({ state: "unknown", siteAccess: true, privateWindows: true }, NOW), "checking");
});

test("heartbeatProtection_PausedAndMissingAccess_ReportsTheAccessTheHostCannotSee", () => {
  assert.equal(heartbeatProtection({ ...fine, siteAccess: false, pausedUntil: "2026-11-28T16:00:00Z" }), "no_site_access");
});

test("heartbeatProtection_Words_AreTheOnesTheHostAccepts", () => {
  const hostStates = readFileSync(new URL("../../host/SafeBrowse.Digest/ProtectionStates.cs", import.meta.url), "utf8");
  const hostWords = [...hostStates.matchAll(/public const string \w+ = "([a-z_]+)";/g)].map((match) => match[1]).sort();
  assert.ok(hostWords.length >= 4, `found ${hostWords.length} words in ProtectionStates.cs`);
  assert.deepEqual(Object.values(HEARTBEAT_PROTECTION).sort(), hostWords);
});
