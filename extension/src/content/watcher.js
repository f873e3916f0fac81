(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  const SKIPPED_TAGS = new Set(["SCRIPT", "STYLE", "META", "LINK", "NOSCRIPT", "TEMPLATE"]);
  const RESCAN_THRESHOLD = 1000;

  // The observer callback only queues: work happens once per idle slot, so bursty pages cost one pass.
  // `attributes` names the attributes a site rewrites in place to mean a different message (an id given on send).
  ns.createWatcher = ({ root, onChange, signal, rescanThreshold = RESCAN_THRESHOLD, attributes = [] }) => {
    const view = (root.ownerDocument && ns.pageDom.view(root.ownerDocument)) ?? globalThis;
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
        // Indexed: a NodeList's iterator costs more than the push, and a busy page brings hundreds of records a burst.
        for (const mutation of mutations) {
          if (mutation.type === "attributes") queue.push(mutation.target);
          else for (let added = mutation.addedNodes, i = 0; i < added.length; i += 1) queue.push(added[i]);
        }
        if (queue.length > rescanThreshold) {
          queue.length = 0;
          rescan = true;
        }
      }
      schedule();
    });
    observer.observe(root, attributes.length > 0 ? { childList: true, subtree: true, attributeFilter: [...attributes] } : { childList: true, subtree: true });

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
