import assert from "node:assert/strict";
import { test } from "node:test";
import { contentWindow } from "./helpers/content-window.js";

function load(html) {
  const dom = contentWindow(html, { files: ["src/content/page-dom.js", "src/content/own-ui.js"] });
  const { document } = dom.window;
  return { ownUi: dom.window.SafeBrowse.ownUi, document, byId: (id) => document.getElementById(id) };
}

test("ownUi_OurHost_IsOursAndThePagesElementsAreNot", () => {
  const { ownUi, document, byId } = load(`<div id="chat"><p id="row">hola</p></div>`);
  const host = ownUi.createHost(document, "safebrowse-notice", { "data-safebrowse": "notice" });
  document.body.append(host);
  assert.equal(ownUi.contains(host), true);
  assert.equal(ownUi.contains(byId("row")), false);
  assert.equal(ownUi.contains(byId("row").firstChild), false, "a text node of the page");
  assert.equal(ownUi.contains(null), false);
});

// Ours show what they say in closed shadow roots; a page can still put its own nodes into one of them.
test("ownUi_PagePutsNodesIntoOurHost_TheyCountAsOurs", () => {
  const { ownUi, document, byId } = load(`<div id="chat"><p id="row">hola</p></div>`);
  const host = ownUi.createHost(document, "safebrowse-notice", {});
  document.body.append(host);
  assert.equal(ownUi.contains(byId("row")), false);
  host.append(byId("chat"));
  assert.equal(ownUi.contains(byId("row")), true);
  assert.equal(ownUi.contains(byId("row").firstChild), true, "a text node inside it");
});

test("ownUi_ElementAdded_IsOursWithWhatItHolds", () => {
  const { ownUi, byId } = load(`<div id="ours"><div id="inner">x</div></div><p id="row">hola</p>`);
  assert.equal(ownUi.contains(byId("inner")), false);
  ownUi.add(byId("ours"));
  assert.equal(ownUi.contains(byId("inner")), true);
  assert.equal(ownUi.contains(byId("row")), false);
});
