// Chromium as the end-to-end tests launch it: a fresh profile whose NativeMessagingHosts folder points at a
// launcher script for the host, with its own temporary --data-dir.
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";
export const EXTENSION_ID = "kenkdnfcmdmplmpolpcjmdablipobohb";
const HOST_NAME = "org.safebrowse.host";

// The browser starts the host with no shell to search PATH, so the launcher names absolute paths.
export function hostCommand({ repoRoot, hostPath, log }) {
  if (hostPath) {
    if (!existsSync(hostPath)) throw new Error(`--host ${hostPath} does not exist`);
    return [hostPath];
  }
  const project = join(repoRoot, "host", "SafeBrowse.Host");
  log("building the host: dotnet build host/SafeBrowse.Host -c Release");
  execFileSync("dotnet", ["build", project, "-c", "Release", "--nologo", "-v", "q"], { stdio: ["ignore", "ignore", "inherit"] });
  const dll = join(project, "bin", "Release", "net10.0", "safebrowse-host.dll");
  if (!existsSync(dll)) throw new Error(`the build did not produce ${dll}`);
  const dotnet = execFileSync("sh", ["-c", "readlink -f \"$(command -v dotnet)\""], { encoding: "utf8" }).trim();
  return [dotnet, dll];
}

const quote = (value) => `'${value.replaceAll("'", "'\\''")}'`;

function registerHost(workFolder, command) {
  const dataDir = join(workFolder, "host-data");
  const launcher = join(workFolder, "safebrowse-host.sh");
  writeFileSync(launcher, `#!/bin/sh\nexec ${command.map(quote).join(" ")} "$@" --data-dir ${quote(dataDir)}\n`);
  chmodSync(launcher, 0o700);
  const hosts = join(workFolder, "profile", "NativeMessagingHosts");
  mkdirSync(hosts, { recursive: true });
  writeFileSync(
    join(hosts, `${HOST_NAME}.json`),
    JSON.stringify({ name: HOST_NAME, description: "SafeBrowse benchmark host", path: launcher, type: "stdio", allowed_origins: [`chrome-extension://${EXTENSION_ID}/`] }),
  );
  return dataDir;
}

/** Launches Chromium with an extension and the host (a hostCommand given), an extension alone (no command: the floor
 * extension talks to no host), or a plain profile (extensionDir null). */
export async function launchChromium({ extensionDir, command }) {
  const workFolder = mkdtempSync(join(tmpdir(), "safebrowse-page-bench-"));
  const dataDir = extensionDir && command ? registerHost(workFolder, command) : null;
  const args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(join(workFolder, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: extensionDir ? ["--disable-extensions"] : [],
    args,
  });
  return {
    context,
    dataDir,
    async close() {
      await context.close();
      rmSync(workFolder, { recursive: true, force: true });
    },
  };
}

/** Closes what an extension opens at install (its welcome page), which would compete with the measured page for
 * the CPU: waits up to 5 s for it, then closes every page the context holds. */
export async function closeStartupPages(context) {
  await context.waitForEvent("page", { timeout: 5000 }).catch(() => null);
  for (const page of context.pages()) await page.close();
}

/** Messages the host says it scored (its log counts them, no text): proof the page's messages reached it. */
export function scoredMessages(dataDir) {
  const logs = join(dataDir, "logs");
  if (!existsSync(logs)) return 0;
  let total = 0;
  for (const file of readdirSync(logs)) {
    for (const match of readFileSync(join(logs, file), "utf8").matchAll(/Scored request .*?: (\d+) messages/g)) total += Number(match[1]);
  }
  return total;
}
