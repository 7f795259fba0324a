#!/usr/bin/env bash
# Checks the documented exit codes of the gongkai binary: 0 success, 1 content errors,
# 2 usage errors; and that a failed build leaves the previous output untouched.
set -uo pipefail
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
expect() { # expect CODE DESCRIPTION COMMAND...
  local want=$1 what=$2; shift 2
  "$@" >"$work/out.txt" 2>"$work/err.txt"; local got=$?
  if [ "$got" = "$want" ]; then passed=$((passed+1)); else failed=$((failed+1)); echo "FAIL: $what: exit $got, expected $want"; cat "$work/err.txt"; fi
}
cp -r "$root/site.json" "$root/content" "$work/" && mkdir -p "$work/site" && mv "$work/site.json" "$work/content" "$work/site/"
expect 0 "build of the example site" "$bin" build --site "$work/site" --output "$work/out"
expect 0 "build on the snapshot day" "$bin" build --site "$work/site" --output "$work/out" --today 2025-11-22
grep -q '^公示期满已撤下的公示（原网址只留期满说明）（1）：' "$work/out.txt" && grep -q 'content/fdzdgknr/rsxx/2025-05-gongyixing-gangwei-gongshi.md .* 公示期至 2025-05-20' "$work/out.txt" \
  && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL: the summary does not name the withdrawn 公示"; cat "$work/out.txt"; }
before=$(cd "$work/out" && find . -type f -exec sha256sum {} + | sort | sha256sum)
printf -- '---\ntitle: 坏日期\nindex_no: x\npublished: 2024-13-01\n---\n正文\n' > "$work/site/content/fdzdgknr/gzdt/bad-date.md"
expect 1 "build with a bad date" "$bin" build --site "$work/site" --output "$work/out"
grep -q 'content/fdzdgknr/gzdt/bad-date.md:4:12: 错误: 发布日期 "2024-13-01" 不是有效日期' "$work/err.txt" || { failed=$((failed+1)); echo "FAIL: diagnostic line"; cat "$work/err.txt"; }
after=$(cd "$work/out" && find . -type f -exec sha256sum {} + | sort | sha256sum)
[ "$before" = "$after" ] && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL: previous output changed"; }
expect 1 "check with a bad date" "$bin" check --site "$work/site"
expect 2 "missing site folder" "$bin" build --site "$work/no-such-folder"
expect 2 "unknown option" "$bin" build --no-such-option
expect 2 "bad --today" "$bin" check --site "$work/site" --today 2024-02-30
expect 0 "new --report writes next year's report skeleton" "$bin" new xxgknb --report 2026 --site "$work/site" --today 2027-01-10 --file-name 2026-nianbao
grep -q '^```年报表三$' "$work/site/content/xxgknb/2026-nianbao.md" || { failed=$((failed+1)); echo "FAIL: no 年报表三 block in the skeleton"; }
expect 2 "new --report outside a reports node" "$bin" new fdzdgknr/gzdt --report 2026 --site "$work/site" --today 2027-01-10
# gongkai import: a page saved from an old column keeps its 索引号; an imported 公示 with an ID
# number is an error at once; an unknown node is a usage error; a missing converter names its
# Debian package; running the same import again adds nothing.
cp "$root/Tests/import-fixtures/real-pages/dacheng-2020-nianbao.txt" "$work/nianbao.txt"
expect 0 "import of a page saved as text" "$bin" import "$work/nianbao.txt" --node gzdt --site "$work/site" --today 2025-11-22
grep -q '^索引号: "00822061-4/2021-00019"' "$work/site/content/fdzdgknr/gzdt/2021-00019.md" || { failed=$((failed+1)); echo "FAIL: import did not keep the page's 索引号"; }
expect 0 "the same import again" "$bin" import "$work/nianbao.txt" --node gzdt --site "$work/site" --today 2025-11-22
grep -q '跳过：与 content/fdzdgknr/gzdt/2021-00019.md 重复' "$work/out.txt" || { failed=$((failed+1)); echo "FAIL: second import not reported as a duplicate"; cat "$work/out.txt"; }
printf '青山镇2025年临时救助对象公示\n\n林某某，身份证号码350122198001011239，救助金额2000元。\n\n青山镇人民政府\n\n2025年11月20日\n' > "$work/gongshi.txt"
expect 1 "import of a 公示 with an ID number" "$bin" import "$work/gongshi.txt" --node gzdt --site "$work/site" --today 2025-11-22
grep -q '错误: 正文中有身份证号码' "$work/err.txt" || { failed=$((failed+1)); echo "FAIL: ID number not reported on import"; cat "$work/err.txt"; }
expect 2 "import into an unknown node" "$bin" import "$work/nianbao.txt" --node no-such-node --site "$work/site"
printf 'x' > "$work/tongzhi.docx"
expect 1 "import of Word without pandoc" env PATH=/nonexistent "$bin" import "$work/tongzhi.docx" --node gzdt --site "$work/site" --today 2025-11-22
grep -q 'sudo apt-get install pandoc' "$work/err.txt" || { failed=$((failed+1)); echo "FAIL: no install hint for pandoc"; cat "$work/err.txt"; }
# A site group (README “站群”): two members of the example group, then a 索引号 issued by both.
mkdir -p "$work/group" && cp -r "$root/examples/qingshan-county/members" "$work/group/"
printf '{"title": "测试平台", "base_url": "/xxgk/", "members": [\n {"id": "xzf", "title": "青山县人民政府", "kind": "政府", "path": "members/xzf"},\n {"id": "mzj", "title": "青山县民政局", "kind": "部门", "path": "members/mzj"}]}\n' > "$work/group/group.json"
expect 0 "build of a group" "$bin" build --site "$work/group" --today 2025-11-22
[ -f "$work/group/public/index.html" ] && [ -f "$work/group/public/mzj/index.html" ] && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL: group output"; }
before=$(cd "$work/group/public" && find . -type f -exec sha256sum {} + | sort | sha256sum)
sed -i 's#^索引号: .*#索引号: "00351001-7/2025-00015"#' "$work/group/members/mzj/content/fdzdgknr/gzdt/2025-11-cishan-jiuzhu-ri.md"
expect 1 "build of a group with a 索引号 issued by two members" "$bin" build --site "$work/group" --today 2025-11-22
grep -q 'members/mzj/content/fdzdgknr/gzdt/2025-11-cishan-jiuzhu-ri.md:3:1: 错误: 索引号 "00351001-7/2025-00015" 在成员“青山县民政局”（mzj）与成员“青山县人民政府”（xzf）中都已使用' "$work/err.txt" || { failed=$((failed+1)); echo "FAIL: group diagnostic line"; cat "$work/err.txt"; }
after=$(cd "$work/group/public" && find . -type f -exec sha256sum {} + | sort | sha256sum)
[ "$before" = "$after" ] && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL: previous group output changed"; }
expect 1 "check of a group with a 索引号 issued by two members" "$bin" check --site "$work/group" --today 2025-11-22
# stats, new and serve in a group folder (README “站群”).
expect 1 "stats of a group with errors" "$bin" stats --year 2025 --site "$work/group" --today 2025-11-22
grep -q '站群有 1 个错误，统计可能不准确' "$work/err.txt" || { failed=$((failed+1)); echo "FAIL: stats of a broken group message"; cat "$work/err.txt"; }
cp "$root/examples/qingshan-county/members/mzj/content/fdzdgknr/gzdt/2025-11-cishan-jiuzhu-ri.md" "$work/group/members/mzj/content/fdzdgknr/gzdt/"
expect 0 "stats --format csv of a group" "$bin" stats --year 2025 --site "$work/group" --today 2026-02-01 --format csv
grep -q '^青山县民政局,mzj,部门,6,6,2025-11-17,.*,逾期未发布,,' "$work/out.txt" && grep -q '^合计,,2 个机构,11,11,' "$work/out.txt" \
  && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL: group stats CSV rows"; cat "$work/out.txt"; }
