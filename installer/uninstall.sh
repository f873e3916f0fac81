#!/usr/bin/env bash
# Removes SafeBrowse's host registration and program for this user. Data (flagged events, digests) stays unless --purge.
set -euo pipefail
app_dir="${SAFEBROWSE_APP_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/safebrowse/app}"

if [ -x "$app_dir/safebrowse-host" ]; then
  "$app_dir/safebrowse-host" uninstall
  rm -rf "$app_dir"
  echo "Removed the SafeBrowse host from $app_dir."
else
  echo "SafeBrowse's host is not installed in $app_dir; nothing to remove."
fi
if [ "${1:-}" = "--purge" ]; then
  if [ "$(uname -s)" = Darwin ]; then default_data="$HOME/Library/Application Support/SafeBrowse"; else default_data="${XDG_DATA_HOME:-$HOME/.local/share}/safebrowse"; fi
  data_dir="${SAFEBROWSE_DATA_DIR:-$default_data}"
  rm -rf "$data_dir"
  echo "Removed SafeBrowse's data in $data_dir."
fi
echo "Remove the extension from the browser's extensions page too."
