import { readFileSync } from "node:fs";
import { contentWindow } from "../helpers/content-window.js";

const extensionRoot = new URL("../../../extension/", import.meta.url);
const sitesRoot = new URL("../../SafeBrowse.EndToEnd.Tests/Fixtures/sites/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", extensionRoot), "utf8"));

// The adapter files the manifest loads for this site, in its order, so a shared kit comes along when it is listed.
function adapterFilesFor(id) {
  const own = `src/content/adapters/${id}.js`;
  const entry = manifest.content_scripts.find((candidate) => candidate.js.includes(own));
  if (!entry) throw new Error(`no content_scripts entry loads ${own}`);
  return entry.js.filter((file) => file.startsWith("src/content/adapters/"));
}

export const readSite = (id) => JSON.parse(readFileSync(new URL(`${id}/site.json`, sitesRoot), "utf8"));
export const readPage = (id) => readFileSync(new URL(`${id}/page.html`, sitesRoot), "utf8");

export function loadSite(id, { html = readPage(id), url = readSite(id).url } = {}) {
  const dom = contentWindow(html, { url, files: adapterFilesFor(id) });
  const { window } = dom;
  const adapter = window.SafeBrowse.adapters[id];
  const doc = window.document;
  // JSON round trip: objects made in the jsdom realm have other prototypes, which deepEqual compares.
  const plain = (value) => JSON.parse(JSON.stringify(value));
  const extractAll = () =>
    plain(
      adapter
        .findContainers(doc)
        .flatMap((container) => adapter.rowsOf(container).map((row) => adapter.extract(row, container)))
        .filter(Boolean),
    );
  const visible = (messages) => messages.map(({ conversation, contact, direction, text }) => ({ conversation, contact, direction, text }));
  const navigate = (path) => window.history.pushState({}, "", path);
  return { dom, window, doc, adapter, extractAll, visible, navigate };
}
