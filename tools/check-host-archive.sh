#!/usr/bin/env bash
# Installs a host archive from `npm run package` the way a family would, on an account without the .NET SDK: unpacks
# it in a temporary folder and runs its own `safebrowse-host install`, then the installed program's `doctor`, with a
# temporary HOME (holding Chromium's and Firefox's profile folders) and an empty PATH, so no dotnet can be found. As
# root it also hides the .NET installations of this machine behind empty folders in a mount namespace of its own.
# Usage: tools/check-host-archive.sh dist/safebrowse-host-<version>-linux-x64.tar.gz
set -euo pipefail
if [ "$#" -ne 1 ] || [ ! -f "$1" ]; then
  echo "Usage: tools/check-host-archive.sh dist/safebrowse-host-<version>-linux-x64.tar.gz" >&2
  exit 2
fi
archive="$(realpath "$1")"
work="$(mktemp -d "${TMPDIR:-/tmp}/safebrowse-archive.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home/.config/chromium" "$work/home/.mozilla" "$work/unpacked" "$work/empty-path"
tar -xzf "$archive" -C "$work/unpacked"
folders=("$work"/unpacked/*/)
clean=(env -i "HOME=$work/home" "PATH=$work/empty-path")
dotnet_folders=()
for folder in /usr/share/dotnet /usr/lib/dotnet /opt/dotnet "${HOME:-/root}/.dotnet"; do
  [ -d "$folder" ] && dotnet_folders+=("$folder")
done
if [ "$(id -u)" -eq 0 ] && command -v unshare >/dev/null 2>&1; then
  hide='for folder in $DOTNET_FOLDERS; do mount -t tmpfs none "$folder"; done; exec "$@"'
  clean=(unshare --mount --propagation private env "DOTNET_FOLDERS=${dotnet_folders[*]}" sh -c "$hide" sh "${clean[@]}")
  echo "Hiding ${dotnet_folders[*]:-no .NET folder} from the install."
fi

echo "== install (from ${folders[0]})"
"${clean[@]}" "${folders[0]}safebrowse-host" install
echo "== doctor"
"${clean[@]}" "$work/home/.local/share/safebrowse/app/safebrowse-host" doctor
