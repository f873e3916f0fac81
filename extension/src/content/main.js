(() => {
  "use strict";
  const ns = (globalThis.SafeBrowse = globalThis.SafeBrowse ?? {});

  const CONTAINER_RECHECK_MS = 2000;

  ns.startProtection = ({ doc = document, runtime = chrome.runtime, i18n = chrome.i18n, adapter = ns.adapters.generic } = {}) => {
    const abort = new AbortController();
    const site = globalThis.location.hostname;
    const seen = ns.createSeenKeys();
    const transcript = ns.createTranscript();
    const t = (key, substitutions) => i18n.getMessage(key, substitutions);
    let containers = [];
    let lastContainerCheck = 0;
    let trailingCheck = null;

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
      for (const row of rows) {
        const message = adapter.extract(row, container);
        if (!seen.addIfNew(message.key)) continue;
        transcript.add(message);
        sender.enqueue(message);
      }
    };

    // Throttled with a trailing run, so a chat that appears just after a check is still found.
    const recheckContainers = (force) => {
      const now = Date.now();
      const wait = CONTAINER_RECHECK_MS - (now - lastContainerCheck);
      if (!force && wait > 0) {
        trailingCheck ??= setTimeout(() => {
          trailingCheck = null;
          if (!abort.signal.aborted) recheckContainers(true);
        }, wait);
        return;
      }
      lastContainerCheck = now;
      const found = adapter.findContainers(doc);
      const fresh = found.filter((container) => !containers.includes(container));
      containers = found;
      for (const container of fresh) observe(adapter.rowsOf(container), container);
    };

    const onChange = (nodes) => {
      containers = containers.filter((container) => container.isConnected);
      if (nodes === null) {
        recheckContainers(true);
        for (const container of containers) observe(adapter.rowsOf(container), container);
        return;
      }
      for (const container of containers) {
        const rows = new Set(nodes.flatMap((node) => adapter.rowsForNode(node, [container])));
        observe([...rows], container);
      }
      recheckContainers(false);
    };

    const watcher = ns.createWatcher({ root: doc.documentElement, onChange, signal: abort.signal });
    recheckContainers(true);

    function destroy() {
      abort.abort();
      clearTimeout(trailingCheck);
      watcher.destroy();
      sender.destroy();
      notice.destroy();
      transcript.clear();
    }

    return { destroy };
  };

  if (globalThis.chrome?.runtime?.id && !ns.protection) ns.protection = ns.startProtection();
})();
