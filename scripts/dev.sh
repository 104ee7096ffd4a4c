#!/usr/bin/env bash
# One command from a fresh clone to a running dev chain: set up, build, launch.
#   scripts/dev.sh                     Aura + GRANDPA, 6 s blocks, state discarded on exit
#   scripts/dev.sh --sealing instant   a block per transaction, finalized at once
# Extra arguments go to the node. RPC/WebSocket: ws://127.0.0.1:9944
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/setup.sh"
"$here/build.sh"
# shellcheck source=env.sh
source "$here/env.sh"
exec "$NODE_BIN" --dev --tmp --rpc-cors all "$@"
