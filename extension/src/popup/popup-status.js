import { formatTime, isFuture } from "../shared/time-format.js";

const HEADLINES = { connected: "popupOn", unavailable: "popupPaused" };

export function renderStatus(doc, t, status, now = new Date()) {
  const state = status?.state ?? "unknown";
  const parentPause = state === "connected" && isFuture(status?.pausedUntil, now);
  doc.getElementById("status").dataset.state = parentPause ? "parent-pause" : state;
  doc.getElementById("on").hidden = state !== "connected" || parentPause;
  doc.getElementById("paused").hidden = state !== "unavailable";
  doc.getElementById("parent-pause").hidden = !parentPause;
  doc.getElementById("headline").textContent = parentPause
    ? t("popupParentPause", [formatTime(status.pausedUntil, t("localeCode"), now)])
    : t(HEADLINES[state] ?? "popupChecking");
  doc.getElementById("detail").textContent = status?.lastError ? t("popupLastError", [status.lastError]) : "";
}
