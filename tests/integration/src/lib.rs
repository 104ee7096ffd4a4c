//! Runtime-level tests of the OpenLedger appchain live in `tests/`; this library holds what
//! they share.

use std::path::PathBuf;

/// The repository's root directory.
pub fn repo_root() -> PathBuf {
	PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// A runtime genesis preset as JSON.
pub fn runtime_preset(name: &str) -> serde_json::Value {
	let id = sp_genesis_builder::PresetId::from(name);
	let bytes = openledger_runtime::genesis_config_presets::get_preset(&id)
		.unwrap_or_else(|| panic!("the runtime has no preset `{name}`"));
	serde_json::from_slice(&bytes).expect("presets are JSON")
}
