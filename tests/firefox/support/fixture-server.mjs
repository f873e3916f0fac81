// Serves the end-to-end fixture chats (the Chromium tests' committed pages and conversations) on 127.0.0.1, so the
// extension's http match patterns apply as on a real site.
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../SafeBrowse.EndToEnd.Tests/Fixtures/", import.meta.url));
const contentTypes = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".json": "application/json; charset=utf-8" };

/** @returns {Promise<{urlOf: (path: string) => string, close: () => Promise<void>}>} */
export async function startFixtureServer() {
  const server = createServer(async (request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname)));
    if (!path.startsWith(root)) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(path);
      response.writeHead(200, { "content-type": contentTypes[extname(path)] ?? "application/octet-stream" }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    urlOf: (path) => `http://127.0.0.1:${port}/${path}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
