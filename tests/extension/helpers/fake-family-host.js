import { PortError } from "../../../extension/src/background/native-port.js";

const WAITS = [30, 60, 120];
export const SETUP_CODE = "7KQ4-M2XD-9RTA";
const normalizeCode = (code) => String(code).replace(/[\s-]/g, "").toUpperCase();

export const sampleOverview = () => ({
  week: "2026-W48",
  profiles: [
    {
      name: "Ana",
      ageBand: "10_12",
      language: "es",
      country: "CO",
      week: { notices: 3, alerts: 1, contactsRaised: 2, feedback: 1, inactiveHours: 4 },
      digests: ["2026-W47", "2026-W46"],
    },
    {
      name: "Leo",
      ageBand: "13_15",
      language: "en",
      country: "US",
      week: { notices: 0, alerts: 0, contactsRaised: 0, feedback: 0, inactiveHours: 0 },
      digests: [],
    },
  ],
  settings: { sensitivity: "standard", excerpts: "never", retentionDays: 90, defaultProfile: null },
  installProfile: null,
  pausedUntil: null,
  feedback: [
    { id: "f-1", profile: "Ana", site: "web.whatsapp.com", contact: "alex_15", time: "2026-11-27T16:00:00Z", categories: ["gifts"], verdict: null },
  ],
  storageProblems: [{ time: "2026-11-26T08:00:00Z", kind: "write_failed" }],
});

// Per child: contacts who raised a note lately and contacts a parent marked, as parent.contacts answers.
export const sampleContacts = () => ({
  Ana: {
    recent: [{ site: "web.whatsapp.com", contact: "Mamá", lastSeen: "2026-11-27T16:00:00Z", level: "alert" }],
    trusted: [{ site: "discord.com", contact: "coach_ana", kind: "trusted", setAt: "2026-11-20T16:00:00Z" }],
  },
  Leo: { recent: [], trusted: [] },
});

// The parent side of the host as docs/protocol.md describes it, behind the native port's request().
export class FakeFamilyHost {
  requests = [];
  sessions = new Set();
  wrongInARow = 0;
  waitUntil = 0;
  #nextSession = 1;

  constructor({ now, pin = null, setupCode = SETUP_CODE, overview = sampleOverview() }) {
    this.now = now;
    this.pin = pin;
    this.setupCode = setupCode;
    this.pinSetAt = pin === null ? null : "2026-11-23T20:00:00Z";
    this.state = overview;
    this.contacts = sampleContacts();
  }

  get retryAfterSeconds() {
    return Math.max(0, Math.ceil((this.waitUntil - this.now()) / 1000));
  }

  expireSessions() {
    this.sessions.clear();
  }

  async request(type, fields) {
    this.requests.push({ type, fields: structuredClone(fields) });
    const handler = this.#handlers[type];
    if (!handler) throw new PortError("unknown_type", type);
    return { v: 1, id: `r-${this.requests.length}`, type, ok: true, ...handler(fields) };
  }

