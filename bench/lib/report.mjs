// The markdown report: one table per measurement, the targets with met/missed, and every problem seen.
import { median, quantile } from "./stats.mjs";

const THROUGHPUT_TARGET = 20_000;
const RSS_TARGET_MB = 150;
const FLAT_TOLERANCE = 0.1;
const COLD_START_GOAL_MS = 150;

const count = (value) => Math.round(value).toLocaleString("en-US");
const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(0));
const ratio = (value) => `${value.toFixed(2)}×`;
const mb = (kib) => ((kib * 1024) / 1e6).toFixed(0);
const verdict = (met) => (met ? "**met**" : "**missed**");

function table(header, rows) {
  return [`| ${header.join(" | ")} |`, `|${header.map((_, index) => (index === 0 ? "---" : "---:")).join("|")}|`, ...rows.map((row) => `| ${row.join(" | ")} |`)].join("\n");
}

function pairedRatio(a, b) {
  return median(a.map((value, index) => value / b[index]));
}

/** Pipe floor, fixed cost of a score request above it, and the marginal cost of a message, from p50 latencies. */
function costLine(name, host, batchSizes) {
  const p50 = (size) => quantile(host.bySize[size].latencies, 0.5);
  const [smallest, largest] = [batchSizes[0], batchSizes.at(-1)];
  const perMessageUs = ((p50(largest) - p50(smallest)) * 1000) / (largest - smallest);
  return `${name}: pipe floor ${ms(p50("hello"))} ms, a score request of ${smallest} adds ${ms(p50(smallest) - p50("hello"))} ms, each further message ${perMessageUs.toFixed(1)} µs`;
}

function throughputSection({ model, baseline }, settings) {
  const sizes = [...settings.batchSizes, "hello"];
  const rows = sizes.map((size) => {
    const [m, b] = [model.bySize[size], baseline.bySize[size]];
    const name = size === "hello" ? "`hello` (pipe floor, round trips/s)" : `${size}`;
    return [name, count(median(m.perSecond)), ms(quantile(m.latencies, 0.5)), ms(quantile(m.latencies, 0.99)),
      count(median(b.perSecond)), ms(quantile(b.latencies, 0.5)), ms(quantile(b.latencies, 0.99)), ratio(pairedRatio(m.perSecond, b.perSecond))];
  });
  return [
    `### Throughput and latency per request (score batches, one request in flight, ${settings.rounds} rounds of ${settings.windowMs / 1000} s per batch size and host, after ${settings.warmupMs / 1000} s of warm-up)`,
    "",
    table(["batch (messages)", "model msg/s", "p50 ms", "p99 ms", "no-model msg/s", "p50 ms", "p99 ms", "msg/s model ÷ no-model"], rows),
    "",
    `msg/s: median of the rounds; ratio: median of per-round ratios; latency: write of the frame to its reply parsed, every request of every round. modelState after scoring: model \`${model.modelState}\`, no-model \`${baseline.modelState}\`.`,
    "",
    `Where a request's time goes (p50s): ${costLine("model", model, settings.batchSizes)}; ${costLine("no-model", baseline, settings.batchSizes)}.`,
  ].join("\n");
}

function coldStartSection(results, runs) {
  const { model, baseline, least } = results;
  const rows = ["fresh", "kept"].flatMap((kind) => ["hello", "score"].map((reply) => {
    const [m, b] = [model[kind][reply], baseline[kind][reply]];
    const leastCells = !least ? [] : reply === "hello" ? [ms(median(least[kind].hello)), ms(quantile(least[kind].hello, 0.9))] : ["—", "—"];
    return [`${kind} folder, first \`${reply}\``, ms(median(m)), ms(quantile(m, 0.9)), ms(median(b)), ms(quantile(b, 0.9)), ratio(median(m) / median(b)), ...leastCells];
  }));
  const leastHeader = least ? ["least host median ms", "p90 ms"] : [];
  return [
    `### Cold start: spawn → reply read (${runs} runs of each kind, interleaved; \`hello\` and a 10-message \`score\` sent at once)`,
    "",
    table(["data folder, reply", "model median ms", "p90 ms", "no-model median ms", "p90 ms", "model ÷ no-model (medians)", ...leastHeader], rows),
    "",
    "fresh: a new data folder each run (first start ever, the database is created); kept: one folder reused (every later start).",
    ...(least
      ? ["", "least host: bench/LeastHost, published as the host is, sent the `hello` alone; it answers each message and does nothing else (no hosting, logging, database or model), so no host on this stack starts faster."]
      : []),
  ].join("\n");
}

// Met, missed, or out of reach when even the least host's fastest start took the goal or longer.
function coldStartTarget({ model, least }) {
  const kept = median(model.kept.hello);
  const leastStarts = least ? [...least.fresh.hello, ...least.kept.hello] : [];
  const measured = `${ms(kept)} ms${least ? `; the least host ${ms(median(leastStarts))} ms` : ""}`;
  if (kept < COLD_START_GOAL_MS) return [measured, verdict(true)];
  const fastest = Math.min(...leastStarts);
  if (least && fastest >= COLD_START_GOAL_MS) return [measured, `**out of reach here** (the least host's fastest of ${leastStarts.length} starts took ${ms(fastest)} ms)`];
  return [measured, verdict(false)];
}

