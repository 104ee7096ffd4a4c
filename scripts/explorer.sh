#!/usr/bin/env bash
# Builds the explorer (explorer/, a static site) and serves it against a running node.
#   scripts/explorer.sh                        against ws://127.0.0.1:9944 (scripts/dev.sh)
#   scripts/explorer.sh ws://host:port         against another node
#   scripts/explorer.sh --build                only build explorer/dist (what the tests use)
# PORT chooses the HTTP port (default 4173). Everything it serves comes from the node: there is
# no backend of its own.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"
dir="$OPENLEDGER_ROOT/explorer"
cd "$dir"
# npm ci again when the lock file changed since the last install.
if [ ! -d node_modules/vite ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	npm ci --no-audit --no-fund --loglevel=error
fi
npm run --silent build
[ "${1:-}" = "--build" ] && { echo "explorer: built $dir/dist"; exit 0; }
rpc="${1:-ws://127.0.0.1:9944}"
port="${PORT:-4173}"
echo "explorer: open http://127.0.0.1:$port/?rpc=$rpc"
exec node_modules/.bin/vite preview --host 127.0.0.1 --port "$port" --strictPort
