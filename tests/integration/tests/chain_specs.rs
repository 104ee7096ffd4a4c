//! `chain-specs/*.json` must carry exactly the genesis configuration of the runtime presets they
//! were generated from (`scripts/gen-chain-specs.sh`). The runtime code inside them may lag
//! behind; the node embeds its own.

use openledger_integration_tests::{repo_root, runtime_preset};
use openledger_runtime::{SS58_PREFIX, TOKEN_DECIMALS, TOKEN_SYMBOL};
use serde_json::{json, Value};

fn chain_spec(file: &str) -> Value {
	let path = repo_root().join("chain-specs").join(file);
	let text = std::fs::read_to_string(&path)
		.unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
	serde_json::from_str(&text).expect("chain specs are JSON")
}

fn assert_matches_preset(file: &str, preset: &str, id: &str, chain_type: &str) {
	let spec = chain_spec(file);
	let patch = &spec["genesis"]["runtimeGenesis"]["patch"];
	assert!(patch.is_object(), "{file}: no genesis.runtimeGenesis.patch");
	assert_eq!(
		patch,
		&runtime_preset(preset),
		"{file} is out of date with the `{preset}` preset: run scripts/gen-chain-specs.sh"
	);
	assert_eq!(spec["id"], json!(id), "{file}: chain id");
	assert_eq!(spec["chainType"], json!(chain_type), "{file}: chain type");
	assert_eq!(
		spec["properties"],
		json!({
			"tokenSymbol": TOKEN_SYMBOL,
			"tokenDecimals": TOKEN_DECIMALS,
			"ss58Format": SS58_PREFIX,
		}),
		"{file}: properties"
	);
	let code = spec["genesis"]["runtimeGenesis"]["code"].as_str().unwrap_or_default();
	assert!(code.starts_with("0x") && code.len() > 1000, "{file}: no runtime code");
}

#[test]
fn dev_chain_spec_matches_development_preset() {
	assert_matches_preset("dev.json", "development", "openledger_dev", "Development");
}

#[test]
fn local_chain_spec_matches_local_testnet_preset() {
	assert_matches_preset("local.json", "local_testnet", "openledger_local", "Local");
}

#[test]
fn production_chain_spec_matches_production_preset() {
	assert_matches_preset("production.json", "production", "openledger", "Live");
}

/// Issue 26: the live chain's template has no sudo key and no dev key anywhere, runs the
/// documented referendum periods and the production court, and builds a genesis.
#[test]
fn the_production_preset_has_no_sudo_no_dev_key_and_production_parameters() {
	use openledger_runtime::{configs::production_court_parameters, BuildStorage, Runtime};
	use sp_keyring::Sr25519Keyring;
	let production = runtime_preset("production");
	assert_eq!(production["sudo"]["key"], Value::Null);
	assert_eq!(production["origins"]["timing"], json!("Production"));
	let court: pallet_court::ParametersOf<Runtime> =
		serde_json::from_value(production["court"]["parameters"].clone()).unwrap();
	assert_eq!(court, production_court_parameters());
	// Only the treasury and the rewards account hold a balance; no dev account appears in any
	// form (SS58 or hex public key) anywhere in the preset.
	assert_eq!(production["balances"]["balances"].as_array().map(Vec::len), Some(2));
	let text = production.to_string();
	for key in Sr25519Keyring::iter() {
		let account = key.to_account_id();
		assert!(!text.contains(&account.to_string()), "{key:?} in the production preset");
		let hex = format!("{:x}", sp_core::H256(key.public().0));
		assert!(!text.contains(&hex), "{key:?}'s key in the production preset");
	}
	// It builds (authorities are the operators' to add).
	let mut config =
		serde_json::to_value(openledger_runtime::RuntimeGenesisConfig::default()).unwrap();
	openledger_runtime::genesis_config_presets::json_merge(&mut config, production);
	let config: openledger_runtime::RuntimeGenesisConfig = serde_json::from_value(config).unwrap();
	let mut ext = sp_io::TestExternalities::new(config.build_storage().unwrap());
	ext.execute_with(|| {
		assert_eq!(pallet_sudo::Key::<Runtime>::get(), None);
		assert_eq!(
			pallet_governance_origins::Timing::<Runtime>::get(),
			pallet_governance_origins::TrackTiming::Production
		);
		openledger_integration_tests::check_invariants();
	});
}

#[test]
fn presets_fund_the_dev_accounts_and_name_authorities() {
	let dev = runtime_preset("development");
	// The twelve well-known dev accounts, the treasury and the rewards account.
	assert_eq!(dev["balances"]["balances"].as_array().map(Vec::len), Some(14));
	assert_eq!(dev["datanets"]["datanets"].as_array().map(Vec::len), Some(2));
	assert_eq!(dev["datanets"]["contributions"].as_array().map(Vec::len), Some(5));
	// The reference model, a LoRA on it, the language model's weights and the model on them.
	assert_eq!(dev["models"]["models"].as_array().map(Vec::len), Some(4));
	assert_eq!(dev["aura"]["authorities"].as_array().map(Vec::len), Some(1));
	assert_eq!(dev["grandpa"]["authorities"].as_array().map(Vec::len), Some(1));
	let local = runtime_preset("local_testnet");
	assert_eq!(local["aura"]["authorities"].as_array().map(Vec::len), Some(2));
	assert_eq!(local["grandpa"]["authorities"].as_array().map(Vec::len), Some(2));
}
