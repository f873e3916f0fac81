import { withFixCommands } from "../shared/fix-commands.js";
import { PROTECTION, protectionOf } from "../shared/protection.js";
import { formatTime } from "../shared/time-format.js";

const HEADLINES = {
  [PROTECTION.active]: "popupOn",
  [PROTECTION.hostUnavailable]: "popupPaused",
  [PROTECTION.noSiteAccess]: "popupNoSiteAccess",
  [PROTECTION.noPrivateWindows]: "popupNoPrivateWindows",
  [PROTECTION.modelUnavailable]: "popupModelUnavailable",
};

// What is wrong and who can fix it, for the states where SafeBrowse runs but cannot fully protect.
const IMPAIRED = {
  [PROTECTION.noSiteAccess]: ["popupNoSiteAccessWhy", "popupNoSiteAccessFix"],
  [PROTECTION.noPrivateWindows]: ["popupNoPrivateWindowsWhy", "popupNoPrivateWindowsFix"],
  [PROTECTION.modelUnavailable]: ["popupModelUnavailableWhy", "popupModelUnavailableFix"],
};

// `os` is runtime.getPlatformInfo's: a fix names the command for this computer's system.
export function renderStatus(doc, translate, status, now = new Date(), os = null) {
  const t = withFixCommands(translate, os);
  const state = status?.state ?? "unknown";
  // Worked out again here rather than read from the status: a parent's pause ends with no event to store.
  const protection = status ? protectionOf(status, now) : PROTECTION.checking;
  const parentPause = protection === PROTECTION.paused;
  const impaired = IMPAIRED[protection];
  const section = doc.getElementById("status");
  section.dataset.state = parentPause ? "parent-pause" : state;
  section.dataset.protection = protection;
  doc.getElementById("on").hidden = protection !== PROTECTION.active;
  doc.getElementById("paused").hidden = protection !== PROTECTION.hostUnavailable;
  doc.getElementById("parent-pause").hidden = !parentPause;
  doc.getElementById("impaired").hidden = !impaired;
  doc.getElementById("headline").textContent = parentPause
    ? t("popupParentPause", [formatTime(status.pausedUntil, t("localeCode"), now)])
    : t(HEADLINES[protection] ?? "popupChecking");
  doc.getElementById("impaired-why").textContent = impaired ? t(impaired[0]) : "";
  doc.getElementById("impaired-fix").textContent = impaired ? t(impaired[1]) : "";
  doc.getElementById("paused-fix").textContent = t("popupPausedFix");
  doc.getElementById("detail").textContent = status?.lastError ? t("popupLastError", [status.lastError]) : "";
}
