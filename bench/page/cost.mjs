// Main-thread cost per burst of new messages on a busy chat page: the same page, driven the same way, in a profile
// with the extension and in one without it. Rounds alternate between the two browsers so both see the same load
// from the rest of the machine; the per-round difference is what the extension added to the page's main thread.
import { EXTENSION_ID } from "./browser.mjs";
import { startProfile, stopProfile } from "./profile.mjs";
import { median, percentile } from "./stats.mjs";

// ThreadTime is the main thread's CPU time: unlike the durations, it does not grow when other processes take the core.
const METRICS = ["ScriptDuration", "TaskDuration", "ThreadTime", "LayoutDuration", "RecalcStyleDuration"];

async function metricsOf(cdp) {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const byName = Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  return Object.fromEntries(METRICS.map((name) => [name, byName[name] * 1000]));
}

export async function openBusyChat({ context, urlOf, site, existing, expectExtension }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  let extensionWorld = false;
  cdp.on("Runtime.executionContextCreated", ({ context: world }) => {
    if (world.origin === `chrome-extension://${EXTENSION_ID}`) extensionWorld = true;
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
  if (extensionWorld !== expectExtension) {
    throw new Error(expectExtension ? "the extension's content script did not run in the busy page" : "the baseline profile ran the extension");
  }
  await cdp.send("Performance.enable");
  return { page, cdp };
}

export async function round({ page, cdp }, batch, keepRows, settleMs) {
  const before = await metricsOf(cdp);
  // From a page task, as a chat site's own script would run: script run through the DevTools protocol is not
  // counted in ScriptDuration, so the baseline would miss the page's own work.
  await page.evaluate(([count, keep]) => void setTimeout(() => window.bench.insertRound(count, keep), 0), [batch, keepRows]);
  // Long enough for the watcher's idle callback (≤200 ms), the sender's batching (250 ms), the host's replies and
  // the throttled container recheck to run inside this round's window.
  await page.waitForTimeout(settleMs);
  const after = await metricsOf(cdp);
  return Object.fromEntries(Object.keys(before).map((name) => [name, after[name] - before[name]]));
}

export async function measureCost({ withExtension, baseline, urlOf, site, rounds, warmupRounds, profileRounds, batch, existing, settleMs, log, scoredMessages }) {
  const scoredBefore = scoredMessages();
  const extPage = await openBusyChat({ context: withExtension, urlOf, site, existing, expectExtension: true });
  const basePage = await openBusyChat({ context: baseline, urlOf, site, existing, expectExtension: false });
  const samples = [];
  for (let index = 0; index < warmupRounds + rounds; index += 1) {
    const ext = await round(extPage, batch, existing, settleMs);
    const base = await round(basePage, batch, existing, settleMs);
    const warmup = index < warmupRounds;
    if (!warmup) samples.push({ ext, base });
    log(
      `cost round ${index + 1}/${warmupRounds + rounds}${warmup ? " (warm-up)" : ""}: script ${ext.ScriptDuration.toFixed(2)} ms with the extension, ` +
        `${base.ScriptDuration.toFixed(2)} ms without; task ${ext.TaskDuration.toFixed(2)} / ${base.TaskDuration.toFixed(2)} ms`,
    );
  }
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
  await extPage.page.close();
  await basePage.page.close();

  const summary = (metric) => {
    const extension = samples.map((s) => s.ext[metric]);
    const plain = samples.map((s) => s.base[metric]);
    return {
      extension: median(extension),
      baseline: median(plain),
      added: median(samples.map((s) => s.ext[metric] - s.base[metric])),
      // The middle half of the per-round differences: how far one run's median can be trusted.
      addedQuartiles: [0.25, 0.75].map((q) => percentile(samples.map((s) => s.ext[metric] - s.base[metric]), q)),
      ratio: median(samples.map((s) => s.ext[metric] / s.base[metric])),
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
