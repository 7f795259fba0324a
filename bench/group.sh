#!/usr/bin/env bash
# The site-group benchmark (issue 17, README “站群”): a group of MEMBERS members of PER_MEMBER
# generated documents each (default 50 × 2,000 = 100,000; bench/group_corpus.py over one
# bench/gen_corpus.py site), against a single site of the same total size. Measures, with GNU
# time -v as bench/run.sh does, wall time, peak memory (maximum RSS) and documents per second of:
#
#   single    one site of MEMBERS × PER_MEMBER documents (gen_corpus.py at that size)
#   group     the whole group from scratch (no cached member parts)
#   again     the group rebuilt with nothing changed (every member's part reused)
#   one-edit  the group rebuilt after one document of one member changed (one member + portal)
#   fan-out   every member as its own process (--member-index, xargs -P PARALLEL), then --assemble
#
# and checks that the fanned-out output and every rebuild are byte-identical to the clean group
# build (diff -r). Writes a Markdown report (default bench/GROUP-RESULTS.md).
#
#   bench/group.sh                          50 × 2,000, on a quiet machine only
#   SMOKE=1 bench/group.sh                  3 × 100 (CI smoke test; report in $WORK)
#   MEMBERS=20 PER_MEMBER=500 SHAPE=flat bench/group.sh
#
# single and group are run ROUNDS times (default 3) alternating, each from scratch; the table
# gives their medians and every run is listed below it. THROUGHPUT_ONLY=1 stops there (what fits
# on a memory disk: WORK=/dev/shm/… gives figures without the disk's write-back noise).
# Other knobs: WORK (default /dev/shm/gongkai-group-bench), GONGKAI_BIN (this binary instead of
# the release binary scripts/release-binary.sh builds), PARALLEL (default nproc), RESULTS,
# KEEP=1 (keep the corpora).
set -euo pipefail
BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
if [[ "${SMOKE:-0}" == 1 ]]; then
    MEMBERS="${MEMBERS:-3}"
    PER_MEMBER="${PER_MEMBER:-100}"
fi
MEMBERS="${MEMBERS:-50}"
PER_MEMBER="${PER_MEMBER:-2000}"
SHAPE="${SHAPE:-deep}"
PARALLEL="${PARALLEL:-$(nproc)}"
ROUNDS="${ROUNDS:-3}"
WORK="${WORK:-/dev/shm/gongkai-group-bench}"
TOTAL=$((MEMBERS * PER_MEMBER))
if [[ "${SMOKE:-0}" == 1 ]]; then RESULTS="${RESULTS:-$WORK/GROUP-RESULTS-smoke.md}"; else RESULTS="${RESULTS:-$BENCH/GROUP-RESULTS.md}"; fi
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1767225600}"   # 2026-01-01, as bench/run.sh
say() { echo "group bench: $*" >&2; }
die() { say "$*"; exit 1; }

[[ -x /usr/bin/time ]] || { apt-get install -y -qq time >/dev/null 2>&1 || die "GNU time is missing (apt-get install time)"; }
mkdir -p "$WORK/logs"
GONGKAI="${GONGKAI_BIN:-}"
if [[ -z "$GONGKAI" ]]; then
    say "gongkai (scripts/release-binary.sh: the release binary, as the package installs it)"
    GONGKAI=$(bash "$ROOT/scripts/release-binary.sh" 2>"$WORK/logs/swift-build.log") || die "scripts/release-binary.sh failed (log: $WORK/logs/swift-build.log)"
fi

