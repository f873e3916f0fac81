#!/usr/bin/env bash
# The whole-path benchmark in one command: publishes the host as installer/install.sh does (plus a copy without its
# Model folder, the baseline), measures it over real pipes (bench/host-pipe.mjs), then the page path in headless
# Chromium with the same published host (bench/page-latency.mjs). Progress on stderr; on stdout one markdown report:
# every target met or missed, then both detailed reports. docs/performance.md "The whole path" holds its output.
# Usage: bench/run.sh [--quick] [--publish] [--only host|page]
#   --quick    a short run (about 6 minutes of measuring instead of 12-15)
#   --publish  publish again even if the host's sources have not changed since the last run
#   --only     measure only the host over pipes, or only the page path
# Needs Linux x64, the .NET 10 SDK, node 20+, `npm ci` (playwright-core) and /usr/bin/chromium for the page part.
# The publish (3-7 minutes of ReadyToRun compiling on a busy 2-core machine) is kept in
# $TMPDIR/safebrowse-host-bench-publish/, keyed by the content of host/ and the build files, and reused while
# they stay the same.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"

usage="Usage: bench/run.sh [--quick] [--publish] [--only host|page]"
quick=false
force_publish=false
only=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true ;;
    --publish) force_publish=true ;;
    --only) only="${2:-}"; shift; [[ "$only" =~ ^(host|page)$ ]] || { echo "$usage" >&2; exit 2; } ;;
    *) echo "Unknown option: $1. $usage" >&2; exit 2 ;;
  esac
  shift
done

say() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

command -v node >/dev/null 2>&1 || { echo "bench/run.sh needs node 20 or later" >&2; exit 1; }
command -v dotnet >/dev/null 2>&1 || { echo "Publishing the host needs the .NET 10 SDK" >&2; exit 1; }
[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || { echo "The benchmark reads /proc and publishes for linux-x64; run it on Linux x64." >&2; exit 1; }

# What the published host is made of: committed files, uncommitted changes and untracked files alike.
sources=(host bench/LeastHost Directory.Build.props Directory.Packages.props global.json)
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
  rm -f "$published/model"/*.dbg
  # The least host (bench/LeastHost), published the same way: the bound of any host on this stack at cold start.
  dotnet publish "$repo/bench/LeastHost/SafeBrowse.LeastHost.csproj" -c Release -r linux-x64 --self-contained true \
    -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:DebugType=none -p:PublishDocumentationFile=false \
    -o "$published/least" -nologo -v:q -clp:ErrorsOnly >&2
  kill "$ticker" 2>/dev/null || true
  [ -d "$published/model/Model" ] || { echo "The published host has no Model folder; nothing to compare against." >&2; exit 1; }
  mkdir -p "$published/no-model"
  cp -a "$published/model/." "$published/no-model/"
  rm -rf "$published/no-model/Model"
  # Written last: a publish cut short leaves no usable entry behind.
  ln -s model/safebrowse-host "$published/safebrowse-host"
  say "published in $((SECONDS - started)) s; the no-model copy and the least host are made"
else
  say "the host's sources are unchanged since the last publish; reusing $published (--publish to publish again)"
fi

reports="$(mktemp -d)"
trap 'rm -rf "$reports"' EXIT
if [ "$only" != "page" ]; then
  say "measuring the host over pipes (progress follows; the report comes on stdout at the end)"
  host_options=()
  $quick && host_options=(--quick)
  node "$repo/bench/host-pipe.mjs" --host "$published/model/safebrowse-host" --baseline "$published/no-model/safebrowse-host" \
    --least "$published/least/least-host" \
    ${host_options[@]+"${host_options[@]}"} >"$reports/host.md"
fi
if [ "$only" != "host" ]; then
  say "measuring the page path in headless Chromium with the same published host"
  page_options=()
  # 48 rounds of 700 ms: the same code moved by up to 0.8 ms between 8-round medians, around a 2 ms target.
  $quick && page_options=(--trials 12 --rounds 48 --profile 3)
  node "$repo/bench/page-latency.mjs" --host "$published/model/safebrowse-host" ${page_options[@]+"${page_options[@]}"} >"$reports/page.md"
  # The same cost on a site's own adapter: WhatsApp's fixture served at web.whatsapp.com (its latency part repeats the above).
  say "measuring the main-thread cost on the WhatsApp fixture with its own adapter"
  node "$repo/bench/page-latency.mjs" --host "$published/model/safebrowse-host" ${page_options[@]+"${page_options[@]}"} \
    --site whatsapp --trials 3 >"$reports/page-whatsapp.md"
fi

echo "# SafeBrowse whole-path benchmark ($(date -u +%Y-%m-%dT%H:%MZ); $($quick && echo quick || echo full) run)"
echo
echo "## Every target"
echo
echo "| target | measured | verdict |"
echo "| --- | --- | --- |"
# Each report opens with its own target table; their met/missed rows, side by side in one place.
# The page report's rows carry the target in a column of its own; it joins the measure's name here.
for report in "$reports"/host.md "$reports"/page.md "$reports"/page-whatsapp.md; do
  [ -f "$report" ] || continue
  # The site run's latency rows measure the bench chat again; only its main-thread rows are its own.
  filter='.'
  [ "$(basename "$report")" = page-whatsapp.md ] && filter='main-thread'
  grep -E '^\|.*\b(met|missed|undecided|out of reach)\b' "$report" | grep -vE '^\| (target|measure) ' |
    grep -E "$filter" | awk -F'|' 'NF == 6 { t = $4; v = $5; gsub(/^ +| +$/, "", t); gsub(/^ +| +$/, "", v); printf "|%s(target %s) |%s| **%s** |\n", $2, t, $3, v; next } { print }' || true
done
for report in "$reports"/host.md "$reports"/page.md "$reports"/page-whatsapp.md; do
  [ -f "$report" ] || continue
  echo
  cat "$report"
done
