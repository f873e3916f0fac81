import { PROTECTION, protectionOf } from "../shared/protection.js";

const STORAGE_KEY = "hostStatus";
const EMPTY = Object.freeze({
  state: "unknown",
  lastError: null,
  since: null,
  dropped: 0,
  modelState: null,
  profile: null,
  pausedUntil: null,
  pinSet: null,
  siteAccess: null,
  privateWindows: null,
  protection: PROTECTION.checking,
});

// One mark a state: "!" for what leaves a child unprotected (amber when the program is at fault, red when the
// browser withholds access), "II" for a parent's pause; the title says what it means and who can fix it.
const BADGES = Object.freeze({
  [PROTECTION.hostUnavailable]: { text: "!", color: "#B45309", title: "badgeUnavailableTitle" },
  [PROTECTION.modelUnavailable]: { text: "!", color: "#B45309", title: "badgeModelUnavailableTitle" },
  [PROTECTION.noSiteAccess]: { text: "!", color: "#B91C1C", title: "badgeNoSiteAccessTitle" },
  [PROTECTION.noPrivateWindows]: { text: "!", color: "#B91C1C", title: "badgeNoPrivateWindowsTitle" },
  [PROTECTION.paused]: { text: "II", color: "#475569", title: "badgePausedTitle" },
});
const NO_BADGE = Object.freeze({ text: "", color: null, title: "actionTitle" });
const badgeOf = (protection) => BADGES[protection] ?? NO_BADGE;

const defined = (value, fallback) => (value === undefined ? fallback : value);

// Kept in storage.session because the service worker can be evicted at any time.
// onChange(next, previous) hears every stored change, so the heartbeat can tell the host at once.
export function createStatusStore({ storage, action, i18n, now = () => new Date(), onChange = () => {} }) {
  let chain = Promise.resolve();
  const serial = (work) => (chain = chain.then(work, work));

  const read = async () => ({ ...EMPTY, ...(await storage.get(STORAGE_KEY))[STORAGE_KEY] });

  const showOnBadge = async (protection) => {
    const badge = badgeOf(protection);
    await action.setBadgeText({ text: badge.text });
    if (badge.color) await action.setBadgeBackgroundColor({ color: badge.color });
    await action.setTitle({ title: i18n.getMessage(badge.title) });
  };

  // Every change goes through here, so the badge always shows the stored protection.
  const save = async (previous, next) => {
    const settled = { ...next, protection: protectionOf(next, now()) };
    await storage.set({ [STORAGE_KEY]: settled });
    if (previous.protection !== settled.protection) await showOnBadge(settled.protection);
    onChange(settled, previous);
    return settled;
  };

  const withFamily = (previous, { profile, pausedUntil, pinSet }) => ({
    profile: defined(profile, previous.profile),
    pausedUntil: defined(pausedUntil, previous.pausedUntil),
    pinSet: defined(pinSet, previous.pinSet),
  });

  // The family fields come with each hello; a lost connection keeps the last ones the host told us.
  const update = ({ state, lastError = null, modelState, ...family }) =>
    serial(async () => {
      const previous = await read();
      return save(previous, {
        ...previous,
        state,
        lastError,
        since: previous.state === state && previous.since ? previous.since : now().toISOString(),
        modelState: modelState ?? previous.modelState,
        ...withFamily(previous, family),
      });
    });

  const updateFamily = (family) =>
    serial(async () => {
      const previous = await read();
      await save(previous, { ...previous, ...withFamily(previous, family) });
    });

  const updateModel = (modelState) =>
    serial(async () => {
      const previous = await read();
      return save(previous, { ...previous, modelState });
    });

  // What the browser allows, from site-access.js readAccess.
  const updateAccess = ({ siteAccess, privateWindows }) =>
    serial(async () => {
      const previous = await read();
      return save(previous, { ...previous, siteAccess, privateWindows });
    });

  const addDropped = (count) =>
    serial(async () => {
      const previous = await read();
      await storage.set({ [STORAGE_KEY]: { ...previous, dropped: previous.dropped + count } });
    });

  return { read: () => serial(read), update, updateFamily, updateModel, updateAccess, addDropped };
}
