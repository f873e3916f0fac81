import assert from "node:assert/strict";
import { test } from "node:test";
import { contentScriptFiles, contentWindow, readMessages } from "./helpers/content-window.js";
import { fakeChrome, until, wait } from "./helpers/fake-chrome.js";

// The generic adapter hashes the page path into the conversation id; these are the ids for "/" and "/chat".
const pathHash = (path) => contentWindow("", { files: ["src/content/page-dom.js", "src/content/adapters/adapter-kit.js"] }).window.SafeBrowse.adapterKit.hash(path);
const PATH_ROOT = pathHash("/");
const AT_ROOT = `chat|p${PATH_ROOT}`;
const AT_CHAT = `chat|p${pathHash("/chat")}`;

const FIXTURE = `<main><h1>Chat with alex_15</h1>
  <div id="chat" role="log" aria-label="Chat with alex_15" style="height:400px;overflow:auto">
    <div class="message incoming" data-id="m1"><span class="author">alex_15</span><p class="text">hey there</p><time datetime="2026-11-28T10:00:00Z">10:00</time></div>
    <div class="message outgoing" data-id="m2"><p class="text">hi</p></div>
  </div></main>`;

const incoming = (id, text) =>
  `<div class="message incoming" data-id="${id}"><span class="author">alex_15</span><p class="text">${text}</p></div>`;

const sentMessages = (chrome) => chrome.sent.flatMap((request) => request.messages);

test("pipeline_FixtureWithAppendedRows_SendsEachMessageOnceInBatches", async () => {
  const chrome = fakeChrome();
  const dom = contentWindow(FIXTURE, { url: "http://127.0.0.1:8080/", chrome });
  const log = dom.window.document.getElementById("chat");
  for (let i = 3; i <= 6; i += 1) {
    await wait(30);
    log.insertAdjacentHTML("beforeend", incoming(`m${i}`, `message ${i}`));
  }
  log.insertAdjacentHTML("beforeend", incoming("m7", "burst a") + incoming("m8", "burst b") + incoming("m9", "burst c"));
  await until(() => sentMessages(chrome).length >= 9);
  await wait(300);
  const messages = sentMessages(chrome);
  assert.deepEqual(messages.map((m) => m.key), ["m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9"].map((id) => `${AT_ROOT}|${id}`));
  assert.ok(chrome.sent.every((request) => request.type === "cs-bg-observed" && request.site === "127.0.0.1"));
  assert.ok(chrome.sent.length < messages.length, "messages are batched");
  assert.equal(messages[1].direction, "outgoing");
  dom.window.SafeBrowse.protection.destroy();
});

test("pipeline_LogStartsEmpty_PicksUpRowsAsTheyArrive", async () => {
  const chrome = fakeChrome();
  const dom = contentWindow(`<h1>Chat</h1><div id="chat" role="log" aria-label="Chat with sam"></div>`, { chrome });
  const log = dom.window.document.getElementById("chat");
  await wait(20);
  log.insertAdjacentHTML("beforeend", `<div class="message"><span class="author">sam</span><p class="text">hola</p></div>`);
  await until(() => sentMessages(chrome).length >= 1);
  await wait(300);
  const messages = sentMessages(chrome);
  assert.equal(messages.length, 1);
  assert.equal(messages[0].contact, "sam");
  assert.equal(messages[0].text, "hola");
  dom.window.SafeBrowse.protection.destroy();
});

test("pipeline_ChatAppearsLaterInSpa_IsFoundByTheThrottledRecheck", async () => {
  const chrome = fakeChrome();
  const dom = contentWindow(`<div id="app"><p>loading</p></div>`, { chrome });
  await wait(20);
  dom.window.document.getElementById("app").innerHTML =
    `<div id="chat" role="log" aria-label="Chat with kim">${incoming("k1", "one")}${incoming("k2", "two")}</div>`;
  await until(() => sentMessages(chrome).length >= 2, 6000);
  await wait(300);
  assert.deepEqual(sentMessages(chrome).map((m) => m.key), [`${AT_CHAT}|k1`, `${AT_CHAT}|k2`]);
  dom.window.SafeBrowse.protection.destroy();
});

