import assert from "node:assert/strict";
import { test } from "node:test";
import { contentWindow } from "./helpers/content-window.js";

const FIXTURE = `<main><h1>Chat with alex_15</h1>
  <div id="chat" role="log" aria-label="Chat with alex_15" style="height:400px;overflow:auto">
    <div class="message incoming" data-id="m1"><span class="author">alex_15</span><p class="text">hey there</p><time datetime="2026-11-28T10:00:00Z">10:00</time></div>
    <div class="message outgoing" data-id="m2"><p class="text">hi</p></div>
  </div></main>`;

const load = (html, url) => {
  const dom = contentWindow(html, { url, files: ["src/content/page-dom.js", "src/content/own-ui.js", "src/content/adapters/adapter-kit.js", "src/content/adapters/generic.js"] });
  const adapter = dom.window.SafeBrowse.adapters.generic;
  // JSON round trip: jsdom objects live in another realm, and deepEqual compares prototypes.
  const extractAll = () =>
    JSON.parse(JSON.stringify(adapter.findContainers(dom.window.document).flatMap((c) => adapter.rowsOf(c).map((row) => adapter.extract(row, c)))));
  return { dom, doc: dom.window.document, adapter, extractAll };
};

test("extract_LeadFixture_YieldsBothMessagesWithAuthorsDirectionsAndKeys", () => {
  const { extractAll, dom } = load(FIXTURE, "http://127.0.0.1:8080/");
  const [first, second] = extractAll();
  const chat = `chat|p${dom.window.SafeBrowse.adapterKit.hash("/")}`;
  assert.deepEqual(first, {
    conversation: chat,
    contact: "alex_15",
    direction: "incoming",
    text: "hey there",
    time: "2026-11-28T10:00:00Z",
    key: `${chat}|m1`,
  });
  assert.equal(second.direction, "outgoing");
  assert.equal(second.contact, "alex_15");
  assert.equal(second.text, "hi");
  assert.equal(second.key, `${chat}|m2`);
  assert.ok(!Number.isNaN(Date.parse(second.time)));
});

test("findContainers_OrdinaryPage_FindsNothing", () => {
  const { adapter, doc } = load(`<main><h1>News</h1><p>One</p><p>Two</p><p>Three</p><ul><li>a</li><li>b</li><li>c</li></ul></main>`);
  assert.equal(adapter.findContainers(doc).length, 0);
});

test("findContainers_EmptyLog_IsFoundAndAppendedRowIsARow", () => {
  const { adapter, doc } = load(`<h1>Chat</h1><div id="chat" role="log" aria-label="Chat with sam"></div>`);
  const [log] = adapter.findContainers(doc);
  assert.equal(log?.id, "chat");
  log.insertAdjacentHTML("beforeend", `<div class="message incoming"><span class="author">sam</span><p class="text">are you home alone?</p></div>`);
  const rows = adapter.rowsForNode(log.lastElementChild.querySelector("p").firstChild, [log]);
  assert.equal(rows.length, 1);
  const message = adapter.extract(rows[0], log);
  assert.equal(message.text, "are you home alone?");
  assert.equal(message.contact, "sam");
});

test("findContainers_ScrollingBubblesWithAComposerAfter_IsAChat", () => {
  const { adapter, doc, extractAll } = load(`<h2>Sam</h2><div><section style="overflow-y: scroll; height: 20em">
    <div class="bubble">hi</div><div class="bubble mine">hello</div><div class="bubble">how old are you</div></section>
    <div><textarea aria-label="Write"></textarea><button>Send</button></div></div>`);
  const [container] = adapter.findContainers(doc);
  assert.equal(container?.tagName, "SECTION");
  const messages = extractAll();
  assert.deepEqual(messages.map((m) => m.direction), ["incoming", "outgoing", "incoming"]);
  assert.deepEqual(messages.map((m) => m.contact), ["Sam", "Sam", "Sam"]);
});

test("findContainers_RepeatedRowsWithoutScrolling_AreNotAChat", () => {
  const { adapter, doc } = load(`<section><div class="card">a</div><div class="card">b</div><div class="card">c</div></section>`);
  assert.equal(adapter.findContainers(doc).length, 0);
});

