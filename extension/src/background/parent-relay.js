import { errorResponse, portErrorResponse } from "./router.js";

// The request fields of each parent type in docs/protocol.md; anything else the page sends is dropped.
const PARENT_FIELDS = Object.freeze({
  "parent.status": [],
  "parent.set-pin": ["pin", "session", "setupCode"],
  "parent.unlock": ["pin"],
  "parent.lock": ["session"],
  "parent.overview": ["session"],
  "parent.save-profile": ["session", "profile", "previousName"],
  "parent.assign": ["session", "profile"],
  "parent.save-settings": ["session", "settings"],
  "parent.pause": ["session", "minutes"],
  "parent.digest": ["session", "profile", "week", "lang"],
  "parent.review": ["session", "feedbackId", "verdict"],
  "parent.clear-contact": ["session", "contact"],
  "parent.contacts": ["session", "profile"],
  "parent.trust-contact": ["session", "profile", "site", "contact", "kind"],
});
const NEEDS_INSTALL = new Set(["parent.overview", "parent.assign"]);
const DIGEST_TIMEOUT_MS = 30000;
// A parent waits at the screen: say the host is away after a launch attempt, not after two minutes.
const WAIT_FOR_HOST_MS = 20000;

// `onChildProfile` hears the profile of this browser's child when a parent edits it, so the child's language and
// helplines follow at once rather than at the next connection to the host.
export function createParentRelay({ port, installId, statusStore, onChildProfile = () => {}, log = console }) {
  async function fieldsOf(type, request) {
    const fields = {};
    for (const name of PARENT_FIELDS[type]) if (request[name] !== undefined) fields[name] = request[name];
    if (NEEDS_INSTALL.has(type)) fields.install = await installId.get();
    return fields;
  }

  // The popup reads pause and PIN state from the status store; keep it true without waiting for a new hello.
  async function remember(type, reply, fields) {
    try {
      if (type === "parent.pause") await statusStore.updateFamily({ pausedUntil: reply.pausedUntil ?? null });
      if (type === "parent.set-pin") await statusStore.updateFamily({ pinSet: true });
      if (type === "parent.save-profile") await rememberIfThisChild(fields);
    } catch (error) {
      log.warn("SafeBrowse: status not updated after", type, error?.name);
    }
  }

  async function rememberIfThisChild({ profile, previousName }) {
    const current = (await statusStore.read()).profile;
    if (!current || current.name !== (previousName ?? profile?.name)) return;
    const saved = { name: profile.name, ageBand: profile.ageBand, language: profile.language, country: profile.country };
    await statusStore.updateFamily({ profile: saved });
    await onChildProfile(saved);
  }

  return async function parent(message) {
    const request = message?.request;
    const type = request?.type;
    if (typeof type !== "string" || !Object.hasOwn(PARENT_FIELDS, type)) {
      return errorResponse("forbidden", "only the parent types of the protocol can be relayed");
    }
    let reply;
    const fields = await fieldsOf(type, request);
    try {
      const timeoutMs = type === "parent.digest" ? DIGEST_TIMEOUT_MS : undefined;
      reply = await port.request(type, fields, { timeoutMs, waitMs: WAIT_FOR_HOST_MS });
    } catch (error) {
      return portErrorResponse(error);
    }
    const { v, id, ...answer } = reply;
    await remember(type, answer, fields);
    return answer;
  };
}