// The recheck walks every element of the page; a busy chat's own rows must not pay for it on every burst, while a
// change anywhere else still finds a new chat within the 2-second throttle.
test("pipeline_BusyChatAddsRowsOnly_LooksForOtherChatsRarelyButStillFindsANewOneSoon", async () => {
  const chrome = fakeChrome();
  const dom = contentWindow(FIXTURE, { chrome });
  const ns = dom.window.SafeBrowse;
  ns.protection.destroy();
  let looks = 0;
  const generic = { ...ns.adapters.generic, findContainers: (doc) => ((looks += 1), ns.adapters.generic.findContainers(doc)) };
  const protection = ns.startProtection({ adapters: { generic } });
  const doc = dom.window.document;
  const log = doc.getElementById("chat");
  for (let i = 3; i <= 14; i += 1) {
    await wait(250);
    log.insertAdjacentHTML("beforeend", incoming(`m${i}`, `message ${i}`));
  }
  await until(() => sentMessages(chrome).some((m) => m.key.endsWith("|m14")), 2000);
  assert.equal(looks, 1, "only the look at the start, in 3 s of new rows");

  doc.querySelector("main").insertAdjacentHTML("beforeend", `<div id="second" role="log" aria-label="Chat with kim">${incoming("k1", "hola kim")}</div>`);
  await until(() => sentMessages(chrome).some((m) => m.text === "hola kim"), 3000);
  assert.equal(looks, 2);
  protection.destroy();
});

test("pipeline_LongText_IsTruncatedTo4000", async () => {
  const chrome = fakeChrome();
  const dom = contentWindow(`<div id="chat" role="log">${incoming("x1", "a".repeat(5000))}</div>`, { chrome });
  await until(() => sentMessages(chrome).length >= 1);
  assert.equal(sentMessages(chrome)[0].text.length, 4000);
  dom.window.SafeBrowse.protection.destroy();
});

test("pipeline_NotifyDecision_ShowsNoticeAndHostUnavailableShowsNothing", async () => {
  let answer = { ok: false, type: "error", error: { code: "host_unavailable", message: "not found" } };
  const chrome = fakeChrome({ respond: () => answer });
  const dom = contentWindow(FIXTURE, { url: "http://127.0.0.1:8080/", chrome });
  const { document } = dom.window;
  await until(() => chrome.sent.length >= 1);
  await wait(100);
  assert.equal(document.querySelector('[data-safebrowse="notice"]'), null);
  answer = { ok: true, decisions: [{ conversation: `${AT_ROOT}`, contact: "alex_15", level: "alert", categories: ["secrecy"], notify: true }] };
  document.getElementById("chat").insertAdjacentHTML("beforeend", incoming("m3", "don't tell your parents"));
  await until(() => document.querySelector('[data-safebrowse="notice"]') !== null);
  const host = document.querySelector('[data-safebrowse="notice"]');
  assert.equal(host?.getAttribute("data-level"), "alert");
  assert.equal(host.parentElement, document.body);
  dom.window.SafeBrowse.protection.destroy();
  assert.equal(document.querySelector('[data-safebrowse="notice"]'), null);
});

test("pipeline_WorkerStopsWhileScoringABatch_TheBatchGoesAgainOnANewPortAndNothingIsLost", async () => {
  let calls = 0;
  const chrome = fakeChrome({ respond: () => ((calls += 1), calls === 1 ? new Promise(() => {}) : { ok: true, decisions: [] }) });
  const dom = contentWindow(FIXTURE, { url: "http://127.0.0.1:8080/", chrome });
  await until(() => chrome.sent.length === 1);
  chrome.closeWorker();
  await until(() => chrome.sent.length === 2);
  assert.equal(chrome.ports.length, 2);
  assert.deepEqual(
    chrome.sent[1].messages.map((m) => m.key),
    chrome.sent[0].messages.map((m) => m.key),
  );
  assert.ok(chrome.sent[1].messages.length > 0);
  dom.window.SafeBrowse.protection.destroy();
  assert.equal(chrome.ports[1].open, false, "the page's port closes with its protection");
});

