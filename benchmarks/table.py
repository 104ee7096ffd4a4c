#!/usr/bin/env python3
"""Prints the markdown table of extrinsic weights for benchmarks/RESULTS.md.

Reads the generated weights files and evaluates each weight function at the top of its
components' ranges (the runtime's bounds), adding the measured ParityDB read/write weights.
    python3 benchmarks/table.py
"""
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
FILES = {
    "pallet_datanets": ROOT / "pallets/datanets/src/weights.rs",
    "pallet_models": ROOT / "pallets/models/src/weights.rs",
    "pallet_inference": ROOT / "pallets/inference/src/weights.rs",
    "pallet_rewards": ROOT / "pallets/rewards/src/weights.rs",
    "pallet_court": ROOT / "pallets/court/src/weights.rs",
    "pallet_balances": ROOT / "runtime/src/weights/pallet_balances.rs",
    "pallet_transaction_payment": ROOT / "runtime/src/weights/pallet_transaction_payment.rs",
}
# The runtime's bounds: each component at its maximum (the benchmarks' ranges end there).
MAX = {
    "pallet_models": {"t": 16, "d": 8},
    "pallet_inference": {"m": 16, "c": 32, "d": 16, "n": 50},
    "pallet_rewards": {"a": 8, "c": 32, "d": 16, "n": 16, "k": 1000},
    "pallet_court": {"j": 256, "n": 31, "s": 124},
    "pallet_balances": {"u": 1000},
}
PRUNE_MAX = 100  # pallet_rewards::prune_receipts(n)


def db_weights():
    """The runtime's `DbWeight` (ps): ParityDB read and write, as `benchmark storage` measured
    them on a populated dev chain (runtime/src/weights/paritydb_weights.rs)."""
    text = (ROOT / "runtime/src/weights/paritydb_weights.rs").read_text()
    read, write = (int(re.search(rf"{k}: ([\d_]+) \* constants::WEIGHT_REF_TIME_PER_NANOS", text)
                       .group(1).replace("_", "")) * 1_000 for k in ("read", "write"))
    return read, write


def functions(path):
    """Yields (name, params, body) of each weight function of the first impl block."""
    text = path.read_text()
    impl = text[text.index("impl<T: frame_system::Config>"):].split("impl WeightInfo for ()")[0]
    for match in re.finditer(r"fn (\w+)\(([^)]*)\) -> Weight \{(.*?)\n\t\}", impl, re.S):
        yield match.group(1), match.group(2), match.group(3)


def evaluate(body, values, read_w, write_w):
    num = lambda s: int(s.replace("_", ""))
    base = re.search(r"Weight::from_parts\(([\d_]+), ([\d_]+)\)", body)
    ref, proof = num(base.group(1)), num(base.group(2))
    # The CLI's runtime template adds the proof size separately.
    for p in re.findall(r"\.saturating_add\(Weight::from_parts\(0, ([\d_]+)\)\)\n", body):
        proof += num(p)
    for r, p, c in re.findall(r"Weight::from_parts\(([\d_]+), ([\d_]+)\)\.saturating_mul\((\w)\.into\(\)\)", body):
        ref += num(r) * values.get(c, 0)
        proof += num(p) * values.get(c, 0)
    reads = sum(num(x) for x in re.findall(r"reads\(([\d_]+)(?:_u64)?\)", body))
    writes = sum(num(x) for x in re.findall(r"writes\(([\d_]+)(?:_u64)?\)", body))
    for x, c in re.findall(r"reads\(\(([\d_]+)_u64\)\.saturating_mul\((\w)\.into", body):
        reads += num(x) * values.get(c, 0)
    for x, c in re.findall(r"writes\(\(([\d_]+)_u64\)\.saturating_mul\((\w)\.into", body):
        writes += num(x) * values.get(c, 0)
    return ref, proof, reads, writes, ref + reads * read_w + writes * write_w


def main():
    read_w, write_w = db_weights()
    print(f"ParityDB weights used: read {read_w / 1e6:.1f} µs, write {write_w / 1e6:.1f} µs.\n")
    print("| pallet | extrinsic | components (at the runtime's maxima) | execution µs | reads / writes | total ref time µs | proof size bytes |")
    print("|---|---|---|---|---|---|---|")
    for pallet, path in FILES.items():
        for name, params, body in functions(path):
            if pallet == "pallet_balances" and name != "transfer_keep_alive":
                continue
            # The CLI prefixes a component without measurable effect with `_`.
            comps = [p.split(":")[0].strip().lstrip("_") for p in params.split(",") if ":" in p]
            values = dict(MAX.get(pallet, {}))
            if pallet == "pallet_rewards" and name == "prune_receipts":
                values["n"] = PRUNE_MAX
            unused = {p.split(":")[0].strip().lstrip("_") for p in params.split(",") if p.strip().startswith("_")}
            shown = ", ".join(f"{c}={values.get(c, 0)}" + (" (no effect)" if c in unused else "") for c in comps) or "-"
            ref, proof, reads, writes, total = evaluate(body, values, read_w, write_w)
            print(f"| {pallet} | {name} | {shown} | {ref / 1e6:.1f} | {reads} / {writes} | {total / 1e6:.1f} | {proof} |")


if __name__ == "__main__":
    main()
