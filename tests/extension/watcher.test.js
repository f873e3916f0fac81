import assert from "node:assert/strict";
import { test } from "node:test";
import { contentWindow } from "./helpers/content-window.js";
import { until, wait } from "./helpers/fake-chrome.js";

const load = () => contentWindow(`<div id="root"></div>`, { files: ["src/content/page-dom.js", "src/content/watcher.js"] });

test("watcher_ManyMutationsInOneTick_ProcessedOnceLater", async () => {
  const dom = load();
  const { document } = dom.window;
  const batches = [];
  const watcher = dom.window.SafeBrowse.createWatcher({ root: document.body, onChange: (nodes) => batches.push(nodes) });
  for (let i = 0; i < 5; i += 1) document.getElementById("root").append(document.createElement("div"));
  assert.equal(batches.length, 0);
  await until(() => batches.length > 0);
  await wait(50);
  assert.equal(batches.length, 1);
  assert.equal(batches[0].length, 5);
  watcher.destroy();
});

test("watcher_ScriptsStylesAndDetachedNodes_AreSkipped", async () => {
  const dom = load();
  const { document } = dom.window;
  const batches = [];
  dom.window.SafeBrowse.createWatcher({ root: document.body, onChange: (nodes) => batches.push(nodes) });
  const root = document.getElementById("root");
  root.append(document.createElement("script"), document.createElement("style"), document.createElement("meta"));
  const gone = document.createElement("p");
  root.append(gone);
  gone.remove();
  const kept = document.createElement("p");
  root.append(kept);
  await until(() => batches.length > 0);
  await wait(50);
  assert.equal(batches.length, 1);
  assert.equal(batches[0].length, 1);
  assert.equal(batches[0][0], kept);
});

test("watcher_OverThreshold_AsksForRescanInsteadOfDiff", async () => {
  const dom = load();
  const { document } = dom.window;
  const batches = [];
  dom.window.SafeBrowse.createWatcher({ root: document.body, onChange: (nodes) => batches.push(nodes), rescanThreshold: 1000 });
  const root = document.getElementById("root");
  for (let i = 0; i < 1001; i += 1) root.append(document.createElement("span"));
  await until(() => batches.length > 0);
  await wait(50);
  assert.deepEqual(batches, [null]);
});

test("watcher_AbortSignal_StopsObserving", async () => {
  const dom = load();
  const { document } = dom.window;
  const batches = [];
  const abort = new dom.window.AbortController();
  dom.window.SafeBrowse.createWatcher({ root: document.body, onChange: (nodes) => batches.push(nodes), signal: abort.signal });
  abort.abort();
  document.getElementById("root").append(document.createElement("div"));
  await wait(50);
  assert.equal(batches.length, 0);
});

test("watcher_WatchedAttributeRewritten_QueuesTheElement", async () => {
  const dom = load();
  const { document } = dom.window;
  const bubble = document.createElement("div");
  bubble.dataset.mid = "122.0001";
  document.getElementById("root").append(bubble);
  const batches = [];
  dom.window.SafeBrowse.createWatcher({ root: document.body, onChange: (nodes) => batches.push(nodes), attributes: ["data-mid"] });
  bubble.dataset.mid = "123";
  bubble.className = "is-read";
  await until(() => batches.length > 0);
  await wait(50);
  assert.equal(batches.length, 1);
  assert.equal(batches[0].length, 1, "the class change is not watched");
  assert.equal(batches[0][0], bubble);
});
