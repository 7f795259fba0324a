#!/usr/bin/env bash
# The floor (issue 18): what no generator can beat on this machine for a corpus —
# Debian's cmark rendering every body of the corpus on both cores, plus copying a finished
# output tree (gongkai's, of the same corpus) to a fresh folder on the same tmpfs.
#
#   floor.sh BODIES_DIR TREE DEST
#
# BODIES_DIR holds part-1.md and part-2.md, the corpus's bodies without front matter,
# dealt alternately into two files by run.sh (untimed); one cmark per core renders one
# part. Rendering one long document per core rather than one process per body keeps
# process start-up (≈1 ms × 10,000) out of the floor, which would otherwise flatter us.
set -euo pipefail
bodies=$1 tree=$2 dest=$3
cmark --unsafe "$bodies/part-1.md" >/dev/null &
one=$!
cmark --unsafe "$bodies/part-2.md" >/dev/null &
two=$!
wait "$one"; wait "$two"
rm -rf "$dest"
cp -r "$tree" "$dest"
