(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;
  const dom = ns.pageDom;
  ns.adapters = ns.adapters ?? {};
  const kit = ns.adapterKit;

  // Snapchat for the web ships CSS-module classes (short hashes) and no test ids or message ids; these are the ids and
  // classes public code reading the live page uses (docs/sites.md, Snapchat), so expect them to change with its builds.
  const LIST = '[id^="cv-"], ul.ujRzj';
  const LIST_ID = /^cv-(.+)$/;
  const CHAT_PATH = /^\/web\/([^/]+)/;
  const TEXT = "span.ogn1z";
  const BLOCK = "li";
  const SENDER = "header .nonIntl";
  const BORDER = ".KB4Aq";
  // A block opens with its sender's name, and the child's own are headed by this word, not their name.
  const ME = new Set(["me", "yo"]);
  // Blocks without a header are told by their border: Snapchat's red for the child's own, blue for the others.
  const MY_BORDER = "rgb(242, 60, 87)";
  const THEIR_BORDER = "rgb(14, 173, 255)";
  const MAX_WALK = 500;

  const matches = (location) =>
    location.hostname === "web.snapchat.com" || (location.hostname === "www.snapchat.com" && location.pathname.startsWith("/web"));

  // Snapchat keeps a list per conversation opened in the session; only the one shown is read.
  function findContainers(doc) {
    const view = dom.view(doc);
    const lists = [...dom.all(doc, LIST)].filter((list) => !kit.isOwnUi(list) && view.getComputedStyle(list).display !== "none");
    return lists.filter((list) => !lists.some((other) => other !== list && other.contains(list)));
  }

  const { rowsOf, rowsForNode, findRow } = kit.rowsMatching(TEXT);

  const headerOf = (block) => kit.collapse(block.querySelector(SENDER)?.textContent);

  function directionOf(block) {
    const header = headerOf(block);
    if (header) return ME.has(header.toLowerCase()) ? "outgoing" : "incoming";
    const border = block.querySelector(BORDER);
    const color = border ? dom.view(block.ownerDocument).getComputedStyle(border).borderLeftColor : "";
    return color === MY_BORDER ? "outgoing" : color === THEIR_BORDER ? "incoming" : "";
  }

  // Blocks after the first of a run carry no header; the run's sender is named by the nearest header above.
  function senderAbove(block, container) {
    const blocks = [...container.querySelectorAll(BLOCK)].filter((candidate) => !candidate.querySelector(BLOCK));
    for (let i = blocks.indexOf(block), walked = 0; i >= 0 && walked < MAX_WALK; i -= 1, walked += 1) {
      const header = headerOf(blocks[i]);
      if (header) return ME.has(header.toLowerCase()) ? "" : header;
    }
    return "";
  }

  // The other person in a one-to-one chat: the nearest block not headed by the child.
  function partnerOf(container) {
    for (const name of [...container.querySelectorAll(SENDER)].reverse()) {
      const sender = kit.collapse(name.textContent);
      if (sender && !ME.has(sender.toLowerCase())) return sender;
    }
    return "";
  }

  function conversationOf(container) {
    const id = LIST_ID.exec(container.id)?.[1] ?? CHAT_PATH.exec(globalThis.location.pathname)?.[1];
    return `snapchat:${id ?? "unknown"}`;
  }

  function extract(row, container, now = () => new Date()) {
    const block = row.closest(BLOCK);
    const text = kit.textWithEmoji(row);
    if (kit.isOwnUi(row) || !block || !text) return null;
    const direction = directionOf(block);
    if (!direction) return null;
    const conversation = conversationOf(container);
    const sender = direction === "incoming" ? senderAbove(block, container) : "";
    const contact = sender || partnerOf(container);
    const rows = rowsOf(container);
    const isSame = (other) => kit.textWithEmoji(other) === text && other.closest(BLOCK) && directionOf(other.closest(BLOCK)) === direction;
    const ordinal = kit.repeatsBefore(rows, rows.indexOf(row), isSame, MAX_WALK);
    // The partner named on the child's messages can change as the chat loads; the key must not.
    const key = kit.contentKey({ conversation, contact: sender, direction, text, ordinal });
    return kit.message({ conversation, contact, direction, text, time: now().toISOString(), key });
  }

  ns.adapters.snapchat = Object.freeze({
    id: "snapchat",
    blockHelpKey: "blockHowSnapchat",
    matches,
    findContainers,
    rowsOf,
    findRow,
    rowsForNode,
    extract,
  });
})();
