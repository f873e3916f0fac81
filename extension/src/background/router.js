export function errorResponse(code, message) {
  return { ok: false, type: "error", error: { code, message } };
}

// Content scripts run inside pages we do not control, so they reach only the handlers in
// contentHandlers; everything else must come from one of our own extension pages.
export function createRouter({ runtimeId, extensionOrigin, contentHandlers, extensionHandlers, log = console }) {
  const isOwnExtensionPage = (sender) =>
    sender?.id === runtimeId &&
    !sender.tab &&
    typeof sender.url === "string" &&
    sender.url.startsWith(extensionOrigin);

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
