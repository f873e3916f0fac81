// Steady-state speed over the pipes: score batches of each size and `hello` round trips (the pipe floor), one
// request in flight as the extension's port has, on hosts that were warmed up first. The hosts take turns on
// every batch size in every round, so their figures share the machine's load and a ratio is taken per round.
import { ChatTraffic } from "./chat-traffic.mjs";
import { encodeFrame } from "./frames.mjs";
import { HostSession } from "./host-session.mjs";
import { progress } from "./progress.mjs";

const RING_MESSAGES = 20_000;
const CONVERSATIONS = 3_000;
const HELLO = { id: "floor", frame: encodeFrame({ v: 1, id: "floor", type: "hello", install: "bench-install-0000000001" }) };

/** Frames cycled through during a window, built before any clock runs. */
function ring(size) {
  const traffic = new ChatTraffic({ seed: 1000 + size, conversations: CONVERSATIONS });
  const count = Math.max(50, Math.ceil(RING_MESSAGES / size));
  return Array.from({ length: count }, (_, index) => {
    const id = `b${size}-${index}`;
    return { id, frame: traffic.nextFrame(id, size) };
  });
}

/** Sends frames one at a time for `windowMs`; returns { perSecond, latencies } (perSecond counts `weight` per request). */
async function closedLoop(host, frames, windowMs, weight, problems, label) {
  const latencies = [];
  let sent = 0;
  let failures = 0;
  const began = performance.now();
  let now = began;
  while (now - began < windowMs) {
    const { id, frame } = frames[sent % frames.length];
    const { reply, ms } = await host.sendFrame(frame, id);
    if (!reply.ok && failures++ === 0) problems.push(`${label}: request ${id} failed: ${JSON.stringify(reply.error)}`);
    latencies.push(ms);
    sent++;
    now = performance.now();
  }
  return { perSecond: (sent * weight * 1000) / (now - began), latencies };
}

async function readModelState(host) {
  const { reply } = await host.sendFrame(HELLO.frame, HELLO.id);
  return reply.modelState;
}

/**
 * `hosts`: [{ name, path, expectedLog, expectedModelState }]. Returns per host: modelState, and per batch size (and "hello")
 * the msg/s (or round trips/s) of every round and all latencies.
 */
export async function measureThroughput(hosts, { batchSizes, rounds, windowMs, warmupMs }, problems) {
  const rings = new Map(batchSizes.map((size) => [size, ring(size)]));
  const sessions = hosts.map((host) => new HostSession(host, `throughput ${host.name}`, problems));
  const results = hosts.map(() => ({ modelState: null, bySize: {} }));
  try {
    for (const [index, { name, expectedModelState }] of hosts.entries()) {
      const { host } = sessions[index];
      await readModelState(host);
      progress(`throughput: warming up ${name} for ${(warmupMs / 1000).toFixed(0)} s`);
      for (const size of batchSizes) await closedLoop(host, rings.get(size), warmupMs / batchSizes.length, size, problems, `warm-up ${name}`);
      results[index].modelState = await readModelState(host);
      if (results[index].modelState !== expectedModelState) {
        problems.push(`throughput ${name}: hello says modelState "${results[index].modelState}" after scoring, expected "${expectedModelState}"`);
      }
    }

    for (let round = 1; round <= rounds; round++) {
      // Alternate who goes first, so neither host always runs on the heels of the other.
      const order = round % 2 === 1 ? hosts.map((_, index) => index) : hosts.map((_, index) => index).reverse();
      for (const size of [...batchSizes, "hello"]) {
        const line = [];
        for (const index of order) {
          const frames = size === "hello" ? [HELLO] : rings.get(size);
          const { perSecond, latencies } = await closedLoop(sessions[index].host, frames, windowMs, size === "hello" ? 1 : size, problems, `throughput ${hosts[index].name} batch ${size}`);
          const slot = (results[index].bySize[size] ??= { perSecond: [], latencies: [] });
          slot.perSecond.push(perSecond);
          slot.latencies.push(...latencies);
          line.push(`${hosts[index].name} ${Math.round(perSecond).toLocaleString("en-US")}/s`);
        }
        progress(`throughput round ${round}/${rounds}, ${size === "hello" ? "hello round trips" : `batches of ${size}`}: ${line.join(", ")}`);
      }
    }
  } finally {
    for (const session of sessions) await session.finish();
  }
  return Object.fromEntries(hosts.map(({ name }, index) => [name, results[index]]));
}