// An update leaves the old copy in the page with chrome.runtime.id gone; the new copy is the one that protects.
test("pipeline_ExtensionUpdatedUnderneath_OldCopyTakesItsNoticeAndObserversAway", async () => {
  const chrome = fakeChrome({ respond: () => ({ ok: true, decisions: [alertFor(`${AT_ROOT}`)] }) });
  const dom = contentWindow(FIXTURE, { url: "http://127.0.0.1:8080/", chrome });
  const { document } = dom.window;
  await until(() => document.querySelector('[data-safebrowse="notice"]') !== null);
  const old = dom.window.SafeBrowse.protection;
  assert.equal(old.isLive(), true);
  delete chrome.runtime.id;
  assert.equal(old.isLive(), false);
  const sent = chrome.sent.length;
  document.getElementById("chat").insertAdjacentHTML("beforeend", incoming("m3", "still there?"));
  await until(() => document.querySelector('[data-safebrowse="notice"]') === null);
  assert.equal(document.querySelector('[data-safebrowse="notice"]'), null);
  await wait(400);
  assert.equal(chrome.sent.length, sent, "the orphan reads nothing more");
});

test("pipeline_NotifyFalse_ShowsNothing", async () => {
  const chrome = fakeChrome({
    respond: () => ({ ok: true, decisions: [{ conversation: `${AT_ROOT}`, contact: "alex_15", level: "alert", categories: ["secrecy"], notify: false }] }),
  });
  const dom = contentWindow(FIXTURE, { url: "http://127.0.0.1:8080/", chrome });
  await until(() => chrome.sent.length >= 1);
  await wait(300);
  assert.equal(chrome.sent.length, 1);
  assert.equal(dom.window.document.querySelector('[data-safebrowse="notice"]'), null);
  dom.window.SafeBrowse.protection.destroy();
});

test("pipeline_ThisWasWrongOnANotice_SendsFeedbackToTheBackground", async () => {
  const decision = { conversation: `${AT_ROOT}`, contact: "alex_15", level: "notice", categories: ["gifts"], notify: true };
  const chrome = fakeChrome({ respond: (message) => (message.type === "cs-bg-feedback" ? { ok: true } : { ok: true, decisions: [decision] }) });
  const roots = [];
  const dom = contentWindow(FIXTURE, {
    url: "http://127.0.0.1:8080/",
    chrome,
    // Test-only peek into the closed root: the page itself cannot do this.
    beforeScripts: (window) => {
      const attach = window.Element.prototype.attachShadow;
      window.Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        roots.push(root);
        return root;
      };
    },
  });
  await until(() => roots.length > 0);
  roots[0].querySelector('[data-choice="wrong"]').click();
  await until(() => chrome.sent.some((message) => message.type === "cs-bg-feedback"));
  const feedback = chrome.sent.find((message) => message.type === "cs-bg-feedback");
  assert.deepEqual(feedback, { type: "cs-bg-feedback", conversation: `${AT_ROOT}`, contact: "alex_15", categories: ["gifts"] });
  dom.window.SafeBrowse.protection.destroy();
});

const alertFor = (conversation) => ({ conversation, contact: "alex_15", level: "alert", categories: ["secrecy"], notify: true });

test("pipeline_PagePostsMessagesToTheContentScript_NothingIsSentOrShown", async () => {
  const chrome = fakeChrome({ respond: () => ({ ok: true, decisions: [alertFor(`${AT_CHAT}`)] }) });
  const dom = contentWindow(`<h1>Not a chat</h1>`, { chrome });
  const { window } = dom;
  const forged = [
    { type: "cs-bg-observed", messages: [{ conversation: "c", contact: "a", direction: "incoming", text: "t", key: "k" }] },
    { type: "options-bg-parent", request: { type: "parent.status" } },
    { ok: true, decisions: [alertFor(`${AT_CHAT}`)] },
    JSON.stringify({ type: "cs-bg-feedback", conversation: "c", contact: "a" }),
  ];
  for (const data of forged) window.postMessage(data, "*");
  await wait(400);
  assert.deepEqual(chrome.sent, []);
  assert.equal(window.document.querySelector("safebrowse-notice"), null);
  dom.window.SafeBrowse.protection.destroy();
});

