//! Receipts are kept for the retention period, then pruned within the `on_idle` weight.

use super::scene;
use crate::{mock::*, weights::WeightInfo, *};
use frame_support::{assert_ok, traits::Hooks, weights::Weight};

#[test]
fn receipts_live_exactly_the_retention_period() {
	build_and_execute(|| {
		let (_, _, adapter) = scene();
		assert_ok!(settle(1, adapter, 1_000, &attribution(&[], &[])));
		let plenty = Weight::from_parts(u64::MAX, u64::MAX);
		Rewards::on_idle(RETENTION, plenty);
		assert!(Receipts::<Test>::contains_key(1));
		Rewards::on_idle(1 + RETENTION, plenty);
		assert!(!Receipts::<Test>::contains_key(1));
		assert_eq!(last_event(), Event::ReceiptPruned { inference: 1 });
		// Its deposit returned to the payer with it.
		assert_eq!(ReceiptDeposits::<Test>::get(1), None);
		assert_eq!(held_for_receipts(PAYER), 0);
		// Lifetime counters stay.
		assert_eq!(ModelTotals::<Test>::get(adapter).calls, 1);
	});
}

#[test]
fn pruning_never_exceeds_the_weight_it_is_given() {
	build_and_execute(|| {
		let (_, _, adapter) = scene();
		for inference in 0..3 {
			assert_ok!(settle(inference, adapter, 1_000, &attribution(&[], &[])));
		}
		let later = 1 + RETENTION;
		// Too little to even look: nothing happens.
		assert_eq!(Rewards::on_idle(later, Weight::zero()), Weight::zero());
		assert_eq!(ReceiptQueueBounds::<Test>::get(), (0, 3));
		// Room for one receipt: one goes, oldest first.
		let one = <() as WeightInfo>::prune_receipts(1);
		let used = Rewards::on_idle(later, one);
		assert!(used.all_lte(one));
		assert!(!Receipts::<Test>::contains_key(0));
		assert!(Receipts::<Test>::contains_key(1));
		// The rest with enough weight.
		let used = Rewards::on_idle(later, <() as WeightInfo>::prune_receipts(5));
		assert_eq!(used, <() as WeightInfo>::prune_receipts(2));
		assert_eq!(ReceiptQueueBounds::<Test>::get(), (3, 3));
	});
}

fn held_for_receipts(who: AccountId) -> Balance {
	use frame_support::traits::fungible::InspectHold;
	Balances::balance_on_hold(&HoldReason::ReceiptDeposit.into(), &who)
}

/// Issue 14, C12: whoever causes a receipt to be stored holds a deposit until it is pruned.
#[test]
fn a_stored_receipt_holds_a_deposit_from_its_payer_until_pruned() {
	build_and_execute(|| {
		let (_, _, adapter) = scene();
		let payer = free(PAYER);
		assert_ok!(settle(1, adapter, 1_000, &attribution(&[], &[])));
		assert_eq!(ReceiptDeposits::<Test>::get(1), Some((PAYER, RECEIPT_DEPOSIT)));
		assert_eq!(held_for_receipts(PAYER), RECEIPT_DEPOSIT);
		assert_eq!(free(PAYER), payer - 1_000 - RECEIPT_DEPOSIT);
		Rewards::on_idle(1 + RETENTION, Weight::from_parts(u64::MAX, u64::MAX));
		assert_eq!(held_for_receipts(PAYER), 0);
		assert_eq!(free(PAYER), payer - 1_000);
	});
}

/// A payer who cannot hold the whole deposit still settles: the receipt holds what it can,
/// so a settlement can never be blocked by emptying the payer's account.
#[test]
fn a_payer_without_room_for_the_deposit_still_settles() {
	build_and_execute(|| {
		let (_, _, adapter) = scene();
		// Leave the payer the fee, the existential deposit and one planck.
		let keep = 1_000 + 1 + 1;
		assert_ok!(Balances::transfer_allow_death(
			RuntimeOrigin::signed(PAYER),
			1,
			free(PAYER) - keep
		));
		assert_ok!(settle(1, adapter, 1_000, &attribution(&[], &[])));
		assert_eq!(ReceiptDeposits::<Test>::get(1), Some((PAYER, 1)));
		assert_eq!(held_for_receipts(PAYER), 1);
	});
}

/// Issue 14, G20: receipts stored under storage version 0 hold no deposit; after the
/// migration to version 1 they are pruned as before, next to newer ones that do.
#[test]
fn receipts_of_the_previous_layout_are_pruned_after_the_migration() {
	use frame_support::traits::{
		fungible::MutateHold, tokens::Precision, GetStorageVersion, OnRuntimeUpgrade,
		StorageVersion,
	};
	build_and_execute(|| {
		let (_, _, adapter) = scene();
		assert_ok!(settle(1, adapter, 1_000, &attribution(&[], &[])));
		// The layout of version 0: no receipt deposit.
		let (payer, deposit) = ReceiptDeposits::<Test>::take(1).unwrap();
		assert_ok!(Balances::release(
			&HoldReason::ReceiptDeposit.into(),
			&payer,
			deposit,
			Precision::Exact
		));
		StorageVersion::new(0).put::<Pallet<Test>>();

		crate::migrations::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(1));
		Rewards::do_try_state().expect("invariants after the migration");

		assert_ok!(settle(2, adapter, 1_000, &attribution(&[], &[])));
		Rewards::on_idle(1 + RETENTION, Weight::from_parts(u64::MAX, u64::MAX));
		assert!(!Receipts::<Test>::contains_key(1) && !Receipts::<Test>::contains_key(2));
		assert_eq!(held_for_receipts(PAYER), 0);
	});
}
