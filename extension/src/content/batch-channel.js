(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  // Observed batches cross to the worker over one long-lived port instead of a runtime message each. A runtime
  // message opens and closes a channel of its own: on WhatsApp's page that cost about 0.4 ms of the main thread's CPU
  // a burst more than a port's message, nearly all of it outside script (bench/page-paired.mjs, "Eighth session" in
  // docs/performance.md). Each request is answered on the port with its id. The worker can stop at any time (idle, an
  // update, a crash): the port then closes, every request waiting on it fails as a runtime message to a missing worker
  // would, and the next request opens a new port, which wakes the worker again.
  ns.createBatchChannel = ({ runtime }) => {
    let port = null;
    let nextId = 1;
    const waiting = new Map();

    const failWaiting = (error) => {
      for (const { reject } of waiting.values()) reject(error);
      waiting.clear();
    };

    const closed = (closedPort) => {
      if (port !== closedPort) return;
      port = null;
      failWaiting(new Error(runtime.lastError?.message ?? "the extension's worker closed the port"));
    };

    const open = () => {
      // Named for the one message type it carries; the worker opens no other (background/observed-port.js).
      const opened = runtime.connect({ name: ns.OBSERVED });
      opened.onMessage.addListener((reply) => {
        const request = waiting.get(reply?.id);
        if (!request) return;
        waiting.delete(reply.id);
        request.resolve(reply.response);
      });
      opened.onDisconnect.addListener(() => closed(opened));
      return opened;
    };

    const request = (message) =>
      new Promise((resolve, reject) => {
        const id = nextId;
        nextId += 1;
        try {
          port ??= open();
          waiting.set(id, { resolve, reject });
          port.postMessage({ id, message });
        } catch (error) {
          // An extension updated or removed under the page ("context invalidated"), or a port closed before it said so.
          waiting.delete(id);
          if (port !== null) closed(port);
          reject(error);
        }
      });

    const close = () => {
      const current = port;
      port = null;
      failWaiting(new Error("the page's protection stopped"));
      try {
        current?.disconnect();
      } catch {
        // A port the browser already closed.
      }
    };

    return { request, close };
  };
})();
