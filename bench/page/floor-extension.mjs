// Writes the floor extension (floor/) into a fresh folder with SafeBrowse's key, so it runs under the same id the
// bench looks for, on every page SafeBrowse reads.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function writeFloorExtension(repoRoot) {
  const { key } = JSON.parse(readFileSync(join(repoRoot, "extension", "manifest.json"), "utf8"));
  const folder = mkdtempSync(join(tmpdir(), "safebrowse-floor-extension-"));
  const manifest = {
    manifest_version: 3,
    name: "SafeBrowse bench floor",
    version: "1.0",
    key,
    background: { service_worker: "worker.js" },
    content_scripts: [{ matches: ["http://*/*", "https://*/*"], js: ["floor.js"], run_at: "document_idle" }],
  };
  writeFileSync(join(folder, "manifest.json"), JSON.stringify(manifest, null, 2));
  for (const file of ["floor.js", "worker.js"]) copyFileSync(join(repoRoot, "bench", "page", "floor", file), join(folder, file));
  return folder;
}
