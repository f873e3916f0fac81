// npm run package: the store packages of the extension and the host downloads, all from extension/manifest.json's
// version, into dist/. Usage: node tools/package.mjs [--out DIR] [--extension-only] [--rid RID]...
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extensionPackage, releaseVersion } from "./packaging/extension-package.mjs";
import { hostArchive } from "./packaging/host-archives.mjs";

// The platforms whose host publishes from Linux here (runtime packs come from NuGet); see README "Packages".
const DEFAULT_RIDS = ["linux-x64", "win-x64", "osx-arm64"];

const repositoryDir = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({
  options: {
    out: { type: "string", default: join(repositoryDir, "dist") },
    "extension-only": { type: "boolean", default: false },
    rid: { type: "string", multiple: true },
  },
});

const out = resolve(values.out);
const extensionDir = join(repositoryDir, "extension");
const version = releaseVersion(extensionDir);
mkdirSync(out, { recursive: true });

const extension = extensionPackage(extensionDir);
write(`safebrowse-${version}-chromium.zip`, extension);
write(`safebrowse-${version}.xpi`, extension);

if (!values["extension-only"]) {
  const buildDir = mkdtempSync(join(tmpdir(), "safebrowse-package-"));
  try {
    for (const rid of values.rid ?? DEFAULT_RIDS) {
      const archive = hostArchive(repositoryDir, version, rid, buildDir);
      write(archive.fileName, archive.bytes);
    }
  } catch (error) {
    console.error(`Publishing the host failed (dotnet says why above): ${error.message.split("\n")[0]}`);
    process.exitCode = 1;
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}

function write(name, bytes) {
  writeFileSync(join(out, name), bytes);
  console.log(`${join(out, name)} (${bytes.length} bytes)`);
}
