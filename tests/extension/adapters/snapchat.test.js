import assert from "node:assert/strict";
import { test } from "node:test";
import { fakeChrome, until, wait } from "../helpers/fake-chrome.js";
import { loadSite } from "../helpers/site-fixture.js";

const sent = (chrome) => chrome.sent.flatMap((request) => request.messages ?? []);
const fixedNow = () => new Date("2026-11-28T10:00:00Z");

test("snapchat_Fixture_ExtractsExactlyTheExpectedMessages", () => {
  const { extractAll, visible, site } = loadSite("snapchat");
  assert.deepEqual(visible(extractAll()), site.expected);
});

test("snapchat_Matches_BothWebAddressesOnly", () => {
  const { adapter } = loadSite("snapchat");
  assert.equal(adapter.matches(new URL("https://www.snapchat.com/web/abc")), true);
  assert.equal(adapter.matches(new URL("https://web.snapchat.com/abc")), true);
  assert.equal(adapter.matches(new URL("https://www.snapchat.com/spotlight")), false);
  assert.equal(adapter.blockHelpKey, "blockHowSnapchat");
});

test("snapchat_Rows_AreTheTextsNotTheSnapOrTheDaySeparator", () => {
  const { adapter, document } = loadSite("snapchat");
  const [container] = adapter.findContainers(document);
  assert.equal(container.id, "cv-6a0d2f7e-1c1b-4b2e-9a53-0a7d3c2e9f11");
  assert.deepEqual([...adapter.rowsOf(container)].map((row) => row.textContent), ["ey q mas", "te vi en el parche del colegio 😄", "jaja si", "mañana hay partido?", "si a las 3"]);
});

test("snapchat_Direction_HeaderWordInEnglishOrSpanish", () => {
  const { adapter, document } = loadSite("snapchat");
  const [container] = adapter.findContainers(document);
  for (const header of document.querySelectorAll("header .nonIntl")) if (header.textContent === "Me") header.textContent = "YO";
  assert.deepEqual([...adapter.rowsOf(container)].map((row) => adapter.extract(row, container).direction), ["incoming", "incoming", "outgoing", "incoming", "outgoing"]);
});

test("snapchat_Direction_BlockWithoutHeaderIsToldByItsBorder", () => {
  const { adapter, document } = loadSite("snapchat");
  const [container] = adapter.findContainers(document);
  const continuation = adapter.rowsOf(container)[1];
  assert.equal(adapter.extract(continuation, container).direction, "incoming", "blue border");
  assert.equal(adapter.extract(continuation, container).contact, "Andrés", "named by the run's header above");
  continuation.closest(".KB4Aq").classList.add("Mi2Ms");
  assert.equal(adapter.extract(continuation, container).direction, "outgoing", "red border");
  continuation.closest(".KB4Aq").style.borderColor = "rgb(0, 0, 0)";
  assert.equal(adapter.extract(continuation, container), null, "neither colour nor header: not guessed");
});

test("snapchat_HiddenListOfAnotherConversation_IsNotRead", () => {
  const { adapter, document } = loadSite("snapchat");
  document.querySelector(".O2aHg").insertAdjacentHTML("beforeend", `<ul class="ujRzj" id="cv-0f1e2d3c" style="display: none"><li><div class="T1yt2"><header class="R1ne3"><span class="nonIntl">Mamá</span></header><div class="KB4Aq"><span class="ogn1z">ya llegaste?</span></div></div></li></ul>`);
  assert.equal(adapter.findContainers(document).length, 1);
});

test("snapchat_ChildWritesFirst_KeyStaysWhenThePartnerAnswers", () => {
  const { adapter, document, window } = loadSite("snapchat");
  window.snapchatFixture.openConversation({ id: "1111", name: "Andrés" });
  window.snapchatFixture.append("hola", { fromMe: true });
  const [container] = adapter.findContainers(document);
  const [row] = adapter.rowsOf(container);
  const before = adapter.extract(row, container, fixedNow);
  assert.equal(before.contact, "unknown", "nobody else has written yet");
  window.snapchatFixture.append("hola! quien eres?");
  const after = adapter.extract(row, container, fixedNow);
  assert.equal(after.contact, "Andrés");
  assert.equal(after.key, before.key, "the same message is not scored again");
});

test("snapchat_InThePipeline_RunsHistoryAndAnotherConversation", async () => {
  const chrome = fakeChrome();
  const { window } = loadSite("snapchat", { chrome });
  await until(() => sent(chrome).length >= 5);
  window.snapchatFixture.append("y tus papas?");
  window.snapchatFixture.append("no estan", { fromMe: true });
  await until(() => sent(chrome).length >= 7);
  window.snapchatFixture.prependHistory(["holi"]);
  await until(() => sent(chrome).length >= 8);
  window.snapchatFixture.openConversation({ id: "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0", name: "Mamá" });
  window.snapchatFixture.append("ya llegaste?");
  await until(() => sent(chrome).length >= 9);
  await wait(400);
  assert.deepEqual(sent(chrome).slice(5).map((m) => [m.text, m.direction, m.contact, m.history ?? false]), [
    ["y tus papas?", "incoming", "Andrés", false],
    ["no estan", "outgoing", "Andrés", false],
    ["holi", "incoming", "Andrés", true],
    ["ya llegaste?", "incoming", "Mamá", false],
  ]);
  assert.equal(sent(chrome).at(-1).conversation, "snapchat:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0");
  window.SafeBrowse.protection.destroy();
});
