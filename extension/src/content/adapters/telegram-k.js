(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;
  const dom = ns.pageDom;
  ns.adapters = ns.adapters ?? {};
  const kit = ns.adapterKit;

  // Telegram Web K (morethanwords/tweb) names its elements plainly; these are from its chat/bubbles.ts (site-dom.md §5).
  const CONTAINER = ".chat.tabs-tab.active .bubbles .bubbles-inner";
  const ROW = ".bubble[data-mid]";
  const TEXT = ".message .translatable-message, .message";
  const NOT_TEXT = ".time, .time-inner, .reactions, .bubble-name-rank";
  const GROUP_AUTHOR = ".name .peer-title[data-peer-id], .bubbles-group-avatar[data-peer-id]";
  const CHAT_TITLE = ".chat.tabs-tab.active .chat-info .peer-title";

  const matches = (location) => location.hostname === "web.telegram.org" && location.pathname.startsWith("/k/");

  const findContainers = (doc) => [...dom.all(doc, CONTAINER)].filter((el) => !kit.isOwnUi(el));

  const { rowsOf, rowsForNode, findRow } = kit.rowsMatching(ROW);

  // A message being sent has a temporary id (fractional, or negative in older builds) until tweb rewrites data-mid
  // on the same node: it is read once, under the server's id.
  const isSent = (mid) => /^\d+$/.test(mid) && mid !== "0";

  // tweb groups a sender's run in one .bubbles-group; only its first bubble shows the name.
  function authorOf(row) {
    const own = row.querySelector(".name .peer-title");
    if (own) return kit.collapse(own.textContent);
    const group = row.closest(".bubbles-group");
    const first = group?.querySelector(".name .peer-title");
    return kit.collapse(first?.textContent);
  }

  function extract(row, container) {
    const mid = row.getAttribute("data-mid") ?? "";
    if (row.classList.contains("service") || row.classList.contains("is-date") || !isSent(mid) || kit.isOwnUi(row)) return null;
    const textEl = row.querySelector(TEXT);
    const text = textEl ? kit.textWithEmoji(textEl, NOT_TEXT) : "";
    if (!text) return null;
    const peer = row.getAttribute("data-peer-id") ?? "";
    const direction = row.classList.contains("is-out") ? "outgoing" : "incoming";
    const title = kit.collapse(dom.one(container.ownerDocument, CHAT_TITLE)?.textContent);
    const isGroup = peer.startsWith("-") || row.querySelector(GROUP_AUTHOR) !== null;
    const author = direction === "incoming" && isGroup ? authorOf(row) : "";
    const timestamp = Number(row.getAttribute("data-timestamp"));
    return kit.message({
      conversation: `telegram:${peer || globalThis.location.hash.slice(1)}`,
      contact: author || title,
      direction,
      text,
      time: kit.isoTime(Number.isFinite(timestamp) && timestamp > 0 ? timestamp : undefined),
      key: `telegram|${peer}|${mid}`,
    });
  }

  ns.adapters["telegram-k"] = Object.freeze({
    id: "telegram-k",
    blockHelpKey: "blockHowTelegram",
    watchedAttributes: Object.freeze(["data-mid"]),
    matches,
    findContainers,
    rowsOf,
    findRow,
    rowsForNode,
    extract,
  });
})();
