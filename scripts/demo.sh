#!/usr/bin/env bash
# Runs the OpenLedger story against a running dev chain and prints who paid and earned what.
#   scripts/dev.sh --sealing instant   # in another terminal (or plain scripts/dev.sh: slower)
#   scripts/demo.sh [ws://127.0.0.1:9944]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here/../tests/e2e"
[ -d node_modules/@polkadot/api ] || npm ci --no-audit --no-fund --loglevel=error
exec node demo.js "$@"
