// Measures the published host over real pipes, as the browser talks to it: score throughput and latency per batch
// size, cold start, resident set over a million messages, each against the same host without its model and
// against the pipe floor (`hello` round trips). The least host, when given (bench/LeastHost: a .NET program that only
// answers), is started beside them: its first `hello` is the least any host on this stack takes.
// Progress on stderr, a markdown report on stdout.
// Usage: node bench/host-pipe.mjs --host PATH/safebrowse-host --baseline PATH/safebrowse-host [--least PATH/least-host] [--quick]
// (bench/run-host-bench.sh publishes both hosts and runs this.)
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { measureColdStart } from "./lib/cold-start.mjs";
import { measureMemory } from "./lib/memory.mjs";
import { progress } from "./lib/progress.mjs";
import { renderReport } from "./lib/report.mjs";
import { measureThroughput } from "./lib/throughput.mjs";

const SETTINGS = {
  full: {
    throughput: { batchSizes: [1, 10, 50, 200], rounds: 4, windowMs: 2_000, warmupMs: 5_000 },
    coldStartRuns: 6,
    memoryMessages: 1_000_000,
  },
  quick: {
    throughput: { batchSizes: [1, 10, 50, 200], rounds: 1, windowMs: 1_000, warmupMs: 2_000 },
    coldStartRuns: 7,
    memoryMessages: 200_000,
  },
};

const { values: options } = parseArgs({
  options: { host: { type: "string" }, baseline: { type: "string" }, least: { type: "string" }, quick: { type: "boolean", default: false } },
});
if (!options.host || !options.baseline || ![options.host, options.baseline, options.least ?? options.host].every(existsSync)) {
  console.error("usage: node bench/host-pipe.mjs --host PATH/safebrowse-host --baseline PATH/safebrowse-host-without-Model [--least PATH/least-host] [--quick]");
  process.exit(2);
}

const settings = options.quick ? SETTINGS.quick : SETTINGS.full;
const model = { name: "model", path: options.host, expectedModelState: "loaded" };
// The no-model host logs its missing models (the message model and the sequence model) as errors on purpose; those lines are no problem here.
const baseline = { name: "no-model", path: options.baseline, expectedModelState: "unavailable", expectedLog: /Model not loaded, scoring with category evidence only|Sequence model not loaded, the rules decide alone/ };
const least = options.least ? { name: "least", path: options.least, helloOnly: true } : null;
const problems = [];
const failures = [];
const results = {};

async function phase(name, run) {
  try {
    await run();
  } catch (error) {
    failures.push(`${name}: ${error.message}`);
    progress(`${name} FAILED: ${error.message}`);
  }
}

function commit() {
  try {
    const repository = dirname(dirname(fileURLToPath(import.meta.url)));
    const head = execFileSync("git", ["-C", repository, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["-C", repository, "status", "--porcelain", "--", "host"], { encoding: "utf8" }).trim();
    return dirty ? `${head} (host/ has uncommitted changes)` : head;
  } catch {
    return "unknown";
  }
}

const began = performance.now();
const loadBefore = loadavg()[0].toFixed(1);
progress(`${options.quick ? "quick" : "full"} run: throughput, cold start, memory (load average ${loadBefore} on ${availableParallelism()} cores)`);

await phase("throughput", async () => {
  const measured = await measureThroughput([model, baseline], settings.throughput, problems);
  results.throughput = { model: measured.model, baseline: measured["no-model"] };
});

await phase("cold start", async () => {
  progress(`cold start: ${settings.coldStartRuns} runs each of model/no-model${least ? "/least" : ""} × fresh/kept data folder`);
  const measured = await measureColdStart([model, baseline, ...(least ? [least] : [])], settings.coldStartRuns, problems);
  results.coldStart = { model: measured.model, baseline: measured["no-model"], least: measured.least ?? null };
});

results.memory = [];
for (const [host, contacts] of [[model, "new"], [model, "repeating"], [baseline, "new"]]) {
  await phase(`memory ${host.name} ${contacts} contacts`, async () => {
    const run = await measureMemory(host, contacts, settings.memoryMessages, problems);
    results.memory.push({ ...run, host: host.name, contacts, totalMessages: settings.memoryMessages });
  });
}

const meta = {
  quick: options.quick,
  date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
  commit: commit(),
  cores: availableParallelism(),
  loadBefore,
  loadAfter: loadavg()[0].toFixed(1),
  node: process.version,
  minutes: ((performance.now() - began) / 60_000).toFixed(1),
  settings,
};
process.stdout.write(renderReport(meta, results, problems, failures));
progress(`done in ${meta.minutes} min`);
process.exitCode = failures.length > 0 ? 1 : 0;