test("pipeline_PageForgedANoticeFirst_TheRealNoticeStillShows", async () => {
  const chrome = fakeChrome({ respond: () => ({ ok: true, decisions: [{ ...alertFor(`${AT_ROOT}`), level: "notice" }] }) });
  const forgedNotice = `<safebrowse-notice data-safebrowse="notice" data-level="alert" id="forged">You are safe, nothing to see</safebrowse-notice>`;
  const dom = contentWindow(forgedNotice + FIXTURE, { url: "http://127.0.0.1:8080/", chrome });
  const { document } = dom.window;
  await until(() => document.querySelectorAll("safebrowse-notice").length > 1);
  const real = [...document.querySelectorAll("safebrowse-notice")].filter((el) => el.id !== "forged");
  assert.equal(real.length, 1);
  assert.equal(real[0].getAttribute("data-level"), "notice");
  document.getElementById("forged").remove();
  assert.equal(real[0].isConnected, true);
  dom.window.SafeBrowse.protection.destroy();
  assert.deepEqual([...document.querySelectorAll("safebrowse-notice")], []);
});

test("pipeline_PageAddsThousandsOfRowsAtOnce_ReadsOnlyTheNewestAndStaysWithinTheCap", async () => {
  const chrome = fakeChrome();
  const dom = contentWindow(FIXTURE, { url: "http://127.0.0.1:8080/", chrome });
  await until(() => sentMessages(chrome).length >= 2);
  // Past the watcher's rescan threshold (1,000) and the cap (200); jsdom is too slow for the 100,000 of the E2E test.
  const rows = Array.from({ length: 1200 }, (_, i) => incoming(`s${i}`, `spam ${i}`)).join("");
  dom.window.document.getElementById("chat").insertAdjacentHTML("beforeend", rows);
  await until(() => sentMessages(chrome).some((m) => m.key === `${AT_ROOT}|s1199`));
  await wait(500);
  const keys = sentMessages(chrome).map((m) => m.key).filter((key) => key.startsWith(`${AT_ROOT}|s`));
  assert.ok(keys.length <= 200, `${keys.length} of the burst sent`);
  assert.ok(keys.includes(`${AT_ROOT}|s1199`));
  assert.ok(!keys.includes(`${AT_ROOT}|s0`), "the oldest of the burst is not read");
  dom.window.SafeBrowse.protection.destroy();
});

test("pipeline_SecondFloodWithinTheRescanThrottle_IsStillReadAfterIt", async () => {
  const chrome = fakeChrome();
  const dom = contentWindow(FIXTURE, { url: "http://127.0.0.1:8080/", chrome });
  const log = dom.window.document.getElementById("chat");
  const flood = (prefix) => Array.from({ length: 1100 }, (_, i) => incoming(`${prefix}${i}`, `${prefix} ${i}`)).join("");
  await until(() => sentMessages(chrome).length >= 2);
  log.insertAdjacentHTML("beforeend", flood("a"));
  await until(() => sentMessages(chrome).some((m) => m.key === `${AT_ROOT}|a900`));
  log.insertAdjacentHTML("beforeend", flood("b"));
  // The first flood spent the sender's burst, so the second goes out at its sustained rate: only a few so far.
  const second = () => sentMessages(chrome).filter((m) => m.key.startsWith(`${AT_ROOT}|b`));
  await until(() => second().length > 0);
  assert.ok(second().length > 0, "the second flood was read");
  assert.ok(second().every((m) => Number(m.key.slice(`${AT_ROOT}|b`.length)) >= 900), "from its newest 200 rows");
  dom.window.SafeBrowse.protection.destroy();
});

// A site adapter as the contract shapes them: its own selectors, null for rows that are not messages, the site's ids.
const FAKE_SITE_ADAPTER = `(() => {
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;
  ns.adapters = ns.adapters ?? {};
  const rowsOf = (container) => [...container.querySelectorAll(".row")];
  ns.adapters.fake = Object.freeze({
    id: "fake",
    blockHelpKey: "blockHowFake",
    matches: (location) => location.hostname === "chat.example",
    findContainers: (doc) => [...doc.querySelectorAll(".log")],
    rowsOf,
    rowsForNode: (node, containers) => {
      const el = node.nodeType === 1 ? node : node.parentElement;
      const rows = new Set();
      for (const container of containers) {
        if (el.contains(container)) rowsOf(container).forEach((row) => rows.add(row));
        else if (container.contains(el)) [el.closest(".row"), ...el.querySelectorAll(".row")].filter(Boolean).forEach((row) => rows.add(row));
      }
      return [...rows];
    },
    extract: (row, container) => row.dataset.mid ? {
      conversation: container.dataset.chat,
      contact: "kim",
      direction: row.classList.contains("out") ? "outgoing" : "incoming",
      text: row.textContent,
      time: "2026-11-28T10:00:00.000Z",
      key: container.dataset.chat + "|" + row.dataset.mid,
    } : null,
  });
})();`;

