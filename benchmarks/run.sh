#!/usr/bin/env bash
# Regenerates every weight the runtime uses, on this machine:
#   - each OpenLedger pallet's pallets/<name>/src/weights.rs (template benchmarks/weight-template.hbs);
#   - the FRAME pallets' runtime/src/weights/<pallet>.rs (the CLI's runtime template);
#   - block and extrinsic base weights (benchmark overhead) in runtime/src/weights/.
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
# `storage` (ParityDB read/write weights) is not in the default list: on the dev chain's state
# (89 keys) its write phase fails with "Empty input is invalid", and so few keys would not be
# representative anyway; the runtime keeps FRAME's ParityDbWeight until a real chain's state
# can be measured (`benchmarks/run.sh storage` with --base-path of that chain).
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
		"$NODE_BIN" benchmark storage --dev --base-path "$db" --database paritydb --state-version 1 \
			--header benchmarks/HEADER.txt --weight-path runtime/src/weights \
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
