// Plays Snapchat's part: new messages joining the last run or opening a new one under its sender's header, older
// runs loaded above, another conversation opened with history.pushState and, with ?c=<name>, a replayed conversation.
(() => {
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const list = () => document.querySelector("ul.ujRzj");
  let partner = "Andrés";

  const runHtml = (sender, texts) =>
    `<li><div class="T1yt2"><header class="R1ne3 ${sender === "Me" ? "Mi2Ms" : "DlM0K"}"><span class="nonIntl">${escape(sender)}</span></header>` +
    texts.map((text) => `<div class="KB4Aq"><span class="ogn1z">${escape(text)}</span></div>`).join("") + "</div></li>";

  function append(text, { fromMe = false } = {}) {
    const sender = fromMe ? "Me" : partner;
    const last = list().lastElementChild?.querySelector(".T1yt2");
    if (last?.querySelector("header .nonIntl")?.textContent === sender) {
      last.insertAdjacentHTML("beforeend", `<div class="KB4Aq"><span class="ogn1z">${escape(text)}</span></div>`);
    } else {
      list().insertAdjacentHTML("beforeend", runHtml(sender, [text]));
    }
  }

  function prependHistory(texts) {
    list().insertAdjacentHTML("afterbegin", runHtml(partner, texts));
  }

  function openConversation({ id, name }) {
    partner = name;
    history.pushState({}, "", `/web/${id}`);
    document.querySelector(".MnYEB .nonIntl").textContent = name;
    list().replaceChildren();
  }

  window.snapchatFixture = { append, prependHistory, openConversation };

  const query = new URLSearchParams(location.search);
  const replayed = query.get("c");
  if (!replayed) return;
  (async () => {
    // "?wait" holds the replay until the test dispatches "replay": the page as loaded is read first.
    if (query.has("wait")) await new Promise((resolve) => document.addEventListener("replay", resolve, { once: true }));
    const conversation = await (await fetch(`/safebrowse-fixtures/conversations/${replayed}.json`)).json();
    openConversation({ id: "9b8c7d6e-5f4a-4b3c-8d2e-1f0a9b8c7d6e", name: conversation.contact });
    for (const message of conversation.messages) {
      append(message.text, { fromMe: message.from === "child" });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    document.body.dataset.replayed = String(conversation.messages.length);
  })();
})();
