// Plays Snapchat's part: new messages joining the last run as header-less blocks or opening a new run under their
// sender's header, older runs loaded above, another conversation opened with history.pushState (a new cv-<id> list)
// and, with ?c=<name>, a conversation replayed one message at a time.
(() => {
  const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const list = () => document.querySelector('.O2aHg ul.ujRzj:not([style*="none"])');
  let partner = "Andrés";

  const blockHtml = (text, fromMe, header) =>
    `<li>${header ? `<header class="R1ne3"><span class="nonIntl">${fromMe ? "Me" : escape(partner)}</span></header>` : ""}` +
    `<div class="KB4Aq${fromMe ? " Mi2Ms" : ""}"><span class="ogn1z">${escape(text)}</span></div></li>`;

  function append(text, { fromMe = false } = {}) {
    const run = list().lastElementChild?.querySelector("ul");
    const lastMine = run?.querySelector(".KB4Aq")?.classList.contains("Mi2Ms");
    if (run && lastMine === fromMe) run.insertAdjacentHTML("beforeend", blockHtml(text, fromMe, false));
    else list().insertAdjacentHTML("beforeend", `<li class="T1yt2"><ul class="MibAa">${blockHtml(text, fromMe, true)}</ul></li>`);
  }

  function prependHistory(texts) {
    list().insertAdjacentHTML("afterbegin", `<li class="T1yt2"><ul class="MibAa">${texts.map((text, index) => blockHtml(text, false, index === 0)).join("")}</ul></li>`);
  }

  // The list of the conversation left stays in the page, hidden; the new one is drawn beside it.
  function openConversation({ id, name }) {
    partner = name;
    history.pushState({}, "", `/web/${id}`);
    document.querySelector(".MnYEB .nonIntl").textContent = name;
    list().style.display = "none";
    document.querySelector(".O2aHg").insertAdjacentHTML("beforeend", `<ul class="ujRzj" id="cv-${escape(id)}"></ul>`);
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
