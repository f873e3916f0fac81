import assert from "node:assert/strict";
import { test } from "node:test";
import { createChildStrings } from "../../extension/src/background/child-strings.js";
import { contentWindow, fakeI18n, readMessages } from "./helpers/content-window.js";

const { createLocalizer, formatMessage } = contentWindow("", { files: ["src/shared/localizer.js"] }).window.SafeBrowse;

const memoryStorage = (data) => ({ get: async (key) => (key in data ? { [key]: data[key] } : {}) });
const fromFiles = () => {
  const reads = [];
  const loadLocale = async (language) => {
    reads.push(language);
    return readMessages(language);
  };
  return { reads, loadLocale };
};

test("formatMessage_NamedPlaceholders_AreReplacedCaseInsensitivelyWithTheirSubstitution", () => {
  const entry = { message: "Llama al $Phone$ o al $OTHER$.", placeholders: { phone: { content: "$1" }, Other: { content: "$2" } } };
  assert.equal(formatMessage(entry, ["141", "123"]), "Llama al 141 o al 123.");
});

test("formatMessage_SubstitutionMissingOrSingleString_FollowsChromeI18n", () => {
  const entry = { message: "$a$ y $b$", placeholders: { a: { content: "$1" }, b: { content: "$2" } } };
  assert.equal(formatMessage(entry, "uno"), "uno y ");
  assert.equal(formatMessage(entry), " y ");
});

test("formatMessage_DoubleDollarAndUnknownPlaceholder_StayLiteral", () => {
  assert.equal(formatMessage({ message: "Cuesta $$5 y $nada$" }), "Cuesta $5 y $nada$");
});

test("formatMessage_EveryLocaleMessage_MatchesTheFakeOfChromeI18n", () => {
  for (const language of ["es", "en"]) {
    const i18n = fakeI18n(language);
    for (const [key, entry] of Object.entries(readMessages(language))) {
      assert.equal(formatMessage(entry, ["A1", "B2", "C3"]), i18n.getMessage(key, ["A1", "B2", "C3"]), `${language}.${key}`);
    }
  }
});

test("localizer_ChildLanguageDiffersFromTheBrowsers_SpeaksTheChilds", async () => {
  const strings = createLocalizer({ i18n: fakeI18n("en"), requestStrings: async () => ({ ok: true, language: "es", messages: readMessages("es") }) });
  assert.equal(strings.t("noticeHeading"), readMessages("en").noticeHeading.message, "the browser's until loaded");
  const t = await strings.load();
  assert.equal(t("noticeHeading"), readMessages("es").noticeHeading.message);
  assert.equal(t("NOTICEHEADING"), readMessages("es").noticeHeading.message, "names are case-insensitive");
  assert.equal(t("helpCall", ["141"]), "Llamar al 141");
});

test("localizer_NoChildLanguageOrBackgroundGone_FallsBackToTheBrowsers", async () => {
  const english = readMessages("en").noticeHeading.message;
  const unknown = createLocalizer({ i18n: fakeI18n("en"), requestStrings: async () => ({ ok: true, language: null }) });
  assert.equal((await unknown.load())("noticeHeading"), english);
  const gone = createLocalizer({ i18n: fakeI18n("en"), requestStrings: async () => Promise.reject(new Error("Extension context invalidated.")) });
  assert.equal((await gone.load())("noticeHeading"), english);
  const refused = createLocalizer({ i18n: fakeI18n("en"), requestStrings: async () => ({ ok: false, error: { code: "internal" } }) });
  assert.equal((await refused.load())("noticeHeading"), english);
});

test("localizer_KeyMissingFromTheChildsStrings_UsesTheBrowsersRatherThanNothing", async () => {
  const strings = createLocalizer({ i18n: fakeI18n("en"), requestStrings: async () => ({ ok: true, language: "es", messages: { noticeHeading: { message: "Hola" } } }) });
  const t = await strings.load();
  assert.equal(t("noticeHeading"), "Hola");
  assert.equal(t("noticeClose"), readMessages("en").noticeClose.message);
});

test("localizer_ParentChangesTheLanguage_NextLoadFollows", async () => {
  let language = "es";
  const strings = createLocalizer({ i18n: fakeI18n("en"), requestStrings: async () => ({ ok: true, language, messages: readMessages(language) }) });
  assert.equal((await strings.load())("noticeClose"), readMessages("es").noticeClose.message);
  language = "en";
  assert.equal((await strings.load())("noticeClose"), readMessages("en").noticeClose.message);
});

test("childStrings_ProfileLanguageStored_AnswersItsMessagesWithoutDescriptions", async () => {
  const { reads, loadLocale } = fromFiles();
  const childStrings = createChildStrings({ storage: memoryStorage({ language: "es" }), loadLocale });
  const first = await childStrings();
  assert.equal(first.language, "es");
  assert.equal(first.messages.categorySecrecy.message, readMessages("es").categorySecrecy.message);
  assert.deepEqual(first.messages.helpCall.placeholders, readMessages("es").helpCall.placeholders);
  assert.ok(Object.values(first.messages).every((entry) => !("description" in entry)));
  await childStrings();
  assert.deepEqual(reads, ["es"], "read once, then cached");
});

test("childStrings_NoOrUnknownLanguage_AnswersNullAndReadsNothing", async () => {
  for (const data of [{}, { language: "fr" }, { language: "../../manifest" }]) {
    const { reads, loadLocale } = fromFiles();
    assert.deepEqual(await createChildStrings({ storage: memoryStorage(data), loadLocale })(), { ok: true, language: null });
    assert.deepEqual(reads, []);
  }
});

test("childStrings_ReadFails_IsTriedAgainNextTime", async () => {
  let fail = true;
  const loadLocale = async (language) => {
    if (fail) throw new Error("not found");
    return readMessages(language);
  };
  const childStrings = createChildStrings({ storage: memoryStorage({ language: "en" }), loadLocale });
  await assert.rejects(childStrings());
  fail = false;
  assert.equal((await childStrings()).language, "en");
});
