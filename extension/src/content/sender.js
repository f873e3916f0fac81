(() => {
  "use strict";
  const ns = (globalThis.SafeBrowse = globalThis.SafeBrowse ?? {});

  const MAX_TEXT = 4000;

  // Batches observed messages so a burst of rows becomes one runtime message, not fifty.
  ns.createSender = ({ site, send, onResponse, onError, intervalMs = 250, maxBatch = 50, timers = globalThis }) => {
    let pending = [];
    let timer = null;
    let destroyed = false;

    const flush = () => {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      if (destroyed || pending.length === 0) return;
      const messages = pending.slice(0, maxBatch);
      pending = pending.slice(maxBatch);
      if (pending.length > 0) timer = timers.setTimeout(flush, intervalMs);
      Promise.resolve()
        .then(() => send({ type: "cs-bg-observed", site, messages }))
        .then((response) => !destroyed && onResponse(response), (error) => !destroyed && onError?.(error));
    };

    const enqueue = (message) => {
      if (destroyed) return;
      const text = message.text.length > MAX_TEXT ? message.text.slice(0, MAX_TEXT) : message.text;
      pending.push({ ...message, text });
      if (pending.length >= maxBatch) flush();
      else if (timer === null) timer = timers.setTimeout(flush, intervalMs);
    };

    const destroy = () => {
      destroyed = true;
      if (timer !== null) timers.clearTimeout(timer);
      pending = [];
    };

    return { enqueue, flush, destroy };
  };
})();
