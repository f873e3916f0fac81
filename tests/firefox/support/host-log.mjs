// The host's own log counts every scored message (ids and lengths, never text): waiting on it proves the page's
// messages reached the host, so "no notice" means the host judged them benign, not that they never arrived.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";

const scoredLine = /Scored request .*?: (\d+) messages \(/g;

export function countScoredMessages(dataDirectory) {
  const logs = join(dataDirectory, "logs");
  if (!existsSync(logs)) {
    return 0;
  }
  return readdirSync(logs)
    .flatMap((name) => [...readFileSync(join(logs, name), "utf8").matchAll(scoredLine)])
    .reduce((sum, match) => sum + Number(match[1]), 0);
}

/** Resolves with the count once it reaches `expected`, or with the last count when `timeoutMs` passes: the caller asserts it. */
export async function waitForScoredMessages(dataDirectory, expected, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  let scored = countScoredMessages(dataDirectory);
  while (scored < expected && performance.now() < deadline) {
    await delay(200);
    scored = countScoredMessages(dataDirectory);
  }
  return scored;
}
