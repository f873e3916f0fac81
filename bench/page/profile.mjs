// Where the content script's main-thread time goes: a sampling CPU profile of the page during extra rounds,
// attributed to the extension's functions (self time, and total time with what they call: native DOM calls
// such as getComputedStyle and the layout they force count to the script function that made them).
import { EXTENSION_ID } from "./browser.mjs";

const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

export async function startProfile(cdp) {
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
}

export async function stopProfile(cdp) {
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.send("Profiler.disable");
  return attribute(profile);
}

function attribute({ nodes, samples, timeDeltas }) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nameOf = ({ callFrame }) =>
    `${callFrame.functionName || "(anonymous)"} ${callFrame.url.slice(EXTENSION_ORIGIN.length)}:${callFrame.lineNumber + 1}`;
  const isExtension = (node) => node.callFrame.url.startsWith(EXTENSION_ORIGIN);

  // Self: samples where the function is the innermost extension frame (the DOM calls it makes count to it).
  // Total: samples where it is anywhere on the stack.
  const functions = new Map();
  let extensionMs = 0;
  for (let index = 0; index < samples.length; index += 1) {
    const ms = (timeDeltas[index + 1] ?? 0) / 1000;
    const onStack = new Set();
    let innermost = null;
    for (let id = samples[index]; id !== undefined; id = parentOf.get(id)) {
      const node = byId.get(id);
      if (!isExtension(node)) continue;
      const name = nameOf(node);
      innermost ??= name;
      onStack.add(name);
    }
    if (innermost === null) continue;
    extensionMs += ms;
    for (const name of onStack) {
      const entry = functions.get(name) ?? { name, selfMs: 0, totalMs: 0 };
      entry.totalMs += ms;
      if (name === innermost) entry.selfMs += ms;
      functions.set(name, entry);
    }
  }
  return { extensionMs, functions: [...functions.values()] };
}