say "corpora: one site of $TOTAL, a group of $MEMBERS × $PER_MEMBER ($SHAPE)"
rm -rf "$WORK/single" "$WORK/member" "$WORK/group" "$WORK"/out-*  "$WORK"/.out-*
python3 "$BENCH/gen_corpus.py" "$TOTAL" "$WORK/single" --shape "$SHAPE" >/dev/null
python3 "$BENCH/gen_corpus.py" "$PER_MEMBER" "$WORK/member" --shape "$SHAPE" >/dev/null
python3 "$BENCH/group_corpus.py" "$MEMBERS" "$WORK/member/gongkai" "$WORK/group"

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
ROWS=()
# measure NAME DOCUMENTS COMMAND... : one timed run, a report row
measure() {
    local name=$1 documents=$2; shift 2
    local tf="$WORK/logs/$name.time"
    /usr/bin/time -v -o "$tf" "$@" >"$WORK/logs/$name.log" 2>&1 || die "$name failed (log: $WORK/logs/$name.log)"
    local wall rss
    wall=$(sed -n 's/^\s*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tf" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    rss=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$tf")
    ROWS+=("| $name | $documents | $(printf '%.2f' "$wall") | $((rss / 1024)) | $(awk -v d="$documents" -v w="$wall" 'BEGIN { printf "%.0f", (w > 0 ? d / w : 0) }') |")
    say "$name: ${wall}s, $((rss / 1024)) MiB"
}

write_report() {
    {
        echo "# Site-group benchmark (bench/group.sh)"
        echo
        echo "$(date -u +%Y-%m-%d) · $(nproc) cores · $MEMBERS members × $PER_MEMBER documents = $TOTAL ($SHAPE shape) · work folder $WORK · load average $LOAD_BEFORE before → $(cut -d' ' -f1-3 /proc/loadavg) after (the benchmark's own builds)"
        echo
        echo "single and group: the median of $ROUNDS alternating runs from scratch (every run listed below); the"
        echo "others one timed run each. Peak memory is the largest process's maximum RSS (for fan-out: the"
        echo "largest of the member processes and the assemble step). one-edit rebuilds one member and"
        echo "the portal; its documents/s counts that member's documents. Every rebuild and the fan-out"
        echo "were checked byte-identical to a clean group build (diff -r)."
        echo
        echo "| build | documents | wall s | peak MiB | documents/s |"
        echo "|---|---:|---:|---:|---:|"
        printf '%s\n' "${ROWS[@]}"
        echo
        echo "Every run of single and group (alternating, each from scratch):"
        echo
        echo "| build | documents | wall s | peak MiB | documents/s |"
        echo "|---|---:|---:|---:|---:|"
        printf '%s\n' "${RUNS[@]}"
    } > "$RESULTS"
}
# single and group from scratch, alternating, ROUNDS times: the report gives each one's median
# (the machine's disk and the other tenants make one run of either vary by a fifth).
RUNS=()
for round in $(seq 1 "$ROUNDS"); do
    rm -rf "$WORK/out-single" "$WORK/out-group" "$WORK/.out-group.gongkai-parts"
    measure "single-$round" "$TOTAL" "$GONGKAI" build --site "$WORK/single/gongkai" --output "$WORK/out-single" --quiet
    measure "group-$round" "$TOTAL" "$GONGKAI" build --site "$WORK/group" --output "$WORK/out-group" --quiet
done
RUNS=("${ROWS[@]}")
ROWS=()
median_row() {
    local name=$1 walls rsses k mid
    walls=$(printf '%s\n' "${RUNS[@]}" | awk -F'|' -v n="$name" '{ gsub(/ /, "", $2) } $2 ~ "^" n "-[0-9]+$" { print $4 + 0 }' | sort -n)
    rsses=$(printf '%s\n' "${RUNS[@]}" | awk -F'|' -v n="$name" '{ gsub(/ /, "", $2) } $2 ~ "^" n "-[0-9]+$" { print $5 + 0 }' | sort -n)
    k=$(echo "$walls" | wc -l)
    mid=$(( (k + 1) / 2 ))
    awk -v n="$name" -v k="$k" -v d="$TOTAL" -v w="$(echo "$walls" | sed -n "${mid}p")" -v m="$(echo "$rsses" | sed -n "${mid}p")" \
        'BEGIN { printf "| %s (median of %d) | %d | %.2f | %d | %.0f |\n", n, k, d, w, m, (w > 0 ? d / w : 0) }'
}
ROWS+=("$(median_row single)" "$(median_row group)")
if [[ "${THROUGHPUT_ONLY:-0}" == 1 ]]; then
    write_report
    say "report: $RESULTS"
    [[ "${KEEP:-0}" == 1 ]] || rm -rf "$WORK/single" "$WORK/member" "$WORK/group" "$WORK"/out-* "$WORK"/.out-*
    exit 0
fi
rm -rf "$WORK/out-single"
cp -a "$WORK/out-group" "$WORK/out-clean"
measure again "$TOTAL" "$GONGKAI" build --site "$WORK/group" --output "$WORK/out-group" --quiet
diff -r "$WORK/out-clean" "$WORK/out-group" >/dev/null || die "the unchanged rebuild differs from the clean build"
grep -q "构建 0 个" "$WORK/logs/again.log" || die "the unchanged rebuild built members: $(grep 站群成员 "$WORK/logs/again.log")"
edited=$(find "$WORK/group/members/m01/content" -name '*.md' ! -name '_index.md' | sort | sed -n 1p)
printf '\n（基准测试修改的一段。）\n' >> "$edited"
measure one-edit "$PER_MEMBER" "$GONGKAI" build --site "$WORK/group" --output "$WORK/out-group" --quiet
grep -q "构建 1 个" "$WORK/logs/one-edit.log" || die "the one-member rebuild built other members: $(grep 站群成员 "$WORK/logs/one-edit.log")"
rm -rf "$WORK/out-clean" "$WORK/.out-clean.gongkai-parts" "$WORK/out-clean2" "$WORK/.out-clean2.gongkai-parts"
"$GONGKAI" build --site "$WORK/group" --output "$WORK/out-clean2" --quiet >/dev/null 2>&1
diff -r "$WORK/out-clean2" "$WORK/out-group" >/dev/null || die "the one-member rebuild differs from a clean build"
fanout() {
    seq 0 $((MEMBERS - 1)) | xargs -P "$PARALLEL" -I{} "$GONGKAI" build --site "$WORK/group" --member-index {} --parts "$WORK/parts" --quiet >/dev/null
    "$GONGKAI" build --site "$WORK/group" --assemble "$WORK/parts" --output "$WORK/out-fanout" --quiet
}
export -f fanout; export WORK GONGKAI MEMBERS PARALLEL
measure fan-out "$TOTAL" bash -c fanout
diff -r "$WORK/out-clean2" "$WORK/out-fanout" >/dev/null || die "the fanned-out build differs from the one-process build"

write_report
say "report: $RESULTS"
[[ "${KEEP:-0}" == 1 ]] || rm -rf "$WORK/single" "$WORK/member" "$WORK/group" "$WORK"/out-* "$WORK"/.out-* "$WORK/parts"
