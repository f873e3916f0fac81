(() => {
  "use strict";
  const ns = (globalThis.SafeBrowse = globalThis.SafeBrowse ?? {});
  ns.adapters = ns.adapters ?? {};

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
  const LIMITS = { conversation: 256, contact: 256, key: 512 };

  const collapse = (text) => String(text ?? "").replace(/\s+/g, " ").trim();
  const clip = (text, max) => (text.length > max ? text.slice(0, max) : text);

  // cyrb53: a short, stable, non-cryptographic hash; keys only need to be distinct within one page.
  function hash(text) {
    let h1 = 0xdeadbeef;
    let h2 = 0x41c6ce57;
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
  }

  function textWithEmoji(root) {
    const parts = [];
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3) parts.push(child.nodeValue);
        else if (child.nodeType !== 1) continue;
        else if (child.tagName === "IMG") parts.push(child.getAttribute("alt") ?? "");
        else walk(child);
      }
    };
    walk(root);
    return collapse(parts.join(""));
  }

  const matches = (location) => location.hostname === "www.instagram.com";
  const threadIdOf = (location) => THREAD_PATH.exec(location.pathname)?.[1] ?? "";

  function isScrollable(el) {
    const style = el.ownerDocument.defaultView.getComputedStyle(el);
    return /(auto|scroll)/.test(`${style.overflowY} ${style.overflow}`);
  }

  function scrollerAround(bubble) {
    for (let el = bubble.parentElement; el && el.tagName !== "BODY"; el = el.parentElement) {
      if (isScrollable(el)) return el;
    }
    return null;
  }

  // In another UI language the pane label is unknown; the thread is then what holds bubbles next to the composer.
  function threadPane(doc) {
    const labelled = doc.querySelector(CONVERSATION_PANE);
    if (labelled) return labelled;
    let el = doc.querySelector(COMPOSER);
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
  function listOf(container) {
    let list = null;
    for (const bubble of container.querySelectorAll(BUBBLE)) {
      for (let el = bubble.parentElement; el && el !== container.parentElement; el = el.parentElement) {
        if (!list || el.childElementCount >= list.childElementCount) list = el;
      }
    }
    return list ?? container;
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
    return collapse(leaves.map(textWithEmoji).join(" "));
  }

  const avatarUsername = (row) => {
    for (const link of row.querySelectorAll("a[href]")) {
      const username = PROFILE_LINK.exec(link.getAttribute("href"))?.[1];
      if (username && !bubbleOf(row)?.contains(link)) return username;
    }
    return "";
  };

  // Sent bubbles are pushed right by a wrapper with justify-content: flex-end; received ones carry the avatar.
  function directionOf(row, bubble) {
    if (avatarUsername(row)) return "incoming";
    const view = row.ownerDocument.defaultView;
    for (let el = bubble.parentElement; el && el !== row.parentElement; el = el.parentElement) {
      if (view.getComputedStyle(el).justifyContent === "flex-end") return "outgoing";
    }
    return "incoming";
  }

  const identityMemo = new WeakMap();

  function identityOf(row) {
    const signature = row.textContent;
    const memo = identityMemo.get(row);
    if (memo && memo.signature === signature) return memo;
    const bubble = bubbleOf(row);
    const text = bubble ? textOf(bubble) : "";
    const identity = { signature, text, direction: text ? directionOf(row, bubble) : "", avatar: text ? avatarUsername(row) : "" };
    identityMemo.set(row, identity);
    return identity;
  }

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
    return collapse(pane?.getAttribute("aria-label")).replace(PANE_LABEL_PREFIX, "");
  }

  function ordinalOf(row, identity) {
    let ordinal = 0;
    let walked = 0;
    for (let el = row.previousElementSibling; el && walked < MAX_WALK; el = el.previousElementSibling, walked += 1) {
      const other = identityOf(el);
      if (other.text === identity.text && other.direction === identity.direction) ordinal += 1;
    }
    return ordinal;
  }

  function extract(row, container, now = () => new Date()) {
    const identity = identityOf(row);
    if (!identity.text) return null;
    const conversation = clip(`instagram:${threadIdOf(globalThis.location)}`, LIMITS.conversation);
    const title = threadTitle(container);
    const author = identity.direction === "incoming" ? authorBelow(row) : "";
    const contact = clip(author || title || "unknown", LIMITS.contact);
    const ordinal = ordinalOf(row, identity);
    const key = `${conversation}|h${hash([conversation, contact, identity.direction, identity.text, ordinal].join("\u0000"))}`;
    return {
      conversation,
      contact,
      direction: identity.direction,
      text: identity.text,
      time: now().toISOString(),
      key: clip(key, LIMITS.key),
    };
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
