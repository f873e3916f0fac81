(() => {
  "use strict";
  const ns = (globalThis.SafeBrowse = globalThis.SafeBrowse ?? {});

  const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "META", "LINK", "NOSCRIPT", "TEMPLATE"]);
  const RESCAN_THRESHOLD = 1000;

  // The observer callback only queues: work happens once per idle slot, so bursty pages cost one pass.
  ns.createWatcher = ({ root, onChange, signal, rescanThreshold = RESCAN_THRESHOLD }) => {
    const view = root.ownerDocument?.defaultView ?? globalThis;
    const queue = [];
    let rescan = false;
    let scheduled = null;

    const schedule = () => {
      if (scheduled) return;
      scheduled = view.requestIdleCallback
        ? { cancel: view.cancelIdleCallback.bind(view), id: view.requestIdleCallback(flush, { timeout: 200 }) }
        : { cancel: view.clearTimeout.bind(view), id: view.setTimeout(flush, 16) };
    };

    function flush() {
      scheduled = null;
      if (signal?.aborted) return;
      const nodes = rescan ? null : queue.filter((node) => node.isConnected && !SKIPPED_TAGS.has(node.nodeName));
      queue.length = 0;
      rescan = false;
      if (nodes === null || nodes.length > 0) onChange(nodes);
    }

    const observer = new view.MutationObserver((mutations) => {
      if (!rescan) {
        for (const mutation of mutations) {
          for (const node of mutation.addedNodes) queue.push(node);
        }
        if (queue.length > rescanThreshold) {
          queue.length = 0;
          rescan = true;
        }
      }
      schedule();
    });
    observer.observe(root, { childList: true, subtree: true });

    const destroy = () => {
      observer.disconnect();
      scheduled?.cancel(scheduled.id);
      scheduled = null;
      queue.length = 0;
    };
    signal?.addEventListener("abort", destroy, { once: true });
    return { destroy, flush };
  };
})();
