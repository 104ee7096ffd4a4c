#!/usr/bin/env bash
# The project's test command (CI runs exactly this): setup, format, lints, every Rust test
# (unit, integration, benchmarks as tests), and the end-to-end tests against real nodes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/setup.sh"
# shellcheck source=env.sh
source "$here/env.sh"
cd "$OPENLEDGER_ROOT"

step() { printf '\n==== %s (%s)\n' "$*" "$(date +%T)"; }
summary=()

step "cargo fmt --check"
cargo fmt --all -- --check

step "build: release node and runtime wasm"
"$here/build.sh"

step "build: provider daemon and client CLI"
"$here/build-tools.sh"

step "client metadata matches the runtime"
"$here/metadata.sh" --check

step "typed TypeScript client (packages/api-augment) matches the metadata"
"$here/typegen.sh" --check

step "build: explorer (type-checked against the typed client)"
"$here/explorer.sh" --build

# The off-chain tools are checked and tested on their own: built together with the node's
# crates, their dependencies' features would unify into the node's (clap, tokio, hyper, …) and
# rebuild much of the node a second time.
offchain=(--exclude attribution-engine --exclude openledger-client --exclude openledger-provider
	--exclude openledger-cli)
tools=(-p attribution-engine -p openledger-client -p openledger-provider -p openledger-cli)

step "clippy -D warnings"
cargo clippy --locked --release --workspace "${offchain[@]}" --all-targets -- -D warnings
cargo clippy --locked --release "${tools[@]}" --all-targets -- -D warnings
# With the benchmarks compiled in (node `benchmark` subcommand included). No wasm is needed to
# check them: SKIP_WASM_BUILD only affects this feature set's own build of the runtime.
SKIP_WASM_BUILD=1 cargo clippy --locked --release --workspace "${offchain[@]}" --all-targets \
	--features runtime-benchmarks -- -D warnings

# Rust test binaries print "test result: ... N passed"; add them up for the summary.
count_rust() {
	local log=$1 passed failed
	passed=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
	failed=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
	echo "$passed passed, $failed failed"
}
logs="$(mktemp -d)"

step "Rust tests (unit, integration, try_state after each)"
cargo test --locked --release --workspace "${offchain[@]}" 2>&1 | tee "$logs/unit.log"
cargo test --locked --release "${tools[@]}" 2>&1 | tee -a "$logs/unit.log"
summary+=("Rust tests: $(count_rust "$logs/unit.log")")

step "runtime fuzzer: a bounded seeded run (tests/fuzz; the long run is in tests/RELIABILITY.md)"
# The binary the workspace's test build above made (run directly: `cargo run -p` alone would
# resolve other features and rebuild much of the runtime's dependencies).
"$CARGO_TARGET_DIR/release/openledger-fuzz" run --seed 1000 --inputs "${FUZZ_INPUTS:-20}" \
	--ops 1000 --crashes "$logs/fuzz-crashes" 2>&1 | tee "$logs/fuzz.log"
summary+=("runtime fuzzer: $(grep -Eo '^extrinsics: +[0-9]+ applied' "$logs/fuzz.log" | grep -Eo '[0-9]+') extrinsics, $(grep -Eo '^blocks: +[0-9]+' "$logs/fuzz.log" | grep -Eo '[0-9]+') blocks, every invariant held")

step "benchmarks as tests (--features runtime-benchmarks)"
SKIP_WASM_BUILD=1 cargo test --locked --release --workspace --exclude openledger-node \
	"${offchain[@]}" --features runtime-benchmarks 2>&1 | tee "$logs/bench.log"
summary+=("Rust tests with runtime-benchmarks: $(count_rust "$logs/bench.log")")

step "end-to-end tests (@polkadot/api against openledger-node)"
e2e_status=0
"$OPENLEDGER_ROOT/tests/e2e/run.sh" 2>&1 | tee "$logs/e2e.log" || e2e_status=$?
e2e_pass=$(grep -Eo '^ℹ pass [0-9]+' "$logs/e2e.log" | awk '{print $3}')
e2e_fail=$(grep -Eo '^ℹ fail [0-9]+' "$logs/e2e.log" | awk '{print $3}')
summary+=("end-to-end tests: ${e2e_pass:-0} passed, ${e2e_fail:-0} failed")

step "summary"
printf '%s\n' "${summary[@]}"
exit "$e2e_status"
