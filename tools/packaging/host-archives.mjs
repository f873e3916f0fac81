// The host as a download: published self-contained for one platform, so a family needs no .NET SDK, then archived
// with a short README. The archive's bytes follow from the published files (fixed times, owner and order).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tarGz } from "./tar.mjs";
import { zip } from "./zip.mjs";

const EXECUTABLE = 0o755;
const READABLE = 0o644;

/**
 * @param {string} buildDir where dotnet keeps its intermediate files, shared by the platforms of one packaging run
 * @returns {{fileName: string, bytes: Buffer}}
 */
export function hostArchive(repositoryDir, version, rid, buildDir) {
  const staging = mkdtempSync(join(tmpdir(), `safebrowse-publish-${rid}-`));
  try {
    publish(repositoryDir, version, rid, buildDir, staging);
    const top = `safebrowse-host-${version}-${rid}`;
    const windows = rid.startsWith("win-");
    const program = windows ? "safebrowse-host.exe" : "safebrowse-host";
    const files = readdirSync(staging, { recursive: true, withFileTypes: true })
      // Native libraries' debug symbols are of no use to a family.
      .filter((entry) => entry.isFile() && !/\.(dbg|dwarf)$/.test(entry.name))
      .map((entry) => {
        const relativeName = join(entry.parentPath, entry.name).slice(staging.length + 1).split("\\").join("/");
        return {
          name: `${top}/${relativeName}`,
          data: readFileSync(join(entry.parentPath, entry.name)),
          mode: relativeName === program ? EXECUTABLE : READABLE,
        };
      });
    files.push({ name: `${top}/README.txt`, data: Buffer.from(readme(version, rid, program)), mode: READABLE });
    if (windows) {
      return { fileName: `${top}.zip`, bytes: zip(files) };
    }
    const folders = [...new Set(files.map((file) => file.name.split("/").slice(0, -1).join("/")))]
      .map((name) => ({ name, mode: EXECUTABLE, directory: true }));
    return { fileName: `${top}.tar.gz`, bytes: tarGz([...folders, ...files]) };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

// The same publish installer/install.sh makes on a developer's computer, for another platform. Its own artifacts
// folder keeps it apart from the repository's obj/: a build or test run at the same time rewrites the restore
// results there without the platform's runtime, and the publish fails (NETSDK1047).
function publish(repositoryDir, version, rid, buildDir, output) {
  execFileSync("dotnet", [
    "publish", join(repositoryDir, "host", "SafeBrowse.Host", "SafeBrowse.Host.csproj"),
    "-c", "Release", "-r", rid, "--self-contained", "true",
    "-p:PublishSingleFile=true", "-p:PublishReadyToRun=true", "-p:DebugType=none",
    "-p:PublishDocumentationFile=false", "-p:PublishReferencesDocumentationFiles=false",
    `-p:Version=${version}`, "--artifacts-path", buildDir, "-o", output, "-nologo", "-v:q", "-clp:ErrorsOnly",
  ], { stdio: ["ignore", "inherit", "inherit"] });
}

function readme(version, rid, program) {
  const run = rid.startsWith("win-") ? `.\\${program}` : `./${program}`;
  const system = rid.startsWith("win-") ? `${run} install --system   (from an administrator PowerShell)` : `sudo ${run} install --system`;
  return `SafeBrowse host ${version} (${rid})

The program the SafeBrowse browser extension talks to. It scores chat messages on this computer; nothing leaves it.
No .NET SDK is needed: unpack this folder anywhere and run, from inside it:

  ${run} install            this account: copies the program into place and registers it with every browser found
  ${system}
                            every account: a child's account cannot remove it, and Chrome, Chromium, Edge, Brave
                            and Firefox get the extension by browser policy

install prints where it put the program and the setup code a parent needs for the first PIN; run
"safebrowse-host doctor" there to check every browser, and
"safebrowse-host uninstall" (add --system, --purge) to remove exactly what install wrote.

--

El programa con el que habla la extensión SafeBrowse. Revisa los mensajes de chat en este computador; nada sale de él.
No necesita el SDK de .NET: descomprima esta carpeta donde quiera y, dentro de ella, ejecute:

  ${run} install            esta cuenta: copia el programa y lo registra en cada navegador encontrado
  ${system}
                            todas las cuentas: la cuenta de un niño no puede quitarlo, y Chrome, Chromium, Edge,
                            Brave y Firefox reciben la extensión por política del navegador

install dice dónde dejó el programa y el código de configuración que un adulto necesita para el primer PIN;
ejecute allí "safebrowse-host doctor" para revisar cada navegador, y
"safebrowse-host uninstall" (con --system, --purge) para quitar exactamente lo que install escribió.
`;
}
