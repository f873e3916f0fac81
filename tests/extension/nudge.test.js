import assert from "node:assert/strict";
import { test } from "node:test";
import { contentWindow, fakeI18n } from "./helpers/content-window.js";
import { FakeTimers } from "./helpers/fake-timers.js";

const FILES = ["src/content/page-dom.js", "src/content/own-ui.js", "src/content/card-styles.js", "src/content/nudge/draft-signals.js", "src/content/nudge/nudge.js"];
const PAGE = `
  <main>
    <div id="log" role="log"><p>hola</p></div>
    <textarea id="composer"></textarea>
    <div id="lexical" contenteditable="true" role="textbox" aria-label="Type a message"><p><br></p></div>
    <input id="password" type="password">
  </main>`;

function setup({ locale = "en", level = "notice", conversation = "chat-1" } = {}) {
  const { window } = contentWindow(PAGE, { files: FILES });
  const roots = [];
  const attach = window.Element.prototype.attachShadow;
  // Test-only peek into the closed root: the page itself cannot do this.
  window.Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.push({ init, root });
    return root;
  };
  const timers = new FakeTimers();
  const abort = new window.AbortController();
  const state = { level, conversation };
  const i18n = fakeI18n(locale);
  window.SafeBrowse.createNudge({
    doc: window.document,
    t: (key, subs) => i18n.getMessage(key, subs),
    levelNow: () => state.level,
    conversationNow: () => state.conversation,
    signal: abort.signal,
    timers,
  });
  const document = window.document;
  const nudges = () => document.querySelectorAll("safebrowse-nudge");
  const shadow = () => roots.at(-1)?.root;
  const spoken = () => shadow()?.querySelector('[role="status"]').textContent ?? "";

  // Types as a browser does: keydown, the text lands in the field, then input. Returns the events for inspection.
  function type(target, text) {
    target.focus();
    const keydown = new window.KeyboardEvent("keydown", { key: text.at(-1) ?? "Backspace", bubbles: true, cancelable: true, composed: true });
    target.dispatchEvent(keydown);
    if ("value" in target && target.tagName !== "DIV") target.value = text;
    else target.firstElementChild.textContent = text;
    const input = new window.InputEvent("input", { bubbles: true, composed: true, inputType: "insertText" });
    target.dispatchEvent(input);
    return { keydown, input };
  }

  return { window, document, timers, abort, state, roots, nudges, shadow, spoken, type, composer: document.getElementById("composer") };
}

const settleNudge = (timers) => timers.advance(500);

test("nudge_LevelNone_ShowsNothingForAPhoneNumber", async () => {
  const { composer, timers, nudges, type } = setup({ level: "none" });
  type(composer, "mi cel es 300 123 4567");
  await settleNudge(timers);
  assert.equal(nudges().length, 0);
});

