import assert from "node:assert/strict";
import { test } from "node:test";
import { fakeChrome, until, wait } from "../helpers/fake-chrome.js";
import { loadSite } from "../helpers/site-fixture.js";

const sent = (chrome) => chrome.sent.flatMap((request) => request.messages ?? []);

test("telegramK_Fixture_ExtractsExactlyTheExpectedMessages", () => {
  const { extractAll, visible, site } = loadSite("telegram-k");
  assert.deepEqual(visible(extractAll()), site.expected);
});

test("telegramK_Matches_OnlyTheKVersion", () => {
  const { adapter } = loadSite("telegram-k");
  assert.equal(adapter.matches(new URL("https://web.telegram.org/k/#5021337001")), true);
  assert.equal(adapter.matches(new URL("https://web.telegram.org/a/#5021337001")), false);
  assert.equal(adapter.blockHelpKey, "blockHowTelegram");
});

test("telegramK_Bubbles_DateAndJoinNoticeAreNotMessagesKeyIsPeerAndMidTimeIsTheTimestamp", () => {
  const { adapter, document, extractAll } = loadSite("telegram-k");
  const [container] = adapter.findContainers(document);
  const rows = adapter.rowsOf(container);
  assert.equal(rows.length, 4, "the sticky date has no data-mid");
  assert.equal(adapter.extract(rows[0], container), null, "the join notice");
  const [first] = extractAll();
  assert.equal(first.key, "telegram|5021337001|8001");
  assert.equal(first.time, "2026-11-28T21:02:00.000Z");
});

test("telegramK_MessageBeingSent_IsReadOnlyUnderTheServersId", () => {
  const { window, extractAll } = loadSite("telegram-k");
  const confirm = window.telegramFixture.send("ya salgo");
  assert.equal(extractAll().length, 3, "not under its temporary id");
  confirm();
  const last = extractAll().at(-1);
  assert.equal(last.text, "ya salgo");
  assert.equal(last.key, "telegram|5021337001|8004");
});

test("telegramK_GroupChat_AuthorComesFromTheFirstBubbleOfTheSendersGroup", () => {
  const { window, extractAll } = loadSite("telegram-k");
  window.telegramFixture.openChat({ peer: "-1001987654321", title: "Club de robótica" });
  window.telegramFixture.append("reunión el jueves", { author: "Profe Ana" });
  window.telegramFixture.append("traigan los sensores");
  window.telegramFixture.append("ok!", { fromMe: true });
  assert.deepEqual(extractAll().map((m) => [m.conversation, m.contact, m.direction]), [
    ["telegram:-1001987654321", "Profe Ana", "incoming"],
    ["telegram:-1001987654321", "Profe Ana", "incoming"],
    ["telegram:-1001987654321", "Club de robótica", "outgoing"],
  ]);
});

test("telegramK_InThePipeline_SentMessageOnceHistoryRedrawAndAnotherChat", async () => {
  const chrome = fakeChrome();
  const { window } = loadSite("telegram-k", { chrome });
  await until(() => sent(chrome).length >= 3);
  const confirm = window.telegramFixture.send("¿a qué hora salimos?");
  await wait(300);
  confirm();
  await until(() => sent(chrome).length >= 4);
  window.telegramFixture.prependHistory(["hola", "soy Mateo, del colegio"]);
  await until(() => sent(chrome).length >= 6);
  window.telegramFixture.redraw();
  window.telegramFixture.openChat({ peer: "5021337002", title: "Abuela" });
  window.telegramFixture.append("¿cómo te fue hoy, mi amor?");
  await until(() => sent(chrome).length >= 7);
  await wait(400);
  const messages = sent(chrome);
  assert.deepEqual(messages.slice(3).map((m) => [m.text, m.key, m.history ?? false]), [
    ["¿a qué hora salimos?", "telegram|5021337001|8004", false],
    ["hola", "telegram|5021337001|7998", true],
    ["soy Mateo, del colegio", "telegram|5021337001|7999", true],
    ["¿cómo te fue hoy, mi amor?", "telegram|5021337002|8005", false],
  ]);
  assert.equal(messages.at(-1).contact, "Abuela");
  window.SafeBrowse.protection.destroy();
});
