import { readFileSync } from "node:fs";
import { contentWindow } from "./content-window.js";

const extensionRoot = new URL("../../../extension/", import.meta.url);
const sitesRoot = new URL("../../SafeBrowse.EndToEnd.Tests/Fixtures/sites/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", extensionRoot), "utf8"));

// The content scripts the manifest loads on this site: the shared files with the site's adapter.
export const siteScriptFiles = (id) => manifest.content_scripts.find((entry) => entry.js.includes(`src/content/adapters/${id}.js`)).js;

export const readSite = (id) => ({
  html: readFileSync(new URL(`${id}/page.html`, sitesRoot), "utf8"),
  script: readFileSync(new URL(`${id}/site.js`, sitesRoot), "utf8"),
  ...JSON.parse(readFileSync(new URL(`${id}/site.json`, sitesRoot), "utf8")),
});

// The committed page at its real address with the fixture's own SPA script, and either only the adapter or, given a
// fake chrome, every content script of the site as the browser loads them.
export function loadSite(id, { chrome, url } = {}) {
  const site = readSite(id);
  const files = chrome ? siteScriptFiles(id) : ["src/content/adapters/adapter-kit.js", `src/content/adapters/${id}.js`];
  const dom = contentWindow(site.html, {
    url: url ?? site.url,
    files,
    chrome,
    beforeScripts: (window) => window.eval(site.script),
  });
  const { window } = dom;
  const adapter = window.SafeBrowse.adapters[id];
  // JSON round trip: jsdom objects live in another realm, and deepEqual compares prototypes.
  const extractAll = () =>
    JSON.parse(
      JSON.stringify(
        adapter.findContainers(window.document).flatMap((container) => adapter.rowsOf(container).map((row) => adapter.extract(row, container)).filter(Boolean)),
      ),
    );
  const visible = (messages) => messages.map(({ conversation, contact, direction, text }) => ({ conversation, contact, direction, text }));
  return { dom, window, document: window.document, adapter, site, extractAll, visible };
}
