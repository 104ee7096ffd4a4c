//! The OpenLedger runtime as wasm: `WASM_BINARY` (compact and compressed, what goes on chain)
//! and `WASM_BINARY_BLOATY`, both `None` when built with `SKIP_WASM_BUILD`. The node embeds it
//! for its chain specs; the runtime's native code stays in `openledger-runtime`.

include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));
