(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;
  const dom = ns.pageDom;
  ns.adapters = ns.adapters ?? {};
  const kit = ns.adapterKit;

  // Discord's classes are a readable stem with a hash suffix ("messageListItem__5126c"): ids, roles and data
  // attributes first, class stems only where nothing else marks the element (site-dom.md §2).
  const CONTAINER = 'ol[data-list-id="chat-messages"]';
  const ROW = 'li[id^="chat-messages-"]';
  const ROW_ID = /^chat-messages-(\d+)-(\d+)$/;
  const AUTHOR = '[id^="message-username-"] [class*="username"]';
  const AVATAR_ID = /\/avatars\/(\d+)\//;
  // A reply shows the quoted author's avatar above the header; only the row's own avatar names its author.
  const AVATAR = 'img[class*="avatar"]:not([class*="replyAvatar"])[src*="/avatars/"]';
  // The user panel at the bottom left shows who is logged in: their avatar carries their user id.
  const ME_AVATAR = 'section[class*="panels"] img[src*="/avatars/"], [class*="avatarWrapper"] img[src*="/avatars/"]';
  const ME_NAME = 'section[class*="panels"] [class*="nameTag"] [class*="title"]';
  const CHANNEL_TITLE = 'section[class*="title"] h1, [class*="titleWrapper"] h1';
  // The timestamp and "(edited)" mark sit inside the content element; they are not what was written.
  const NOT_TEXT = '[class*="timestamp"], [class*="edited"], time';
  // A message still being sent is drawn under a temporary id and again under the server's: read it once, when sent.
  const PENDING = '[class*="isSending"], [class*="isFailed"]';
  const MAX_GROUP_WALK = 200;

  const matches = (location) => location.hostname === "discord.com";

  const findContainers = (doc) => [...dom.all(doc, CONTAINER)].filter((el) => !kit.isOwnUi(el));

  const { rowsOf, rowsForNode, findRow } = kit.rowsMatching(ROW);

  function me(doc) {
    const avatar = dom.one(doc, ME_AVATAR);
    return { id: AVATAR_ID.exec(avatar?.getAttribute("src") ?? "")?.[1] ?? null, name: kit.collapse(dom.one(doc, ME_NAME)?.textContent) };
  }

  // Only the first message of a run shows its author; the rows after it belong to the same person.
  function authorOf(row) {
    let walked = 0;
    for (let el = row; el && walked < MAX_GROUP_WALK; el = el.previousElementSibling, walked += 1) {
      if (!el.matches(ROW)) continue;
      const name = el.querySelector(AUTHOR);
      if (name) {
        const avatar = el.querySelector(AVATAR);
        return { name: kit.collapse(name.getAttribute("data-text") || name.textContent), id: AVATAR_ID.exec(avatar?.getAttribute("src") ?? "")?.[1] ?? null };
      }
    }
    return null;
  }

  function extract(row, container) {
    const ids = ROW_ID.exec(row.id);
    const content = ids && row.querySelector(`[id="message-content-${ids[2]}"]`);
    if (!content || kit.isOwnUi(row) || row.querySelector(PENDING)) return null;
    const text = kit.textWithEmoji(content, NOT_TEXT);
    const author = authorOf(row);
    if (!text || !author) return null;
    const doc = container.ownerDocument;
    const self = me(doc);
    const outgoing = self.id && author.id ? self.id === author.id : Boolean(self.name) && self.name === author.name;
    const channelTitle = kit.collapse(dom.one(doc, CHANNEL_TITLE)?.textContent);
    const [, channel, message] = ids;
    return kit.message({
      conversation: `discord:${channel}`,
      contact: outgoing ? channelTitle : author.name,
      direction: outgoing ? "outgoing" : "incoming",
      text,
      time: kit.isoTime(row.querySelector(`time[id="message-timestamp-${message}"]`)?.getAttribute("datetime") ?? undefined),
      key: `discord|${channel}-${message}`,
    });
  }

  ns.adapters.discord = Object.freeze({
    id: "discord",
    blockHelpKey: "blockHowDiscord",
    matches,
    findContainers,
    rowsOf,
    findRow,
    rowsForNode,
    extract,
  });
})();
