#!/usr/bin/env bash
# Generates packages/api-augment (the @polkadot/api type augmentation for this chain) from the
# runtime metadata in offchain/sdk/metadata/openledger.scale, with @polkadot/typegen, as Substrate
# chains publish theirs. Run it after scripts/metadata.sh.
#   scripts/typegen.sh           regenerate
#   scripts/typegen.sh --check   fail when the committed files differ from what the metadata gives
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"
pkg="$OPENLEDGER_ROOT/packages/api-augment"
cd "$pkg"
[ -x node_modules/.bin/polkadot-types-from-chain ] || npm ci --no-audit --no-fund --loglevel=error
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# typegen reads metadata as the JSON answer of state_getMetadata.
node -e 'const fs = require("fs");
fs.writeFileSync(process.argv[2], JSON.stringify({ result: "0x" + fs.readFileSync(process.argv[1]).toString("hex") }));' \
	"$OPENLEDGER_ROOT/offchain/sdk/metadata/openledger.scale" "$work/metadata.json"
out="$work/src"
# The attribution RPC's definitions (api.rpc.attribution.*) come from the node's JSON; the rest
# (api.query, api.tx, api.call.attributionApi, events, errors, constants) from the metadata.
mkdir -p "$out/interfaces/attribution"
echo "export { default as attribution } from './attribution/definitions.js';" >"$out/interfaces/definitions.ts"
printf 'export default { types: {}, rpc: %s };\n' \
	"$(node -e 'console.log(JSON.stringify(require(process.argv[1]).attribution))' \
		"$OPENLEDGER_ROOT/node/attribution-rpc/rpc-definitions.json")" \
	>"$out/interfaces/attribution/definitions.ts"
rel="$(realpath --relative-to="$pkg" "$work")"
node --import tsx node_modules/.bin/polkadot-types-from-defs --package @openledger/api-augment/interfaces \
	--input "$rel/src/interfaces" --endpoint "$rel/metadata.json" >/dev/null
node --import tsx node_modules/.bin/polkadot-types-from-chain --package @openledger/api-augment/interfaces \
	--endpoint "$rel/metadata.json" --output "$rel/src/interfaces" >/dev/null
# typegen names the runtime's call type in the runtime API augmentation without importing it
# (the lookup maps it to Call): use Call there.
runtime_ts="$out/interfaces/augment-api-runtime.ts"
if grep -q OpenledgerRuntimeRuntimeCall "$runtime_ts"; then
	sed -i 's/OpenledgerRuntimeRuntimeCall/Call/g' "$runtime_ts"
	sed -i "0,/^import type .* from '@polkadot\/types\/lookup';/s//&\nimport type { Call } from '@polkadot\/types\/interfaces\/runtime';/" "$runtime_ts"
fi
find "$out/interfaces" -name definitions.ts -delete
find "$out/interfaces" -type d -empty -delete
if [ "${1:-}" = "--check" ]; then
	if ! diff -r -q "$out/interfaces" src/interfaces >/dev/null; then
		diff -r "$out/interfaces" src/interfaces | head -20 >&2
		echo "packages/api-augment is stale: run scripts/typegen.sh and commit it" >&2
		exit 1
	fi
	echo "typegen: packages/api-augment matches the metadata"
else
	rm -rf src/interfaces
	cp -r "$out/interfaces" src/interfaces
	echo "typegen: wrote $pkg/src/interfaces ($(find src/interfaces -type f | wc -l) files)"
fi
