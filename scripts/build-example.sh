#!/usr/bin/env bash
# Quick start 1: builds gongkai and the bundled example site (青山镇) into public/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
swift build -c release --product gongkai
.build/release/gongkai build --site . --output public "$@"
