#!/usr/bin/env bash
# Measures the attribution RPC under load (issue 14, E17): builds a dev chain holding 10^5
# contributions, 10^4 of them from one account, then sends a mixed stream of every
# `attribution_*` method at a fixed rate and prints latency percentiles.
# Knobs (environment): RATE (500 requests/s), SECONDS (20), CONNECTIONS (64), CONTRIBUTORS (10),
# PER_CONTRIBUTOR (10,000), BATCH (500 contributions per utility.batch), PAGE (10 items per
# listing page).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/../../scripts/setup.sh"
# shellcheck source=../../scripts/env.sh
source "$here/../../scripts/env.sh"
"$OPENLEDGER_ROOT/scripts/build.sh" >/dev/null
[ -d "$OPENLEDGER_ROOT/tests/e2e/node_modules/@polkadot/api" ] ||
	(cd "$OPENLEDGER_ROOT/tests/e2e" && npm ci --no-audit --no-fund --loglevel=error)
export NODE_BIN
exec node "$here/load.js"
