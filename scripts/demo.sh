#!/usr/bin/env bash
# `npm run demo` from a fresh clone: install what is missing, then run the
# main job on the bundled examples (scripts/demo.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
[ -d node_modules ] || npm ci --no-audit --no-fund
bash test-support/ensure-debian-crates.sh >/dev/null
[ -f dist/main.js ] || npm run build
exec node --import tsx scripts/demo.ts
