import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { JSDOM } from "jsdom";
import { localize } from "../../extension/src/shared/elements.js";
import { renderHelplines } from "../../extension/src/welcome/welcome-page.js";
import { contentWindow, fakeI18n } from "./helpers/content-window.js";

const pages = new URL("../../extension/src/", import.meta.url);
const read = (path) => readFileSync(new URL(path, pages), "utf8");
const { helplines, helplineItems } = contentWindow("", { files: ["src/shared/helplines.js"] }).window.SafeBrowse;

function welcome(locale, country) {
  const { document } = new JSDOM(read("welcome/welcome.html")).window;
  const i18n = fakeI18n(locale);
  const t = (key, subs) => i18n.getMessage(key, subs);
  localize(document, t);
  renderHelplines(document, t, helplines[country], helplineItems);
  return { document, t, text: document.body.textContent.replace(/\s+/g, " ") };
}

test("welcome_Spanish_IsFullyTranslatedAndInTheChildsLanguage", () => {
  const { document } = welcome("es", "CO");
  assert.equal(document.documentElement.lang, "es");
  assert.equal(document.title, "¡Hola! SafeBrowse está activo en este navegador");
  for (const el of document.querySelectorAll("[data-i18n]")) assert.notEqual(el.textContent.trim(), "", el.dataset.i18n);
});

test("welcome_SaysWhatItDoesDoesNotAndWhatParentsSee", () => {
  const { text } = welcome("en", "US");
  assert.match(text, /right here on this computer/);
  assert.match(text, /Nothing leaves this computer/);
  assert.match(text, /doesn't block your chats/);
  assert.match(text, /doesn't spy on you or your friends/);
  assert.match(text, /How many notes SafeBrowse showed you/);
  assert.match(text, /Only if your family turned this on: one short line/);
  assert.match(text, /can't see your whole chats or your friends' messages/);
  assert.match(text, /whether you used apps that have a minimum age, like Instagram or Discord, but not the other sites you visit/);
  assert.match(text, /You're not in trouble when a note appears\./);
});

test("welcome_ExampleNote_UsesTheNoticesOwnWordsAndCannotBePressed", () => {
  const { document, t } = welcome("es", "CO");
  const example = document.querySelector("figure.example");
  const words = [...example.querySelectorAll(".example-choices li")].map((li) => li.textContent);
  assert.deepEqual(words, ["choiceTalk", "choiceSave", "choiceBlock", "choiceHelp"].map((key) => t(key)));
  assert.match(example.textContent, new RegExp(t("noticeReassure")));
  assert.equal(example.querySelectorAll("button, a, input, [tabindex]").length, 0);
  assert.equal(document.getElementById(example.getAttribute("aria-labelledby")).tagName, "FIGCAPTION");
  assert.ok(document.body.textContent.includes(`"${t("choiceWrong")}"`), "the page quotes the real button");
});

test("welcome_Helplines_FollowTheConfiguredCountry", () => {
  const colombia = welcome("es", "CO").document.getElementById("helplines");
  assert.match(colombia.textContent, /Te Protejo/);
  assert.match(colombia.textContent, /ICBF Línea 141/);
  assert.ok(colombia.querySelector('a[href="tel:141"]'));
  assert.match(colombia.textContent, /llama al 123\./);
  const spanishInUs = welcome("es", "US").document.getElementById("helplines");
  assert.match(spanishInUs.textContent, /NCMEC CyberTipline/);
  assert.equal(spanishInUs.querySelector('a[target="_blank"]').getAttribute("rel"), "noopener noreferrer");
});

test("welcome_Headings_AreOneH1ThenOneH2PerSection", () => {
  const { document } = welcome("en", "GB");
  assert.equal(document.querySelectorAll("h1").length, 1);
  for (const section of document.querySelectorAll("section")) {
    const heading = document.getElementById(section.getAttribute("aria-labelledby"));
    assert.equal(heading?.tagName, "H2");
    assert.equal(heading.closest("section"), section);
  }
});

test("welcome_ReachableFromThePopupAndTheParentsSetupAndDashboard", () => {
  const popup = new JSDOM(read("popup/popup.html")).window.document;
  const fromPopup = popup.getElementById("open-welcome");
  assert.equal(new URL(fromPopup.getAttribute("href"), "chrome-extension://id/src/popup/").pathname, "/src/welcome/welcome.html");
  assert.equal(fromPopup.getAttribute("target"), "_blank");
  const options = new JSDOM(read("options/options.html")).window.document;
  for (const view of ["view-setup", "view-dashboard"]) {
    const link = options.querySelector(`#${view} a[href="../welcome/welcome.html"]`);
    assert.ok(link, view);
    assert.equal(link.getAttribute("target"), "_blank");
  }
});
