import assert from "node:assert/strict";
import { test } from "node:test";
import { loadSite, readPage, readSite } from "../helpers/site-fixture.js";

const site = readSite("instagram");
const fixedNow = () => new Date("2026-11-28T10:00:00Z");

const rowByText = (adapter, document, text) => {
  const [container] = adapter.findContainers(document);
  const row = adapter.rowsOf(container).find((candidate) => adapter.extract(candidate, container)?.text === text);
  return { container, row };
};

test("matches_Instagram_OnlyWww", () => {
  const { adapter } = loadSite("instagram");
  assert.equal(adapter.matches(new URL("https://www.instagram.com/direct/t/1/")), true);
  assert.equal(adapter.matches(new URL("https://www.instagram.com.evil.test/direct/t/1/")), false);
  assert.equal(adapter.blockHelpKey, "blockHowInstagram");
});

test("extract_FixturePage_EqualsSiteJsonExpected", () => {
  const { extractAll, visible } = loadSite("instagram");
  assert.deepEqual(visible(extractAll()), site.expected);
});

test("extract_FixturePage_SeparatorsSeenAndProfileIntroAreNotMessagesAndKeysAreDistinct", () => {
  const { adapter, document, extractAll } = loadSite("instagram");
  const [container] = adapter.findContainers(document);
  const rows = adapter.rowsOf(container);
  assert.equal(rows.length, 11);
  const texts = rows.map((row) => adapter.extract(row, container)?.text ?? null);
  assert.equal(texts[0], null);
  assert.equal(texts[1], null);
  assert.equal(texts.at(-1), null);
  const keys = extractAll().map((message) => message.key);
  assert.equal(new Set(keys).size, keys.length);
});

test("findContainers_InboxPreviewsAndComposer_AreNotRead", () => {
  const { adapter, document } = loadSite("instagram");
  const containers = adapter.findContainers(document);
  assert.equal(containers.length, 1);
  assert.equal(containers[0].closest('[role="list"]'), null);
});

test("findContainers_InboxWithoutAnOpenThread_FindsNothing", () => {
  const { adapter, document } = loadSite("instagram", { url: "https://www.instagram.com/direct/inbox/" });
  assert.equal(adapter.findContainers(document).length, 0);
});

test("findContainers_SpanishPaneLabel_StillFindsTheThread", () => {
  const html = readPage("instagram").replace('aria-label="Conversation with alexr_07"', 'aria-label="Conversación con alexr_07"');
  const { extractAll } = loadSite("instagram", { html });
  assert.equal(extractAll().length, site.expected.length);
});

test("findContainers_UnknownPaneLabel_FindsTheThreadBesideTheComposer", () => {
  const html = readPage("instagram").replace('aria-label="Conversation with alexr_07"', 'aria-label="Conversa com alexr_07"');
  const { adapter, document, extractAll, visible } = loadSite("instagram", { html });
  assert.equal(adapter.findContainers(document).length, 1);
  assert.deepEqual(visible(extractAll()), site.expected);
});

test("extract_DirectionComesFromComputedJustifyContent", () => {
  const { adapter, document } = loadSite("instagram");
  const { container, row } = rowByText(adapter, document, "why");
  assert.equal(adapter.extract(row, container).direction, "outgoing");
  const leftAligned = row.cloneNode(true);
  leftAligned.querySelector('[role="none"]').classList.replace("x13a6bvl", "x1nhvcw1");
  row.replaceWith(leftAligned);
  assert.equal(adapter.extract(leftAligned, container).direction, "incoming");
});

