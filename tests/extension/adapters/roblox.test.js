import assert from "node:assert/strict";
import { test } from "node:test";
import { fakeChrome, until, wait } from "../helpers/fake-chrome.js";
import { loadSite } from "../helpers/site-fixture.js";

const sent = (chrome) => chrome.sent.flatMap((request) => request.messages ?? []);

test("roblox_Fixture_ExtractsExactlyTheExpectedMessages", () => {
  const { extractAll, visible, site } = loadSite("roblox");
  assert.deepEqual(visible(extractAll()), site.expected);
});

test("roblox_Matches_WwwRobloxOnly", () => {
  const { adapter } = loadSite("roblox");
  assert.equal(adapter.matches(new URL("https://www.roblox.com/games/1818/Classic-Crossroads")), true);
  assert.equal(adapter.matches(new URL("https://create.roblox.com/docs")), false);
  assert.equal(adapter.blockHelpKey, "blockHowRoblox");
});

test("roblox_Rows_SystemMessageAndTypingIndicatorAreNotMessages", () => {
  const { adapter, document } = loadSite("roblox");
  const [container] = adapter.findContainers(document);
  const rows = adapter.rowsOf(container);
  assert.equal(rows.length, 6);
  assert.equal(adapter.extract(rows[3], container), null, "the presence system message");
  assert.equal(adapter.extract(rows[5], container), null, "the typing indicator");
});

test("roblox_Text_IsThePiecesNotTheTimestampAbove", () => {
  const { extractAll } = loadSite("roblox");
  assert.equal(extractAll()[0].text, "holaa juegas adopt me?");
});

test("roblox_Direction_OnlyIncomingRowsAreMarked", () => {
  const { adapter, document } = loadSite("roblox");
  const [container] = adapter.findContainers(document);
  const own = adapter.rowsOf(container)[2];
  assert.equal(adapter.extract(own, container).direction, "outgoing");
  own.classList.add("message-inbound");
  assert.equal(adapter.extract(own, container).direction, "incoming");
});

test("roblox_MessageStillSending_IsReadOnceSent", () => {
  const { adapter, document, window } = loadSite("roblox");
  window.robloxFixture.append("ya voy", { fromMe: true });
  const [container] = adapter.findContainers(document);
  const bubble = [...container.querySelectorAll(".dialog-message")].at(-2);
  const row = bubble.closest("li");
  bubble.classList.add("message-is-sending");
  assert.equal(adapter.extract(row, container), null);
  bubble.classList.remove("message-is-sending");
  assert.equal(adapter.extract(row, container).text, "ya voy");
});

test("roblox_GroupRunAfterTheChildsMessage_TakesItsOwnAuthor", () => {
  const { adapter, document } = loadSite("roblox");
  const [, group] = adapter.findContainers(document);
  const rows = adapter.rowsOf(group);
  rows[1].querySelector(".dialog-message-author span").textContent = "nico_builds";
  assert.equal(adapter.extract(rows[1], group).contact, "nico_builds", "every incoming row names its author, shown or not");
});

test("roblox_InThePipeline_NewHistoryAndANewDialogOnTheSamePage", async () => {
  const chrome = fakeChrome();
  const { window } = loadSite("roblox", { chrome });
  await until(() => sent(chrome).length >= 7);
  window.robloxFixture.append("agregame en discord");
  await until(() => sent(chrome).length >= 8);
  window.robloxFixture.prependHistory(["holi"]);
  await until(() => sent(chrome).length >= 9);
  window.robloxFixture.openDialog({ id: "7130077733", name: "primo_juan" });
  window.robloxFixture.append("feliz cumple!!");
  await until(() => sent(chrome).length >= 10, 5000);
  await wait(400);
  assert.deepEqual(sent(chrome).slice(7).map((m) => [m.text, m.direction, m.contact, m.conversation, m.history ?? false]), [
    ["agregame en discord", "incoming", "xXdavid_proXx", "roblox:7130045511", false],
    ["holi", "incoming", "xXdavid_proXx", "roblox:7130045511", true],
    ["feliz cumple!!", "incoming", "primo_juan", "roblox:7130077733", false],
  ]);
  window.SafeBrowse.protection.destroy();
});
