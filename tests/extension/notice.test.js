import assert from "node:assert/strict";
import { test } from "node:test";
import { contentWindow, fakeI18n } from "./helpers/content-window.js";
import { FakeTimers } from "./helpers/fake-timers.js";

const FILES = ["src/content/page-dom.js", "src/content/own-ui.js", "src/shared/helplines.js", "src/shared/categories.js", "src/shared/country.js", "src/content/card-styles.js", "src/content/notice/notice-styles.js", "src/content/notice/notice-guard.js", "src/content/notice/notice.js"];

function setup({
  locale = "en",
  country = "US",
  onFeedback = async () => ({ ok: true }),
  timers = { setTimeout: (fn) => fn() },
  blockHelpKey,
  guardTimers = new FakeTimers(),
} = {}) {
  const dom = contentWindow(`<input id="reply"><p>page</p>`, { files: FILES });
  const { window } = dom;
  const roots = [];
  const attach = window.Element.prototype.attachShadow;
  // Test-only peek into the closed root: the page itself cannot do this.
  window.Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    roots.push({ init, root });
    return root;
  };
  const saved = [];
  const i18n = fakeI18n(locale);
  const controller = window.SafeBrowse.createNoticeController({
    doc: window.document,
    t: (key, subs) => i18n.getMessage(key, subs),
    loadCountry: async () => country,
    onSaveCopy: (conversation) => saved.push(conversation),
    onFeedback,
    blockHelpKey,
    timers,
    guard: { timers: guardTimers, now: () => guardTimers.now },
  });
  window.document.getElementById("reply").focus();
  return { window, document: window.document, controller, roots, saved, guardTimers };
}

const decision = (level, categories = ["secrecy"]) => ({ conversation: "chat|/", contact: "alex_15", level, categories, notify: true });
const key = (window, target, init) => target.dispatchEvent(new window.KeyboardEvent("keydown", { bubbles: true, composed: true, ...init }));

test("notice_NoticeLevel_QuietStatusCardWithoutFocusSteal", async () => {
  const { document, controller, roots } = setup();
  assert.equal(await controller.show(decision("notice")), true);
  const host = document.querySelector("safebrowse-notice");
  assert.equal(host.getAttribute("data-safebrowse"), "notice");
  assert.equal(host.getAttribute("data-level"), "notice");
  assert.equal(host.parentElement, document.body);
  assert.equal(roots[0].init.mode, "closed");
  assert.equal(host.shadowRoot, null);
  const shadow = roots[0].root;
  assert.ok(shadow.querySelector('[role="status"]').textContent.includes("This person asked you to keep a secret from your family."));
  assert.equal(shadow.querySelector('[role="alertdialog"]'), null);
  assert.equal(document.activeElement.id, "reply");
  assert.ok(shadow.querySelector("style").textContent.includes("prefers-reduced-motion"));
});

