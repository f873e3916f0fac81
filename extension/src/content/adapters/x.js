(() => {
  "use strict";
  const ns = (globalThis.SafeBrowse = globalThis.SafeBrowse ?? {});
  ns.adapters = ns.adapters ?? {};

  // Legacy X direct messages; test ids from X's own DirectMessages bundle (DzikStar/X-SCRAPER snapshots). The newer
  // XChat UI at /i/chat/ has almost no test ids and is not read by this adapter.
  const CONVERSATION_PATH = /^\/messages\/(\d+(?:-\d+)?)(?:\/|$)/;
  const SCROLLER = '[data-testid="DmScrollerContainer"]';
  const ENTRY = '[data-testid="messageEntry"]';
  const TEXT = '[data-testid="tweetText"]';
  const TITLE = '[data-testid="DmActivityContainer"] h2';
  const AVATAR_LINK = /^\/([A-Za-z0-9_]{1,15})$/;
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

  // X draws emoji as <img alt="😂">, so their alt is part of what was written.
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

  const matches = (location) => location.hostname === "x.com" || location.hostname === "twitter.com";

  const findContainers = (doc) => [...doc.querySelectorAll(SCROLLER)];

  const rowsOf = (container) => [...container.querySelectorAll(ENTRY)];

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
      const row = el.closest(ENTRY);
      if (row) rows.add(row);
      else for (const inner of el.querySelectorAll(ENTRY)) rows.add(inner);
    }
    return [...rows];
  }

  // The only in/out signal is style: sent entries align flex-end, their inner row justifies flex-end.
  function directionOf(entry, textEl) {
    const view = entry.ownerDocument.defaultView;
    for (let el = textEl; el && el !== entry.parentElement; el = el.parentElement) {
      const style = view.getComputedStyle(el);
      if (style.alignItems === "flex-end" || style.justifyContent === "flex-end") return "outgoing";
    }
    return "incoming";
  }

  function avatarOf(entry) {
    for (const link of entry.querySelectorAll("a[href]")) {
      const screenName = AVATAR_LINK.exec(link.getAttribute("href"))?.[1];
      if (screenName && !link.closest(TEXT)) return screenName;
    }
    return "";
  }

  const identityMemo = new WeakMap();

  function identityOf(entry) {
    const signature = entry.textContent;
    const memo = identityMemo.get(entry);
    if (memo && memo.signature === signature) return memo;
    const textEl = entry.querySelector(TEXT);
    const text = textEl ? textWithEmoji(textEl) : "";
    const identity = { signature, text, direction: text ? directionOf(entry, textEl) : "", avatar: avatarOf(entry) };
    identityMemo.set(entry, identity);
    return identity;
  }

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
    const index = entries.indexOf(entry);
    let ordinal = 0;
    for (let i = index - 1; i >= 0 && index - i < MAX_WALK; i -= 1) {
      const other = identityOf(entries[i]);
      if (other.text === identity.text && other.direction === identity.direction) ordinal += 1;
    }
    return ordinal;
  }

  function extract(entry, container, now = () => new Date()) {
    const identity = identityOf(entry);
    if (!identity.text) return null;
    const title = collapse(entry.ownerDocument.querySelector(TITLE)?.textContent);
    // The DM drawer over the timeline keeps the timeline's URL, so its conversation is named by its title.
    const conversationId = CONVERSATION_PATH.exec(globalThis.location.pathname)?.[1] ?? `drawer:${title}`;
    const conversation = clip(`x:${conversationId}`, LIMITS.conversation);
    const author = identity.direction === "incoming" ? authorBelow(entry, container) : "";
    const contact = clip(author || title || "unknown", LIMITS.contact);
    const ordinal = ordinalOf(entry, container, identity);
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

  ns.adapters.x = Object.freeze({
    id: "x",
    blockHelpKey: "blockHowX",
    matches,
    findContainers,
    rowsOf,
    rowsForNode,
    extract,
  });
})();
