#!/usr/bin/env bash
# Builds the off-chain tools into the shared build cache: the provider daemon
# (`openledger-provider`) and the client CLI (`openledger`). Separate binaries: the node's
# build does not wait for them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"
cd "$OPENLEDGER_ROOT"
cargo build --locked --release -p openledger-provider -p openledger-cli "$@"
echo "provider: $PROVIDER_BIN"
echo "cli: $CLI_BIN"
