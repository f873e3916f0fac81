import { HEARTBEAT_PROTECTION } from "../shared/protection.js";

export const HEARTBEAT_ALARM = "heartbeat";
export const HEARTBEAT_MINUTES = 5;

// An alarm, not a timer: the browser wakes an evicted service worker for it, so the host sees a gap only
// when the browser really was not running. Each beat says how well SafeBrowse is protecting, so the digest can name
// the times it ran but could not (protection.js).
export function createHeartbeat({
  alarms,
  port,
  installId,
  protection = async () => HEARTBEAT_PROTECTION.active,
  onModelState = () => {},
  log = console,
}) {
  async function ensureScheduled() {
    // Creating the alarm again would restart its period on every worker wake-up.
    if (await alarms.get(HEARTBEAT_ALARM)) return;
    await alarms.create(HEARTBEAT_ALARM, { delayInMinutes: HEARTBEAT_MINUTES, periodInMinutes: HEARTBEAT_MINUTES });
  }

  // Also called when protection changes, so an impaired span starts when it did, not at the next alarm.
  async function beat() {
    try {
      const reply = await port.request("heartbeat", { install: await installId.get(), protection: await protection() });
      // A model that failed after the hello is news only the reply brings.
      if (typeof reply?.modelState === "string") await onModelState(reply.modelState);
    } catch (error) {
      log.warn("SafeBrowse: heartbeat not delivered", error?.code);
    }
  }

  async function onAlarm(alarm) {
    if (alarm?.name !== HEARTBEAT_ALARM) return;
    await beat();
  }

  return { ensureScheduled, onAlarm, beat };
}
