// The extension as the stores take it: every file of extension/ and a manifest without the development key.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { zip } from "./zip.mjs";

/** The one version number of a release: extension/manifest.json's, which the host archives are named by too. */
export function releaseVersion(extensionDir) {
  return readManifest(extensionDir).version;
}

/**
 * One archive serves as the Chromium zip and the Firefox xpi: one manifest carries both browsers' keys. The manifest's
 * `key` only pins the extension id of an unpacked development copy; the Chrome Web Store refuses a package that has
 * one, and Firefox ignores it.
 * @returns {Buffer}
 */
export function extensionPackage(extensionDir) {
  const { key: _developmentKey, ...storeManifest } = readManifest(extensionDir);
  const files = listFiles(extensionDir)
    .filter((name) => name !== "manifest.json")
    .map((name) => ({ name, data: readFileSync(join(extensionDir, ...name.split("/"))) }));
  const manifest = { name: "manifest.json", data: Buffer.from(`${JSON.stringify(storeManifest, null, 2)}\n`) };
  return zip([manifest, ...files]);
}

function readManifest(extensionDir) {
  return JSON.parse(readFileSync(join(extensionDir, "manifest.json"), "utf8"));
}

// Hidden files (an editor's swap file, .DS_Store) are never part of the extension.
function listFiles(root, folder = root) {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith("."))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      return entry.isDirectory() ? listFiles(root, path) : [relative(root, path).split(sep).join("/")];
    });
}
