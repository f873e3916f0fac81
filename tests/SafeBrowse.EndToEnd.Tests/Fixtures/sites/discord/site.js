// Plays Discord's part: new messages grouped under their author's header, older history loaded on scroll-up, rows
// drawn again as new nodes, another channel opened with history.pushState and, with ?c=<name>, a replayed conversation.
(() => {
  const ME = { id: "222222222222222222", name: "Lucía" };
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const list = () => document.querySelector('ol[data-list-id="chat-messages"]');
  let channel = "1098765432109876543";
  let partner = { id: "111111111111111111", name: "alex_15" };
  let serial = 1311111111111111200n;
  let lastAuthor = partner.name;

  function rowHtml({ text, author, groupStart }) {
    serial += 1n;
    const id = String(serial);
    const header = groupStart
      ? `<img src="https://cdn.discordapp.com/avatars/${author.id}/a1b2c3.webp?size=80" aria-hidden="true" class="avatar_c19a55 clickable_c19a55" alt=" ">` +
        `<h3 class="header_c19a55"><span id="message-username-${id}" class="headerText_c19a55"><span class="username_c19a55 clickable_c19a55" role="button" tabindex="0" data-text="${escape(author.name)}">${escape(author.name)}</span></span>` +
        `<span class="timestamp_c19a55 timestampInline_c19a55"><time id="message-timestamp-${id}" datetime="${new Date().toISOString()}">hoy</time></span></h3>`
      : `<span class="latin24CompactTimeStamp_c19a55 timestamp_c19a55 timestampVisibleOnHover_c19a55"><time id="message-timestamp-${id}" datetime="${new Date().toISOString()}">ahora</time></span>`;
    return `<li id="chat-messages-${channel}-${id}" class="messageListItem__5126c" aria-setsize="-1"><div class="message__5126c cozyMessage__5126c${groupStart ? " groupStart__5126c" : ""} wrapper_c19a55 cozy_c19a55" role="article" data-list-item-id="chat-messages___chat-messages-${channel}-${id}" tabindex="-1" aria-roledescription="Mensaje">` +
      `<div class="contents_c19a55">${header}<div id="message-content-${id}" class="markup__75297 messageContent_c19a55">${escape(text)}</div></div></div></li>`;
  }

  function append(text, { fromMe = false, author = fromMe ? ME : partner } = {}) {
    const html = rowHtml({ text, author, groupStart: author.name !== lastAuthor });
    lastAuthor = author.name;
    list().querySelector('[class*="scrollerSpacer"]').insertAdjacentHTML("beforebegin", html);
  }

  // Older history arrives as a run of the partner's messages above the first row.
  function prependHistory(texts) {
    const html = texts.map((text, index) => rowHtml({ text, author: partner, groupStart: index === 0 })).join("");
    list().querySelector("li").insertAdjacentHTML("beforebegin", html);
  }

  // Rows are React-keyed by id: a row scrolled back into view is a new node with the same id.
  const redraw = () => {
    list().innerHTML = list().innerHTML;
  };

  function openChannel(next) {
    channel = next.channel;
    partner = next.partner;
    lastAuthor = null;
    history.pushState({}, "", `/channels/@me/${channel}`);
    document.querySelector('section[class*="title"] h1 [class*="title"]').textContent = partner.name;
    const fresh = list().cloneNode(false);
    fresh.setAttribute("aria-label", `Mensajes en ${partner.name}`);
    fresh.innerHTML = `<div class="scrollerSpacer__36d07" aria-hidden="true"></div>`;
    list().replaceWith(fresh);
  }

  window.discordFixture = { ME, append, prependHistory, redraw, openChannel };

  const query = new URLSearchParams(location.search);
  const replayed = query.get("c");
  if (!replayed) return;
  (async () => {
    // "?wait" holds the replay until the test dispatches "replay": the page as loaded is read first.
    if (query.has("wait")) await new Promise((resolve) => document.addEventListener("replay", resolve, { once: true }));
    const conversation = await (await fetch(`/safebrowse-fixtures/conversations/${replayed}.json`)).json();
    openChannel({ channel: "1098765432100000001", partner: { id: "333333333333333333", name: conversation.contact } });
    for (const message of conversation.messages) {
      append(message.text, { fromMe: message.from === "child" });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    document.body.dataset.replayed = String(conversation.messages.length);
  })();
})();
