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
    const avatar = fromMe ? "" : `<a target="_blank" rel="opener" tabindex="-1" href="/@${escape(handle)}" class="css-1ycscm1-StyledLink"><span shape="circle" data-e2e="chat-avatar" class="css-1u4lq9o-SpanAvatarContainer"><img loading="lazy" alt="" src="https://p16-sign.tiktokcdn-us.com/avatar/x.jpeg" class="css-1zpj2q-ImgAvatar"></span></a>`;
    return `<div data-e2e="dm-new-chat-item" class="css-1v7yxs4-DivChatItemWrapper"><div class="css-1e3b3x6-DivMessageVerticalContainer"><div data-area="Actions" class="css-1kww6e3-${fromMe ? "DivMyMessageHorizontalContainer" : "DivMessageHorizontalContainer"} e1823izs2">${avatar}` +
      `<div><div class="css-1rx3ud7-DivTextContainer"><p data-e2e="dm-new-message-text" class="css-1d7krfw-PText">${escape(text)}</p></div></div>` +
      `<div data-e2e="dm-warning"></div><div class="css-1p2k1kb-DivActions"><div id="more-action-icon-msg-${id}" role="button" tabindex="0" data-area="More" aria-expanded="false" aria-haspopup="dialog" class="css-s7ivq3-DivIconAction"></div></div></div></div></div>`;
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
