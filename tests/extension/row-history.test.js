import assert from "node:assert/strict";
import { test } from "node:test";
import { contentWindow } from "./helpers/content-window.js";

function setup(count) {
  const { window } = contentWindow(`<ol id="chat">${Array.from({ length: count }, (_, i) => `<li>m${i}</li>`).join("")}</ol>`, {
    files: ["src/content/row-history.js"],
  });
  const chat = window.document.getElementById("chat");
  const rows = () => [...chat.children];
  const history = window.SafeBrowse.createRowHistory((wanted) => rows().find(wanted));
  const add = (where, count, from) => {
    const added = Array.from({ length: count }, (_, i) => Object.assign(window.document.createElement("li"), { textContent: `${from}${i}` }));
    chat[where](...added);
    return added;
  };
  return { chat, rows, history, add };
}

test("rowHistory_NothingSeenYet_NothingIsOlder", () => {
  const { rows, history } = setup(3);
  assert.equal(history.countOlderThanSeen(rows()), 0);
});

test("rowHistory_RowsLoadedAboveAndBelow_OnlyTheOnesAboveAreOlder", () => {
  const { rows, history, add } = setup(5);
  for (const row of rows()) history.markSeen(row);
  const above = add("prepend", 3, "old");
  const below = add("append", 2, "new");
  assert.equal(history.countOlderThanSeen([...above, ...below]), 3);
  assert.equal(history.countOlderThanSeen(below), 0);
});

test("rowHistory_OldestRowsDroppedFromThePage_TheOldestStillOnThePageCounts", () => {
  const { chat, rows, history, add } = setup(6);
  for (const row of rows()) history.markSeen(row);
  chat.firstElementChild.remove();
  chat.firstElementChild.remove();
  const redrawnAbove = add("prepend", 2, "again");
  assert.equal(history.countOlderThanSeen(redrawnAbove), 2);
  assert.equal(history.countOlderThanSeen(add("append", 1, "new")), 0);
});

test("rowHistory_NewRowsEachRightAfterOneSeen_AreMarkedWithoutComparingPositions", () => {
  const { chat, rows, history, add } = setup(5);
  for (const row of rows()) history.markSeen(row);
  assert.equal(history.countOlderThanSeen(rows()), 0);
  let comparisons = 0;
  const compare = chat.ownerDocument.defaultView.Node.prototype.compareDocumentPosition;
  chat.ownerDocument.defaultView.Node.prototype.compareDocumentPosition = function counted(other) {
    comparisons += 1;
    return compare.call(this, other);
  };
  for (const row of add("append", 100, "new")) history.markSeen(row);
  assert.equal(comparisons, 0);

  const above = add("prepend", 3, "old");
  for (const row of above) history.markSeen(row);
  assert.equal(comparisons, 1, "only the first row loaded above is compared");
  const older = add("prepend", 2, "older");
  assert.equal(history.countOlderThanSeen([...older, ...rows().slice(2, 4)]), 2);
});
