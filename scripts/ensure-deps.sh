#!/usr/bin/env bash
# Installs what gongkai needs to build on a fresh Debian machine: cmark's headers and
# library (libcmark-dev), the mimalloc allocator the gongkai binary links with
# (libmimalloc-dev) and libqrencode (libqrencode-dev: the QR code on each document page).
# Swift itself comes with the machine. Safe to run repeatedly.
set -euo pipefail
missing=()
pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev pkg-config)
[ -e /usr/include/mimalloc.h ] || missing+=(libmimalloc-dev)
pkg-config --exists libqrencode 2>/dev/null || missing+=(libqrencode-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "正在安装 ${missing[*]}（cmark Markdown 库、mimalloc 内存分配器、qrencode 二维码库）…" >&2
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
