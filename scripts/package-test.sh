#!/usr/bin/env bash
# The install test of README “安装”: builds the tarball and the .deb with scripts/package.sh,
# then proves an editor's machine needs no Swift:
#   - the binary names no library of the Swift toolchain (ldd, RUNPATH) and runs, and builds the
#     example site from the tarball, in an empty environment with a library path that excludes it;
#   - the .deb is clean under lintian (no errors);
#   - dpkg -i installs it; from /usr/bin, gongkai --version names the version and commit,
#     gongkai init 白水乡 and gongkai build work; man gongkai renders; the bash completion file
#     loads and completes a subcommand;
#   - dpkg -r, then dpkg -P, leave none of its files behind.
# Installs and removes the package, so it needs root (or sudo); scripts/test.sh runs it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

passed=0; failed=0
ok() { passed=$((passed+1)); }
bad() { failed=$((failed+1)); echo "FAIL: $*" >&2; }
check() { # check DESCRIPTION COMMAND...: the command must succeed
  local what=$1; shift
  if "$@" >"$work/out.txt" 2>"$work/err.txt"; then ok; else bad "$what"; cat "$work/out.txt" "$work/err.txt" >&2; fi
}

work=$(mktemp -d)
installed=""
cleanup() {
  if [ -n "$installed" ]; then $SUDO dpkg -P gongkai >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "== 打包（scripts/package.sh）=="
mapfile -t outputs < <(bash scripts/package.sh)
deb=${outputs[0]}; tarball=${outputs[1]}
version=$(sed -n 's/^ *public static let number = "\([0-9][0-9.]*\)".*/\1/p' Sources/GongkaiCore/Support/GongkaiVersion.swift)
commit=$(git rev-parse --short=12 HEAD)
[ "$deb" = "dist/gongkai_${version}_amd64.deb" ] && [ -f "$deb" ] && ok || bad "no $deb (package.sh printed $deb)"
[ "$tarball" = "dist/gongkai-$version-linux-x86_64.tar.gz" ] && [ -f "$tarball" ] && ok || bad "no $tarball"

echo "== 不依赖 Swift 工具链 =="
tar -xzf "$tarball" -C "$work"
unpacked="$work/gongkai-$version-linux-x86_64"
for f in gongkai README.md LICENSE CHANGELOG.md example/site.json man/gongkai.1 completions/gongkai.bash completions/_gongkai completions/gongkai.fish; do
  [ -e "$unpacked/$f" ] && ok || bad "tarball lacks $f"
done
toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")   # e.g. /opt/swift/usr
if ldd "$unpacked/gongkai" | grep -E "$toolchain|/opt/swift|libswift|libFoundation|libcmark|not found"; then
  bad "ldd names a toolchain library, cmark, or a missing library"
else ok; fi
if readelf -d "$unpacked/gongkai" | grep -E 'RPATH|RUNPATH'; then bad "the binary carries a library search path"; else ok; fi
# The system's library folders only, no cache (ld.so.cache could name others), no environment.
syslibs=/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu
run_bare() { env -i /lib64/ld-linux-x86-64.so.2 --inhibit-cache --library-path "$syslibs" "$@"; }
check "--version with no environment and no toolchain" run_bare "$unpacked/gongkai" --version
grep -qF "gongkai $version" "$work/out.txt" && grep -qF "$commit" "$work/out.txt" && ok || bad "--version says: $(cat "$work/out.txt")"
check "build of the tarball's example site with no environment and no toolchain" \
  run_bare "$unpacked/gongkai" build --site "$unpacked/example" --output "$work/example-public" --today 2025-11-22 --quiet
[ -f "$work/example-public/index.html" ] && ok || bad "the example site's index.html was not written"

echo "== lintian =="
# Reads: no error may remain; the warnings it still prints are explained in README “安装”.
if lintian --fail-on error --display-level ">=warning" "$deb" >"$work/lintian.txt" 2>&1; then ok; else bad "lintian reports errors"; fi
grep -v 'running with root privileges' "$work/lintian.txt" || true

echo "== dpkg -i =="
if dpkg -s gongkai >/dev/null 2>&1; then
  echo "已经装有 gongkai 软件包（可能是上次测试中断留下的），先卸载它" >&2
  $SUDO dpkg -P gongkai >/dev/null
fi
files=$(dpkg-deb --fsys-tarfile "$deb" | tar -t | sed 's|^\./|/|' | grep -v '/$')
check "dpkg -i" $SUDO dpkg -i "$deb"
installed=yes
user_env=(env -i HOME="$work" PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8)
[ "$("${user_env[@]}" bash -c 'command -v gongkai')" = /usr/bin/gongkai ] && ok || bad "gongkai is not /usr/bin/gongkai on a plain PATH"
check "gongkai --version" "${user_env[@]}" gongkai --version
grep -qF "gongkai $version（提交 $commit" "$work/out.txt" && ok || bad "--version says: $(cat "$work/out.txt")"
mkdir "$work/editor"
check "gongkai init 白水乡" "${user_env[@]}" bash -c "cd '$work/editor' && gongkai init 白水乡 --agency 白水乡人民政府 --code 00123456-7 --today 2026-12-06"
check "gongkai build in 白水乡" "${user_env[@]}" bash -c "cd '$work/editor/白水乡' && gongkai build --today 2026-12-06 --quiet"
[ -f "$work/editor/白水乡/public/index.html" ] && grep -q '白水乡人民政府' "$work/editor/白水乡/public/index.html" && ok || bad "白水乡/public/index.html missing or without the agency"

check "man gongkai" "${user_env[@]}" MANPAGER=cat MANWIDTH=100 man gongkai
grep -q '构建网站' "$work/out.txt" && grep -q 'gongkai build' "$work/out.txt" && ok || bad "man gongkai does not show the build command: $(head -20 "$work/out.txt")"

# The completion file as bash-completion would load it for `gongkai <Tab>`: typing `gongkai bu`
# must offer build; `gongkai init --ca` must offer --catalog.
complete_words() { # complete_words WORD...: what Tab offers for the last word
  "${user_env[@]}" bash -c '
    source /usr/share/bash-completion/completions/gongkai
    function=$(complete -p gongkai | sed -n "s/.*-F \([^ ]*\).*/\1/p")
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    "$function" gongkai "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    printf "%s\n" "${COMPREPLY[@]}"' complete "$@"
}
[ "$(complete_words gongkai bu 2>&1)" = build ] && ok || bad "bash completion of 'gongkai bu': $(complete_words gongkai bu 2>&1)"
complete_words gongkai init --ca 2>&1 | grep -qx -- '--catalog' && ok || bad "bash completion of 'gongkai init --ca': $(complete_words gongkai init --ca 2>&1)"

echo "== dpkg -r, dpkg -P =="
check "dpkg -r" $SUDO dpkg -r gongkai
left=$(while IFS= read -r f; do if [ -e "$f" ]; then echo "$f"; fi; done <<<"$files")
[ -z "$left" ] && ok || bad "dpkg -r left: $left"
check "dpkg -P" $SUDO dpkg -P gongkai
installed=""
if dpkg -s gongkai >/dev/null 2>&1; then bad "dpkg still knows gongkai"; else ok; fi
ls /var/lib/dpkg/info/gongkai.* >/dev/null 2>&1 && bad "dpkg's records of gongkai remain" || ok
[ ! -e /usr/share/doc/gongkai ] && ok || bad "/usr/share/doc/gongkai remains"

echo "package: $passed passed, $failed failed"
[ "$failed" = 0 ]
