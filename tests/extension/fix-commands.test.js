import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { FIX_MESSAGE_KEYS, hostCommand, installCommand, withFixCommands } from "../../extension/src/shared/fix-commands.js";
import { fakeI18n, readMessages } from "./helpers/content-window.js";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

test("installCommand_EachSystem_NamesItsInstaller", () => {
  assert.equal(installCommand("win"), "installer\\install.ps1");
  assert.equal(installCommand("linux"), "installer/install.sh");
  assert.equal(installCommand("mac"), "installer/install.sh");
  assert.equal(installCommand(null), "installer/install.sh");
});

test("hostCommand_EachSystem_NamesTheProgramWhereTheInstallerPutsIt", () => {
  assert.equal(hostCommand("win", "doctor"), '& "$env:LOCALAPPDATA\\SafeBrowse\\app\\safebrowse-host.exe" doctor');
  assert.equal(hostCommand("mac", "doctor"), "~/Library/Application\\ Support/SafeBrowse/app/safebrowse-host doctor");
  assert.equal(hostCommand("linux", "pin reset"), "~/.local/share/safebrowse/app/safebrowse-host pin reset");
  assert.equal(hostCommand(null, "doctor"), "safebrowse-host doctor");
});

test("hostCommand_Paths_AreTheOnesTheReadmeTroubleshootingNames", () => {
  assert.ok(readme.includes("~/.local/share/safebrowse/app/safebrowse-host doctor"));
  assert.ok(readme.includes("~/Library/Application Support/SafeBrowse/app/safebrowse-host doctor"));
  assert.ok(readme.includes("%LOCALAPPDATA%\\SafeBrowse\\app\\safebrowse-host.exe doctor"));
  assert.ok(readme.includes("installer\\install.ps1") && readme.includes("installer/install.sh"));
});

test("withFixCommands_FixMessages_GetThisSystemsCommandInBothLocales", () => {
  for (const locale of ["es", "en"]) {
    const i18n = fakeI18n(locale);
    const t = withFixCommands((key, subs) => i18n.getMessage(key, subs), "win");
    for (const key of FIX_MESSAGE_KEYS) {
      const text = t(key);
      assert.ok(text.includes("install.ps1") || text.includes("safebrowse-host.exe"), `${locale}.${key}: ${text}`);
      assert.doesNotMatch(text, /install\.sh|\$command\$/, `${locale}.${key}`);
    }
    assert.equal(t("helpCall", ["141"]), i18n.getMessage("helpCall", ["141"]), "other messages pass through");
  }
});

test("locales_NoMessageOutsideTheFixMessages_NamesACommandOfOneSystem", () => {
  for (const locale of ["es", "en"]) {
    for (const [key, entry] of Object.entries(readMessages(locale))) {
      if (FIX_MESSAGE_KEYS.includes(key)) assert.match(entry.message, /\$command\$/, `${locale}.${key}`);
      else assert.doesNotMatch(entry.message, /install\.(sh|ps1)|safebrowse-host (doctor|pin|repair)/, `${locale}.${key}`);
    }
  }
});
