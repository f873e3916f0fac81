(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  const CONTAINER_RECHECK_MS = 2000;
  // New rows inside the chats already found seldom bring another chat, and a busy chat adds them all the time: changes
  // there alone look for chats this often, so the walk over every element does not ride on each burst of messages.
  const ROWS_ONLY_RECHECK_MS = 10000;
  // A rescan reads every row of every chat; a page flooding the DOM would otherwise pay it on each idle slot.
  const RESCAN_EVERY_MS = 1000;
  // The sender keeps at most this many waiting (its burst), so reading more rows in one pass would only stall the
  // page: a chat that adds thousands of rows at once is read from its newest end.
  const MAX_ROWS_PER_PASS = 200;
  // An update or removal of the extension leaves this copy running with no way to reach it (chrome.runtime.id is
  // gone) and nothing tells it. Each pass looks first, and an update's new copy replaces it as it loads; what is left
  // is a quiet page still showing the old copy's notice, so the timer looks seldom: each run is a task of its own,
  // and a page pays for every task it runs.
  const ORPHAN_CHECK_MS = 30000;

  // The manifest loads either the generic adapter or one site's; a site page its adapter does not claim is left alone.
  ns.adapterFor = (location, adapters = ns.adapters ?? {}) =>
    Object.values(adapters).find((adapter) => adapter !== adapters.generic && adapter.matches(location)) ?? adapters.generic ?? null;

  // A site's entry covers its whole origin, since its app moves from a feed into its chat without a reload: the site's
  // adapter owns the tab from the start, and which adapter reads is asked again at each view.
  const ownerOf = (adapters) => Object.values(adapters).find((adapter) => adapter !== adapters.generic) ?? adapters.generic ?? null;

  // What reads a site page outside its chat: nothing, until the app moves into one.
  const READS_NOTHING = Object.freeze({ findContainers: () => [], rowsOf: () => [], rowsForNode: () => [], extract: () => null });

  ns.startProtection = ({ doc = document, runtime = chrome.runtime, i18n = chrome.i18n, adapters = ns.adapters ?? {} } = {}) => {
    const owner = ownerOf(adapters);
    if (!owner) return null;
    const abort = new AbortController();
    const isLive = () => Boolean(runtime?.id);
    const site = globalThis.location.hostname;
    const seen = ns.createSeenKeys();
    const transcript = ns.createTranscript();
    // The child's words follow their profile's language; until it has loaded, the browser's speaks.
    const strings = ns.createLocalizer({ i18n, requestStrings: () => runtime.sendMessage({ type: "cs-bg-child-strings" }) });
    const { t } = strings;
    strings.load();
    let view = null;
    const conversationIn = new WeakMap();
    // Web-component chats draw inside shadow roots the document's observer never sees into: each open one found
    // gets an observer of its own, for as long as the protection runs.
    const watchedRoots = new WeakSet();
    const watchShadowRoots = (adapter) => {
      for (const root of adapter.rootsOf?.(doc) ?? []) {
        if (root === doc || watchedRoots.has(root)) continue;
        watchedRoots.add(root);
        ns.createWatcher({ root, onChange, signal: abort.signal, attributes: owner.watchedAttributes ?? [] });
      }
    };

    // Runs `work` at most once per `everyMs` (or a longer `within` a call names); a call inside that time runs once when
    // it ends, so no change is lost. The earliest such end wins, and any run covers every call before it.
    const throttled = (work, everyMs, signal) => {
      let last = -Infinity;
      let trailing = null;
      let trailingAt = Infinity;
      const cancelTrailing = () => {
        clearTimeout(trailing);
        trailing = null;
        trailingAt = Infinity;
      };
      const run = (force, within = everyMs) => {
        const dueAt = last + Math.max(within, everyMs);
        const now = Date.now();
        if (!force && dueAt > now) {
          if (dueAt < trailingAt) {
            clearTimeout(trailing);
            trailingAt = dueAt;
            trailing = setTimeout(() => {
              cancelTrailing();
              if (!signal.aborted) run(true);
            }, dueAt - now);
          }
          return;
        }
        cancelTrailing();
        last = now;
        work();
      };
      signal.addEventListener("abort", cancelTrailing, { once: true });
      return run;
    };

    const notice = ns.createNoticeController({
      doc,
      t,
      loadCountry: ns.loadCountry,
      loadStrings: strings.load,
      blockHelpKey: owner.blockHelpKey,
      onSaveCopy: (conversation, parent) => {
        const savedAt = new Date().toISOString();
        const text = transcript.render({ conversation, site, savedAt, header: t("transcriptHeader", [site, savedAt]), me: t("transcriptMe") });
        ns.downloadTextFile({ doc, parent, fileName: `${t("transcriptFileName")}-${savedAt.slice(0, 10)}.txt`, text });
      },
      onFeedback: (report) => runtime.sendMessage({ type: "cs-bg-feedback", ...report }),
    });

    const batches = ns.createBatchChannel({ runtime });
    const sender = ns.createSender({
      site,
      send: batches.request,
      onResponse: (response) => {
        // Host unavailable: the badge and popup say so; the page shows nothing.
        if (!response?.ok || !Array.isArray(response.decisions)) return;
        for (const decision of response.decisions) notice.show(decision);
      },
      onError: (error) => {
        if (!runtime?.id || /context invalidated/i.test(String(error?.message))) destroy();
      },
    });

    const send = (message, history) => {
      transcript.add(message);
      // The host scores older history as context only; the field goes only when true, as the protocol allows.
      sender.enqueue(history ? { ...message, history: true } : message);
    };

    // One view per page address: an SPA that moves to another chat or section aborts it, and the next starts with the
    // adapter that claims the new address, from what it finds then. Keys seen stay with the page, so a chat visited
    // again is not scored twice.
    const startView = () => {
      const viewAbort = new AbortController();
      const { signal } = viewAbort;
      const href = globalThis.location.href;
      const adapter = ns.adapterFor(globalThis.location, adapters) ?? READS_NOTHING;
      const histories = new Map();
      let containers = [];

      const historyOf = (container) => {
        let history = histories.get(container);
        if (!history) {
          history = ns.createRowHistory((wanted) => (adapter.findRow ? adapter.findRow(container, wanted) : adapter.rowsOf(container).find(wanted)));
          histories.set(container, history);
        }
        return history;
      };

      const observe = (rows, container, { initial = false } = {}) => {
        const history = historyOf(container);
        const fresh = [];
        for (const row of rows.slice(-MAX_ROWS_PER_PASS)) {
          const message = adapter.extract(row, container);
          if (!message) continue;
          conversationIn.set(container, message.conversation);
          if (seen.has(message.key)) history.markSeen(row);
          else fresh.push({ row, message });
        }
        // Decided before any of them counts as seen: rows loaded above the chat together are all older history.
        const olderCount = initial ? 0 : history.countOlderThanSeen(fresh.map(({ row }) => row));
        fresh.forEach(({ row, message }, index) => {
          if (!seen.addIfNew(message.key)) return;
          send(message, index < olderCount);
          history.markSeen(row);
        });
      };

      const forgetGone = () => {
        containers = containers.filter((container) => container.isConnected);
        for (const container of histories.keys()) if (!container.isConnected) histories.delete(container);
      };

      // Throttled with a trailing run, so a chat that appears just after a check is still found.
      const recheckContainers = throttled(() => {
        watchShadowRoots(adapter);
        const found = adapter.findContainers(doc);
        const fresh = found.filter((container) => !containers.includes(container));
        containers = found;
        for (const container of fresh) observe(adapter.rowsOf(container), container, { initial: true });
      }, CONTAINER_RECHECK_MS, signal);

      const rescan = throttled(() => {
        forgetGone();
        recheckContainers(true);
        for (const container of containers) observe(adapter.rowsOf(container), container);
      }, RESCAN_EVERY_MS, signal);

      const onChange = (nodes) => {
        forgetGone();
        if (nodes === null) {
          rescan();
          return;
        }
        for (const container of containers) {
          const rows = new Set(nodes.flatMap((node) => adapter.rowsForNode(node, [container])));
          // Mutations arrive in the order the page made them; the host reads a chat in the order it is shown.
          observe(ns.inPageOrder([...rows]), container);
        }
        const insideChats = nodes.every((node) => containers.some((container) => container.contains(node)));
        recheckContainers(false, insideChats ? ROWS_ONLY_RECHECK_MS : CONTAINER_RECHECK_MS);
      };

      recheckContainers(true);
      return { href, onChange, containers: () => containers, stop: () => viewAbort.abort() };
    };

    const onChange = (nodes) => {
      if (!isLive()) {
        destroy();
        return;
      }
      if (globalThis.location.href !== view.href) {
        view.stop();
        view = startView();
        return;
      }
      view.onChange(nodes);
    };

    // The nudge asks about the chats on the page now, so it follows the view across SPA moves.
    const conversationsOnPage = () =>
      view.containers().filter((container) => container.isConnected).map((container) => conversationIn.get(container)).filter(Boolean);
    ns.createNudge({
      doc,
      t,
      levelNow: () => notice.highestLevelShown(conversationsOnPage()),
      conversationNow: () => conversationsOnPage().join("\n"),
      signal: abort.signal,
    });

    const watcher = ns.createWatcher({ root: ns.pageDom.root(doc), onChange, signal: abort.signal, attributes: owner.watchedAttributes ?? [] });
    view = startView();
    const orphanCheck = setInterval(() => isLive() || destroy(), ORPHAN_CHECK_MS);

    function destroy() {
      clearInterval(orphanCheck);
      abort.abort();
      view.stop();
      watcher.destroy();
      sender.destroy();
      batches.close();
      notice.destroy();
      transcript.clear();
    }

    return { destroy, isLive };
  };

  // Loaded again into a world where a live copy runs (the browser and the install both gave this tab its scripts),
  // the running copy stays the only one; a copy left from before an update is replaced.
  const running = ns.previous?.protection;
  ns.previous = null;
  if (running?.isLive()) {
    ns.protection = running;
    return;
  }
  running?.destroy();
  if (globalThis.chrome?.runtime?.id) ns.protection = ns.startProtection();
})();