test("findContainers_AriaLiveWithMessageRows_IsChatLike", () => {
  const { adapter, doc } = load(`<div aria-live="polite" aria-label="Room"><ul>
    <li class="msg" data-author="kim">hola</li><li class="msg" data-author="kim">qué haces</li></ul></div>`);
  const [container] = adapter.findContainers(doc);
  assert.equal(container?.getAttribute("aria-label"), "Room");
  const rows = adapter.rowsOf(container);
  assert.equal(rows.length, 2);
  assert.equal(adapter.extract(rows[1], container).contact, "kim");
});

test("direction_ClassAndDataVariants_AreRecognised", () => {
  const { adapter, doc } = load(`<div id="c" role="log" aria-label="Chat">
    <div class="msg message-out">a</div>
    <div class="msg" data-direction="outgoing">b</div>
    <div class="msg" data-from="me">c</div>
    <div class="msg self_msg">d</div>
    <div class="msg" data-id="msg-out-3">e</div>
    <div class="msg about">f</div>
    <div class="msg" style="text-align:right">g</div>
    <div class="msg" data-direction="incoming"><span class="right">h</span></div>
    <div class="wrap sent"><div class="msg">i</div></div>
  </div>`);
  const [log] = adapter.findContainers(doc);
  const directions = Array.from(adapter.rowsOf(log), (row) => adapter.extract(row, log).direction);
  assert.deepEqual(directions, ["outgoing", "outgoing", "outgoing", "outgoing", "incoming", "incoming", "outgoing", "incoming", "outgoing"]);
});

test("direction_RowMarkedIncoming_WinsOverAlignment", () => {
  const { adapter, doc } = load(`<div id="c" role="log" aria-label="Chat">
    <div class="msg received" style="text-align:right">a</div>
    <div class="msg msg-them" style="margin-left:auto">b</div>
    <div class="msg" style="text-align:right">c</div>
  </div>`);
  const [log] = adapter.findContainers(doc);
  const directions = Array.from(adapter.rowsOf(log), (row) => adapter.extract(row, log).direction);
  assert.deepEqual(directions, ["incoming", "incoming", "outgoing"]);
});

test("contact_OutgoingRow_IsTheLastIncomingAuthor", () => {
  const { extractAll } = load(`<h1>Group</h1><div id="g" role="log">
    <div class="row"><b class="sender-name">ana</b><span class="body">hola</span></div>
    <div class="row"><b class="sender-name">leo</b><span class="body">hey</span></div>
    <div class="row outgoing"><span class="body">hi both</span></div></div>`);
  const messages = extractAll();
  assert.deepEqual(messages.map((m) => m.contact), ["ana", "leo", "leo"]);
  assert.deepEqual(messages.map((m) => m.text), ["hola", "hey", "hi both"]);
});

test("text_WithoutTextElement_ExcludesAuthorAndTime", () => {
  const { extractAll } = load(`<div id="c" role="log" aria-label="Chat with zoe">
    <div class="row"><span class="username">zoe</span> keep   this
      between us <span class="timestamp">10:02</span></div></div>`);
  const [message] = extractAll();
  assert.equal(message.text, "keep this between us");
  assert.equal(message.contact, "zoe");
});

test("time_DataTimeAttribute_IsUsed", () => {
  const { extractAll } = load(`<div id="c" role="log"><div class="row" data-time="2026-11-28T11:00:00Z">hola</div></div>`);
  assert.equal(extractAll()[0].time, "2026-11-28T11:00:00Z");
});

test("contact_NoAuthorNoLabelNoHeading_IsUnknown", () => {
  const { extractAll } = load(`<div id="c" role="log"><div class="row">hola</div></div>`);
  assert.equal(extractAll()[0].contact, "unknown");
});

