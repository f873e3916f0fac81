#!/usr/bin/env bash
# Publishes the host as installer/install.sh does, makes a copy without its Model folder (the category-evidence-only
# baseline), then measures both over real pipes with bench/host-pipe.mjs. Progress on stderr, markdown on stdout.
# Usage: bench/run-host-bench.sh [--quick] [--publish]
#   --quick    a short run (under 2 minutes of measuring instead of 3-6)
#   --publish  publish again even if the host's sources have not changed since the last run
# The publish (3-7 minutes of ReadyToRun compiling on a busy 2-core machine) is kept in
# $TMPDIR/safebrowse-host-bench-publish/, keyed by the content of host/ and the build files, and reused while
# they stay the same.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

quick=()
force_publish=false
for argument in "$@"; do
  case "$argument" in
    --quick) quick=(--quick) ;;
    --publish) force_publish=true ;;
    *) echo "Unknown option: $argument. Usage: bench/run-host-bench.sh [--quick] [--publish]" >&2; exit 2 ;;
  esac
done

say() { printf '[run-host-bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

command -v node >/dev/null 2>&1 || { echo "bench/run-host-bench.sh needs node 20 or later" >&2; exit 1; }
command -v dotnet >/dev/null 2>&1 || { echo "Publishing the host needs the .NET 10 SDK" >&2; exit 1; }
[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || { echo "The benchmark reads /proc and publishes for linux-x64; run it on Linux x64." >&2; exit 1; }

# What the published host is made of: committed files, uncommitted changes and untracked files alike.
sources=(host Directory.Build.props Directory.Packages.props global.json)
key="$(cd "$repo" && {
  git ls-files -s -- "${sources[@]}"
  git diff HEAD -- "${sources[@]}"
  git ls-files -o --exclude-standard -z -- "${sources[@]}" | xargs -0 -r sha1sum
} | sha1sum | cut -c1-16)"
cache="${TMPDIR:-/tmp}/safebrowse-host-bench-publish"
published="$cache/$key"

if $force_publish || [ ! -x "$published/safebrowse-host" ]; then
  rm -rf "$cache"
  say "publishing the host (self-contained, single file, ReadyToRun; 3-7 minutes on a busy 2-core machine)..."
  started=$SECONDS
  # dotnet publish is silent for minutes while ReadyToRun compiles; say it is still working.
  ( while sleep 30; do say "still publishing ($((SECONDS - started)) s)..."; done ) &
  ticker=$!
  trap 'kill "$ticker" 2>/dev/null || true' EXIT
  dotnet publish "$repo/host/SafeBrowse.Host/SafeBrowse.Host.csproj" -c Release -r linux-x64 --self-contained true \
    -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:DebugType=none \
    -p:PublishDocumentationFile=false -p:PublishReferencesDocumentationFiles=false \
    -o "$published/model" -nologo -v:q -clp:ErrorsOnly >&2
  kill "$ticker" 2>/dev/null || true
  rm -f "$published/model"/*.dbg
  [ -d "$published/model/Model" ] || { echo "The published host has no Model folder; nothing to compare against." >&2; exit 1; }
  mkdir -p "$published/no-model"
  cp -a "$published/model/." "$published/no-model/"
  rm -rf "$published/no-model/Model"
  # Written last: a publish cut short leaves no usable entry behind.
  ln -s model/safebrowse-host "$published/safebrowse-host"
  say "published in $((SECONDS - started)) s; the no-model copy is made"
else
  say "the host's sources are unchanged since the last publish; reusing $published (--publish to publish again)"
fi

say "measuring (progress follows; the report comes on stdout at the end)"
node "$repo/bench/host-pipe.mjs" --host "$published/model/safebrowse-host" --baseline "$published/no-model/safebrowse-host" ${quick[@]+"${quick[@]}"}
