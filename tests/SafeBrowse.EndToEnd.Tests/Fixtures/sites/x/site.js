// Plays X's part: with ?c=<name>, another conversation opened without a page load (the path moves, the cells are
// replaced) and replayed one message at a time, each entry styled as X's DirectMessages bundle styles it.
(() => {
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const cells = () => document.querySelector('[data-testid="DmScrollerContainer"] > div');
  const CELL_HEIGHT = 64;

  // Sent: root align-items flex-end, inner row + justify flex-end. Received: root flex-start, inner row-reverse + flex-end.
  function cellHtml(text, sent, index) {
    const root = sent ? "r-obd0qt" : "r-1habvwh";
    const inner = sent ? "r-18u37iz r-17s6mgv" : "r-15d164r r-17s6mgv";
    const bubble = sent ? "r-l5o3uw" : "r-gu4em3";
    return `<div data-testid="cellInnerDiv" style="transform: translateY(${index * CELL_HEIGHT}px); position: absolute; width: 100%;">` +
      `<div class="css-175oi2r"><div data-testid="messageEntry" tabindex="0" class="css-175oi2r ${root} r-1ny4l3l r-1loqt21">` +
      `<div class="css-175oi2r ${inner}"><div class="css-175oi2r r-1iusvr4 r-16y2uox">` +
      `<div role="presentation" class="css-175oi2r ${bubble} r-1867qdf r-1udh08x r-3s2u2q">` +
      `<div dir="auto" lang="es" class="css-146c3p1 r-bcqeeo r-qvutc0" data-testid="tweetText"><span class="css-1jxf684">${escape(text)}</span></div>` +
      `</div></div></div></div></div></div>`;
  }

  function openConversation(path, contact) {
    history.pushState({}, "", path);
    document.querySelector("#detail-header span").textContent = contact;
    cells().replaceChildren();
  }

  const append = (text, sent) => {
    const list = cells();
    list.insertAdjacentHTML("beforeend", cellHtml(text, sent, list.childElementCount));
  };

  const query = new URLSearchParams(location.search);
  const replayed = query.get("c");
  if (!replayed) return;
  (async () => {
    // "?wait" holds the replay until the test dispatches "replay": the page as loaded is read first.
    if (query.has("wait")) await new Promise((resolve) => document.addEventListener("replay", resolve, { once: true }));
    const conversation = await (await fetch(`/safebrowse-fixtures/conversations/${replayed}.json`)).json();
    openConversation("/messages/1234567890-4445556666", conversation.contact);
    for (const message of conversation.messages) {
      append(message.text, message.from === "child");
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    document.body.dataset.replayed = String(conversation.messages.length);
  })();
})();
