// Serves the fixture folder on 127.0.0.1, so the extension's http(s) match patterns apply as on a real site.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const CONTENT_TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8" };

export async function startFixtureServer(root) {
  const server = createServer(async (request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url, "http://x").pathname)));
    if (!path.startsWith(root + sep)) return response.writeHead(404).end();
    try {
      const body = await readFile(path);
      response.writeHead(200, { "content-type": CONTENT_TYPES[extname(path)] ?? "application/octet-stream", "cache-control": "no-store" });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    urlOf: (pathAndQuery) => `http://127.0.0.1:${port}/${pathAndQuery}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
