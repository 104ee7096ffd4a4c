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

/// The genesis storage of the `development` preset (the dev chain's genesis).
pub fn development_storage() -> sp_runtime::Storage {
	use openledger_runtime::{BuildStorage, RuntimeGenesisConfig};
	let mut config = serde_json::to_value(RuntimeGenesisConfig::default())
		.expect("the default genesis config serializes");
	openledger_runtime::genesis_config_presets::json_merge(
		&mut config,
		runtime_preset("development"),
	);
	let config: RuntimeGenesisConfig =
		serde_json::from_value(config).expect("the development preset is a genesis config");
	config.build_storage().expect("the development genesis builds")
}

/// Externalities holding the genesis state of the `development` preset, at block 1.
pub fn development_ext() -> sp_io::TestExternalities {
	let mut ext = sp_io::TestExternalities::new(development_storage());
	ext.execute_with(|| frame_system::Pallet::<openledger_runtime::Runtime>::set_block_number(1));
	ext
}

/// Runs every OpenLedger pallet's `try_state`.
pub fn check_invariants() {
	use openledger_runtime::{Batches, Court, Datanets, Inference, Models, Rewards};
	Court::do_try_state().expect("court invariants");
	Datanets::do_try_state().expect("datanets invariants");
	Models::do_try_state().expect("models invariants");
	Inference::do_try_state().expect("inference invariants");
	Rewards::do_try_state().expect("rewards invariants");
	Batches::do_try_state().expect("batches invariants");
}

/// Ends the current block (running `on_idle` with the whole block's weight, as an empty
/// block would, and recording a hash for it) and starts the next (running the scheduler, which
/// drives referenda and enacts them).
pub fn next_block() {
	use frame_support::traits::{OnIdle, OnInitialize};
	use openledger_runtime::{configs::RuntimeBlockWeights, AllPalletsWithSystem, Runtime};
	let now = frame_system::Pallet::<Runtime>::block_number();
	AllPalletsWithSystem::on_idle(now, RuntimeBlockWeights::get().max_block);
	let hash = sp_core::H256(sp_io::hashing::blake2_256(&now.to_le_bytes()));
	frame_system::BlockHash::<Runtime>::insert(now, hash);
	frame_system::Pallet::<Runtime>::set_parent_hash(hash);
	frame_system::Pallet::<Runtime>::set_block_number(now + 1);
	pallet_scheduler::Pallet::<Runtime>::on_initialize(now + 1);
}

/// On the development genesis, Ferdie pays Dave (the seeded provider) for a call on `model`,
/// Dave answers naming no contribution, and Eve challenges the answer: the call's id.
pub fn challenged_call(model: u32) -> u64 {
	use frame_support::assert_ok;
	use openledger_runtime::{Inference, RuntimeOrigin};
	use sp_keyring::Sr25519Keyring::Eve;
	let id = answered_call(model);
	assert_ok!(Inference::challenge(
		RuntimeOrigin::signed(Eve.to_account_id()),
		id,
		openledger_primitives::bounded(b"https://example.org/output.txt".to_vec())
	));
	id
}

/// On the development genesis, Ferdie pays Dave (the seeded provider) 1 OPEN for a call on
/// `model` and Dave answers naming no contribution: the call's id.
pub fn answered_call(model: u32) -> u64 {
	use frame_support::assert_ok;
	use openledger_runtime::{Inference, RuntimeOrigin, OPEN};
	use sp_keyring::Sr25519Keyring::{Dave, Ferdie};
	let id = pallet_inference::NextInferenceId::<openledger_runtime::Runtime>::get();
	let signed = |who: sp_keyring::Sr25519Keyring| RuntimeOrigin::signed(who.to_account_id());
	assert_ok!(Inference::request_inference(
		signed(Ferdie),
		model,
		Dave.to_account_id(),
		sp_core::H256::repeat_byte(1),
		OPEN
	));
	assert_ok!(Inference::submit_result(
		signed(Dave),
		id,
		sp_core::H256::repeat_byte(2),
		openledger_primitives::Attribution::default()
	));
	id
}

/// The open court case `case`.
pub fn court_case(case: u64) -> pallet_court::Case<openledger_runtime::Runtime> {
	pallet_court::Cases::<openledger_runtime::Runtime>::get(case).expect("the case is open")
}

/// Draws `case`'s next round once its draw block has passed (Charlie calls; unless `on_idle`
/// drew it already); its jurors.
pub fn draw_jury(case: u64) -> Vec<openledger_runtime::AccountId> {
	use openledger_runtime::{Court, Runtime, RuntimeOrigin};
	if let pallet_court::Phase::Drawing { at } = court_case(case).phase {
		while frame_system::Pallet::<Runtime>::block_number() <= at {
			next_block();
		}
	}
	if let pallet_court::Phase::Drawing { .. } = court_case(case).phase {
		let charlie = RuntimeOrigin::signed(sp_keyring::Sr25519Keyring::Charlie.to_account_id());
		frame_support::assert_ok!(Court::draw_jury(charlie, case));
	}
	let round = court_case(case).rounds - 1;
	let seats = pallet_court::Rounds::<Runtime>::get(case, round).expect("drawn").seats;
	seats.into_iter().map(|seat| seat.juror).collect()
}

/// Every juror of `case`'s current round commits and reveals `upheld`, then the round is
/// tallied.
pub fn vote(case: u64, jurors: &[openledger_runtime::AccountId], upheld: bool) {
	use frame_support::assert_ok;
	use openledger_runtime::{Court, RuntimeOrigin};
	let round = court_case(case).rounds - 1;
	let salt = [7u8; 32];
	for juror in jurors {
		let commitment = pallet_court::commitment(juror, case, round, upheld, &salt);
		assert_ok!(Court::commit_vote(RuntimeOrigin::signed(juror.clone()), case, commitment));
	}
	for juror in jurors {
		assert_ok!(Court::reveal_vote(RuntimeOrigin::signed(juror.clone()), case, upheld, salt));
	}
	let charlie = RuntimeOrigin::signed(sp_keyring::Sr25519Keyring::Charlie.to_account_id());
	assert_ok!(Court::tally(charlie, case));
}

/// Waits out `case`'s appeal period and closes it with its ruling.
pub fn finalize(case: u64) {
	use openledger_runtime::{Court, Runtime, RuntimeOrigin};
	let pallet_court::Phase::Appealable { until } = court_case(case).phase else {
		panic!("not appealable")
	};
	while frame_system::Pallet::<Runtime>::block_number() <= until {
		next_block();
	}
	let charlie = RuntimeOrigin::signed(sp_keyring::Sr25519Keyring::Charlie.to_account_id());
	frame_support::assert_ok!(Court::finalize(charlie, case));
}
