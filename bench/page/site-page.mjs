// A site fixture (tests/SafeBrowse.EndToEnd.Tests/Fixtures/sites/<id>/) served at the site's real address, so the
// extension runs the site's own adapter, with the same `window.bench.insertRound` the bench's chat page has.
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";

// Each fixture's script exposes its own driver; the rows are what is trimmed to keep the page at a steady size.
const DRIVERS = {
  whatsapp: { api: "whatsappFixture", rows: '#main [role="application"] > [role="row"]' },
  discord: { api: "discordFixture", rows: 'ol[data-list-id="chat-messages"] > li[id^="chat-messages-"]' },
  "telegram-k": { api: "telegramFixture", rows: ".bubbles-inner .bubble:not(.is-date)" },
};

export const siteIds = Object.keys(DRIVERS);

export function sitePage(repoRoot, id) {
  const driver = DRIVERS[id];
  if (!driver) throw new Error(`--site must be one of ${siteIds.join(", ")}`);
  const folder = join(repoRoot, "tests", "SafeBrowse.EndToEnd.Tests", "Fixtures", "sites", id);
  const { url } = JSON.parse(readFileSync(join(folder, "site.json"), "utf8"));

  async function serve(context) {
    await context.route(`${new URL(url).origin}/**`, (route) => {
      const request = route.request();
      if (request.resourceType() === "document") return route.fulfill({ path: join(folder, "page.html"), contentType: "text/html" });
      const file = join(folder, basename(new URL(request.url()).pathname));
      return existsSync(file) ? route.fulfill({ path: file }) : route.abort();
    });
  }

  async function open(page, existing) {
    await page.goto(url);
    await page.evaluate(
      ([api, rows, existingRows]) => {
        const fixture = window[api];
        const phrases = ["haha ok", "did you finish the math homework?", "vamos a jugar más tarde", "send me the link to the video",
          "jajaja qué chévere", "mañana hay examen de sociales", "my mom says dinner is ready", "nos vemos en el parque con Juli"];
        let serial = 0;
        const notices = [];
        new MutationObserver(() => {
          for (const el of document.querySelectorAll("safebrowse-notice")) if (!notices.includes(el)) notices.push(el);
        }).observe(document.body, { childList: true });
        window.bench = {
          notices,
          insertRound(count, keep) {
            for (let n = 0; n < count; n += 1, serial += 1) fixture.append(`${phrases[serial % phrases.length]} (${serial})`, { fromMe: serial % 3 === 0 });
            const all = document.querySelectorAll(rows);
            for (let i = 0; i < all.length - keep; i += 1) all[i].remove();
            return Math.min(all.length, keep);
          },
        };
        window.bench.insertRound(existingRows, existingRows);
      },
      [driver.api, driver.rows, existing],
    );
  }

  return { url, serve, open };
}
