import assert from "node:assert/strict";
import { test } from "node:test";
import { createHeartbeat } from "../../extension/src/background/heartbeat.js";
import { PortError } from "../../extension/src/background/native-port.js";

const INSTALL = "0f8fad5b-d9cb-469f-a165-70867728950e";

function fakeAlarms() {
  const alarms = new Map();
  const created = [];
  return {
    created,
    get: async (name) => alarms.get(name),
    create: async (name, info) => {
      created.push({ name, ...info });
      alarms.set(name, { name, ...info });
    },
  };
}

function setup({ request = async () => ({ ok: true }), protection } = {}) {
  const modelStates = [];
  const alarms = fakeAlarms();
  const requests = [];
  const warnings = [];
  const port = { request: (type, fields) => (requests.push({ type, fields }), request(type, fields)) };
  const heartbeat = createHeartbeat({
    alarms,
    port,
    installId: { get: async () => INSTALL },
    protection,
    onModelState: (state) => modelStates.push(state),
    log: { warn: (...a) => warnings.push(a) },
  });
  return { alarms, requests, warnings, heartbeat, modelStates };
}

test("heartbeat_EnsureScheduled_CreatesOneAlarmEvery5Minutes", async () => {
  const { alarms, heartbeat } = setup();
  await heartbeat.ensureScheduled();
  assert.deepEqual(alarms.created, [{ name: "heartbeat", delayInMinutes: 5, periodInMinutes: 5 }]);
});

test("heartbeat_WorkerWakesAgain_KeepsTheExistingAlarm", async () => {
  const { alarms, heartbeat } = setup();
  await heartbeat.ensureScheduled();
  await heartbeat.ensureScheduled();
  assert.equal(alarms.created.length, 1);
});

test("heartbeat_AlarmFires_SendsHeartbeatWithInstallThroughThePort", async () => {
  const { requests, heartbeat } = setup();
  await heartbeat.onAlarm({ name: "heartbeat", scheduledTime: 0 });
  assert.deepEqual(requests, [{ type: "heartbeat", fields: { install: INSTALL, protection: "active" } }]);
});

test("heartbeat_SiteAccessMissing_SaysSoInTheBeat", async () => {
  const { requests, heartbeat } = setup({ protection: async () => "no_site_access" });
  await heartbeat.onAlarm({ name: "heartbeat" });
  assert.equal(requests[0].fields.protection, "no_site_access");
});

test("heartbeat_BeatOutsideTheAlarm_SendsOneHeartbeatNow", async () => {
  const { requests, heartbeat } = setup({ protection: async () => "model_unavailable" });
  await heartbeat.beat();
  assert.deepEqual(requests, [{ type: "heartbeat", fields: { install: INSTALL, protection: "model_unavailable" } }]);
});

test("heartbeat_OtherAlarm_SendsNothing", async () => {
  const { requests, heartbeat } = setup();
  await heartbeat.onAlarm({ name: "something-else" });
  assert.deepEqual(requests, []);
});

test("heartbeat_HostUnavailable_IsLoggedNotThrown", async () => {
  const { warnings, heartbeat } = setup({ request: async () => Promise.reject(new PortError("host_unavailable", "gone")) });
  await heartbeat.onAlarm({ name: "heartbeat" });
  assert.equal(warnings.length, 1);
  assert.ok(warnings[0].includes("host_unavailable"));
});

test("heartbeat_ReplySaysModelUnavailable_PassesItOn", async () => {
  const { heartbeat, modelStates } = setup({ request: async () => ({ ok: true, modelState: "unavailable" }) });
  await heartbeat.beat();
  assert.deepEqual(modelStates, ["unavailable"]);
});

test("heartbeat_ReplyWithoutModelState_PassesNothingOn", async () => {
  const { heartbeat, modelStates } = setup();
  await heartbeat.beat();
  assert.deepEqual(modelStates, []);
});
