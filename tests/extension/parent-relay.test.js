import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { createHandlers } from "../../extension/src/background/handlers.js";
import { PortError } from "../../extension/src/background/native-port.js";

const INSTALL = "0f8fad5b-d9cb-469f-a165-70867728950e";
const protocol = readFileSync(new URL("../../docs/protocol.md", import.meta.url), "utf8");
const parentSection = protocol.slice(protocol.indexOf("## Parent types"), protocol.indexOf("### Parent errors"));
const protocolParentTypes = [...parentSection.matchAll(/^\| `(parent\.[a-z-]+)` \|/gm)].map((match) => match[1]);

function setup(request = async (type) => ({ v: 1, id: "r-9", type, ok: true })) {
  const requests = [];
  const family = [];
  const port = { request: (type, fields, options) => (requests.push({ type, fields, options }), request(type, fields)) };
  const statusStore = { updateFamily: async (fields) => family.push(fields) };
  const { extensionHandlers } = createHandlers({ port, statusStore, installId: { get: async () => INSTALL }, log: { warn() {} } });
  const parent = (request) => extensionHandlers.get("options-bg-parent")({ type: "options-bg-parent", request }, {});
  return { parent, requests, family };
}

test("protocol_ParentTypes_AreListed", () => {
  assert.equal(protocolParentTypes.length, 14);
  assert.ok(protocolParentTypes.includes("parent.review"));
  assert.ok(protocolParentTypes.includes("parent.clear-contact"));
  assert.ok(protocolParentTypes.includes("parent.trust-contact"));
});

test("parent_EveryProtocolParentType_IsRelayed", async () => {
  const { parent, requests } = setup();
  for (const type of protocolParentTypes) {
    const response = await parent({ type, session: "s-1" });
    assert.equal(response.ok, true, type);
  }
  assert.deepEqual(requests.map((r) => r.type), protocolParentTypes);
});

test("parent_NonParentTypes_AreRefusedWithoutTouchingTheHost", async () => {
  const { parent, requests } = setup();
  for (const type of ["score", "feedback", "heartbeat", "hello", "parent.unknown", "parent.", "__proto__", "constructor"]) {
    const response = await parent({ type });
    assert.equal(response.ok, false, type);
    assert.equal(response.error.code, "forbidden", type);
  }
  assert.equal((await parent(undefined)).error.code, "forbidden");
  assert.deepEqual(requests, []);
});

test("parent_OverviewAndAssign_GetTheInstallIdFromTheBackground", async () => {
  const { parent, requests } = setup();
  await parent({ type: "parent.overview", session: "s-1", install: "spoofed-install-id-000" });
  await parent({ type: "parent.assign", session: "s-1", profile: "Ana" });
  assert.deepEqual(requests[0].fields, { session: "s-1", install: INSTALL });
  assert.deepEqual(requests[1].fields, { session: "s-1", profile: "Ana", install: INSTALL });
});

test("parent_FieldsOutsideTheProtocol_AreDropped", async () => {
  const { parent, requests } = setup();
  await parent({ type: "parent.pause", session: "s-1", minutes: 30, v: 2, id: "x", install: "nope", extra: true });
  await parent({ type: "parent.unlock", pin: "123456", session: "s-1" });
  assert.deepEqual(requests[0].fields, { session: "s-1", minutes: 30 });
  assert.deepEqual(requests[1].fields, { pin: "123456" });
});

test("parent_HostReply_ComesBackWithoutEnvelopeFields", async () => {
  const { parent } = setup(async () => ({ v: 1, id: "r-3", type: "parent.unlock", ok: true, session: "s-9", expiresInSeconds: 900 }));
  assert.deepEqual(await parent({ type: "parent.unlock", pin: "123456" }), { type: "parent.unlock", ok: true, session: "s-9", expiresInSeconds: 900 });
});