test("key_RowsWithoutIds_AreStableAndDistinctForRepeatedText", () => {
  const html = `<div id="c" role="log" aria-label="Chat"><div class="row">ok</div><div class="row">ok</div><div class="row">bye</div></div>`;
  const page = load(html, "http://127.0.0.1:8080/chat#room-1");
  const first = page.extractAll().map((m) => m.key);
  const again = load(html, "http://127.0.0.1:8080/chat#room-1").extractAll().map((m) => m.key);
  const otherRoom = load(html, "http://127.0.0.1:8080/chat#room-2").extractAll().map((m) => m.key);
  assert.equal(new Set(first).size, 3);
  assert.deepEqual(first, again);
  const room = `c|p${page.dom.window.SafeBrowse.adapterKit.hash("/chat#room-1")}|h`;
  assert.ok(first.every((key) => key.startsWith(room)), first.join(" "));
  assert.ok(otherRoom.every((key, i) => key !== first[i]));
});

test("key_RowIdAttributes_ArePreferred", () => {
  const { extractAll, dom } = load(`<div id="c" role="log"><div class="row" data-message-id="abc">x</div><div class="row" id="r9">y</div></div>`);
  const chat = `c|p${dom.window.SafeBrowse.adapterKit.hash(dom.window.location.pathname)}`;
  assert.deepEqual(extractAll().map((m) => m.key), [`${chat}|abc`, `${chat}|r9`]);
});

test("rowsForNode_BurstWrapperOrWholeLogAdded_ReturnsEveryRow", () => {
  const { adapter, doc } = load(`<main id="app"></main>`);
  doc.getElementById("app").innerHTML = `<div id="chat" role="log" aria-label="Chat"><div class="m">a</div><div class="m">b</div></div>`;
  const containers = adapter.findContainers(doc);
  assert.equal(adapter.rowsForNode(doc.getElementById("app").firstChild, containers).length, 2);
  assert.equal(adapter.rowsForNode(doc.querySelector("h1") ?? doc.body, containers).length, 2);
});

test("rowsForNode_NodeOutsideAnyChat_ReturnsNothing", () => {
  const { adapter, doc } = load(`<p id="p">x</p><div id="chat" role="log"><div class="m">a</div></div>`);
  assert.equal(adapter.rowsForNode(doc.getElementById("p"), adapter.findContainers(doc)).length, 0);
});

test("extract_OwnNoticeElement_IsNeverTreatedAsAChat", () => {
  const { dom, adapter, doc } = load(`<div id="ours"><div role="log"><div>x</div></div></div>`);
  dom.window.SafeBrowse.ownUi.add(doc.getElementById("ours"));
  assert.equal(adapter.findContainers(doc).length, 0);
});

test("findContainers_PageCopiesOurMarkerOntoItsChat_StillReadsIt", () => {
  const { adapter, doc } = load(`<safebrowse-notice data-safebrowse="notice"><div role="log" aria-label="Chat">
    <div class="message incoming" data-id="m1"><span class="author">alex_15</span><p class="text">no le digas a nadie</p></div>
  </div></safebrowse-notice>`);
  const [log] = adapter.findContainers(doc);
  assert.ok(log, "a copied marker does not hide the chat");
  assert.equal(adapter.extract(adapter.rowsOf(log)[0], log).text, "no le digas a nadie");
});

test("findRow_ListWithRailsAndBlankRows_GivesTheRowThatRowsOfFindWouldGive", () => {
  const { adapter, doc } = load(`<div id="c" role="log" aria-label="Chat"><div class="list" role="list">
    <div class="msg" data-id="a">one</div><div class="ps__rail-y">rail</div><div class="msg" data-id="b">  </div>
    <div class="msg" data-id="c">three</div><div class="msg" data-id="d">four</div></div></div>`);
  const [log] = adapter.findContainers(doc);
  const rows = adapter.rowsOf(log);
  for (const ids of [["b", "c"], ["d"], ["a", "d"], ["x"]]) {
    const wanted = (row) => ids.includes(row.getAttribute("data-id")) || row.textContent === "rail";
    assert.equal(adapter.findRow(log, wanted), rows.find(wanted), ids.join());
  }
  assert.equal(adapter.findRow(log, (row) => row.getAttribute("data-id") === "b"), undefined, "a blank row is no row");
  assert.equal(adapter.findRow(log, (row) => row.getAttribute("data-id") === "c")?.textContent, "three");
});
