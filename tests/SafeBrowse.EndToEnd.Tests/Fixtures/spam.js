// A hostile page: 100,000 chat messages as fast as it can add them, 10,000 a task.
(async () => {
  const total = 100000;
  const chunk = 10000;
  const chat = document.getElementById("chat");
  const started = performance.now();
  for (let start = 0; start < total; start += chunk) {
    const rows = document.createDocumentFragment();
    for (let index = start; index < start + chunk; index += 1) {
      const row = document.createElement("div");
      row.className = "message incoming";
      row.dataset.id = `s${index}`;
      const author = document.createElement("span");
      author.className = "author";
      author.textContent = "spammer";
      const text = document.createElement("p");
      text.className = "text";
      text.textContent = `buy followers now ${index}`;
      row.append(author, text);
      rows.append(row);
    }
    chat.append(rows);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  document.body.dataset.spamMs = String(Math.round(performance.now() - started));
  document.body.dataset.spammed = String(total);
})();
