// Writes SafeBrowse's extension into a fresh folder with WhatsApp Web's content scripts replaced by the least reader
// (least-reader/whatsapp.js): the same worker, host, id and key, so the page bench measures what any reader that
// feeds SafeBrowse costs WhatsApp's page, beside what SafeBrowse's own reading costs it.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** The site whose page the least reader reads (bench/page/site-page.mjs names it so). */
export const LEAST_READER_SITE = "whatsapp";
const WHATSAPP = "https://web.whatsapp.com/*";
const SCRIPT = "least-reader.js";

export function writeLeastReaderExtension(repoRoot) {
  const folder = join(mkdtempSync(join(tmpdir(), "safebrowse-least-reader-")), "extension");
  cpSync(join(repoRoot, "extension"), folder, { recursive: true });
  const manifestPath = join(folder, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const entry = manifest.content_scripts.find(({ matches }) => matches.includes(WHATSAPP));
  if (!entry) throw new Error(`the manifest has no content scripts for ${WHATSAPP}`);
  entry.js = [SCRIPT];
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  cpSync(join(repoRoot, "bench", "page", "least-reader", "whatsapp.js"), join(folder, SCRIPT));
  return folder;
}
