import assert from "node:assert/strict";
import { test } from "node:test";
import { fakeBackgroundChrome } from "./helpers/fake-background-chrome.js";
import { fakeEvent, until } from "./helpers/fake-chrome.js";
import { packedBatch } from "./helpers/packed-batch.js";
import { settle } from "./helpers/fake-timers.js";

// The worker wires itself to the global chrome at import, as in the browser; one worker per test file.
// A WhatsApp chat and a web page open from before the install, and a browser page no content script matches.
const openTabs = [
  { id: 11, url: "https://web.whatsapp.com/", discarded: false },
  { id: 12, url: "http://127.0.0.1:8080/chat.html", discarded: false },
  { id: 13, url: "chrome://settings/", discarded: false },
];
const chrome = fakeBackgroundChrome({ uiLanguage: "es-CO", openTabs });
globalThis.chrome = chrome;
await import("../../extension/src/background/service-worker.js");
const fire = (eventTarget, ...args) => eventTarget.listeners.map((listener) => listener(...args));

// Each test brings the shared worker to the state it needs, so any one of them also runs alone
// (node --test --test-name-pattern); each step happens once however many tests ask for it.
let installed = false;
function install() {
  if (installed) return;
  installed = true;
  fire(chrome.runtime.onInstalled, { reason: "install" });
}

async function connected() {
  install();
  await until(() => chrome.ports[0]?.posted.some((m) => m.type === "hello"));
  if (chrome.storage.session.data.hostStatus?.state !== "connected") chrome.ports[0].answerHello();
  await until(() => chrome.storage.session.data.hostStatus?.state === "connected");
  return chrome.ports[0];
}

async function answeredBeat(port, before, protection) {
  await until(() => port.posted.filter((m) => m.type === "heartbeat").length > before);
  const beat = port.posted.findLast((m) => m.type === "heartbeat");
  port.answer("heartbeat");
  assert.equal(beat.protection, protection);
  return beat;
}

const beats = (port) => port.posted.filter((m) => m.type === "heartbeat").length;

test("worker_Starts_SchedulesTheHeartbeatAlarm", async () => {
  await until(() => chrome.created.length > 0);
  await settle();
  assert.deepEqual(chrome.created, [{ name: "heartbeat", delayInMinutes: 5, periodInMinutes: 5 }]);
});

test("worker_FirstInstall_OpensTheParentPageAndSaysHelloWithInstallAndLanguage", async () => {
  install();
  assert.equal(chrome.optionsOpened, 1);
  await until(() => chrome.ports[0]?.posted.length > 0);
  const hello = chrome.ports[0].posted[0];
  assert.equal(hello.type, "hello");
  assert.equal(hello.install, chrome.storage.local.data.installId);
  assert.match(hello.install, /^[A-Za-z0-9_-]{16,64}$/);
  assert.equal(hello.language, "es");
});

test("worker_HelloReply_StoresPauseForThePopupAndTheChildsCountryAndLanguage", async () => {
  install();
  await until(() => chrome.ports[0]?.posted.some((m) => m.type === "hello"));
  const profile = { name: "Sofía", ageBand: "10_12", language: "en", country: "CL" };
  chrome.ports[0].answerHello({ profile, pausedUntil: "2026-11-28T18:30:00Z", pinSet: true });
  await until(() => chrome.storage.session.data.hostStatus?.state === "connected");
  await until(() => chrome.storage.local.data.country === "CL");
  assert.equal(chrome.storage.local.data.country, "CL");
  await until(() => chrome.storage.local.data.language === "en");
  assert.equal(chrome.storage.local.data.language, "en", "the child's, not the browser's es-CO");
  assert.equal(chrome.storage.session.data.hostStatus.pausedUntil, "2026-11-28T18:30:00Z");
  assert.equal(chrome.storage.session.data.hostStatus.pinSet, true);
});

test("worker_HeartbeatAlarm_SendsHeartbeatWithTheSameInstall", async () => {
  const port = await connected();
  const before = beats(port);
  const [delivered] = fire(chrome.alarms.onAlarm, { name: "heartbeat" });
  const beat = await answeredBeat(port, before, "active");
  assert.equal(beat.install, chrome.storage.local.data.installId);
  await delivered;
});

