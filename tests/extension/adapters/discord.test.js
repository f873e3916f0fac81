import assert from "node:assert/strict";
import { test } from "node:test";
import { fakeChrome, until, wait } from "../helpers/fake-chrome.js";
import { loadSite } from "../helpers/site-fixture.js";

const sent = (chrome) => chrome.sent.flatMap((request) => request.messages ?? []);

test("discord_Fixture_ExtractsExactlyTheExpectedMessages", () => {
  const { extractAll, visible, site } = loadSite("discord");
  assert.deepEqual(visible(extractAll()), site.expected);
});

test("discord_Matches_DiscordOnly", () => {
  const { adapter } = loadSite("discord");
  assert.equal(adapter.matches(new URL("https://discord.com/channels/@me/1")), true);
  assert.equal(adapter.matches(new URL("https://discord.gg/abc")), false);
  assert.equal(adapter.blockHelpKey, "blockHowDiscord");
});

test("discord_Rows_SeparatorAndCallNoticeAreNotMessagesAndKeysAreTheRowIds", () => {
  const { adapter, document, extractAll } = loadSite("discord");
  const [container] = adapter.findContainers(document);
  assert.equal(adapter.rowsOf(container).length, 6, "the date divider is not a row");
  assert.equal(adapter.extract(adapter.rowsOf(container)[4], container), null, "the call notice");
  const [first, second] = extractAll();
  assert.equal(first.key, "discord|1098765432109876543-1311111111111111101");
  assert.equal(first.time, "2026-11-28T21:02:11.000Z");
  assert.equal(second.time, "2026-11-28T21:02:40.000Z", "a continuation row's hover time");
});

test("discord_ContinuationRowsAndReplies_CarryTheirOwnAuthorAndText", () => {
  const { extractAll } = loadSite("discord");
  const messages = extractAll();
  assert.equal(messages[3].text, "mi hermano no paraba de reírse", "the (edited) mark is not text");
  assert.equal(messages[3].direction, "outgoing", "the author of the run's first row");
  assert.equal(messages[4].text, "jaja mañana juegas?", "the quoted message is not part of the reply");
  assert.equal(messages[4].direction, "incoming", "the quoted author's avatar does not make it the child's");
});

test("discord_UserWithADefaultAvatar_IsRecognisedByName", () => {
  const { document, extractAll } = loadSite("discord");
  for (const img of document.querySelectorAll('img[src*="/avatars/222222222222222222/"]')) img.src = "https://cdn.discordapp.com/embed/avatars/3.png";
  assert.deepEqual(extractAll().map((m) => m.direction), ["incoming", "incoming", "outgoing", "outgoing", "incoming"]);
});

test("discord_MessageStillSending_IsReadOnceItIsSent", () => {
  const { window, extractAll } = loadSite("discord");
  window.discordFixture.append("ya voy", { fromMe: true });
  const pending = window.document.querySelector('ol[data-list-id="chat-messages"] li:last-of-type [id^="message-content-"]');
  pending.classList.add("isSending_c19a55");
  assert.equal(extractAll().length, 5);
  pending.classList.remove("isSending_c19a55");
  assert.equal(extractAll().at(-1).text, "ya voy");
});

test("discord_InThePipeline_HistoryRedrawAndAnotherChannel", async () => {
  const chrome = fakeChrome();
  const { window } = loadSite("discord", { chrome });
  await until(() => sent(chrome).length >= 5);
  window.discordFixture.append("sí, a las 4", { fromMe: true });
  window.discordFixture.append("y vas a estar sola?");
  await until(() => sent(chrome).length >= 7);
  window.discordFixture.prependHistory(["holi", "te agregué"]);
  await until(() => sent(chrome).length >= 9);
  window.discordFixture.redraw();
  window.discordFixture.openChannel({ channel: "1098765432100000099", partner: { id: "444444444444444444", name: "primo_juan" } });
  window.discordFixture.append("feliz cumple!!");
  await until(() => sent(chrome).length >= 10);
  await wait(400);
  const messages = sent(chrome);
  assert.deepEqual(messages.slice(5).map((m) => [m.text, m.direction, m.contact, m.history ?? false]), [
    ["sí, a las 4", "outgoing", "alex_15", false],
    ["y vas a estar sola?", "incoming", "alex_15", false],
    ["holi", "incoming", "alex_15", true],
    ["te agregué", "incoming", "alex_15", true],
    ["feliz cumple!!", "incoming", "primo_juan", false],
  ]);
  assert.equal(messages.at(-1).conversation, "discord:1098765432100000099");
  window.SafeBrowse.protection.destroy();
});
