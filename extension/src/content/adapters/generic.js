(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;
  const dom = ns.pageDom;
  ns.adapters = ns.adapters ?? {};

  const OUTGOING_TOKEN = /(^|[-_\s])(outgoing|out|sent|self|me|mine|own|right)([-_\s]|$)/i;
  const INCOMING_TOKEN = /(^|[-_\s])(incoming|received|other|them)([-_\s]|$)/i;
  const DIRECTION_TOKEN = /(^|[-_ ])(outgoing|out|sent|self|me|mine|own|right|incoming|in|received|other|them|left)([-_ ]|$)/i;
  const AUTHOR_CLASS = /author|sender|name/i;
  const TIME_CLASS = /time/i;
  const TEXT_CLASS = /text|body|content/i;
  // Data attributes that carry ids or names, not direction: "data-id=msg-out-3" must not mean outgoing.
  const NON_DIRECTION_DATA = new Set(["data-id", "data-message-id", "data-time", "data-author", "data-key"]);
  const ID_ATTRIBUTES = ["data-message-id", "data-id", "id"];
  const MIN_REPEATED_ROWS = 3;
  const MAX_SCANNED_ELEMENTS = 20000;
  const MAX_ORDINAL_WALK = 500;

  const { LIMITS, collapse, clip, isOwnUi, memoByText, contentKey } = ns.adapterKit;
  const classTokens = (el) => (el.classList ? [...el.classList] : []);
  // The class patterns hold no spaces, so testing the whole attribute is testing each token, without copying the list.
  const classMatches = (el, pattern) => pattern.test(el.getAttribute("class") ?? "");

  function rowSignature(el) {
    const classes = classTokens(el).filter((token) => !DIRECTION_TOKEN.test(token)).sort();
    return `${el.tagName}.${classes.join(".")}`;
  }

  function hasRepeatedChildren(el, minimum) {
    if (el.childElementCount < minimum) return false;
    const counts = new Map();
    for (const child of el.children) {
      const signature = rowSignature(child);
      const count = (counts.get(signature) ?? 0) + 1;
      if (count >= minimum) return true;
      counts.set(signature, count);
    }
    return false;
  }

  // Rows often sit in one list wrapper inside the scroller; a lone message row must not be mistaken for it.
  function rowParentOf(container) {
    let parent = container;
    for (let depth = 0; depth < 3 && parent.childElementCount === 1; depth += 1) {
      const only = parent.firstElementChild;
      const isList = /^(UL|OL)$/.test(only.tagName) || /^(list|rowgroup|presentation)$/.test(only.getAttribute("role") ?? "");
      if (!isList && !hasRepeatedChildren(only, 2)) break;
      parent = only;
    }
    return parent;
  }

  function rowsOf(container) {
    return [...rowParentOf(container).children].filter((row) => collapse(row.textContent) !== "");
  }

  function isScrollable(el) {
    const style = dom.view(el.ownerDocument)?.getComputedStyle?.(el);
    return /(auto|scroll)/.test(`${style?.overflowY ?? ""} ${style?.overflow ?? ""}`);
  }

  function scrollingRowContainers(doc) {
    const found = [];
    const body = dom.body(doc);
    const elements = body ? body.getElementsByTagName("*") : [];
    const limit = Math.min(elements.length, MAX_SCANNED_ELEMENTS);
    for (let i = 0; i < limit; i += 1) {
      const el = elements[i];
      if (el.childElementCount < MIN_REPEATED_ROWS || !hasRepeatedChildren(el, MIN_REPEATED_ROWS)) continue;
      let candidate = el;
      for (let up = 0; candidate && up < 3; up += 1, candidate = candidate.parentElement) {
        if (isScrollable(candidate)) {
          found.push(candidate);
          break;
        }
      }
    }
    return found;
  }

  function findContainers(doc) {
    const found = new Set(dom.all(doc, '[role="log"]'));
    for (const el of dom.all(doc, '[aria-live]:not([aria-live="off"])')) {
      if (hasRepeatedChildren(rowParentOf(el), 2)) found.add(el);
    }
    if (found.size === 0) for (const el of scrollingRowContainers(doc)) found.add(el);
    const all = [...found].filter((el) => el.isConnected && !isOwnUi(el));
    return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
  }

  function rowsForNode(node, containers) {
    const el = node.nodeType === 1 ? node : node.parentElement;
    if (!el || isOwnUi(el)) return [];
    const rows = new Set();
    for (const container of containers) {
      const parent = rowParentOf(container);
      if (el === container || el === parent || el.contains(container) || el.contains(parent)) {
        for (const row of rowsOf(container)) rows.add(row);
        continue;
      }
      if (!parent.contains(el)) continue;
      let row = el;
      while (row.parentElement && row.parentElement !== parent) row = row.parentElement;
      if (row.parentElement === parent && collapse(row.textContent) !== "") rows.add(row);
    }
    return [...rows];
  }

  function explicitDirection(el) {
    const declared = el.getAttribute("data-direction");
    if (declared) return /^out/i.test(declared) ? "outgoing" : "incoming";
    if (classMatches(el, OUTGOING_TOKEN)) return "outgoing";
    if (classMatches(el, INCOMING_TOKEN)) return "incoming";
    for (const attribute of el.attributes) {
      if (!attribute.name.startsWith("data-") || NON_DIRECTION_DATA.has(attribute.name)) continue;
      if (OUTGOING_TOKEN.test(attribute.name.slice(5)) || OUTGOING_TOKEN.test(attribute.value)) return "outgoing";
    }
    return null;
  }

  function looksRightAligned(el, container) {
    const view = dom.view(el.ownerDocument);
    const style = view?.getComputedStyle?.(el);
    if (el.style?.marginLeft === "auto" || style?.marginLeft === "auto") return true;
    if (/^(flex-end|end)$/.test(style?.alignSelf ?? "")) return true;
    if (/^(flex-end|end)$/.test(style?.justifyContent ?? "")) return true;
    if (/^(right|end)$/.test(style?.textAlign ?? "")) return true;
    // Browsers report margin-left:auto as used pixels, so geometry is the real signal there.
    const box = el.getBoundingClientRect?.();
    const frame = container.getBoundingClientRect?.();
    if (!box || !frame || box.width === 0 || frame.width === 0 || box.width > frame.width * 0.8) return false;
    return box.left - frame.left > frame.right - box.right + 24;
  }

  function directionOf(row, container) {
    for (let el = row; el && el !== container; el = el.parentElement) {
      const direction = explicitDirection(el);
      if (direction) return direction;
    }
    const bubble = row.firstElementChild;
    if (looksRightAligned(row, container) || (bubble && looksRightAligned(bubble, container))) return "outgoing";
    return "incoming";
  }

  function authorOf(row, classed) {
    if (row.hasAttribute("data-author")) return { name: collapse(row.getAttribute("data-author")), el: null };
    const marked = row.querySelector("[data-author]");
    if (marked) return { name: collapse(marked.getAttribute("data-author") || marked.textContent), el: marked };
    const named = classed.find((el) => classMatches(el, AUTHOR_CLASS));
    return named ? { name: collapse(named.textContent), el: named } : { name: "", el: null };
  }

  function timeElementsOf(row, classed) {
    return [...row.querySelectorAll("time, [data-time]")].concat(classed.filter((el) => classMatches(el, TIME_CLASS)));
  }

  function timeOf(row, now) {
    const stamped = row.querySelector("time[datetime]");
    if (stamped) return stamped.getAttribute("datetime");
    const data = row.hasAttribute("data-time") ? row : row.querySelector("[data-time]");
    return data ? data.getAttribute("data-time") : now().toISOString();
  }

  function textWithout(root, excluded) {
    const walker = dom.walker(root.ownerDocument, root, 4);
    const parts = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent?.closest("script, style") || excluded.some((el) => el.contains(node))) continue;
      parts.push(node.nodeValue);
    }
    return collapse(parts.join(" "));
  }

  function textOf(row, classed, excluded) {
    const candidates = classed.filter(
      (el) => classMatches(el, TEXT_CLASS) && !classMatches(el, TIME_CLASS) && !excluded.some((other) => el.contains(other) || other.contains(el)),
    );
    const outermost = candidates.filter((el) => !candidates.some((other) => other !== el && other.contains(el)));
    if (outermost.length > 0) return collapse(outermost.map((el) => el.textContent).join(" "));
    return textWithout(row, excluded);
  }

  function titleOf(container) {
    const doc = container.ownerDocument;
    const label = collapse(container.getAttribute("aria-label"));
    if (label) return label;
    const labelledBy = container.getAttribute("aria-labelledby");
    const labelEl = labelledBy ? dom.byId(doc, labelledBy.split(/\s+/)[0]) : null;
    if (labelEl && collapse(labelEl.textContent)) return collapse(labelEl.textContent);
    const heading = dom.one(doc, 'h1, h2, h3, [role="heading"]');
    return collapse(heading?.textContent) || "unknown";
  }

  function conversationOf(container) {
    const where = globalThis.location;
    const name = container.id || collapse(container.getAttribute("aria-label")) || "chat";
    return clip(`${name}|${where.pathname}${where.hash}`, LIMITS.conversation);
  }

  const identityOf = memoByText((row, container) => {
    const classed = [...row.querySelectorAll("[class]")];
    const author = authorOf(row, classed);
    const excluded = [author.el, ...timeElementsOf(row, classed)].filter(Boolean);
    return { author: author.name, direction: directionOf(row, container), text: textOf(row, classed, excluded) };
  });

  function lastIncomingAuthorBefore(row, container) {
    let walked = 0;
    for (let el = row.previousElementSibling; el && walked < MAX_ORDINAL_WALK; el = el.previousElementSibling, walked += 1) {
      const identity = identityOf(el, container);
      if (identity.direction === "incoming" && identity.author) return identity.author;
    }
    return "";
  }

  function ordinalOf(row, container, identity) {
    let ordinal = 0;
    let walked = 0;
    for (let el = row.previousElementSibling; el && walked < MAX_ORDINAL_WALK; el = el.previousElementSibling, walked += 1) {
      const other = identityOf(el, container);
      if (other.text === identity.text && other.direction === identity.direction && other.author === identity.author) ordinal += 1;
    }
    return ordinal;
  }

  function extract(row, container, now = () => new Date()) {
    const identity = identityOf(row, container);
    const conversation = conversationOf(container);
    const title = titleOf(container);
    const contactName =
      identity.direction === "outgoing" ? lastIncomingAuthorBefore(row, container) || title : identity.author || title;
    const contact = clip(contactName || "unknown", LIMITS.contact);
    const id = ID_ATTRIBUTES.map((name) => row.getAttribute(name)).find((value) => value);
    const key = id
      ? `${conversation}|${id}`
      : contentKey({ conversation, contact, direction: identity.direction, text: identity.text, ordinal: ordinalOf(row, container, identity) });
    return {
      conversation,
      contact,
      direction: identity.direction,
      text: identity.text,
      time: timeOf(row, now),
      key: clip(key, LIMITS.key),
    };
  }

  ns.adapters.generic = Object.freeze({ findContainers, rowsOf, rowsForNode, extract });
})();
