//! A test runtime with the real datanets, models and rewards pallets.
#![allow(clippy::arithmetic_side_effects)]

use crate as pallet_inference;
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU128, ConstU32, Hooks},
};
use openledger_primitives::bounded;
use openledger_primitives::{
	ChallengeCourt, ChallengeEvidence, DatanetId, InferenceId, ModelId, ModelKind,
};
use sp_core::H256;
use sp_runtime::{BuildStorage, Perbill};

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

use openledger_test_support::Treasury;
pub use openledger_test_support::{attribution, TREASURY};

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Datanets: pallet_datanets,
		Models: pallet_models,
		Rewards: pallet_rewards,
		Inference: pallet_inference,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	/// Real database weights, so the reads `on_idle` charges are visible to the tests.
	type DbWeight = frame_support::weights::constants::RocksDbWeight;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type ExistentialDeposit = ConstU128<1>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

#[derive_impl(pallet_datanets::config_preludes::TestDefaultConfig)]
impl pallet_datanets::Config for Test {
	type Currency = Balances;
	type Treasury = Treasury;
	/// Reward pools settle each contributor before their share changes.
	type OnShareChange = Rewards;
}

#[derive_impl(pallet_models::config_preludes::TestDefaultConfig)]
impl pallet_models::Config for Test {
	type Currency = Balances;
	type Datanets = Datanets;
	type Requests = Inference;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Datanets;
}

#[derive_impl(pallet_rewards::config_preludes::TestDefaultConfig)]
impl pallet_rewards::Config for Test {
	type Currency = Balances;
	type Models = Models;
	type Datanets = Datanets;
	type Treasury = Treasury;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = (Datanets, Models);
}

/// An attribution within the test runtime's bounds.
pub type TestAttribution = pallet_rewards::AttributionOf<Test>;

pub const PROVIDER: AccountId = 40;
pub const USER: AccountId = 50;
pub const CHALLENGER: AccountId = 60;
pub const ENDOWMENT: Balance = 1_000_000;
pub const STAKE: Balance = 1_000;
pub const PRICE: Balance = 100;
pub const DEPOSIT: Balance = 5;
/// What a stored receipt holds from the user (the rewards test prelude's).
pub const RECEIPT_DEPOSIT: Balance = 3;
pub const BOND: Balance = 200;
pub const DEADLINE: u64 = 5;
pub const CHALLENGE_WINDOW: u64 = 3;
pub const UNBONDING: u64 = 4;

parameter_types! {
	/// The challenge window, changed by tests that need none.
	pub static Window: u64 = CHALLENGE_WINDOW;
	/// Cases the court was asked to open: the call, its parties and the evidence.
	pub static OpenedCases: Vec<(InferenceId, Vec<AccountId>, TestEvidence)> = Vec::new();
	/// Most parties of one case: provider, challenger, user, the owners of a model and its 3
	/// ancestors, and 4 contributors.
	pub static MaxParties: u32 = 12;
}

/// A challenge's evidence in the test runtime.
pub type TestEvidence = ChallengeEvidence<ConstU32<64>>;

/// Stands in for the court (tested in `pallet-court` and in the runtime): records each case;
/// tests apply verdicts through [`openledger_primitives::ChallengeVerdicts`].
pub struct RecordingCourt;
impl ChallengeCourt<AccountId> for RecordingCourt {
	type MaxParties = MaxParties;
	type MaxUriLength = ConstU32<64>;

	fn open_case(
		inference: InferenceId,
		_claimant: &AccountId,
		parties: frame_support::BoundedVec<AccountId, MaxParties>,
		evidence: TestEvidence,
	) -> Result<(), sp_runtime::DispatchError> {
		OpenedCases::mutate(|cases| cases.push((inference, parties.into_inner(), evidence)));
		Ok(())
	}

	fn open_case_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

#[derive_impl(pallet_inference::config_preludes::TestDefaultConfig)]
impl pallet_inference::Config for Test {
	type Currency = Balances;
	type Models = Models;
	type Datanets = Datanets;
	type Rewards = Rewards;
	type Court = RecordingCourt;
	type Batches = ();
	type Treasury = Treasury;
	type ChallengeWindow = Window;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = (Datanets, Models);
}

/// Accounts 1..=20, the provider, the user and the challenger hold [`ENDOWMENT`]; account 30
/// holds 50.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let balances = (1..=20)
		.chain([PROVIDER, USER, CHALLENGER])
		.map(|who| (who, ENDOWMENT))
		.chain([(30, 50)])
		.collect();
	openledger_test_support::new_test_ext::<Test>(
		balances,
		|t| pallet_rewards::GenesisConfig::<Test>::default().assimilate_storage(t).unwrap(),
		|| OpenedCases::set(Vec::new()),
	)
}

openledger_test_support::impl_test_helpers!(
	runtime: Test,
	invariants: [Inference, Rewards, Models, Datanets],
);

