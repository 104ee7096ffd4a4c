//! A test runtime with the real datanets pallet, so training sources are real datanet versions.
#![allow(clippy::arithmetic_side_effects)]

use crate as pallet_models;
use frame_support::{
	assert_ok, derive_impl, parameter_types,
	traits::{ConstU128, ConstU32},
};
use openledger_primitives::bounded;
use openledger_primitives::{DatanetId, VersionNumber};
use sp_core::H256;
use sp_runtime::Perbill;

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Datanets: pallet_datanets,
		Models: pallet_models,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type ExistentialDeposit = ConstU128<1>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

pub const TREASURY: AccountId = 99;
pub const MODEL_DEPOSIT: Balance = 50;
pub const ENDOWMENT: Balance = 10_000;
/// An account that cannot pay a model deposit.
pub const POOR: AccountId = 7;
pub const MAX_DEPTH: u32 = 3;

parameter_types! {
	pub const Treasury: AccountId = TREASURY;
	pub const MaxRoyalty: Perbill = Perbill::from_percent(50);
}

#[derive_impl(pallet_datanets::config_preludes::TestDefaultConfig)]
impl pallet_datanets::Config for Test {
	type Currency = Balances;
	type Treasury = Treasury;
	type MaxContributionsPerDatanet = ConstU32<16>;
}

#[derive_impl(pallet_models::config_preludes::TestDefaultConfig)]
impl pallet_models::Config for Test {
	type Currency = Balances;
	type Datanets = Datanets;
	type ModelDeposit = ConstU128<MODEL_DEPOSIT>;
	type MaxLineageDepth = ConstU32<MAX_DEPTH>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Datanets;
}

/// Accounts 1..=6 hold [`ENDOWMENT`], [`POOR`] holds 40, the treasury its existential deposit.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let balances = (1..=6).map(|who| (who, ENDOWMENT)).chain([(POOR, 40), (TREASURY, 1)]).collect();
	openledger_test_support::new_test_ext::<Test>(balances, |_| {}, || {})
}

openledger_test_support::impl_test_helpers!(
	runtime: Test,
	invariants: [Models, Datanets],
);

/// A datanet curated by account 6 with one accepted contribution and version 1 published.
pub fn datanet_with_version() -> (DatanetId, VersionNumber) {
	let curator = RuntimeOrigin::signed(6);
	assert_ok!(Datanets::create_datanet(
		curator.clone(),
		bounded(b"data".to_vec()),
		bounded(vec![]),
		bounded(vec![]),
		bounded(vec![]),
		pallet_datanets::CurationMode::Open,
		10
	));
	let datanet = pallet_datanets::NextDatanetId::<Test>::get() - 1;
	assert_ok!(Datanets::contribute(
		curator.clone(),
		datanet,
		H256::from_low_u64_be(datanet.into()),
		1,
		bounded(vec![])
	));
	assert_ok!(Datanets::publish_version(curator, datanet));
	(datanet, 1)
}
