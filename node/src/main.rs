//! OpenLedger appchain node: the node of `openledger-node-cli` with the runtime wasm built by
//! `openledger-runtime-wasm`. Kept apart so the node's code compiles while the wasm builds.
#![warn(missing_docs)]

fn main() {
	// Print errors with their message rather than a debug dump, and exit non-zero.
	if let Err(error) = openledger_node_cli::run(openledger_runtime_wasm::WASM_BINARY) {
		eprintln!("Error: {error}");
		std::process::exit(1);
	}
}
