#!/usr/bin/env bash
# Runs the end-to-end tests against the release node binary; each test file starts the nodes it
# needs on ports the kernel assigns (lib/node.js freePorts), so files run in parallel
# (E2E_JOBS, default 2).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../../scripts/env.sh
source "$here/../../scripts/env.sh"
[ -x "$NODE_BIN" ] || { echo "no node binary at $NODE_BIN: run scripts/build.sh" >&2; exit 1; }
cd "$here"
if [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund --loglevel=error
fi
export NODE_BIN PROVIDER_BIN CLI_BIN
[ -x "$PROVIDER_BIN" ] && [ -x "$CLI_BIN" ] || { echo "no provider/CLI binaries: run scripts/build-tools.sh" >&2; exit 1; }
# The runtime this tree builds, for the upgrade test.
export RUNTIME_WASM="${RUNTIME_WASM:-$CARGO_TARGET_DIR/release/wbuild/openledger-runtime/openledger_runtime.compact.compressed.wasm}"
exec node --test --test-concurrency="${E2E_JOBS:-2}" --test-timeout=300000 --test-reporter=spec "${@:-test/}"
