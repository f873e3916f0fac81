#!/usr/bin/env bash
# Removes what installer/install.sh installed: `safebrowse-host uninstall` deletes exactly what its install receipt
# lists (registrations, the program, folders it created). The family's data stays unless --purge.
# Usage: installer/uninstall.sh [--system] [--purge]
set -euo pipefail
system=false
for argument in "$@"; do
  case "$argument" in
    --system) system=true ;;
    --purge) ;;
    *) echo "Unknown option: $argument. Usage: installer/uninstall.sh [--system] [--purge]" >&2; exit 2 ;;
  esac
done

# Where `safebrowse-host install` puts the program (InstallLayout.AppDirectory).
case "$(uname -s)-$system" in
  Darwin-true) app_dir="/Library/Application Support/SafeBrowse/app" ;;
  Darwin-false) app_dir="$HOME/Library/Application Support/SafeBrowse/app" ;;
  *-true) app_dir=/opt/safebrowse ;;
  *) app_dir="${XDG_DATA_HOME:-$HOME/.local/share}/safebrowse/app" ;;
esac

if [ ! -x "$app_dir/safebrowse-host" ]; then
  echo "SafeBrowse's host is not installed in $app_dir; nothing to remove."
  echo "If a browser still finds an old registration, build the host and run: safebrowse-host uninstall $*"
  exit 0
fi
"$app_dir/safebrowse-host" uninstall "$@"
