#!/usr/bin/env bash
# Figures of the dev chain's retrieval-augmented language model over >= 100 MB of text (the
# `.rs` and `.md` files of the crate sources cargo fetched, as one datanet version): index and
# model load times, retrieval, time to first token, tokens/s, attribution, the share of answer
# tokens in attributed spans, and re-execution (equal, and its time). Run it on an idle machine.
#   benchmarks/llm/run.sh [--bytes N] [--weights <GGUF>]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=../../scripts/env.sh
source "$here/../../scripts/env.sh"
cd "$OPENLEDGER_ROOT"
scripts/fetch-model.sh
cargo fetch --locked >/dev/null
registry=("${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/)
cd offchain
export CARGO_TARGET_DIR="$OFFCHAIN_TARGET_DIR"
cargo run --locked --release -p openledger-sdk --example rag_figures -- "${registry[@]}" "$@"
