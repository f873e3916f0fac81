import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test } from "node:test";
import webExt from "web-ext";

const extensionDir = fileURLToPath(new URL("../../extension/", import.meta.url));
const manifest = JSON.parse(readFileSync(new URL("../../extension/manifest.json", import.meta.url), "utf8"));

test("firefoxLint_Extension_HasNoErrors", async (t) => {
  const report = await webExt.cmd.lint({ sourceDir: extensionDir, output: "none" }, { shouldExitProgram: false });
  for (const finding of [...report.warnings, ...report.notices]) {
    t.diagnostic(`${finding._type} ${finding.code} (${finding.file ?? "-"}): ${finding.message}`);
  }
  const errors = report.errors.map((error) => `${error.code} (${error.file ?? "-"}): ${error.message}`);
  assert.deepEqual(errors, []);
  assert.equal(report.metadata.manifestVersion, 3, "addons-linter read the MV3 manifest");
});

test("firefoxManifest_BackgroundScripts_FallBackToTheSameModuleAsTheServiceWorker", () => {
  assert.deepEqual(manifest.background.scripts, [manifest.background.service_worker]);
  assert.equal(manifest.background.type, "module");
});

test("firefoxManifest_Gecko_DeclaresIdAndThatNoDataIsCollected", () => {
  const { gecko } = manifest.browser_specific_settings;
  assert.match(gecko.id, /^[a-z0-9.-]+@[a-z0-9.-]+$/);
  // Chats are scored on the computer and nothing is sent anywhere, so the consent Firefox shows lists nothing.
  assert.deepEqual(gecko.data_collection_permissions, { required: ["none"] });
  assert.ok(Number.parseFloat(gecko.strict_min_version) >= 140, "data_collection_permissions needs Firefox 140");
});
