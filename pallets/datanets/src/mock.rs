//! A test runtime: System, Balances and Datanets, with a share-change hook that records calls.
#![allow(clippy::arithmetic_side_effects)]

use crate as pallet_datanets;
use crate::Contributors;
use core::cell::RefCell;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU128, ConstU32},
	weights::Weight,
};
use openledger_primitives::{DatanetId, OnShareChange, Share, VersionNumber};

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Datanets: pallet_datanets,
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
pub const DATANET_DEPOSIT: Balance = 100;
pub const CONTRIBUTION_DEPOSIT: Balance = 20;
pub const ENDOWMENT: Balance = 10_000;
/// An account that can pay a contribution deposit but not a datanet deposit.
pub const POOR: AccountId = 7;

parameter_types! {
	pub const Treasury: AccountId = TREASURY;
}

/// One recorded [`OnShareChange`] call: datanet, contributor, old share, new share, and
/// whether storage still held the old share when the hook ran.
pub type ShareChange = (DatanetId, AccountId, Share, Share, bool);

thread_local! {
	static SHARE_CHANGES: RefCell<Vec<ShareChange>> = const { RefCell::new(Vec::new()) };
	static SHARE_CHANGE_EPOCHS: RefCell<Vec<VersionNumber>> = const { RefCell::new(Vec::new()) };
}

/// Records every call, checking it comes before the share is written.
pub struct RecordShareChanges;
impl OnShareChange<AccountId> for RecordShareChanges {
	fn before_share_change(
		datanet: DatanetId,
		who: &AccountId,
		epoch: VersionNumber,
		old: Share,
		new: Share,
	) {
		let stored = Contributors::<Test>::get(datanet, who).map_or(0, |c| c.share);
		SHARE_CHANGES
			.with(|calls| calls.borrow_mut().push((datanet, *who, old, new, stored == old)));
		SHARE_CHANGE_EPOCHS.with(|epochs| epochs.borrow_mut().push(epoch));
	}
	fn weight() -> Weight {
		Weight::from_parts(1_000, 0)
	}
}

/// The epochs of the share-change hook calls since the last call of this function.
pub fn take_share_change_epochs() -> Vec<VersionNumber> {
	SHARE_CHANGE_EPOCHS.with(|epochs| core::mem::take(&mut *epochs.borrow_mut()))
}

/// The share-change hook calls since the last call of this function.
pub fn take_share_changes() -> Vec<ShareChange> {
	SHARE_CHANGES.with(|calls| core::mem::take(&mut *calls.borrow_mut()))
}

#[derive_impl(pallet_datanets::config_preludes::TestDefaultConfig)]
impl pallet_datanets::Config for Test {
	type Currency = Balances;
	type Treasury = Treasury;
	type OnShareChange = RecordShareChanges;
	type DatanetDeposit = ConstU128<DATANET_DEPOSIT>;
	type MaxDescriptionLength = ConstU32<64>;
	type MaxUriLength = ConstU32<32>;
	type MaxLicenseLength = ConstU32<12>;
	type MaxContributionsPerDatanet = ConstU32<6>;
	type MaxContributionsPerContributor = ConstU32<4>;
	type MaxVersions = ConstU32<3>;
}

/// Accounts 1..=6 hold [`ENDOWMENT`], [`POOR`] holds 50, the treasury its existential deposit.
/// The share-change recorder starts empty.
pub fn new_test_ext() -> sp_io::TestExternalities {
	let balances = (1..=6).map(|who| (who, ENDOWMENT)).chain([(POOR, 50), (TREASURY, 1)]).collect();
	openledger_test_support::new_test_ext::<Test>(
		balances,
		|_| {},
		|| {
			take_share_changes();
		},
	)
}

openledger_test_support::impl_test_helpers!(runtime: Test, invariants: [Datanets]);
