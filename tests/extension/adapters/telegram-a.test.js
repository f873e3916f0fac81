import assert from "node:assert/strict";
import { test } from "node:test";
import { loadSite, readSite } from "../helpers/site-fixture.js";

const site = readSite("telegram-a");

const groupRow = (id, { own = false, name = "", text }) => `
  <div id="message${id}" class="Message message-list-item allow-selection shown open${own ? " own" : ""}" data-message-id="${id}">
    <div class="message-content-wrapper can-select-text"><div class="message-content text has-shadow" dir="auto">
      <div class="content-inner" dir="auto">
        ${name ? `<div class="message-title" dir="ltr"><span class="message-title-name interactive color-2" dir="ltr">${name}</span></div>` : ""}
        <div class="text-content clearfix with-meta" dir="auto">${text}<span class="MessageMeta" dir="ltr"><span class="message-time">16:0${id % 10}</span></span></div>
      </div></div></div>
  </div>`;

const groupChat = `<div id="MiddleColumn">
  <div class="MiddleHeader"><div class="ChatInfo"><div class="info"><div class="title"><h3 dir="auto" class="fullName">Gamers 7B</h3></div></div></div></div>
  <div class="Transition"><div class="Transition_slide Transition_slide-active"><div class="MessageList custom-scroll"><div class="messages-container">
    <div class="message-date-group"><div class="sticky-date"><span dir="auto">Hoy</span></div>
      <div id="message880" class="ActionMessage message-list-item" data-message-id="880"><span>Mateo se unió al grupo</span></div>
      <div class="sender-group-container">${groupRow(881, { name: "Mateo", text: "quién juega hoy?" })}${groupRow(882, { text: "yo pongo el server" })}</div>
      <div class="sender-group-container">${groupRow(883, { own: true, text: "yooo" })}</div>
      <div class="sender-group-container">${groupRow(884, { name: "Lucía <i class=\"icon icon-premium\"></i>", text: "yo también" })}${groupRow(885, { text: "a las 5?" })}</div>
    </div></div></div></div></div></div>`;

test("matches_TelegramWebA_OnlyTheAVersion", () => {
  const { adapter } = loadSite("telegram-a");
  assert.equal(adapter.matches(new URL("https://web.telegram.org/a/#5012345678")), true);
  assert.equal(adapter.matches(new URL("https://web.telegram.org/k/#5012345678")), false);
  assert.equal(adapter.matches(new URL("https://telegram.org/a/")), false);
  assert.equal(adapter.id, "telegram-a");
  assert.equal(adapter.blockHelpKey, "blockHowTelegram");
});

test("extract_FixturePage_EqualsSiteJsonExpected", () => {
  const { extractAll, visible } = loadSite("telegram-a");
  assert.deepEqual(visible(extractAll()), site.expected);
});

test("extract_FixturePage_KeysAreTheMessageIdsAndTimesAreIso", () => {
  const { extractAll } = loadSite("telegram-a");
  const messages = extractAll();
  assert.deepEqual(
    messages.map((message) => message.key),
    ["1201", "1202", "1203", "1205", "1206"].map((id) => `telegram-a:5012345678|${id}`),
  );
  for (const message of messages) assert.equal(new Date(message.time).toISOString(), message.time);
});

test("extract_PhotoWithoutCaptionActionAndLocalRows_AreNotMessages", () => {
  const { adapter, document } = loadSite("telegram-a");
  const [container] = adapter.findContainers(document);
  assert.equal(adapter.extract(document.getElementById("message1204"), container), null);
  assert.equal(adapter.extract(document.getElementById("message1206-0001"), container), null);
  assert.ok(!adapter.rowsOf(container).some((row) => row.classList.contains("ActionMessage")));
  assert.ok(!adapter.rowsOf(container).some((row) => row.closest("#LeftColumn")));
});

