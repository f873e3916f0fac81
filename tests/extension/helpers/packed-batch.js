import { contentWindow } from "./content-window.js";

// The content script's own packer, so the background is tested with what a page really sends: the batch as it
// crosses to the worker (through JSON, as a port carries it).
let packer = null;
export function packedBatch(site, messages) {
  packer ??= contentWindow("<p>page</p>", { files: ["src/content/adapters/adapter-kit.js", "src/content/sender.js"] }).window.SafeBrowse;
  return JSON.parse(JSON.stringify(packer.packObserved(site, messages)));
}
