import assert from "node:assert/strict";
import { test } from "node:test";
import { contentWindow } from "./helpers/content-window.js";

const ns = contentWindow("", { files: ["src/shared/helplines.js", "src/shared/country.js"] }).window.SafeBrowse;

test("helplines_EveryCountry_HasAnEmergencyNumberAndReachableLines", () => {
  assert.deepEqual(Object.keys(ns.helplines).sort(), ["CL", "CO", "ES", "GB", "US"]);
  for (const [country, entry] of Object.entries(ns.helplines)) {
    assert.match(entry.emergency, /^\d{3}$/, country);
    for (const line of entry.lines) assert.ok(line.phone || line.url?.startsWith("https://"), `${country} ${line.name}`);
  }
});

test("helplines_KnownNumbers_AreExact", () => {
  const phones = (country) => ns.helplines[country].lines.map((line) => line.phone).filter(Boolean);
  assert.ok(phones("CO").includes("141"));
  assert.ok(phones("CO").includes("123"));
  assert.ok(phones("ES").includes("017"));
  assert.ok(phones("US").includes("1-800-843-5678"));
  assert.ok(phones("GB").includes("0800 1111"));
  assert.ok(ns.helplines.CO.lines.some((line) => line.url === "https://www.teprotejocolombia.org/"));
});

test("resolveCountry_StoredSettingWins_ThenUiRegion_ThenLanguage", () => {
  assert.equal(ns.resolveCountry("us", "es-CO"), "US");
  assert.equal(ns.resolveCountry(undefined, "es-CL"), "CL");
  assert.equal(ns.resolveCountry(undefined, "en-GB"), "GB");
  assert.equal(ns.resolveCountry(undefined, "es-419"), "CO");
  assert.equal(ns.resolveCountry(undefined, "es"), "CO");
  assert.equal(ns.resolveCountry("XX", "en"), "US");
  assert.equal(ns.resolveCountry("toString", "fr-FR"), "US");
});
