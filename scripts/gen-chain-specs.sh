#!/usr/bin/env bash
# Regenerates chain-specs/{dev,local,production}.json from the runtime's genesis presets, through the node.
# tests/integration/tests/chain_specs.rs fails when they no longer match the presets.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"
[ -x "$NODE_BIN" ] || "$here/build.sh"
mkdir -p "$OPENLEDGER_ROOT/chain-specs"
"$NODE_BIN" export-chain-spec --chain dev --output "$OPENLEDGER_ROOT/chain-specs/dev.json"
"$NODE_BIN" export-chain-spec --chain local --output "$OPENLEDGER_ROOT/chain-specs/local.json"
"$NODE_BIN" export-chain-spec --chain production --output "$OPENLEDGER_ROOT/chain-specs/production.json"