expect 0 "stats --format html of a group" "$bin" stats --year 2025 --site "$work/group" --today 2026-02-01 --format html
[ "$(grep -c '<svg class="chart" role="img"' "$work/out.txt")" = 3 ] && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL: group stats page charts"; }
expect 2 "stats --format html of a single site" "$bin" stats --year 2025 --site "$work/site" --format html
expect 2 "new in a group folder without --member" "$bin" new gzdt "县民政局开展走访慰问" --site "$work/group" </dev/null
grep -q '请用 --member 指定在哪个成员的网站中新建文档，成员有：xzf（青山县人民政府）、mzj（青山县民政局）' "$work/err.txt" || { failed=$((failed+1)); echo "FAIL: new without --member message"; cat "$work/err.txt"; }
expect 2 "new --member with an unknown id" "$bin" new gzdt "县民政局开展走访慰问" --site "$work/group" --member nope
expect 2 "new --member in a single site" "$bin" new gzdt "开展走访慰问" --site "$work/site" --member mzj
expect 0 "new --member mzj in a group folder" "$bin" new gzdt "县民政局开展走访慰问" --site "$work/group" --member mzj --date 2025-11-20
created=$(cat "$work/out.txt")
case "$created" in members/mzj/content/fdzdgknr/gzdt/*.md) [ -f "$work/group/$created" ] && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL: $created not written"; } ;;
  *) failed=$((failed+1)); echo "FAIL: new --member printed $created" ;; esac
# At a terminal (script(1) gives it one) new lists the members and takes a number.
(sleep 1; printf '1\n') | script -qec "'$bin' new gzdt 县政府召开常务会议 --site '$work/group' --date 2025-11-20" /dev/null >"$work/out.txt" 2>&1
grep -q '  2) 青山县民政局（mzj）' "$work/out.txt" && grep -q '^members/xzf/content/fdzdgknr/gzdt/.*\.md' "$work/out.txt" \
  && passed=$((passed+1)) || { failed=$((failed+1)); echo "FAIL: new in a group folder at a terminal"; cat "$work/out.txt"; }
expect 0 "check of the group with the new document" "$bin" check --site "$work/group" --today 2025-11-22
"$bin" serve --site "$work/group" --port 0 --today 2025-11-22 >"$work/serve.txt" 2>&1 & serve=$!
for _ in $(seq 120); do grep -q '预览地址' "$work/serve.txt" && break; sleep 0.5; done
url=$(sed -n 's/^预览地址：\(http[^ ]*\).*/\1/p' "$work/serve.txt")
# Each page to a file first: with pipefail, grep -q leaving early would fail curl's pipe.
if [ -n "$url" ] && curl -sf "$url" -o "$work/portal.html" && curl -sf "${url}mzj/" -o "$work/member.html" \
  && grep -q '<title>测试平台</title>' "$work/portal.html" && grep -q '青山县民政局' "$work/member.html"; then passed=$((passed+1)); else failed=$((failed+1)); echo "FAIL: serve in a group folder"; cat "$work/serve.txt"; fi
kill "$serve"; wait "$serve" 2>/dev/null
echo "cli: $passed passed, $failed failed"
[ "$failed" = 0 ]
