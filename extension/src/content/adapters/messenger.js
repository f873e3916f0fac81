(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;
  const dom = ns.pageDom;
  ns.adapters = ns.adapters ?? {};
  const kit = ns.adapterKit;

  // Roles, headings and dir only: Messenger's atomic classes rotate (sources: sindresorhus/caprine selectors.ts and
  // public Messenger readers that use the hidden per-group heading).
  const THREAD_PATH = /^(?:\/messages)?\/(?:e2ee\/)?t\/([^/]+)/;
  const MESSAGE_GRID = '[role="main"] [role="grid"]';
  const ROW = '[role="row"]';
  const TEXT = '[dir="auto"]';
  // Time separators are h4 rows; the visually hidden sender heading of a message group is h5 (h4 on some builds).
  const HEADING = "h4, h5, h6";
  const OUTGOING_HEADINGS = new Set(["you sent", "enviaste", "tú enviaste", "has enviado"]);
  const SENT_SUFFIX = /\s+(sent|envió)$/i;
  const GRID_LABEL_PREFIX = /^(Messages in conversation (with|titled)|Mensajes (de|en) la conversación (con|llamada))\s+/i;
  const MAX_WALK = 500;

  const matches = (location) =>
    location.hostname === "www.messenger.com" || (location.hostname === "www.facebook.com" && location.pathname.startsWith("/messages/"));
  const threadIdOf = (location) => THREAD_PATH.exec(location.pathname)?.[1] ?? "";

  function findContainers(doc) {
    if (!threadIdOf(globalThis.location)) return [];
    const grids = [...dom.all(doc, MESSAGE_GRID)].filter((grid) => !grid.closest('[role="navigation"]'));
    return grids.filter((grid) => !grids.some((other) => other !== grid && other.contains(grid)));
  }

  function outerRowOf(el, container) {
    let row = el.closest(ROW);
    for (let outer = row?.parentElement?.closest(ROW); outer && container.contains(outer); outer = outer.parentElement?.closest(ROW)) row = outer;
    return row && container.contains(row) ? row : null;
  }

  const rowsOf = (container) => [...container.querySelectorAll(ROW)].filter((row) => outerRowOf(row, container) === row);

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
      const row = outerRowOf(el, container);
      if (row) rows.add(row);
      else for (const inner of el.querySelectorAll(ROW)) if (outerRowOf(inner, container) === inner) rows.add(inner);
    }
    return [...rows];
  }

  const headingOf = (row) => kit.collapse(row.querySelector(HEADING)?.textContent);

  function senderFromHeading(heading) {
    if (!heading) return null;
    if (OUTGOING_HEADINGS.has(heading.toLowerCase())) return { direction: "outgoing", author: "" };
    return { direction: "incoming", author: heading.replace(SENT_SUFFIX, "") };
  }

  // With no heading to go by, a sent bubble sits at the end of the line (after any reversed flex direction).
  const looksSent = (row, textEl) => kit.lineSideOf(textEl, row) === "end";

  const identityOf = kit.memoByText((row) => {
    const leaves = [...row.querySelectorAll(TEXT)].filter((el) => !el.querySelector(TEXT) && !el.closest(HEADING));
    const text = kit.collapse(leaves.map((leaf) => kit.textWithEmoji(leaf)).join(" "));
    return { text, sender: text ? senderFromHeading(headingOf(row)) : null, firstText: leaves[0] ?? null };
  });

  // The heading names only the first message of a group; later messages of the group inherit it.
  function senderOf(row, container) {
    const own = identityOf(row);
    if (own.sender) return own.sender;
    const rows = rowsOf(container);
    const index = rows.indexOf(row);
    for (let i = index - 1; i >= 0 && index - i < MAX_WALK; i -= 1) {
      const sender = identityOf(rows[i]).sender;
      if (sender) return sender;
    }
    return { direction: looksSent(row, own.firstText) ? "outgoing" : "incoming", author: "" };
  }

  function threadTitle(container) {
    const label = kit.collapse(container.getAttribute("aria-label"));
    if (GRID_LABEL_PREFIX.test(label)) return label.replace(GRID_LABEL_PREFIX, "");
    const main = container.closest('[role="main"]');
    const heading = [...(main?.querySelectorAll("h1, h2") ?? [])].find((el) => !container.contains(el));
    return kit.collapse(heading?.textContent) || label;
  }

  function ordinalOf(row, container, identity) {
    const rows = rowsOf(container);
    return kit.repeatsBefore(rows, rows.indexOf(row), (other) => identityOf(other).text === identity.text, MAX_WALK);
  }

  function extract(row, container, now = () => new Date()) {
    const identity = identityOf(row);
    if (!identity.text) return null;
    const { direction, author } = senderOf(row, container);
    const conversation = `messenger:${threadIdOf(globalThis.location)}`;
    const contact = (direction === "incoming" && author) || threadTitle(container);
    const { text } = identity;
    const key = kit.contentKey({ conversation, contact, direction, text, ordinal: ordinalOf(row, container, identity) });
    return kit.message({ conversation, contact, direction, text, time: now().toISOString(), key });
  }

  ns.adapters.messenger = Object.freeze({
    id: "messenger",
    blockHelpKey: "blockHowMessenger",
    matches,
    findContainers,
    rowsOf,
    rowsForNode,
    extract,
  });
})();
