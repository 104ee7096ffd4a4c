#!/usr/bin/env bash
# Writes the runtime's metadata (V16, SCALE) to offchain/sdk/metadata/openledger.scale, from which
# the Rust client (subxt) generates its types at build time. Run it after changing the runtime.
#   scripts/metadata.sh           regenerate from the built node
#   scripts/metadata.sh --check   fail when the committed file differs from the runtime's
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"
[ -x "$NODE_BIN" ] || { echo "no node at $NODE_BIN: run scripts/build.sh" >&2; exit 1; }
target="$OPENLEDGER_ROOT/offchain/sdk/metadata/openledger.scale"
port=$((20000 + RANDOM % 20000))
log="$(mktemp)"
"$NODE_BIN" --dev --tmp --rpc-port "$port" --no-prometheus --no-telemetry >"$log" 2>&1 &
node_pid=$!
trap 'kill $node_pid 2>/dev/null || true; rm -f "$log"' EXIT
fresh="$(mktemp)"
RPC="http://127.0.0.1:$port" OUT="$fresh" node --input-type=module -e '
const call = async () => {
  const res = await fetch(process.env.RPC, {
    method: "POST",
    headers: { "content-type": "application/json" },
    // Metadata_metadata_at_version(16): Option<OpaqueMetadata>, i.e. 0x01, a compact length,
    // then the metadata bytes.
    body: JSON.stringify({ id: 1, jsonrpc: "2.0", method: "state_call", params: ["Metadata_metadata_at_version", "0x10000000"] }),
  });
  return (await res.json()).result;
};
let hex;
for (let i = 0; i < 240 && !hex; i += 1) {
  try { hex = await call(); } catch { await new Promise((r) => setTimeout(r, 250)); }
}
if (!hex) { console.error("the node did not answer"); process.exit(1); }
const bytes = Buffer.from(hex.slice(2), "hex");
if (bytes[0] !== 1) { console.error("the runtime has no V16 metadata"); process.exit(1); }
// Skip the SCALE compact length after the Option tag.
const mode = bytes[1] & 3;
const skip = 1 + (mode === 0 ? 1 : mode === 1 ? 2 : mode === 2 ? 4 : 1 + (bytes[1] >> 2) + 4);
(await import("node:fs")).writeFileSync(process.env.OUT, bytes.subarray(skip));
'
if [ "${1:-}" = "--check" ]; then
	if ! cmp -s "$fresh" "$target"; then
		echo "offchain/sdk/metadata/openledger.scale is stale: run scripts/metadata.sh and commit it" >&2
		rm -f "$fresh"
		exit 1
	fi
	echo "metadata: up to date ($(wc -c <"$target") bytes)"
	rm -f "$fresh"
else
	mkdir -p "$(dirname "$target")"
	mv "$fresh" "$target"
	echo "metadata: wrote $target ($(wc -c <"$target") bytes)"
fi
