(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  // A shown notice is looked at once a second, and at once when the page touches it or the body it sits in.
  const CHECK_EVERY_MS = 1000;
  // A page that removes or hides the notice gets it back; a page that keeps doing it gets it back half as often
  // each time, down to twice a minute: the two never fight at the page's speed, and the notice never gives up.
  const FIRST_RESTORE_GAP_MS = 1000;
  const LONGEST_RESTORE_GAP_MS = 30000;

  // Keeps a notice's host shown until `signal` aborts. `pointOf` names a spot on what the notice shows (or null),
  // where nothing of the page may be drawn above it. `onRestore` hears each time the notice was put back.
  ns.guardNotice = ({ doc, host, pointOf, signal, onRestore = () => {}, timers = globalThis, now = () => Date.now() }) => {
    const { shows, restore } = ns.ownUi;
    const view = ns.pageDom.view(doc);
    let gap = FIRST_RESTORE_GAP_MS;
    let restoredAt = -Infinity;
    let timer = null;

    const schedule = (delayMs) => {
      if (timer === null && !signal.aborted) timer = timers.setTimeout(check, delayMs);
    };

    function check() {
      timer = null;
      if (signal.aborted) return;
      watch();
      if (!shows(doc, host, pointOf())) {
        const wait = restoredAt + gap - now();
        if (wait > 0) {
          schedule(wait);
          return;
        }
        if (restoredAt > -Infinity) gap = Math.min(LONGEST_RESTORE_GAP_MS, gap * 2);
        restoredAt = now();
        restore(doc, host);
        onRestore();
      }
      schedule(CHECK_EVERY_MS);
    }

    const observer = new view.MutationObserver(() => {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      schedule(0);
    });
    // The body may be replaced; observing a node again only renews its options.
    function watch() {
      observer.observe(host, { attributes: true });
      observer.observe(ns.pageDom.root(doc), { attributes: true, childList: true });
      const body = ns.pageDom.body(doc);
      if (body) observer.observe(body, { attributes: true, childList: true });
    }

    signal.addEventListener(
      "abort",
      () => {
        observer.disconnect();
        if (timer !== null) timers.clearTimeout(timer);
      },
      { once: true },
    );
    watch();
    schedule(CHECK_EVERY_MS);
  };
})();
