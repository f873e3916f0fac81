// Debian's Firefox ESR, headless, with the extension installed as a temporary add-on over WebDriver BiDi and the
// built host registered under a fresh HOME, where Firefox looks for it (~/.mozilla/native-messaging-hosts).
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import puppeteer from "puppeteer-core";

export const FIREFOX_PATH = "/usr/bin/firefox-esr";

const repositoryDir = fileURLToPath(new URL("../../../", import.meta.url));
const extensionDir = join(repositoryDir, "extension");
const geckoId = JSON.parse(readFileSync(join(extensionDir, "manifest.json"), "utf8")).browser_specific_settings.gecko.id;
const hostAssembly = join(repositoryDir, "host", "SafeBrowse.Host", "bin", "Release", "net10.0", "safebrowse-host.dll");

/**
 * @param {{privateWindows?: boolean, siteAccess?: boolean}} options privateWindows: every window private, as with
 *   "never remember history", and the extension allowed to run in private windows, as a family that followed the
 *   README; siteAccess false: the extension's site access not granted at install, as a family that did not allow it
 * @returns {Promise<{browser: import("puppeteer-core").Browser, page: import("puppeteer-core").Page, dataDirectory: string,
 *   extensionTab: (path: string, timeoutMs: number) => Promise<(expression: string) => Promise<unknown>>,
 *   close: () => Promise<void>}>}
 */
export async function launchFirefox({ privateWindows = false, siteAccess = true } = {}) {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox ESR is not at ${FIREFOX_PATH}: apt-get install -y firefox-esr (.ci/run does).`);
  }
  const work = mkdtempSync(join(tmpdir(), "safebrowse-firefox-"));
  const home = join(work, "home");
  const dataDirectory = join(work, "host-data");
  registerHost(home, dataDirectory);

  let browser;
  try {
    browser = await puppeteer.launch({
      browser: "firefox",
      executablePath: FIREFOX_PATH,
      headless: true,
      userDataDir: join(work, "profile"),
      env: { ...process.env, HOME: home },
      extraPrefsFirefox: {
        ...(privateWindows ? { "browser.privatebrowsing.autostart": true } : {}),
        ...(siteAccess ? {} : { "extensions.originControls.grantByDefault": false }),
      },
    });
    await browser.connection.send("webExtension.install", {
      extensionData: { type: "path", path: extensionDir },
      ...(privateWindows ? { "moz:allowPrivateBrowsing": true } : {}),
    });
    const page = await browser.newPage();
    return {
      browser,
      page,
      dataDirectory,
      extensionTab: (path, timeoutMs) => extensionTab(browser, path, timeoutMs),
      close: async () => {
        await browser.close();
        rmSync(work, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A tab the extension opened itself (the parents' page opens on install): BiDi will not navigate a tab to
 * moz-extension://, and puppeteer does not follow such a tab's address, so it is found in the browsing context tree.
 * @returns a function that evaluates an expression there, with the extension's APIs, and returns its JSON value
 */
async function extensionTab(browser, path, timeoutMs) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    const { contexts } = await browser.connection.send("browsingContext.getTree", {}).then((reply) => reply.result);
    const tab = contexts.find((context) => context.url.startsWith("moz-extension://") && context.url.endsWith(path));
    if (tab) {
      return (expression) => evaluateJson(browser, tab.context, expression);
    }
    await delay(200);
  }
  throw new Error(`The extension opened no tab at ${path} within ${timeoutMs} ms.`);
}

async function evaluateJson(browser, context, expression) {
  const { result } = await browser.connection.send("script.evaluate", {
    expression: `(async () => JSON.stringify(await (${expression})))()`,
    target: { context },
    awaitPromise: true,
  });
  if (result.type !== "success") {
    throw new Error(`Evaluating in the extension's tab failed: ${result.exceptionDetails?.text}`);
  }
  return JSON.parse(result.result.value);
}

// Firefox starts the host with the manifest's path and the add-on id as arguments; the launcher keeps them and adds
// this test's own data folder.
function registerHost(home, dataDirectory) {
  const launcher = join(home, "safebrowse-host.sh");
  mkdirSync(join(home, ".mozilla", "native-messaging-hosts"), { recursive: true });
  writeFileSync(launcher, `#!/bin/sh\nexec "${dotnetPath()}" "${builtHost()}" "$@" --data-dir "${dataDirectory}"\n`);
  chmodSync(launcher, 0o700);
  writeFileSync(join(home, ".mozilla", "native-messaging-hosts", "org.safebrowse.host.json"), JSON.stringify({
    name: "org.safebrowse.host",
    description: "SafeBrowse Firefox end-to-end test host",
    path: launcher,
    type: "stdio",
    allowed_extensions: [geckoId],
  }));
}

// tests/run.sh runs these after the .NET tests built the host; run alone, they build it once.
function builtHost() {
  if (!existsSync(hostAssembly)) {
    execFileSync(dotnetPath(), ["build", join(repositoryDir, "host", "SafeBrowse.Host"), "-c", "Release", "-nologo", "-v:q"], { stdio: "inherit" });
  }
  return hostAssembly;
}

// Firefox starts the launcher with no shell to search PATH, so it names dotnet by its full path.
function dotnetPath() {
  const found = (process.env.PATH ?? "").split(delimiter).map((folder) => join(folder, "dotnet")).find(existsSync);
  if (!found) {
    throw new Error("dotnet was not found on PATH; the Firefox tests start the built host with it.");
  }
  return realpathSync(found);
}
