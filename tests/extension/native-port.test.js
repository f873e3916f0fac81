import assert from "node:assert/strict";
import { test } from "node:test";
import { PortError, createNativePort } from "../../extension/src/background/native-port.js";
import { FakePort } from "./helpers/fake-native-port.js";
import { FakeTimers, settle } from "./helpers/fake-timers.js";

const quiet = { info() {}, warn() {} };

function setup(options = {}) {
  const timers = new FakeTimers();
  const ports = [];
  const statuses = [];
  const drops = [];
  let lastError;
  const port = createNativePort({
    connectNative: (name) => {
      assert.equal(name, "org.safebrowse.host");
      const fake = new FakePort();
      ports.push(fake);
      return fake;
    },
    getLastError: () => lastError,
    timers,
    onStatus: (status) => statuses.push(status),
    onDrop: (count) => drops.push(count),
    log: quiet,
    ...options,
  });
  return { port, timers, ports, statuses, drops, setLastError: (m) => (lastError = m) };
}

const scoreFields = (count) => ({
  site: "127.0.0.1",
  messages: Array.from({ length: count }, (_, i) => ({ conversation: "c", contact: "a", direction: "incoming", text: "t", key: `k${i}` })),
});

test("request_FirstUse_OpensPortLazilyAndSendsHelloFirst", async () => {
  const { port, ports, statuses } = setup();
  assert.equal(ports.length, 0);
  const reply = port.request("score", scoreFields(1));
  await settle();
  assert.equal(ports.length, 1);
  assert.deepEqual(ports[0].posted.map((m) => m.type), ["hello"]);
  assert.equal(ports[0].posted[0].v, 1);
  ports[0].answerHello();
  await settle();
  const score = ports[0].posted[1];
  assert.equal(score.type, "score");
  assert.notEqual(score.id, ports[0].posted[0].id);
  ports[0].reply({ v: 1, id: score.id, type: "score", ok: true, decisions: [{ conversation: "c", level: "notice" }] });
  assert.equal((await reply).decisions[0].level, "notice");
  assert.deepEqual(statuses.at(-1), { state: "connected", modelState: "loading", profile: null, pausedUntil: null, pinSet: null });
});

test("request_HostNeverAnswersHello_TimesOutAfter15Seconds", async () => {
  const { port, timers, statuses } = setup();
  port.ensureConnected();
  await timers.advance(14999);
  assert.equal(statuses.length, 0);
  await timers.advance(1);
  assert.equal(statuses.at(-1).state, "unavailable");
  assert.match(statuses.at(-1).lastError, /hello failed: timeout/);
});

test("request_ScoreUnanswered_RejectsWithTimeoutAfter10Seconds", async () => {
  const { port, timers, ports } = setup();
  const reply = port.request("score", scoreFields(1));
  const outcome = reply.then(() => "resolved", (error) => error.code);
  await settle();
  ports[0].answerHello();
  await timers.advance(9999);
  assert.equal(await Promise.race([outcome, Promise.resolve("pending")]), "pending");
  await timers.advance(1);
  assert.equal(await outcome, "timeout");
});

test("request_HostErrorFrame_RejectsWithItsCode", async () => {
  const { port, ports } = setup();
  const reply = port.request("score", scoreFields(1));
  await settle();
  ports[0].answerHello();
  await settle();
  const score = ports[0].posted[1];
  ports[0].reply({ v: 1, id: score.id, type: "error", ok: false, error: { code: "bad_request", message: "messages[0].key is empty" } });
  await assert.rejects(reply, { code: "bad_request" });
});

test("disconnect_HostMissing_RejectsPendingAndRecordsLastError", async () => {
  const { port, ports, statuses, setLastError } = setup();
  port.ensureConnected();
  setLastError("Specified native messaging host not found.");
  ports[0].dropByBrowser();
  assert.deepEqual(statuses.at(-1), { state: "unavailable", lastError: "Specified native messaging host not found." });
  assert.equal(port.phase, "idle");
});

