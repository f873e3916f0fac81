// Main-thread cost per burst of new messages on a busy chat page: the same page, driven the same way, in a profile
// with the extension, in one without it, and in one with the floor extension (floor/floor.js: the least any
// extension that reads each new message must do). Rounds take turns between the browsers, in a rotating order, so all
// see the same load from the rest of the machine; the per-round difference is what an extension added to the page's
// main thread.
import { EXTENSION_ID } from "./browser.mjs";
import { startProfile, stopProfile } from "./profile.mjs";
import { median, medianInterval } from "./stats.mjs";

// ThreadTime is the main thread's CPU time: unlike the durations, it does not grow when other processes take the core.
const METRICS = ["ScriptDuration", "TaskDuration", "ThreadTime", "LayoutDuration", "RecalcStyleDuration"];

async function metricsOf(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const byName = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  return Object.fromEntries(METRICS.map((name) => [name, byName[name] * 1000]));
}

/** Each named chat's main-thread counters now, in ms: { name: { metric: ms } }, from [name, chat] pairs. */
export const countersOf = async (chats) => Object.fromEntries(await Promise.all(chats.map(async ([name, chat]) => [name, await metricsOf(chat.cdp)])));

export async function openBusyChat({ context, urlOf, site, existing, expectExtension }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let extensionWorld = null;
  cdp.on("Runtime.executionContextCreated", ({ context: world }) => {
    if (world.origin === `chrome-extension://${EXTENSION_ID}`) extensionWorld = world.id;
  });
  await cdp.send("Runtime.enable");
  if (site) {
    await site.serve(context);
    await site.open(page, existing);
  } else {
    await page.goto(urlOf(`chat.html?c=busy-${Date.now()}&contact=group&existing=${existing}`));
  }
  await page.waitForTimeout(2500);
  await cdp.send("Runtime.disable");
  if ((extensionWorld !== null) !== expectExtension) {
    throw new Error(expectExtension ? "the extension's content script did not run in the busy page" : "the baseline profile ran the extension");
  }
  await cdp.send("Performance.enable");
  return { page, cdp, extensionWorld };
}

// Times every idle callback the content script's world runs (the watcher's passes: finding, reading and queueing the
// new rows) from inside that world, without touching the extension's files. Only the extension's own code is in it,
// with whatever lands during a pass (a collection, the core taken away), at the 0.1 ms the clock gives a content
// script.
const TIME_PASSES = `(() => {
  const original = globalThis.requestIdleCallback;
  globalThis.__benchPassMs = 0;
  globalThis.requestIdleCallback = function (callback, options) {
    return original.call(this, (deadline) => {
      const started = performance.now();
      try {
        callback(deadline);
      } finally {
        globalThis.__benchPassMs += performance.now() - started;
      }
    }, options);
  };
  return globalThis.requestIdleCallback !== original;
})()`;

