#!/usr/bin/env bash
# Runs every test of the repository (.NET unit, integration and browser end-to-end in Chromium; the extension's JS
# tests; end-to-end in Firefox) and ends with one plain line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
status=0

echo "== JavaScript tests (extension)"
# Also when node_modules misses a package the lock file names (puppeteer-core came in for the Firefox tests).
if [ -f package-lock.json ] && { [ ! -d node_modules ] || ! npm ls --depth=0 >/dev/null 2>&1; }; then
  npm ci --no-audit --no-fund --loglevel=error || status=1
fi
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$results/node.tap" tests/extension/ || status=1

echo "== .NET tests (unit, integration, end-to-end in Chromium)"
dotnet test SafeBrowse.sln -c Release --results-directory "$results/trx" --report-trx || status=1

# After the .NET tests, so the host they built is the one Firefox starts.
echo "== Firefox end-to-end tests"
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$results/firefox.tap" tests/firefox/ || status=1

js_passed=$(cat "$results"/*.tap | grep -E '^# pass [0-9]+' | awk '{s+=$3} END {print s+0}')
js_failed=$(cat "$results"/*.tap | grep -E '^# fail [0-9]+' | awk '{s+=$3} END {print s+0}')
dotnet_passed=0
dotnet_failed=0
for trx in "$results"/trx/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  passed=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  failed=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  errors=$(sed -n 's/.* error="\([0-9]*\)".*/\1/p' <<<"$counters")
  dotnet_passed=$((dotnet_passed + ${passed:-0}))
  dotnet_failed=$((dotnet_failed + ${failed:-0} + ${errors:-0}))
done

passed=$((js_passed + dotnet_passed))
failed=$((js_failed + dotnet_failed))
if [ "$passed" -eq 0 ]; then
  echo "No test ran." >&2
  status=1
fi
if [ "$failed" -gt 0 ]; then
  status=1
fi
echo "JavaScript (extension, Firefox): $js_passed passed, $js_failed failed; .NET: $dotnet_passed passed, $dotnet_failed failed"
echo "$passed passed, $failed failed"
exit "$status"
