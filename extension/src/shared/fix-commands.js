// What a parent types to fix SafeBrowse on this computer, by runtime.getPlatformInfo()'s os: the one place the popup,
// the parents' page and the README take the per-system commands from. Windows gets PowerShell; an os not known yet
// gets the bare program name, which is true everywhere the program is on the PATH.
const INSTALLER = { win: "installer\\install.ps1" };
const DEFAULT_INSTALLER = "installer/install.sh";
// Where the installer for this account puts the program (README, Troubleshooting).
const HOST_PROGRAM = {
  win: '& "$env:LOCALAPPDATA\\SafeBrowse\\app\\safebrowse-host.exe"',
  mac: "~/Library/Application\\ Support/SafeBrowse/app/safebrowse-host",
  linux: "~/.local/share/safebrowse/app/safebrowse-host",
};

export const installCommand = (os) => INSTALLER[os] ?? DEFAULT_INSTALLER;

export const hostCommand = (os, args) => `${HOST_PROGRAM[os] ?? "safebrowse-host"} ${args}`;

// Locale messages that tell a fix say $command$ where it goes; each is filled in for this computer.
const COMMAND_OF = {
  popupPausedFix: installCommand,
  popupModelUnavailableFix: installCommand,
  storageAdvice: (os) => hostCommand(os, "doctor"),
  errorHostUnavailable: (os) => hostCommand(os, "doctor"),
  setupCodeHint: (os) => hostCommand(os, "pin reset"),
  setupCodeMissing: (os) => hostCommand(os, "pin reset"),
};

export const FIX_MESSAGE_KEYS = Object.freeze(Object.keys(COMMAND_OF));

// A `t` that fills the command into the messages above and passes every other call through.
export const withFixCommands = (t, os) => (key, substitutions) =>
  Object.hasOwn(COMMAND_OF, key) ? t(key, [COMMAND_OF[key](os)]) : t(key, substitutions);
