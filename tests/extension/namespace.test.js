import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { JSDOM } from "jsdom";
import { contentScriptFiles, contentWindow } from "./helpers/content-window.js";
import { fakeChrome, until } from "./helpers/fake-chrome.js";

// The generic adapter hashes the page path into the conversation id: the id for "/chat".
const AT_CHAT = `chat|p${contentWindow("", { files: ["src/content/page-dom.js", "src/content/adapters/adapter-kit.js"] }).window.SafeBrowse.adapterKit.hash("/chat")}`;

const CHAT = `<h1>Chat with alex_15</h1><div id="chat" role="log" aria-label="Chat with alex_15">
  <div class="message incoming" data-id="m1"><span class="author">alex_15</span><p class="text">hey there</p></div></div>`;
const source = (file) => readFileSync(new URL(`../../extension/${file}`, import.meta.url), "utf8");
const namespaceOf = (window) => Object.getOwnPropertyDescriptor(window, "SafeBrowse")?.value;

// The attack from issue 12 as Chromium shows it to content scripts: <a id="SafeBrowse"></a><a id="SafeBrowse"
// name="protection"></a> makes a global SafeBrowse whose "protection" is an element. jsdom does not give a collection
// named getters, so the page's global is built here the way the browser presents it.
function clobberedChatPage(chrome) {
  const dom = new JSDOM(`<a id="SafeBrowse"></a><a id="SafeBrowse" name="protection"></a>${CHAT}`, {
    url: "http://127.0.0.1:8080/chat",
    runScripts: "outside-only",
    pretendToBeVisual: true,
  });
  const anchors = dom.window.document.querySelectorAll("#SafeBrowse");
  Object.defineProperty(dom.window, "SafeBrowse", {
    get: () => Object.assign(Object.create(dom.window.HTMLCollection.prototype), { 0: anchors[0], 1: anchors[1], protection: anchors[1] }),
    configurable: true,
  });
  dom.window.chrome = chrome;
  return dom;
}

test("namespace_PageNamesSafeBrowseAndProtection_ProtectionStillStartsAndReadsTheChat", async () => {
  const chrome = fakeChrome();
  const dom = clobberedChatPage(chrome);
  assert.equal(dom.window.SafeBrowse.protection.tagName, "A", "the page's global looks like a running protection");
  for (const file of contentScriptFiles) dom.window.eval(source(file));
  const ns = namespaceOf(dom.window);
  assert.equal(Object.getPrototypeOf(ns), dom.window.Object.prototype);
  assert.equal(typeof ns.protection?.destroy, "function");
  await until(() => chrome.sent.length > 0);
  assert.deepEqual(chrome.sent.flatMap((request) => request.messages).map((m) => m.key), [`${AT_CHAT}|m1`]);
  ns.protection.destroy();
});

test("namespace_LoadedAgainIntoTheSameWorld_EachLoadHasItsOwnObjectAndTheRunningProtectionStaysTheOnlyOne", async () => {
  const chrome = fakeChrome();
  const dom = contentWindow(CHAT, { chrome });
  const first = namespaceOf(dom.window);
  const protection = first.protection;
  for (const file of contentScriptFiles) dom.window.eval(source(file));
  const second = namespaceOf(dom.window);
  assert.notEqual(second, first, "the second load's files share an object of their own");
  assert.equal(second.protection, protection);
  assert.equal(second.previous, null, "the first load is not kept alive by the second");
  dom.window.document.getElementById("chat").insertAdjacentHTML("beforeend", `<div class="message incoming" data-id="m2"><span class="author">alex_15</span><p class="text">hi</p></div>`);
  await until(() => chrome.sent.flatMap((request) => request.messages).length >= 2);
  await new Promise((resolve) => setTimeout(resolve, 400));
  assert.deepEqual(chrome.sent.flatMap((request) => request.messages).map((m) => m.key), [`${AT_CHAT}|m1`, `${AT_CHAT}|m2`], "read once");
  protection.destroy();
});

test("namespace_LoadedAfterAnUpdateIntoTheOldCopysWorld_OldCopyIsReplaced", async () => {
  const chrome = fakeChrome();
  const dom = contentWindow(CHAT, { chrome });
  const old = namespaceOf(dom.window).protection;
  delete chrome.runtime.id;
  assert.equal(old.isLive(), false);
  // The updated extension's scripts come with a chrome of their own.
  dom.window.chrome = fakeChrome();
  for (const file of contentScriptFiles) dom.window.eval(source(file));
  const fresh = namespaceOf(dom.window).protection;
  assert.notEqual(fresh, old);
  assert.equal(fresh.isLive(), true);
  fresh.destroy();
});

test("namespace_ScriptAssignsTheGlobal_CannotReplaceIt", () => {
  const dom = contentWindow("<p>page</p>", { files: [] });
  const ns = namespaceOf(dom.window);
  assert.throws(() => dom.window.eval(`"use strict"; globalThis.SafeBrowse = { protection: true };`), dom.window.TypeError);
  assert.equal(namespaceOf(dom.window), ns);
  assert.equal(ns.protection, undefined);
});

// In a browser a named <img> or <form> shadows the document's own properties; here the page's shadows are set by hand.
test("pageDom_DocumentPropertiesShadowedByNamedElements_StillReachesTheRealOnes", () => {
  const dom = contentWindow(`<img name="body"><form name="querySelectorAll"></form><div id="chat" role="log"></div>`, {
    files: ["src/content/page-dom.js"],
  });
  const { document } = dom.window;
  for (const name of ["body", "documentElement", "querySelectorAll", "createElement", "activeElement", "defaultView"]) {
    Object.defineProperty(document, name, { value: document.querySelector("img"), configurable: true });
  }
  const pageDom = namespaceOf(dom.window).pageDom;
  assert.equal(document.body.tagName, "IMG");
  assert.equal(pageDom.body(document).tagName, "BODY");
  assert.equal(pageDom.root(document).tagName, "HTML");
  assert.equal(pageDom.all(document, '[role="log"]').length, 1);
  assert.equal(pageDom.create(document, "p").tagName, "P");
  assert.equal(pageDom.view(document), dom.window);
  assert.equal(pageDom.activeElement(document).tagName, "BODY");
});
