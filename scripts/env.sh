# shellcheck shell=bash
# Shared environment for every project script: one fixed build cache outside the clone so CI and
# later runs reuse what was built, and the wasm toolchain chosen by scripts/setup.sh.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/openledger/target}"
export OPENLEDGER_ROOT="${OPENLEDGER_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
# wasm-builder needs the workspace's Cargo.lock even when the target dir lives elsewhere.
export WASM_BUILD_WORKSPACE_HINT="$OPENLEDGER_ROOT"
if [ -f "$HOME/.cache/openledger/wasm-toolchain" ]; then
	WASM_BUILD_TOOLCHAIN="$(cat "$HOME/.cache/openledger/wasm-toolchain")"
	export WASM_BUILD_TOOLCHAIN
fi
export PATH="$HOME/.cargo/bin:$PATH"
NODE_BIN="$CARGO_TARGET_DIR/release/openledger-node"
export NODE_BIN
# The provider daemon and the client CLI (scripts/build-tools.sh).
export PROVIDER_BIN="$CARGO_TARGET_DIR/release/openledger-provider"
export CLI_BIN="$CARGO_TARGET_DIR/release/openledger"
