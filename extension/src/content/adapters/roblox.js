(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;
  const dom = ns.pageDom;
  ns.adapters = ns.adapters ?? {};
  const kit = ns.adapterKit;

  // The chat panel docked on www.roblox.com pages, from the templates in Roblox's own chat bundle (chatDialog.html,
  // chatGroupDialog.html): one dialog per open conversation, its messages in ul.dialog-messages (docs/sites.md, Roblox).
  const LIST = "ul.dialog-messages";
  const ROW = "li.dialog-message-container";
  const SKIPPED = ".system-message, .typing-indicator";
  const PIECE = ".message-piece";
  // A message still being sent is drawn before the server has filtered it; it is read once sent.
  const SENDING = ".message-is-sending";
  const AUTHOR = ".dialog-message-author";
  const DIALOG = '[id^="dialog-container-"]';
  const TITLE = ".dialog-header-title";
  const MAX_WALK = 500;

  const matches = (location) => location.hostname === "www.roblox.com";

  const findContainers = (doc) => [...dom.all(doc, LIST)].filter((list) => !kit.isOwnUi(list) && list.closest(DIALOG));

  const { rowsOf, rowsForNode, findRow } = kit.rowsMatching(ROW);

  const textOf = (row) => kit.collapse([...row.querySelectorAll(PIECE)].map((piece) => kit.textWithEmoji(piece)).join(" "));

  // Roblox marks only what others wrote (message-inbound); the child's own messages are the rows without it.
  const directionOf = (row) => (row.classList.contains("message-inbound") ? "incoming" : "outgoing");

  // Group dialogs name the author on every incoming row (shown on the first of a run only); one-to-one dialogs do not.
  function authorOf(row) {
    let walked = 0;
    for (let el = row; el && walked < MAX_WALK; el = el.previousElementSibling, walked += 1) {
      if (!el.matches(ROW) || directionOf(el) !== "incoming") continue;
      const author = kit.collapse(el.querySelector(AUTHOR)?.textContent);
      if (author) return author;
    }
    return "";
  }

  function extract(row, container, now = () => new Date()) {
    if (kit.isOwnUi(row) || row.matches(SKIPPED) || row.querySelector(SENDING)) return null;
    const text = textOf(row);
    if (!text) return null;
    const dialog = container.closest(DIALOG);
    const conversation = `roblox:${dialog.id.slice("dialog-container-".length)}`;
    const title = kit.collapse(dialog.querySelector(TITLE)?.textContent);
    const direction = directionOf(row);
    const contact = (direction === "incoming" && authorOf(row)) || title;
    const rows = rowsOf(container);
    const isSame = (other) => textOf(other) === text && directionOf(other) === direction;
    const ordinal = kit.repeatsBefore(rows, rows.indexOf(row), isSame, MAX_WALK);
    return kit.message({ conversation, contact, direction, text, time: now().toISOString(), key: kit.contentKey({ conversation, contact, direction, text, ordinal }) });
  }

  ns.adapters.roblox = Object.freeze({
    id: "roblox",
    blockHelpKey: "blockHowRoblox",
    matches,
    findContainers,
    rowsOf,
    findRow,
    rowsForNode,
    extract,
  });
})();
