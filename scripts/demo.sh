#!/usr/bin/env bash
# Demo of the main job on the bundled examples: a real sparse registry on
# loopback, a throwaway CARGO_HOME, real cargo, then crate-cache's check,
# plan and key, and the bundled action entry point run as the runner would.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

[ -d node_modules ] || npm ci --no-audit --no-fund
bash test-support/ensure-debian-crates.sh >/dev/null
[ -f dist/cli.js ] || npm run build

work=$(mktemp -d)
export CARGO_HOME="$work/cargo-home"
node --import tsx test-support/registry/cli.ts serve >"$work/registry.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do
  grep -q serving "$work/registry.log" 2>/dev/null && break
  sleep 0.2
done

echo "== crate-cache dirname: where cargo keeps the fixture registry"
node dist/cli.js dirname 'sparse+http://127.0.0.1:18931/index/'

echo; echo "== crate-cache check on an empty CARGO_HOME (no index entries yet)"
node dist/cli.js check examples || echo "(exit $?)"

echo; echo "== cargo fetch --locked from the loopback registry"
(cd examples && cargo fetch --locked)

echo; echo "== crate-cache check, now that cargo's index cache is there"
node dist/cli.js check examples || echo "(exit $?)"

echo; echo "== crate-cache plan"
node dist/cli.js plan examples

echo; echo "== crate-cache key"
node dist/cli.js key examples

echo; echo "== the action's main step (dist/main.js) as the runner runs it"
for f in output state env summary; do : >"$work/$f"; done
( cd examples && INPUT_WORKSPACES=. INPUT_LOCKFILE=check GITHUB_EVENT_NAME=pull_request RUNNER_OS=Linux \
  GITHUB_OUTPUT="$work/output" GITHUB_STATE="$work/state" GITHUB_ENV="$work/env" GITHUB_STEP_SUMMARY="$work/summary" \
  GITHUB_WORKSPACE="$PWD" node ../dist/main.js )
echo "-- outputs:"; cat "$work/output"

echo; echo "== a stale lockfile: bump a requirement past the locked version, on a copy"
cp -r examples "$work/stale" && rm -rf "$work/stale/target"
sed -i 's/^smallvec = "1.9"/smallvec = "1.13"/' "$work/stale/Cargo.toml"
node dist/cli.js check "$work/stale" || echo "(exit $? = stale)"
