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
fn presets_fund_the_dev_accounts_and_name_authorities() {
	let dev = runtime_preset("development");
	// The twelve well-known dev accounts, the treasury and the rewards account.
	assert_eq!(dev["balances"]["balances"].as_array().map(Vec::len), Some(14));
	assert_eq!(dev["datanets"]["datanets"].as_array().map(Vec::len), Some(2));
	assert_eq!(dev["datanets"]["contributions"].as_array().map(Vec::len), Some(5));
	assert_eq!(dev["models"]["models"].as_array().map(Vec::len), Some(2));
	assert_eq!(dev["aura"]["authorities"].as_array().map(Vec::len), Some(1));
	assert_eq!(dev["grandpa"]["authorities"].as_array().map(Vec::len), Some(1));
	let local = runtime_preset("local_testnet");
	assert_eq!(local["aura"]["authorities"].as_array().map(Vec::len), Some(2));
	assert_eq!(local["grandpa"]["authorities"].as_array().map(Vec::len), Some(2));
}
