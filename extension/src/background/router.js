export function errorResponse(code, message, retryAfterSeconds) {
  const error = { code, message };
  if (Number.isFinite(retryAfterSeconds)) error.retryAfterSeconds = retryAfterSeconds;
  return { ok: false, type: "error", error };
}

// A PortError, or anything thrown while talking to the host, as the answer a page can act on.
export const portErrorResponse = (error) =>
  errorResponse(error?.code ?? "host_unavailable", error?.message ?? "host unavailable", error?.retryAfterSeconds);

// Content scripts run inside pages we do not control, so they reach only the handlers in
// contentHandlers; everything else must come from one of our own extension pages. The URL decides, not
// the tab: the options page opens in a tab, and a content script's URL is always the web page's.
export function createRouter({ runtimeId, extensionOrigin, contentHandlers, extensionHandlers, log = console }) {
  const ownOrigin = extensionOrigin.replace(/\/$/, "");
  const isOwnExtensionPage = (sender) =>
    sender?.id === runtimeId &&
    typeof sender.url === "string" &&
    sender.url.startsWith(extensionOrigin) &&
    (sender.origin === undefined || sender.origin === ownOrigin) &&
    (!sender.tab?.url || sender.tab.url.startsWith(extensionOrigin));

  const run = async (handler, message, sender) => {
    try {
      return await handler(message, sender);
    } catch (error) {
      log.warn("SafeBrowse: handler failed", message.type, error?.name);
      return errorResponse("internal", "the request could not be handled");
    }
  };

  return async function dispatch(message, sender) {
    const type = message?.type;
    if (typeof type !== "string") return errorResponse("bad_request", "message type missing");
    if (sender?.id !== runtimeId) return errorResponse("forbidden", "unknown sender");
    if (contentHandlers.has(type)) return run(contentHandlers.get(type), message, sender);
    if (extensionHandlers.has(type)) {
      if (!isOwnExtensionPage(sender)) return errorResponse("forbidden", `${type} is only for extension pages`);
      return run(extensionHandlers.get(type), message, sender);
    }
    return errorResponse("unknown_type", "unknown message type");
  };
}
