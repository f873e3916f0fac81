import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { launchFirefox } from "./support/firefox.mjs";
import { startFixtureServer } from "./support/fixture-server.mjs";
import { waitForScoredMessages } from "./support/host-log.mjs";

// Firefox starts the host on first use and the replay takes a few seconds; generous, but never a pass by waiting.
const SCORING_TIMEOUT_MS = 45_000;
const NOTICE = "[data-safebrowse='notice']";

let site;
before(async () => {
  site = await startFixtureServer();
});
after(() => site.close());

for (const conversation of ["grooming-es", "grooming-en"]) {
  test(`groomingChat_ReplayedInFirefox_ShowsAGentleNotice (${conversation})`, async (t) => {
    const firefox = await launchFirefox();
    t.after(firefox.close);

    await firefox.page.goto(site.urlOf(`chat.html?c=${conversation}`));
    const notice = await firefox.page.waitForSelector(NOTICE, { timeout: SCORING_TIMEOUT_MS });

    assert.equal((await firefox.page.$$(NOTICE)).length, 1);
    assert.ok(["notice", "alert"].includes(await notice.evaluate((element) => element.dataset.level)));
  });
}

for (const conversation of ["benign-es", "benign-en"]) {
  test(`benignChat_ReplayedInFirefox_ShowsNoNotice (${conversation})`, async (t) => {
    const messageCount = 10;
    const firefox = await launchFirefox();
    t.after(firefox.close);

    await firefox.page.goto(site.urlOf(`chat.html?c=${conversation}`));
    await firefox.page.waitForSelector(`body[data-replayed='${messageCount}']`, { timeout: SCORING_TIMEOUT_MS });
    const scored = await waitForScoredMessages(firefox.dataDirectory, messageCount, SCORING_TIMEOUT_MS);

    assert.equal(scored, messageCount, "every message of the page reached the host exactly once");
    assert.equal((await firefox.page.$$(NOTICE)).length, 0);
  });
}

// "Never remember history" makes every window private; a family that allowed SafeBrowse in private windows (the
// README says why) is protected there too.
test("groomingChat_PrivateWindowWithTheExtensionAllowed_ShowsAGentleNotice", async (t) => {
  const firefox = await launchFirefox({ privateWindows: true });
  t.after(firefox.close);

  await firefox.page.goto(site.urlOf("chat.html?c=grooming-en"));
  const notice = await firefox.page.waitForSelector(NOTICE, { timeout: SCORING_TIMEOUT_MS });

  assert.ok(["notice", "alert"].includes(await notice.evaluate((element) => element.dataset.level)));
});
