#!/usr/bin/env bash
# Quick start 1: builds gongkai and the bundled example site (青山镇) into public/.
# The example is a snapshot of a column as it stood on 2025-11-22: "today" for its dates
# (future documents, 栏目更新 limits) is that day unless SOURCE_DATE_EPOCH or --today says
# otherwise, so it builds the same bytes and a clean check on any later day.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
swift build -c release --product gongkai
SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1763769600}" .build/release/gongkai build --site . --output public "$@"
