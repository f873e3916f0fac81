(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;
  const dom = ns.pageDom;
  ns.adapters = ns.adapters ?? {};
  const kit = ns.adapterKit;

  // TikTok's 2026 direct messages ("dm-new" test ids) on www.tiktok.com/messages; its emotion classes carry a hash, so
  // only data-e2e, ids and data-area are read (docs/sites.md, TikTok).
  const MESSAGES_PATH = /^\/messages(?:\/|$)/;
  const LIST = '[data-e2e="dm-new-message-list"]';
  const ITEM = '[data-e2e="dm-new-chat-item"]';
  const TEXT = '[data-e2e="dm-new-message-text"]';
  const ACTIONS = '[data-area="Actions"]';
  const AVATAR = '[data-e2e="chat-avatar"]';
  const MESSAGE_ID = /^more-action-icon-msg-(\d+)$/;
  const OPEN_CONVERSATION = '[data-e2e="dm-new-conversation-item"][aria-selected="true"]';
  const HANDLE = '[data-e2e="chat-uniqueid"]';
  const NICKNAME = '[data-e2e="dm-new-chat-nickname"]';

  const matches = (location) => location.hostname === "www.tiktok.com";

  const findContainers = (doc) => (MESSAGES_PATH.test(globalThis.location.pathname) ? [...dom.all(doc, LIST)].filter((el) => !kit.isOwnUi(el)) : []);

  // Time separators share the list's virtualised [data-index] rows; only message items are rows.
  const { rowsOf, rowsForNode, findRow } = kit.rowsMatching(ITEM);

  // The bubble and its action icons sit in one flex row that TikTok reverses for the child's own messages; the
  // reversal, not the side it ends on, is what the client sets per sender.
  function directionOf(item) {
    const actions = item.querySelector(ACTIONS);
    if (actions) return dom.view(item.ownerDocument).getComputedStyle(actions).flexDirection === "row-reverse" ? "outgoing" : "incoming";
    return item.querySelector(AVATAR) ? "incoming" : "";
  }

  function messageIdOf(item) {
    for (const el of item.querySelectorAll('[id^="more-action-icon-msg-"]')) {
      const id = MESSAGE_ID.exec(el.id)?.[1];
      if (id) return id;
    }
    return "";
  }

  // The URL carries no conversation: the open row of the inbox does, else the handle in the chat header.
  function conversationOf(doc, handle) {
    const id = dom.one(doc, OPEN_CONVERSATION)?.getAttribute("data-conv-id");
    return `tiktok:${id || handle || "unknown"}`;
  }

  function handleOf(doc) {
    return kit.collapse(dom.one(doc, HANDLE)?.textContent).replace(/^@/, "");
  }

  function extract(item, container, now = () => new Date()) {
    if (kit.isOwnUi(item)) return null;
    const textEl = item.querySelector(TEXT);
    const text = textEl ? kit.textWithEmoji(textEl) : "";
    const direction = text ? directionOf(item) : "";
    if (!direction) return null;
    const doc = container.ownerDocument;
    const handle = handleOf(doc);
    const conversation = conversationOf(doc, handle);
    const contact = handle || kit.collapse(dom.one(doc, NICKNAME)?.textContent);
    const id = messageIdOf(item);
    const rows = rowsOf(container);
    const isSame = (other) => other.querySelector(TEXT) && kit.textWithEmoji(other.querySelector(TEXT)) === text && directionOf(other) === direction;
    const key = id ? `tiktok|${id}` : kit.contentKey({ conversation, contact, direction, text, ordinal: kit.repeatsBefore(rows, rows.indexOf(item), isSame, rows.length) });
    return kit.message({ conversation, contact, direction, text, time: now().toISOString(), key });
  }

  ns.adapters.tiktok = Object.freeze({
    id: "tiktok",
    blockHelpKey: "blockHowTiktok",
    matches,
    findContainers,
    rowsOf,
    findRow,
    rowsForNode,
    extract,
  });
})();
