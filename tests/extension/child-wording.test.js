import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { readMessages } from "./helpers/content-window.js";

const es = readMessages("es");
const en = readMessages("en");
const table = readFileSync(new URL("../../docs/child-wording.md", import.meta.url), "utf8");

// Every key a child reads: the note, the nudge, the toolbar button and the first-run page (welcomeOptions* is the
// parents' link to that page).
const CHILD_FACING = /^(notice|category|choice|help|blockHow|wrong|nudge|welcome(?!Options)|popup|transcript|badge)/;
const childKeys = Object.keys(es).filter((key) => CHILD_FACING.test(key));

// What each sentence must say in each language, so a translation that drifts (a secret kept *with* the family) fails.
const MEANING = {
  categoryFlattery: { es: [/cosas bonitas|cumplidos/, /conf[ií]/], en: [/compliments|nice things/, /trust/] },
  categorySecrecy: { es: [/secreto/, /no le (contaras|cuentes|dijeras|digas) a tu familia/], en: [/secret/, /from your family|not to tell your family/] },
  categoryIsolation: { es: [/alejarte de/, /familia/, /amigos/], en: [/away from/, /family/, /friends/] },
  categoryPrivateChannel: { es: [/otra app/, /privad/], en: [/another app/, /private/] },
  categoryPersonalInfo: { es: [/edad/, /dónde vives/, /nadie en tu casa/], en: [/age/, /where you live/, /nobody else is at home/] },
  categoryPhotoRequest: { es: [/fotos/, /videos/], en: [/photos/, /videos/] },
  categorySexualTalk: { es: [/sexual/, /no es tu culpa/], en: [/sexual/, /not your fault/] },
  categoryGifts: { es: [/regalos/, /plata/, /juegos/], en: [/gifts/, /money/, /games/] },
  categoryMeeting: { es: [/en persona/], en: [/in person/] },
  categoryThreats: { es: [/presionando/, /amenazando/], en: [/pressuring/, /threats/] },
  categoryAgeGap: { es: [/adulto/, /mayor que tú/], en: [/adult/, /older than you/] },
  categoryGeneric: { es: [/de tu edad/], en: [/your age/] },
  noticeReassure: { es: [/^No estás en problemas\./, /dejar de chatear/], en: [/^You're not in trouble\./, /stop chatting/] },
  choiceTalk: { es: [/adulto de confianza/], en: [/adult you trust/] },
  choiceTalkDetail: { es: [/no te vas a meter en problemas/, /aunque esta persona/], en: [/won't get in trouble/, /even if this person/] },
  choiceSave: { es: [/copia/, /adulto/], en: [/copy/, /adult/] },
  choiceSaveDone: { es: [/no borres el chat/], en: [/don't delete the chat/] },
  choiceBlock: { es: [/Bloquear/, /salir/], en: [/Block/, /leave/] },
  choiceHelp: { es: [/ayuda/], en: [/help/] },
  nudgeThink: { es: [/No estás en problemas/, /tú decides/], en: [/not in trouble/, /your choice/] },
  wrongThanksStaysOn: { es: [/No estás en problemas/], en: [/not in trouble/] },
  welcomeNotTrouble: { es: [/No estás en problemas/, /no de ti/], en: [/not in trouble/, /not about you/] },
  popupPaused: { es: [/no está funcionando/], en: [/isn't working/] },
  badgeUnavailableTitle: { es: [/no está funcionando/], en: [/isn't working/] },
};

// Sentences that said the wrong thing once and must not come back.
const WRONG_BEFORE = {
  categorySecrecy: { es: /secreto con tu familia/ },
  popupPaused: { es: /en pausa/, en: /paused/ },
  badgeUnavailableTitle: { es: /en pausa/, en: /paused/ },
};

// Frightening, shaming or legal words; a child hears them as being in danger or in trouble.
const FORBIDDEN = {
  es: /depredador|ped[oó]filo|niños, niñas y adolescentes|\bmenor(es)? de edad|v[ií]ctima|abuso|delito|explotaci[oó]n|culpa tuya|verg[üu]enza|deber[ií]as haber|\busted\b/i,
  en: /predator|pedophile|minors?\b|victim|abuse|crime|exploitation|your fault(?<!not your fault)|shame|should have|young people/i,
};

const sentences = (text) => text.split(/(?<=[.!?:;])\s+/).filter(Boolean);
const words = (sentence) => sentence.split(/\s+/).length;

test("childWording_EveryCategoryAndChoice_SaysTheSameThingInBothLanguages", () => {
  for (const [key, markers] of Object.entries(MEANING)) {
    for (const [language, messages] of [["es", es], ["en", en]]) {
      for (const marker of markers[language]) assert.match(messages[key].message, marker, `${language}.${key}`);
    }
  }
});

test("childWording_SecrecySentence_SaysTheSecretIsKeptFromTheFamilyNotWithIt", () => {
  assert.match(es.categorySecrecy.message, /no le contaras a tu familia/);
  assert.doesNotMatch(es.categorySecrecy.message, /con tu familia/);
  assert.match(en.categorySecrecy.message, /from your family/);
});

test("childWording_SentencesFixedOnce_DoNotComeBack", () => {
  for (const [key, wrong] of Object.entries(WRONG_BEFORE)) {
    if (wrong.es) assert.doesNotMatch(es[key].message, wrong.es, `es.${key}`);
    if (wrong.en) assert.doesNotMatch(en[key].message, wrong.en, `en.${key}`);
  }
});

test("childWording_ChildFacingText_HasNoFrighteningShamingOrLegalWords", () => {
  assert.ok(childKeys.length > 60, `found ${childKeys.length} child-facing keys`);
  for (const key of childKeys) {
    assert.doesNotMatch(es[key].message, FORBIDDEN.es, `es.${key}`);
    assert.doesNotMatch(en[key].message, FORBIDDEN.en, `en.${key}`);
  }
});

test("childWording_EverySentence_IsShortEnoughToReadAtOnce", () => {
  for (const key of childKeys) {
    const limit = key.startsWith("category") ? 20 : 25;
    for (const [language, messages] of [["es", es], ["en", en]]) {
      for (const sentence of sentences(messages[key].message)) assert.ok(words(sentence) <= limit, `${language}.${key}: ${words(sentence)} words in "${sentence}"`);
    }
  }
});

test("childWording_CategorySentences_NameThePersonNotTheChild", () => {
  for (const key of Object.keys(MEANING).filter((name) => name.startsWith("category") && name !== "categoryGeneric")) {
    assert.ok(es[key].message.startsWith("Esta persona "), `es.${key}`);
    assert.ok(en[key].message.startsWith("This person "), `en.${key}`);
    assert.ok(sentences(es[key].message).length === sentences(en[key].message).length, `${key}: as many sentences in both`);
  }
});

test("childWording_ReviewedTable_MatchesTheLocalesAndCoversEveryCategory", () => {
  const rows = [...table.matchAll(/^\| `(\w+)` \| (.+?) \| (.+?) \| (.+) \|$/gm)].map(([, key, spanish, english, note]) => ({ key, spanish, english, note }));
  const unescape = (cell) => cell.replaceAll("\\|", "|");
  for (const key of Object.keys(MEANING).filter((name) => name.startsWith("category"))) assert.ok(rows.some((row) => row.key === key), `${key} in docs/child-wording.md`);
  assert.ok(rows.length >= 30, `found ${rows.length} rows`);
  for (const row of rows) {
    assert.ok(es[row.key] && en[row.key], `${row.key} exists`);
    assert.equal(unescape(row.spanish), es[row.key].message, `es.${row.key} in the table`);
    assert.equal(unescape(row.english), en[row.key].message, `en.${row.key} in the table`);
    assert.ok(row.note.trim().length > 0, `${row.key} has a note on meaning`);
  }
});
