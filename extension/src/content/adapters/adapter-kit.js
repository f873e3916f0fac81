(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  // The host refuses a message past these; text is clipped by the sender.
  const LIMITS = Object.freeze({ conversation: 256, contact: 256, key: 512, text: 4000 });
  const SKIPPED_TEXT_PARENTS = "script, style, noscript, template";
  const PLAIN_TEXT_BREAKERS = `img, br, ${SKIPPED_TEXT_PARENTS}`;

  const collapse = (text) => String(text ?? "").replace(/\s+/g, " ").trim();
  const clip = (text, max) => (text.length > max ? text.slice(0, max) : text);
  const isOwnUi = (el) => ns.ownUi?.contains(el) === true;

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

  // Chat sites draw emoji as images; their alt text is what the sender typed, and words like "😘" matter to scoring.
  // `skip` drops parts of the bubble that are not the message (time, "edited", reactions).
  // What lies above the root is asked once: asking each text node's `closest` walked up to the document every time.
  function textWithEmoji(root, skip = null) {
    const parts = [];
    const rootInSkippedParent = root.closest?.(SKIPPED_TEXT_PARENTS) != null;
    const rootInSkip = Boolean(skip) && root.closest?.(skip) != null;
    // Most bubbles hold their words as plain text: with nothing below to skip or to read as emoji or a line break, the
    // walk below would give the root's text as it is, so one query stands in for it.
    if (root.querySelector(skip ? `${PLAIN_TEXT_BREAKERS}, ${skip}` : PLAIN_TEXT_BREAKERS) === null) {
      return rootInSkippedParent || rootInSkip ? "" : collapse(root.textContent);
    }
    const within = (el, selector, rootMatches) => {
      for (let at = el; at; at = at === root ? null : at.parentElement) if (at !== root && at.matches(selector)) return true;
      return rootMatches;
    };
    const walker = ns.pageDom.walker(root.ownerDocument, root, 0x1 | 0x4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeType === 3) {
        const parent = node.parentElement;
        const skipped = Boolean(parent) && (within(parent, SKIPPED_TEXT_PARENTS, rootInSkippedParent) || (Boolean(skip) && within(parent, skip, rootInSkip)));
        if (!skipped) parts.push(node.nodeValue);
      } else if (node.tagName === "IMG" && node.alt && !(skip && within(node, skip, rootInSkip))) {
        parts.push(node.alt);
      } else if (node.tagName === "BR") {
        parts.push(" ");
      }
    }
    return collapse(parts.join(""));
  }

  // A unix time in seconds or milliseconds, or a date the site printed, as ISO 8601; now when the page gives none.
  function isoTime(value, now = () => new Date()) {
    const date = typeof value === "number" ? new Date(value < 1e12 ? value * 1000 : value) : new Date(value ?? NaN);
    return Number.isNaN(date.getTime()) ? now().toISOString() : date.toISOString();
  }

  // The rows a mutation touched: every row when the node holds a chat, the row it sits in, or the rows inside it. A
  // chat's rows do not hold rows, so a node in a row (the row itself, most often) is not searched: the search made a
  // list, a wrapper the collector must sweep, for each new row.
  function rowsTouched(node, containers, rowSelector, rowsOf) {
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el || isOwnUi(el)) return [];
    const rows = new Set();
    for (const container of containers) {
      if (el === container || el.contains(container)) {
        for (const row of rowsOf(container)) rows.add(row);
        continue;
      }
      if (!container.contains(el)) continue;
      const around = el.closest(rowSelector);
      if (around !== null && (around === el || container.contains(around))) rows.add(around);
      else for (const row of el.querySelectorAll(rowSelector)) rows.add(row);
    }
    return [...rows];
  }

  // A chat whose rows are the elements in it matching `selector`: how an adapter lists them, which ones a change
  // touched, and the first a row history wants. That one is nearly always the oldest row on the page, so it is asked
  // before the whole list is made.
  function rowsMatching(selector) {
    const rowsOf = (container) => [...container.querySelectorAll(selector)];
    return {
      rowsOf,
      rowsForNode: (node, containers) => rowsTouched(node, containers, selector, rowsOf),
      findRow(container, wanted) {
        const first = container.querySelector(selector);
        return first !== null && wanted(first) ? first : rowsOf(container).find(wanted);
      },
    };
  }

  // Reading a row can be costly (computed style, walks to its neighbours); the reading holds while its text is unchanged.
  // Arguments after the row are passed on to `read`; the reading is still kept per row.
  function memoByText(read) {
    const memo = new WeakMap();
    return (row, ...context) => {
      const signature = row.textContent;
      const known = memo.get(row);
      if (known && known.signature === signature) return known.value;
      const value = read(row, ...context);
      memo.set(row, { signature, value });
      return value;
    };
  }

  // For what holds until the page runs again: every row of a pass asks it of the same document or chat, and nothing on
  // the page can change it before the task ends. Kept per argument, forgotten once the task's microtasks run.
  function perTask(read) {
    let known = null;
    return (of) => {
      if (known === null) {
        known = new Map();
        queueMicrotask(() => {
          known = null;
        });
      }
      if (!known.has(of)) known.set(of, read(of));
      return known.get(of);
    };
  }

  // How many of the `reach` rows before rows[index] say the same, so a message repeated word for word keeps its own key.
  function repeatsBefore(rows, index, isSame, reach) {
    let count = 0;
    for (let i = index - 1; i >= 0 && index - i <= reach; i -= 1) if (isSame(rows[i])) count += 1;
    return count;
  }

  // For sites whose rows carry no message id: who said what, and how many same messages stand before it in the chat.
  // The conversation is clipped first, so the key stays within its limit and still ends in the hash.
  function contentKey({ conversation, contact, direction, text, ordinal }) {
    const chat = clip(conversation, LIMITS.conversation);
    return `${chat}|h${hash([chat, contact, direction, text, ordinal].join("\u0000"))}`;
  }

  // Which end of the line, in reading order, a flex container packs a child at: "end" (right in a left-to-right page,
  // left in a right-to-left one), "start", or "" when it centres, spreads, stretches or is no flex box. Chat sites
  // push sent bubbles to the end, but not always with flex-end: X's received entries justify to flex-end in a
  // row-reverse, which is the start. Styles are CSSStyleDeclarations or objects with their camelCase names; the
  // child's own align-self, when set, overrides the container's align-items.
  const FLEX_DISPLAY = /^(inline-)?flex$/;
  const AXIS_VALUE = /^(?:(?:un)?safe\s+)?(.+)$/;
  const INHERITED_ALIGNMENT = new Set(["", "auto", "normal"]);

  function flexPackingSide(container, child = {}) {
    if (!FLEX_DISPLAY.test(container.display ?? "")) return "";
    const flow = container.flexDirection || "row";
    if (flow.startsWith("column")) {
      // A column's cross axis is the line; wrap-reverse flips it, column-reverse does not.
      const own = child.alignSelf ?? "";
      const value = AXIS_VALUE.exec(INHERITED_ALIGNMENT.has(own) ? (container.alignItems ?? "") : own)?.[1];
      const flipped = container.flexWrap === "wrap-reverse";
      if (value === "flex-end") return flipped ? "start" : "end";
      if (value === "flex-start") return flipped ? "end" : "start";
      if (value === "end" || value === "self-end") return "end";
      if (value === "start" || value === "self-start") return "start";
      return "";
    }
    const reversed = flow === "row-reverse";
    const rtl = container.direction === "rtl";
    const value = AXIS_VALUE.exec(container.justifyContent ?? "")?.[1];
    if (value === "flex-end") return reversed ? "start" : "end";
    if (value === "flex-start") return reversed ? "end" : "start";
    if (value === "end") return "end";
    if (value === "start") return "start";
    if (value === "right") return rtl ? "start" : "end";
    if (value === "left") return rtl ? "end" : "start";
    return "";
  }

  // The end of the line `from` is put at by the nearest flex box above it, up to and including `stop`, or "" when
  // none packs it to a side: the box closest to the text decides, as it is the one that moves the bubble.
  function lineSideOf(from, stop) {
    const view = ns.pageDom.view(from.ownerDocument);
    for (let el = from; el && el !== stop; el = el.parentElement) {
      const container = el.parentElement;
      if (!container) break;
      const side = flexPackingSide(view.getComputedStyle(container), view.getComputedStyle(el));
      if (side) return side;
    }
    return "";
  }

  // How a box lets its content overflow, as the page's styles say; empty for a box in a frame with no window.
  function overflowOf(el) {
    const style = ns.pageDom.view(el.ownerDocument)?.getComputedStyle?.(el);
    return `${style?.overflowY ?? ""} ${style?.overflow ?? ""}`;
  }

  const scrollsNatively = (overflow) => /(auto|scroll)/.test(overflow);

  // A chat's list scrolls natively; adapters find it by walking up from a message.
  const isScrollable = (el) => scrollsNatively(overflowOf(el));

  // Every adapter returns its message through here, so no site can send a field past the host's limits.
  const message = ({ conversation, contact, direction, text, time, key }) => ({
    conversation: clip(conversation || "unknown", LIMITS.conversation),
    contact: clip(contact || "unknown", LIMITS.contact),
    direction,
    text,
    time,
    key: clip(key, LIMITS.key),
  });

  ns.adapterKit = Object.freeze({
    LIMITS,
    collapse,
    clip,
    isOwnUi,
    hash,
    textWithEmoji,
    isoTime,
    rowsMatching,
    memoByText,
    perTask,
    repeatsBefore,
    contentKey,
    flexPackingSide,
    lineSideOf,
    overflowOf,
    scrollsNatively,
    isScrollable,
    message,
  });
})();
