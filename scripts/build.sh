#!/usr/bin/env bash
# Builds the release node (with its wasm runtime) into the shared build cache.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"
cd "$OPENLEDGER_ROOT"
cargo build --locked --release -p openledger-node "$@"
echo "node: $NODE_BIN"
