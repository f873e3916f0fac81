import { isFuture } from "./time-format.js";

// The words a heartbeat carries (docs/protocol.md, heartbeat); the host keeps the same list in ProtectionStates.cs
// and refuses any other word.
export const HEARTBEAT_PROTECTION = Object.freeze({
  active: "active",
  noSiteAccess: "no_site_access",
  noPrivateWindows: "no_private_windows",
  modelUnavailable: "model_unavailable",
});

// What the badge and the popup tell, the heartbeat words plus what the host cannot be told: that it is unreachable,
// and the parent's pause, which it already knows.
export const PROTECTION = Object.freeze({
  ...HEARTBEAT_PROTECTION,
  checking: "checking",
  hostUnavailable: "host_unavailable",
  paused: "paused",
});

// What the host reports and what the browser allows, in one word. When the host is up, an unloaded model stops all
// scoring, missing site access stops it on the sites withheld, and closed private windows leave only those unwatched.
export function heartbeatProtection(status) {
  if (status.modelState === "unavailable") return HEARTBEAT_PROTECTION.modelUnavailable;
  if (status.siteAccess === false) return HEARTBEAT_PROTECTION.noSiteAccess;
  if (status.privateWindows === false) return HEARTBEAT_PROTECTION.noPrivateWindows;
  return HEARTBEAT_PROTECTION.active;
}

// The worst of them wins the badge: nothing runs without the host, and a parent's pause is a choice, not a fault.
export function protectionOf(status, now = new Date()) {
  if (status.state === "unavailable") return PROTECTION.hostUnavailable;
  const reported = heartbeatProtection(status);
  if (reported === HEARTBEAT_PROTECTION.modelUnavailable) return reported;
  if (status.state === "connected" && isFuture(status.pausedUntil, now)) return PROTECTION.paused;
  if (reported !== HEARTBEAT_PROTECTION.active) return reported;
  return status.state === "connected" ? PROTECTION.active : PROTECTION.checking;
}
