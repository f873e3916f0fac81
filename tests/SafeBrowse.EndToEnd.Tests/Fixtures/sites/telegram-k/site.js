// Plays tweb's part: new bubbles in sender groups, a message sent under a temporary id that tweb rewrites in place,
// older history on scroll-up, bubbles drawn again as new nodes, another chat opened by its #peer and, with
// ?c=<name>, a conversation replayed one message at a time.
(() => {
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const chat = () => document.querySelector(".chat.tabs-tab.active");
  const inner = () => chat().querySelector(".bubbles-inner");
  let peer = "5021337001";
  let mid = 8003;
  let oldest = 8000;
  let timestamp = 1795899900;

  function bubbleHtml({ text, out, id, author, sending = false }) {
    timestamp += 30;
    const name = author ? `<div class="name floating-part"><span class="peer-title" dir="auto" data-peer-id="5021337999">${escape(author)}</span></div>` : "";
    const classes = `bubble${author ? "" : " hide-name"} ${out ? "is-out" : "is-in"} can-have-tail${sending ? " is-outgoing is-sending" : ""}`;
    return `<div class="${classes}" data-mid="${id}" data-peer-id="${peer}" data-timestamp="${timestamp}"><div class="bubble-content-wrapper"><div class="bubble-content">${name}` +
      `<div class="message spoilers-container" dir="auto"><span class="translatable-message">${escape(text)}</span><span class="time tgico"><span class="i18n" dir="auto">16:10</span></span></div></div></div></div>`;
  }

  function lastGroup(out) {
    const groups = inner().querySelectorAll(".bubbles-group");
    const last = groups[groups.length - 1];
    if (last && last.querySelector(".bubble:not(.service)")?.classList.contains(out ? "is-out" : "is-in")) return last;
    const group = document.createElement("div");
    group.className = "bubbles-group";
    let day = inner().querySelector(".bubbles-date-group:last-of-type");
    if (!day) {
      inner().insertAdjacentHTML("beforeend", `<section class="bubbles-date-group"><div class="bubble service is-date is-sticky"><div class="bubble-content"><div class="service-msg"><span class="i18n">Hoy</span></div></div></div></section>`);
      day = inner().querySelector(".bubbles-date-group:last-of-type");
    }
    day.append(group);
    return group;
  }

  function append(text, { fromMe = false, author } = {}) {
    mid += 1;
    lastGroup(fromMe).insertAdjacentHTML("beforeend", bubbleHtml({ text, out: fromMe, id: mid, author }));
  }

  // The child presses send: the bubble shows at once under a temporary id; the server's id replaces it in place.
  function send(text) {
    const temp = `${mid}.0001`;
    lastGroup(true).insertAdjacentHTML("beforeend", bubbleHtml({ text, out: true, id: temp, sending: true }));
    const bubble = inner().querySelector(`.bubble[data-mid="${temp}"]`);
    return () => {
      mid += 1;
      bubble.dataset.mid = String(mid);
      requestAnimationFrame(() => {
        bubble.classList.remove("is-sending", "is-outgoing");
        bubble.classList.add("is-sent");
      });
    };
  }

  // getHistory(reverse) adds older bubbles above the first sender group of the first day.
  function prependHistory(texts) {
    const group = document.createElement("div");
    group.className = "bubbles-group";
    oldest -= texts.length;
    group.innerHTML = texts.map((text, index) => bubbleHtml({ text, out: false, id: oldest + index })).join("");
    const day = inner().querySelector(".bubbles-date-group");
    day.querySelector(".bubble.is-date").after(group);
  }

  const redraw = () => {
    inner().innerHTML = inner().innerHTML;
  };

  function openChat(next) {
    peer = next.peer;
    history.pushState({}, "", `#${peer}`);
    const fresh = chat().cloneNode(true);
    for (const title of fresh.querySelectorAll(".chat-info .peer-title")) {
      title.textContent = next.title;
      title.dataset.peerId = peer;
    }
    fresh.querySelector(".bubbles-inner").replaceChildren();
    chat().classList.remove("active");
    document.querySelector(".chats-container").append(fresh);
  }

  window.telegramFixture = { append, send, prependHistory, redraw, openChat };

  const query = new URLSearchParams(location.search);
  const replayed = query.get("c");
  if (!replayed) return;
  (async () => {
    // "?wait" holds the replay until the test dispatches "replay": the page as loaded is read first.
    if (query.has("wait")) await new Promise((resolve) => document.addEventListener("replay", resolve, { once: true }));
    const conversation = await (await fetch(`/safebrowse-fixtures/conversations/${replayed}.json`)).json();
    openChat({ peer: "5021337444", title: conversation.contact });
    for (const message of conversation.messages) {
      append(message.text, { fromMe: message.from === "child" });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    document.body.dataset.replayed = String(conversation.messages.length);
  })();
})();
