// Plays TikTok's part: new items in the virtualised list, older history on scroll-up, another conversation opened
// from the inbox (the URL stays /messages) and, with ?c=<name>, a conversation replayed one message at a time.
(() => {
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const rows = () => document.querySelector('[data-e2e="dm-new-message-list"] > div > div');
  let handle = "lucas.gamer12";
  let messageId = 7451238890012345605n;
  let oldest = 7451238890012340000n;
  let index = 6;

  function itemHtml(text, { fromMe, id }) {
    const avatar = fromMe ? "" : `<a data-e2e="chat-avatar" href="/@${escape(handle)}" class="css-1ycscm1-StyledLink"><img src="https://p16-sign.tiktokcdn-us.com/avatar/x.jpeg" alt=""></a>`;
    return `<div data-e2e="dm-new-chat-item" class="css-1v7yxs4-DivChatItemWrapper">${avatar}<div data-area="Actions" class="css-kf6n4t-DivActionsRow ${fromMe ? "e1t9v1f62" : "e1t9v1f61"}">` +
      `<div class="css-1rx3ud7-DivMessageBubble"><p data-e2e="dm-new-message-text" class="css-1d7krfw-PText">${escape(text)}</p></div>` +
      `<div id="more-action-icon-msg-${id}" class="css-tnyeba-DivMoreAction" role="button" aria-label="Más"></div></div></div>`;
  }

  function append(text, { fromMe = false } = {}) {
    messageId += 1n;
    index += 1;
    rows().insertAdjacentHTML("beforeend", `<div data-index="${index}">${itemHtml(text, { fromMe, id: messageId })}</div>`);
  }

  function prependHistory(texts) {
    oldest -= BigInt(texts.length);
    const html = texts.map((text, offset) => `<div data-index="-${texts.length - offset}">${itemHtml(text, { fromMe: false, id: oldest + BigInt(offset) })}</div>`).join("");
    rows().insertAdjacentHTML("afterbegin", html);
  }

  // Opening another chat marks its inbox row selected, rewrites the header and draws the new chat's list.
  function openConversation({ convId, nickname, uniqueId }) {
    handle = uniqueId;
    for (const item of document.querySelectorAll('[data-e2e="dm-new-conversation-item"]')) item.setAttribute("aria-selected", "false");
    document.querySelector('[data-e2e="dm-new-conversation-list"]').insertAdjacentHTML("afterbegin",
      `<div data-e2e="dm-new-conversation-item" data-conv-id="${escape(convId)}" aria-selected="true" role="option" class="css-u3r9xq-DivItemWrapper"><span data-e2e="dm-new-conversation-nickname" class="css-4v2d5p-SpanNickname">${escape(nickname)}</span></div>`);
    document.querySelector('[data-e2e="dm-new-chat-nickname"]').textContent = nickname;
    document.querySelector('[data-e2e="chat-uniqueid"]').textContent = `@${uniqueId}`;
    rows().replaceChildren();
  }

  window.tiktokFixture = { append, prependHistory, openConversation };

  const query = new URLSearchParams(location.search);
  const replayed = query.get("c");
  if (!replayed) return;
  (async () => {
    // "?wait" holds the replay until the test dispatches "replay": the page as loaded is read first.
    if (query.has("wait")) await new Promise((resolve) => document.addEventListener("replay", resolve, { once: true }));
    const conversation = await (await fetch(`/safebrowse-fixtures/conversations/${replayed}.json`)).json();
    openConversation({ convId: "0:1:7301112223334445556:7305550001112223334", nickname: conversation.contact, uniqueId: conversation.contact });
    for (const message of conversation.messages) {
      append(message.text, { fromMe: message.from === "child" });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    document.body.dataset.replayed = String(conversation.messages.length);
  })();
})();
