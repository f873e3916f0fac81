import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, test } from "node:test";
import webExt from "web-ext";
import { extensionPackage } from "../../tools/packaging/extension-package.mjs";
import { tarGz } from "../../tools/packaging/tar.mjs";
import { readZip } from "./helpers/read-zip.js";

const repositoryDir = fileURLToPath(new URL("../../", import.meta.url));
const extensionDir = join(repositoryDir, "extension");
const sourceManifest = JSON.parse(readFileSync(join(extensionDir, "manifest.json"), "utf8"));
const work = mkdtempSync(join(tmpdir(), "safebrowse-packaging-"));
after(() => rmSync(work, { recursive: true, force: true }));

const out = join(work, "dist");
execFileSync(process.execPath, [join(repositoryDir, "tools", "package.mjs"), "--extension-only", "--out", out]);
const chromiumZip = readFileSync(join(out, `safebrowse-${sourceManifest.version}-chromium.zip`));
const xpi = readFileSync(join(out, `safebrowse-${sourceManifest.version}.xpi`));

function sourceFiles(folder = extensionDir) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : [join(folder, entry.name).slice(extensionDir.length + 1)]);
}

test("packageCommand_ChromiumZip_ManifestHasNoKeyAndTheSourceVersion", () => {
  const manifest = JSON.parse(readZip(chromiumZip).get("manifest.json").toString("utf8"));
  assert.equal(Object.hasOwn(sourceManifest, "key"), true, "the development manifest keeps its key");
  assert.equal(Object.hasOwn(manifest, "key"), false);
  const { key: _developmentKey, ...expected } = sourceManifest;
  assert.deepEqual(manifest, expected);
});

test("packageCommand_Packages_HoldEveryExtensionFileUnchanged", () => {
  const entries = readZip(xpi);
  const files = sourceFiles().filter((name) => name !== "manifest.json");
  assert.deepEqual([...entries.keys()].sort(), [...files, "manifest.json"].sort());
  for (const name of files) {
    assert.ok(entries.get(name).equals(readFileSync(join(extensionDir, name))), name);
  }
  assert.ok(chromiumZip.equals(xpi), "one manifest serves both browsers, so both packages are one archive");
});

test("extensionPackage_SameSourcesWithOtherTimesAndCreationOrder_IsByteForByteIdentical", () => {
  const first = join(work, "first");
  const second = join(work, "second");
  cpSync(extensionDir, first, { recursive: true });
  // The second copy is written file by file in reverse order and dated ten years later.
  for (const name of sourceFiles().reverse()) {
    mkdirSync(dirname(join(second, name)), { recursive: true });
    writeFileSync(join(second, name), readFileSync(join(extensionDir, name)));
    utimesSync(join(second, name), new Date("2036-01-01T00:00:00Z"), new Date("2036-01-01T00:00:00Z"));
  }

  const firstBytes = extensionPackage(first);
  const secondBytes = extensionPackage(second);

  assert.ok(firstBytes.length > 0);
  assert.ok(firstBytes.equals(secondBytes));
  assert.ok(firstBytes.equals(xpi), "the package command writes the same bytes");
});

test("extensionPackage_OneChangedFile_ChangesThePackage", () => {
  const changed = join(work, "changed");
  cpSync(extensionDir, changed, { recursive: true });
  writeFileSync(join(changed, "src", "popup", "popup.css"), `${readFileSync(join(changed, "src", "popup", "popup.css"), "utf8")}\n`);

  assert.equal(extensionPackage(changed).equals(xpi), false);
});

test("packageCommand_Xpi_IsWebExtLintClean", async (t) => {
  const unpacked = join(work, "xpi");
  for (const [name, data] of readZip(xpi)) {
    mkdirSync(dirname(join(unpacked, name)), { recursive: true });
    writeFileSync(join(unpacked, name), data);
  }

  const report = await webExt.cmd.lint({ sourceDir: unpacked, output: "none" }, { shouldExitProgram: false });

  for (const finding of [...report.warnings, ...report.notices]) {
    t.diagnostic(`${finding._type} ${finding.code} (${finding.file ?? "-"}): ${finding.message}`);
  }
  assert.deepEqual(report.errors.map((error) => `${error.code} (${error.file ?? "-"}): ${error.message}`), []);
  assert.equal(report.metadata.manifestVersion, 3);
});

test("tarGz_UnpackedWithTar_KeepsNamesModesAndBytesWhateverTheOrderGiven", () => {
  const entries = [
    { name: "safebrowse-host-0.1.0-linux-x64/Model/model.zip", data: Buffer.from("model"), mode: 0o644 },
    { name: "safebrowse-host-0.1.0-linux-x64", mode: 0o755, directory: true },
    { name: "safebrowse-host-0.1.0-linux-x64/safebrowse-host", data: Buffer.alloc(1000, 7), mode: 0o755 },
    { name: "safebrowse-host-0.1.0-linux-x64/Model", mode: 0o755, directory: true },
  ];
  const archive = join(work, "host.tar.gz");
  const unpacked = join(work, "host");
  mkdirSync(unpacked);

  writeFileSync(archive, tarGz(entries));
  execFileSync("tar", ["-xzf", archive, "-C", unpacked]);

  const program = join(unpacked, "safebrowse-host-0.1.0-linux-x64", "safebrowse-host");
  assert.ok(readFileSync(program).equals(Buffer.alloc(1000, 7)));
  assert.equal(statSync(program).mode & 0o777, 0o755);
  assert.equal(readFileSync(join(unpacked, "safebrowse-host-0.1.0-linux-x64", "Model", "model.zip"), "utf8"), "model");
  assert.ok(tarGz(entries).equals(tarGz([...entries].reverse())));
});
