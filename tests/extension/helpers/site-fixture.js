import { existsSync, readFileSync } from "node:fs";
import { contentWindow } from "./content-window.js";

const extensionRoot = new URL("../../../extension/", import.meta.url);
const sitesRoot = new URL("../../SafeBrowse.EndToEnd.Tests/Fixtures/sites/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", extensionRoot), "utf8"));
const siteFile = (id, name) => new URL(`${id}/${name}`, sitesRoot);

// The content scripts the manifest loads on this site: the shared files with the site's adapter.
export function siteScriptFiles(id) {
  const own = `src/content/adapters/${id}.js`;
  const entry = manifest.content_scripts.find((candidate) => candidate.js.includes(own));
  if (!entry) throw new Error(`no content_scripts entry loads ${own}`);
  return entry.js;
}

export const readPage = (id) => readFileSync(siteFile(id, "page.html"), "utf8");

// The address the page is served at and the messages expected from it as loaded.
export const readSite = (id) => JSON.parse(readFileSync(siteFile(id, "site.json"), "utf8"));

// A fixture may carry a script that plays the site (new messages, older history, rows drawn again).
const readScript = (id) => (existsSync(siteFile(id, "site.js")) ? readFileSync(siteFile(id, "site.js"), "utf8") : null);

// The committed page at its real address with the fixture's own script, and either only the adapter files (the
// document access they share, the kit and the site's adapter) or, given a fake chrome, every content script of the site as the browser loads them.
export function loadSite(id, { chrome, url, html = readPage(id) } = {}) {
  const site = readSite(id);
  const script = readScript(id);
  const files = siteScriptFiles(id);
  const dom = contentWindow(html, {
    url: url ?? site.url,
    files: chrome ? files : files.filter((file) => file === "src/content/page-dom.js" || file.startsWith("src/content/adapters/")),
    chrome,
    beforeScripts: (window) => script && window.eval(script),
  });
  const { window } = dom;
  const { document } = window;
  const adapter = window.SafeBrowse.adapters[id];
  // JSON round trip: jsdom objects live in another realm, and deepEqual compares prototypes.
  const extractAll = () =>
    JSON.parse(
      JSON.stringify(
        adapter.findContainers(document).flatMap((container) => adapter.rowsOf(container).map((row) => adapter.extract(row, container)).filter(Boolean)),
      ),
    );
  const visible = (messages) => messages.map(({ conversation, contact, direction, text }) => ({ conversation, contact, direction, text }));
  const navigate = (path) => window.history.pushState({}, "", path);
  return { dom, window, document, adapter, site, extractAll, visible, navigate };
}
