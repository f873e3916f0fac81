// Plays Roblox's part: new rows in the focused dialog, older messages loaded on scroll-up, a dialog opened for
// another conversation (the page address stays) and, with ?c=<name>, a conversation replayed one message at a time.
(() => {
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  let dialogId = "7130045511";
  const list = () => document.querySelector(`#dialog-container-${dialogId} ul.dialog-messages`);

  const rowHtml = (text, fromMe) =>
    `<li class="dialog-message-container ng-scope${fromMe ? "" : " message-inbound"}"><div class="indicated-message ng-hide"><span class="font-footer text-muted indicated-message-bubble"></span></div>` +
    `<a class="avatar avatar-headshot-sm dialog-message-avatar-link"></a><div class="dialog-message-body"><div class="dialog-message dialog-message-content dialog-triangle ng-scope">` +
    `<span class="message-piece font-caption-body text-emphasis ng-scope">${escape(text)}</span><span class="icon-chat-resend ng-hide"></span></div></div><div class="indicated-message" system-message></div></li>`;

  // Rows go before the typing indicator, which Angular keeps last.
  function append(text, { fromMe = false } = {}) {
    const typing = list().querySelector(".typing-indicator");
    if (typing) typing.insertAdjacentHTML("beforebegin", rowHtml(text, fromMe));
    else list().insertAdjacentHTML("beforeend", rowHtml(text, fromMe));
  }

  function prependHistory(texts) {
    list().querySelector("li").insertAdjacentHTML("beforebegin", texts.map((text) => rowHtml(text, false)).join(""));
  }

  // A new dialog docks beside the others, one-to-one, titled with the other person's name.
  function openDialog({ id, name }) {
    dialogId = id;
    document.querySelector("#dialogs").insertAdjacentHTML("beforeend",
      `<div dialog id="${id}" class="ng-scope ng-isolate-scope"><div id="dialog-container-${id}" class="dialog-container ng-scope focused"><div class="dialog-main">` +
      `<div class="chat-windows-header dialog-header"><div class="chat-header-label"><span class="font-caption-header text-overflow chat-header-title dialog-header-title"> ${escape(name)} </span></div></div>` +
      `<div id="scrollbar_Chat_${id}" class="rbx-scrollbar dialog-body"><ul class="dialog-messages ng-scope"></ul></div>` +
      `<div class="border-top dialog-input-container ng-scope"><textarea class="dialog-input" rows="1"></textarea></div></div></div></div>`);
  }

  window.robloxFixture = { append, prependHistory, openDialog };

  const query = new URLSearchParams(location.search);
  const replayed = query.get("c");
  if (!replayed) return;
  (async () => {
    // "?wait" holds the replay until the test dispatches "replay": the page as loaded is read first.
    if (query.has("wait")) await new Promise((resolve) => document.addEventListener("replay", resolve, { once: true }));
    const conversation = await (await fetch(`/safebrowse-fixtures/conversations/${replayed}.json`)).json();
    openDialog({ id: "7130077733", name: conversation.contact });
    for (const message of conversation.messages) {
      append(message.text, { fromMe: message.from === "child" });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    document.body.dataset.replayed = String(conversation.messages.length);
  })();
})();
