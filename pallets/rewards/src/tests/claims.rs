//! Claims of credits, of pools, and of everything at once.

use super::scene;
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::ConstU32, BoundedVec};

#[test]
fn credits_are_claimed_once() {
	build_and_execute(|| {
		let (_, _, adapter) = scene();
		assert_ok!(settle(1, adapter, 1_000, &attribution(&[], &[])));
		let before = free(11);
		assert_ok!(Rewards::claim(RuntimeOrigin::signed(11)));
		assert_eq!(free(11), before + 315);
		assert_eq!(last_event(), Event::CreditsClaimed { who: 11, amount: 315 });
		assert_eq!(Accounts::<Test>::get(11).lifetime.claimed, 315);
		assert_noop!(Rewards::claim(RuntimeOrigin::signed(11)), Error::<Test>::NothingToClaim);
	});
}

#[test]
fn nothing_to_claim_is_refused() {
	build_and_execute(|| {
		let (datanet, _, _) = scene();
		assert_noop!(Rewards::claim(RuntimeOrigin::signed(5)), Error::<Test>::NothingToClaim);
		assert_noop!(
			Rewards::claim_pool(RuntimeOrigin::signed(5), datanet),
			Error::<Test>::NothingToClaim
		);
		assert_noop!(
			Rewards::claim_all(RuntimeOrigin::signed(5), BoundedVec::truncate_from(vec![datanet])),
			Error::<Test>::NothingToClaim
		);
	});
}

#[test]
fn claim_all_takes_credits_and_every_listed_pool_in_one_transfer() {
	build_and_execute(|| {
		let (first, _, adapter) = scene();
		let second = open_datanet(4);
		contribute(2, second);
		publish(4, second);
		let model = register_model(
			12,
			openledger_primitives::ModelKind::Base,
			&[
				(first, sp_runtime::Perbill::from_percent(50)),
				(second, sp_runtime::Perbill::from_percent(50)),
			],
			sp_runtime::Perbill::zero(),
		);
		// Account 2: direct credit 200 (contribution 0 at 50%), pools 266 of the first.
		assert_ok!(settle(1, adapter, 1_000, &attribution(&[(0, 50)], &[])));
		// Pools 200 + 200 (training 50:50), account 2 alone in the second.
		assert_ok!(settle(2, model, 1_000, &attribution(&[], &[])));
		let expected = 200 + Rewards::pool_rewards(first, &2) + 200;
		let before = free(2);
		let pools: BoundedVec<_, ConstU32<4>> = BoundedVec::truncate_from(vec![first, second]);
		assert_ok!(Rewards::claim_all(RuntimeOrigin::signed(2), pools));
		assert_eq!(free(2), before + expected);
		assert_eq!(Accounts::<Test>::get(2).credits, 0);
		assert_eq!(Rewards::pool_rewards(first, &2), 0);
		assert_eq!(Rewards::pool_rewards(second, &2), 0);
	});
}

#[test]
fn the_rewards_account_stays_alive_and_solvent() {
	build_and_execute(|| {
		let (datanet, _, adapter) = scene();
		assert_ok!(settle(1, adapter, 1_000, &attribution(&[(0, 50)], &[])));
		for who in [PROVIDER, 10, 11, 2] {
			assert_ok!(Rewards::claim(RuntimeOrigin::signed(who)));
		}
		for who in [2, 3] {
			assert_ok!(Rewards::claim_pool(RuntimeOrigin::signed(who), datanet));
		}
		// Only the existential deposit and the pool's rounding dust (1 planck) remain.
		assert_eq!(free(Rewards::account_id()), 1 + 1);
	});
}

#[test]
fn try_state_catches_a_credit_the_account_cannot_pay() {
	new_test_ext().execute_with(|| {
		assert!(Rewards::do_try_state().is_ok());
		Accounts::<Test>::insert(5, AccountLedger { credits: 10, ..Default::default() });
		assert_eq!(Rewards::do_try_state(), Err("rewards account insolvent".into()));
	});
}

#[test]
fn version_4_merges_credits_and_lifetime_earnings_exactly() {
	use crate::migrations::v3;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	build_and_execute(|| {
		let (_, _, adapter) = scene();
		assert_ok!(settle(1, adapter, 1_000, &attribution(&[], &[])));
		assert_ok!(Rewards::claim(RuntimeOrigin::signed(10)));
		// Version 3 kept each account's credits and lifetime earnings apart.
		let accounts: Vec<_> = Accounts::<Test>::drain().collect();
		assert!(accounts.len() >= 3);
		for (who, account) in &accounts {
			if account.credits > 0 {
				v3::Credits::<Test>::insert(who, account.credits);
			}
			v3::AccountTotals::<Test>::insert(who, account.lifetime.clone());
		}
		StorageVersion::new(3).put::<Pallet<Test>>();
		crate::migrations::MigrateV3ToV4::<Test>::on_runtime_upgrade();
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(4));
		let mut merged: Vec<_> = Accounts::<Test>::iter().collect();
		let mut expected = accounts;
		merged.sort_by_key(|(who, _)| *who);
		expected.sort_by_key(|(who, _)| *who);
		assert_eq!(merged, expected);
		assert_eq!(
			v3::Credits::<Test>::iter().count() + v3::AccountTotals::<Test>::iter().count(),
			0
		);
		// The owner claimed already: only their lifetime record is left, nothing to claim.
		assert_eq!(Accounts::<Test>::get(10).credits, 0);
		assert_noop!(Rewards::claim(RuntimeOrigin::signed(10)), Error::<Test>::NothingToClaim);
		assert_ok!(Rewards::claim(RuntimeOrigin::signed(11)));
	});
}
