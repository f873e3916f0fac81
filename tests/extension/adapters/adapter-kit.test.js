import assert from "node:assert/strict";
import { test } from "node:test";
import { contentWindow } from "../helpers/content-window.js";

const loadKit = (html = "<div id='row'>hola</div>") => {
  const { window } = contentWindow(html, { files: ["src/content/page-dom.js", "src/content/adapters/adapter-kit.js"] });
  return { kit: window.SafeBrowse.adapterKit, doc: window.document };
};

test("memoByText_ReadsARowAgainOnlyWhenItsTextChanges", () => {
  const { kit, doc } = loadKit();
  const row = doc.getElementById("row");
  let reads = 0;
  const readingOf = kit.memoByText((el) => ({ reads: (reads += 1), text: el.textContent }));
  assert.equal(readingOf(row), readingOf(row));
  assert.equal(reads, 1);
  row.textContent = "chao";
  assert.equal(readingOf(row).text, "chao");
  assert.equal(reads, 2);
});

test("repeatsBefore_CountsOnlyTheSameRowsWithinReach", () => {
  const { kit } = loadKit();
  const rows = ["ok", "hola", "ok", "ok", "ok"];
  assert.equal(kit.repeatsBefore(rows, 4, (row) => row === "ok", 10), 3);
  assert.equal(kit.repeatsBefore(rows, 4, (row) => row === "ok", 2), 2);
  assert.equal(kit.repeatsBefore(rows, 0, (row) => row === "ok", 10), 0);
});

test("contentKey_OverlongConversation_KeyStaysWithinLimitAndTellsMessagesApart", () => {
  const { kit } = loadKit();
  const conversation = `x:${"9".repeat(1000)}`;
  const first = kit.contentKey({ conversation, contact: "ana", direction: "incoming", text: "ok", ordinal: 0 });
  const second = kit.contentKey({ conversation, contact: "ana", direction: "incoming", text: "ok", ordinal: 1 });
  assert.notEqual(first, second);
  assert.ok(first.length <= kit.LIMITS.key);
  assert.ok(first.startsWith(`${conversation.slice(0, kit.LIMITS.conversation)}|h`));
  assert.equal(first, kit.contentKey({ conversation, contact: "ana", direction: "incoming", text: "ok", ordinal: 0 }));
});

// X's own DirectMessages styles: both inner rows justify to flex-end, only the reversal differs.
const X_SENT_ROW = { display: "flex", flexDirection: "row", justifyContent: "flex-end" };
const X_RECEIVED_ROW = { display: "flex", flexDirection: "row-reverse", justifyContent: "flex-end" };

test("flexPackingSide_XsSentAndReceivedRows_EndAndStart", () => {
  const { kit } = loadKit();
  assert.equal(kit.flexPackingSide(X_SENT_ROW), "end");
  assert.equal(kit.flexPackingSide(X_RECEIVED_ROW), "start");
});

test("flexPackingSide_RightToLeft_LogicalSidesStayPhysicalOnesFlip", () => {
  const { kit } = loadKit();
  assert.equal(kit.flexPackingSide({ ...X_SENT_ROW, direction: "rtl" }), "end");
  assert.equal(kit.flexPackingSide({ ...X_RECEIVED_ROW, direction: "rtl" }), "start");
  assert.equal(kit.flexPackingSide({ display: "flex", flexDirection: "row", justifyContent: "right", direction: "rtl" }), "start");
  assert.equal(kit.flexPackingSide({ display: "flex", flexDirection: "row", justifyContent: "right" }), "end");
  assert.equal(kit.flexPackingSide({ display: "flex", flexDirection: "row-reverse", justifyContent: "left" }), "start");
});

test("flexPackingSide_RowReverse_FlipsFlexValuesButNotLogicalOnes", () => {
  const { kit } = loadKit();
  assert.equal(kit.flexPackingSide({ display: "flex", flexDirection: "row-reverse", justifyContent: "flex-start" }), "end");
  assert.equal(kit.flexPackingSide({ display: "flex", flexDirection: "row-reverse", justifyContent: "end" }), "end");
  assert.equal(kit.flexPackingSide({ display: "inline-flex", flexDirection: "row", justifyContent: "safe flex-end" }), "end");
});

test("flexPackingSide_Column_ReadsAlignItemsAndTheChildsAlignSelf", () => {
  const { kit } = loadKit();
  const sentRoot = { display: "flex", flexDirection: "column", alignItems: "flex-end" };
  assert.equal(kit.flexPackingSide(sentRoot), "end");
  assert.equal(kit.flexPackingSide({ ...sentRoot, flexDirection: "column-reverse" }), "end", "column-reverse does not flip the line");
  assert.equal(kit.flexPackingSide({ ...sentRoot, flexWrap: "wrap-reverse" }), "start");
  assert.equal(kit.flexPackingSide({ ...sentRoot, alignItems: "flex-start" }), "start");
  assert.equal(kit.flexPackingSide({ ...sentRoot, alignItems: "normal" }, { alignSelf: "flex-end" }), "end");
  assert.equal(kit.flexPackingSide(sentRoot, { alignSelf: "flex-start" }), "start");
  assert.equal(kit.flexPackingSide(sentRoot, { alignSelf: "auto" }), "end");
});

