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

/// The chain specs this node knows by name, each built from the runtime preset of that name.
#[derive(Clone, Copy, Debug)]
pub enum BuiltIn {
	/// `--dev`: Alice authors and finalizes alone.
	Development,
	/// `--chain local`: Alice and Bob, two nodes.
	Local,
	/// `--chain production`: the live chain's template (production governance and court, no
	/// sudo, no dev key). Its operators add authorities and balances before launch.
	Production,
}

impl BuiltIn {
	/// The spec, with `runtime_wasm` as its code.
	pub fn spec(self, runtime_wasm: Option<&'static [u8]>) -> Result<ChainSpec, String> {
		use openledger_runtime::genesis_config_presets::PRODUCTION_PRESET;
		use sp_genesis_builder::{DEV_RUNTIME_PRESET, LOCAL_TESTNET_RUNTIME_PRESET};
		let (name, id, chain_type, preset) = match self {
			Self::Development => (
				"OpenLedger Development",
				"openledger_dev",
				ChainType::Development,
				DEV_RUNTIME_PRESET,
			),
			Self::Local => (
				"OpenLedger Local Testnet",
				"openledger_local",
				ChainType::Local,
				LOCAL_TESTNET_RUNTIME_PRESET,
			),
			Self::Production => ("OpenLedger", "openledger", ChainType::Live, PRODUCTION_PRESET),
		};
		let code = runtime_wasm.ok_or_else(|| {
			"the runtime wasm is not available: this node was built with SKIP_WASM_BUILD"
				.to_string()
		})?;
		Ok(ChainSpec::builder(code, None)
			.with_name(name)
			.with_id(id)
			.with_chain_type(chain_type)
			.with_genesis_config_preset_name(preset)
			.with_properties(properties())
			.build())
	}
}
