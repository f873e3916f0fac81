(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;
  const dom = ns.pageDom;
  ns.adapters = ns.adapters ?? {};
  const kit = ns.adapterKit;

  // Instagram ships rotating atomic classes and no message ids, so only roles, dir, links and computed style are used
  // (see thoughtsunificator/instagram-dm-unsender and Miabeyefendi/InstaDM-Scraper).
  const THREAD_PATH = /^\/direct\/(?:e2ee\/)?t\/([^/]+)/;
  // Not just "Conversation": the header's "Conversation information" button starts the same way.
  const CONVERSATION_PANE = '[aria-label^="Conversation with "], [aria-label^="Conversación con "]';
  const PANE_LABEL_PREFIX = /^(Conversation with|Conversación con)\s+/i;
  const BUBBLE = '[role="presentation"]';
  const COMPOSER = '[role="textbox"][contenteditable="true"]';
  const MAX_COMPOSER_LEVELS = 8;
  const TEXT = '[dir="auto"]';
  const PROFILE_LINK = /^\/([A-Za-z0-9._]{1,30})\/$/;
  const MAX_WALK = 500;

  const matches = (location) => location.hostname === "www.instagram.com";
  const threadIdOf = (location) => THREAD_PATH.exec(location.pathname)?.[1] ?? "";

  function scrollerAround(bubble) {
    for (let el = bubble.parentElement; el && el.tagName !== "BODY"; el = el.parentElement) {
      if (kit.isScrollable(el)) return el;
    }
    return null;
  }

  // In another UI language the pane label is unknown; the thread is then what holds bubbles next to the composer.
  function threadPane(doc) {
    const labelled = dom.one(doc, CONVERSATION_PANE);
    if (labelled) return labelled;
    let el = dom.one(doc, COMPOSER);
    for (let up = 0; el && up < MAX_COMPOSER_LEVELS; up += 1, el = el.parentElement) {
      if (el.querySelector(BUBBLE)) return el;
    }
    return null;
  }

  // The open thread's scroller is the nearest scrolling ancestor of its bubbles.
  function findContainers(doc) {
    if (!threadIdOf(globalThis.location)) return [];
    const found = [];
    for (const bubble of threadPane(doc)?.querySelectorAll(BUBBLE) ?? []) {
      if (found.some((container) => container.contains(bubble))) continue;
      const scroller = scrollerAround(bubble);
      if (scroller) found.push(scroller);
    }
    return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
  }

  // Rows sit in the list's innermost wrapper, the bubbles' ancestor with the most children.
  function findList(container) {
    let list = null;
    for (const bubble of container.querySelectorAll(BUBBLE)) {
      for (let el = bubble.parentElement; el && el !== container.parentElement; el = el.parentElement) {
        if (!list || el.childElementCount >= list.childElementCount) list = el;
      }
    }
    return list ?? container;
  }

  // Finding the list walks every bubble's ancestors, and a pass asks once for every node the page added: the answer
  // is kept until the pass's task ends, while the page cannot change under it.
  const listsThisTask = new Map();

  function listOf(container) {
    const known = listsThisTask.get(container);
    if (known?.isConnected && container.contains(known)) return known;
    if (listsThisTask.size === 0) queueMicrotask(() => listsThisTask.clear());
    const list = findList(container);
    listsThisTask.set(container, list);
    return list;
  }

  // The scroller is flex column-reverse with one wrapper inside, so DOM order is still oldest first.
  const rowsOf = (container) => [...listOf(container).children];

  function rowsForNode(node, containers) {
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el) return [];
    const rows = new Set();
    for (const container of containers) {
      const list = listOf(container);
      if (el === list || el.contains(list)) {
        for (const row of rowsOf(container)) rows.add(row);
        continue;
      }
      if (!list.contains(el)) continue;
      let row = el;
      while (row.parentElement !== list) row = row.parentElement;
      rows.add(row);
    }
    return [...rows];
  }

  const bubbleOf = (row) => [...row.querySelectorAll(BUBBLE)].at(-1) ?? null;

  function textOf(bubble) {
    const leaves = [...bubble.querySelectorAll(TEXT)].filter((el) => !el.querySelector(TEXT));
    return kit.collapse(leaves.map((leaf) => kit.textWithEmoji(leaf)).join(" "));
  }

  const avatarUsername = (row) => {
    for (const link of row.querySelectorAll("a[href]")) {
      const username = PROFILE_LINK.exec(link.getAttribute("href"))?.[1];
      if (username && !bubbleOf(row)?.contains(link)) return username;
    }
    return "";
  };

  // Sent bubbles are pushed to the end of the line (right, or left on a right-to-left page) by a flex wrapper;
  // received ones carry the avatar. The side is worked out with any reversed flex direction, not read off flex-end.
  function directionOf(row, bubble) {
    if (avatarUsername(row)) return "incoming";
    return kit.lineSideOf(bubble, row) === "end" ? "outgoing" : "incoming";
  }

  const identityOf = kit.memoByText((row) => {
    const bubble = bubbleOf(row);
    const text = bubble ? textOf(bubble) : "";
    return { text, direction: text ? directionOf(row, bubble) : "", avatar: text ? avatarUsername(row) : "" };
  });

  // The avatar is drawn beside the last message of a run, so earlier rows of the run take it from below.
  function authorBelow(row) {
    let walked = 0;
    for (let el = row; el && walked < MAX_WALK; el = el.nextElementSibling, walked += 1) {
      const identity = identityOf(el);
      if (identity.direction === "outgoing") return "";
      if (identity.avatar) return identity.avatar;
    }
    return "";
  }

  // The thread header above the scroller links to the other person's profile; a group falls back to the pane label.
  function threadTitle(container) {
    const pane = container.closest(CONVERSATION_PANE);
    const thread = pane ? pane.parentElement : threadPane(container.ownerDocument);
    for (const link of thread?.querySelectorAll("a[href]") ?? []) {
      const username = PROFILE_LINK.exec(link.getAttribute("href"))?.[1];
      if (username && !container.contains(link)) return username;
    }
    return kit.collapse(pane?.getAttribute("aria-label")).replace(PANE_LABEL_PREFIX, "");
  }

  function ordinalOf(row, identity) {
    const rows = [...row.parentElement.children];
    const isSame = (other) => identityOf(other).text === identity.text && identityOf(other).direction === identity.direction;
    return kit.repeatsBefore(rows, rows.indexOf(row), isSame, MAX_WALK);
  }

  function extract(row, container, now = () => new Date()) {
    const identity = identityOf(row);
    if (!identity.text) return null;
    const conversation = `instagram:${threadIdOf(globalThis.location)}`;
    const author = identity.direction === "incoming" ? authorBelow(row) : "";
    const contact = author || threadTitle(container);
    const { direction, text } = identity;
    const key = kit.contentKey({ conversation, contact, direction, text, ordinal: ordinalOf(row, identity) });
    return kit.message({ conversation, contact, direction, text, time: now().toISOString(), key });
  }

  ns.adapters.instagram = Object.freeze({
    id: "instagram",
    blockHelpKey: "blockHowInstagram",
    matches,
    findContainers,
    rowsOf,
    rowsForNode,
    extract,
  });
})();
