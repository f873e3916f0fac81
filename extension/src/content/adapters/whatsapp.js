(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;
  const dom = ns.pageDom;
  ns.adapters = ns.adapters ?? {};
  const kit = ns.adapterKit;

  // WhatsApp Web's hashed classes rotate; these are its test ids, roles, data attributes and the two stable
  // message-in/out classes (see /work/shared/research/site-dom.md §1).
  const CONTAINER = '#main [data-testid="conversation-panel-messages"], #main [data-scrolltracepolicy="wa.web.conversation.messages"]';
  const ROW = '[role="row"]';
  const MESSAGE = "[data-id]";
  const BUBBLE = ".message-in, .message-out";
  const TEXT = "span.selectable-text.copyable-text";
  const META = "[data-pre-plain-text]";
  const CHAT_TITLE = '#main header span[dir="auto"][title]';
  // data-id is "<fromMe>_<chat jid>_<message id>", with "_<author jid>" after it on group messages.
  const DATA_ID = /^(true|false)_([^_]+)_([^_]+)/;
  // data-pre-plain-text is "[<time>, <date>] <author>: " in the user's locale.
  const PRE_PLAIN_TEXT = /^\[([^\]]*)\]\s*(.*?):\s*$/;

  const matches = (location) => location.hostname === "web.whatsapp.com";

  const findContainers = (doc) => [...new Set(dom.all(doc, CONTAINER))].filter((el) => !kit.isOwnUi(el));

  const rowsOf = (container) => [...container.querySelectorAll(ROW)];

  const rowsForNode = (node, containers) => kit.rowsTouched(node, containers, ROW, rowsOf);

  // "4:08 PM, 11/28/2026" read by hand: Date's parser for such strings costs more than the rest of a row together.
  const STAMP = /^(\d{1,2}):(\d{2})(?:\s*([AP])\.?\s?M\.?)?,\s*(\d{1,2})\/(\d{1,2})\/(\d{4})$/i;

  // Rows sent in the same minute share their stamp, and a local date costs more than the rest of the reading.
  let lastStamp = { stamp: null, time: null };
  function timeOf(stamp) {
    if (stamp === lastStamp.stamp) return lastStamp.time;
    const parts = STAMP.exec(stamp.trim());
    if (!parts) return kit.isoTime(undefined);
    const [, hour, minute, half, month, day, year] = parts;
    const hours = half ? (Number(hour) % 12) + (half.toUpperCase() === "P" ? 12 : 0) : Number(hour);
    const time = kit.isoTime(new Date(Number(year), Number(month) - 1, Number(day), hours, Number(minute)).getTime());
    lastStamp = { stamp, time };
    return time;
  }

  // Every row of a pass is in the one open chat: its header is looked up once a task, not once a row.
  const chatTitle = kit.perTask((doc) => kit.collapse(dom.one(doc, CHAT_TITLE)?.getAttribute("title")));

  function extract(row, container) {
    const item = row.matches(MESSAGE) ? row : row.querySelector(MESSAGE);
    const bubble = item?.querySelector(BUBBLE);
    const dataId = item?.getAttribute("data-id") ?? "";
    const id = DATA_ID.exec(dataId);
    const textEl = bubble?.querySelector(TEXT);
    if (!id || !textEl || kit.isOwnUi(row)) return null;
    const text = kit.textWithEmoji(textEl);
    if (!text) return null;
    const [, fromMe, chat] = id;
    const direction = fromMe === "true" || bubble.classList.contains("message-out") ? "outgoing" : "incoming";
    const [, stamp = "", author = ""] = PRE_PLAIN_TEXT.exec(bubble.querySelector(META)?.getAttribute("data-pre-plain-text") ?? "") ?? [];
    const title = chatTitle(container.ownerDocument);
    const isGroup = chat.endsWith("@g.us");
    return kit.message({
      conversation: `whatsapp:${chat}`,
      contact: isGroup && direction === "incoming" ? kit.collapse(author) || title : title || kit.collapse(author) || chat,
      direction,
      text,
      time: timeOf(stamp),
      key: `whatsapp|${dataId}`,
    });
  }

  ns.adapters.whatsapp = Object.freeze({
    id: "whatsapp",
    blockHelpKey: "blockHowWhatsapp",
    matches,
    findContainers,
    rowsOf,
    rowsForNode,
    extract,
  });
})();
