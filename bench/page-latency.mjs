// SafeBrowse in a real page: insert-to-notice latency and the extension's main-thread cost per 100 new messages,
// in headless Chromium with the unpacked extension and the real host. Progress on stderr, a markdown table on stdout.
//
// Usage: node bench/page-latency.mjs [--host PATH/TO/safebrowse-host] [--trials 30] [--rounds 60] [--batch 100]
//                                    [--existing 300] [--warmup 2] [--profile 5] [--settle 700] [--site ID]
// --site whatsapp|discord|telegram-k measures the main-thread cost on that site's fixture served at the site's real
// address (its own adapter) instead of the bench's chat page (the generic adapter).
// Needs /usr/bin/chromium (Debian's chromium), the .NET 10 SDK without --host, and `npm install` for playwright-core.
// Without --host it runs `dotnet build host/SafeBrowse.Host -c Release` and starts the built dll through dotnet.
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { closeStartupPages, hostCommand, launchChromium, scoredMessages } from "./page/browser.mjs";
import { measureCost } from "./page/cost.mjs";
import { writeFloorExtension } from "./page/floor-extension.mjs";
import { LEAST_READER_SITE, writeLeastReaderExtension } from "./page/least-reader.mjs";
import { measureLatency } from "./page/latency.mjs";
import { printReport } from "./page/report.mjs";
import { wholeNumbers } from "./page/options.mjs";
import { sitePage } from "./page/site-page.mjs";
import { startFixtureServer } from "./page/server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..");
const { values: options } = parseArgs({
  options: {
    host: { type: "string" },
    trials: { type: "string", default: "30" },
    rounds: { type: "string", default: "60" },
    batch: { type: "string", default: "100" },
    existing: { type: "string", default: "300" },
    warmup: { type: "string", default: "2" },
    profile: { type: "string", default: "5" },
    settle: { type: "string", default: "700" },
    site: { type: "string" },
  },
});
const settings = {
  ...wholeNumbers(options, { trials: 2, rounds: 1, batch: 1, existing: 1, warmup: 0, profile: 0, settle: 1 }),
  site: options.site ?? null,
};
const log = (line) => process.stderr.write(`${line}\n`);
// The numbers belong to the code that ran: say which commit, and whether extension/ or host/ had local changes.
function treeState(root) {
  try {
    const git = (...args) => execFileSync("git", ["-C", root, ...args], { encoding: "utf8" }).trim();
    const dirty = git("status", "--porcelain", "--", "extension", "host") !== "";
    return `${git("rev-parse", "--short", "HEAD")}${dirty ? " with uncommitted changes in extension/ or host/" : ""}`;
  } catch {
    return "unknown (not a git checkout)";
  }
}

const loadAtStart = loadavg()[0].toFixed(1);
const command = hostCommand({ repoRoot, hostPath: options.host && resolve(options.host), log });
const server = await startFixtureServer(join(here, "page"));
const opened = [];
const floorFolder = writeFloorExtension(repoRoot);
const leastFolder = settings.site === LEAST_READER_SITE ? writeLeastReaderExtension(repoRoot) : null;
try {
  log("launching Chromium with the extension and the host");
  const withExtension = await launchChromium({ extensionDir: join(repoRoot, "extension"), command });
  opened.push(withExtension);
  await closeStartupPages(withExtension.context);

  const latency = await measureLatency({ context: withExtension.context, urlOf: server.urlOf, trials: settings.trials, log });

  log("launching Chromium without the extension for the baseline");
  const baseline = await launchChromium({ extensionDir: null });
  opened.push(baseline);
  log("launching Chromium with the floor extension (observe, read each new node's text, one message a burst)");
  const floor = await launchChromium({ extensionDir: floorFolder });
  opened.push(floor);
  let least = null;
  if (leastFolder) {
    log("launching Chromium with the least reader (SafeBrowse's worker and host, the least content script that feeds them)");
    least = await launchChromium({ extensionDir: leastFolder, command });
    opened.push(least);
    await closeStartupPages(least.context);
  }
  const cost = await measureCost({
    withExtension: withExtension.context,
    baseline: baseline.context,
    floor: floor.context,
    least: least?.context ?? null,
    urlOf: server.urlOf,
    site: options.site ? sitePage(repoRoot, options.site) : null,
    rounds: settings.rounds,
    warmupRounds: settings.warmup,
    profileRounds: settings.profile,
    batch: settings.batch,
    existing: settings.existing,
    settleMs: settings.settle,
    log,
    scoredMessages: () => scoredMessages(withExtension.dataDir),
  });

  printReport({
    latency,
    cost,
    settings,
    tree: treeState(repoRoot),
    load: { start: loadAtStart, end: loadavg()[0].toFixed(1), cores: availableParallelism() },
  });
} finally {
  for (const browser of opened.reverse()) await browser.close().catch((error) => log(`closing a browser: ${error.message}`));
  await server.close();
  rmSync(floorFolder, { recursive: true, force: true });
  if (leastFolder) rmSync(dirname(leastFolder), { recursive: true, force: true });
}
