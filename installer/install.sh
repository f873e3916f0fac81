#!/usr/bin/env bash
# Builds the SafeBrowse host and registers it with this user's browsers. Asks no questions.
# Linux and macOS, per user. Usage: installer/install.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
app_dir="${SAFEBROWSE_APP_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/safebrowse/app}"

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

echo "1/2 Building the SafeBrowse host for $rid into $app_dir (the first build downloads packages and takes a minute or two)..."
mkdir -p "$app_dir"
chmod 700 "$app_dir"
dotnet publish "$repo/host/SafeBrowse.Host/SafeBrowse.Host.csproj" -c Release -r "$rid" --self-contained true \
  -p:PublishReadyToRun=true -o "$app_dir" -p:DebugType=none -nologo -v:q -clp:ErrorsOnly

echo "2/2 Registering the host with your browsers..."
"$app_dir/safebrowse-host" install

cat <<TEXT

SafeBrowse's host is installed. Now load the extension in the browser:
  1. Open chrome://extensions (Edge: edge://extensions, Brave: brave://extensions).
  2. Turn on "Developer mode".
  3. Click "Load unpacked" and choose: $repo/extension
Or try it at once in Chromium:  chromium --load-extension="$repo/extension"
Protection starts right away; no account or setup is needed. To remove: installer/uninstall.sh
TEXT