test("flexPackingSide_CentredStretchedOrNoFlexBox_NoSide", () => {
  const { kit } = loadKit();
  assert.equal(kit.flexPackingSide({ display: "flex", flexDirection: "row", justifyContent: "center" }), "");
  assert.equal(kit.flexPackingSide({ display: "flex", flexDirection: "row", justifyContent: "normal" }), "");
  assert.equal(kit.flexPackingSide({ display: "flex", flexDirection: "column", alignItems: "stretch" }), "");
  assert.equal(kit.flexPackingSide({ display: "block", flexDirection: "row", justifyContent: "flex-end" }), "");
});

test("lineSideOf_NearestPackingBoxDecidesAndStopsAtTheRow", () => {
  const { kit, doc } = loadKit(
    `<div id="outer" style="display: flex; flex-direction: row; justify-content: flex-end">` +
      `<div id="entry" style="display: flex; flex-direction: column; align-items: normal">` +
      `<div id="inner" style="display: flex; flex-direction: row-reverse; justify-content: flex-end"><span id="text">hola</span></div>` +
      `</div></div>`,
  );
  const text = doc.getElementById("text");
  const entry = doc.getElementById("entry");
  assert.equal(kit.lineSideOf(text, entry), "start");
  doc.getElementById("inner").style.justifyContent = "center";
  assert.equal(kit.lineSideOf(text, entry), "", "the box outside the row is not asked");
  assert.equal(kit.lineSideOf(text, doc.getElementById("outer")), "end");
});

test("textWithEmoji_SkippedPartsBelowTheRoot_LeftOutAndEmojiKept", () => {
  const { kit, doc } = loadKit(
    "<div id='row'><span>nos vemos</span><template>plantilla</template><span class='meta'>10:41 <b>editado</b></span><img alt='😘'><noscript>sin js</noscript><br>mañana</div>",
  );
  assert.equal(kit.textWithEmoji(doc.getElementById("row"), ".meta"), "nos vemos😘 mañana");
  assert.equal(kit.textWithEmoji(doc.getElementById("row")), "nos vemos10:41 editado😘 mañana");
});

test("textWithEmoji_RootInsideASkippedPart_OnlyEmojiOutsideTheSkipRemain", () => {
  const { kit, doc } = loadKit("<div class='quoted'><p id='text'>hola <img alt='🙂'> <span>amigo</span></p></div>");
  const text = doc.getElementById("text");
  assert.equal(kit.textWithEmoji(text, ".quoted"), "");
  assert.equal(kit.textWithEmoji(text, ".other"), "hola 🙂 amigo");
});

test("textWithEmoji_PlainTextBubble_ReadsItsWordsWithoutCommentsOrInsideASkipNothing", () => {
  const { kit, doc } = loadKit("<div class='quoted'><p id='quoted'>ya no</p></div><p id='text'>  hola <!-- nota -->\n amigo </p><script><p>x</p></script>");
  assert.equal(kit.textWithEmoji(doc.getElementById("text")), "hola amigo");
  assert.equal(kit.textWithEmoji(doc.getElementById("text"), ".quoted"), "hola amigo");
  assert.equal(kit.textWithEmoji(doc.getElementById("quoted"), ".quoted"), "");
  assert.equal(kit.textWithEmoji(doc.getElementById("quoted")), "ya no");
});

test("textWithEmoji_TextInNestedSpans_SameAsTheWalkWithSkipsAndEmojiStillHonoured", () => {
  const { kit, doc } = loadKit(
    "<span id='plain'><span>hola</span> <b>amigo</b></span><span id='meta'><span>hola</span><span class='meta'>10:41</span></span><span id='emoji'><span>hola</span><img alt='🙂'></span>",
  );
  assert.equal(kit.textWithEmoji(doc.getElementById("plain")), "hola amigo");
  assert.equal(kit.textWithEmoji(doc.getElementById("plain"), ".meta"), "hola amigo");
  assert.equal(kit.textWithEmoji(doc.getElementById("meta"), ".meta"), "hola");
  assert.equal(kit.textWithEmoji(doc.getElementById("meta")), "hola10:41");
  assert.equal(kit.textWithEmoji(doc.getElementById("emoji")), "hola🙂");
});

test("rowsMatching_RowsForNode_TheRowANodeSitsInOrTheRowsItHoldsAndARowIsNotSearched", () => {
  const { kit, doc } = loadKit(
    "<div id='chat'><div id='page'><p class='row' id='a'><b id='inA'>hola</b></p><p class='row' id='b'>chao</p></div></div><p class='row' id='outside'>x</p>",
  );
  const { rowsForNode } = kit.rowsMatching(".row");
  const chat = doc.getElementById("chat");
  const ids = (node) => Array.from(rowsForNode(node, [chat]), (row) => row.id);
  assert.deepEqual(ids(doc.getElementById("page")), ["a", "b"], "a node holding rows");
  assert.deepEqual(ids(doc.getElementById("inA")), ["a"], "a node inside a row");
  assert.deepEqual(ids(doc.getElementById("inA").firstChild), ["a"], "a text node inside a row");
  assert.deepEqual(ids(chat), ["a", "b"], "the chat itself");
  assert.deepEqual(ids(doc.getElementById("outside")), [], "a row outside the chat");

  const row = doc.getElementById("b");
  row.querySelectorAll = () => assert.fail("a row is searched for rows inside it");
  assert.deepEqual(ids(row), ["b"]);
});
