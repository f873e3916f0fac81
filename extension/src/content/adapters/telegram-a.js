(() => {
  "use strict";
  const ns = (globalThis.SafeBrowse = globalThis.SafeBrowse ?? {});
  ns.adapters = ns.adapters ?? {};

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
  const LIMITS = { conversation: 256, contact: 256, key: 512 };

  const collapse = (text) => String(text ?? "").replace(/\s+/g, " ").trim();
  const clip = (text, max) => (text.length > max ? text.slice(0, max) : text);

  // Emoji are <img class="emoji" alt="😀">: their alt is part of what was written.
  function textWithEmoji(root, skipped) {
    const parts = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) parts.push(child.nodeValue);
        else if (child.nodeType !== 1 || child.matches(skipped)) continue;
        else if (child.tagName === "IMG") parts.push(child.getAttribute("alt") ?? "");
        else walk(child);
      }
    };
    walk(root);
    return collapse(parts.join(""));
  }

  const matches = (location) => location.hostname === "web.telegram.org" && location.pathname.startsWith("/a/");

  function findContainers(doc) {
    const active = [...doc.querySelectorAll(ACTIVE_MESSAGE_LIST)];
    return active.length > 0 ? active : [...doc.querySelectorAll(MESSAGE_LIST)];
  }

  const rowsOf = (container) => [...container.querySelectorAll(MESSAGE_ROW)];

  function rowsForNode(node, containers) {
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return [];
    const rows = new Set();
    for (const container of containers) {
      if (el.contains(container)) {
        for (const row of rowsOf(container)) rows.add(row);
        continue;
      }
      if (!container.contains(el)) continue;
      const row = el.closest(MESSAGE_ROW);
      if (row) rows.add(row);
      else for (const inner of el.querySelectorAll(MESSAGE_ROW)) rows.add(inner);
    }
    return [...rows];
  }

  function conversationOf(doc) {
    const chatId = decodeURIComponent(globalThis.location.hash.replace(/^#/, ""));
    return clip(`telegram-a:${chatId || collapse(doc.querySelector(CHAT_TITLE)?.textContent) || "unknown"}`, LIMITS.conversation);
  }

  const isOwn = (row) => row.classList.contains("own");

  // A forwarded message names its original author, who is not the one talking in this chat.
  function ownSenderName(row) {
    const name = row.querySelector(FORWARDED) ? null : row.querySelector(SENDER_NAME);
    return name ? textWithEmoji(name, NOT_NAME) : "";
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
    const text = textEl ? textWithEmoji(textEl, NOT_TEXT) : "";
    if (!text) return null;
    const doc = row.ownerDocument;
    const conversation = conversationOf(doc);
    const direction = isOwn(row) ? "outgoing" : "incoming";
    const chatTitle = collapse(doc.querySelector(CHAT_TITLE)?.textContent);
    const author = direction === "incoming" ? groupAuthorOf(row, container) : "";
    return {
      conversation,
      contact: clip(author || chatTitle || "unknown", LIMITS.contact),
      direction,
      text,
      time: now().toISOString(),
      key: clip(`${conversation}|${id}`, LIMITS.key),
    };
  }

  ns.adapters["telegram-a"] = Object.freeze({
    id: "telegram-a",
    blockHelpKey: "blockHowTelegram",
    matches,
    findContainers,
    rowsOf,
    rowsForNode,
    extract,
  });
})();
