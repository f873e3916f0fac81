// Resident set while a host scores a long stream of batches of 200: every conversation and contact new (the
// worst case for per-contact state, which the risk engine caps at 10,000 contacts) or a pool that repeats.
// VmRSS is read from /proc after the first batch (the model loaded, no contacts yet), then every 100,000 messages; two requests stay in flight so building the next batch
// overlaps the host's work on the current one.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { ChatTraffic } from "./chat-traffic.mjs";
import { HostSession } from "./host-session.mjs";
import { progress } from "./progress.mjs";

const BATCH = 200;
const SAMPLE_EVERY = 100_000;
const IN_FLIGHT = 2;
const REPEATING_CONVERSATIONS = 3_000;

function folderBytes(folder) {
  return readdirSync(folder, { withFileTypes: true }).reduce((total, entry) => {
    const path = join(folder, entry.name);
    return total + (entry.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

/** `host`: { name, path, expectedLog }. Returns { samples: [{ messages, rssKiB, anonKiB, fileKiB }], peakKiB, perSecond, dataBytes, raised }. */
export async function measureMemory(host, contacts, totalMessages, problems) {
  const label = `memory ${host.name} ${contacts} contacts`;
  const traffic = new ChatTraffic({ seed: 77, conversations: contacts === "new" ? "new" : REPEATING_CONVERSATIONS });
  const session = new HostSession(host, label, problems);
  const samples = [];
  let raised = 0;
  let perSecond;
  let peakKiB;
  let dataBytes;
  try {
    await session.host.request({ v: 1, id: "mem-hello", type: "hello", install: "bench-install-0000000001" });
    const requests = totalMessages / BATCH;
    const inFlight = [];
    const began = performance.now();
    for (let index = 0; index < requests || inFlight.length > 0; ) {
      while (index < requests && inFlight.length < IN_FLIGHT) {
        const id = `m-${index++}`;
        const reply = session.host.sendFrame(traffic.nextFrame(id, BATCH), id);
        reply.catch(() => {}); // awaited below; a host that dies must not also be an unhandled rejection
        inFlight.push(reply);
      }
      const { reply } = await inFlight.shift();
      if (!reply.ok) throw new Error(`${label}: ${reply.id} failed: ${JSON.stringify(reply.error)}`);
      raised += reply.decisions.filter((decision) => decision.level !== "none").length;
      const done = (index - inFlight.length) * BATCH;
      if (done === BATCH || done % SAMPLE_EVERY === 0) {
        samples.push({ messages: done, ...session.host.memory() });
        progress(`${label}: ${done.toLocaleString("en-US")} messages, VmRSS ${(samples.at(-1).rssKiB / 1024).toFixed(0)} MiB`);
      }
    }
    perSecond = (totalMessages * 1000) / (performance.now() - began);
    peakKiB = session.host.memory().peakKiB;
    dataBytes = folderBytes(session.dataDirectory);
  } finally {
    await session.finish();
  }
  return { samples, peakKiB, perSecond, dataBytes, raised };
}