function memoryFigures(run) {
  const steady = run.samples.filter((sample) => sample.messages >= 100_000);
  const reference = steady.find((sample) => sample.messages >= run.totalMessages * 0.2) ?? steady[0];
  const last = steady.at(-1);
  return { steady, reference, last, maxKiB: Math.max(...steady.map((sample) => sample.rssKiB)), growth: (last.rssKiB - reference.rssKiB) / reference.rssKiB };
}

function memorySection(runs, totalMessages) {
  const rows = runs.map((run) => {
    const figures = memoryFigures(run);
    return [`${run.host}, ${run.contacts} contacts`, mb(run.samples[0].rssKiB), mb(median(figures.steady.map((sample) => sample.rssKiB))), mb(figures.maxKiB),
      `${mb(figures.reference.rssKiB)} → ${mb(figures.last.rssKiB)} (${(figures.growth * 100).toFixed(1)}%)`, `${mb(figures.last.anonKiB)} + ${mb(figures.last.fileKiB)} + ${mb(figures.last.shmemKiB)}`, mb(run.peakKiB), (run.dataBytes / 1e6).toFixed(1), count(run.raised), count(run.perSecond)];
  });
  const samples = runs.map((run) => `- ${run.host}, ${run.contacts}: ${run.samples.map((sample) => mb(sample.rssKiB)).join(", ")}`);
  return [
    `### Memory: VmRSS while scoring ${count(totalMessages)} messages in batches of 200 (MB = 10⁶ bytes)`,
    "",
    table(["host, contacts", "after 1st batch", "steady median", "steady max", "growth (20% → end)", "at end: anon + file + shmem", "VmHWM", "data folder MB", "decisions raised", "msg/s (harness-bound)"], rows),
    "",
    `Steady: samples from 100,000 messages on. anon + file + shmem: RssAnon (GC heap, contact state, native heaps) + RssFile (pages of the mapped single-file bundle and native libraries, reclaimable) + RssShmem (the runtime's writable second mapping of JIT-compiled code). msg/s here is bounded by the harness building ${count(totalMessages)} distinct messages; the throughput table is the host's speed.`,
    "",
    "Samples (after the first batch, then every 100,000 messages):",
    ...samples,
  ].join("\n");
}

function targetRows(results) {
  const rows = [];
  if (results.throughput) {
    const { model, baseline } = results.throughput;
    const sizes = Object.keys(model.bySize).filter((size) => size !== "hello");
    const largest = sizes.at(-1);
    const best = median(model.bySize[largest].perSecond);
    const meetingSizes = sizes.filter((size) => median(model.bySize[size].perSecond) >= THROUGHPUT_TARGET);
    rows.push([`≥ ${count(THROUGHPUT_TARGET)} messages/s in batches (model host, batches of ${largest})`, `${count(best)} msg/s; no-model ${count(median(baseline.bySize[largest].perSecond))}`,
      `${verdict(best >= THROUGHPUT_TARGET)} (met at batch sizes: ${meetingSizes.join(", ") || "none"})`]);
  }
  if (results.memory?.length) {
    const modelRuns = results.memory.filter((run) => run.host === "model");
    const worst = Math.max(...modelRuns.map((run) => memoryFigures(run).maxKiB));
    rows.push([`VmRSS under ${RSS_TARGET_MB} MB steady (model host, worst run)`, `${mb(worst)} MB`, verdict((worst * 1024) / 1e6 < RSS_TARGET_MB)]);
    const growth = Math.max(...results.memory.map((run) => memoryFigures(run).growth));
    rows.push([`VmRSS flat (growth from 20% of the run to its end ≤ ${FLAT_TOLERANCE * 100}%, every run)`, `worst ${(growth * 100).toFixed(1)}%`, verdict(growth <= FLAT_TOLERANCE)]);
  }
  if (results.coldStart) {
    rows.push([`Cold start to the first \`hello\` under ${COLD_START_GOAL_MS} ms (goal in docs/performance.md; kept folder)`, ...coldStartTarget(results.coldStart)]);
  }
  return rows;
}

export function renderReport(meta, results, problems, failures) {
  const sections = [
    `## SafeBrowse host over pipes (${meta.quick ? "quick run" : "full run"})`,
    "",
    `${meta.date}; commit ${meta.commit}; ${meta.cores} cores; load average ${meta.loadBefore} before, ${meta.loadAfter} after; node ${meta.node}; took ${meta.minutes} min (measuring only).`,
    "Hosts: model = the published host; no-model = the same publish without its `Model` folder (scores with category evidence only)" +
      (results.coldStart?.least ? "; least = bench/LeastHost, at cold start only." : "."),
    "",
    "### Targets",
    "",
    table(["target", "measured", "verdict"], targetRows(results)),
  ];
  if (results.throughput) sections.push("", throughputSection(results.throughput, meta.settings.throughput));
  if (results.coldStart) sections.push("", coldStartSection(results.coldStart, meta.settings.coldStartRuns));
  if (results.memory?.length) sections.push("", memorySection(results.memory, meta.settings.memoryMessages));
  sections.push("", "### Problems seen", "");
  const lines = [...failures.map((failure) => `- **phase failed**: ${failure}`), ...problems.map((problem) => `- ${problem}`)];
  sections.push(lines.length ? lines.join("\n") : "None: every request answered ok, every host exited on EOF with code 0, no stderr, no warnings or errors in the host logs.");
  return sections.join("\n") + "\n";
}
