(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  const MAX_TEXT = ns.adapterKit.LIMITS.text;
  // The type of a batch, and the name of the port it crosses on (background/observed-batch.js says the same).
  ns.OBSERVED = "cs-bg-observed";
  // The cap on what one page sends to the host: 1,000 messages at once (a chat opened with its history, or scrolled
  // back several pages), then 50 a second (a busy group chat is a few a second). It stops a page that floods, not
  // a busy chat: the host scores over 100,000 a second. Beyond it only the newest 1,000 wait; older ones are dropped.
  const BURST = 1000;
  const PER_SECOND = 50;
  const FIRST_RETRY_MS = 1000;
  const LAST_RETRY_MS = 30000;
  // Answers that say the batch never reached the host; a rate limit or a refusal is final.
  const RESEND_CODES = new Set(["host_unavailable"]);

  function indexIn(list, indexes, value) {
    let index = indexes.get(value);
    if (index === undefined) {
      index = list.push(value) - 1;
      indexes.set(value, index);
    }
    return index;
  }

  // The batch as it crosses to the background, which reads it back (background/observed-batch.js): each chat and
  // contact a batch names is listed once and named by its index. A row is [conversation, contact, outgoing (1, 0, or
  // null when the adapter named no direction), text, time, key], with a 1 after it for history. Times and keys go
  // whole: writing each as what it shares with the row before's cost the page 0.1 ms a burst (this code runs once a
  // burst, in V8's lower tiers) and made the crossing no cheaper (bench/page-send.mjs).
  ns.packObserved = (site, messages) => {
    const conversations = [];
    const contacts = [];
    const conversationIndexes = new Map();
    const contactIndexes = new Map();
    const rows = messages.map((message) => {
      const outgoing = message.direction === "outgoing" ? 1 : message.direction === "incoming" ? 0 : null;
      const row = [
        indexIn(conversations, conversationIndexes, message.conversation),
        indexIn(contacts, contactIndexes, message.contact),
        outgoing,
        message.text,
        message.time,
        message.key,
      ];
      if (message.history === true) row.push(1);
      return row;
    });
    return { type: ns.OBSERVED, site, conversations, contacts, rows };
  };

  // Batches observed messages so a burst of rows crosses to the worker as one message, not fifty. A message arriving
  // after a quiet spell goes as the pass that read it ends (a chat message is answered within milliseconds); messages
  // arriving while one batch has just gone wait for the interval and go together.
  ns.createSender = ({
    site,
    send,
    onResponse,
    onError,
    intervalMs = 250,
    // A busy chat's burst of 100 rows goes as one message: each one costs the page an IPC besides the copy.
    maxBatch = 100,
    burst = BURST,
    perSecond = PER_SECOND,
    maxPending = BURST,
    timers = globalThis,
    now = () => Date.now(),
  }) => {
    let pending = [];
    let timer = null;
    let destroyed = false;
    let tokens = burst;
    let refilledAt = now();
    let waitingForBudget = false;
    let soon = false;
    let sentAt = -Infinity;
    let retryMs = FIRST_RETRY_MS;

    const refill = () => {
      const time = now();
      tokens = Math.min(burst, tokens + ((time - refilledAt) / 1000) * perSecond);
      refilledAt = time;
    };

    const schedule = (delayMs) => {
      if (timer === null) timer = timers.setTimeout(flush, delayMs);
    };

    // A full batch goes when the task that queued it ends, not at once: the pass reading a page's new rows has read
    // them all by then, and the budget is spent on the newest of them. A microtask, not a timer: a timer is a task of
    // its own, and the page pays for each task it runs besides the work in it.
    const flushSoon = () => {
      if (soon) return;
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      soon = true;
      queueMicrotask(flush);
    };

    // When the budget is spent, wait until a whole batch (or all that is pending) may go, not one message at a time;
    // never more than a second's budget, so a throttled page is still read every second.
    const waitForBudget = () => {
      const wanted = Math.min(pending.length, maxBatch, perSecond);
      waitingForBudget = true;
      schedule(Math.max(intervalMs, Math.ceil(((wanted - tokens) / perSecond) * 1000)));
    };

    function flush() {
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      waitingForBudget = false;
      soon = false;
      if (destroyed || pending.length === 0) return;
      refill();
      const count = Math.min(pending.length, maxBatch, Math.floor(tokens));
      if (count === 0) {
        waitForBudget();
        return;
      }
      tokens -= count;
      sentAt = now();
      const messages = pending.slice(0, count);
      pending = pending.slice(count);
      if (pending.length > 0) {
        if (tokens >= Math.min(pending.length, maxBatch, perSecond)) schedule(intervalMs);
        else waitForBudget();
      }
      Promise.resolve()
        .then(() => send(ns.packObserved(site, messages)))
        .then(
          (response) => {
            if (destroyed) return;
            if (response?.ok === false && RESEND_CODES.has(response.error?.code)) resend(messages);
            else {
              retryMs = FIRST_RETRY_MS;
              onResponse(response);
            }
          },
          (error) => {
            if (destroyed) return;
            onError?.(error);
            resend(messages);
          },
        );
    }

    // A worker still starting (or restarting) and a host not yet there lose nothing: the batch goes again, before
    // anything newer, backing off to every half minute; the pending cap still keeps only the newest.
    function resend(messages) {
      if (destroyed) return;
      pending = [...messages, ...pending];
      if (pending.length > maxPending) pending = pending.slice(pending.length - maxPending);
      if (timer !== null) timers.clearTimeout(timer);
      timer = null;
      soon = false;
      waitingForBudget = true;
      tokens = Math.min(burst, tokens + messages.length);
      schedule(retryMs);
      retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
    }

    const enqueue = (message) => {
      if (destroyed) return;
      const text = message.text.length > MAX_TEXT ? message.text.slice(0, MAX_TEXT) : message.text;
      pending.push(text === message.text ? message : { ...message, text });
      if (pending.length > maxPending) pending.shift();
      if (waitingForBudget) return;
      const quietFor = now() - sentAt;
      if (pending.length >= maxBatch || quietFor >= intervalMs) flushSoon();
      else schedule(intervalMs - quietFor);
    };

    const destroy = () => {
      destroyed = true;
      if (timer !== null) timers.clearTimeout(timer);
      pending = [];
    };

    return { enqueue, flush, destroy };
  };
})();
