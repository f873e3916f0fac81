export const HEARTBEAT_ALARM = "heartbeat";
export const HEARTBEAT_MINUTES = 5;

// An alarm, not a timer: the browser wakes an evicted service worker for it, so the host sees a gap only
// when the browser really was not running.
export function createHeartbeat({ alarms, port, installId, log = console }) {
  async function ensureScheduled() {
    // Creating the alarm again would restart its period on every worker wake-up.
    if (await alarms.get(HEARTBEAT_ALARM)) return;
    await alarms.create(HEARTBEAT_ALARM, { delayInMinutes: HEARTBEAT_MINUTES, periodInMinutes: HEARTBEAT_MINUTES });
  }

  async function onAlarm(alarm) {
    if (alarm?.name !== HEARTBEAT_ALARM) return;
    try {
      await port.request("heartbeat", { install: await installId.get() });
    } catch (error) {
      log.warn("SafeBrowse: heartbeat not delivered", error?.code);
    }
  }

  return { ensureScheduled, onAlarm };
}
