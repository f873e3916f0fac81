import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { fakeChrome, until, wait } from "../helpers/fake-chrome.js";
import { loadSite } from "../helpers/site-fixture.js";

const sent = (chrome) => chrome.sent.flatMap((request) => request.messages ?? []);

test("whatsapp_Fixture_ExtractsExactlyTheExpectedMessages", () => {
  const { extractAll, visible, site } = loadSite("whatsapp");
  assert.deepEqual(visible(extractAll()), site.expected);
});

test("whatsapp_Matches_OnlyWhatsAppWeb", () => {
  const { adapter } = loadSite("whatsapp");
  assert.equal(adapter.matches(new URL("https://web.whatsapp.com/")), true);
  assert.equal(adapter.matches(new URL("https://www.whatsapp.com/")), false);
  assert.equal(adapter.blockHelpKey, "blockHowWhatsapp");
});

test("whatsapp_SeparatorsAndEncryptionNotice_AreNotMessages", () => {
  const { adapter, document } = loadSite("whatsapp");
  const [container] = adapter.findContainers(document);
  const rows = adapter.rowsOf(container);
  assert.equal(rows.length, 5);
  assert.equal(adapter.extract(rows[0], container), null, "end-to-end encryption notice");
  assert.equal(adapter.extract(rows[1], container), null, "date separator");
});

test("whatsapp_Message_KeyIsTheDataIdAndTimeComesFromPrePlainText", () => {
  const { extractAll } = loadSite("whatsapp");
  const [first, second] = extractAll();
  assert.equal(first.key, "whatsapp|false_573001234567@c.us_3A12F0908922EFDD735D");
  assert.equal(second.key, "whatsapp|true_573001234567@c.us_AC4140A2A99DD53053CE509326DB5878");
  assert.equal(new Date(first.time).getMinutes(), 2);
  assert.equal(new Date(first.time).getDate(), 28);
});

test("whatsapp_Direction_ComesFromTheBubbleInsideTheRowNotAClassAboveIt", () => {
  const { adapter, document } = loadSite("whatsapp");
  const [container] = adapter.findContainers(document);
  container.classList.add("message-out");
  const received = adapter
    .rowsOf(container)
    .map((row) => adapter.extract(row, container))
    .filter((message) => message?.key.startsWith("whatsapp|false_"));
  assert.ok(received.length > 0, "the fixture's received messages");
  assert.deepEqual(new Set(received.map((message) => message.direction)), new Set(["incoming"]));
});

test("whatsapp_Stamps_TwelveAndTwentyFourHourClocksAreRead", () => {
  const { adapter, document } = loadSite("whatsapp");
  const [container] = adapter.findContainers(document);
  const meta = container.querySelector("[data-pre-plain-text]");
  const row = meta.closest('[role="row"]');
  const hourOf = (stamp) => {
    meta.setAttribute("data-pre-plain-text", `[${stamp}] Sofi: `);
    return new Date(adapter.extract(row, container).time).getHours();
  };
  assert.equal(hourOf("12:05 AM, 11/28/2026"), 0);
  assert.equal(hourOf("12:05 PM, 11/28/2026"), 12);
  assert.equal(hourOf("4:08 p. m., 11/28/2026"), 16);
  assert.equal(hourOf("16:08, 11/28/2026"), 16);
});

test("whatsapp_Stamps_AcrossDaylightSavingChanges_ReadAsTheLocalClockSays", async (t) => {
  const { adapter, document, window } = loadSite("whatsapp");
  const [container] = adapter.findContainers(document);
  const meta = container.querySelector("[data-pre-plain-text]");
  const row = meta.closest('[role="row"]');
  const timeOf = (stamp) => {
    meta.setAttribute("data-pre-plain-text", `[${stamp}] Sofi: `);
    return adapter.extract(row, container).time;
  };
  const zoneBefore = process.env.TZ;
  t.after(() => {
    if (zoneBefore === undefined) delete process.env.TZ;
    else process.env.TZ = zoneBefore;
  });
  // Days a zone's offset changes, the days either side, and one zone that changes at midnight (Santiago) and one by
  // half an hour (Lord Howe): each stamp must read as the page's own Date reads the same local clock.
  // Bogotá and Madrid read the same day one after the other: a zone the computer moves to counts from the next pass.
  const days = { "America/New_York": ["3/7", "3/8", "3/9", "10/31", "11/1", "11/2"], "Europe/Madrid": ["3/29", "10/25", "11/28"],
    "America/Bogota": ["11/28"], "America/Santiago": ["4/4", "4/5", "9/5", "9/6"], "Australia/Lord_Howe": ["4/5", "10/4"] };
  let compared = 0;
  for (const [zone, dates] of Object.entries(days)) {
    await new Promise(setImmediate);
    process.env.TZ = zone;
    for (const date of dates) {
      const [month, day] = date.split("/").map(Number);
      for (let hour = 0; hour < 24; hour += 1) {
        for (const minute of [0, 15, 30, 59]) {
          const stamp = `${hour}:${String(minute).padStart(2, "0")}, ${month}/${day}/2026`;
          assert.equal(timeOf(stamp), new window.Date(2026, month - 1, day, hour, minute).toISOString(), `${zone} ${stamp}`);
          compared += 1;
        }
      }
    }
  }
  assert.equal(compared, 16 * 24 * 4);
});

