#!/usr/bin/env bash
# The release binary, as editors install it (README “安装”): the Swift standard library and
# Foundation linked statically (--static-swift-stdlib), cmark statically from Debian's libcmark.a.
# Debian ships no static archive (nor mimalloc.o) for mimalloc or libqrencode, so those two stay
# shared libraries (the .deb's Depends:, scripts/package.sh).
#
# Swift has no build-time variables, so the commit is stamped into the binary by building from an
# export of the sources (the commit, plus uncommitted changes to tracked files if any) in which
# Sources/gongkai/BuildStamp.swift names the commit; the working tree is never touched. The export
# and the build live in .build-static/ (kept between runs, so rebuilds are incremental).
#
#   bash scripts/release-binary.sh     builds it and prints its path (bench/run.sh, bench/group.sh:
#                                      the benchmarks time the binary editors run)
#   source scripts/release-binary.sh   as scripts/package.sh does: then $binary, $tree, $commit,
#                                      $stamp, the build folder $work and the scratch folder $fresh (removed on exit) are set
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bash scripts/ensure-deps.sh

fail() { echo "$(basename "$0"): $*" >&2; exit 1; }
command -v git >/dev/null && git rev-parse --git-dir >/dev/null 2>&1 || fail "需要在 git 仓库中运行（提交号写进程序）"

# The tree to build: HEAD, or HEAD plus uncommitted changes to tracked files (git stash create
# records them without touching the working tree or the stash list).
commit=$(git rev-parse --short=12 HEAD)
snapshot=$(git stash create || true)
if [ -n "$snapshot" ]; then tree=$snapshot; stamp="$commit+未提交的修改"; else tree=HEAD; stamp=$commit; fi
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct HEAD)}

work=.build-static
mkdir -p "$work/src" "$work/static-libs"
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
git archive "$tree" Package.swift Sources Tests | tar -x -C "$fresh"
[ -f Package.resolved ] && cp Package.resolved "$fresh/"
printf '%s\n' \
  '/// The commit this binary was built from, written by scripts/release-binary.sh into its export of the sources.' \
  'enum BuildStamp {' \
  "    static let commit: String? = \"$stamp\"" \
  '}' > "$fresh/Sources/gongkai/BuildStamp.swift"
# Copy only files whose bytes changed, so the build stays incremental.
(cd "$fresh" && find . -type f) | while IFS= read -r f; do
  cmp -s "$fresh/$f" "$work/src/$f" || { mkdir -p "$(dirname "$work/src/$f")"; cp "$fresh/$f" "$work/src/$f"; }
done
(cd "$work/src" && find Package.swift Sources Tests -type f) | while IFS= read -r f; do
  [ -e "$fresh/$f" ] || rm -f "$work/src/$f"
done

# cmark from its static archive. SwiftPM links a system library with the -L and -l that
# pkg-config gives, in front of everything else, so both system libraries get a .pc of their own
# here: libcmark's names a folder holding only libcmark.a, libqrencode's one holding only its
# shared library (otherwise its -L/usr/lib/... would come first and -lcmark find libcmark.so).
# --disable-local-rpath: no $ORIGIN library search path in a binary that goes to /usr/bin.
libdir=/usr/lib/x86_64-linux-gnu
[ -f "$libdir/libcmark.a" ] || fail "缺少 $libdir/libcmark.a（libcmark-dev）"
mkdir -p "$work/shared-libs" "$work/pkgconfig"
ln -sfn "$libdir/libcmark.a" "$work/static-libs/libcmark.a"
ln -sfn "$libdir/libqrencode.so" "$work/shared-libs/libqrencode.so"
for pc in libcmark:static-libs libqrencode:shared-libs; do
  sed "s|^libdir=.*|libdir=$root/$work/${pc#*:}|" "$libdir/pkgconfig/${pc%%:*}.pc" > "$fresh/${pc%%:*}.pc"
  cmp -s "$fresh/${pc%%:*}.pc" "$work/pkgconfig/${pc%%:*}.pc" || cp "$fresh/${pc%%:*}.pc" "$work/pkgconfig/"
done

echo "== 构建 gongkai（$stamp），静态链接 Swift 运行库和 cmark ==" >&2
PKG_CONFIG_PATH="$root/$work/pkgconfig" swift build -c release --product gongkai \
  --static-swift-stdlib --disable-local-rpath \
  --package-path "$work/src" --scratch-path "$work/scratch" \
  -Xswiftc "-L$root/$work/static-libs" >&2   # the same folder for the linker directly
binary="$work/scratch/release/gongkai"

# What the binary still loads at run time: nothing from the toolchain, not cmark.
needed=$(ldd "$binary")
if grep -E '/opt/swift|libswift|libFoundation|libcmark|not found' <<<"$needed"; then
  fail "发行程序仍然依赖上面这些动态库"
fi
if readelf -d "$binary" | grep -E 'RPATH|RUNPATH'; then fail "发行程序带有库搜索路径"; fi
"$binary" --version | grep -qF "$commit" || fail "--version 没有写出提交号"

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then echo "$root/$binary"; fi