test("nudge_NoticeLevelAndAPhoneNumber_ShowsAQuietStatusInAClosedRoot", async () => {
  const { document, composer, timers, nudges, roots, spoken, shadow, type } = setup();
  const { keydown, input } = type(composer, "my number is (555) 123-4567");
  await settleNudge(timers);

  assert.equal(nudges().length, 1);
  const host = nudges()[0];
  assert.equal(host.getAttribute("data-safebrowse"), "nudge");
  assert.equal(host.getAttribute("data-signal"), "phone");
  assert.equal(host.getAttribute("popover"), "manual");
  assert.equal(roots.at(-1).init.mode, "closed");
  assert.equal(host.shadowRoot, null);
  assert.match(spoken(), /You're about to share your phone number with someone you met online\./);
  assert.match(spoken(), /You're not in trouble/);
  assert.equal(shadow().querySelector('[role="alertdialog"], [aria-modal]'), null);
  assert.equal(shadow().querySelector(".card").getAttribute("lang"), "en");
  assert.ok(shadow().querySelector("style").textContent.includes("prefers-reduced-motion"));
  assert.equal(document.activeElement, composer, "the child keeps typing");
  assert.equal(composer.value, "my number is (555) 123-4567", "the draft is untouched");
  assert.equal(keydown.defaultPrevented, false);
  assert.equal(input.defaultPrevented, false);
  assert.ok(!host.outerHTML.includes("555") && !shadow().textContent.includes("555"), "the draft is never copied into the nudge");
});

test("nudge_Buttons_AreReachableAndNeverTakeFocusThemselves", async () => {
  const { composer, timers, shadow, type } = setup();
  type(composer, "3001234567");
  await settleNudge(timers);
  const buttons = [...shadow().querySelectorAll("button")];
  assert.deepEqual(buttons.map((button) => button.textContent), ["Talk to an adult", "OK, got it"]);
  for (const button of buttons) assert.equal(button.getAttribute("tabindex"), null);
  const talk = buttons[0];
  talk.click();
  assert.equal(talk.getAttribute("aria-expanded"), "true");
  assert.equal(shadow().getElementById(talk.getAttribute("aria-controls")).hidden, false);
});

test("nudge_TypingQuickly_ReadsTheDraftAtMostOncePerInterval", async () => {
  const { window, composer, timers, nudges, type } = setup();
  let reads = 0;
  const real = window.SafeBrowse.draftSignals;
  window.SafeBrowse.draftSignals = (text) => {
    reads += 1;
    return real(text);
  };
  for (const draft of ["3", "30", "300 1", "300 123", "300 123 4567"]) {
    type(composer, draft);
    await timers.advance(50);
  }
  assert.equal(reads, 0);
  assert.equal(nudges().length, 0);
  await timers.advance(100);
  assert.equal(reads, 1);
  assert.equal(nudges().length, 1, "the last draft is the one read");
});

test("nudge_OkGotIt_DismissesAndTheSameSignalIsNotShownAgainInThatConversation", async () => {
  const { composer, timers, nudges, shadow, type } = setup();
  type(composer, "mi cel es 300 123 4567");
  await settleNudge(timers);
  shadow().querySelector("button.ok").click();
  assert.equal(nudges().length, 0);

  type(composer, "");
  await settleNudge(timers);
  type(composer, "o mejor al 310 987 6543");
  await settleNudge(timers);
  assert.equal(nudges().length, 0);
});

test("nudge_NewKindOfSignal_ShowsAgain", async () => {
  const { composer, timers, nudges, shadow, spoken, type } = setup();
  type(composer, "mi cel es 300 123 4567");
  await settleNudge(timers);
  shadow().querySelector("button.ok").click();

  type(composer, "estudio en el colegio San Jose");
  await settleNudge(timers);
  assert.equal(nudges().length, 1);
  assert.equal(nudges()[0].getAttribute("data-signal"), "school");
  assert.match(spoken(), /your school/);
  assert.doesNotMatch(spoken(), /phone number/);
});

test("nudge_SecondSignalWhileShown_KeepsOneNudgeAndNamesBoth", async () => {
  const { composer, timers, nudges, spoken, type } = setup();
  type(composer, "mi cel es 300 123 4567");
  await settleNudge(timers);
  type(composer, "mi cel es 300 123 4567 y vivo en la calle 45 # 12-30");
  await settleNudge(timers);
  assert.equal(nudges().length, 1);
  assert.equal(nudges()[0].getAttribute("data-signal"), "phone address");
  assert.match(spoken(), /phone number[\s\S]*where you live/);
});

test("nudge_DraftNoLongerSaysIt_HidesWithoutComingBack", async () => {
  const { composer, timers, nudges, type } = setup();
  type(composer, "add me on snap");
  await settleNudge(timers);
  assert.equal(nudges().length, 1);
  type(composer, "");
  await settleNudge(timers);
  assert.equal(nudges().length, 0);
  type(composer, "add me on snap");
  await settleNudge(timers);
  assert.equal(nudges().length, 0);
});

test("nudge_OtherConversation_ShowsTheSameSignalAgainAndHidesTheOld", async () => {
  const { composer, timers, nudges, state, shadow, type } = setup();
  type(composer, "mi cel es 300 123 4567");
  await settleNudge(timers);
  shadow().querySelector("button.ok").click();
  state.conversation = "chat-2";
  type(composer, "mi cel es 300 123 4567");
  await settleNudge(timers);
  assert.equal(nudges().length, 1);

  state.conversation = "chat-3";
  state.level = "none";
  type(composer, "mi cel es 300 123 4567 ok");
  await settleNudge(timers);
  assert.equal(nudges().length, 0, "a conversation nothing was noticed in gets no nudge");
});

test("nudge_RichTextComposer_IsReadAndLeftAsItWas", async () => {
  const { document, timers, nudges, spoken, type } = setup({ locale: "es", level: "alert" });
  const lexical = document.getElementById("lexical");
  type(lexical, "escríbeme al wasap");
  const before = lexical.innerHTML;
  await settleNudge(timers);
  assert.equal(nudges().length, 1);
  assert.equal(nudges()[0].getAttribute("data-signal"), "other_app");
  assert.match(spoken(), /Estás por llevar este chat a otro lado/);
  assert.match(spoken(), /No estás en problemas/);
  assert.equal(lexical.innerHTML, before);
  assert.equal(document.activeElement, lexical);
});

test("nudge_PasswordFieldsAndPlainText_AreNeverRead", async () => {
  const { window, document, timers, nudges } = setup();
  const password = document.getElementById("password");
  password.value = "3001234567";
  password.dispatchEvent(new window.InputEvent("input", { bubbles: true }));
  document.querySelector("#log p").dispatchEvent(new window.InputEvent("input", { bubbles: true }));
  await settleNudge(timers);
  assert.equal(nudges().length, 0);
  assert.equal(timers.pending, 0, "nothing was even scheduled");
});

test("nudge_EscapeInsideIt_ClosesAndGivesFocusBackToTheComposer", async () => {
  const { window, document, composer, timers, nudges, shadow, type } = setup();
  type(composer, "I go to Lincoln Middle School");
  await settleNudge(timers);
  const talk = shadow().querySelector("button");
  talk.focus();
  talk.dispatchEvent(new window.KeyboardEvent("keydown", { key: "Escape", bubbles: true, composed: true }));
  assert.equal(nudges().length, 0);
  assert.equal(document.activeElement, composer);
});

test("nudge_Abort_RemovesTheNudgeAndStopsListening", async () => {
  const { composer, timers, nudges, abort, type } = setup();
  type(composer, "mi cel es 300 123 4567");
  await settleNudge(timers);
  type(composer, "mi cel es 300 123 4567 y vivo en la calle 45 # 12-30");
  abort.abort();
  assert.equal(nudges().length, 0);
  assert.equal(timers.pending, 0);
  type(composer, "estudio en el colegio San Jose");
  await settleNudge(timers);
  assert.equal(nudges().length, 0);
  assert.equal(timers.pending, 0);
});
