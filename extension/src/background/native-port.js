export const HOST_NAME = "org.safebrowse.host";
const PROTOCOL_VERSION = 1;
// The first send and one more after a dropped port: a batch that kills the host twice is not tried a third time.
const MAX_SENDS = 2;

export class PortError extends Error {
  constructor(code, message, { retryAfterSeconds } = {}) {
    super(message);
    this.name = "PortError";
    this.code = code;
    if (Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0) this.retryAfterSeconds = retryAfterSeconds;
  }
}

const errorOf = (message) =>
  new PortError(message.error?.code ?? "host_error", message.error?.message ?? "host error", {
    retryAfterSeconds: message.error?.retryAfterSeconds,
  });

const familyOf = (hello) => ({
  profile: hello.profile ?? null,
  pausedUntil: hello.pausedUntil ?? null,
  pinSet: typeof hello.pinSet === "boolean" ? hello.pinSet : null,
});

// One port to the host, opened on first need. Requests wait in a bounded queue while the host is
// away; while there is work, reconnects back off from 1 s to 60 s so protection resumes by itself.
// A request marked resendOnDrop that was in flight when the port dropped goes back to the front of
// the queue and is sent once more to the next host; an answered request is never sent again.
export function createNativePort({
  connectNative,
  getLastError,
  helloFields = () => ({}),
  hostName = HOST_NAME,
  timers = globalThis,
  onStatus = () => {},
  onDrop = () => {},
  log = console,
  helloTimeoutMs = 15000,
  requestTimeoutMs = 10000,
  queueTimeoutMs = 120000,
  maxQueuedMessages = 1000,
  initialBackoffMs = 1000,
  maxBackoffMs = 60000,
  timeoutsBeforeRecycle = 3,
}) {
  let port = null;
  let phase = "idle";
  let sequence = 0;
  let backoffMs = initialBackoffMs;
  let reconnectTimer = null;
  let consecutiveTimeouts = 0;
  const queue = [];
  const inflight = new Map();

  const queuedWeight = () => queue.reduce((sum, item) => sum + item.weight, 0);

  function removeFromQueue(item) {
    const index = queue.indexOf(item);
    if (index >= 0) queue.splice(index, 1);
    timers.clearTimeout(item.queueTimer);
  }

  function startWaiting(item) {
    item.queueTimer = timers.setTimeout(() => {
      removeFromQueue(item);
      item.reject(new PortError("host_unavailable", "the host did not come back in time"));
    }, item.waitMs);
  }

  // Over the bound, the owner (a tab) holding the most queued messages loses its oldest request, so one
  // busy tab cannot push out the work of the others.
  function victimOfOverflow() {
    const weightByOwner = new Map();
    for (const item of queue) weightByOwner.set(item.owner, (weightByOwner.get(item.owner) ?? 0) + item.weight);
    let heaviest;
    let most = -1;
    for (const [owner, weight] of weightByOwner) {
      if (weight > most) [heaviest, most] = [owner, weight];
    }
    return queue.find((item) => item.owner === heaviest);
  }

  function trimQueue() {
    while (queue.length > 1 && queuedWeight() > maxQueuedMessages) {
      const victim = victimOfOverflow();
      removeFromQueue(victim);
      onDrop(victim.weight);
      victim.reject(new PortError("queue_full", "dropped while the host was unavailable"));
    }
  }

  function send(item) {
    const id = `r-${(sequence += 1)}`;
    item.sends += 1;
    item.timer = timers.setTimeout(() => {
      inflight.delete(id);
      item.reject(new PortError("timeout", `${item.type} got no answer in ${item.timeoutMs} ms`));
      onTimeout();
    }, item.timeoutMs);
    inflight.set(id, item);
    try {
      port.postMessage({ v: PROTOCOL_VERSION, id, type: item.type, ...item.fields });
    } catch (error) {
      dropPort(error?.message ?? "postMessage failed");
    }
  }

  function onTimeout() {
    consecutiveTimeouts += 1;
    if (phase !== "connected" || consecutiveTimeouts < timeoutsBeforeRecycle) return;
    const stuck = port;
    dropPort("the host stopped answering");
    try {
      stuck?.disconnect();
    } catch {
      // The port is already gone; nothing else to release.
    }
  }

  function onMessage(message) {
    const pending = inflight.get(message?.id);
    if (!pending) {
      log.warn("SafeBrowse: host frame without a pending request", message?.type, message?.error?.code);
      return;
    }
    inflight.delete(message.id);
    timers.clearTimeout(pending.timer);
    consecutiveTimeouts = 0;
    if (message.ok) pending.resolve(message);
    else pending.reject(errorOf(message));
  }

  function connect() {
    phase = "connecting";
    let opened;
    try {
      opened = connectNative(hostName);
    } catch (error) {
      dropPort(error?.message ?? "connectNative failed");
      return;
    }
    port = opened;
    opened.onMessage.addListener(onMessage);
    opened.onDisconnect.addListener(() => {
      if (port === opened) dropPort(getLastError() ?? "the host closed the connection");
    });
    // The hello fields come from storage, so the hello waits for them; a failed read still says hello.
    Promise.resolve()
      .then(helloFields)
      .catch((error) => {
        log.warn("SafeBrowse: hello fields unavailable", error?.name);
        return {};
      })
      .then((fields) => {
        if (port === opened) sayHello(opened, fields);
      });
  }

  function sayHello(opened, fields) {
    const greeting = new Promise((resolve, reject) => {
      send({ type: "hello", fields, timeoutMs: helloTimeoutMs, sends: 0, resolve, reject });
    });
    greeting.then(
      (hello) => {
        if (port !== opened) return;
        phase = "connected";
        backoffMs = initialBackoffMs;
        consecutiveTimeouts = 0;
        log.info("SafeBrowse: host connected", hello.hostVersion, "model:", hello.modelState);
        // A cold host is still loading its model ("loading"); it scores once loaded, so that is still protection.
        onStatus({ state: "connected", modelState: hello.modelState ?? "unavailable", ...familyOf(hello) });
        pump();
      },
      (error) => {
        if (port !== opened) return;
        dropPort(`hello failed: ${error.code}`);
        try {
          opened.disconnect();
        } catch {
          // Already disconnected by the browser.
        }
      },
    );
  }

  function dropPort(reason) {
    port = null;
    phase = "idle";
    const unanswered = [...inflight.values()];
    inflight.clear();
    const resend = [];
    for (const item of unanswered) {
      timers.clearTimeout(item.timer);
      if (item.resendOnDrop && item.sends < MAX_SENDS) resend.push(item);
      else item.reject(new PortError("host_unavailable", reason));
    }
    // They were sent before anything still queued, so they go first, in the order they were sent.
    queue.unshift(...resend);
    for (const item of resend) startWaiting(item);
    trimQueue();
    log.warn("SafeBrowse: host unavailable:", reason);
    if (resend.length > 0) log.info("SafeBrowse: resending", resend.length, "unanswered requests to the next host");
    onStatus({ state: "unavailable", lastError: reason });
    if (queue.length > 0) scheduleReconnect();
  }

  function scheduleReconnect() {
    phase = "waiting";
    const delay = backoffMs;
    backoffMs = Math.min(backoffMs * 2, maxBackoffMs);
    reconnectTimer = timers.setTimeout(() => {
      reconnectTimer = null;
      phase = "idle";
      if (queue.length > 0) connect();
    }, delay);
  }

  function pump() {
    if (phase === "idle") connect();
    if (phase !== "connected") return;
    while (phase === "connected" && queue.length > 0) {
      const item = queue.shift();
      timers.clearTimeout(item.queueTimer);
      send(item);
    }
  }

  // resendOnDrop: send it again if the port drops before the answer; only for requests a repeat cannot harm (scoring).
  // owner: who asked (a tab id), so a full queue drops from the busiest owner first.
  function request(type, fields = {}, { timeoutMs = requestTimeoutMs, waitMs = queueTimeoutMs, resendOnDrop = false, owner } = {}) {
    return new Promise((resolve, reject) => {
      const weight = Array.isArray(fields.messages) ? Math.max(fields.messages.length, 1) : 1;
      const item = { type, fields, timeoutMs, waitMs, weight, owner, resendOnDrop, sends: 0, resolve, reject };
      startWaiting(item);
      queue.push(item);
      trimQueue();
      pump();
    });
  }

  function ensureConnected() {
    if (phase === "idle") connect();
  }

  return {
    request,
    ensureConnected,
    get phase() {
      return phase;
    },
    get queuedMessages() {
      return queuedWeight();
    },
    get nextBackoffMs() {
      return backoffMs;
    },
  };
}