/** The value of `expression` run in the content scripts' world of a chat opened by openBusyChat. */
export async function inExtensionWorld({ cdp, extensionWorld }, expression) {
  const { result, exceptionDetails } = await cdp.send("Runtime.evaluate", { contextId: extensionWorld, expression, returnByValue: true });
  if (exceptionDetails) throw new Error(`in the content scripts' world: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value;
}

export async function timePasses(chat) {
  if ((await inExtensionWorld(chat, TIME_PASSES)) !== true) throw new Error("could not time the content script's passes");
}

/** The milliseconds of passes since the last call. */
export const takePassMs = (chat) =>
  inExtensionWorld(chat, "(() => { const ms = globalThis.__benchPassMs; globalThis.__benchPassMs = 0; return ms; })()");

export async function round({ page, cdp }, batch, keepRows, settleMs) {
  const before = await metricsOf(cdp);
  // From a page task, as a chat site's own script would run: script run through the DevTools protocol is not
  // counted in ScriptDuration, so the baseline would miss the page's own work.
  await page.evaluate(([count, keep]) => void setTimeout(() => window.bench.insertRound(count, keep), 0), [batch, keepRows]);
  // Long enough for the watcher's idle callback (≤200 ms), the sender's batching (a burst of 100 goes at once, a
  // smaller one within 250 ms) and the host's replies. The throttled container recheck (every 10 s) falls in a round
  // or between two: the whole-span figure counts it either way. Short rounds buy more of them in the same time: 120
  // rounds of 700 ms put the same code's median at 2.23 and 2.28 ms in two browsers side by side. With three or four
  // browsers taking turns, a page gets 100 messages every 2.2 s or more, under the sender's 50 a second, so no round
  // waits for its send budget.
  await page.waitForTimeout(settleMs);
  const after = await metricsOf(cdp);
  return Object.fromEntries(Object.keys(before).map((name) => [name, after[name] - before[name]]));
}

// `least`, when given, is a browser whose extension is SafeBrowse with the least reader of the site's page in place of
// its content scripts (least-reader.mjs): a fourth page in the same turns, the lower bound of any reader feeding it.
export async function measureCost({ withExtension, baseline, floor, least = null, urlOf, site, rounds, warmupRounds, profileRounds, batch, existing, settleMs, log, scoredMessages }) {
  const scoredBefore = scoredMessages();
  const extPage = await openBusyChat({ context: withExtension, urlOf, site, existing, expectExtension: true });
  const basePage = await openBusyChat({ context: baseline, urlOf, site, existing, expectExtension: false });
  const floorPage = await openBusyChat({ context: floor, urlOf, site, existing, expectExtension: true });
  const turns = [
    ["ext", extPage],
    ["base", basePage],
    ["floor", floorPage],
  ];
  if (least) turns.push(["least", await openBusyChat({ context: least, urlOf, site, existing, expectExtension: true })]);
  const samples = [];
  const snapshot = () => countersOf(turns);
  let spanStart = null;
  for (let index = 0; index < warmupRounds + rounds; index += 1) {
    if (index === warmupRounds) spanStart = await snapshot();
    const sample = {};
    for (let turn = 0; turn < turns.length; turn += 1) {
      const [name, page] = turns[(index + turn) % turns.length];
      sample[name] = await round(page, batch, existing, settleMs);
    }
    const warmup = index < warmupRounds;
    if (!warmup) samples.push(sample);
    const { ext, base } = sample;
    log(
      `cost round ${index + 1}/${warmupRounds + rounds}${warmup ? " (warm-up)" : ""}: script ${ext.ScriptDuration.toFixed(2)} ms with the extension, ` +
        `${base.ScriptDuration.toFixed(2)} ms without, ${sample.floor.ScriptDuration.toFixed(2)} ms with the floor; task ${ext.TaskDuration.toFixed(2)} / ${base.TaskDuration.toFixed(2)} ms`,
    );
  }
  // The whole span of the measured rounds, per page: what runs between a page's rounds (a throttled recheck, a timer
  // that fires while another browser's round is measured) counts here and in no round.
  const spanEnd = await snapshot();
  const span = Object.fromEntries(turns.map(([name]) => [name, Object.fromEntries(METRICS.map((metric) => [metric, (spanEnd[name][metric] - spanStart[name][metric]) / rounds]))]));
  const scored = scoredMessages() - scoredBefore;
  const shown = existing + batch * (warmupRounds + rounds);

  // Profiled separately: the sampler's own overhead must not enter the measured rounds.
  await startProfile(extPage.cdp);
  for (let index = 0; index < profileRounds; index += 1) {
    await round(extPage, batch, existing, settleMs);
    log(`profile round ${index + 1}/${profileRounds}`);
  }
  const profile = await stopProfile(extPage.cdp);

  const notices = await extPage.page.evaluate(() => window.bench.notices.length);
  for (const [, page] of turns) await page.page.close();

  const summary = (metric) => {
    const added = samples.map((s) => s.ext[metric] - s.base[metric]);
    const floorAdded = samples.map((s) => s.floor[metric] - s.base[metric]);
    const leastAdded = least ? samples.map((s) => s.least[metric] - s.base[metric]) : null;
    return {
      extension: median(samples.map((s) => s.ext[metric])),
      baseline: median(samples.map((s) => s.base[metric])),
      added: median(added),
      addedInterval: medianInterval(added),
      ratio: median(samples.map((s) => s.ext[metric] / s.base[metric])),
      floorAdded: median(floorAdded),
      floorInterval: medianInterval(floorAdded),
      overFloor: median(samples.map((s) => s.ext[metric] - s.floor[metric])),
      spanAdded: span.ext[metric] - span.base[metric],
      floorSpanAdded: span.floor[metric] - span.base[metric],
      least: leastAdded && { added: median(leastAdded), interval: medianInterval(leastAdded), spanAdded: span.least[metric] - span.base[metric] },
    };
  };
  return {
    rounds: samples.length,
    script: summary("ScriptDuration"),
    task: summary("TaskDuration"),
    thread: summary("ThreadTime"),
    layout: summary("LayoutDuration"),
    style: summary("RecalcStyleDuration"),
    notices,
    scored,
    shown,
    profile: { rounds: profileRounds, ...profile },
  };
}