/// The scene of the tests, see [`Scene`].
pub struct Scene {
	/// Curated by 1: contributions 0, 1 (of 2) and 2 (of 3).
	pub data: DatanetId,
	/// Curated by 4: contribution 3 (of 5); no model is trained on it.
	pub unrelated: DatanetId,
	/// Curated by 6: contribution 4 (of 7); the adapter is trained on it.
	pub adapter_data: DatanetId,
	/// Base model of 10 on `data`, price [`PRICE`].
	pub base: ModelId,
	/// Adapter of 11 on `base`, trained on `adapter_data`, price [`PRICE`].
	pub adapter: ModelId,
}

fn open_datanet(curator: AccountId, contributors: &[AccountId]) -> DatanetId {
	let origin = RuntimeOrigin::signed(curator);
	assert_ok!(Datanets::create_datanet(
		origin.clone(),
		bounded(b"data".to_vec()),
		bounded(vec![]),
		bounded(vec![]),
		bounded(vec![]),
		pallet_datanets::CurationMode::Open,
		10
	));
	let datanet = pallet_datanets::NextDatanetId::<Test>::get() - 1;
	for who in contributors {
		let id = pallet_datanets::NextContributionId::<Test>::get();
		assert_ok!(Datanets::contribute(
			RuntimeOrigin::signed(*who),
			datanet,
			H256::from_low_u64_be(id + 1),
			1,
			bounded(vec![])
		));
	}
	assert_ok!(Datanets::publish_version(origin, datanet));
	datanet
}

fn model(owner: AccountId, kind: ModelKind, datanet: DatanetId) -> ModelId {
	assert_ok!(Models::register_model(
		RuntimeOrigin::signed(owner),
		bounded(b"model".to_vec()),
		bounded(vec![]),
		H256::repeat_byte(1),
		kind,
		bounded(vec![(datanet, 1, Perbill::one())]),
		PRICE,
		pallet_models::DerivativeTerms { allowed: true, royalty: Perbill::from_percent(10) }
	));
	pallet_models::NextModelId::<Test>::get() - 1
}

/// Datanets and models of [`Scene`], and [`PROVIDER`] serving both models with [`STAKE`].
pub fn scene() -> Scene {
	let data = open_datanet(1, &[2, 2, 3]);
	let unrelated = open_datanet(4, &[5]);
	let adapter_data = open_datanet(6, &[7]);
	let base = model(10, ModelKind::Base, data);
	let adapter = model(11, ModelKind::Adapter { base }, adapter_data);
	assert_ok!(Inference::register_provider(
		RuntimeOrigin::signed(PROVIDER),
		vec![base, adapter].try_into().unwrap(),
		STAKE
	));
	Scene { data, unrelated, adapter_data, base, adapter }
}

/// [`USER`] requests a call on `model` from [`PROVIDER`]; the request's id.
pub fn request(model: ModelId) -> u64 {
	let id = crate::NextInferenceId::<Test>::get();
	assert_ok!(Inference::request_inference(
		RuntimeOrigin::signed(USER),
		model,
		PROVIDER,
		H256::repeat_byte(9),
		PRICE
	));
	id
}

/// [`PROVIDER`] answers `inference` with `attribution`.
pub fn answer(inference: u64, attribution: TestAttribution) {
	assert_ok!(Inference::submit_result(
		RuntimeOrigin::signed(PROVIDER),
		inference,
		H256::repeat_byte(8),
		attribution
	));
}

/// Move to block `n`, running `on_idle` with no weight at `n` (so nothing settles by itself).
pub fn run_to(n: u64) {
	System::set_block_number(n);
	Inference::on_idle(n, frame_support::weights::Weight::zero());
}

pub fn held(reason: crate::HoldReason, who: AccountId) -> Balance {
	<Balances as frame_support::traits::fungible::InspectHold<AccountId>>::balance_on_hold(
		&RuntimeHoldReason::Inference(reason),
		&who,
	)
}

/// Where the tests' challengers say the output is.
pub const OUTPUT_URI: &[u8] = b"file:///tmp/output.txt";

/// `who` challenges `inference`, naming [`OUTPUT_URI`].
pub fn challenge(who: AccountId, inference: u64) -> sp_runtime::DispatchResult {
	Inference::challenge(RuntimeOrigin::signed(who), inference, bounded(OUTPUT_URI.to_vec()))
}

/// The court's `verdict` on `inference`, as `pallet-court` applies it.
pub fn verdict(
	inference: u64,
	verdict: openledger_primitives::Verdict,
) -> sp_runtime::DispatchResult {
	verdict_owing(inference, verdict, &[])
}

/// The court's `verdict` on `inference` with the arbitration fees `owed` to the winning side.
pub fn verdict_owing(
	inference: u64,
	verdict: openledger_primitives::Verdict,
	owed: &[(AccountId, Balance)],
) -> sp_runtime::DispatchResult {
	<Inference as openledger_primitives::ChallengeVerdicts<AccountId, Balance>>::apply_verdict(
		inference, verdict, owed,
	)
}
