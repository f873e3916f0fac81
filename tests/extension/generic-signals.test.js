import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { test } from "node:test";
import { contentWindow } from "./helpers/content-window.js";

// The same pages the end-to-end test serves in Chromium: each quotes or lists messages, and none is a conversation.
const NOT_CHATS = new URL("../SafeBrowse.EndToEnd.Tests/Fixtures/not-chats/", import.meta.url);
const FILES = ["src/content/page-dom.js", "src/content/own-ui.js", "src/content/adapters/adapter-kit.js", "src/content/adapters/generic.js"];

const load = (html, url = "http://127.0.0.1:8080/chat") => {
  const dom = contentWindow(html, { url, files: FILES });
  const adapter = dom.window.SafeBrowse.adapters.generic;
  const doc = dom.window.document;
  // JSON round trip: jsdom arrays live in another realm, and deepEqual compares prototypes.
  const plain = (value) => JSON.parse(JSON.stringify(value));
  const read = () =>
    plain(adapter.findContainers(doc).flatMap((container) =>
      adapter.rowsOf(container).map((row) => {
        const { direction, text, contact } = adapter.extract(row, container);
        return { direction, text, contact };
      }),
    ));
  return { dom, doc, adapter, read };
};

const COMPOSER = `<div class="composer"><textarea aria-label="Message"></textarea><button>Send</button></div>`;

for (const name of readdirSync(NOT_CHATS).filter((file) => file.endsWith(".html"))) {
  test(`findContainers_NotAChat_${name}_FindsNothing`, () => {
    const { adapter, doc } = load(readFileSync(new URL(name, NOT_CHATS), "utf8"));
    assert.deepEqual([...adapter.findContainers(doc)].map((el) => el.outerHTML.slice(0, 80)), []);
  });
}

test("findContainers_NotChatPatterns_AreAtLeastTen", () => {
  assert.ok(readdirSync(NOT_CHATS).filter((file) => file.endsWith(".html")).length >= 10);
});

test("findContainers_ScrollingRowsWithoutComposer_AreNotAChat", () => {
  const { adapter, doc } = load(`<div style="overflow-y:auto;height:10em">
    <div class="message"><span class="author">sam</span><p>hi</p></div><div class="message"><span class="author">sam</span><p>you there?</p></div></div>`);
  assert.equal(adapter.findContainers(doc).length, 0);
});

test("findContainers_SameRowsWithComposerAfter_AreAChat", () => {
  const { adapter, doc } = load(`<div><div style="overflow-y:auto;height:10em">
    <div class="message"><span class="author">sam</span><p>hi</p></div><div class="message"><span class="author">sam</span><p>you there?</p></div></div>${COMPOSER}</div>`);
  assert.equal(adapter.findContainers(doc).length, 1);
});

test("findContainers_ComposerBeforeTheList_IsACommentPaneNotAChat", () => {
  const { adapter, doc } = load(`<div>${COMPOSER}<div style="overflow-y:auto;height:10em">
    <div class="message"><span class="author">sam</span><p>hi</p></div><div class="message"><span class="author">sam</span><p>you there?</p></div></div></div>`);
  assert.equal(adapter.findContainers(doc).length, 0);
});

test("findContainers_SearchBoxAfterTheList_IsNoComposer", () => {
  const { adapter, doc } = load(`<div><div style="overflow-y:auto;height:10em">
    <div class="message"><span class="author">sam</span><p>hi</p></div><div class="message"><span class="author">sam</span><p>you there?</p></div></div>
    <form role="search"><input type="text" name="q"><button>Go</button></form></div>`);
  assert.equal(adapter.findContainers(doc).length, 0);
});

