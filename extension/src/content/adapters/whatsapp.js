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

  const { rowsOf, rowsForNode, findRow } = kit.rowsMatching(ROW);

  // "4:08 PM, 11/28/2026" read by hand: Date's parser for such strings costs more than the rest of a row together.
  const STAMP = /^(\d{1,2}):(\d{2})(?:\s*([AP])\.?\s?M\.?)?,\s*(\d{1,2})\/(\d{1,2})\/(\d{4})$/i;

  // A local date costs more than the rest of a row's reading (the time zone is looked up each time), and a busy
  // chat's rows share a day: a day's offset from UTC is looked up once a pass, and a row's time is arithmetic on it,
  // so a time zone the computer moves to counts from the next pass. A day whose offset changes (daylight saving starts
  // or ends, at midnight in some zones) is left to Date. Days are named year * 10000 + month * 100 + day.
  const MINUTE_MS = 60000;
  const DAY_MS = 24 * 60 * MINUTE_MS;
  const offsetOfDay = kit.perTask((dayNumber) => {
    const start = new Date(Math.floor(dayNumber / 10000), (Math.floor(dayNumber / 100) % 100) - 1, dayNumber % 100);
    const end = new Date(start.getTime() + DAY_MS - MINUTE_MS);
    const steady = start.getHours() === 0 && start.getTimezoneOffset() === end.getTimezoneOffset();
    return steady ? start.getTimezoneOffset() * MINUTE_MS : null;
  });

  function timeOf(stamp) {
    const parts = STAMP.exec(stamp.trim());
    if (!parts) return kit.isoTime(undefined);
    const hour = Number(parts[1]);
    const minute = Number(parts[2]);
    const half = parts[3]?.toUpperCase();
    const month = Number(parts[4]);
    const day = Number(parts[5]);
    const year = Number(parts[6]);
    const hours = half ? (hour % 12) + (half === "P" ? 12 : 0) : hour;
    const offsetMs = offsetOfDay(year * 10000 + month * 100 + day);
    const time = offsetMs === null ? new Date(year, month - 1, day, hours, minute).getTime() : Date.UTC(year, month - 1, day, hours, minute) + offsetMs;
    return kit.isoTime(time);
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
    findRow,
    rowsForNode,
    extract,
  });
})();
