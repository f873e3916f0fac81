// Two copies of the extension against each other on the same busy page: the main-thread cost per 100 new messages of
// an old and a new extension folder, measured in the same run. Three browsers (old, new, none) take turns round by
// round, in a rotating order, so the load from the rest of a shared machine falls on all three alike; what decides is
// the median of per-round figures, not a single run. It also times each extension's idle passes from inside its
// content scripts' world: that figure holds the extension's own reading and what interrupts it, not the page's work.
// Progress on stderr, a markdown table on stdout.
//
// Usage: node bench/page-paired.mjs --old DIR [--new DIR] [--host PATH/TO/safebrowse-host] [--site ID]
//                                   [--rounds 60] [--warmup 2] [--batch 100] [--existing 300] [--settle 700]
//                                   [--profile 0]
// --old/--new name extension folders (the one holding manifest.json); --new defaults to this checkout's extension/.
// An old copy is made with: git archive <commit> extension | tar -x -C /tmp/old
// The word `least` (with --site whatsapp) names this checkout's extension with the least reader of WhatsApp's page in
// place of its own content scripts (page/least-reader/whatsapp.js): the lower bound of any reader that feeds SafeBrowse.
// --profile N adds N sampled rounds per extension after the measured ones and lists where each spends its time.
import { rmSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { closeStartupPages, hostCommand, launchChromium, scoredMessages } from "./page/browser.mjs";
import { countersOf, openBusyChat, round, takePassMs, timePasses } from "./page/cost.mjs";
import { startProfile, stopProfile } from "./page/profile.mjs";
import { wholeNumbers } from "./page/options.mjs";
import { LEAST_READER_SITE, writeLeastReaderExtension } from "./page/least-reader.mjs";
import { sitePage } from "./page/site-page.mjs";
import { startFixtureServer } from "./page/server.mjs";
import { markdownTable, median, medianInterval, ms } from "./page/stats.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..");
const { values: options } = parseArgs({
  options: {
    old: { type: "string" },
    new: { type: "string", default: join(repoRoot, "extension") },
    host: { type: "string" },
    site: { type: "string" },
    rounds: { type: "string", default: "60" },
    warmup: { type: "string", default: "2" },
    batch: { type: "string", default: "100" },
    existing: { type: "string", default: "300" },
    settle: { type: "string", default: "700" },
    profile: { type: "string", default: "0" },
  },
});
if (!options.old) {
  process.stderr.write("--old DIR is required: the extension folder to compare against\n");
  process.exit(2);
}
const LEAST = "least";
if ((options.old === LEAST || options.new === LEAST) && options.site !== LEAST_READER_SITE) {
  process.stderr.write(`the least reader reads one site's page: add --site ${LEAST_READER_SITE}\n`);
  process.exit(2);
}
const settings = wholeNumbers(options, { rounds: 1, warmup: 0, batch: 1, existing: 1, settle: 1, profile: 0 });
const log = (line) => process.stderr.write(`${line}\n`);
const METRICS = ["ScriptDuration", "ThreadTime", "TaskDuration"];
const per100 = (value) => (value * 100) / settings.batch;

