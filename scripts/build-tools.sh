#!/usr/bin/env bash
# Builds the off-chain tools (the offchain/ workspace) into the shared build cache: the provider daemon
# (`openledger-provider`) and the client CLI (`openledger`). Separate binaries: the node's
# build does not wait for them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"
cd "$OPENLEDGER_ROOT/offchain"
export CARGO_TARGET_DIR="$OFFCHAIN_TARGET_DIR"
cargo build --locked --release -p openledger-provider -p openledger-cli "$@"
echo "provider: $PROVIDER_BIN"
echo "cli: $CLI_BIN"
