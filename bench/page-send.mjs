// What one burst's crossing to the worker costs the page: each named copy of the content scripts' sender packs a
// burst of 100 messages like a busy WhatsApp chat's and posts it on the batch port, as content/batch-channel.js does,
// inside the content scripts' world of a real page, with the real worker and host behind it. Bursts go 150 ms apart,
// so each call is as cold as a burst's is, in alternating order; the packing and the call's synchronous part are
// timed. Progress on stderr, a markdown table on stdout.
//
// Usage: node bench/page-send.mjs [--host PATH/TO/safebrowse-host] [--rounds 300] [--warmup 20] NAME=PATH/TO/sender.js …
// The first copy is what the others are compared with, round by round. An old copy of the file:
// git show <commit>:extension/src/content/sender.js
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { closeStartupPages, hostCommand, launchChromium } from "./page/browser.mjs";
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
  options: { host: { type: "string" }, rounds: { type: "string", default: "300" }, warmup: { type: "string", default: "20" } },
});
const log = (line) => process.stderr.write(`${line}\n`);
const { rounds, warmup } = wholeNumbers(options, { rounds: 2, warmup: 0 });
const copies = namedCopies(positionals, "sender.js");

const QUIET_MS = 150;
// A burst as the WhatsApp adapter reads it: one chat and contact, a new minute and message id each row.
const MESSAGES = `(() => {
  let serial = 0;
  globalThis.__benchBurst = () => Array.from({ length: 100 }, () => {
    serial += 1;
    return {
      conversation: "whatsapp:573001234567@c.us",
      contact: "Sofi",
      direction: serial % 3 === 0 ? "outgoing" : "incoming",
      text: "did you finish the math homework? (" + serial + ")",
      time: new Date(Date.UTC(2026, 10, 28, 21, 0) + serial * 60000).toISOString(),
      key: "whatsapp|" + (serial % 3 === 0) + "_573001234567@c.us_3EB0" + String(serial).padStart(16, "0"),
    };
  });
  globalThis.__benchPackers = {};
  globalThis.__benchPort = chrome.runtime.connect({ name: "cs-bg-observed" });
  globalThis.__benchSent = 0;
  return true;
})()`;

const command = hostCommand({ repoRoot, hostPath: options.host && resolve(options.host), log });
const server = await startFixtureServer(join(here, "page"));
const browser = await launchChromium({ extensionDir: join(repoRoot, "extension"), command });
try {
  await closeStartupPages(browser.context);
  const chat = await openBusyChat({ context: browser.context, urlOf: server.urlOf, site: sitePage(repoRoot, "whatsapp"), existing: 300, expectExtension: true });
  const inWorld = (expression) => inExtensionWorld(chat, expression);
  await inWorld(`SafeBrowse.protection?.destroy(); ${MESSAGES}`);
  // Each copy defines SafeBrowse.packObserved again; it is kept under its name. The page's own sender is stopped.
  for (const { name, path } of copies) {
    await inWorld(readFileSync(resolve(path), "utf8"));
    await inWorld(`__benchPackers[${JSON.stringify(name)}] = SafeBrowse.packObserved; true`);
  }

  const names = copies.map(({ name }) => name);
  // Each round: [packing ms, postMessage ms, bytes].
  const measured = await alternatingRounds({
    names,
    rounds,
    warmup,
    log,
    logEvery: 50,
    async measure(name) {
      await chat.page.waitForTimeout(QUIET_MS);
      return inWorld(`(() => {
        const messages = __benchBurst();
        const started = performance.now();
        const request = __benchPackers[${JSON.stringify(name)}]("web.whatsapp.com", messages);
        const packed = performance.now();
        __benchPort.postMessage({ id: ++__benchSent, message: request });
        return [packed - started, performance.now() - packed, JSON.stringify(request).length];
      })()`);
    },
  });

  const [first] = names;
  const part = (name, index) => measured[name].map((round) => round[index]);
  const total = (name) => measured[name].map(([packMs, sendMs]) => packMs + sendMs);
  const rows = names.map((name) => [
    name,
    ms(mean(part(name, 0)), 3),
    ms(mean(part(name, 1)), 3),
    `${median(part(name, 2))}`,
    name === first ? "" : differenceFromFirst(total(name), total(first)),
  ]);
  console.log(`## One burst of 100 WhatsApp messages packed and sent from the content scripts' world (${new Date().toISOString().slice(0, 16)}Z)`);
  console.log();
  console.log(`${rounds} rounds after ${warmup} warm-up, ${QUIET_MS} ms apart; load average ${loadavg()[0].toFixed(1)}. Means: the content script's clock has 0.1 ms steps.`);
  console.log();
  console.log(markdownTable(["copy", "packing", "postMessage on the port", "bytes", `both − ${first}, mean of per-round differences (90% interval)`], rows));
} finally {
  await browser.close().catch((error) => log(`closing the browser: ${error.message}`));
  await server.close();
}
