#!/usr/bin/env bash
# Installs what gongkai needs to build on a fresh Debian machine: cmark's headers and
# library (libcmark-dev), the mimalloc allocator the gongkai binary links with
# (libmimalloc-dev) and libqrencode (libqrencode-dev: the QR code on each document page).
# Swift itself comes with the machine. Safe to run repeatedly.
# Other scripts pass further Debian packages they found missing as arguments
# (scripts/ensure-test-deps.sh: chromium, chromium-driver), installed in the same step.
set -euo pipefail
missing=("$@")
pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev pkg-config)
[ -e /usr/include/mimalloc.h ] || missing+=(libmimalloc-dev)
pkg-config --exists libqrencode 2>/dev/null || missing+=(libqrencode-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "正在安装 ${missing[*]}（构建和测试需要的 Debian 软件包）…" >&2
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
