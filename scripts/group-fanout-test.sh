#!/usr/bin/env bash
# The fan-out of a site group at the command line (README “站群 › 分开构建”): every member of the
# example group built as its own process, in parallel (xargs -P), then assembled, must give the
# one-process build's bytes (diff -r); a missing or stale part is refused with the previous
# output kept; the recipes in examples/qingshan-county/deploy/ validate against their schemas
# (check-jsonschema's built-in GitLab CI and GitHub workflow schemas, kubernetes-validate; both
# offline) and their own command lines, run as the engines would run them, give the same bytes.
# Usage: scripts/group-fanout-test.sh [path/to/gongkai]   (scripts/test.sh runs it)
set -euo pipefail
gongkai=$(realpath "${1:-.build/debug/gongkai}")
cd "$(dirname "$0")/.."
group=examples/qingshan-county
deploy=$group/deploy
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
ln -s "$gongkai" "$work/bin/gongkai"
export PATH="$work/bin:$PATH"
export SOURCE_DATE_EPOCH=1763769600
fail() { echo "group-fanout-test: $*" >&2; exit 1; }

echo "-- one process"
gongkai build --site "$group" --output "$work/one" --quiet >/dev/null

echo "-- every member as its own process, in parallel (xargs -P), then assembled: the same bytes"
count=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["members"]))' "$group/group.json")
seq 0 $((count - 1)) | xargs -P "$count" -I{} gongkai build --site "$group" --member-index {} --parts "$work/parts" --quiet >/dev/null
gongkai build --site "$group" --assemble "$work/parts" --output "$work/assembled" --quiet >/dev/null
diff -r "$work/one" "$work/assembled"
find "$work/assembled" -name part.json | grep -q . && fail "a part summary reached the output"

echo "-- a missing part, a part of another day: refused (exit 1), the previous output kept"
mv "$work/parts/mzj" "$work/mzj"
out=$(gongkai build --site "$group" --assemble "$work/parts" --output "$work/assembled" 2>&1) && fail "assembled without a part"
grep -q "青山县民政局.*的构建结果不在" <<<"$out" || fail "no message for the missing part: $out"
diff -r "$work/one" "$work/assembled"
mv "$work/mzj" "$work/parts/mzj"
gongkai build --site "$group" --member mzj --parts "$work/parts" --today 2025-11-23 --quiet >/dev/null
out=$(gongkai build --site "$group" --assemble "$work/parts" --output "$work/assembled" 2>&1) && fail "assembled parts of two days"
grep -q "不是按同一天生成的" <<<"$out" || fail "no message for parts of two days: $out"
diff -r "$work/one" "$work/assembled"

echo "-- usage: exit 2 for conflicting options and for a folder that is not a group, exit 1 for an unknown member"
code=0; gongkai build --site "$group" --member xzf --assemble "$work/parts" >/dev/null 2>&1 || code=$?
[ "$code" = 2 ] || fail "--member with --assemble exited $code"
code=0; gongkai build --site . --member qsz >/dev/null 2>&1 || code=$?
[ "$code" = 2 ] || fail "--member outside a group exited $code"
code=0; gongkai build --site "$group" --member-index "$count" --parts "$work/parts" >/dev/null 2>&1 || code=$?
[ "$code" = 1 ] || fail "--member-index $count exited $code"

echo "-- the recipes validate against their schemas (without a network, where user namespaces allow: unshare -rn)"
offline=()
unshare -rn true 2>/dev/null && offline=(unshare -rn)
"${offline[@]}" check-jsonschema --builtin-schema vendor.gitlab-ci "$deploy/gitlab-ci.yml"
"${offline[@]}" check-jsonschema --builtin-schema vendor.github-workflows "$deploy/github-workflow.yml"
"${offline[@]}" kubernetes-validate --strict --quiet "$deploy"/kubernetes/*.yaml

echo "-- the recipes' own commands, run as their engines run them, build the example group's bytes"
python3 scripts/run-group-recipes.py --repo "$PWD" --deploy "$deploy" --work "$work/recipes" --expect "$work/one"
echo "group fan-out: all passed"
