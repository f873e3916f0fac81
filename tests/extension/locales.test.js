import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { readMessages } from "./helpers/content-window.js";

const es = readMessages("es");
const en = readMessages("en");
// The host's categories, read from the protocol document both sides are written against.
const protocol = readFileSync(new URL("../../docs/protocol.md", import.meta.url), "utf8");
const categoriesSection = protocol.slice(protocol.indexOf("### Categories")).split(/^#{2,3} (?!Categories)/m)[0];
const categoryIds = [...categoriesSection.matchAll(/^\| `([a-z_]+)` \|/gm)].map((match) => match[1]);

test("protocol_Categories_AreListed", () => {
  assert.ok(categoryIds.length >= 10, `found ${categoryIds.length} categories in docs/protocol.md`);
  assert.ok(categoryIds.includes("age_gap"));
  assert.ok(!categoryIds.includes("profile"), "the section ends at the next heading");
});

test("locales_SameKeys_InEsAndEn", () => {
  assert.deepEqual(Object.keys(es).sort(), Object.keys(en).sort());
});

test("locales_EveryKey_HasMessageAndDescription", () => {
  for (const [locale, messages] of [["es", es], ["en", en]]) {
    for (const [key, entry] of Object.entries(messages)) {
      assert.match(key, /^[A-Za-z0-9_]+$/, `${locale}.${key} name`);
      assert.ok(typeof entry.message === "string" && entry.message.trim() !== "", `${locale}.${key} message`);
      assert.ok(typeof entry.description === "string" && entry.description.trim() !== "", `${locale}.${key} description`);
    }
  }
});

test("locales_Placeholders_UsedAndDeclared", () => {
  for (const [locale, messages] of [["es", es], ["en", en]]) {
    for (const [key, entry] of Object.entries(messages)) {
      const used = [...entry.message.matchAll(/\$(\w+)\$/g)].map((m) => m[1].toLowerCase()).sort();
      assert.deepEqual(used, Object.keys(entry.placeholders ?? {}).sort(), `${locale}.${key}`);
    }
  }
});

test("locales_ChildFacingText_NeverSaysPredator", () => {
  for (const messages of [es, en]) {
    for (const [key, entry] of Object.entries(messages)) {
      assert.doesNotMatch(entry.message, /predator|depredador|grooming/i, key);
    }
  }
});

test("locales_EveryCategory_HasASentenceInBothLocales", () => {
  const source = readFileSync(new URL("../../extension/src/shared/categories.js", import.meta.url), "utf8");
  for (const id of categoryIds) {
    const key = source.match(new RegExp(`\\b${id}: "(\\w+)"`))?.[1];
    assert.ok(key, `category ${id} mapped`);
    assert.ok(es[key]?.message.startsWith("Esta persona"), `es ${key}`);
    assert.ok(en[key]?.message.startsWith("This person"), `en ${key}`);
  }
});

test("locales_EveryKeyThePagesUse_Exists", () => {
  const root = new URL("../../extension/src/", import.meta.url);
  const files = ["options", "popup", "welcome", "content/notice", "content/nudge"].flatMap((folder) =>
    readdirSync(new URL(`${folder}/`, root), { recursive: true })
      .filter((file) => /\.(js|html)$/.test(file))
      .map((file) => new URL(`${folder}/${file}`, root)),
  );
  const used = new Set();
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    for (const match of source.matchAll(/(?:\bt\(|data-i18n=)"([A-Za-z0-9_]+)"/g)) used.add(match[1]);
    for (const match of source.matchAll(/"((?:parentCategory|age|storage|review|week|lock|setup|error|wrong|nudge)[A-Z][A-Za-z0-9]*)"/g)) used.add(match[1]);
  }
  assert.ok(used.size > 100, `found ${used.size} keys`);
  for (const key of used) {
    assert.ok(es[key], `es.${key}`);
    assert.ok(en[key], `en.${key}`);
  }
});

test("locales_EveryCategory_HasAParentLabel", () => {
  const source = readFileSync(new URL("../../extension/src/options/category-labels.js", import.meta.url), "utf8");
  for (const id of categoryIds) {
    const key = source.match(new RegExp(`\\b${id}: "(\\w+)"`))?.[1];
    assert.ok(key && es[key] && en[key], `parent label for ${id}`);
  }
});

test("locales_BlockHelp_ExistsForEverySiteAndEveryAdapterKey", () => {
  const named = ["blockHowWhatsapp", "blockHowDiscord", "blockHowTelegram", "blockHowInstagram", "blockHowMessenger", "blockHowX", "blockHowTiktok", "blockHowSnapchat", "blockHowRoblox", "blockHowGeneric"];
  const adapters = new URL("../../extension/src/content/adapters/", import.meta.url);
  const referenced = readdirSync(adapters)
    .filter((file) => file.endsWith(".js"))
    .flatMap((file) => [...readFileSync(new URL(file, adapters), "utf8").matchAll(/blockHelpKey:\s*"(\w+)"/g)].map((match) => match[1]));
  for (const key of new Set([...named, ...referenced])) {
    assert.ok(es[key] && en[key], `${key} in both locales`);
    assert.doesNotMatch(`${es[key].message} ${en[key].message}`, /borra|elimina|delete/i, `${key} never suggests deleting the chat`);
  }
});
