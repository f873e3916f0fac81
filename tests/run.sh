#!/usr/bin/env bash
# Runs every test of the repository (.NET unit, integration and browser end-to-end in Chromium; the extension's JS
# tests; end-to-end in Firefox) and ends with one plain line: "N passed, N failed, N skipped", the skipped tests
# listed above it with the reason each gave.
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

# Skipped-for-environment tests are listed with their reason, and counted in the last line.
node tests/summarize-results.mjs "$results" || status=1
exit "$status"
