import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

const manifest = JSON.parse(readFileSync(new URL("../../extension/manifest.json", import.meta.url), "utf8"));
const GENERIC_ADAPTER = "src/content/adapters/generic.js";

// Game and community sites embed their chat in a frame, often from another origin: every entry runs in frames.
test("manifest_EveryContentScriptEntry_RunsInAllFrames", () => {
  const topOnly = manifest.content_scripts.filter((entry) => entry.all_frames !== true).map((entry) => entry.matches.join(" "));
  assert.deepEqual(topOnly, []);
});

// about:blank, srcdoc and blob: frames a chat widget writes itself have no URL of their own to match.
test("manifest_GenericEntry_AlsoRunsInFramesWithoutAnAddressOfTheirOwn", () => {
  const generic = manifest.content_scripts.find((entry) => entry.js.includes(GENERIC_ADAPTER));
  assert.equal(generic.match_about_blank, true);
  assert.equal(generic.match_origin_as_fallback, true);
});
