import assert from "node:assert/strict";
import { test } from "node:test";
import { contentWindow } from "./helpers/content-window.js";
import { fakeChrome, until } from "./helpers/fake-chrome.js";

const sentTexts = (chrome) => chrome.sent.flatMap((request) => request.messages).map((message) => message.text);
const row = (text) => `<div class="message incoming"><span class="author">kim</span><p class="text">${text}</p></div>`;

// A web-component kit adds its messages inside its shadow root, where the document's observer sees nothing.
test("pipeline_ChatInsideOpenShadowRoot_MessageAddedLaterIsSent", async () => {
  const chrome = fakeChrome();
  const dom = contentWindow(`<main></main>`, { chrome });
  const doc = dom.window.document;
  const host = doc.createElement("chat-box");
  const shadow = host.attachShadow({ mode: "open" });
  shadow.innerHTML = `<div id="log" role="log" aria-label="Chat with kim">${row("hola")}</div>`;
  doc.querySelector("main").append(host);

  // The first look was at load, so the chat is found by the throttled recheck (2 s).
  await until(() => sentTexts(chrome).length >= 1, 4000);
  assert.deepEqual(sentTexts(chrome), ["hola"]);

  shadow.getElementById("log").insertAdjacentHTML("beforeend", row("are you alone?"));
  await until(() => sentTexts(chrome).length >= 2, 1500);
  assert.deepEqual(sentTexts(chrome), ["hola", "are you alone?"]);
  dom.window.SafeBrowse.protection.destroy();
});
