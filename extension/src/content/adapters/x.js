(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;
  const dom = ns.pageDom;
  ns.adapters = ns.adapters ?? {};
  const kit = ns.adapterKit;

  // Legacy X direct messages; test ids from X's own DirectMessages bundle (DzikStar/X-SCRAPER snapshots). The newer
  // XChat UI at /i/chat/ has almost no test ids and is not read by this adapter.
  const CONVERSATION_PATH = /^\/messages\/(\d+(?:-\d+)?)(?:\/|$)/;
  const SCROLLER = '[data-testid="DmScrollerContainer"]';
  const ENTRY = '[data-testid="messageEntry"]';
  const TEXT = '[data-testid="tweetText"]';
  const TITLE = '[data-testid="DmActivityContainer"] h2';
  const AVATAR_LINK = /^\/([A-Za-z0-9_]{1,15})$/;
  const MAX_WALK = 500;

  const matches = (location) => location.hostname === "x.com" || location.hostname === "twitter.com";

  const findContainers = (doc) => [...dom.all(doc, SCROLLER)];

  const { rowsOf, rowsForNode, findRow } = kit.rowsMatching(ENTRY);

  // The only in/out signal is style, from X's DirectMessages bundle: the entry aligns sent items flex-end and
  // received ones flex-start, its inner row is `row` + flex-end when sent and `row-reverse` + flex-end when received.
  // Both justify to flex-end, so the side must be worked out with the reversal (and a right-to-left page's mirror).
  const directionOf = (entry, textEl) => (kit.lineSideOf(textEl, entry) === "end" ? "outgoing" : "incoming");

  function avatarOf(entry) {
    for (const link of entry.querySelectorAll("a[href]")) {
      const screenName = AVATAR_LINK.exec(link.getAttribute("href"))?.[1];
      if (screenName && !link.closest(TEXT)) return screenName;
    }
    return "";
  }

  const identityOf = kit.memoByText((entry) => {
    const textEl = entry.querySelector(TEXT);
    const text = textEl ? kit.textWithEmoji(textEl) : "";
    return { text, direction: text ? directionOf(entry, textEl) : "", avatar: avatarOf(entry) };
  });

  // Group DMs draw the sender's avatar beside the last entry of a run; earlier entries take it from below.
  function authorBelow(entry, container) {
    const entries = rowsOf(container);
    const index = entries.indexOf(entry);
    for (let i = index; i >= 0 && i < entries.length && i - index < MAX_WALK; i += 1) {
      const identity = identityOf(entries[i]);
      if (identity.direction === "outgoing") return "";
      if (identity.avatar) return identity.avatar;
    }
    return "";
  }

  function ordinalOf(entry, container, identity) {
    const entries = rowsOf(container);
    const isSame = (other) => identityOf(other).text === identity.text && identityOf(other).direction === identity.direction;
    return kit.repeatsBefore(entries, entries.indexOf(entry), isSame, MAX_WALK);
  }

  function extract(entry, container, now = () => new Date()) {
    const identity = identityOf(entry);
    if (!identity.text) return null;
    const title = kit.collapse(dom.one(entry.ownerDocument, TITLE)?.textContent);
    // The DM drawer over the timeline keeps the timeline's URL, so its conversation is named by its title.
    const conversationId = CONVERSATION_PATH.exec(globalThis.location.pathname)?.[1] ?? `drawer:${title}`;
    const conversation = `x:${conversationId}`;
    const author = identity.direction === "incoming" ? authorBelow(entry, container) : "";
    const contact = author || title;
    const { direction, text } = identity;
    const key = kit.contentKey({ conversation, contact, direction, text, ordinal: ordinalOf(entry, container, identity) });
    return kit.message({ conversation, contact, direction, text, time: now().toISOString(), key });
  }

  ns.adapters.x = Object.freeze({
    id: "x",
    blockHelpKey: "blockHowX",
    matches,
    findContainers,
    rowsOf,
    findRow,
    rowsForNode,
    extract,
  });
})();
