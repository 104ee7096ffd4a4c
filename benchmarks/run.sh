#!/usr/bin/env bash
# Regenerates every weight the runtime uses, on this machine:
#   - each OpenLedger pallet's pallets/<name>/src/weights.rs (template benchmarks/weight-template.hbs);
#   - the FRAME pallets' runtime/src/weights/<pallet>.rs (the CLI's runtime template);
#   - block and extrinsic base weights (benchmark overhead) in runtime/src/weights/;
#   - on request (`storage`), ParityDB read/write weights in benchmarks/output/.
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
export CARGO_TARGET_DIR="$HOME/.cache/openledger/target-bench"
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

ours=(pallet_datanets pallet_models pallet_inference pallet_rewards)
frame=(frame_system pallet_balances pallet_timestamp pallet_sudo pallet_utility)
pallets=("$@")
# `storage` measures ParityDB read/write weights into benchmarks/output/paritydb_weights.rs. It is
# not in the default list and the runtime does not use its output yet: the dev state has 89 keys,
# whose mean is dominated by the 4.8 MB `:code` value (see RESULTS.md), so the runtime keeps
# FRAME's ParityDbWeight until a populated chain can be measured.
[ ${#pallets[@]} -gt 0 ] || pallets=("${ours[@]}" "${frame[@]}" overhead)

for pallet in "${pallets[@]}"; do
	echo "== $pallet ($(date +%T))"
	case "$pallet" in
	overhead)
		"$NODE_BIN" benchmark overhead --runtime "$wasm" --genesis-builder-preset development \
			--header benchmarks/HEADER.txt --weight-path runtime/src/weights \
			2>&1 | tee "$out/overhead.txt"
		;;
	storage)
		db="$(mktemp -d)"
		# One key per batch: the dev state has fewer keys than the default batch of 100,000.
		"$NODE_BIN" benchmark storage --dev --base-path "$db" --database paritydb --state-version 1 \
			--batch-size 1 --header benchmarks/HEADER.txt --weight-path "$out" \
			2>&1 | tee "$out/storage.txt"
		rm -rf "$db"
		;;
	pallet_*|frame_*)
		if [[ " ${ours[*]} " == *" $pallet "* ]]; then
			target=("--template" "benchmarks/weight-template.hbs" "--output" "pallets/${pallet#pallet_}/src/weights.rs")
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