const loadAtStart = loadavg()[0].toFixed(1);
const command = hostCommand({ repoRoot, hostPath: options.host && resolve(options.host), log });
const server = await startFixtureServer(join(here, "page"));
const site = options.site ? sitePage(repoRoot, options.site) : null;
const opened = [];
const leastFolders = [];
try {
  const folderOf = (option) => {
    if (option !== LEAST) return resolve(option);
    const folder = writeLeastReaderExtension(repoRoot);
    leastFolders.push(folder);
    return folder;
  };
  const variants = [
    { name: "old", extensionDir: folderOf(options.old) },
    { name: "new", extensionDir: folderOf(options.new) },
    { name: "none", extensionDir: null },
  ];
  for (const variant of variants) {
    log(`launching Chromium: ${variant.name}`);
    const browser = await launchChromium({ extensionDir: variant.extensionDir, command });
    opened.push(browser);
    variant.dataDir = browser.dataDir;
    if (variant.extensionDir) {
      await closeStartupPages(browser.context);
    }
    variant.chat = await openBusyChat({ context: browser.context, urlOf: server.urlOf, site, existing: settings.existing, expectExtension: variant.extensionDir !== null });
    if (variant.extensionDir) await timePasses(variant.chat);
  }

  const samples = [];
  // The whole span of the measured rounds, per browser: what runs between a page's rounds (a timer that fires while
  // another browser's round is measured) counts here and in no round.
  const snapshot = () => countersOf(variants.map(({ name, chat }) => [name, chat]));
  let spanStart = null;
  for (let index = 0; index < settings.warmup + settings.rounds; index += 1) {
    if (index === settings.warmup) spanStart = await snapshot();
    const sample = {};
    for (let turn = 0; turn < variants.length; turn += 1) {
      const variant = variants[(index + turn) % variants.length];
      sample[variant.name] = await round(variant.chat, settings.batch, settings.existing, settings.settle);
      if (variant.extensionDir) sample[variant.name].passMs = await takePassMs(variant.chat);
    }
    const added = (name) => per100(sample[name].ScriptDuration - sample.none.ScriptDuration);
    const warmup = index < settings.warmup;
    if (!warmup) samples.push(sample);
    log(
      `round ${index + 1}/${settings.warmup + settings.rounds}${warmup ? " (warm-up)" : ""}: script added old ${added("old").toFixed(2)} ms, new ${added("new").toFixed(2)} ms; ` +
        `passes old ${sample.old.passMs.toFixed(2)} ms, new ${sample.new.passMs.toFixed(2)} ms`,
    );
  }

  const spanEnd = await snapshot();
  const spanAdded = (name, metric) =>
    per100(spanEnd[name][metric] - spanStart[name][metric] - (spanEnd.none[metric] - spanStart.none[metric])) / settings.rounds;

  const profiles = [];
  if (settings.profile > 0) {
    for (const variant of variants.filter(({ extensionDir }) => extensionDir)) {
      await startProfile(variant.chat.cdp);
      for (let index = 0; index < settings.profile; index += 1) await round(variant.chat, settings.batch, settings.existing, settings.settle);
      profiles.push({ name: variant.name, ...(await stopProfile(variant.chat.cdp)) });
      log(`profiled ${variant.name}`);
    }
  }

  const rows = METRICS.map((metric) => {
    const added = (name) => samples.map((sample) => per100(sample[name][metric] - sample.none[metric]));
    const oldAdded = added("old");
    const newAdded = added("new");
    const differences = newAdded.map((value, index) => value - oldAdded[index]);
    const withInterval = (values) => `${ms(median(values), 2)} (${medianInterval(values).map((value) => value.toFixed(2)).join("–")})`;
    return [
      metric,
      ms(median(samples.map((sample) => per100(sample.none[metric]))), 2),
      withInterval(oldAdded),
      withInterval(newAdded),
      `${ms(median(differences), 2)} (${medianInterval(differences).map((value) => value.toFixed(2)).join("–")})`,
      `${(median(newAdded) / median(oldAdded)).toFixed(2)}×`,
      ms(spanAdded("new", metric) - spanAdded("old", metric), 2),
    ];
  });
  const page = site ? `${options.site} fixture at its real address` : "bench chat, generic adapter";
  console.log(`## Old against new extension on the busy page (${page}; ${new Date().toISOString().slice(0, 16)}Z)`);
  console.log();
  console.log(`Old: ${options.old}. New: ${options.new}. ${samples.length} rounds after ${settings.warmup} warm-up of ${settings.batch} new messages, ${settings.existing} rows kept; load average ${loadAtStart} / ${loadavg()[0].toFixed(1)}.`);
  console.log();
  // Proof that each extension's messages reached its host: the host's log counts what it scored, with no text.
  const scored = variants.filter(({ dataDir }) => dataDir).map(({ name, dataDir }) => `${name} ${scoredMessages(dataDir)}`);
  console.log(`Messages the host scored: ${scored.join(", ")} (each page showed ${settings.existing + settings.batch * (settings.warmup + settings.rounds + settings.profile)}).`);
  console.log();
  console.log(
    markdownTable(
      ["metric per 100 messages", "page alone", "old adds (median; 90% interval)", "new adds (median; 90% interval)", "new − old (median of rounds; 90% interval)", "new ÷ old (medians)", "new − old over the whole span (mean)"],
      rows,
    ),
  );
  const passes = (name) => samples.map((sample) => per100(sample[name].passMs));
  const passDifferences = samples.map((sample) => per100(sample.new.passMs - sample.old.passMs));
  console.log();
  console.log(
    `The content scripts' passes (the watcher's idle callbacks: finding, reading and queueing the new rows), timed inside each ` +
      `extension's world, per 100 messages: old ${ms(median(passes("old")), 2)}, new ${ms(median(passes("new")), 2)}; ` +
      `new − old ${ms(median(passDifferences), 2)} (90% interval of the median ${medianInterval(passDifferences).map((value) => value.toFixed(2)).join("–")} ms).`,
  );
  for (const profile of profiles) {
    console.log();
    console.log(`${profile.name}: all extension frames ${ms(per100(profile.extensionMs / settings.profile), 2)} per 100 messages (${settings.profile} sampled rounds)`);
    console.log();
    const top = profile.functions.sort((a, b) => b.selfMs - a.selfMs).slice(0, 12);
    console.log(
      markdownTable(
        ["function", "self per 100", "total per 100"],
        top.map((entry) => [`\`${entry.name}\``, ms(per100(entry.selfMs / settings.profile), 2), ms(per100(entry.totalMs / settings.profile), 2)]),
      ),
    );
  }
} finally {
  for (const browser of opened.reverse()) await browser.close().catch((error) => log(`closing a browser: ${error.message}`));
  await server.close();
  for (const folder of leastFolders) rmSync(dirname(folder), { recursive: true, force: true });
}
