#!/usr/bin/env bash
# Regenerates every weight the runtime uses, on this machine:
#   - each OpenLedger pallet's pallets/<name>/src/weights.rs (template benchmarks/weight-template.hbs);
#   - the FRAME pallets' runtime/src/weights/<pallet>.rs (the CLI's runtime template);
#   - GRANDPA's two benchmarks (template benchmarks/weight-template.hbs) in
#     runtime/src/weights/pallet_grandpa.rs, which the runtime maps onto GRANDPA's `WeightInfo`;
#   - block and extrinsic base weights (benchmark overhead) in runtime/src/weights/;
#   - ParityDB read/write weights (benchmark storage) in runtime/src/weights/paritydb_weights.rs,
#     measured on a dev chain that benchmarks/db/populate.js first grows to ~217,000 keys.
#
#   benchmarks/run.sh                    everything, production-like 50 steps x 20 repeats
#   benchmarks/run.sh pallet_rewards     one pallet
#   STEPS=2 REPEAT=1 benchmarks/run.sh   a quick check
# Logs and the raw `benchmark pallet` output land in benchmarks/output/ (for RESULTS.md).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/../scripts/setup.sh"
# shellcheck source=../scripts/env.sh
source "$here/../scripts/env.sh"
# Own build cache: a node with `runtime-benchmarks` must not replace the one the tests launch.
# BENCH_TARGET_DIR=$CARGO_TARGET_DIR shares the test cache instead (most crates are built there
# already with these features; the next scripts/build.sh rebuilds the test node).
export CARGO_TARGET_DIR="${BENCH_TARGET_DIR:-$HOME/.cache/openledger/target-bench}"
NODE_BIN="$CARGO_TARGET_DIR/release/openledger-node"
# frame-benchmarking-cli's own test runtime cannot be built through our workspace hint, and
# `benchmark pallet/overhead/storage` as used here do not need it.
export SKIP_FRAME_STORAGE_ACCESS_TEST_RUNTIME_WASM_BUILD=1
cd "$OPENLEDGER_ROOT"
cargo build --locked --release -p openledger-node --features runtime-benchmarks
wasm="$CARGO_TARGET_DIR/release/wbuild/openledger-runtime/openledger_runtime.compact.compressed.wasm"
steps=${STEPS:-50}
repeat=${REPEAT:-20}
out="$here/output"
mkdir -p "$out" runtime/src/weights

ours=(pallet_datanets pallet_models pallet_inference pallet_rewards pallet_court pallet_batches)
frame=(frame_system frame_system_extensions pallet_balances pallet_timestamp pallet_sudo
	pallet_utility pallet_transaction_payment pallet_grandpa pallet_scheduler pallet_preimage
	pallet_referenda pallet_conviction_voting pallet_whitelist pallet_collective)
pallets=("$@")
[ ${#pallets[@]} -gt 0 ] || pallets=("${ours[@]}" "${frame[@]}" overhead storage)

for pallet in "${pallets[@]}"; do
	echo "== $pallet ($(date +%T))"
	case "$pallet" in
	overhead)
		"$NODE_BIN" benchmark overhead --runtime "$wasm" --genesis-builder-preset development \
			--header benchmarks/HEADER.txt --weight-path runtime/src/weights \
			2>&1 | tee "$out/overhead.txt"
		;;
	storage)
		# Genesis alone is ~90 keys, one of them the 4.8 MB runtime: no basis for a per-item cost.
		db="$(mktemp -d)"
		NODE_BIN="$NODE_BIN" E2E_LOG_DIR="$out" node benchmarks/db/populate.js "$db" \
			2>&1 | tee "$out/populate.txt"
		# Writes are timed per batch of 1,000 (one trie root per batch, as a moderately loaded
		# block has); the mean times 1.1, as Parity's own runtimes do, for the spread between runs.
		"$NODE_BIN" benchmark storage --dev --base-path "$db" --database paritydb --state-version 1 \
			--batch-size 1000 --warmups 2 --mul 1.1 --template-path benchmarks/storage-template.hbs \
			--header benchmarks/HEADER.txt --weight-path runtime/src/weights \
			2>&1 | tee "$out/storage.txt"
		rm -rf "$db"
		;;
	pallet_*|frame_*)
		if [[ " ${ours[*]} " == *" $pallet "* ]]; then
			target=("--template" "benchmarks/weight-template.hbs" "--output" "pallets/${pallet#pallet_}/src/weights.rs")
		elif [ "$pallet" = pallet_grandpa ]; then
			# Its benchmarks do not match its `WeightInfo` trait one to one (see weights/mod.rs).
			target=("--template" "benchmarks/weight-template.hbs" "--output" "runtime/src/weights/$pallet.rs")
		else
			target=("--output" "runtime/src/weights/$pallet.rs")
		fi
		"$NODE_BIN" benchmark pallet \
			--runtime "$wasm" \
			--genesis-builder-preset development \
			--pallet "$pallet" --extrinsic '*' \
			--steps "$steps" --repeat "$repeat" \
			--wasm-execution compiled \
			--heap-pages 4096 \
			--header benchmarks/HEADER.txt \
			"${target[@]}" 2>&1 | tee "$out/$pallet.txt"
		;;
	*) echo "unknown benchmark $pallet" >&2; exit 1 ;;
	esac
done
cargo fmt --all
