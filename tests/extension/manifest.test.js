import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { test } from "node:test";

const root = new URL("../../extension/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", root), "utf8"));

function extensionIdFromKey(base64Key) {
  const hex = createHash("sha256").update(Buffer.from(base64Key, "base64")).digest("hex").slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join("");
}

test("manifest_Key_DerivesTheStableExtensionId", () => {
  assert.equal(typeof manifest.key, "string");
  assert.equal(manifest.key.length, 392);
  assert.ok(manifest.key.startsWith("MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA"));
  assert.equal(extensionIdFromKey(manifest.key), "kenkdnfcmdmplmpolpcjmdablipobohb");
});

test("manifest_Basics_AreMv3WithSpanishDefault", () => {
  assert.equal(manifest.manifest_version, 3);
  assert.equal(manifest.default_locale, "es");
  assert.equal(manifest.name, "__MSG_extName__");
  assert.equal(manifest.description, "__MSG_extDescription__");
  assert.equal(manifest.browser_specific_settings.gecko.id, "safebrowse@safebrowse.org");
  assert.equal(manifest.browser_specific_settings.gecko.strict_min_version, "140.0");
});

test("manifest_Permissions_AreOnlyAlarmsNativeMessagingScriptingAndStorage", () => {
  assert.deepEqual([...manifest.permissions].sort(), ["alarms", "nativeMessaging", "scripting", "storage"]);
  assert.equal(manifest.externally_connectable, undefined);
});

