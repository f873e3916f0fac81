// The least a content script can do and still give SafeBrowse's worker what it scores from WhatsApp Web: observe the
// page's tree, and once per idle slot read each added row's message id, text and author, skip ids already sent, and
// send the rest in SafeBrowse's packed batch, on the port SafeBrowse's own content scripts use, to its worker and host.
// It leaves out what the real adapter and pipeline must also do: emoji images read as text, the direction when the id
// does not say it, each row's own time, rows inside an added node, page order, older history, the copy of the chat a
// child can save, a batch sent again when the worker stops, and SafeBrowse's own notices. So it is a lower bound: a
// reader that does all that costs the page at least this. It observes the page exactly as the floor does
// (floor/floor.js), line for line, so the two differ only in what they read and where they send it.
(() => {
  const ROW = '[role="row"]';
  const MESSAGE = "[data-id]";
  const TEXT = "span.selectable-text.copyable-text";
  const META = "[data-pre-plain-text]";
  const CHAT_TITLE = '#main header span[dir="auto"][title]';
  const added = [];
  const sent = new Set();
  let scheduled = false;
  let port = null;
  let nextId = 1;
  const send = (message) => {
    if (port === null) {
      port = chrome.runtime.connect({ name: "cs-bg-observed" });
      port.onMessage.addListener(() => {});
      port.onDisconnect.addListener(() => (port = null));
    }
    port.postMessage({ id: nextId, message });
    nextId += 1;
  };

  const flush = () => {
    scheduled = false;
    const nodes = added.splice(0);
    const title = document.querySelector(CHAT_TITLE)?.getAttribute("title") ?? "";
    const time = new Date().toISOString();
    const conversations = [];
    const contacts = [title];
    const contactIndexes = new Map([[title, 0]]);
    const rows = [];
    for (let i = 0; i < nodes.length; i += 1) {
      const node = nodes[i];
      if (node.nodeType !== 1 || !node.isConnected || !node.matches(ROW)) continue;
      const item = node.querySelector(MESSAGE);
      const id = item?.getAttribute("data-id");
      const textEl = id && !sent.has(id) ? item.querySelector(TEXT) : null;
      if (!textEl) continue;
      // "[<time>, <date>] <author>: "
      const authorLine = item.querySelector(META)?.getAttribute("data-pre-plain-text") ?? "";
      const outgoing = id.startsWith("true_");
      const author = outgoing ? title : authorLine.slice(authorLine.indexOf("] ") + 2, authorLine.lastIndexOf(":")) || title;
      let contact = contactIndexes.get(author);
      if (contact === undefined) contactIndexes.set(author, (contact = contacts.push(author) - 1));
      sent.add(id);
      if (conversations.length === 0) conversations.push(`whatsapp:${id.split("_")[1]}`);
      rows.push([0, contact, outgoing ? 1 : 0, textEl.textContent, time, `whatsapp|${id}`]);
    }
    if (rows.length > 0) send({ type: "cs-bg-observed", site: location.hostname, conversations, contacts, rows });
  };

  new MutationObserver((mutations) => {
    for (const mutation of mutations) for (let nodes = mutation.addedNodes, i = 0; i < nodes.length; i += 1) added.push(nodes[i]);
    if (scheduled) return;
    scheduled = true;
    requestIdleCallback(flush, { timeout: 200 });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
