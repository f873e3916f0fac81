import assert from "node:assert/strict";
import { test } from "node:test";
import { contentWindow } from "./helpers/content-window.js";

test("transcript_Render_OnlyThatConversationWithMeForOutgoing", () => {
  const ns = contentWindow("", { files: ["src/content/transcript.js"] }).window.SafeBrowse;
  const transcript = ns.createTranscript();
  transcript.add({ conversation: "a", contact: "alex_15", direction: "incoming", text: "hey there", time: "T1" });
  transcript.add({ conversation: "b", contact: "kim", direction: "incoming", text: "other chat", time: "T2" });
  transcript.add({ conversation: "a", contact: "alex_15", direction: "outgoing", text: "hi", time: "T3" });
  const text = transcript.render({ conversation: "a", site: "127.0.0.1", savedAt: "now", header: "HEADER", me: "Me" });
  assert.match(text, /^HEADER\n/);
  assert.match(text, /\[T1\] alex_15: hey there\n\[T3\] Me: hi/);
  assert.doesNotMatch(text, /other chat/);
});

test("downloadTextFile_CreatesLocalBlobDownloadAndRevokesIt", async () => {
  const dom = contentWindow("", { files: ["src/content/page-dom.js", "src/content/save-copy.js"] });
  const { window } = dom;
  const blobs = [];
  const revoked = [];
  const clicks = [];
  window.URL.createObjectURL = (blob) => (blobs.push(blob), "blob:http://127.0.0.1/1");
  window.URL.revokeObjectURL = (url) => revoked.push(url);
  window.HTMLAnchorElement.prototype.click = function () {
    clicks.push({ href: this.href, download: this.download });
  };
  const later = [];
  window.SafeBrowse.downloadTextFile({ doc: window.document, parent: window.document.body, fileName: "copy.txt", text: "hola", timers: { setTimeout: (fn) => later.push(fn) } });
  assert.deepEqual(clicks, [{ href: "blob:http://127.0.0.1/1", download: "copy.txt" }]);
  const reader = new window.FileReader();
  const read = new Promise((resolve) => reader.addEventListener("load", () => resolve(reader.result)));
  reader.readAsText(blobs[0]);
  assert.equal(await read, "hola");
  assert.match(blobs[0].type, /^text\/plain/);
  assert.equal(window.document.querySelector("a"), null);
  later.forEach((fn) => fn());
  assert.deepEqual(revoked, ["blob:http://127.0.0.1/1"]);
});
