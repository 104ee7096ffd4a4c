#!/usr/bin/env bash
# Regenerates every OpenLedger pallet's weights.rs from `benchmark pallet` on this machine.
#   benchmarks/run.sh                 all OpenLedger pallets
#   benchmarks/run.sh pallet_datanets one pallet
# Steps/repeats default to production-like 50/20; STEPS=2 REPEAT=1 for a quick check.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/../scripts/setup.sh"
# shellcheck source=../scripts/env.sh
source "$here/../scripts/env.sh"
# Own build cache: a node with `runtime-benchmarks` must not replace the one the tests launch.
export CARGO_TARGET_DIR="$HOME/.cache/openledger/target-bench"
NODE_BIN="$CARGO_TARGET_DIR/release/openledger-node"
cd "$OPENLEDGER_ROOT"
cargo build --locked --release -p openledger-node --features runtime-benchmarks
steps=${STEPS:-50}
repeat=${REPEAT:-20}
pallets=("$@")
[ ${#pallets[@]} -gt 0 ] || pallets=(pallet_datanets)
for pallet in "${pallets[@]}"; do
	dir="pallets/${pallet#pallet_}"
	echo "== $pallet -> $dir/src/weights.rs"
	"$NODE_BIN" benchmark pallet \
		--runtime "$(ls "$CARGO_TARGET_DIR"/release/wbuild/openledger-runtime/openledger_runtime.compact.compressed.wasm)" \
		--genesis-builder-preset development \
		--pallet "$pallet" --extrinsic '*' \
		--steps "$steps" --repeat "$repeat" \
		--wasm-execution compiled \
		--heap-pages 4096 \
		--template benchmarks/weight-template.hbs \
		--header benchmarks/HEADER.txt \
		--output "$dir/src/weights.rs"
done
