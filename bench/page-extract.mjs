// One adapter's `extract` timed by itself, inside the content scripts' world of a real page: each round the page adds
// 100 new rows, and each named copy of the adapter reads them (the newest 100 rows, fresh nodes each time), in an
// order that alternates between rounds. The watcher and the sender are stopped, so only the reading is timed, with
// the first touch of each element included. Progress on stderr, a markdown table on stdout.
//
// Usage: node bench/page-extract.mjs [--site ID] [--rounds 150] [--warmup 20] NAME=PATH/TO/adapter.js [NAME=PATH ...]
// Without --site it reads the bench's chat page with the generic adapter. The first copy is what the others are
// compared with, round by round. An old copy of a file: git show <commit>:extension/src/content/adapters/whatsapp.js
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { closeStartupPages, launchChromium } from "./page/browser.mjs";
import { inExtensionWorld, openBusyChat } from "./page/cost.mjs";
import { namedCopies, wholeNumbers } from "./page/options.mjs";
import { sitePage } from "./page/site-page.mjs";
import { startFixtureServer } from "./page/server.mjs";
import { alternatingRounds, differenceFromFirst } from "./page/copies.mjs";
import { markdownTable, mean, median, ms } from "./page/stats.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..");
const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    site: { type: "string" },
    rounds: { type: "string", default: "150" },
    warmup: { type: "string", default: "20" },
  },
});
const log = (line) => process.stderr.write(`${line}\n`);
const { rounds, warmup } = wholeNumbers(options, { rounds: 2, warmup: 0 });
const copies = namedCopies(positionals, "adapter.js").map(({ name, path }) => ({ name, source: readFileSync(resolve(path), "utf8") }));

const BATCH = 100;
const EXISTING = 300;
const server = await startFixtureServer(join(here, "page"));
const browser = await launchChromium({ extensionDir: join(repoRoot, "extension"), command: null });
try {
  await closeStartupPages(browser.context);
  const site = options.site ? sitePage(repoRoot, options.site) : null;
  const chat = await openBusyChat({ context: browser.context, urlOf: server.urlOf, site, existing: EXISTING, expectExtension: true });
  const inWorld = (expression) => inExtensionWorld(chat, expression);

  // Each copy replaces the adapter it defines; it is kept under its own name and the loaded one put back.
  await inWorld("SafeBrowse.protection?.destroy(); globalThis.__benchCopies = {}; true");
  for (const { name, source } of copies) {
    await inWorld("globalThis.__benchBefore = { ...SafeBrowse.adapters }; true");
    await inWorld(source);
    const defined = await inWorld(`(() => {
      const id = Object.keys(SafeBrowse.adapters).find((key) => SafeBrowse.adapters[key] !== __benchBefore[key]);
      if (id === undefined) return null;
      __benchCopies[${JSON.stringify(name)}] = SafeBrowse.adapters[id];
      SafeBrowse.adapters[id] = __benchBefore[id];
      return id;
    })()`);
    if (defined === null) throw new Error(`${name} defines no adapter`);
    log(`${name}: the ${defined} adapter`);
  }
  const found = await inWorld(`(() => {
    const copy = Object.values(__benchCopies)[0];
    globalThis.__benchChat = copy.findContainers(document)[0] ?? null;
    return __benchChat !== null;
  })()`);
  if (!found) throw new Error("the first copy finds no chat on the page");

  const names = copies.map(({ name }) => name);
  const times = await alternatingRounds({
    names,
    rounds,
    warmup,
    log,
    async measure(name) {
      await chat.page.evaluate(([count, keep]) => window.bench.insertRound(count, keep), [BATCH, EXISTING]);
      return inWorld(`(() => {
        const copy = __benchCopies[${JSON.stringify(name)}];
        const rows = copy.rowsOf(__benchChat).slice(-${BATCH});
        const started = performance.now();
        for (const row of rows) copy.extract(row, __benchChat);
        return performance.now() - started;
      })()`);
    },
  });

  const [first] = names;
  const rows = names.map((name) => [name, ms(median(times[name]), 2), ms(mean(times[name]), 3), name === first ? "" : differenceFromFirst(times[name], times[first])]);
  console.log(`## \`extract\` on ${BATCH} fresh rows (${options.site ?? "bench chat, generic adapter"}; ${new Date().toISOString().slice(0, 16)}Z)`);
  console.log();
  console.log(`${rounds} rounds after ${warmup} warm-up; load average ${loadavg()[0].toFixed(1)}. The content script's clock has 0.1 ms steps.`);
  console.log();
  console.log(markdownTable(["copy", "median", "mean", `− ${first}, mean of per-round differences (90% interval)`], rows));
} finally {
  await browser.close().catch((error) => log(`closing the browser: ${error.message}`));
  await server.close();
}
