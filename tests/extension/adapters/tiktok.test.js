import assert from "node:assert/strict";
import { test } from "node:test";
import { fakeChrome, until, wait } from "../helpers/fake-chrome.js";
import { loadSite } from "../helpers/site-fixture.js";

const sent = (chrome) => chrome.sent.flatMap((request) => request.messages ?? []);

test("tiktok_Fixture_ExtractsExactlyTheExpectedMessages", () => {
  const { extractAll, visible, site } = loadSite("tiktok");
  assert.deepEqual(visible(extractAll()), site.expected);
});

test("tiktok_Matches_WwwTiktokOnlyAndReadsTheMessagesPathOnly", () => {
  const { adapter, document, navigate } = loadSite("tiktok");
  assert.equal(adapter.matches(new URL("https://www.tiktok.com/messages")), true);
  assert.equal(adapter.matches(new URL("https://tiktok.com.example.test/messages")), false);
  assert.equal(adapter.blockHelpKey, "blockHowTiktok");
  navigate("/foryou");
  assert.equal(adapter.findContainers(document).length, 0, "the feed is not a chat");
});

test("tiktok_Rows_SeparatorIsNotARowAndASharedVideoWithoutTextIsSkipped", () => {
  const { adapter, document } = loadSite("tiktok");
  const [container] = adapter.findContainers(document);
  const rows = adapter.rowsOf(container);
  assert.equal(rows.length, 5, "five chat items; the time separator is not one");
  assert.equal(adapter.extract(rows[2], container), null, "the shared video has no text");
});

test("tiktok_Keys_AreTheMessageIdsOfTheActionIcons", () => {
  const { extractAll } = loadSite("tiktok");
  assert.deepEqual(extractAll().map((message) => message.key), [
    "tiktok|7451238890012345601",
    "tiktok|7451238890012345602",
    "tiktok|7451238890012345604",
    "tiktok|7451238890012345605",
  ]);
});

test("tiktok_Direction_IsTheReversalOfTheActionsRowNotTheAvatar", () => {
  const { adapter, document } = loadSite("tiktok");
  const [container] = adapter.findContainers(document);
  const received = adapter.rowsOf(container)[0];
  received.querySelector('[data-e2e="chat-avatar"]').remove();
  assert.equal(adapter.extract(received, container).direction, "incoming", "a received item later in a run has no avatar");
  received.querySelector('[data-area="Actions"]').classList.replace("css-1kww6e3-DivMessageHorizontalContainer", "css-1kww6e3-DivMyMessageHorizontalContainer");
  assert.equal(adapter.extract(received, container).direction, "outgoing", "row-reverse is the child's own message");
});

test("tiktok_ReactionOnTheBubble_IsNotPartOfTheText", () => {
  const { extractAll } = loadSite("tiktok");
  assert.equal(extractAll()[2].text, "quieres jugar roblox mas tarde?");
});

test("tiktok_InThePipeline_NewMessageHistoryAndAnotherConversationWithoutReload", async () => {
  const chrome = fakeChrome();
  const { window } = loadSite("tiktok", { chrome });
  await until(() => sent(chrome).length >= 4);
  window.tiktokFixture.append("vas a estar sola?");
  await until(() => sent(chrome).length >= 5);
  window.tiktokFixture.prependHistory(["holi"]);
  await until(() => sent(chrome).length >= 6);
  window.tiktokFixture.openConversation({ convId: "0:1:7301112223334445556:7302223334445556667", nickname: "Sofi", uniqueId: "sofi.baila" });
  window.tiktokFixture.append("mañana clase?");
  await until(() => sent(chrome).length >= 7);
  await wait(400);
  assert.deepEqual(sent(chrome).slice(4).map((m) => [m.text, m.direction, m.contact, m.conversation, m.history ?? false]), [
    ["vas a estar sola?", "incoming", "lucas.gamer12", "tiktok:0:1:7301112223334445556:7309998887776665554", false],
    ["holi", "incoming", "lucas.gamer12", "tiktok:0:1:7301112223334445556:7309998887776665554", true],
    ["mañana clase?", "incoming", "sofi.baila", "tiktok:0:1:7301112223334445556:7302223334445556667", false],
  ]);
  window.SafeBrowse.protection.destroy();
});