// Injecting into tabs open before an install or update needs host access the content scripts already ask for: no site
// beyond theirs, so no new warning.
test("manifest_HostPermissions_AreExactlyTheContentScriptsWebPages", () => {
  assert.deepEqual(manifest.host_permissions, ["http://*/*", "https://*/*"]);
  const matched = manifest.content_scripts.flatMap((entry) => entry.matches);
  for (const pattern of matched) assert.match(pattern, /^https?:\/\//, pattern);
});

test("manifest_EveryReferencedFile_Exists", () => {
  const files = [
    manifest.background.service_worker,
    ...manifest.background.scripts,
    manifest.action.default_popup,
    manifest.options_ui.page,
    ...manifest.content_scripts.flatMap((entry) => entry.js),
  ];
  for (const file of files) assert.ok(existsSync(new URL(file, root)), file);
  assert.equal(manifest.background.type, "module");
});

test("manifest_ContentScripts_RunOnWebPagesAtIdleWithNamespaceFirstAndMainLast", () => {
  for (const entry of manifest.content_scripts) {
    assert.equal(entry.run_at, "document_idle");
    assert.equal(entry.js[0], "src/shared/namespace.js");
    assert.equal(entry.js.at(-1), "src/content/main.js");
    const helplines = entry.js.indexOf("src/shared/helplines.js");
    assert.ok(helplines >= 0, "the helplines are loaded");
    assert.ok(helplines < entry.js.indexOf("src/content/notice/notice.js"));
  }
});

const GENERIC_ADAPTER = "src/content/adapters/generic.js";
const siteEntries = manifest.content_scripts.filter((entry) => !entry.js.includes(GENERIC_ADAPTER));

test("manifest_GenericEntry_RunsEverywhereExceptOnSitesWithTheirOwnAdapter", () => {
  const generic = manifest.content_scripts.filter((entry) => entry.js.includes(GENERIC_ADAPTER));
  assert.equal(generic.length, 1);
  assert.deepEqual(generic[0].matches, ["http://*/*", "https://*/*"]);
  assert.deepEqual([...generic[0].exclude_matches].sort(), siteEntries.flatMap((entry) => entry.matches).sort());
});

// Every entry loads the same files in the same order but for its adapter: a file one entry forgets stops protection
// on that site alone.
test("manifest_ContentScripts_ShareEveryFileButTheirAdapter", () => {
  const withoutAdapter = (entry) => entry.js.filter((file) => !file.startsWith("src/content/adapters/") || file.endsWith("adapter-kit.js"));
  const expected = withoutAdapter(manifest.content_scripts[0]);
  for (const entry of manifest.content_scripts) assert.deepEqual(withoutAdapter(entry), expected, entry.matches.join(" "));
});

// One row a site: its adapter file and the whole origin its app can move into its chat on without a reload.
const SITES = [
  ["whatsapp", ["https://web.whatsapp.com/*"]],
  ["discord", ["https://discord.com/*"]],
  ["telegram-k", ["https://web.telegram.org/k/*"]],
  ["telegram-a", ["https://web.telegram.org/a/*"]],
  ["instagram", ["https://www.instagram.com/*"]],
  ["messenger", ["https://www.messenger.com/*", "https://www.facebook.com/*"]],
  ["x", ["https://x.com/*", "https://twitter.com/*"]],
  ["tiktok", ["https://www.tiktok.com/*"]],
  ["snapchat", ["https://www.snapchat.com/web/*", "https://web.snapchat.com/*"]],
  ["roblox", ["https://www.roblox.com/*"]],
];

for (const [id, matches] of SITES) {
  test(`manifest_SiteEntry_${id}_LoadsTheGenericFilesWithItsOwnAdapterInstead`, () => {
    const adapter = `src/content/adapters/${id}.js`;
    const entry = siteEntries.find((candidate) => candidate.js.includes(adapter));
    assert.ok(entry, `an entry loads ${adapter}`);
    assert.deepEqual(entry.matches, matches);
    const generic = manifest.content_scripts.find((candidate) => candidate.js.includes(GENERIC_ADAPTER));
    const expected = generic.js.map((file) => (file === GENERIC_ADAPTER ? adapter : file));
    assert.deepEqual(entry.js, expected);
  });
}

test("manifest_EverySiteEntry_IsListedInTheTable", () => {
  const listed = SITES.map(([id]) => `src/content/adapters/${id}.js`);
  for (const entry of siteEntries) assert.ok(entry.js.some((file) => listed.includes(file)), entry.matches.join(" "));
});

test("manifest_OptionsPage_OpensInATab", () => {
  assert.deepEqual(manifest.options_ui, { page: "src/options/options.html", open_in_tab: true });
});

test("manifest_OtherExtensionsAndPages_CannotReachTheExtension", () => {
  assert.equal(manifest.externally_connectable, undefined);
  assert.equal(manifest.web_accessible_resources, undefined);
  const sources = readdirSync(new URL("src/", root), { recursive: true }).filter((file) => file.endsWith(".js"));
  assert.ok(sources.length > 10);
  for (const file of sources) {
    const text = readFileSync(new URL(`src/${file}`, root), "utf8");
    assert.doesNotMatch(text, /onMessageExternal|onConnectExternal/, file);
  }
});

// Enough of Chrome's match-pattern rules for these host-and-path patterns: "*" in the path matches anything.
const matchesPattern = (pattern, url) => {
  const { protocol, host, pathname } = new URL(url);
  const [, scheme, patternHost, patternPath] = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  const path = new RegExp(`^${patternPath.split("*").map((part) => part.replace(/[.?+^$()[\]{}|\\]/g, "\\$&")).join(".*")}$`);
  return protocol === `${scheme}:` && host === patternHost && path.test(pathname);
};

for (const [id, patterns] of SITES) {
  test(`manifest_SiteEntry_${id}_MatchesItsFixtureUrlAndTheGenericEntrySkipsIt`, () => {
    const generic = manifest.content_scripts.find((candidate) => candidate.js.includes(GENERIC_ADAPTER));
    for (const pattern of patterns) assert.ok(generic.exclude_matches.includes(pattern), pattern);
    const { url } = JSON.parse(readFileSync(new URL(`../SafeBrowse.EndToEnd.Tests/Fixtures/sites/${id}/site.json`, import.meta.url), "utf8"));
    assert.ok(patterns.some((pattern) => matchesPattern(pattern, url)), url);
  });
}
