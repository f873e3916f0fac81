// npm run manifest: writes extension/manifest.json's content_scripts from the one description below. The extension
// ships plain files with no bundler, and Manifest V3 loads content scripts only as lists of classic scripts, so every
// entry repeats the shared files; writing them from one list keeps a file one entry forgets from switching off
// protection on that site alone. `--check` writes nothing and exits 1 when the manifest differs (tests run it too).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Every entry loads these in this order; `ADAPTER` marks where its adapter goes. */
const ADAPTER = Symbol("adapter");
const SHARED_FILES = [
  "src/shared/namespace.js",
  "src/shared/helplines.js",
  "src/shared/categories.js",
  "src/shared/country.js",
  "src/shared/localizer.js",
  "src/content/page-dom.js",
  "src/content/own-ui.js",
  "src/content/adapters/adapter-kit.js",
  ADAPTER,
  "src/content/watcher.js",
  "src/content/seen-keys.js",
  "src/content/row-history.js",
  "src/content/transcript.js",
  "src/content/sender.js",
  "src/content/batch-channel.js",
  "src/content/save-copy.js",
  "src/content/card-styles.js",
  "src/content/notice/notice-styles.js",
  "src/content/notice/notice-guard.js",
  "src/content/notice/notice.js",
  "src/content/nudge/draft-signals.js",
  "src/content/nudge/nudge.js",
  "src/content/main.js",
];

/** One row a site: its adapter (src/content/adapters/<id>.js) and the whole origin its app moves around in. */
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

const filesWith = (adapter) => SHARED_FILES.map((file) => (file === ADAPTER ? `src/content/adapters/${adapter}.js` : file));

/** The manifest's content_scripts: the generic adapter everywhere but the sites above, each site with its own. */
export function contentScripts() {
  const generic = {
    matches: ["http://*/*", "https://*/*"],
    exclude_matches: SITES.flatMap(([, matches]) => matches),
    run_at: "document_idle",
    all_frames: true,
    // Frames with no address of their own (about:blank, srcdoc, blob:) are where some chat widgets draw.
    match_about_blank: true,
    match_origin_as_fallback: true,
    js: filesWith("generic"),
  };
  const sites = SITES.map(([id, matches]) => ({ matches, run_at: "document_idle", all_frames: true, js: filesWith(id) }));
  return [generic, ...sites];
}

/** The manifest text with its content_scripts replaced, formatted as the manifest is kept (two spaces, final newline). */
export function withContentScripts(manifestText) {
  const manifest = JSON.parse(manifestText);
  return `${JSON.stringify({ ...manifest, content_scripts: contentScripts() }, null, 2)}\n`;
}

export const MANIFEST_URL = new URL("../extension/manifest.json", import.meta.url);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const current = readFileSync(MANIFEST_URL, "utf8");
  const generated = withContentScripts(current);
  if (process.argv.includes("--check")) {
    if (generated !== current) {
      console.error("extension/manifest.json's content_scripts differ from tools/content-scripts.mjs: run npm run manifest.");
      process.exit(1);
    }
  } else if (generated !== current) {
    writeFileSync(MANIFEST_URL, generated);
    console.log("extension/manifest.json: content_scripts written.");
  }
}
