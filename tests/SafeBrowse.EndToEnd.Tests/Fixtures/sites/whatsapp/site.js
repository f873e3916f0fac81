// Plays WhatsApp Web's part: new messages, older history loaded on scroll-up, rows drawn again as new nodes, another
// chat opened without a page load (#main is replaced) and, with ?c=<name>, a conversation replayed one message at a time.
(() => {
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const list = () => document.querySelector('#main [role="application"]');
  let chat = "573001234567@c.us";
  let title = "Sofi";
  let serial = 0;
  let minute = 7;

  const stamp = () => {
    minute += 1;
    return `4:${String(minute % 60).padStart(2, "0")} PM, 11/28/2026`;
  };

  function rowHtml({ text, fromMe = false, author = title }) {
    serial += 1;
    const group = chat.endsWith("@g.us");
    const id = `${fromMe}_${chat}_3EB0${String(serial).padStart(16, "0")}${group && !fromMe ? `_${author.length}57300@c.us` : ""}`;
    const who = fromMe ? "Tú" : author;
    const bubble = fromMe ? "message-out" : `${group ? "_amkz " : ""}message-in`;
    return `<div role="row"><div tabindex="-1" class="_amjv xscbp6u" data-id="${escape(id)}"><div class="x78zum5 xdt5ytf" data-virtualized="false"><div class="">` +
      `<div class="${bubble} focusable-list-item _amjy _amjz _amjw x1klvx2g xahtqtb"><div class="_amk4 false _amkd false"><div class="_amk6 _amlo false false">` +
      `<span aria-label="${escape(who)}:"></span><div><div class="copyable-text" data-pre-plain-text="[${stamp()}] ${escape(who)}: ">` +
      `<div class="_akbu x6ikm8r x10wlt62"><span dir="ltr" class="_ao3e selectable-text copyable-text"><span>${escape(text)}</span></span>` +
      `<span class="x3nfvp2 xxymvpz xlshs6z xqtp20y" aria-hidden="true"><span class="x1c4vz4f x2lah0s">4:${minute} PM</span></span></div></div></div></div></div></div></div></div></div></div>`;
  }

  const append = (text, options) => list().insertAdjacentHTML("beforeend", rowHtml({ text, ...options }));

  // WhatsApp loads a page of older messages above the first row when the child scrolls to the top.
  const prependHistory = (texts) => list().insertAdjacentHTML("afterbegin", texts.map((text) => rowHtml({ text })).join(""));

  // Virtualised rows come back as new nodes with the same data-id.
  const redraw = () => {
    list().innerHTML = list().innerHTML;
  };

  function openChat(next) {
    chat = next.chat;
    title = next.title;
    const main = document.getElementById("main").cloneNode(true);
    main.querySelector("header span[title]").setAttribute("title", title);
    main.querySelector("header span[title]").textContent = title;
    main.querySelector('[role="application"]').replaceChildren();
    document.getElementById("main").replaceWith(main);
  }

  window.whatsappFixture = { append, prependHistory, redraw, openChat };

  const query = new URLSearchParams(location.search);
  const replayed = query.get("c");
  if (!replayed) return;
  (async () => {
    // "?wait" holds the replay until the test dispatches "replay": the page as loaded is read first.
    if (query.has("wait")) await new Promise((resolve) => document.addEventListener("replay", resolve, { once: true }));
    const conversation = await (await fetch(`/safebrowse-fixtures/conversations/${replayed}.json`)).json();
    openChat({ chat: "573009990000@c.us", title: conversation.contact });
    for (const message of conversation.messages) {
      append(message.text, { fromMe: message.from === "child" });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    document.body.dataset.replayed = String(conversation.messages.length);
  })();
})();
