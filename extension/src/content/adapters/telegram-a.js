(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;
  const dom = ns.pageDom;
  ns.adapters = ns.adapters ?? {};
  const kit = ns.adapterKit;

  // Selectors follow Ajaxy/telegram-tt (Message.tsx, MessageListContent.tsx, FullNameTitle.tsx).
  const MESSAGE_LIST = "#MiddleColumn .MessageList";
  // While a chat slides out, the old list stays in the DOM next to the new one; only the active slide is current.
  const ACTIVE_MESSAGE_LIST = "#MiddleColumn .Transition_slide-active > .MessageList";
  // ActionMessage rows ("joined Telegram", pinned…) share .message-list-item but not the .Message class.
  const MESSAGE_ROW = ".Message.message-list-item[data-message-id]";
  const TEXT = ".text-content";
  const NOT_TEXT = ".MessageMeta, .Reactions, .translation-animation, .message-title";
  const SENDER_NAME = ".message-title-name";
  const NOT_NAME = "i, svg, .custom-emoji";
  const FORWARDED = ".forwarded-message";
  const CHAT_TITLE = "#MiddleColumn .MiddleHeader .ChatInfo .fullName";
  const MAX_AUTHOR_WALK = 200;

  const matches = (location) => location.hostname === "web.telegram.org" && location.pathname.startsWith("/a/");

  function findContainers(doc) {
    const active = [...dom.all(doc, ACTIVE_MESSAGE_LIST)];
    return active.length > 0 ? active : [...dom.all(doc, MESSAGE_LIST)];
  }

  const { rowsOf, rowsForNode, findRow } = kit.rowsMatching(MESSAGE_ROW);

  function conversationOf(doc) {
    const chatId = decodeURIComponent(globalThis.location.hash.replace(/^#/, ""));
    // Clipped here too: the key is built on it, and a clipped key must still end in the message id.
    return kit.clip(`telegram-a:${chatId || kit.collapse(dom.one(doc, CHAT_TITLE)?.textContent) || "unknown"}`, kit.LIMITS.conversation);
  }

  const isOwn = (row) => row.classList.contains("own");

  // A forwarded message names its original author, who is not the one talking in this chat.
  function ownSenderName(row) {
    const name = row.querySelector(FORWARDED) ? null : row.querySelector(SENDER_NAME);
    return name ? kit.textWithEmoji(name, NOT_NAME) : "";
  }

  // Group chats name the sender only on the first message of each run, so later rows inherit it.
  function groupAuthorOf(row, container) {
    const rows = rowsOf(container);
    const index = rows.indexOf(row);
    for (let i = index; i >= 0 && index - i < MAX_AUTHOR_WALK; i -= 1) {
      if (isOwn(rows[i])) return "";
      const name = ownSenderName(rows[i]);
      if (name) return name;
    }
    return "";
  }

  function extract(row, container, now = () => new Date()) {
    const id = row.getAttribute("data-message-id") ?? "";
    // Local ids (e.g. "1203.0001") are replaced by the server id once sent; reading then avoids a second copy.
    if (!/^\d+$/.test(id)) return null;
    const textEl = row.querySelector(TEXT);
    const text = textEl ? kit.textWithEmoji(textEl, NOT_TEXT) : "";
    if (!text) return null;
    const doc = row.ownerDocument;
    const conversation = conversationOf(doc);
    const direction = isOwn(row) ? "outgoing" : "incoming";
    const chatTitle = kit.collapse(dom.one(doc, CHAT_TITLE)?.textContent);
    const author = direction === "incoming" ? groupAuthorOf(row, container) : "";
    return kit.message({
      conversation,
      contact: author || chatTitle,
      direction,
      text,
      time: now().toISOString(),
      key: `${conversation}|${id}`,
    });
  }

  ns.adapters["telegram-a"] = Object.freeze({
    id: "telegram-a",
    blockHelpKey: "blockHowTelegram",
    matches,
    findContainers,
    rowsOf,
    findRow,
    rowsForNode,
    extract,
  });
})();
