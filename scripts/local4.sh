#!/usr/bin/env bash
# Four validators on this machine: the `local` chain with Alice, Bob, Charlie and Dave as Aura
# and GRANDPA authorities (tests/e2e/lib/specs.js writes its chain spec). Each keeps its database
# under $LOCAL4_DIR/<name> (default: a new temporary directory), logs to <name>.log there.
# RPC: ws://127.0.0.1:9960 (Alice), 9961 (Bob), 9962 (Charlie), 9963 (Dave). Ctrl-C stops all.
# Kill one (e.g. `kill -9 <pid>` of Dave) and finality goes on; kill two and it stalls; start one
# again with the same command line (printed below) and it resumes.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
"$here/setup.sh"
"$here/build.sh"
# shellcheck source=env.sh
source "$here/env.sh"
dir="${LOCAL4_DIR:-$(mktemp -d -t openledger-local4-XXXXXX)}"
mkdir -p "$dir"
spec="$dir/local4.json"
names=() keys=() peers=()
while read -r name key peer; do
	names+=("$name") keys+=("$key") peers+=("$peer")
done < <(cd "$OPENLEDGER_ROOT/tests/e2e" && NODE_BIN="$NODE_BIN" node lib/specs.js local4 "$spec")
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true' EXIT INT TERM
for i in 0 1 2 3; do
	boot=()
	for j in 0 1 2 3; do
		[ "$i" = "$j" ] || boot+=("/ip4/127.0.0.1/tcp/$((30350 + j))/p2p/${peers[$j]}")
	done
	args=(--chain "$spec" "--${names[$i]}" --base-path "$dir/${names[$i]}"
		--node-key "${keys[$i]}" --port $((30350 + i)) --rpc-port $((9960 + i))
		--bootnodes "${boot[@]}")
	"$NODE_BIN" "${args[@]}" >"$dir/${names[$i]}.log" 2>&1 &
	pids+=($!)
	echo "${names[$i]}: pid $! ws://127.0.0.1:$((9960 + i))  $NODE_BIN ${args[*]}"
done
echo "logs and databases in $dir; Ctrl-C stops all four"
wait
