#!/usr/bin/env bash
# Builds what an editor downloads (README “安装”): a self-contained release binary and from it
#   dist/gongkai-<version>-linux-x86_64.tar.gz   binary, README, licence, change log, example site,
#                                                man page and completions
#   dist/gongkai_<version>_amd64.deb             /usr/bin/gongkai, man page, bash/zsh/fish
#                                                completions, copyright notice and change log
#
# The binary is built by scripts/release-binary.sh (static Swift runtime and cmark; mimalloc and
# libqrencode stay shared libraries and become Depends: of the .deb, computed by dpkg-shlibdeps
# like every other shared library the binary still names), with the commit stamped in.
#
# The version number is read from Sources/GongkaiCore/Support/GongkaiVersion.swift (its only
# home). Outputs are reproducible: file dates come from the commit's date.
#
# Usage: bash scripts/package.sh            (prints the paths of the two files it wrote)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
# Beyond the build's libraries (scripts/release-binary.sh installs those): dpkg-shlibdeps
# (dpkg-dev) computes the .deb's Depends:.
command -v dpkg-shlibdeps >/dev/null 2>&1 || bash scripts/ensure-deps.sh dpkg-dev

fail() { echo "package.sh: $*" >&2; exit 1; }

version=$(sed -n 's/^ *public static let number = "\([0-9][0-9.]*\)".*/\1/p' Sources/GongkaiCore/Support/GongkaiVersion.swift)
[ -n "$version" ] || fail "没有在 GongkaiVersion.swift 中找到版本号"
newest=$(sed -n 's/^## \[\?\([0-9][0-9.]*\)\]\?.*/\1/p' CHANGELOG.md | head -1)
[ "$newest" = "$version" ] || fail "CHANGELOG.md 最新一条是 $newest，程序版本是 $version：先在 CHANGELOG.md 写上 $version 的变化"

source scripts/release-binary.sh   # sets $binary, $work, $tree, $commit, $stamp, $fresh

# Man page and completions come from the command definitions themselves: the man page from the
# binary's --experimental-dump-help (scripts/generate-manual.py says why not swift-argument-parser's
# generate-manual plugin), the completion scripts from the binary.
echo "== 生成手册页和补全脚本 ==" >&2
generated="$fresh/generated"
mkdir -p "$generated/man" "$generated/completions"
python3 scripts/generate-manual.py "$binary" "$version" "$(date -u -d "@$SOURCE_DATE_EPOCH" +%Y-%m-%d)" > "$generated/man/gongkai.1"
"$binary" --generate-completion-script bash > "$generated/completions/gongkai.bash"
"$binary" --generate-completion-script zsh > "$generated/completions/_gongkai"
"$binary" --generate-completion-script fish > "$generated/completions/gongkai.fish"

mkdir -p dist
rm -f dist/gongkai-*-linux-x86_64.tar.gz dist/gongkai_*_amd64.deb

# --- .deb -----------------------------------------------------------------------------------
pkg="$fresh/deb"
install -d "$pkg/DEBIAN" "$pkg/usr/bin" "$pkg/usr/share/man/man1" "$pkg/usr/share/doc/gongkai" \
  "$pkg/usr/share/bash-completion/completions" "$pkg/usr/share/zsh/vendor-completions" \
  "$pkg/usr/share/fish/vendor_completions.d"
install -m 0755 "$binary" "$pkg/usr/bin/gongkai"
strip --strip-unneeded --remove-section=.comment --remove-section=.note "$pkg/usr/bin/gongkai"
gzip -9n < "$generated/man/gongkai.1" > "$pkg/usr/share/man/man1/gongkai.1.gz"
# bash-completion sources the file; a #! line there is meaningless (lintian warns).
sed '1{/^#!/d}' "$generated/completions/gongkai.bash" > "$pkg/usr/share/bash-completion/completions/gongkai"
install -m 0644 "$generated/completions/_gongkai" "$pkg/usr/share/zsh/vendor-completions/_gongkai"
install -m 0644 "$generated/completions/gongkai.fish" "$pkg/usr/share/fish/vendor_completions.d/gongkai.fish"
python3 scripts/debian-files.py copyright "$version" "$work/scratch/checkouts" > "$pkg/usr/share/doc/gongkai/copyright"
python3 scripts/debian-files.py changelog "$version" | gzip -9n > "$pkg/usr/share/doc/gongkai/changelog.gz"
git show "$tree:README.md" | gzip -9n > "$pkg/usr/share/doc/gongkai/README.md.gz"
# Yams compiles its own copy of libyaml (C sources inside the Swift package, which cannot use
# Debian's libyaml-0-2); lintian's embedded-library check is overridden for that one library.
install -d "$pkg/usr/share/lintian/overrides"
printf '%s\n' '# Yams (the YAML parser gongkai uses) builds its own copy of libyaml into the binary;' \
  '# Swift packages cannot link the system libyaml. Its licence is in the copyright file.' \
  'gongkai: embedded-library libyaml [usr/bin/gongkai]' > "$pkg/usr/share/lintian/overrides/gongkai"
chmod 0644 "$pkg/usr/share/bash-completion/completions/gongkai" "$pkg/usr/share/doc/gongkai/"* \
  "$pkg/usr/share/man/man1/gongkai.1.gz" "$pkg/usr/share/lintian/overrides/gongkai"

# Depends: from the shared libraries the binary still names (dpkg-shlibdeps wants a
# debian/control to read, so it runs in a scratch folder with a minimal one).
shlibs="$fresh/shlibs"
mkdir -p "$shlibs/debian"
printf 'Source: gongkai\n\nPackage: gongkai\nArchitecture: amd64\n' > "$shlibs/debian/control"
depends=$(cd "$shlibs" && dpkg-shlibdeps -O -e"$pkg/usr/bin/gongkai" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[ -n "$depends" ] || fail "dpkg-shlibdeps 没有算出依赖"
installed_size=$(du -sk --exclude=DEBIAN "$pkg" | cut -f1)
python3 scripts/debian-files.py control "$version" "$depends" "$installed_size" > "$pkg/DEBIAN/control"
(cd "$pkg" && find usr -type f | LC_ALL=C sort | xargs md5sum) > "$pkg/DEBIAN/md5sums"
chmod 0644 "$pkg/DEBIAN/md5sums" "$pkg/DEBIAN/control"
find "$pkg" -type d -exec chmod 0755 {} +
find "$pkg" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
deb="dist/gongkai_${version}_amd64.deb"
dpkg-deb --root-owner-group -Zxz --build "$pkg" "$deb" >/dev/null

# --- tarball --------------------------------------------------------------------------------
name="gongkai-$version-linux-x86_64"
tarroot="$fresh/tar/$name"
mkdir -p "$tarroot/example" "$tarroot/man" "$tarroot/completions"
install -m 0755 "$pkg/usr/bin/gongkai" "$tarroot/gongkai"
git archive "$tree" README.md LICENSE CHANGELOG.md | tar -x -C "$tarroot"
git archive "$tree" site.json content | tar -x -C "$tarroot/example"
cp "$generated/man/gongkai.1" "$tarroot/man/"
cp "$generated/completions/"* "$tarroot/completions/"
find "$tarroot" -type d -exec chmod 0755 {} +
tarball="dist/$name.tar.gz"
tar -C "$fresh/tar" --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  -cf - "$name" | gzip -9n > "$tarball"

echo "$deb"
echo "$tarball"
