//! Builds `../Cargo.toml` (openledger-runtime) for wasm into `WASM_BINARY`, with the runtime
//! features this crate has enabled. `SKIP_WASM_BUILD` makes `WASM_BINARY` `None`.

#[cfg(feature = "metadata-hash")]
fn main() {
	builder().enable_metadata_hash("OPEN", 18).build();
}

#[cfg(not(feature = "metadata-hash"))]
fn main() {
	builder().build();
}

fn builder() -> substrate_wasm_builder::WasmBuilder {
	// The runtime's manifest as cargo names it (no `..`): wasm-builder looks it up by path.
	let Some(runtime) = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent() else {
		panic!("runtime/wasm has a parent folder");
	};
	match substrate_wasm_builder::WasmBuilder::new().with_project(runtime.join("Cargo.toml")) {
		Ok(builder) => builder.import_memory().export_heap_base(),
		Err(why) => panic!("the runtime's manifest: {why}"),
	}
}
