//! Chain specifications: built from the runtime's genesis presets.

use openledger_runtime::{SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL};
use sc_service::{ChainType, Properties};

/// A chain spec of this node: genesis comes from a runtime preset.
pub type ChainSpec = sc_service::GenericChainSpec;

/// What polkadot.js shows: token symbol, decimals, address format.
fn properties() -> Properties {
	let mut properties = Properties::new();
	properties.insert("tokenSymbol".into(), TOKEN_SYMBOL.into());
	properties.insert("tokenDecimals".into(), TOKEN_DECIMALS.into());
	properties.insert("ss58Format".into(), SS58_PREFIX.into());
	properties
}

fn wasm(runtime_wasm: Option<&'static [u8]>) -> Result<&'static [u8], String> {
	runtime_wasm.ok_or_else(|| {
		"the runtime wasm is not available: this node was built with SKIP_WASM_BUILD".to_string()
	})
}

/// `--dev`: Alice authors and finalizes alone.
pub fn development_chain_spec(runtime_wasm: Option<&'static [u8]>) -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm(runtime_wasm)?, None)
		.with_name("OpenLedger Development")
		.with_id("openledger_dev")
		.with_chain_type(ChainType::Development)
		.with_genesis_config_preset_name(sp_genesis_builder::DEV_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}

/// `--chain local`: Alice and Bob, two nodes.
pub fn local_chain_spec(runtime_wasm: Option<&'static [u8]>) -> Result<ChainSpec, String> {
	Ok(ChainSpec::builder(wasm(runtime_wasm)?, None)
		.with_name("OpenLedger Local Testnet")
		.with_id("openledger_local")
		.with_chain_type(ChainType::Local)
		.with_genesis_config_preset_name(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET)
		.with_properties(properties())
		.build())
}
