(() => {
  "use strict";
  const ns = (globalThis.SafeBrowse = globalThis.SafeBrowse ?? {});

  const CONTAINER_RECHECK_MS = 2000;
  // A rescan reads every row of every chat; a page flooding the DOM would otherwise pay it on each idle slot.
  const RESCAN_EVERY_MS = 1000;
  // The sender keeps at most this many waiting (its burst), so reading more rows in one pass would only stall the
  // page: a chat that adds thousands of rows at once is read from its newest end.
  const MAX_ROWS_PER_PASS = 200;

  ns.startProtection = ({ doc = document, runtime = chrome.runtime, i18n = chrome.i18n, adapter = ns.adapters.generic } = {}) => {
    const abort = new AbortController();
    const site = globalThis.location.hostname;
    const seen = ns.createSeenKeys();
    const transcript = ns.createTranscript();
    const t = (key, substitutions) => i18n.getMessage(key, substitutions);
    let containers = [];
    const conversationIn = new WeakMap();

    // Runs `work` at most once per `everyMs`; a call inside that time runs once when it ends, so no change is lost.
    const throttled = (work, everyMs) => {
      let last = -Infinity;
      let trailing = null;
      const run = (force) => {
        const wait = everyMs - (Date.now() - last);
        if (!force && wait > 0) {
          trailing ??= setTimeout(() => {
            trailing = null;
            if (!abort.signal.aborted) run(true);
          }, wait);
          return;
        }
        last = Date.now();
        work();
      };
      abort.signal.addEventListener("abort", () => clearTimeout(trailing), { once: true });
      return run;
    };

    const notice = ns.createNoticeController({
      doc,
      t,
      loadCountry: ns.loadCountry,
      onSaveCopy: (conversation, parent) => {
        const savedAt = new Date().toISOString();
        const text = transcript.render({ conversation, site, savedAt, header: t("transcriptHeader", [site, savedAt]), me: t("transcriptMe") });
        ns.downloadTextFile({ doc, parent, fileName: `${t("transcriptFileName")}-${savedAt.slice(0, 10)}.txt`, text });
      },
      onFeedback: (report) => runtime.sendMessage({ type: "cs-bg-feedback", ...report }),
    });

    const sender = ns.createSender({
      site,
      send: (request) => runtime.sendMessage(request),
      onResponse: (response) => {
        // Host unavailable: the badge and popup say so; the page shows nothing.
        if (!response?.ok || !Array.isArray(response.decisions)) return;
        for (const decision of response.decisions) notice.show(decision);
      },
      onError: (error) => {
        if (!runtime?.id || /context invalidated/i.test(String(error?.message))) destroy();
      },
    });

    const observe = (rows, container) => {
      for (const row of rows.slice(-MAX_ROWS_PER_PASS)) {
        const message = adapter.extract(row, container);
        conversationIn.set(container, message.conversation);
        if (!seen.addIfNew(message.key)) continue;
        transcript.add(message);
        sender.enqueue(message);
      }
    };

    // Throttled with a trailing run, so a chat that appears just after a check is still found.
    const recheckContainers = throttled(() => {
      const found = adapter.findContainers(doc);
      const fresh = found.filter((container) => !containers.includes(container));
      containers = found;
      for (const container of fresh) observe(adapter.rowsOf(container), container);
    }, CONTAINER_RECHECK_MS);

    const rescan = throttled(() => {
      containers = containers.filter((container) => container.isConnected);
      recheckContainers(true);
      for (const container of containers) observe(adapter.rowsOf(container), container);
    }, RESCAN_EVERY_MS);

    const onChange = (nodes) => {
      containers = containers.filter((container) => container.isConnected);
      if (nodes === null) {
        rescan();
        return;
      }
      for (const container of containers) {
        const rows = new Set(nodes.flatMap((node) => adapter.rowsForNode(node, [container])));
        observe([...rows], container);
      }
      recheckContainers(false);
    };

    const conversationsOnPage = () => containers.filter((container) => container.isConnected).map((container) => conversationIn.get(container)).filter(Boolean);
    ns.createNudge({
      doc,
      t,
      levelNow: () => notice.highestLevelShown(conversationsOnPage()),
      conversationNow: () => conversationsOnPage().join("\n"),
      signal: abort.signal,
    });

    const watcher = ns.createWatcher({ root: doc.documentElement, onChange, signal: abort.signal });
    recheckContainers(true);

    function destroy() {
      abort.abort();
      watcher.destroy();
      sender.destroy();
      notice.destroy();
      transcript.clear();
    }

    return { destroy };
  };

  if (globalThis.chrome?.runtime?.id && !ns.protection) ns.protection = ns.startProtection();
})();