test("parent_PinLocked_ErrorKeepsCodeMessageAndRetryAfter", async () => {
  const { parent } = setup(async () => Promise.reject(new PortError("pin_locked", "try later", { retryAfterSeconds: 60 })));
  const response = await parent({ type: "parent.unlock", pin: "123456" });
  assert.deepEqual(response, { ok: false, type: "error", error: { code: "pin_locked", message: "try later", retryAfterSeconds: 60 } });
});

test("parent_HostAway_WaitsOnlyAShortTimeAndDigestGetsLonger", async () => {
  const { parent, requests } = setup();
  await parent({ type: "parent.status" });
  await parent({ type: "parent.digest", session: "s-1", profile: "Ana", week: "2026-W47", lang: "es" });
  assert.equal(requests[0].options.waitMs, 20000);
  assert.equal(requests[0].options.timeoutMs, undefined);
  assert.equal(requests[1].options.timeoutMs, 30000);
});

test("parent_PauseAndSetPin_UpdateWhatThePopupShows", async () => {
  const { parent, family, requests } = setup(async (type) =>
    type === "parent.pause" ? { ok: true, type, pausedUntil: "2026-11-28T18:30:00Z" } : { ok: true, type, session: "s-1", expiresInSeconds: 900 },
  );
  await parent({ type: "parent.set-pin", pin: "123456", setupCode: "7KQ4-M2XD-9RTA" });
  await parent({ type: "parent.pause", session: "s-1", minutes: 60 });
  assert.deepEqual(family, [{ pinSet: true }, { pausedUntil: "2026-11-28T18:30:00Z" }]);
  assert.deepEqual(requests[0].fields, { pin: "123456", setupCode: "7KQ4-M2XD-9RTA" }, "the first PIN's setup code reaches the host");
});

test("parent_SaveProfileOfThisBrowsersChild_PassesTheNewLanguageOnAtOnce", async () => {
  const heard = [];
  const family = [];
  const statusStore = {
    read: async () => ({ profile: { name: "Sofía", ageBand: "10_12", language: "en", country: "US" } }),
    updateFamily: async (fields) => family.push(fields),
  };
  const port = { request: async (type) => ({ v: 1, id: "r-1", type, ok: true, profiles: [] }) };
  const { extensionHandlers } = createHandlers({ port, statusStore, installId: { get: async () => INSTALL }, onChildProfile: (p) => heard.push(p), log: { warn() {} } });
  const parent = (request) => extensionHandlers.get("options-bg-parent")({ type: "options-bg-parent", request }, {});

  await parent({ type: "parent.save-profile", session: "s", profile: { name: "Tomás", ageBand: "13_15", language: "es", country: "CO" } });
  assert.deepEqual(heard, [], "another child's profile changes nothing here");
  const sofia = { name: "Sofía", ageBand: "10_12", language: "es", country: "CO" };
  await parent({ type: "parent.save-profile", session: "s", profile: sofia });
  await parent({ type: "parent.save-profile", session: "s", profile: { ...sofia, name: "Sofi" }, previousName: "Sofía" });
  assert.deepEqual(heard, [sofia, { ...sofia, name: "Sofi" }]);
  assert.deepEqual(family.at(-1), { profile: { ...sofia, name: "Sofi" } });
});

test("parent_SaveProfileRefusedByTheHost_ChangesNothingHere", async () => {
  const heard = [];
  const statusStore = { read: async () => ({ profile: { name: "Sofía" } }), updateFamily: async () => {} };
  const port = { request: async () => Promise.reject(new PortError("bad_request", "profile invalid")) };
  const { extensionHandlers } = createHandlers({ port, statusStore, installId: { get: async () => INSTALL }, onChildProfile: (p) => heard.push(p), log: { warn() {} } });
  const response = await extensionHandlers.get("options-bg-parent")({ type: "options-bg-parent", request: { type: "parent.save-profile", session: "s", profile: { name: "Sofía", language: "es" } } }, {});
  assert.equal(response.ok, false);
  assert.deepEqual(heard, []);
});
