(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;
  const dom = ns.pageDom;
  ns.adapters = ns.adapters ?? {};
  const kit = ns.adapterKit;

  // Snapchat for the web ships CSS-module classes (short hashes) and no test ids or message ids; these are the classes
  // public code reading the live page uses (docs/sites.md, Snapchat), so expect them to change with Snapchat's builds.
  const CHAT_PATH = /^\/web\/([^/]+)/;
  const LIST = "ul.ujRzj";
  const MESSAGE = "div.KB4Aq";
  const TEXT = "span.ogn1z";
  const SENDER = "header .nonIntl";
  // A run of messages opens with its sender's name; the child's own runs are headed by this word, not their name.
  const ME = new Set(["me", "yo"]);
  const MAX_WALK = 500;

  const matches = (location) =>
    location.hostname === "web.snapchat.com" || (location.hostname === "www.snapchat.com" && location.pathname.startsWith("/web"));

  const chatIdOf = (location) => CHAT_PATH.exec(location.pathname)?.[1] ?? "";

  // Snapchat keeps a list per conversation it has opened; only the one shown is the chat at the address.
  function findContainers(doc) {
    if (!chatIdOf(globalThis.location)) return [];
    const view = dom.view(doc);
    return [...dom.all(doc, LIST)].filter((list) => !kit.isOwnUi(list) && view.getComputedStyle(list).display !== "none");
  }

  const rowsOf = (container) => [...container.querySelectorAll(MESSAGE)];

  const rowsForNode = (node, containers) => kit.rowsTouched(node, containers, MESSAGE, rowsOf);

  // The run's header names its sender; a run continued past a separator takes it from the runs above.
  function senderOf(message, container) {
    let group = message.closest("li");
    for (let walked = 0; group && container.contains(group) && walked < MAX_WALK; group = group.previousElementSibling, walked += 1) {
      const name = group.querySelector(SENDER);
      if (name) return kit.collapse(name.textContent);
    }
    return "";
  }

  const isMe = (sender) => ME.has(sender.toLowerCase());

  // The other person in a one-to-one chat: the nearest run not headed by the child.
  function partnerOf(container) {
    for (const name of [...container.querySelectorAll(SENDER)].reverse()) {
      const sender = kit.collapse(name.textContent);
      if (sender && !isMe(sender)) return sender;
    }
    return "";
  }

  function extract(message, container, now = () => new Date()) {
    if (kit.isOwnUi(message)) return null;
    const textEl = message.querySelector(TEXT);
    const text = textEl ? kit.textWithEmoji(textEl) : "";
    const sender = text ? senderOf(message, container) : "";
    if (!sender) return null;
    const direction = isMe(sender) ? "outgoing" : "incoming";
    const conversation = `snapchat:${chatIdOf(globalThis.location)}`;
    const contact = direction === "incoming" ? sender : partnerOf(container);
    const rows = rowsOf(container);
    const isSame = (other) => kit.collapse(other.querySelector(TEXT)?.textContent) === kit.collapse(textEl.textContent) && isMe(senderOf(other, container)) === isMe(sender);
    const ordinal = kit.repeatsBefore(rows, rows.indexOf(message), isSame, MAX_WALK);
    // The partner named on the child's messages can change as the chat loads; the key must not.
    const key = kit.contentKey({ conversation, contact: direction === "incoming" ? sender : "", direction, text, ordinal });
    return kit.message({ conversation, contact, direction, text, time: now().toISOString(), key });
  }

  ns.adapters.snapchat = Object.freeze({
    id: "snapchat",
    blockHelpKey: "blockHowSnapchat",
    matches,
    findContainers,
    rowsOf,
    rowsForNode,
    extract,
  });
})();
