#!/usr/bin/env bash
# One-document rebuilds in `gongkai serve` against a full build (issue 18 part 5): generate
# a corpus with gen_corpus.py, time FULL_RUNS full builds (`gongkai build`, output on tmpfs),
# then let `gongkai serve --rebuild-bench EDITS` (hidden option; Sources/gongkai/RebuildBench.swift)
# build the corpus once through a SiteSession and time EDITS one-document edits, each a
# sentence appended to one document's body, spread over the site. Reports the median
# rebuild time and its ratio to the median full build; the goal is under 5 % at 50,000
# documents. Wall-clock times: run it on a quiet machine (the script records the load).
#
#   bench/serve-rebuild.sh                         1,000 documents, 9 edits
#   SIZE=50000 EDITS=15 bench/serve-rebuild.sh     the issue's size
#
# Knobs: SIZE, EDITS, FULL_RUNS (default 3), SHAPE (deep|flat), RESULTS (report file; written
# at 50,000 documents or more, default bench/SERVE-RESULTS.md), WORK (default
# /dev/shm/gongkai-serve-bench), GONGKAI_BIN (use this binary instead of
# the release binary scripts/release-binary.sh builds).
# Each rebuild's line in $WORK/rebuilds.log also says how many page jobs and document pages
# were rendered, how many files were written and how many search shards serialised, and
# each phase's CPU and wall seconds (compare the CPU seconds on a loaded machine). Each
# rebuild is told which file was saved, as serve is by its inotify watcher.

set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
SIZE="${SIZE:-1000}"
EDITS="${EDITS:-9}"
FULL_RUNS="${FULL_RUNS:-3}"
SHAPE="${SHAPE:-deep}"
WORK="${WORK:-/dev/shm/gongkai-serve-bench}"
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1767225600}"   # 2026-01-01, as bench/run.sh

GONGKAI="${GONGKAI_BIN:-}"
if [[ -z "$GONGKAI" ]]; then
    GONGKAI=$(bash "$ROOT/scripts/release-binary.sh")   # the release binary, as the package installs it
fi
[[ -x "$GONGKAI" ]] || { echo "serve-rebuild.sh: $GONGKAI is not an executable" >&2; exit 1; }

rm -rf "$WORK"
mkdir -p "$WORK/tmp"
python3 "$BENCH/gen_corpus.py" "$SIZE" "$WORK/corpus" --shape "$SHAPE"
SITE="$WORK/corpus/gongkai"

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "load average before: $load_before"
: > "$WORK/full.txt"
for run in $(seq 1 "$FULL_RUNS"); do
    rm -rf "$WORK/out"
    start=$(date +%s.%N)
    "$GONGKAI" build --site "$SITE" --output "$WORK/out" >/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc -l >> "$WORK/full.txt"
    echo "full build $run: $(tail -n 1 "$WORK/full.txt") s"
done
rm -rf "$WORK/out"
full=$(median < "$WORK/full.txt")

TMPDIR="$WORK/tmp" "$GONGKAI" serve --site "$SITE" --rebuild-bench "$EDITS" > "$WORK/rebuilds.log"
cat "$WORK/rebuilds.log"
rebuild=$(awk '$1 == "rebuild" { print $2 }' "$WORK/rebuilds.log" | median)
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
summary=$(printf '%s documents (%s): full build %.3f s (median of %s), one-document rebuild %.4f s (median of %s) = %.2f %% of the full build' \
    "$SIZE" "$SHAPE" "$full" "$FULL_RUNS" "$rebuild" "$EDITS" "$(echo "100 * $rebuild / $full" | bc -l)")
printf '\n%s\n' "$summary"
# The report bench/report.py quotes in RESULTS.md (only at the issue's size, so a small trial
# run does not replace it).
if [[ "$SIZE" -ge 50000 || -n "${RESULTS:-}" ]]; then
    {
        echo "$(date -u +%Y-%m-%d) · bench/serve-rebuild.sh · load average $load_before → $(cut -d' ' -f1-3 /proc/loadavg)"
        echo
        echo "$summary. Every rebuild (\`serve --rebuild-bench\`): seconds, page jobs, document pages, files and search shards written:"
        echo
        awk '$1 == "rebuild" { printf "- %s s, %s jobs, %s document page, %s files, %s shards: %s\n", $2, $4, $6, $8, $10, $13 }' "$WORK/rebuilds.log"
    } > "${RESULTS:-$BENCH/SERVE-RESULTS.md}"
fi
