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
  const MIN_ROWS = 2;
  const COMPOSER_REACH = 5;
  const FOLLOWING = 4;
  const COMPOSER = 'textarea, [contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"], input:not([type]), input[type="text"]';
  const SEND_AFFORDANCE = 'button, [role="button"], input[type="submit"], input[type="button"]';
  const POST_PARTS = 'h1, h2, h3, h4, h5, h6, article, [role="article"]';
  const SCROLLER_CLASS = /scroll|simplebar|os-host/i;
  const RAIL_CLASS = /ps__rail|scrollbar|simplebar-track|os-scrollbar/i;
  const CHAT_WORD = /message|msg|chat|bubble|conversation|mensaje/i;
  const NOT_CHAT_WORD = /comment|review|result|feed|post|inbox|mail|notification|faq|article|story|stories|timeline|tweet|thread|forum|blog|entry|entries/i;
  const NOT_CHAT_ROLE = /^(feed|grid|treegrid|listbox|table|article|search|tablist|menu)$/;
  // A text box whose own words say it takes a search, an address or a comment is not where a child chats.
  const NOT_CHAT_COMPOSER = /search|buscar|e-?mail|correo|comment|comentario|review|subscribe|suscri/i;
  const MAX_SCANNED_ELEMENTS = 20000;
  const MAX_ORDINAL_WALK = 500;
  const BUBBLE_DEPTH = 4;

  const { LIMITS, collapse, clip, isOwnUi, hash, memoByText, perTask, contentKey, overflowOf, scrollsNatively } = ns.adapterKit;
  const classTokens = (el) => (el.classList ? [...el.classList] : []);
  // The class patterns hold no spaces, so testing the whole attribute is testing each token, without copying the list.
  const classMatches = (el, pattern) => pattern.test(el.getAttribute("class") ?? "");
  // Whether a row says anything, without building its collapsed text.
  const NOT_SPACE = /\S/;
  const hasText = (el) => NOT_SPACE.test(el.textContent);

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

  // Custom scrollers add their rails beside the rows; they are no row.
  const contentChildren = (el) => [...el.children].filter((child) => !classMatches(child, RAIL_CLASS));

  // The one child that is not a rail, or null when there are none or several. It runs for every node a chat adds,
  // so it stops at the second child instead of copying a list of hundreds of rows.
  function onlyContentChild(el) {
    let only = null;
    for (const child of el.children) {
      if (classMatches(child, RAIL_CLASS)) continue;
      if (only) return null;
      only = child;
    }
    return only;
  }

  // Rows often sit in one list wrapper inside the scroller; a lone message row must not be mistaken for it. Asked for
  // every node a chat adds, so it is worked out once a pass.
  const rowParentOf = perTask((container) => {
    let parent = container;
    for (let depth = 0; depth < 3; depth += 1) {
      const only = onlyContentChild(parent);
      if (!only) break;
      const isList = /^(UL|OL)$/.test(only.tagName) || /^(list|rowgroup|presentation)$/.test(only.getAttribute("role") ?? "");
      if (!isList && !hasRepeatedChildren(only, 2)) break;
      parent = only;
    }
    return parent;
  });

  function rowsOf(container) {
    return contentChildren(rowParentOf(container)).filter(hasText);
  }

  // What rowsOf(container).find(wanted) gives, without reading every row above it: the row history asks for the oldest
  // row it has seen each time a chat drops the rows at its top, and `wanted` is a lookup, where a row's text is a copy.
  function findRow(container, wanted) {
    for (const child of rowParentOf(container).children) if (wanted(child) && !classMatches(child, RAIL_CLASS) && hasText(child)) return child;
    return undefined;
  }

  // A chat scrolls: natively, or with overflow hidden under a custom scrollbar (perfect-scrollbar, SimpleBar,
  // OverlayScrollbars) or a content box moved by transform.
  function isScroller(el) {
    const overflow = overflowOf(el);
    if (scrollsNatively(overflow)) return true;
    if (!/hidden/.test(overflow)) return false;
    if (classMatches(el, SCROLLER_CLASS) || [...el.children].some((child) => classMatches(child, RAIL_CLASS))) return true;
    const inner = el.firstElementChild;
    return Boolean(inner && /translate|matrix/.test(dom.view(el.ownerDocument)?.getComputedStyle?.(inner)?.transform ?? ""));
  }

  // The document and every open shadow root in it (web-component chat kits draw inside one), nested ones too.
  // One recheck asks twice (for roots to watch, then for chats in them), so the walk over every element is kept.
  const rootsOf = perTask((doc) => {
    const roots = [doc];
    let scanned = 0;
    for (let i = 0; i < roots.length && scanned < MAX_SCANNED_ELEMENTS; i += 1) {
      const elements = roots[i].querySelectorAll("*");
      for (let j = 0; j < elements.length && scanned < MAX_SCANNED_ELEMENTS; j += 1, scanned += 1) {
        const shadow = elements[j].shadowRoot;
        if (shadow) roots.push(shadow);
      }
    }
    return roots;
  });

  const searchLike = (el) =>
    el.closest('[role="search"], [role="searchbox"], [role="combobox"]') !== null ||
    NOT_CHAT_COMPOSER.test(["type", "name", "id", "placeholder", "aria-label", "autocomplete"].map((name) => el.getAttribute(name) ?? "").join(" "));

  function hasSendAffordance(composer) {
    if (composer.closest("form")) return true;
    let around = composer.parentElement;
    for (let up = 0; around && up < 4; up += 1, around = around.parentElement) {
      if (around.querySelector(SEND_AFFORDANCE)) return true;
    }
    return false;
  }

  // Where a child types: a text box that is not a search, an address or a comment box, with a send button or a form.
  const composersIn = (root) =>
    [...root.querySelectorAll(COMPOSER)].filter((el) => !searchLike(el) && !isOwnUi(el) && hasSendAffordance(el));

  // A composer after the list, under a near common ancestor: where chats put it. Comment panes put theirs first.
  function composerAfter(container, composers) {
    // parentNode, not parentElement: a chat drawn in a shadow root has the root itself as its top.
    let around = container.parentNode;
    for (let up = 0; around && up < COMPOSER_REACH; up += 1, around = around.parentNode) {
      const scope = around;
      if (composers.some((composer) => scope.contains(composer) && !container.contains(composer) && container.compareDocumentPosition(composer) & FOLLOWING)) {
        return true;
      }
    }
    return false;
  }

  const notChatMarks = (el) => NOT_CHAT_ROLE.test(el.getAttribute("role") ?? "") || NOT_CHAT_WORD.test(`${el.getAttribute("class") ?? ""} ${el.id}`);

  // Posts, comments, reviews, results, mail and feed entries: the list, a wrapper or most rows say what they are.
  function looksLikePosts(container, rows) {
    for (let el = container, up = 0; el && up < 4; el = el.parentElement, up += 1) if (notChatMarks(el)) return true;
    const postLike = rows.filter((row) => row.tagName === "ARTICLE" || notChatMarks(row) || row.querySelector(POST_PARTS) !== null);
    return postLike.length * 2 >= rows.length;
  }

  const hasAuthorOrTime = (row) =>
    row.hasAttribute("data-author") ||
    row.querySelector("time, [data-time], [data-author]") !== null ||
    [...row.querySelectorAll("[class]")].some((el) => classMatches(el, AUTHOR_CLASS) || classMatches(el, TIME_CLASS));

  const saysChat = (el) => CHAT_WORD.test(`${el.getAttribute("class") ?? ""} ${el.id} ${el.getAttribute("aria-label") ?? ""}`);
  const speaksChat = (container, rows) =>
    saysChat(container) || saysChat(rowParentOf(container)) || rows.slice(0, 5).some((row) => saysChat(row) || [...row.querySelectorAll("[class]")].some(saysChat));

  // The rule (docs/sites.md, "Generic adapter"): a role="log" is a chat. Otherwise the list and most rows must not
  // call themselves posts, comments, reviews, mail or results, and the list must either be a live region whose rows
  // carry an author or a time and speak of messages, or a scroller whose rows carry an author or a time or speak of
  // messages, with a composer after it.
  function isChat(container, composers) {
    if (container.getAttribute("role") === "log") return true;
    const rows = rowsOf(container);
    if (rows.length < MIN_ROWS || looksLikePosts(container, rows)) return false;
    const authored = rows.filter(hasAuthorOrTime).length * 2 >= rows.length;
    const chatWords = speaksChat(container, rows);
    const live = (container.getAttribute("aria-live") ?? "off") !== "off";
    if (live && authored && chatWords) return true;
    return (authored || chatWords) && isScroller(container) && composerAfter(container, composers);
  }

  function scrollingRowContainers(root) {
    const found = [];
    const elements = root.querySelectorAll("*");
    const limit = Math.min(elements.length, MAX_SCANNED_ELEMENTS);
    for (let i = 0; i < limit; i += 1) {
      const el = elements[i];
      if (el.childElementCount < MIN_ROWS || !hasRepeatedChildren(el, MIN_ROWS)) continue;
      let candidate = el;
      for (let up = 0; candidate && up < 3; up += 1, candidate = candidate.parentElement) {
        if (isScroller(candidate)) {
          found.push(candidate);
          break;
        }
      }
    }
    return found;
  }

  // Cheap first: a page or frame with no log, no live region and no composer costs one query per root and no layout.
  function findContainers(doc) {
    const found = new Set();
    for (const root of rootsOf(doc)) {
      const composers = composersIn(root);
      const marked = [...root.querySelectorAll('[role="log"], [aria-live]:not([aria-live="off"])')];
      if (composers.length === 0 && marked.length === 0) continue;
      const candidates = new Set(marked);
      if (composers.length > 0) for (const el of scrollingRowContainers(root)) candidates.add(el);
      for (const el of candidates) if (el.isConnected && !isOwnUi(el) && isChat(el, composers)) found.add(el);
    }
    const all = [...found];
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
      if (row.parentElement === parent && hasText(row)) rows.add(row);
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

  // Which physical side a flex container's main-axis end is on: a reversed row (or right-to-left text) swaps them,
  // so `justify-content: flex-end` under `row-reverse` packs to the left (X styles received messages that way).
  function mainEndIsRight(style) {
    const reversed = /reverse/.test(style.flexDirection ?? "") !== (style.direction === "rtl");
    return !reversed;
  }

  function packsRight(style) {
    if (!/flex/.test(style?.display ?? "") || /column/.test(style.flexDirection ?? "")) return false;
    if (/^(flex-end|end)$/.test(style.justifyContent ?? "")) return mainEndIsRight(style);
    if (/^(flex-start|start|normal)$/.test(style.justifyContent ?? "")) return !mainEndIsRight(style);
    return false;
  }

  // align-self works on the cross axis: in a column (reversed or not) flex-end is the right side, unless right to left.
  function selfRight(el, style) {
    if (!/^(flex-end|end)$/.test(style?.alignSelf ?? "")) return false;
    const parentStyle = el.parentElement ? dom.view(el.ownerDocument)?.getComputedStyle?.(el.parentElement) : null;
    return /^column/.test(parentStyle?.flexDirection ?? "") && style.direction !== "rtl";
  }

  function looksRightAligned(el, container) {
    const view = dom.view(el.ownerDocument);
    const style = view?.getComputedStyle?.(el);
    // Geometry is the real signal in a browser (it already folds in reversed directions); styles serve where there is
    // no layout. Browsers report margin-left:auto as used pixels, hence the inline style check.
    const box = el.getBoundingClientRect?.();
    const frame = container.getBoundingClientRect?.();
    if (box && frame && box.width > 0 && frame.width > 0) {
      if (box.width > frame.width * 0.8) return false;
      return box.left - frame.left > frame.right - box.right + 24;
    }
    if (el.style?.marginLeft === "auto" || style?.marginLeft === "auto") return true;
    if (selfRight(el, style) || packsRight(style)) return true;
    return /^(right)$/.test(style?.textAlign ?? "") || (style?.textAlign === "end" && style.direction !== "rtl");
  }

  function directionOf(row, container) {
    for (let el = row; el && el !== container; el = el.parentElement) {
      const direction = explicitDirection(el);
      if (direction) return direction;
    }
    // Kits wrap the bubble in full-width rows (deep-chat: row, then a flex line, then the bubble): look down the
    // first children until one is narrower than the chat.
    let el = row;
    for (let depth = 0; el && depth < BUBBLE_DEPTH; depth += 1, el = el.firstElementChild) {
      if (looksRightAligned(el, container)) return "outgoing";
    }
    return "incoming";
  }

  // What a row's identity is read from, in one query of the row (three queries cost a row more than the rest of it):
  // its elements with a class, the first one below it that names an author, and its time elements.
  const ROW_PARTS = "[class], [data-author], time, [data-time]";
  function partsOf(row) {
    const classed = [];
    const times = [];
    let marked = null;
    const found = row.querySelectorAll(ROW_PARTS);
    for (let i = 0; i < found.length; i += 1) {
      const el = found[i];
      if (el.hasAttribute("class")) classed.push(el);
      if (marked === null && el.hasAttribute("data-author")) marked = el;
      if (el.localName === "time" || el.hasAttribute("data-time")) times.push(el);
    }
    return { classed, times, marked };
  }

  function authorOf(row, { classed, marked }) {
    if (row.hasAttribute("data-author")) return { name: collapse(row.getAttribute("data-author")), el: null };
    if (marked) return { name: collapse(marked.getAttribute("data-author") || marked.textContent), el: marked };
    const named = classed.find((el) => classMatches(el, AUTHOR_CLASS));
    return named ? { name: collapse(named.textContent), el: named } : { name: "", el: null };
  }

  const timeElementsOf = ({ classed, times }) => times.concat(classed.filter((el) => classMatches(el, TIME_CLASS)));

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

  // Every row of a pass asks, so the chat's title is read once a pass.
  const titleOf = perTask((container) => {
    const doc = container.ownerDocument;
    const label = collapse(container.getAttribute("aria-label"));
    if (label) return label;
    const labelledBy = container.getAttribute("aria-labelledby");
    const labelEl = labelledBy ? dom.byId(doc, labelledBy.split(/\s+/)[0]) : null;
    if (labelEl && collapse(labelEl.textContent)) return collapse(labelEl.textContent);
    const heading = dom.one(doc, 'h1, h2, h3, [role="heading"]');
    return collapse(heading?.textContent) || "unknown";
  });

  // Every row of a pass asks, so it is worked out once a pass, and the hash again only when the address moves.
  let pathHash = { path: null, value: "" };
  const conversationOf = perTask((container) => {
    const where = globalThis.location;
    const name = container.id || collapse(container.getAttribute("aria-label")) || "chat";
    const path = `${where.pathname}${where.hash}`;
    if (pathHash.path !== path) pathHash = { path, value: hash(path) };
    // The path can name a person or a search; the host only needs chats on one page told apart, so it gets a hash.
    return clip(`${name}|p${pathHash.value}`, LIMITS.conversation);
  });

  const identityOf = memoByText((row, container) => {
    const parts = partsOf(row);
    const author = authorOf(row, parts);
    const excluded = [author.el, ...timeElementsOf(parts)].filter(Boolean);
    return { author: author.name, direction: directionOf(row, container), text: textOf(row, parts.classed, excluded) };
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

  function idOf(row) {
    for (const name of ID_ATTRIBUTES) {
      const value = row.getAttribute(name);
      if (value) return value;
    }
    return undefined;
  }

  function extract(row, container, now = () => new Date()) {
    const identity = identityOf(row, container);
    const conversation = conversationOf(container);
    const title = titleOf(container);
    const contactName =
      identity.direction === "outgoing" ? lastIncomingAuthorBefore(row, container) || title : identity.author || title;
    const contact = clip(contactName || "unknown", LIMITS.contact);
    const id = idOf(row);
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

  ns.adapters.generic = Object.freeze({ findContainers, rootsOf, rowsOf, findRow, rowsForNode, extract });
})();