const fakeRows = (...mids) => mids.map((mid) => `<div class="row" data-mid="${mid}">text ${mid}</div>`).join("");
const fakeSite = (html, { chrome, url = "https://chat.example/c/1", beforeScripts = () => {} }) =>
  contentWindow(html, {
    url,
    chrome,
    beforeScripts: (window) => {
      window.eval(FAKE_SITE_ADAPTER);
      beforeScripts(window);
    },
  });
const historyFlags = (chrome) => Object.fromEntries(sentMessages(chrome).map((m) => [m.key, m.history ?? false]));

test("pipeline_SiteAdapterMatchesTheLocation_IsUsedAndItsNullRowsAreSkipped", async () => {
  const chrome = fakeChrome();
  const html = `<div class="log" data-chat="c1"><div class="row day">Today</div>${fakeRows("1", "2")}</div>`;
  const dom = fakeSite(html, { chrome });
  await until(() => sentMessages(chrome).length >= 2);
  await wait(300);
  assert.deepEqual(sentMessages(chrome).map((m) => m.key), ["c1|1", "c1|2"]);
  dom.window.SafeBrowse.protection.destroy();
});

test("pipeline_SiteAdapterDoesNotMatch_GenericIsUsed", async () => {
  const chrome = fakeChrome();
  const dom = fakeSite(FIXTURE, { chrome, url: "http://127.0.0.1:8080/" });
  await until(() => sentMessages(chrome).length >= 2);
  assert.deepEqual(sentMessages(chrome).map((m) => m.key), [`${AT_ROOT}|m1`, `${AT_ROOT}|m2`]);
  dom.window.SafeBrowse.protection.destroy();
});

// As the manifest loads a site: its adapter and no generic one, here claiming only the chat's paths.
const siteOnly = (html, { chrome, url, chatPath = "/c/" }) =>
  contentWindow(html, {
    url,
    files: contentScriptFiles.filter((file) => !file.endsWith("/generic.js")),
    chrome,
    beforeScripts: (window) => {
      window.eval(FAKE_SITE_ADAPTER);
      const { adapters } = window.SafeBrowse;
      adapters.fake = Object.freeze({ ...adapters.fake, matches: (location) => location.pathname.startsWith(chatPath) });
    },
  });

// The manifest gives a site's whole origin to its adapter: outside the chat nothing reads, not even the generic adapter.
test("pipeline_SitePageOutsideItsChat_ReadsNothingUntilTheAppMovesIntoIt", async () => {
  const chrome = fakeChrome();
  const dom = siteOnly(`<main><div role="log" aria-label="Feed">${fakeRows("1", "2", "3")}</div></main>`, { chrome, url: "https://chat.example/feed" });
  const { document, history } = dom.window;
  assert.notEqual(dom.window.SafeBrowse.protection, null, "protection runs from the feed on");
  await wait(300);
  document.querySelector("main").insertAdjacentHTML("beforeend", fakeRows("4"));
  await wait(300);
  assert.equal(sentMessages(chrome).length, 0, "the feed is not read");
  history.pushState({}, "", "/c/7");
  document.querySelector("main").innerHTML = `<div class="log" data-chat="c7">${fakeRows("1", "2")}</div>`;
  await until(() => sentMessages(chrome).length >= 2);
  await wait(300);
  assert.deepEqual(sentMessages(chrome).map((m) => [m.key, m.history ?? false]), [["c7|1", false], ["c7|2", false]]);
  dom.window.SafeBrowse.protection.destroy();
});

test("pipeline_SiteChatLeftForAnotherSection_StopsReading", async () => {
  const chrome = fakeChrome();
  const dom = siteOnly(`<main><div class="log" data-chat="c1">${fakeRows("1")}</div></main>`, { chrome, url: "https://chat.example/c/1" });
  const { document, history } = dom.window;
  await until(() => sentMessages(chrome).length >= 1);
  history.pushState({}, "", "/settings");
  document.querySelector(".log").insertAdjacentHTML("beforeend", fakeRows("2"));
  await wait(400);
  assert.deepEqual(sentMessages(chrome).map((m) => m.key), ["c1|1"]);
  dom.window.SafeBrowse.protection.destroy();
});

