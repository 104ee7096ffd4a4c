#!/usr/bin/env bash
# Measures what a dev node (Aura, 6 s blocks) carries: inference cycles, then transfers.
# Knobs (environment): USERS (48), PROVIDERS (8), IN_FLIGHT (60 requests per user per 6 s round),
# TRANSFERS_IN_FLIGHT (144 transfers per user per round), SECONDS_PER_PHASE (90).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/../../scripts/setup.sh"
# shellcheck source=../../scripts/env.sh
source "$here/../../scripts/env.sh"
"$OPENLEDGER_ROOT/scripts/build.sh" >/dev/null
export NODE_BIN
exec node "$here/load.js"
