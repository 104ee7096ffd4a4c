#!/usr/bin/env bash
# The runtime fuzzer, coverage-guided, under libFuzzer (cargo-fuzz). Seeds its corpus with inputs
# from the seeded generator, so that libFuzzer starts from calls that decode.
#   tests/fuzz/libfuzzer.sh [libFuzzer options, e.g. -max_total_time=3600 -jobs=2]
# Needs cargo-fuzz (`cargo install cargo-fuzz`); on a stable toolchain RUSTC_BOOTSTRAP=1 lets it
# pass the -Z flags it needs. Crashes land in tests/fuzz/cargo-fuzz/artifacts/runtime/; replay one
# with `openledger-fuzz replay <file>` and keep it in tests/fuzz/regressions/ once fixed.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../../scripts/env.sh
source "$here/../../scripts/env.sh"
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
cd "$here/cargo-fuzz"
# The same dependency versions as the project.
cp "$OPENLEDGER_ROOT/Cargo.lock" Cargo.lock
corpus="$here/cargo-fuzz/corpus/runtime"
if [ ! -d "$corpus" ]; then
	mkdir -p "$corpus"
	# The driver the workspace's test build made (scripts/test.sh), else one built here.
	driver="$CARGO_TARGET_DIR/release/openledger-fuzz"
	if [ ! -x "$driver" ]; then
		(cd "$OPENLEDGER_ROOT" && cargo build --locked --release -p openledger-fuzz)
	fi
	"$driver" seeds --count 64 --ops 200 --out "$corpus"
fi
export CARGO_TARGET_DIR="$here/cargo-fuzz/target" SKIP_WASM_BUILD=1 RUSTC_BOOTSTRAP=1
exec cargo fuzz run --fuzz-dir "$here/cargo-fuzz" --sanitizer none --release runtime "$corpus" -- -rss_limit_mb=8192 "$@"
