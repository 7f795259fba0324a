#!/usr/bin/env bash
# Installs what gongkai needs to build on a fresh Debian machine: cmark's headers and
# library (libcmark-dev). Swift itself comes with the machine. Safe to run repeatedly.
set -euo pipefail
if ! pkg-config --exists libcmark 2>/dev/null; then
  echo "正在安装 libcmark-dev（cmark Markdown 库）…" >&2
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libcmark-dev pkg-config >/dev/null
fi
