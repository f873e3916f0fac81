#!/usr/bin/env bash
# Publishes the SafeBrowse host for this computer (self-contained, single file, ReadyToRun), then lets the host do
# the rest: `safebrowse-host install` copies it into place and registers it with every browser found, and
# `safebrowse-host doctor` checks each one. Linux and macOS. Asks no questions.
# Usage: installer/install.sh [--system]     --system: for every account on the computer (run it with sudo)
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

for argument in "$@"; do
  case "$argument" in
    --system) ;;
    *) echo "Unknown option: $argument. Usage: installer/install.sh [--system]" >&2; exit 2 ;;
  esac
done

if ! command -v dotnet >/dev/null 2>&1; then
  echo "SafeBrowse needs the .NET 10 SDK to build its host program: https://dotnet.microsoft.com/download" >&2
  exit 1
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) rid=linux-x64 ;;
  Linux-aarch64 | Linux-arm64) rid=linux-arm64 ;;
  Darwin-x86_64) rid=osx-x64 ;;
  Darwin-arm64) rid=osx-arm64 ;;
  *) echo "This installer supports Linux and macOS on x64 and arm64; $(uname -s) $(uname -m) is not supported yet." >&2; exit 1 ;;
esac

staging="$(mktemp -d "${TMPDIR:-/tmp}/safebrowse-publish.XXXXXX")"
trap 'rm -rf "$staging"' EXIT

echo "1/3 Building the SafeBrowse host for $rid (the first build downloads packages and takes a minute or two)..."
dotnet publish "$repo/host/SafeBrowse.Host/SafeBrowse.Host.csproj" -c Release -r "$rid" --self-contained true \
  -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:DebugType=none \
  -p:PublishDocumentationFile=false -p:PublishReferencesDocumentationFiles=false \
  -o "$staging" -nologo -v:q -clp:ErrorsOnly

echo "2/3 Installing the host and registering it with your browsers..."
# The native library's debug symbols are of no use to a family.
rm -f "$staging"/*.dbg
"$staging/safebrowse-host" install "$@" | tee "$staging/install.out"

echo "3/3 Checking that every browser can start it..."
status=0
"$staging/safebrowse-host" doctor || status=$?

cat <<TEXT

Now load the extension in the browser (this is the developer's path; families install it from the browser's
store, see README "Install for a family"):
  Chrome, Edge, Brave, Vivaldi:
    1. Open chrome://extensions (Edge: edge://extensions, Brave: brave://extensions).
    2. Turn on "Developer mode".
    3. Click "Load unpacked" and choose: $repo/extension
    Or try it at once in Chromium:  chromium --load-extension="$repo/extension"
  Firefox:
    Open about:debugging#/runtime/this-firefox, click "Load Temporary Add-on" and choose
    $repo/extension/manifest.json (it stays until Firefox restarts). Firefox ESR, Developer Edition and
    Nightly keep the unsigned package from  npm run package  for good (README "Install for a family").
    For private windows: about:addons, SafeBrowse, "Run in Private Windows": Allow.
Protection starts right away; no account or setup is needed. The extension then opens a page for parents:
set a PIN there, with the setup code below, to read the weekly digest, add each child and pause protection.
To remove: installer/uninstall.sh $*
TEXT
# The setup code goes last, where a parent looks: the first PIN needs it.
grep -A2 "^Setup code for the parents' PIN: " "$staging/install.out" || true
exit "$status"
