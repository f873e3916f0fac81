import assert from "node:assert/strict";
import { test } from "node:test";
import { loadSite, readPage, readSite } from "../helpers/site-fixture.js";

const site = readSite("messenger");
const fixedNow = () => new Date("2026-11-28T10:00:00Z");

const messageRow = (heading, text, justify = "x1nhvcw1") => `<div role="row"><div role="gridcell">
  ${heading ? `<h5 class="xzpqnlu"><span>${heading}</span></h5>` : ""}
  <div class="x78zum5 x1q0g3np ${justify}"><div class="x78zum5 xdt5ytf"><div dir="auto" role="none"><div dir="auto">${text}</div></div></div></div>
</div></div>`;

const englishGroup = `<div role="main"><h2>Primos ❤️</h2>
  <div role="grid" aria-label="Messages in conversation titled Primos ❤️"><div>
    <div role="row"><h4><span dir="auto">Today 9:30 AM</span></h4></div>
    ${messageRow("Camilo sent", "quién va el domingo?")}
    ${messageRow("", "yo llevo la pelota")}
    ${messageRow("You sent", "yo voy", "x13a6bvl")}
    ${messageRow("Sara", "yo también")}
  </div></div></div>`;

test("matches_MessengerAndFacebookMessages_NotTheRestOfFacebook", () => {
  const { adapter } = loadSite("messenger");
  assert.equal(adapter.matches(new URL("https://www.messenger.com/t/1/")), true);
  assert.equal(adapter.matches(new URL("https://www.facebook.com/messages/t/1")), true);
  assert.equal(adapter.matches(new URL("https://www.facebook.com/marketplace/")), false);
  assert.equal(adapter.blockHelpKey, "blockHowMessenger");
});

test("extract_FixturePageInSpanish_EqualsSiteJsonExpected", () => {
  const { extractAll, visible } = loadSite("messenger");
  assert.deepEqual(visible(extractAll()), site.expected);
});

test("extract_FixturePage_SeparatorsSeenAndTypingRowsAreNotMessages", () => {
  const { adapter, document } = loadSite("messenger");
  const [container] = adapter.findContainers(document);
  const rows = adapter.rowsOf(container);
  assert.equal(rows.length, 9);
  assert.deepEqual(
    [...rows].map((row) => adapter.extract(row, container) === null),
    [true, false, false, false, false, true, false, true, true],
  );
});

test("findContainers_SidebarChatList_IsNotRead", () => {
  const { adapter, document } = loadSite("messenger");
  const containers = adapter.findContainers(document);
  assert.equal(containers.length, 1);
  assert.equal(containers[0].closest('[role="navigation"]'), null);
});

test("findContainers_NoThreadOpen_FindsNothing", () => {
  const { adapter, document } = loadSite("messenger", { url: "https://www.messenger.com/" });
  assert.equal(adapter.findContainers(document).length, 0);
});

test("extract_FacebookMessagesUrlInEnglishGroup_NamesEachAuthorAndCarriesThemDown", () => {
  const { extractAll } = loadSite("messenger", { html: englishGroup, url: "https://www.facebook.com/messages/t/100064512345678" });
  assert.deepEqual(
    extractAll().map(({ conversation, contact, direction, text }) => [conversation, contact, direction, text]),
    [
      ["messenger:100064512345678", "Camilo", "incoming", "quién va el domingo?"],
      ["messenger:100064512345678", "Camilo", "incoming", "yo llevo la pelota"],
      ["messenger:100064512345678", "Primos ❤️", "outgoing", "yo voy"],
      ["messenger:100064512345678", "Sara", "incoming", "yo también"],
    ],
  );
});

test("extract_GroupHeadingScrolledAway_FallsBackToAlignment", () => {
  const html = `<div role="main"><h2>Valentina Ruiz</h2><div role="grid" aria-label="Grid"><div>
    ${messageRow("", "sin encabezado", "x13a6bvl")}${messageRow("", "tampoco")}</div></div></div>
    <style>.x78zum5{display:flex}.xdt5ytf{flex-direction:column}.x1q0g3np{flex-direction:row}.x13a6bvl{justify-content:flex-end}.x1nhvcw1{justify-content:flex-start}</style>`;
  const { extractAll } = loadSite("messenger", { html, url: "https://www.messenger.com/e2ee/t/9876543210/" });
  assert.deepEqual(
    extractAll().map(({ conversation, contact, direction }) => [conversation, contact, direction]),
    [
      ["messenger:9876543210", "Valentina Ruiz", "outgoing"],
      ["messenger:9876543210", "Valentina Ruiz", "incoming"],
    ],
  );
});

test("extract_GroupHeadingScrolledAwayAndRowReversed_SideDecidesNotTheKeyword", () => {
  const html = `<div role="main"><h2>Valentina Ruiz</h2><div role="grid" aria-label="Grid"><div>
    ${messageRow("", "invertida", "x13a6bvl xreversed")}</div></div></div>
    <style>.x78zum5{display:flex}.xdt5ytf{flex-direction:column}.x1q0g3np{flex-direction:row}.x13a6bvl{justify-content:flex-end}.xreversed{flex-direction:row-reverse}</style>`;
  const { extractAll } = loadSite("messenger", { html, url: "https://www.messenger.com/t/9876543210/" });
  assert.deepEqual(extractAll().map(({ direction }) => direction), ["incoming"]);
});

test("extract_RowRenderedAgainAsANewNode_KeepsItsKey", () => {
  const { adapter, document } = loadSite("messenger");
  const [container] = adapter.findContainers(document);
  const row = adapter.rowsOf(container)[2];
  const before = adapter.extract(row, container, fixedNow);
  const copy = row.cloneNode(true);
  row.replaceWith(copy);
  assert.deepEqual([...adapter.rowsForNode(copy.querySelector("img"), [container])], [copy]);
  assert.deepEqual(adapter.extract(copy, container, fixedNow), before);
});

test("rowsForNode_OlderHistoryPrepended_ReturnsTheNewRowsFirstInOrder", () => {
  const { adapter, document } = loadSite("messenger");
  const [container] = adapter.findContainers(document);
  const older = document.createElement("div");
  older.innerHTML = `${messageRow("Valentina Ruiz", "te acuerdas de mí?")}${messageRow("Enviaste", "no", "x13a6bvl")}`;
  container.firstElementChild.prepend(older);
  const rows = adapter.rowsForNode(older, [container]);
  assert.equal(rows.length, 2);
  assert.equal(adapter.rowsOf(container)[0], rows[0]);
  assert.deepEqual(
    [...rows].map((row) => adapter.extract(row, container).direction),
    ["incoming", "outgoing"],
  );
});

test("extract_ConversationSwitchWithoutReload_GivesAnotherConversation", () => {
  const { adapter, document, navigate } = loadSite("messenger");
  const [container] = adapter.findContainers(document);
  const row = adapter.rowsOf(container)[1];
  assert.equal(adapter.extract(row, container).conversation, "messenger:7781234567890123");
  navigate("/t/100064512345678/");
  assert.equal(adapter.extract(row, container).conversation, "messenger:100064512345678");
});

test("extract_UnknownGridLabelLanguage_UsesTheHeaderName", () => {
  const html = readPage("messenger").replace("Mensajes de la conversación con Valentina Ruiz", "Mensagens na conversa com Valentina Ruiz");
  const { extractAll } = loadSite("messenger", { html });
  assert.ok(extractAll().every((message) => message.contact === "Valentina Ruiz"));
});
