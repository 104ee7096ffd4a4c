#!/usr/bin/env bash
# RUSTC_WORKSPACE_WRAPPER (set by scripts/env.sh): cargo calls it as `lint-rustc.sh <rustc> <args>`
# for the project's own crates. Host builds go through clippy-driver, which compiles exactly as
# rustc does and lints on the way (`cargo clippy` uses the same mechanism, but in a check-only
# pass that compiles the whole dependency tree a second time). The runtime's wasm build passes
# straight to rustc: it may run on another toolchain (scripts/setup.sh) whose clippy may not
# exist, and its code is the runtime's, which the host build lints already.
if [ -n "${WASM_BUILD_TOOLCHAIN:-}" ] && [ "${RUSTUP_TOOLCHAIN:-}" = "$WASM_BUILD_TOOLCHAIN" ]; then
	exec "$@"
fi
prev=
for arg in "$@"; do
	case "$prev/$arg" in --target/wasm32* | */--target=wasm32*) exec "$@" ;; esac
	prev=$arg
done
exec "$OPENLEDGER_CLIPPY_DRIVER" "$@"