test("whatsapp_RowsDrawnAgain_KeepTheirKeys", () => {
  const { window, extractAll } = loadSite("whatsapp");
  const before = extractAll().map((message) => message.key);
  window.whatsappFixture.redraw();
  assert.deepEqual(extractAll().map((message) => message.key), before);
});

test("whatsapp_GroupChat_AuthorIsTheContactOfIncomingAndTheGroupOfOutgoing", () => {
  const { window, extractAll } = loadSite("whatsapp");
  window.whatsappFixture.openChat({ chat: "120363025555555555@g.us", title: "Grupo 7B" });
  window.whatsappFixture.append("alguien tiene las fotocopias?", { author: "Mateo" });
  window.whatsappFixture.append("yo las tengo", { author: "Vale" });
  window.whatsappFixture.append("gracias!!", { fromMe: true });
  const messages = extractAll();
  assert.deepEqual(messages.map((m) => [m.conversation, m.contact, m.direction]), [
    ["whatsapp:120363025555555555@g.us", "Mateo", "incoming"],
    ["whatsapp:120363025555555555@g.us", "Vale", "incoming"],
    ["whatsapp:120363025555555555@g.us", "Grupo 7B", "outgoing"],
  ]);
});

test("whatsapp_InThePipeline_NewRowsAreCurrentOlderRowsAreHistoryAndAnotherChatIsItsOwnConversation", async () => {
  const chrome = fakeChrome();
  const { window } = loadSite("whatsapp", { chrome });
  await until(() => sent(chrome).length >= 3);
  window.whatsappFixture.append("y el de mate?");
  await until(() => sent(chrome).length >= 4);
  window.whatsappFixture.prependHistory(["buenas", "a qué hora es el partido?"]);
  await until(() => sent(chrome).length >= 6);
  window.whatsappFixture.redraw();
  window.whatsappFixture.openChat({ chat: "573007654321@c.us", title: "Tío Andrés" });
  window.whatsappFixture.append("¿vienes el domingo?");
  await until(() => sent(chrome).length >= 7);
  await wait(400);
  const messages = sent(chrome);
  assert.deepEqual(messages.map((m) => [m.text, m.history ?? false]), [
    ["hola! ya hiciste la tarea de sociales?", false],
    ["casi, me falta el mapa 😅", false],
    ["te paso el mío mañana en el recreo", false],
    ["y el de mate?", false],
    ["buenas", true],
    ["a qué hora es el partido?", true],
    ["¿vienes el domingo?", false],
  ]);
  assert.equal(messages.at(-1).conversation, "whatsapp:573007654321@c.us");
  assert.equal(messages.at(-1).contact, "Tío Andrés");
  window.SafeBrowse.protection.destroy();
});

// Every call a content script makes into the page costs it a crossing between worlds, and a busy chat brings hundreds
// of rows a burst: reading one (finding it from the node the page added, then its message) is held to a count of
// calls, not to a time. Calls the DOM makes inside another call are not ours and are not counted.
test("whatsapp_NewRow_IsFoundAndReadWithinItsBudgetOfCallsIntoThePage", () => {
  const { window, document, adapter } = loadSite("whatsapp");
  window.eval(readFileSync(new URL("../../../extension/src/content/own-ui.js", import.meta.url), "utf8"));
  const [container] = adapter.findContainers(document);
  const rows = adapter.rowsOf(container).filter((row) => adapter.extract(row, container) !== null);
  assert.ok(rows.length >= 3, "the fixture's message rows");

  let calls = 0;
  let depth = 0;
  const counted = (fn) =>
    function (...args) {
      if (depth === 0) calls += 1;
      depth += 1;
      try {
        return fn.apply(this, args);
      } finally {
        depth -= 1;
      }
    };
  const { Element, Node, DOMTokenList, NodeList } = window;
  for (const [proto, names] of [
    [Element.prototype, ["querySelector", "querySelectorAll", "matches", "closest", "getAttribute", "hasAttribute"]],
    [Node.prototype, ["contains", "compareDocumentPosition"]],
    [DOMTokenList.prototype, ["contains"]],
  ]) {
    for (const name of names) proto[name] = counted(proto[name]);
  }
  for (const [proto, names] of [
    [Element.prototype, ["classList", "previousElementSibling", "children", "tagName"]],
    [Node.prototype, ["textContent", "isConnected", "parentElement", "parentNode", "nodeType", "nodeName", "ownerDocument", "firstChild"]],
    [NodeList.prototype, ["length"]],
  ]) {
    for (const name of names) {
      const { get, ...rest } = Object.getOwnPropertyDescriptor(proto, name);
      Object.defineProperty(proto, name, { ...rest, get: counted(get) });
    }
  }

  for (const row of rows) for (const found of adapter.rowsForNode(row, [container])) adapter.extract(found, container);
  const perRow = calls / rows.length;
  assert.ok(perRow <= 22, `reading a row made ${perRow} calls into the page`);
});
