# shellcheck shell=bash
# Shared environment for every project script: fixed build caches outside the clone so CI and
# later runs reuse what was built, the wasm toolchain chosen by scripts/setup.sh, and clippy run
# inside the builds themselves (scripts/lint-rustc.sh).
export OPENLEDGER_ROOT="${OPENLEDGER_ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
export PATH="$HOME/.cargo/bin:$PATH"
# The chain's workspace (node, runtime, pallets, tests) builds here...
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/openledger/target}"
# ...and the off-chain workspace (offchain/: engine, SDK, provider, CLI) in its own cache: the two
# share no feature-unified crates, and separate caches let both build at the same time (cargo
# locks a build directory for one build at a time).
export OFFCHAIN_TARGET_DIR="${OFFCHAIN_TARGET_DIR:-$HOME/.cache/openledger/offchain-target}"
# wasm-builder needs the workspace's Cargo.lock even when the target dir lives elsewhere.
export WASM_BUILD_WORKSPACE_HINT="$OPENLEDGER_ROOT"
if [ -f "$HOME/.cache/openledger/wasm-toolchain" ]; then
	WASM_BUILD_TOOLCHAIN="$(cat "$HOME/.cache/openledger/wasm-toolchain")"
	export WASM_BUILD_TOOLCHAIN
fi
# Clippy (-D warnings) lints the project's own crates while they compile: no separate check pass
# over the dependency tree, and every build (node, tests, tools) is linted with the features it
# really has. OPENLEDGER_NO_LINT=1 builds without it (the cache then holds other fingerprints).
if [ -z "${OPENLEDGER_NO_LINT:-}" ] && OPENLEDGER_CLIPPY_DRIVER="$(rustup which clippy-driver 2>/dev/null)"; then
	export OPENLEDGER_CLIPPY_DRIVER
	export RUSTC_WORKSPACE_WRAPPER="$OPENLEDGER_ROOT/scripts/lint-rustc.sh"
	export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
fi
# The node's networking (litep2p's WebRTC) asks for a vendored OpenSSL, a C build of about four
# minutes; the system's OpenSSL (libssl-dev, which setup.sh installs) links in seconds.
if [ -z "${OPENSSL_NO_VENDOR+set}" ] && pkg-config --exists openssl 2>/dev/null; then
	export OPENSSL_NO_VENDOR=1
fi
NODE_BIN="$CARGO_TARGET_DIR/release/openledger-node"
export NODE_BIN
# Model weights by blake2-256 (scripts/fetch-model.sh puts the dev chain's language model here).
export OPENLEDGER_MODELS_DIR="${OPENLEDGER_MODELS_DIR:-$HOME/.cache/openledger/models}"
# The provider daemon and the client CLI (scripts/build-tools.sh).
export PROVIDER_BIN="$OFFCHAIN_TARGET_DIR/release/openledger-provider"
export CLI_BIN="$OFFCHAIN_TARGET_DIR/release/openledger"