test("extract_LocalIdReplacedByServerId_IsReadOnceWithTheServerKey", () => {
  const { adapter, document } = loadSite("telegram-a");
  const [container] = adapter.findContainers(document);
  const row = document.getElementById("message1206-0001");
  row.id = "message1207";
  row.setAttribute("data-message-id", "1207");
  row.querySelector(".MessageOutgoingStatus").innerHTML = `<i class="icon icon-message-succeeded"></i>`;
  const [found] = adapter.rowsForNode(row.querySelector(".MessageOutgoingStatus i"), [container]);
  assert.equal(found, row);
  const message = adapter.extract(found, container);
  assert.equal(message.key, "telegram-a:5012345678|1207");
  assert.equal(message.text, "jajaja qué asco");
  assert.equal(message.direction, "outgoing");
});

test("extract_RowRenderedAgainAsANewNode_KeepsItsKey", () => {
  const { adapter, document } = loadSite("telegram-a");
  const [container] = adapter.findContainers(document);
  const row = document.getElementById("message1203");
  const now = () => new Date("2026-11-28T10:00:00Z");
  const before = adapter.extract(row, container, now);
  const copy = row.cloneNode(true);
  row.replaceWith(copy);
  const [found] = adapter.rowsForNode(copy, [container]);
  assert.equal(found, copy);
  assert.deepEqual(adapter.extract(copy, container, now), before);
});

test("rowsForNode_OlderHistoryPrepended_ReturnsEveryNewRow", () => {
  const { adapter, document } = loadSite("telegram-a");
  const [container] = adapter.findContainers(document);
  const group = document.createElement("div");
  group.className = "message-date-group";
  group.innerHTML = `<div class="sticky-date"><span dir="auto">12 de marzo</span></div>${groupRow(1101, { text: "primer mensaje" })}${groupRow(1102, { own: true, text: "hola" })}`;
  container.querySelector(".messages-container").prepend(group);
  const rows = adapter.rowsForNode(group, [container]);
  assert.deepEqual([...rows].map((row) => row.id), ["message1101", "message1102"]);
  assert.equal(adapter.rowsOf(container)[0].id, "message1101");
});

test("extract_SwitchingChatByHash_GivesAnotherConversation", () => {
  const { adapter, document, window, extractAll } = loadSite("telegram-a");
  const before = extractAll()[0].conversation;
  window.location.hash = "#-1001987654321";
  const [container] = adapter.findContainers(document);
  const after = adapter.extract(adapter.rowsOf(container)[0], container).conversation;
  assert.equal(before, "telegram-a:5012345678");
  assert.equal(after, "telegram-a:-1001987654321");
});

test("findContainers_ChatSlidingOut_ReadsOnlyTheActiveList", () => {
  const html = `<div id="MiddleColumn"><div class="Transition">
    <div class="Transition_slide Transition_slide-from"><div class="MessageList custom-scroll" id="old"></div></div>
    <div class="Transition_slide Transition_slide-active"><div class="MessageList custom-scroll" id="new"></div></div>
  </div></div>`;
  const { adapter, document } = loadSite("telegram-a", { html });
  assert.deepEqual([...adapter.findContainers(document)].map((container) => container.id), ["new"]);
});

test("extract_GroupChat_CarriesEachSendersNameDownTheirRun", () => {
  const { extractAll } = loadSite("telegram-a", { html: groupChat, url: "https://web.telegram.org/a/#-1001987654321" });
  const messages = extractAll();
  assert.deepEqual(
    messages.map(({ contact, direction, text }) => [contact, direction, text]),
    [
      ["Mateo", "incoming", "quién juega hoy?"],
      ["Mateo", "incoming", "yo pongo el server"],
      ["Gamers 7B", "outgoing", "yooo"],
      ["Lucía", "incoming", "yo también"],
      ["Lucía", "incoming", "a las 5?"],
    ],
  );
});

test("extract_LongText_IsReturnedWholeForTheSenderToClip", () => {
  const { adapter, document } = loadSite("telegram-a");
  const [container] = adapter.findContainers(document);
  const row = document.getElementById("message1203");
  row.querySelector(".text-content").firstChild.nodeValue = "a".repeat(5000);
  assert.equal(adapter.extract(row, container).text.length, 5000);
});