test("pipeline_NoticeController_GetsTheSiteAdaptersBlockHelpKey", () => {
  const seenKeys = [];
  const spyOnNotice = (window) =>
    Object.defineProperty(window.SafeBrowse, "createNoticeController", {
      configurable: true,
      get: () => (options) => {
        seenKeys.push(options.blockHelpKey);
        return { show: async () => false, close() {}, destroy() {} };
      },
      set() {},
    });
  const site = fakeSite(`<div class="log" data-chat="c1"></div>`, { chrome: fakeChrome(), beforeScripts: spyOnNotice });
  const generic = contentWindow(FIXTURE, { chrome: fakeChrome(), url: "http://127.0.0.1:8080/", beforeScripts: spyOnNotice });
  assert.deepEqual(seenKeys, ["blockHowFake", undefined], "the generic page leaves the notice its own default");
  site.window.SafeBrowse.protection.destroy();
  generic.window.SafeBrowse.protection.destroy();
});

test("pipeline_RowsAboveTheOldestSeen_AreSentAsHistoryAndNewRowsBelowAreNot", async () => {
  const chrome = fakeChrome();
  const dom = fakeSite(`<div class="log" data-chat="c1">${fakeRows("5", "6")}</div>`, { chrome });
  const log = dom.window.document.querySelector(".log");
  await until(() => sentMessages(chrome).length >= 2);
  log.insertAdjacentHTML("afterbegin", fakeRows("3", "4"));
  await until(() => sentMessages(chrome).length >= 4);
  log.insertAdjacentHTML("beforeend", fakeRows("7"));
  await until(() => sentMessages(chrome).length >= 5);
  await wait(300);
  assert.deepEqual(historyFlags(chrome), { "c1|5": false, "c1|6": false, "c1|3": true, "c1|4": true, "c1|7": false });
  assert.ok(sentMessages(chrome).every((m) => m.history === undefined || m.history === true), "history goes only when true");
  dom.window.SafeBrowse.protection.destroy();
});

test("pipeline_ListRedrawnAsNewNodesWithOlderRowsOnTop_SendsOnlyTheOlderOnesAsHistory", async () => {
  const chrome = fakeChrome();
  const dom = fakeSite(`<div class="log" data-chat="c1">${fakeRows("5", "6")}</div>`, { chrome });
  await until(() => sentMessages(chrome).length >= 2);
  dom.window.document.querySelector(".log").innerHTML = fakeRows("2", "3", "4", "5", "6");
  await until(() => sentMessages(chrome).length >= 5);
  await wait(300);
  assert.deepEqual(historyFlags(chrome), { "c1|5": false, "c1|6": false, "c1|2": true, "c1|3": true, "c1|4": true });
  dom.window.SafeBrowse.protection.destroy();
});

test("pipeline_OldestRowsScrolledAwayThenOlderHistoryLoads_StillSentAsHistory", async () => {
  const chrome = fakeChrome();
  const dom = fakeSite(`<div class="log" data-chat="c1">${fakeRows("5", "6", "7")}</div>`, { chrome });
  const log = dom.window.document.querySelector(".log");
  await until(() => sentMessages(chrome).length >= 3);
  log.querySelector('[data-mid="5"]').remove();
  log.insertAdjacentHTML("beforeend", fakeRows("8"));
  await until(() => sentMessages(chrome).length >= 4);
  log.insertAdjacentHTML("afterbegin", fakeRows("4"));
  await until(() => sentMessages(chrome).length >= 5);
  await wait(300);
  assert.deepEqual(historyFlags(chrome), { "c1|5": false, "c1|6": false, "c1|7": false, "c1|8": false, "c1|4": true });
  dom.window.SafeBrowse.protection.destroy();
});

