// Plays facebook.com's part: the Messages button opens a thread without a page load, as the single-page app does:
// history.pushState to the thread's address, then the thread (the Messenger fixture's own page) drawn in place.
(() => {
  async function openThread(threadId) {
    const html = await (await fetch("/page.html")).text();
    const thread = new DOMParser().parseFromString(html, "text/html");
    history.pushState({}, "", `/messages/t/${threadId}/`);
    for (const style of thread.head.querySelectorAll("style")) document.head.append(style);
    document.body.replaceChildren(...thread.body.childNodes);
  }

  window.facebookFixture = { openThread };
})();
