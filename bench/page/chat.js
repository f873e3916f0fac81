// A chat page the harness drives through window.bench. Rows look like the end-to-end fixture's (chat.html there):
// a role="log" scroller, one div.message per row with an author, a p.text and a <time>. The chat (and any
// existing history) is in the DOM before the content script runs, as on a chat site opened at a conversation.
(() => {
  const query = new URLSearchParams(location.search);
  const { grooming, benign, benignAuthors } = window.benchMessages;
  const contact = query.get("contact") ?? grooming.contact;
  const start = Date.parse("2026-11-28T10:00:00Z");
  let serial = 0;

  const chat = document.createElement("div");
  chat.className = "chat";
  chat.id = query.get("c") ?? "chat";
  chat.setAttribute("role", "log");
  chat.setAttribute("aria-label", `Chat with ${contact}`);
  document.getElementById("title").textContent = `Chat with ${contact}`;
  document.getElementById("main").append(chat);

  function rowOf({ from, text, author = contact }) {
    serial += 1;
    const row = document.createElement("div");
    const incoming = from === "contact";
    row.className = `message ${incoming ? "incoming" : "outgoing"}`;
    row.dataset.id = `m${serial}`;
    if (incoming) {
      const name = document.createElement("span");
      name.className = "author";
      name.textContent = author;
      row.append(name);
    }
    const body = document.createElement("p");
    body.className = "text";
    body.textContent = text;
    const time = document.createElement("time");
    time.dateTime = new Date(start + serial * 60000).toISOString();
    time.textContent = time.dateTime.slice(11, 16);
    row.append(body, time);
    return row;
  }

  // Group-chat traffic: a few authors and the child, benign lines in both languages.
  const benignMessage = (n) =>
    n % 4 === 3
      ? { from: "child", text: benign[(n * 7) % benign.length] }
      : { from: "contact", text: benign[n % benign.length], author: benignAuthors[n % benignAuthors.length] };

  const existing = Number(query.get("existing") ?? 0);
  for (let n = 0; n < existing; n += 1) chat.append(rowOf(benignMessage(n)));
  chat.scrollTop = chat.scrollHeight;

  // The moment the extension's notice host is attached, seen from the page (same task as the append).
  const notices = [];
  const waiters = [];
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node.nodeType === 1 && node.getAttribute("data-safebrowse") === "notice") {
          notices.push({ at: performance.now(), level: node.getAttribute("data-level") });
          for (const wake of waiters.splice(0)) wake();
        }
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });

  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const noticeWithin = (ms) =>
    new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });

  function insert(index) {
    chat.append(rowOf(grooming.messages[index]));
    const insertedAt = performance.now();
    chat.scrollTop = chat.scrollHeight;
    return insertedAt;
  }

  window.bench = {
    notices,
    // Inserts conversation message `index` and waits up to timeoutMs for a notice; null when none came.
    async insertAndWait(index, timeoutMs) {
      const before = notices.length;
      const insertedAt = insert(index);
      if (notices.length === before) await noticeWithin(timeoutMs);
      const notice = notices[before];
      return { insertedAt, noticeAt: notice?.at ?? null, level: notice?.level ?? null };
    },
    // Messages before the trigger, at a chat's pace; the caller then leaves the page quiet before the trigger.
    async insertPrefix(count, gapMs) {
      for (let index = 0; index < count; index += 1) {
        insert(index);
        await sleep(gapMs);
      }
      return notices.length;
    },
    // One burst of `count` new rows appended one by one in one task, as a framework commits a busy group chat. Old rows
    // are dropped to keep the DOM the same size, as chat sites' virtualised lists do.
    insertRound(count, keepRows) {
      for (let n = 0; n < count; n += 1) chat.append(rowOf(benignMessage(serial)));
      while (keepRows > 0 && chat.childElementCount > keepRows) chat.firstElementChild.remove();
      chat.scrollTop = chat.scrollHeight;
      return chat.childElementCount;
    },
  };
})();
