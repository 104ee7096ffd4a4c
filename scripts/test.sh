#!/usr/bin/env bash
# The project's test command (CI runs exactly this): setup, format, every build linted by clippy
# (-D warnings) as it compiles, every Rust test (unit, integration, benchmarks as tests), the
# runtime fuzzer and the end-to-end tests against real nodes. Prints each step's minutes.
#
# The chain's dependency tree compiles twice and only twice: the release node, and one test build
# (`--features runtime-benchmarks`, no wasm) that runs every chain test, benchmarks included; the
# two share every crate whose features do not change. The off-chain workspace builds and tests in
# its own cache, in the background, while the node compiles.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
started=$(date +%s)
summary=()
timings=()
step_name=
step_start=0

# step NAME: ends the previous step (recording its minutes) and starts NAME.
step() {
	local now
	now=$(date +%s)
	[ -n "$step_name" ] && timings+=("$(printf '%6.1f min  %s' "$(awk "BEGIN {print ($now - $step_start) / 60}")" "$step_name")")
	step_name=$1
	step_start=$now
	[ -n "$step_name" ] && printf '\n==== %s (%s)\n' "$step_name" "$(date +%T)"
	return 0
}
minutes_since() { awk "BEGIN {printf \"%.1f\", ($(date +%s) - $1) / 60}"; }

step "setup"
"$here/setup.sh"
# shellcheck source=env.sh
source "$here/env.sh"
cd "$OPENLEDGER_ROOT"
logs="$(mktemp -d)"

step "cargo fmt --check (both workspaces)"
cargo fmt --all -- --check
(cd offchain && cargo fmt --all -- --check)

# The off-chain workspace: release build of the provider and the CLI (which the end-to-end tests
# run), then its tests, in its own cache while the chain builds. Linted as it compiles. At the
# lowest priority: it fills the cores the chain's builds leave idle (their serial tails: the
# runtime, the node binary) instead of slowing the node build, the longest step.
offchain_start=$(date +%s)
(
	set -euo pipefail
	renice -n 19 -p "$BASHPID" >/dev/null 2>&1 || true
	cd "$OPENLEDGER_ROOT/offchain"
	export CARGO_TARGET_DIR="$OFFCHAIN_TARGET_DIR"
	t=$(date +%s)
	"$here/build-tools.sh"
	echo "offchain build: $(minutes_since "$t") min"
	t=$(date +%s)
	cargo test --locked --release --workspace
	echo "offchain tests: $(minutes_since "$t") min"
) >"$logs/offchain.log" 2>&1 &
offchain_pid=$!

step "build: release node and runtime wasm (linted)"
"$here/build.sh" --timings

step "client metadata matches the runtime"
"$here/metadata.sh" --check

step "typed TypeScript client (packages/api-augment) matches the metadata"
"$here/typegen.sh" --check

step "build: explorer (type-checked against the typed client)"
"$here/explorer.sh" --build

# Rust test binaries print "test result: ... N passed"; add them up for the summary.
count_rust() {
	local log=$1 passed failed
	passed=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | awk '{s+=$4} END {print s+0}')
	failed=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s+=$1} END {print s+0}')
	echo "$passed passed, $failed failed"
}

step "chain tests: unit, integration, benchmarks as tests, try_state after each (linted)"
# The node's crates have no tests (and would compile the node's dependencies with the benchmarks
# in); everything else runs with the benchmarks compiled in. No wasm is needed (the tests
# execute the native runtime), so neither is the crate that builds it: without it this build
# never compiles substrate-wasm-builder and binaryen.
SKIP_WASM_BUILD=1 cargo test --locked --release --workspace --exclude openledger-node \
	--exclude openledger-node-cli --exclude openledger-runtime-wasm \
	--features runtime-benchmarks --timings 2>&1 | tee "$logs/chain.log"
summary+=("chain Rust tests: $(count_rust "$logs/chain.log")")

step "off-chain workspace: build and tests (started in the background with the node)"
offchain_status=0
wait "$offchain_pid" || offchain_status=$?
cat "$logs/offchain.log"
summary+=("off-chain Rust tests: $(count_rust "$logs/offchain.log") ($(grep -E '^offchain (build|tests):' "$logs/offchain.log" | tr '\n' ' ')from $(date -d "@$offchain_start" +%T))")
[ "$offchain_status" -eq 0 ] || { echo "the off-chain workspace failed (see above)" >&2; exit "$offchain_status"; }

step "runtime fuzzer: a bounded seeded run (tests/fuzz; the long run is in tests/RELIABILITY.md)"
# The binary the chain's test build above made.
"$CARGO_TARGET_DIR/release/openledger-fuzz" run --seed 1000 --inputs "${FUZZ_INPUTS:-20}" \
	--ops 1000 --crashes "$logs/fuzz-crashes" 2>&1 | tee "$logs/fuzz.log"
summary+=("runtime fuzzer: $(grep -Eo '^extrinsics: +[0-9]+ applied' "$logs/fuzz.log" | grep -Eo '[0-9]+') extrinsics, $(grep -Eo '^blocks: +[0-9]+' "$logs/fuzz.log" | grep -Eo '[0-9]+') blocks, every invariant held")

step "end-to-end tests (@polkadot/api against openledger-node)"
e2e_status=0
"$OPENLEDGER_ROOT/tests/e2e/run.sh" 2>&1 | tee "$logs/e2e.log" || e2e_status=$?
e2e_pass=$(grep -Eo '^ℹ pass [0-9]+' "$logs/e2e.log" | awk '{print $3}')
e2e_fail=$(grep -Eo '^ℹ fail [0-9]+' "$logs/e2e.log" | awk '{print $3}')
summary+=("end-to-end tests: ${e2e_pass:-0} passed, ${e2e_fail:-0} failed")

step ""
printf '\n==== summary\n'
printf '%s\n' "${summary[@]}"
printf '\nminutes per step:\n'
printf '%s\n' "${timings[@]}"
printf '%6.1f min  in all\n' "$(awk "BEGIN {print ($(date +%s) - $started) / 60}")"
exit "$e2e_status"
