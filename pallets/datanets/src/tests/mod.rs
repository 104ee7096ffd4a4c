//! Unit tests: every call's success and error paths; `try_state` runs after each test.
//! Shared helpers here; the tests in `datanets` (lifecycle) and `contributions`.
#![allow(clippy::arithmetic_side_effects)]

/// The `Datanets` storage map (the pallet itself is `mock::Datanets`).
pub(super) use crate::Datanets as DatanetRecords;
pub(super) use crate::{
	mock::*, Contributions, Contributors, CurationMode, DatanetStatus, Error, Event, HoldReason,
	LogOp, NextContributionId, NextDatanetId, Versions,
};
pub(super) use frame_support::{
	assert_noop, assert_ok,
	traits::fungible::{Inspect, InspectHold},
};
pub(super) use openledger_primitives::bounded;
pub(super) use openledger_primitives::{ContributionStatus, DatanetsInspect};
pub(super) use sp_core::H256;
pub(super) use sp_runtime::{BuildStorage, DispatchError};

/// Name, description, URI, license, contribution deposit, and the error they cause.
pub(super) type BadCreate = (Vec<u8>, Vec<u8>, Vec<u8>, Vec<u8>, Balance, Error<Test>);

pub(super) const CURATOR: AccountId = 1;
pub(super) const ALICE: AccountId = 2;
pub(super) const BOB: AccountId = 3;

pub(super) fn create(curator: AccountId, mode: CurationMode) -> u32 {
	assert_ok!(Datanets::create_datanet(
		RuntimeOrigin::signed(curator),
		bounded(b"Medical QA".to_vec()),
		bounded(b"Question/answer pairs".to_vec()),
		bounded(b"ipfs://datanet".to_vec()),
		bounded(b"CC-BY-4.0".to_vec()),
		mode,
		CONTRIBUTION_DEPOSIT
	));
	NextDatanetId::<Test>::get() - 1
}

pub(super) fn hash(n: u8) -> H256 {
	H256::repeat_byte(n)
}

pub(super) fn contribute(who: AccountId, datanet: u32, n: u8) -> u64 {
	assert_ok!(Datanets::contribute(
		RuntimeOrigin::signed(who),
		datanet,
		hash(n),
		1024,
		bounded(b"ipfs://item".to_vec())
	));
	NextContributionId::<Test>::get() - 1
}

pub(super) fn held(reason: HoldReason, who: AccountId) -> Balance {
	Balances::balance_on_hold(&reason.into(), &who)
}

pub(super) fn status(id: u64) -> Option<ContributionStatus> {
	Contributions::<Test>::get(id).map(|c| c.status)
}

pub(super) fn share(datanet: u32, who: AccountId) -> u64 {
	Datanets::contributor_share(datanet, &who)
}

mod contributions;
mod datanets;
mod griefing;
mod log;