test("notice_AlertLevel_ModalDialogTakesFocusAndEscapeReturnsIt", async () => {
  const { window, document, controller, roots } = setup();
  await controller.show(decision("alert"));
  const shadow = roots[0].root;
  const dialog = shadow.querySelector('[role="alertdialog"]');
  assert.equal(dialog.getAttribute("aria-modal"), "true");
  assert.equal(shadow.getElementById(dialog.getAttribute("aria-labelledby")).textContent, "A note from SafeBrowse");
  assert.match(shadow.getElementById(dialog.getAttribute("aria-describedby")).textContent, /You're not in trouble/);
  assert.equal(shadow.activeElement, dialog);
  key(window, dialog, { key: "Escape" });
  assert.equal(document.querySelector("safebrowse-notice"), null);
  assert.equal(document.activeElement.id, "reply");
});

test("notice_AlertLevel_TabIsTrappedInsideTheDialog", async () => {
  const { window, controller, roots } = setup();
  await controller.show(decision("alert"));
  const shadow = roots[0].root;
  const buttons = [...shadow.querySelectorAll("button")];
  const last = buttons.at(-1);
  last.focus();
  key(window, last, { key: "Tab" });
  assert.equal(shadow.activeElement, buttons[0]);
  key(window, buttons[0], { key: "Tab", shiftKey: true });
  assert.equal(shadow.activeElement, last);
});

test("notice_Choices_AreInTheAgreedOrderThenClose", async () => {
  const { controller, roots } = setup();
  await controller.show(decision("alert"));
  const labels = [...roots[0].root.querySelectorAll("button")].map((b) => b.textContent);
  assert.deepEqual(labels, ["Talk to an adult you trust", "Save a copy for an adult", "Block or leave", "Get help now", "This note was wrong", "Close"]);
});

test("notice_GetHelp_ListsHelplinesOfTheCountry", async () => {
  const { controller, roots } = setup({ locale: "es", country: "CO" });
  await controller.show(decision("notice", ["photo_request", "secrecy"]));
  const shadow = roots[0].root;
  assert.match(shadow.textContent, /Esta persona te pidió fotos o videos\./);
  const help = [...shadow.querySelectorAll("button")].find((b) => b.textContent === "Pedir ayuda ahora");
  const panel = shadow.getElementById(help.getAttribute("aria-controls"));
  assert.equal(panel.hidden, true);
  help.click();
  assert.equal(help.getAttribute("aria-expanded"), "true");
  assert.equal(panel.hidden, false);
  assert.match(panel.textContent, /Te Protejo/);
  assert.match(panel.textContent, /ICBF Línea 141/);
  assert.ok(panel.querySelector('a[href="tel:141"]'));
  assert.equal(shadow.querySelector(".card").getAttribute("lang"), "es");
});

test("notice_SaveCopy_AsksForTheConversationAndConfirms", async () => {
  const { controller, roots, saved } = setup();
  await controller.show(decision("notice"));
  const save = roots[0].root.querySelector('[data-choice="save"]');
  save.click();
  assert.deepEqual(saved, ["chat|/"]);
  assert.match(roots[0].root.getElementById("sb-save").textContent, /Downloads/);
});

test("notice_Damping_OneOnScreenAndOnlyARiseReplaces", async () => {
  const { document, controller } = setup();
  assert.equal(await controller.show(decision("notice")), true);
  assert.equal(await controller.show(decision("notice", ["gifts"])), false);
  assert.equal(document.querySelectorAll("safebrowse-notice").length, 1);
  assert.equal(await controller.show(decision("alert")), true);
  assert.equal(document.querySelectorAll("safebrowse-notice").length, 1);
  assert.equal(document.querySelector("safebrowse-notice").getAttribute("data-level"), "alert");
  assert.equal(await controller.show(decision("notice")), false);
  assert.equal(await controller.show({ ...decision("alert"), notify: false }), false);
  assert.equal(await controller.show({ ...decision("none") }), false);
});

test("notice_UnknownCategory_UsesTheGenericSentence", async () => {
  const { controller, roots } = setup();
  await controller.show(decision("notice", ["something_new"]));
  assert.match(roots[0].root.textContent, /look like messages that may not be safe for someone your age/);
});

function feedbackSetup({ answer = { ok: true }, locale = "en" } = {}) {
  const reports = [];
  const timers = new FakeTimers();
  const context = setup({ locale, timers, onFeedback: async (report) => (reports.push(report), answer) });
  return { ...context, reports, timers };
}

const wrongButton = (shadow) => shadow.querySelector('[data-choice="wrong"]');

test("notice_ThisWasWrong_SendsConversationContactAndCategories", async () => {
  const { controller, roots, reports } = feedbackSetup();
  await controller.show(decision("notice", ["secrecy", "gifts"]));
  wrongButton(roots[0].root).click();
  assert.deepEqual(JSON.parse(JSON.stringify(reports)), [{ conversation: "chat|/", contact: "alex_15", categories: ["secrecy", "gifts"] }]);
});

test("notice_ThisWasWrong_ThanksKindlyFocusesCloseThenCloses", async () => {
  const { document, controller, roots, timers } = feedbackSetup();
  await controller.show(decision("alert"));
  const shadow = roots[0].root;
  wrongButton(shadow).click();
  await timers.advance(0);
  const thanks = shadow.querySelector(".thanks");
  assert.equal(thanks.getAttribute("role"), "status");
  assert.equal(thanks.textContent, "Thanks for telling us. SafeBrowse will be quieter about this person now.");
  assert.equal(shadow.querySelector(".choices").hidden, true);
  assert.equal(wrongButton(shadow).hidden, true);
  assert.equal(shadow.activeElement.textContent, "Close");
  await timers.advance(8000);
  assert.equal(document.querySelector("safebrowse-notice"), null);
  assert.equal(document.activeElement.id, "reply");
});

for (const [locale, expected] of [
  ["en", "Thanks for telling us. Notes like this one stay on, and a grown-up in your family will look at it. You're not in trouble."],
  ["es", "Gracias por contarnos. SafeBrowse va a seguir mostrando notas como esta, y un adulto de tu familia la va a revisar. No estás en problemas."],
]) {
  test(`notice_ThisWasWrongOnASeriousNote_${locale}_ThanksWithoutPromisingQuiet`, async () => {
    const { controller, roots, timers } = feedbackSetup({ answer: { ok: true, quieted: false }, locale });
    await controller.show(decision("alert", ["photo_request"]));
    const shadow = roots[0].root;
    wrongButton(shadow).click();
    await timers.advance(0);
    assert.equal(shadow.querySelector(".thanks").textContent, expected);
  });
}

test("notice_ThisWasWrongNotRecorded_SaysSoGently", async () => {
  const { controller, roots, timers } = feedbackSetup({ answer: { ok: false, error: { code: "host_unavailable" } }, locale: "es" });
  await controller.show(decision("notice"));
  const shadow = roots[0].root;
  assert.equal(wrongButton(shadow).textContent, "Esta nota se equivocó");
  wrongButton(shadow).click();
  await timers.advance(0);
  assert.match(shadow.querySelector(".thanks").textContent, /^Gracias por contarnos\. SafeBrowse no pudo guardarlo/);
});

test("notice_ThisWasWrong_IsAKeyboardReachableButtonAfterTheChoices", async () => {
  const { window, controller, roots } = feedbackSetup();
  await controller.show(decision("alert"));
  const shadow = roots[0].root;
  const wrong = wrongButton(shadow);
  assert.equal(wrong.tagName, "BUTTON");
  assert.equal(wrong.getAttribute("type"), "button");
  assert.equal(wrong.closest(".choices"), null, "outside the group of choices, after it");
  assert.ok(shadow.querySelector(".choices").compareDocumentPosition(wrong) & window.Node.DOCUMENT_POSITION_FOLLOWING);
  assert.equal(wrong.hasAttribute("tabindex"), false);
  assert.equal(wrong.disabled, false);
  assert.equal([...shadow.querySelectorAll("button")].at(-2), wrong, "the last stop before Close");
  wrong.focus();
  assert.equal(shadow.activeElement, wrong);
  assert.match(shadow.querySelector("style").textContent, /button\.quiet/);
});

test("notice_ThisWasWrongPressedTwice_SendsOnce", async () => {
  const { controller, roots, reports } = feedbackSetup();
  await controller.show(decision("notice"));
  const wrong = wrongButton(roots[0].root);
  wrong.click();
  wrong.click();
  assert.equal(reports.length, 1);
});

test("notice_SameConversationAndLevelAgainAfterClose_IsNotShownTwice", async () => {
  const { document, controller } = setup();
  assert.equal(await controller.show(decision("notice")), true);
  controller.close();
  // What a restarted host answers for a resent batch: the same decision, with notify.
  assert.equal(await controller.show(decision("notice")), false);
  assert.equal(document.querySelector("safebrowse-notice"), null);
  assert.equal(await controller.show({ ...decision("notice"), conversation: "other|/" }), true);
  controller.close();
  assert.equal(await controller.show(decision("alert")), true, "a rise still shows");
  controller.close();
  assert.equal(await controller.show(decision("alert")), false);
  assert.equal(await controller.show(decision("notice")), false);
});

test("notice_SameDecisionTwiceAtOnce_ShowsOneNotice", async () => {
  const { document, controller } = setup();
  const shown = await Promise.all([controller.show(decision("alert")), controller.show(decision("alert"))]);
  assert.deepEqual(shown.sort(), [false, true]);
  assert.equal(document.querySelectorAll("safebrowse-notice").length, 1);
});

test("notice_PageForgedOurElements_TheyAreNeitherUsedNorRemoved", async () => {
  const { document, controller } = setup();
  document.body.insertAdjacentHTML(
    "beforeend",
    `<safebrowse-notice data-safebrowse="notice" data-level="alert" id="forged-a"></safebrowse-notice>` +
      `<div data-safebrowse="notice" data-level="notice" id="forged-b"></div>`,
  );
  assert.equal(controller.level, null);
  assert.equal(await controller.show(decision("notice")), true);
  assert.equal(controller.level, "notice");
  controller.close();
  assert.ok(document.getElementById("forged-a") && document.getElementById("forged-b"));
  assert.equal(document.querySelectorAll("safebrowse-notice").length, 1, "only the forged one is left");
});

test("notice_Shown_IsRaisedToTheTopLayerAboveThePage", async () => {
  const { window, document, controller } = setup();
  const raised = [];
  window.HTMLElement.prototype.showPopover = function () {
    raised.push(this);
  };
  await controller.show(decision("notice"));
  const host = document.querySelector("safebrowse-notice");
  assert.equal(host.getAttribute("popover"), "manual");
  assert.deepEqual(raised, [host]);
});

test("notice_PageRefusesTheTopLayer_NoticeStillShows", async () => {
  const { window, document, controller } = setup();
  window.HTMLElement.prototype.showPopover = () => {
    throw new window.DOMException("refused", "InvalidStateError");
  };
  assert.equal(await controller.show(decision("alert")), true);
  assert.equal(document.querySelector("safebrowse-notice").isConnected, true);
});

const choice = (shadow, label) => [...shadow.querySelectorAll("button")].find((button) => button.textContent === label);

function openedDetail(shadow, label) {
  const button = choice(shadow, label);
  button.click();
  return shadow.getElementById(button.getAttribute("aria-controls"));
}

test("notice_BlockOnASite_ExplainsThatSitesOwnMenus", async () => {
  const { controller, roots } = setup({ locale: "es", blockHelpKey: "blockHowWhatsapp" });
  await controller.show(decision("notice"));
  const detail = openedDetail(roots[0].root, "Bloquear o salir");
  assert.equal(detail.hidden, false);
  assert.match(detail.textContent, /^En WhatsApp, haz clic en el nombre de la persona .*"Bloquear"/);
  assert.match(detail.textContent, /Está bien bloquear/);
});

test("notice_NoSiteGiven_BlockHelpIsTheGenericOne", async () => {
  const { controller, roots } = setup();
  await controller.show(decision("notice"));
  const detail = openedDetail(roots[0].root, "Block or leave");
  assert.match(detail.textContent, /^Look for "Block" or "Report" on this person's name or profile\./);
});

test("notice_AdapterNamesAnUnknownBlockKey_FallsBackToTheGenericHelp", async () => {
  const { controller, roots } = setup({ blockHelpKey: "blockHowSomewhereNew" });
  await controller.show(decision("alert"));
  const detail = openedDetail(roots[0].root, "Block or leave");
  assert.match(detail.textContent, /you don't owe anyone an answer/);
});

test("notice_ThreatsPattern_OpensTheHelplinesFromTheStart", async () => {
  const { controller, roots } = setup({ locale: "es", country: "CO" });
  await controller.show(decision("alert", ["threats", "secrecy"]));
  const shadow = roots[0].root;
  const help = choice(shadow, "Pedir ayuda ahora");
  assert.equal(help.getAttribute("aria-expanded"), "true");
  assert.equal(shadow.getElementById(help.getAttribute("aria-controls")).hidden, false);
  assert.equal(shadow.activeElement, shadow.querySelector('[role="alertdialog"]'), "focus still starts on the dialog");
});

test("notice_OtherPatterns_KeepTheHelplinesOneClickAway", async () => {
  const { controller, roots } = setup();
  await controller.show(decision("alert", ["secrecy", "threats"]));
  assert.equal(choice(roots[0].root, "Get help now").getAttribute("aria-expanded"), "false");
});

test("notice_NoticeLevel_EscapeInsideClosesButPageKeysAreLeftAlone", async () => {
  const { window, document, controller, roots } = setup();
  await controller.show(decision("notice"));
  const pageEscapes = [];
  document.addEventListener("keydown", (event) => pageEscapes.push(event.key));
  key(window, document.getElementById("reply"), { key: "Escape" });
  assert.ok(document.querySelector("safebrowse-notice"), "Escape typed in the page is the page's");
  assert.deepEqual(pageEscapes, ["Escape"]);
  const talk = choice(roots[0].root, "Talk to an adult you trust");
  talk.focus();
  key(window, talk, { key: "Escape" });
  assert.equal(document.querySelector("safebrowse-notice"), null);
  assert.deepEqual(pageEscapes, ["Escape"], "the notice's Escape does not reach the page");
});

test("notice_HighestLevelShown_RemembersPerConversationAfterClosing", async () => {
  const { controller } = setup();
  assert.equal(controller.highestLevelShown(["chat|/"]), "none");
  await controller.show(decision("notice"));
  controller.close();
  assert.equal(controller.highestLevelShown(["chat|/"]), "notice");
  assert.equal(controller.highestLevelShown(["other|/"]), "none");
  assert.equal(controller.highestLevelShown([]), "none");
  await controller.show({ ...decision("alert"), conversation: "other|/" });
  assert.equal(controller.highestLevelShown(["chat|/", "other|/"]), "alert");
});

test("guard_PageRemovesTheNotice_ItComesBackWithinASecond", async () => {
  const { document, controller, guardTimers } = setup();
  await controller.show(decision("notice"));
  const host = document.querySelector("safebrowse-notice");
  host.remove();
  await guardTimers.advance(1000);
  assert.equal(host.parentElement, document.body);
  controller.close();
});

test("guard_PageHidesTheNoticeThroughItsAttributes_TheyArePutBack", async () => {
  const { document, controller, guardTimers } = setup();
  await controller.show(decision("alert"));
  const host = document.querySelector("safebrowse-notice");
  const style = host.getAttribute("style");
  host.setAttribute("style", "display: none !important");
  host.setAttribute("hidden", "");
  host.setAttribute("inert", "");
  await guardTimers.advance(1000);
  assert.equal(host.getAttribute("style"), style);
  assert.equal(host.hasAttribute("hidden"), false);
  assert.equal(host.hasAttribute("inert"), false);
  controller.close();
});

test("guard_PageKeepsRemovingTheNotice_ComesBackEverMoreRarelyButNeverStops", async () => {
  const { window, document, controller, guardTimers } = setup();
  await controller.show(decision("notice"));
  let restored = 0;
  const restoredAt = [];
  new window.MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.localName !== "safebrowse-notice") continue;
        restored += 1;
        restoredAt.push(guardTimers.now);
        node.remove();
      }
    }
  }).observe(document.body, { childList: true });
  document.querySelector("safebrowse-notice").remove();
  await guardTimers.advance(180000);
  // At once, then after 1, 2, 4, 8 and 16 s, then every 30 s: 10 in three minutes, where a fight at the page's speed
  // would make thousands.
  assert.equal(restored, 10);
  assert.equal(restoredAt.at(-1) - restoredAt.at(-2), 30000);
  controller.close();
  await guardTimers.advance(60000);
  assert.equal(restored, 10, "a closed notice is not brought back");
  assert.equal(guardTimers.pending, 0);
});
