import assert from "node:assert/strict";
import { test } from "node:test";
import { loadSite, readSite } from "../helpers/site-fixture.js";

const site = readSite("x");
const fixedNow = () => new Date("2026-11-28T10:00:00Z");

test("matches_XAndTwitter_Only", () => {
  const { adapter } = loadSite("x");
  assert.equal(adapter.matches(new URL("https://x.com/messages/1-2")), true);
  assert.equal(adapter.matches(new URL("https://twitter.com/messages/1-2")), true);
  assert.equal(adapter.matches(new URL("https://x.company.test/")), false);
  assert.equal(adapter.blockHelpKey, "blockHowX");
});

test("extract_FixturePage_EqualsSiteJsonExpected", () => {
  const { extractAll, visible } = loadSite("x");
  assert.deepEqual(visible(extractAll()), site.expected);
});

test("rowsOf_FixturePage_OnlyMessageEntriesNotHeaderSeparatorsOrInbox", () => {
  const { adapter, document } = loadSite("x");
  const containers = adapter.findContainers(document);
  assert.equal(containers.length, 1);
  const rows = adapter.rowsOf(containers[0]);
  assert.equal(rows.length, 5);
  assert.ok(rows.every((row) => row.getAttribute("data-testid") === "messageEntry"));
});

// X's received inner row also justifies to flex-end, reversed: only the reversal may turn a sent entry into a received one.
test("extract_SentEntryRestyledAsXsReceived_ReadsIncoming", () => {
  const { adapter, document } = loadSite("x");
  const [container] = adapter.findContainers(document);
  const sent = adapter.rowsOf(container)[1];
  assert.equal(adapter.extract(sent, container).direction, "outgoing");
  const restyled = sent.cloneNode(true);
  restyled.classList.replace("r-obd0qt", "r-1habvwh");
  restyled.firstElementChild.classList.replace("r-18u37iz", "r-15d164r");
  assert.ok(restyled.firstElementChild.classList.contains("r-17s6mgv"), "still justified to flex-end");
  sent.replaceWith(restyled);
  assert.equal(adapter.extract(restyled, container).direction, "incoming");
});

test("extract_CellRecycledAsANewNode_KeepsItsKey", () => {
  const { adapter, document } = loadSite("x");
  const [container] = adapter.findContainers(document);
  const entry = adapter.rowsOf(container)[2];
  const before = adapter.extract(entry, container, fixedNow);
  const cell = entry.closest('[data-testid="cellInnerDiv"]');
  const copy = cell.cloneNode(true);
  cell.replaceWith(copy);
  const [found] = adapter.rowsForNode(copy, [container]);
  assert.deepEqual(adapter.extract(found, container, fixedNow), before);
});

test("extract_OtherConversationOpenedWithoutReload_GivesAnotherConversation", () => {
  const { adapter, document, navigate } = loadSite("x");
  const [container] = adapter.findContainers(document);
  const entry = adapter.rowsOf(container)[0];
  navigate("/messages/1234567890-5556667777");
  assert.equal(adapter.extract(entry, container).conversation, "x:1234567890-5556667777");
});

test("extract_DmDrawerOverTheTimeline_NamesTheConversationByItsTitle", () => {
  const { adapter, document } = loadSite("x", { url: "https://x.com/home" });
  const [container] = adapter.findContainers(document);
  assert.equal(adapter.extract(adapter.rowsOf(container)[0], container).conversation, "x:drawer:Leo M");
});

test("extract_GroupDm_EachRunTakesTheAvatarBelowIt", () => {
  const { adapter, document, extractAll } = loadSite("x", { url: "https://x.com/messages/1700000000000000000" });
  document.querySelector("#detail-header span").textContent = "Squad";
  const [container] = adapter.findContainers(document);
  const [first, , third] = adapter.rowsOf(container);
  for (const [entry, screenName] of [[first, "leo_m_gamer"], [third, "nico_77"]]) {
    entry.firstElementChild.insertAdjacentHTML("afterbegin", `<div><a href="/${screenName}" role="link"><img alt="" src="data:,"></a></div>`);
  }
  assert.deepEqual(
    extractAll().map(({ contact, direction }) => `${direction}:${contact}`),
    ["incoming:leo_m_gamer", "outgoing:Squad", "incoming:nico_77", "outgoing:Squad", "outgoing:Squad"],
  );
});

test("rowsForNode_NewEntryAppended_ReturnsIt", () => {
  const { adapter, document } = loadSite("x");
  const [container] = adapter.findContainers(document);
  const cells = container.querySelectorAll('[data-testid="cellInnerDiv"]');
  const fresh = cells[2].cloneNode(true);
  fresh.querySelector('[data-testid="tweetText"] span').textContent = "me pasas tu número?";
  cells[cells.length - 1].after(fresh);
  const rows = adapter.rowsForNode(fresh.querySelector("span").firstChild, [container]);
  assert.equal(rows.length, 1);
  const message = adapter.extract(rows[0], container);
  assert.equal(message.text, "me pasas tu número?");
  assert.equal(message.direction, "incoming");
  assert.equal(message.contact, "Leo M");
});
