#!/usr/bin/env bash
# Figures of the attribution engine on >= 100 MB of text: the `.rs` and `.md` files of the crate
# sources cargo fetched for this workspace (~/.cargo/registry/src, sorted by path, files under
# 1 MB, one document each), indexed as one datanet version. Prints build throughput, size per
# token, generation tokens/s and attribution time per output token. Run it on an idle machine.
#   benchmarks/attribution/run.sh [--bytes N]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../../scripts/env.sh
source "$here/../../scripts/env.sh"
cd "$OPENLEDGER_ROOT"
# The chain's crate sources are the corpus; the engine is built in the off-chain workspace.
cargo fetch --locked >/dev/null
registry=("${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/)
cd offchain
export CARGO_TARGET_DIR="$OFFCHAIN_TARGET_DIR"
cargo run --locked --release -p attribution-engine --example figures -- "${registry[@]}" "$@"