test("pipeline_SpaMovesToAnotherChatAndBack_NewChatIsReadAsCurrentAndNothingIsScoredTwice", async () => {
  const chrome = fakeChrome();
  const dom = fakeSite(`<main><div class="log" data-chat="c1">${fakeRows("1", "2")}</div></main>`, { chrome });
  const { document, history } = dom.window;
  const main = document.querySelector("main");
  await until(() => sentMessages(chrome).length >= 2);
  history.pushState({}, "", "/c/2");
  main.innerHTML = `<div class="log" data-chat="c2">${fakeRows("1", "2", "3")}</div>`;
  await until(() => sentMessages(chrome).length >= 5);
  history.pushState({}, "", "/c/1");
  main.innerHTML = `<div class="log" data-chat="c1">${fakeRows("1", "2", "3")}</div>`;
  await until(() => sentMessages(chrome).length >= 6);
  await wait(400);
  assert.deepEqual(historyFlags(chrome), { "c1|1": false, "c1|2": false, "c2|1": false, "c2|2": false, "c2|3": false, "c1|3": false });
  assert.equal(sentMessages(chrome).length, 6);
  dom.window.SafeBrowse.protection.destroy();
});

test("pipeline_SameListElementSwitchesConversation_NewRowsAreNotHistory", async () => {
  const chrome = fakeChrome();
  const dom = fakeSite(`<div class="log" data-chat="c1">${fakeRows("8", "9")}</div>`, { chrome });
  const log = dom.window.document.querySelector(".log");
  await until(() => sentMessages(chrome).length >= 2);
  log.dataset.chat = "c2";
  log.innerHTML = fakeRows("1", "2");
  await until(() => sentMessages(chrome).length >= 4);
  await wait(300);
  assert.deepEqual(historyFlags(chrome), { "c1|8": false, "c1|9": false, "c2|1": false, "c2|2": false });
  dom.window.SafeBrowse.protection.destroy();
});

test("pipeline_NoticedConversation_NudgesTheDraftAndNeverSendsIt", async () => {
  for (const [decided, expectedNudges] of [[`${AT_ROOT}`, 1], [`another|p${PATH_ROOT}`, 0]]) {
    const decision = { conversation: decided, contact: "alex_15", level: "notice", categories: ["secrecy"], notify: true };
    const chrome = fakeChrome({ respond: () => ({ ok: true, decisions: [decision] }) });
    const dom = contentWindow(FIXTURE.replace("</main>", `<textarea id="composer"></textarea></main>`), { url: "http://127.0.0.1:8080/", chrome });
    const { window } = dom;
    const { document } = window;
    await until(() => chrome.sent.length >= 1);
    await wait(150);
    assert.equal(document.querySelectorAll('[data-safebrowse="notice"]').length, 1, decided);
    const composer = document.getElementById("composer");
    composer.focus();
    composer.value = "mi cel es 300 123 4567";
    composer.dispatchEvent(new window.InputEvent("input", { bubbles: true }));
    await wait(450);
    assert.equal(document.querySelectorAll('[data-safebrowse="nudge"]').length, expectedNudges, decided);
    assert.equal(composer.value, "mi cel es 300 123 4567");
    assert.ok(!JSON.stringify(chrome.sent).includes("300 123"), "the draft never leaves the page");
    window.SafeBrowse.protection.destroy();
    assert.equal(document.querySelectorAll('[data-safebrowse="nudge"]').length, 0);
  }
});

test("pipeline_SpanishChildProfileInAnEnglishBrowser_NoticeSpeaksSpanish", async () => {
  const decision = { conversation: "chat|/", contact: "alex_15", level: "notice", categories: ["secrecy"], notify: true };
  const chrome = fakeChrome({ locale: "en", uiLanguage: "en-US", childLanguage: "es", respond: () => ({ ok: true, decisions: [decision] }) });
  const roots = [];
  const dom = contentWindow(FIXTURE, {
    url: "http://127.0.0.1:8080/",
    chrome,
    // Test-only peek into the closed root: the page itself cannot do this.
    beforeScripts: (window) => {
      const attach = window.Element.prototype.attachShadow;
      window.Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        roots.push(root);
        return root;
      };
    },
  });
  await until(() => roots[0]?.querySelector("h2"));
  const es = readMessages("es");
  assert.equal(roots[0].querySelector(".card").getAttribute("lang"), "es");
  assert.equal(roots[0].querySelector("h2").textContent, es.noticeHeading.message);
  await until(() => roots[0].textContent.includes(es.categorySecrecy.message));
  assert.ok(roots[0].textContent.includes(es.categorySecrecy.message));
  assert.ok(chrome.stringRequests >= 1);
  dom.window.SafeBrowse.protection.destroy();
});