// flex-end in a reversed row is the start of the line: the side decides, not the keyword.
test("extract_SentWrapperReversed_ReadsIncoming", () => {
  const { adapter, document } = loadSite("instagram");
  document.head.insertAdjacentHTML("beforeend", "<style>.row-reversed { flex-direction: row-reverse; }</style>");
  const { container, row } = rowByText(adapter, document, "why");
  const reversed = row.cloneNode(true);
  const wrapper = reversed.querySelector('[role="none"]');
  assert.ok(wrapper.classList.contains("x13a6bvl"), "still justified to flex-end");
  wrapper.classList.replace("x1q0g3np", "row-reversed");
  row.replaceWith(reversed);
  assert.equal(adapter.extract(reversed, container).direction, "incoming");
});

test("extract_RowRenderedAgainAsANewNode_KeepsItsKey", () => {
  const { adapter, document } = loadSite("instagram");
  const { container, row } = rowByText(adapter, document, "u play fortnite?");
  const before = adapter.extract(row, container, fixedNow);
  const copy = row.cloneNode(true);
  row.replaceWith(copy);
  assert.deepEqual([...adapter.rowsForNode(copy.querySelector('[dir="auto"] [dir="auto"]').firstChild, [container])], [copy]);
  assert.deepEqual(adapter.extract(copy, container, fixedNow), before);
});

test("extract_SameTextTwice_GetsTwoKeysThatSurviveARerender", () => {
  const { adapter, document, extractAll } = loadSite("instagram");
  const okKeys = () => extractAll().filter((message) => message.text === "ok").map((message) => message.key);
  const before = okKeys();
  assert.equal(new Set(before).size, 2);
  const [container] = adapter.findContainers(document);
  for (const row of adapter.rowsOf(container)) row.replaceWith(row.cloneNode(true));
  assert.deepEqual(okKeys(), before);
});

test("rowsForNode_NewMessageAppended_ReturnsThatRow", () => {
  const { adapter, document } = loadSite("instagram");
  const [container] = adapter.findContainers(document);
  const rows = adapter.rowsOf(container);
  const fresh = rows[3].cloneNode(true);
  fresh.querySelector('[role="presentation"] [dir="auto"] [dir="auto"]').textContent = "send me a pic";
  rows.at(-1).after(fresh);
  assert.deepEqual([...adapter.rowsForNode(fresh, [container])], [fresh]);
  const message = adapter.extract(fresh, container);
  assert.equal(message.text, "send me a pic");
  assert.equal(message.contact, "alexr_07");
  assert.equal(message.direction, "incoming");
});

test("extract_ThreadSwitchWithoutReload_GivesAnotherConversation", () => {
  const { adapter, document, navigate } = loadSite("instagram");
  const { container, row } = rowByText(adapter, document, "why");
  const before = adapter.extract(row, container).conversation;
  navigate("/direct/t/340282366841710300949128/");
  assert.equal(before, "instagram:17843960123456789");
  assert.equal(adapter.extract(row, container).conversation, "instagram:340282366841710300949128");
});

test("extract_GroupThread_EachRunTakesTheAvatarBelowIt", () => {
  const { adapter, document, extractAll } = loadSite("instagram", { url: "https://www.instagram.com/direct/t/340282366841710300949128/" });
  const [container] = adapter.findContainers(document);
  document.querySelector('[aria-label^="Conversation with"]').setAttribute("aria-label", "Conversation with Squad 🎮");
  for (const link of document.querySelectorAll('.thread a[href="/alexr_07/"]')) if (!container.contains(link)) link.removeAttribute("href");
  const { row } = rowByText(adapter, document, "u play fortnite?");
  const mateo = row.cloneNode(true);
  mateo.querySelector('a[href="/alexr_07/"]').setAttribute("href", "/mateo.r/");
  row.replaceWith(mateo);
  const contacts = extractAll().map(({ contact, direction }) => `${direction}:${contact}`);
  assert.deepEqual(contacts, [
    "incoming:mateo.r",
    "incoming:mateo.r",
    "outgoing:Squad 🎮",
    "outgoing:Squad 🎮",
    "incoming:alexr_07",
    "outgoing:Squad 🎮",
    "outgoing:Squad 🎮",
  ]);
});
