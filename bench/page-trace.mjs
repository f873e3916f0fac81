// Where a round's main-thread tasks go: a Chrome trace of the busy page with SafeBrowse and its host, with the floor
// extension, and alone, one browser after another. Each top-level task on the page's main thread is named by the
// first extension function it runs (or "page" when it runs none) and summed per round, with the garbage collection
// the thread did. What the counters in page-latency.mjs add up, this splits by task: a timer of the extension's own
// is a task the page pays for besides the work in it. Tracing slows every step, so figures run above the bench's.
// Progress on stderr, a markdown table on stdout.
//
// Usage: node bench/page-trace.mjs [--host PATH/TO/safebrowse-host] [--site ID] [--rounds 20] [--warmup 10]
import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { closeStartupPages, EXTENSION_ID, hostCommand, launchChromium } from "./page/browser.mjs";
import { openBusyChat } from "./page/cost.mjs";
import { writeFloorExtension } from "./page/floor-extension.mjs";
import { wholeNumbers } from "./page/options.mjs";
import { sitePage } from "./page/site-page.mjs";
import { startFixtureServer } from "./page/server.mjs";
import { markdownTable } from "./page/stats.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..");
const { values: options } = parseArgs({
  options: { host: { type: "string" }, site: { type: "string" }, rounds: { type: "string", default: "20" }, warmup: { type: "string", default: "10" } },
});
const { rounds, warmup } = wholeNumbers(options, { rounds: 1, warmup: 0 });
const log = (line) => process.stderr.write(`${line}\n`);
const BATCH = 100;
const EXISTING = 300;
const SETTLE_MS = 2200;
const CATEGORIES = ["toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.execute", "disabled-by-default-v8.gc"];
// The collector's events as V8 names them: young-generation collections, the major collection's pause, and the
// incremental marking steps that lead up to it.
const GC_EVENTS = { minor: "MinorGC", major: "MajorGC", marking: "V8.GCIncrementalMarking" };
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

async function traceRounds(chat) {
  const round = async () => {
    await chat.page.evaluate(([count, keep]) => void setTimeout(() => window.bench.insertRound(count, keep), 0), [BATCH, EXISTING]);
    await chat.page.waitForTimeout(SETTLE_MS);
  };
  for (let index = 0; index < warmup; index += 1) await round();
  const events = [];
  chat.cdp.on("Tracing.dataCollected", ({ value }) => events.push(...value));
  const complete = new Promise((done) => chat.cdp.once("Tracing.tracingComplete", done));
  await chat.cdp.send("Tracing.start", { transferMode: "ReportEvents", traceConfig: { includedCategories: CATEGORIES } });
  for (let index = 0; index < rounds; index += 1) {
    await round();
    log(`  traced round ${index + 1}/${rounds}`);
  }
  await chat.cdp.send("Tracing.end");
  await complete;
  return events;
}

// The page's main thread is the renderer main thread whose events name the page's address most often.
function pageMainThread(events, url) {
  const names = new Map(events.filter((e) => e.ph === "M" && e.name === "thread_name").map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
  const mentions = new Map();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (names.get(thread) === "CrRendererMain" && JSON.stringify(e.args ?? {}).includes(url)) mentions.set(thread, (mentions.get(thread) ?? 0) + 1);
  }
  const [thread] = [...mentions].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!thread) throw new Error("the trace holds no main thread for the busy page");
  return events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === "X").sort((a, b) => a.ts - b.ts);
}

// Per round: each kind of task's count and ms, named by the first extension function it runs, and the collector's ms.
function tasksPerRound(events, url) {
  const thread = pageMainThread(events, url);
  const kinds = new Map();
  let next = 0;
  for (const task of thread.filter((e) => e.name === "ThreadControllerImpl::RunTask")) {
    while (next < thread.length && thread[next].ts < task.ts) next += 1;
    let kind = "page (no extension code)";
    for (let index = next; index < thread.length && thread[index].ts < task.ts + task.dur; index += 1) {
      const data = thread[index].name === "FunctionCall" ? thread[index].args.data : null;
      if (data?.url?.startsWith(EXTENSION_ORIGIN)) {
        kind = `${data.url.slice(EXTENSION_ORIGIN.length)} ${data.functionName || "(anonymous)"}:${data.lineNumber}`;
        break;
      }
    }
    const entry = kinds.get(kind) ?? { count: 0, ms: 0 };
    entry.count += 1;
    entry.ms += task.dur / 1000;
    kinds.set(kind, entry);
  }
  const gcMs = Object.fromEntries(Object.entries(GC_EVENTS).map(([kind, name]) => [kind, thread.filter((e) => e.name === name).reduce((sum, e) => sum + e.dur / 1000, 0)]));
  return { kinds, gcMs };
}

const command = hostCommand({ repoRoot, hostPath: options.host && resolve(options.host), log });
const server = await startFixtureServer(join(here, "page"));
const site = options.site ? sitePage(repoRoot, options.site) : null;
const floorFolder = writeFloorExtension(repoRoot);
const variants = [
  { name: "SafeBrowse", extensionDir: join(repoRoot, "extension"), command },
  { name: "floor", extensionDir: floorFolder, command: null },
  { name: "page alone", extensionDir: null, command: null },
];
const results = [];
try {
  for (const variant of variants) {
    log(`tracing ${rounds} rounds: ${variant.name}`);
    const browser = await launchChromium({ extensionDir: variant.extensionDir, command: variant.command });
    try {
      if (variant.extensionDir) {
        await closeStartupPages(browser.context);
      }
      const chat = await openBusyChat({ context: browser.context, urlOf: server.urlOf, site, existing: EXISTING, expectExtension: variant.extensionDir !== null });
      const url = new URL(chat.page.url()).host;
      results.push({ name: variant.name, ...tasksPerRound(await traceRounds(chat), url) });
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
  rmSync(floorFolder, { recursive: true, force: true });
}

const perRound = (value, digits) => (value / rounds).toFixed(digits);
console.log(`## The busy page's main-thread tasks per round of ${BATCH} new messages (${options.site ?? "bench chat, generic adapter"}; ${new Date().toISOString().slice(0, 16)}Z)`);
console.log();
console.log(`${rounds} traced rounds of ${SETTLE_MS} ms after ${warmup} untraced, each browser in turn; load average at the end ${loadavg()[0].toFixed(1)}.`);
for (const { name, kinds, gcMs } of results) {
  const rows = [...kinds].sort((a, b) => b[1].ms - a[1].ms).map(([kind, { count, ms }]) => [kind, perRound(count, 2), perRound(ms, 3)]);
  const all = [...kinds.values()].reduce((sum, { ms }) => sum + ms, 0);
  console.log();
  console.log(
    `### ${name}: all top-level tasks ${perRound(all, 2)} ms a round; within them the collector's minor collections ${perRound(gcMs.minor, 2)} ms, ` +
      `major pauses ${perRound(gcMs.major, 2)} ms and marking steps ${perRound(gcMs.marking, 2)} ms`,
  );
  console.log();
  console.log(markdownTable(["task (the first extension function it runs)", "tasks a round", "ms a round"], rows));
}
