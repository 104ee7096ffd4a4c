#!/usr/bin/env bash
# Measures what a dev node (Aura, 6 s blocks) carries: inference cycles, then transfers.
# Knobs (environment): USERS (48), PROVIDERS (8), IN_FLIGHT (40 per user per 6 s round),
# SECONDS_PER_PHASE (90).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/../../scripts/setup.sh"
# shellcheck source=../../scripts/env.sh
source "$here/../../scripts/env.sh"
"$OPENLEDGER_ROOT/scripts/build.sh" >/dev/null
export NODE_BIN
exec node "$here/load.js"
