#!/usr/bin/env bash
# What a paid call costs on chain, batched (pallet-batches) and per call (pallet-inference), in
# the runtime's generated weights against a balance transfer: prints the table of
# benchmarks/RESULTS.md ("paid calls at scale"). Reads weights only; regenerate them first
# (benchmarks/run.sh pallet_batches pallet_inference pallet_rewards) to measure this machine.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../../scripts/env.sh
source "$here/../../scripts/env.sh"
cd "$OPENLEDGER_ROOT"
SKIP_WASM_BUILD=1 cargo run --locked --release -q -p openledger-integration-tests \
	--features runtime-benchmarks \
	--example batch_weights