test("worker_SiteAccessRemoved_ShowsTheBadgeAndTellsTheHostAtOnce", async () => {
  const port = await connected();
  const before = beats(port);
  chrome.access.sites = false;
  await Promise.all(fire(chrome.permissions.onRemoved, { origins: ["https://*/*"] }));
  await answeredBeat(port, before, "no_site_access");
  assert.equal(chrome.badge.text, "!");
  assert.equal(chrome.badge.title, chrome.i18n.getMessage("badgeNoSiteAccessTitle"));
  assert.ok(chrome.access.asked.at(-1).includes("https://web.whatsapp.com/*"), "asks for every site the content scripts read");
});

test("worker_SiteAccessGrantedAgain_ClearsTheBadgeAndSaysActive", async () => {
  const port = await connected();
  if (chrome.access.sites) {
    const removed = beats(port);
    chrome.access.sites = false;
    await Promise.all(fire(chrome.permissions.onRemoved, { origins: ["https://*/*"] }));
    await answeredBeat(port, removed, "no_site_access");
  }
  const before = beats(port);
  chrome.access.sites = true;
  await Promise.all(fire(chrome.permissions.onAdded, { origins: ["https://*/*"] }));
  await answeredBeat(port, before, "active");
  assert.equal(chrome.badge.text, "");
  assert.equal(chrome.badge.title, chrome.i18n.getMessage("actionTitle"));
});

test("worker_Install_GivesTheOpenChatTabsTheirContentScripts", async () => {
  install();
  await until(() => chrome.injected.length >= 2);
  assert.deepEqual(chrome.injected.map(({ tabId }) => tabId).sort(), [11, 12]);
  const whatsapp = chrome.injected.find(({ tabId }) => tabId === 11).files;
  assert.ok(whatsapp.includes("src/content/adapters/whatsapp.js"));
  assert.ok(!whatsapp.includes("src/content/adapters/generic.js"));
});

test("worker_Update_DoesNotOpenTheParentPageAgainButProtectsOpenTabsAgain", async () => {
  install();
  await until(() => chrome.injected.length >= 2);
  const before = chrome.injected.length;
  fire(chrome.runtime.onInstalled, { reason: "update" });
  assert.equal(chrome.optionsOpened, 1);
  await until(() => chrome.injected.length >= before + 2);
  assert.equal(chrome.injected.length, before + 2);
});

test("worker_Starts_ListensToNoOtherExtensionAndOnlyToTheBatchPort", () => {
  assert.equal(chrome.runtime.onMessage.listeners.length, 1);
  assert.equal(chrome.runtime.onMessageExternal.listeners.length, 0);
  assert.equal(chrome.runtime.onConnectExternal.listeners.length, 0);
  assert.equal(chrome.runtime.onConnect.listeners.length, 1);
  const other = { name: "anything-else", disconnected: false, disconnect: () => (other.disconnected = true) };
  fire(chrome.runtime.onConnect, other);
  assert.equal(other.disconnected, true);
});

test("worker_ObservedBatch_IsScoredWhenItComesOnItsPortAndNotAsARuntimeMessage", async () => {
  const native = await connected();
  const scores = () => native.posted.filter((m) => m.type === "score").length;
  const before = scores();
  const url = "http://127.0.0.1:8080/chat.html";
  const sender = { id: chrome.runtime.id, tab: { id: 12, url }, url, origin: "http://127.0.0.1:8080" };
  const batch = packedBatch(undefined, [{ conversation: "c", contact: "ana", direction: "incoming", text: "hola", time: "2026-12-08T10:00:00Z", key: "k1" }]);

  const answers = [];
  for (const listener of chrome.runtime.onMessage.listeners) listener(batch, sender, (response) => answers.push(response));
  await until(() => answers.length === 1);
  assert.equal(answers[0].error?.code, "unknown_type");
  assert.equal(scores(), before);

  const page = { name: batch.type, sender, onMessage: fakeEvent(), posted: [], disconnect() {} };
  page.postMessage = (message) => page.posted.push(message);
  fire(chrome.runtime.onConnect, page);
  page.onMessage.fire({ id: 1, message: batch });
  await until(() => scores() === before + 1);
  native.answer("score", { decisions: [] });
  await until(() => page.posted.length === 1);
  assert.deepEqual(page.posted[0], { id: 1, response: { ok: true, decisions: [] } });
});
