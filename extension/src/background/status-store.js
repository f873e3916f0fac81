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
});

const defined = (value, fallback) => (value === undefined ? fallback : value);

// Kept in storage.session because the service worker can be evicted at any time.
export function createStatusStore({ storage, action, i18n, now = () => new Date() }) {
  let chain = Promise.resolve();
  const serial = (work) => (chain = chain.then(work, work));

  const read = async () => ({ ...EMPTY, ...(await storage.get(STORAGE_KEY))[STORAGE_KEY] });

  const showOnBadge = async (state) => {
    const unavailable = state === "unavailable";
    await action.setBadgeText({ text: unavailable ? "!" : "" });
    if (unavailable) await action.setBadgeBackgroundColor({ color: "#B45309" });
    await action.setTitle({ title: i18n.getMessage(unavailable ? "badgeUnavailableTitle" : "actionTitle") });
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
      const next = {
        ...previous,
        state,
        lastError,
        since: previous.state === state && previous.since ? previous.since : now().toISOString(),
        modelState: modelState ?? previous.modelState,
        ...withFamily(previous, family),
      };
      await storage.set({ [STORAGE_KEY]: next });
      if (previous.state !== state) await showOnBadge(state);
      return next;
    });

  const updateFamily = (family) =>
    serial(async () => {
      const previous = await read();
      await storage.set({ [STORAGE_KEY]: { ...previous, ...withFamily(previous, family) } });
    });

  const addDropped = (count) =>
    serial(async () => {
      const previous = await read();
      await storage.set({ [STORAGE_KEY]: { ...previous, dropped: previous.dropped + count } });
    });

  return { read: () => serial(read), update, updateFamily, addDropped };
}
