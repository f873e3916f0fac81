// Replays a fixture conversation one message at a time, as a chat site would render it.
(async () => {
  const query = new URLSearchParams(location.search);
  const name = query.get("c");
  // "?wait" holds the chat until the test dispatches "replay" on the document: the page is open before the extension.
  // "?hold=N" holds it the same way after its first N messages, so a test can act between two parts of the chat.
  const untilReplay = () => new Promise((resolve) => document.addEventListener("replay", resolve, { once: true }));
  if (query.has("wait")) await untilReplay();
  const holdAt = query.has("hold") ? Number(query.get("hold")) : -1;
  const conversation = await (await fetch(`conversations/${name}.json`)).json();
  const chat = document.getElementById("chat");
  document.getElementById("title").textContent = `Chat with ${conversation.contact}`;
  chat.setAttribute("aria-label", `Chat with ${conversation.contact}`);

  const start = Date.parse("2026-11-28T10:00:00Z");
  for (const [index, message] of conversation.messages.entries()) {
    if (index === holdAt) await untilReplay();
    const row = document.createElement("div");
    const incoming = message.from === "contact";
    row.className = `message ${incoming ? "incoming" : "outgoing"}`;
    row.dataset.id = `m${index + 1}`;
    if (incoming) {
      const author = document.createElement("span");
      author.className = "author";
      author.textContent = conversation.contact;
      row.append(author);
    }
    const text = document.createElement("p");
    text.className = "text";
    text.textContent = message.text;
    const time = document.createElement("time");
    time.dateTime = new Date(start + index * 60000).toISOString();
    time.textContent = time.dateTime.slice(11, 16);
    row.append(text, time);
    chat.append(row);
    chat.scrollTop = chat.scrollHeight;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  document.body.dataset.replayed = String(conversation.messages.length);
})();
