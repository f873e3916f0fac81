import assert from "node:assert/strict";
import { test } from "node:test";
import { fakeBackgroundChrome } from "./helpers/fake-background-chrome.js";
import { until } from "./helpers/fake-chrome.js";
import { settle } from "./helpers/fake-timers.js";

// An evicted worker starts again from the top of its script while the browser keeps its alarms: each life here is
// a fresh import of the worker against a fresh chrome that shares the first one's alarms.
async function startWorker(life, alarms) {
  const chrome = fakeBackgroundChrome({ alarms });
  globalThis.chrome = chrome;
  await import(`../../extension/src/background/service-worker.js?life=${life}`);
  await until(() => chrome.alarmsKept.has("heartbeat"));
  await settle();
  return chrome;
}

test("worker_WakesAgain_KeepsTheHeartbeatAlarmItScheduledOnce", async () => {
  const first = await startWorker(1);
  assert.deepEqual(first.created, [{ name: "heartbeat", delayInMinutes: 5, periodInMinutes: 5 }]);

  const second = await startWorker(2, first.alarmsKept);
  assert.deepEqual(second.created, [], "creating it again would restart its period on every wake-up");
});