test("findContainers_ChatInsideOpenShadowRoot_IsFoundAndRead", () => {
  const { doc, read, adapter } = load(`<main><chat-widget></chat-widget></main>`);
  const shadow = doc.querySelector("chat-widget").attachShadow({ mode: "open" });
  shadow.innerHTML = `<div class="messages" style="overflow-y:auto;height:10em">
      <div class="message-row"><div class="message-bubble">are you home alone?</div></div>
      <div class="message-row mine" style="display:flex;justify-content:flex-end"><div class="message-bubble">yes why</div></div>
    </div>
    <div class="input"><div contenteditable="true"></div><div role="button" aria-label="Send"></div></div>`;
  assert.deepEqual(read().map(({ direction, text }) => [direction, text]), [["incoming", "are you home alone?"], ["outgoing", "yes why"]]);
  assert.equal(adapter.rootsOf(doc).length, 2);
});

test("findContainers_CustomScrollbarWithOverflowHidden_IsAScroller", () => {
  const { adapter, doc } = load(`<div class="chat"><div class="list" style="overflow:hidden;height:10em">
      <div class="content"><div class="msg"><time>10:00</time>hola</div><div class="msg"><time>10:01</time>hola?</div></div>
      <div class="ps__rail-y"><div class="ps__thumb-y"></div></div></div>${COMPOSER}</div>`);
  assert.equal(adapter.findContainers(doc)[0]?.className, "list");
});

test("findContainers_OverflowHiddenWithoutScrollbarOrTransform_IsNotAScroller", () => {
  const { adapter, doc } = load(`<div class="chat"><div class="list" style="overflow:hidden;height:10em">
      <div class="content"><div class="msg"><time>10:00</time>hola</div><div class="msg"><time>10:01</time>hola?</div></div></div>${COMPOSER}</div>`);
  assert.equal(adapter.findContainers(doc).length, 0);
});

test("findContainers_ContentMovedByTransform_IsAScroller", () => {
  const { adapter, doc } = load(`<div class="chat"><div class="list" style="overflow:hidden;height:10em">
      <div class="content" style="transform:translateY(-120px)"><div class="msg"><time>10:00</time>hola</div><div class="msg"><time>10:01</time>hola?</div></div></div>${COMPOSER}</div>`);
  assert.equal(adapter.findContainers(doc)[0]?.className, "list");
});

test("direction_KitMarksOnlyOutgoing_UnmarkedRowsAreIncoming", () => {
  const { read } = load(`<div role="log"><div class="bubble">hi</div><div class="bubble bubble--sent">hello</div><div class="bubble">how old are you</div></div>`);
  assert.deepEqual(read().map((m) => m.direction), ["incoming", "outgoing", "incoming"]);
});

// X's DirectMessages styles: received rows are `row-reverse` and also justify to flex-end, which is the left side.
test("direction_ReversedRowJustifiedToEnd_IsIncoming", () => {
  const { read } = load(`<div role="log">
    <div class="entry" style="display:flex;flex-direction:row;justify-content:flex-end"><span>sent one</span></div>
    <div class="entry" style="display:flex;flex-direction:row-reverse;justify-content:flex-end"><span>received one</span></div></div>`);
  assert.deepEqual(read().map((m) => [m.direction, m.text]), [["outgoing", "sent one"], ["incoming", "received one"]]);
});

test("direction_RightToLeftRowJustifiedToEnd_IsIncoming", () => {
  const { read } = load(`<div role="log">
    <div class="entry" style="display:flex;justify-content:flex-end;direction:rtl"><span>مرحبا</span></div>
    <div class="entry" style="display:flex;justify-content:flex-start;direction:rtl"><span>أهلا</span></div></div>`);
  assert.deepEqual(read().map((m) => m.direction), ["incoming", "outgoing"]);
});

test("conversation_PagePath_IsHashedNeverSent", () => {
  const { read, adapter, doc } = load(`<div id="c" role="log"><div class="row">hola</div></div>`, "https://example.org/users/maria-lopez/chat?x=1#room-7");
  const [container] = adapter.findContainers(doc);
  const { conversation, key } = adapter.extract(adapter.rowsOf(container)[0], container);
  assert.equal(read().length, 1);
  for (const field of [conversation, key]) {
    assert.doesNotMatch(field, /maria|users|room-7/);
  }
  assert.match(conversation, /^c\|p[0-9a-z]+$/);
});
