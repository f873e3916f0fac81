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
