// Page-insert-to-notice latency: a grooming conversation is inserted into chat.html message by message; for the
// message that raises the notice, the page's own clocks give insertion → notice attached. Each trial uses a
// fresh conversation id (the host keeps risk per conversation and contact), so every trial raises a new notice.
import { EXTENSION_ID } from "./browser.mjs";

// Wraps chrome.runtime.connect in the content script's isolated world (the extension's files are untouched), so
// each batch posted on the port and its answer, matched by id, split a trigger's latency into content script →
// service worker → host → notice. The content script opens its port with its first batch, after this is in place.
const INSTRUMENT_SENDS = `(() => {
  const original = chrome.runtime.connect;
  const sends = (globalThis.__benchSends = []);
  chrome.runtime.connect = function (...args) {
    const port = original.apply(this, args);
    const waiting = new Map();
    const post = port.postMessage;
    port.postMessage = function (envelope) {
      const entry = { at: performance.now(), count: envelope?.message?.rows?.length ?? 0, back: null, notify: false };
      sends.push(entry);
      waiting.set(envelope?.id, entry);
      return post.call(this, envelope);
    };
    port.onMessage.addListener((reply) => {
      const entry = waiting.get(reply?.id);
      if (!entry) return;
      waiting.delete(reply.id);
      entry.back = performance.now();
      entry.notify = Array.isArray(reply.response?.decisions) && reply.response.decisions.some((decision) => decision.notify);
    });
    return port;
  };
  return chrome.runtime.connect !== original;
})()`;

/** Opens the chat page and waits for the extension's content script world to exist in it. */
async function openChat(page, cdp, url) {
  let contextId = null;
  const onContext = ({ context }) => {
    if (context.origin === `chrome-extension://${EXTENSION_ID}`) contextId = context.id;
  };
  cdp.on("Runtime.executionContextCreated", onContext);
  try {
    await page.goto(url);
    const deadline = Date.now() + 10000;
    while (contextId === null) {
      if (Date.now() > deadline) throw new Error("the extension's content script never ran in the page: is the extension loaded?");
      await page.waitForTimeout(10);
    }
  } finally {
    cdp.off("Runtime.executionContextCreated", onContext);
  }
  const patched = await cdp.send("Runtime.evaluate", { contextId, expression: INSTRUMENT_SENDS, returnByValue: true });
  if (patched.result.value !== true) throw new Error("could not instrument the content script's port");
  return contextId;
}

async function sendsOf(cdp, contextId) {
  const { result } = await cdp.send("Runtime.evaluate", { contextId, expression: "globalThis.__benchSends", returnByValue: true });
  return result.value ?? [];
}

function breakdown(result, sends) {
  const latency = result.noticeAt - result.insertedAt;
  const send = sends.findLast((entry) => entry.notify && entry.at >= result.insertedAt);
  if (!send?.back) return { latency };
  return { latency, toSend: send.at - result.insertedAt, roundTrip: send.back - send.at, toNotice: result.noticeAt - send.back };
}

/**
 * Trial 0 (cold: the first page after the browser started) inserts one message at a time and waits for a notice
 * after each, which also finds which message raises it. Warm trials insert the messages before it at a chat's
 * pace, leave the page quiet so they are all scored, then insert the trigger alone.
 */
export async function measureLatency({ context, urlOf, trials, log, gapMs = 150, quietMs = 1200, coldWaitMs = 4000, warmWaitMs = 5000 }) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Runtime.enable");
  const conversationLength = await (async () => {
    await page.goto(urlOf("chat.html?c=probe"));
    return page.evaluate(() => window.benchMessages.grooming.messages.length);
  })();

  const samples = [];
  let trigger = null;
  let firstScoreMs = null;
  for (let trial = 0; trial < trials; trial += 1) {
    const contextId = await openChat(page, cdp, urlOf(`chat.html?c=bench-trial-${trial}-${Date.now()}`));
    let result = null;
    let index;
    if (trigger === null) {
      for (index = 0; index < conversationLength; index += 1) {
        result = await page.evaluate(([i, wait]) => window.bench.insertAndWait(i, wait), [index, coldWaitMs]);
        if (result.noticeAt !== null) break;
      }
      if (result?.noticeAt == null) {
        log(`content script sends: ${JSON.stringify(await sendsOf(cdp, contextId))}`);
        throw new Error("the grooming conversation raised no notice: is the host running?");
      }
      trigger = index;
      const sends = await sendsOf(cdp, contextId);
      if (sends[0]?.back) firstScoreMs = sends[0].back - sends[0].at;
      log(`latency: the notice is raised by message ${trigger + 1} of ${conversationLength}`);
    } else {
      const early = await page.evaluate(([count, gap]) => window.bench.insertPrefix(count, gap), [trigger, gapMs]);
      await page.waitForTimeout(quietMs);
      const raisedEarly = early > 0 || (await page.evaluate(() => window.bench.notices.length)) > 0;
      if (raisedEarly) throw new Error(`trial ${trial}: a notice came before message ${trigger + 1}`);
      result = await page.evaluate(([i, wait]) => window.bench.insertAndWait(i, wait), [trigger, warmWaitMs]);
      if (result.noticeAt === null) throw new Error(`trial ${trial}: message ${trigger + 1} raised no notice within ${warmWaitMs} ms`);
    }
    const sample = { trial, ...breakdown(result, await sendsOf(cdp, contextId)) };
    samples.push(sample);
    log(
      `latency trial ${trial + 1}/${trials}${trial === 0 ? " (cold)" : ""}: ${sample.latency.toFixed(1)} ms` +
        (sample.roundTrip === undefined ? "" : ` (to send ${sample.toSend.toFixed(1)}, round trip ${sample.roundTrip.toFixed(1)}, to notice ${sample.toNotice.toFixed(1)})`),
    );
  }
  await page.close();
  return { samples, trigger, conversationLength, firstScoreMs };
}
