//! A test runtime with the real datanets and models pallets, the rewards pallet listening to
//! datanet share changes.
#![allow(clippy::arithmetic_side_effects)]

use crate as pallet_rewards;
use frame_support::{
	assert_ok, derive_impl,
	traits::{
		fungible::{Balanced, Credit},
		tokens::{Fortitude, Precision, Preservation},
		ConstU128,
	},
	weights::Weight,
};
use openledger_primitives::bounded;
use openledger_primitives::{
	ContributionId, DatanetId, InferenceId, InferenceRewards, ModelId, ModelKind, TrainingSource,
};
use sp_core::H256;
use sp_runtime::{BuildStorage, DispatchError, Perbill};

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

use openledger_test_support::Treasury;
pub use openledger_test_support::{
	attribution, MAX_CONTRIBUTIONS, MAX_DATANETS, RETENTION, TREASURY,
};

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Datanets: pallet_datanets,
		Models: pallet_models,
		Rewards: pallet_rewards,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	/// Real database weights, so the reads and writes `on_idle` charges are visible to tests.
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
	/// Room for the pool benchmarks' 1,000 contributors.
	type MaxContributionsPerDatanet = frame_support::traits::ConstU32<1_024>;
}

#[derive_impl(pallet_models::config_preludes::TestDefaultConfig)]
impl pallet_models::Config for Test {
	type Currency = Balances;
	type Datanets = Datanets;
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

/// Pays every fee in the tests.
pub const PAYER: AccountId = 50;
/// What a stored receipt holds from its payer (the test prelude's `ReceiptDeposit`).
pub const RECEIPT_DEPOSIT: Balance = 3;
pub const PROVIDER: AccountId = 40;
pub const ENDOWMENT: Balance = 1_000_000;

/// Accounts 1..=20, the payer and the provider hold [`ENDOWMENT`]; the treasury and the rewards
/// account are created by the rewards genesis build.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let balances = (1..=20).chain([PAYER, PROVIDER]).map(|who| (who, ENDOWMENT)).collect();
	openledger_test_support::new_test_ext::<Test>(
		balances,
		|t| pallet_rewards::GenesisConfig::<Test>::default().assimilate_storage(t).unwrap(),
		|| {},
	)
}

openledger_test_support::impl_test_helpers!(
	runtime: Test,
	invariants: [Rewards, Models, Datanets],
);

/// An open datanet curated by `curator`; its id.
pub fn open_datanet(curator: AccountId) -> DatanetId {
	assert_ok!(Datanets::create_datanet(
		RuntimeOrigin::signed(curator),
		bounded(b"data".to_vec()),
		bounded(vec![]),
		bounded(vec![]),
		bounded(vec![]),
		pallet_datanets::CurationMode::Open,
		10
	));
	pallet_datanets::NextDatanetId::<Test>::get() - 1
}

/// `who` contributes to the open `datanet` (accepted at once); the contribution's id.
pub fn contribute(who: AccountId, datanet: DatanetId) -> ContributionId {
	let id = pallet_datanets::NextContributionId::<Test>::get();
	assert_ok!(Datanets::contribute(
		RuntimeOrigin::signed(who),
		datanet,
		H256::from_low_u64_be(id + 1_000),
		1,
		bounded(vec![])
	));
	id
}

/// Publish a version of `datanet` as its curator `curator`.
pub fn publish(curator: AccountId, datanet: DatanetId) -> u32 {
	assert_ok!(Datanets::publish_version(RuntimeOrigin::signed(curator), datanet));
	pallet_datanets::Datanets::<Test>::get(datanet).unwrap().latest_version
}

/// Register a model owned by `owner` of `kind` trained on `training` (datanet, latest version,
/// share), offering derivatives `royalty`; its id.
pub fn register_model(
	owner: AccountId,
	kind: ModelKind,
	training: &[(DatanetId, Perbill)],
	royalty: Perbill,
) -> ModelId {
	let training: Vec<_> = training
		.iter()
		.map(|(datanet, share)| {
			let version = pallet_datanets::Datanets::<Test>::get(datanet).unwrap().latest_version;
			TrainingSource { datanet: *datanet, version, share: *share }
		})
		.map(|s| (s.datanet, s.version, s.share))
		.collect();
	assert_ok!(Models::register_model(
		RuntimeOrigin::signed(owner),
		bounded(b"model".to_vec()),
		bounded(vec![]),
		H256::repeat_byte(1),
		kind,
		bounded(training),
		10,
		pallet_models::DerivativeTerms { allowed: true, royalty }
	));
	pallet_models::NextModelId::<Test>::get() - 1
}

/// Take `fee` from the payer as a credit, as the inference pallet does with its escrow.
pub fn fee_credit(fee: Balance) -> Credit<AccountId, Balances> {
	<Balances as Balanced<AccountId>>::withdraw(
		&PAYER,
		fee,
		Precision::Exact,
		Preservation::Expendable,
		Fortitude::Polite,
	)
	.expect("the payer can pay")
}

/// Settle `inference` on `model` through the trait, with a fee taken from the payer.
pub fn settle(
	inference: InferenceId,
	model: ModelId,
	fee: Balance,
	attribution: &TestAttribution,
) -> Result<Weight, DispatchError> {
	// As the inference pallet does: a failed settlement leaves no trace.
	frame_support::storage::with_storage_layer(|| {
		<Rewards as InferenceRewards<_, _>>::settle(
			inference,
			&PAYER,
			model,
			&PROVIDER,
			fee_credit(fee),
			&Rewards::terms_for(model),
			attribution,
		)
	})
}
