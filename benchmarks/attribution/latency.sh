#!/usr/bin/env bash
# Request -> answered -> settled latency through the provider daemon (see latency.js).
#   benchmarks/attribution/latency.sh          CALLS=20 by default
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/../../scripts/setup.sh"
# shellcheck source=../../scripts/env.sh
source "$here/../../scripts/env.sh"
"$OPENLEDGER_ROOT/scripts/build.sh" >/dev/null
"$OPENLEDGER_ROOT/scripts/build-tools.sh" >/dev/null
[ -d "$OPENLEDGER_ROOT/tests/e2e/node_modules/@polkadot/api" ] ||
	(cd "$OPENLEDGER_ROOT/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error)
export NODE_BIN PROVIDER_BIN
exec node "$here/latency.js"