  #session() {
    const session = `session-${this.#nextSession++}`;
    this.sessions.add(session);
    return { session, expiresInSeconds: 900 };
  }

  #needSession(fields) {
    if (!this.sessions.has(fields.session)) throw new PortError("session_required", "no valid session");
  }

  // Wrong PINs and wrong setup codes share one count and one delay, as in the host.
  #wrongTry(code) {
    this.wrongInARow += 1;
    const wait = this.wrongInARow > 3 ? WAITS[Math.min(this.wrongInARow - 4, WAITS.length - 1)] : 0;
    this.waitUntil = this.now() + wait * 1000;
    throw new PortError(code, "wrong", { retryAfterSeconds: wait });
  }

  #setFirstPin(fields) {
    if (!fields.setupCode) throw new PortError("setup_code_required", "no setup code");
    if (this.setupCode === null) throw new PortError("setup_code_missing", "no setup code waits");
    if (this.retryAfterSeconds > 0) throw new PortError("pin_locked", "wait", { retryAfterSeconds: this.retryAfterSeconds });
    if (normalizeCode(fields.setupCode) !== normalizeCode(this.setupCode)) this.#wrongTry("setup_code_wrong");
    this.wrongInARow = 0;
    this.setupCode = null;
  }

  #handlers = {
    "parent.status": () => ({
      pinSet: this.pin !== null,
      retryAfterSeconds: this.retryAfterSeconds,
      setupCodeReady: this.pin === null && this.setupCode !== null,
    }),
    "parent.set-pin": (fields) => {
      if (this.pin !== null) this.#needSession(fields);
      if (fields.pin.length < 6 || fields.pin.length > 64) throw new PortError("pin_invalid", "pin length");
      if (this.pin === null) this.#setFirstPin(fields);
      this.pin = fields.pin;
      this.pinSetAt = new Date(this.now()).toISOString();
      return this.#session();
    },
    "parent.unlock": (fields) => {
      if (this.pin === null) throw new PortError("pin_not_set", "no pin");
      if (this.retryAfterSeconds > 0) {
        throw new PortError("pin_locked", "wait", { retryAfterSeconds: this.retryAfterSeconds });
      }
      if (fields.pin !== this.pin) this.#wrongTry("pin_wrong");
      this.wrongInARow = 0;
      return this.#session();
    },
    "parent.lock": (fields) => {
      this.#needSession(fields);
      this.sessions.delete(fields.session);
      return {};
    },
    "parent.overview": (fields) => {
      this.#needSession(fields);
      return { ...structuredClone(this.state), pinSetAt: this.pinSetAt };
    },
    "parent.save-profile": (fields) => {
      this.#needSession(fields);
      const others = this.state.profiles.filter((p) => p.name !== (fields.previousName ?? fields.profile.name));
      const old = this.state.profiles.find((p) => p.name === (fields.previousName ?? fields.profile.name));
      const empty = { week: { notices: 0, alerts: 0, contactsRaised: 0, feedback: 0, inactiveHours: 0 }, digests: [] };
      this.state.profiles = [...others, { ...(old ?? empty), ...fields.profile }];
      return { profiles: structuredClone(this.state.profiles) };
    },
    "parent.assign": (fields) => {
      this.#needSession(fields);
      this.state.installProfile = fields.profile;
      return { installProfile: fields.profile };
    },
    "parent.save-settings": (fields) => {
      this.#needSession(fields);
      this.state.settings = fields.settings;
      return { settings: fields.settings };
    },
    "parent.pause": (fields) => {
      this.#needSession(fields);
      this.state.pausedUntil = fields.minutes === 0 ? null : new Date(this.now() + fields.minutes * 60000).toISOString();
      return { pausedUntil: this.state.pausedUntil };
    },
    "parent.digest": (fields) => {
      this.#needSession(fields);
      if (!this.state.profiles.find((p) => p.name === fields.profile)?.digests.includes(fields.week)) {
        throw new PortError("not_found", "no such digest");
      }
      return { html: `<!doctype html><html lang="${fields.lang}"><body><h1>${fields.profile} ${fields.week}</h1><script>parent.alert(1)</script></body></html>` };
    },
    "parent.review": (fields) => {
      this.#needSession(fields);
      const item = this.state.feedback.find((f) => f.id === fields.feedbackId);
      if (!item) throw new PortError("not_found", "no such feedback");
      item.verdict = fields.verdict;
      return {};
    },
    "parent.clear-contact": (fields) => {
      this.#needSession(fields);
      return { cleared: this.state.feedback.filter((f) => f.contact === fields.contact).length };
    },
    "parent.contacts": (fields) => {
      this.#needSession(fields);
      if (!Object.hasOwn(this.contacts, fields.profile)) throw new PortError("not_found", "no such profile");
      return structuredClone(this.contacts[fields.profile]);
    },
    "parent.trust-contact": (fields) => {
      this.#needSession(fields);
      const lists = this.contacts[fields.profile];
      if (!lists) throw new PortError("not_found", "no such profile");
      if (!fields.site || !fields.contact || ![null, "family", "trusted"].includes(fields.kind)) throw new PortError("bad_request", "bad field");
      const same = (item) => item.site === fields.site && item.contact === fields.contact;
      lists.trusted = lists.trusted.filter((item) => !same(item));
      if (fields.kind) {
        lists.trusted.push({ site: fields.site, contact: fields.contact, kind: fields.kind, setAt: new Date(this.now()).toISOString() });
        lists.recent = lists.recent.filter((item) => !same(item));
      }
      return structuredClone(lists);
    },
  };
}