test("disconnect_InflightScore_IsRejectedAsUnavailable", async () => {
  const { port, ports } = setup();
  const reply = port.request("score", scoreFields(1));
  await settle();
  ports[0].answerHello();
  await settle();
  ports[0].dropByBrowser();
  await assert.rejects(reply, { code: "host_unavailable" });
});

test("reconnect_WhileWorkIsQueued_BacksOffExponentiallyUpTo60s", async () => {
  const { port, timers, ports } = setup({ queueTimeoutMs: 10 * 60 * 1000 });
  port.request("score", scoreFields(1)).catch(() => {});
  await settle();
  const attemptTimes = [timers.now];
  for (let attempt = 0; attempt < 8; attempt += 1) {
    ports.at(-1).dropByBrowser();
    const before = ports.length;
    while (ports.length === before) await timers.advance(100);
    attemptTimes.push(timers.now);
  }
  const gaps = attemptTimes.slice(1).map((t, i) => t - attemptTimes[i]);
  assert.deepEqual(gaps, [1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
});

test("reconnect_HostComesBack_QueuedWorkIsDeliveredAndBackoffResets", async () => {
  const { port, timers, ports, statuses } = setup();
  const reply = port.request("score", scoreFields(2));
  await settle();
  ports[0].dropByBrowser();
  await timers.advance(1000);
  assert.equal(ports.length, 2);
  ports[1].answerHello();
  await settle();
  const score = ports[1].posted.find((m) => m.type === "score");
  assert.equal(score.messages.length, 2);
  ports[1].reply({ v: 1, id: score.id, type: "score", ok: true, decisions: [] });
  assert.deepEqual((await reply).decisions, []);
  assert.equal(statuses.at(-1).state, "connected");
  assert.equal(port.nextBackoffMs, 1000);
});

test("reconnect_NoWorkLeft_StopsRetrying", async () => {
  const { port, timers, ports } = setup();
  port.ensureConnected();
  ports[0].dropByBrowser();
  await timers.advance(120000);
  assert.equal(ports.length, 1);
  assert.equal(timers.pending, 0);
});

test("queue_OverTheBound_DropsOldestAndCountsDrops", async () => {
  const { port, ports, drops } = setup({ maxQueuedMessages: 1000 });
  const first = port.request("score", scoreFields(200));
  const outcomes = [first.then(() => "ok", (e) => e.code)];
  for (let i = 0; i < 5; i += 1) port.request("score", scoreFields(200)).catch(() => {});
  assert.equal(port.queuedMessages, 1000);
  assert.deepEqual(drops, [200]);
  assert.equal(await outcomes[0], "queue_full");
  await settle();
  assert.equal(ports[0].posted.length, 1);
});

test("queue_HostAwayTooLong_RejectsQueuedRequest", async () => {
  const { port, timers, ports } = setup({ queueTimeoutMs: 5000 });
  const reply = port.request("score", scoreFields(1)).then(() => "ok", (e) => e.code);
  await settle();
  ports[0].dropByBrowser();
  await timers.advance(5000);
  assert.equal(await reply, "host_unavailable");
  assert.equal(port.queuedMessages, 0);
});

test("postMessage_Throws_IsCaughtMarksUnavailableAndKeepsLaterWorkQueued", async () => {
  const { port, timers, ports, statuses } = setup();
  const first = port.request("score", scoreFields(1));
  await settle();
  const second = port.request("score", scoreFields(3));
  ports[0].answerHello();
  ports[0].disconnected = true;
  await assert.rejects(first, { code: "host_unavailable" });
  assert.equal(statuses.at(-1).state, "unavailable");
  assert.equal(port.queuedMessages, 3);
  await timers.advance(1000);
  ports[1].answerHello();
  await settle();
  const score = ports[1].posted.find((m) => m.type === "score");
  ports[1].reply({ v: 1, id: score.id, type: "score", ok: true, decisions: [] });
  assert.deepEqual((await second).decisions, []);
});

test("timeouts_RepeatedWhileConnected_RecycleThePort", async () => {
  const { port, timers, ports } = setup();
  port.ensureConnected();
  await settle();
  ports[0].answerHello();
  await settle();
  for (let i = 0; i < 3; i += 1) port.request("score", scoreFields(1)).catch(() => {});
  await timers.advance(10000);
  assert.equal(ports[0].disconnected, true);
  assert.equal(port.phase, "idle");
});

test("hello_WithHelloFields_CarriesInstallAndLanguage", async () => {
  const { port, ports } = setup({ helloFields: async () => ({ install: "0f8fad5b-d9cb-469f-a165-70867728950e", language: "es" }) });
  port.ensureConnected();
  await settle();
  const hello = ports[0].posted[0];
  assert.equal(hello.type, "hello");
  assert.equal(hello.install, "0f8fad5b-d9cb-469f-a165-70867728950e");
  assert.equal(hello.language, "es");
});

test("hello_HelloFieldsFail_StillSaysHello", async () => {
  const { port, ports } = setup({ helloFields: async () => Promise.reject(new Error("storage unavailable")) });
  port.ensureConnected();
  await settle();
  assert.deepEqual(ports[0].posted.map((m) => m.type), ["hello"]);
});

test("hello_ReplyWithFamilyFields_ReportsProfilePauseAndPin", async () => {
  const { port, ports, statuses } = setup();
  port.ensureConnected();
  await settle();
  const hello = ports[0].posted[0];
  const profile = { name: "Ana", ageBand: "10_12", language: "es", country: "CO" };
  ports[0].reply({ v: 1, id: hello.id, type: "hello", ok: true, modelState: "loaded", profile, pausedUntil: "2026-11-28T18:30:00Z", pinSet: true });
  await settle();
  assert.deepEqual(statuses.at(-1), { state: "connected", modelState: "loaded", profile, pausedUntil: "2026-11-28T18:30:00Z", pinSet: true });
});

test("request_ErrorFrameWithRetryAfter_KeepsRetryAfterSeconds", async () => {
  const { port, ports } = setup();
  const reply = port.request("parent.unlock", { pin: "wrong-pin" });
  await settle();
  ports[0].answerHello();
  await settle();
  const unlock = ports[0].posted.find((m) => m.type === "parent.unlock");
  ports[0].reply({ v: 1, id: unlock.id, type: "error", ok: false, error: { code: "pin_locked", message: "wait", retryAfterSeconds: 45 } });
  await assert.rejects(reply, (error) => error instanceof PortError && error.code === "pin_locked" && error.retryAfterSeconds === 45);
});

test("request_ErrorFrameWithoutRetryAfter_HasNoRetryAfterSeconds", async () => {
  const { port, ports } = setup();
  const reply = port.request("parent.overview", {});
  await settle();
  ports[0].answerHello();
  await settle();
  const overview = ports[0].posted.find((m) => m.type === "parent.overview");
  ports[0].reply({ v: 1, id: overview.id, type: "error", ok: false, error: { code: "session_required", message: "no session" } });
  await assert.rejects(reply, (error) => error.code === "session_required" && !("retryAfterSeconds" in error));
});

test("request_OwnWaitLimit_GivesUpOnAnAbsentHostSooner", async () => {
  const { port, timers, ports } = setup();
  const reply = port.request("parent.status", {}, { waitMs: 20000 }).then(() => "ok", (e) => e.code);
  await settle();
  ports[0].dropByBrowser();
  await timers.advance(20000);
  assert.equal(await reply, "host_unavailable");
});

// Connected and greeted, so each request goes straight to the host.
async function connected(setupResult) {
  const { port, ports } = setupResult;
  port.ensureConnected();
  await settle();
  ports.at(-1).answerHello();
  await settle();
}

const scoresOn = (fake) => fake.posted.filter((m) => m.type === "score");
const resendable = { resendOnDrop: true };

test("drop_ScoreInFlight_IsResentOnceToTheNextHostAndAnswersTheCaller", async () => {
  const context = setup();
  const { port, timers, ports } = context;
  await connected(context);
  const reply = port.request("score", scoreFields(3), resendable);
  const unlock = port.request("parent.unlock", { pin: "123456" }).then(() => "ok", (e) => e.code);
  await settle();
  const first = scoresOn(ports[0])[0];
  ports[0].dropByBrowser();
  assert.equal(await unlock, "host_unavailable");
  await timers.advance(1000);
  ports[1].answerHello();
  await settle();
  const resent = scoresOn(ports[1]);
  assert.equal(resent.length, 1);
  assert.notEqual(resent[0].id, first.id);
  assert.deepEqual(resent[0].messages, first.messages);
  assert.equal(ports[1].posted.some((m) => m.type === "parent.unlock"), false);
  ports[1].reply({ v: 1, id: resent[0].id, type: "score", ok: true, decisions: [{ conversation: "c", level: "alert" }] });
  assert.equal((await reply).decisions[0].level, "alert");
});

test("drop_AnsweredScore_IsNeverSentAgain", async () => {
  const context = setup();
  const { port, timers, ports } = context;
  await connected(context);
  const answered = port.request("score", scoreFields(1), resendable);
  port.request("score", scoreFields(2), resendable).catch(() => {});
  await settle();
  const [first, second] = scoresOn(ports[0]);
  ports[0].reply({ v: 1, id: first.id, type: "score", ok: true, decisions: [] });
  await answered;
  ports[0].dropByBrowser();
  await timers.advance(1000);
  ports[1].answerHello();
  await settle();
  assert.deepEqual(scoresOn(ports[1]).map((m) => m.messages.length), [second.messages.length]);
});

test("drop_ResentScoreDroppedAgain_IsRejectedNotSentAThirdTime", async () => {
  const context = setup();
  const { port, timers, ports } = context;
  await connected(context);
  const reply = port.request("score", scoreFields(1), resendable).then(() => "ok", (e) => e.code);
  await settle();
  ports[0].dropByBrowser();
  await timers.advance(1000);
  ports[1].answerHello();
  await settle();
  assert.equal(scoresOn(ports[1]).length, 1);
  ports[1].dropByBrowser();
  assert.equal(await reply, "host_unavailable");
  await timers.advance(60000);
  assert.equal(ports.length, 2, "no work left, so no reconnect");
});

test("drop_ResentScores_GoBeforeLaterWorkInTheOrderTheyWereSent", async () => {
  const context = setup();
  const { port, timers, ports } = context;
  await connected(context);
  port.request("score", scoreFields(1), resendable).catch(() => {});
  port.request("score", scoreFields(2), resendable).catch(() => {});
  await settle();
  ports[0].dropByBrowser();
  port.request("score", scoreFields(3), resendable).catch(() => {});
  await timers.advance(1000);
  ports[1].answerHello();
  await settle();
  assert.deepEqual(scoresOn(ports[1]).map((m) => m.messages.length), [1, 2, 3]);
});

test("drop_ResentWorkOverTheQueueBound_DropsTheOldest", async () => {
  const context = setup({ maxQueuedMessages: 300 });
  const { port, ports, drops } = context;
  await connected(context);
  const oldest = port.request("score", scoreFields(200), resendable).then(() => "ok", (e) => e.code);
  port.request("score", scoreFields(200), resendable).catch(() => {});
  await settle();
  ports[0].dropByBrowser();
  assert.equal(await oldest, "queue_full");
  assert.deepEqual(drops, [200]);
  assert.equal(port.queuedMessages, 200);
});

test("queue_OverTheBound_DropsFromTheBusiestTabFirst", async () => {
  const { port, ports, drops } = setup({ maxQueuedMessages: 1000 });
  const quietTab = port.request("score", scoreFields(50), { owner: 2 }).then(() => "ok", (e) => e.code);
  for (let i = 0; i < 6; i += 1) port.request("score", scoreFields(200), { owner: 1 }).catch(() => {});
  await settle();
  assert.deepEqual(drops, [200, 200]);
  assert.equal(port.queuedMessages, 850);
  ports[0].answerHello();
  await settle();
  const quiet = scoresOn(ports[0]).find((m) => m.messages.length === 50);
  ports[0].reply({ v: 1, id: quiet.id, type: "score", ok: true, decisions: [] });
  assert.equal(await quietTab, "ok");
});
