const STORAGE_KEY = "hostStatus";
const EMPTY = Object.freeze({ state: "unknown", lastError: null, since: null, dropped: 0, modelState: null });

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

  const update = ({ state, lastError = null, modelState }) =>
    serial(async () => {
      const previous = await read();
      const next = {
        ...previous,
        state,
        lastError,
        since: previous.state === state && previous.since ? previous.since : now().toISOString(),
        modelState: modelState ?? previous.modelState,
      };
      await storage.set({ [STORAGE_KEY]: next });
      if (previous.state !== state) await showOnBadge(state);
      return next;
    });

  const addDropped = (count) =>
    serial(async () => {
      const previous = await read();
      await storage.set({ [STORAGE_KEY]: { ...previous, dropped: previous.dropped + count } });
    });

  return { read: () => serial(read), update, addDropped };
}
