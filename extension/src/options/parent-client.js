export class ParentError extends Error {
  constructor({ code = "host_unavailable", message = "", retryAfterSeconds } = {}) {
    super(message);
    this.name = "ParentError";
    this.code = code;
    this.retryAfterSeconds = Number.isFinite(retryAfterSeconds) ? retryAfterSeconds : 0;
  }
}

const WITHOUT_SESSION = new Set(["parent.status", "parent.unlock"]);

// The session token lives in this closure only: closing the page, locking or an expired session forgets it.
export function createParentClient({ sendMessage, onSessionLost }) {
  let session = null;

  async function call(type, fields = {}) {
    const request = { type, ...fields };
    if (session && !WITHOUT_SESSION.has(type)) request.session = session;
    let response;
    try {
      response = await sendMessage({ type: "options-bg-parent", request });
    } catch (error) {
      throw new ParentError({ code: "host_unavailable", message: error?.message });
    }
    if (!response?.ok) {
      const error = new ParentError(response?.error);
      if (error.code === "session_required") {
        session = null;
        onSessionLost();
      }
      throw error;
    }
    if (typeof response.session === "string") session = response.session;
    return response;
  }

  async function lock() {
    try {
      if (session) await call("parent.lock");
    } catch {
      // The host forgets the session after 15 minutes anyway; the page forgets it now.
    } finally {
      session = null;
    }
  }

  return { call, lock };
}
