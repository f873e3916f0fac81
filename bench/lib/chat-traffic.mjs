// Score batches as the extension sends them: one site per batch, messages of one to three of its conversations
// in page order. Conversations are direct chats or groups; one contact in ten writes grooming-like lines.
// Batches come out as ready frames, built from banks of lines made up front, so building them costs the
// harness about a microsecond a message and does not steal the host's CPU.
import { chatLine } from "./chat-lines.mjs";
import { Random } from "./random.mjs";

const SITES = ["web.whatsapp.com", "discord.com", "www.instagram.com", "www.roblox.com", "web.telegram.org", "www.messenger.com"];
const RISKY_CONTACT_SHARE = 0.1;
const RISKY_LINE_SHARE = 0.4;
const GROUP_SHARE = 0.1;
const INCOMING_SHARE = 0.55;
const LINES_PER_BANK = 4096;
const START_TIME_MS = Date.parse("2026-11-28T10:00:00Z");
const MS_BETWEEN_BATCHES = 60_000;

function lineBank(random, language, direction, riskShare) {
  return Array.from({ length: LINES_PER_BANK }, () => JSON.stringify(chatLine(random, language, direction, riskShare)));
}

function banksFor(random) {
  const banks = {};
  for (const language of ["en", "es"]) {
    banks[language] = {
      outgoing: lineBank(random, language, "outgoing", 0),
      benign: lineBank(random, language, "incoming", 0),
      risky: lineBank(random, language, "incoming", RISKY_LINE_SHARE),
    };
  }
  return banks;
}

/**
 * `conversations`: size of the pool that repeats (direct chats and groups, well under the host's 10,000 tracked
 * contacts), or `"new"` for a new conversation and contact in every message (the worst case for per-contact state).
 */
export class ChatTraffic {
  #random;
  #banks;
  #pool;
  #fresh = 0;
  #batches = 0;

  constructor({ seed, conversations }) {
    this.#random = new Random(seed);
    this.#banks = banksFor(this.#random);
    this.#pool = conversations === "new"
      ? null
      : Array.from({ length: conversations }, (_, index) => this.#newConversation(`c${seed}-${index}`));
  }

  /** A `score` request frame holding `size` messages. */
  nextFrame(id, size) {
    const random = this.#random;
    const siteIndex = random.below(SITES.length);
    const open = this.#pool ? this.#openConversations(siteIndex) : null;
    // Messages of one page batch share the time they were seen; the host keeps its own clock anyway.
    const time = new Date(START_TIME_MS + MS_BETWEEN_BATCHES * this.#batches++).toISOString();
    const messages = new Array(size);
    for (let index = 0; index < size; index++) {
      const conversation = open ? open[random.below(open.length)] : this.#newConversation(`n${this.#fresh++}`);
      messages[index] = this.#message(conversation, time);
    }
    const json = `{"v":1,"id":"${id}","type":"score","site":"${SITES[siteIndex]}","messages":[${messages.join(",")}]}`;
    const frame = Buffer.allocUnsafe(4 + Buffer.byteLength(json, "utf8"));
    frame.writeUInt32LE(frame.length - 4, 0);
    frame.write(json, 4, "utf8");
    return frame;
  }

  #newConversation(id) {
    const random = this.#random;
    const size = random.chance(GROUP_SHARE) ? 3 + random.below(4) : 1;
    const contacts = Array.from({ length: size }, (_, index) => ({ id: `${id}-u${index}`, risky: random.chance(RISKY_CONTACT_SHARE) }));
    return { id, language: random.chance(0.5) ? "es" : "en", contacts, sent: 0 };
  }

  #openConversations(siteIndex) {
    const random = this.#random;
    const perSite = Math.floor(this.#pool.length / SITES.length);
    const count = random.chance(0.7) ? 1 : 2 + random.below(2);
    return Array.from({ length: count }, () => this.#pool[siteIndex + SITES.length * random.below(perSite)]);
  }

  #message(conversation, time) {
    const random = this.#random;
    const contact = conversation.contacts[random.below(conversation.contacts.length)];
    const incoming = random.chance(INCOMING_SHARE);
    const bank = this.#banks[conversation.language][incoming ? (contact.risky ? "risky" : "benign") : "outgoing"];
    return `{"conversation":"${conversation.id}","contact":"${contact.id}","direction":"${incoming ? "incoming" : "outgoing"}",`
      + `"text":${bank[random.below(LINES_PER_BANK)]},"time":"${time}","key":"${conversation.id}|m-${conversation.sent++}"}`;
  }
}
