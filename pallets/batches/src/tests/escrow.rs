//! Escrows: the pot, unlocks, and what a payer can never take back.

use crate::{mock::*, BatchStatus, Batches as BatchesMap, Error, Escrows, Event, HoldReason};
use frame_support::{assert_noop, assert_ok};

/// What this pallet's account holds.
fn pot() -> Balance {
	free(Batches::account_id())
}

#[test]
fn an_escrow_pools_its_funds_holds_its_deposit_and_returns_both() {
	build_and_execute(|| {
		let payer = PAYERS[0];
		let before = pot();
		assert_ok!(Batches::open_escrow(RuntimeOrigin::signed(payer), PROVIDER, 300));
		assert_eq!((pot(), held(HoldReason::Escrow, payer)), (before + 300, 0));
		assert_eq!(held(HoldReason::EscrowDeposit, payer), 5);
		assert_eq!(free(payer), ENDOWMENT - 305);
		assert_noop!(
			Batches::open_escrow(RuntimeOrigin::signed(payer), PROVIDER, 1),
			Error::<Test>::EscrowExists
		);
		assert_noop!(
			Batches::open_escrow(RuntimeOrigin::signed(payer), OTHER_PROVIDER, 0),
			Error::<Test>::ZeroAmount
		);
		assert_ok!(Batches::top_up(RuntimeOrigin::signed(payer), PROVIDER, 200));
		assert_eq!(
			(pot(), Escrows::<Test>::get(payer, PROVIDER).unwrap().amount),
			(before + 500, 500)
		);
		// A top-up the payer cannot pay is refused whole.
		assert_noop!(
			Batches::top_up(RuntimeOrigin::signed(payer), PROVIDER, ENDOWMENT),
			Error::<Test>::InsufficientBalance
		);

		assert_noop!(
			Batches::withdraw(RuntimeOrigin::signed(payer), PROVIDER),
			Error::<Test>::NotUnlocking
		);
		assert_ok!(Batches::request_unlock(RuntimeOrigin::signed(payer), PROVIDER));
		assert_noop!(
			Batches::top_up(RuntimeOrigin::signed(payer), PROVIDER, 1),
			Error::<Test>::Unlocking
		);
		run_to(25);
		assert_noop!(
			Batches::withdraw(RuntimeOrigin::signed(payer), PROVIDER),
			Error::<Test>::UnlockNotDue
		);
		run_to(26);
		assert_ok!(Batches::withdraw(RuntimeOrigin::signed(payer), PROVIDER));
		assert_eq!(pot(), before);
		assert_eq!(held(HoldReason::EscrowDeposit, payer), 0);
		assert_eq!(free(payer), ENDOWMENT);
		assert!(!Escrows::<Test>::contains_key(payer, PROVIDER));
	});
}

/// The first payer asks to unlock at block 5 (epoch 0), [`PROVIDER`] submits its batch of
/// the payer's calls of `fees` at block 10 (batch 0, nothing revealed), and the unlock is due
/// at block 30, where this leaves the chain: the payer.
fn unlocked_with_a_submitted_batch(fees: &[Balance]) -> AccountId {
	let s = scene(&[2]);
	let payer = PAYERS[0];
	run_to(5);
	assert_ok!(Batches::request_unlock(RuntimeOrigin::signed(payer), PROVIDER));
	let calls: Vec<Call> = fees.iter().map(|fee| call(payer, *fee, &[])).collect();
	let built = build(PROVIDER, s.model, 0, &calls, 0);
	run_to(10);
	assert_ok!(built.submit());
	run_to(30);
	payer
}

#[test]
fn an_unlocking_payer_cannot_take_back_what_a_submitted_batch_claims() {
	build_and_execute(|| {
		let payer = unlocked_with_a_submitted_batch(&[400, 600]);
		// The batch took its 1,000 out of the escrow when it was submitted.
		assert_eq!(Escrows::<Test>::get(payer, PROVIDER).unwrap().amount, ESCROW - 1_000);
		// The unlock is due: the payer gets the rest back, never the batch's 1,000, and the
		// escrow closes with its deposit.
		let free_before = free(payer);
		assert_ok!(Batches::withdraw(RuntimeOrigin::signed(payer), PROVIDER));
		assert_eq!(free(payer), free_before + ESCROW - 1_000 + 5);
		assert!(!Escrows::<Test>::contains_key(payer, PROVIDER));
	});
}

#[test]
fn a_void_batch_pays_a_withdrawn_escrow_back_to_its_payer() {
	build_and_execute(|| {
		// Nothing revealed, and nobody voids the batch before the unlock is due: the payer
		// withdraws first.
		let payer = unlocked_with_a_submitted_batch(&[400, 600]);
		assert_ok!(Batches::withdraw(RuntimeOrigin::signed(payer), PROVIDER));
		let free_before = free(payer);
		assert_ok!(Batches::settle_batch(RuntimeOrigin::signed(7), 0, Default::default()));
		assert!(matches!(BatchesMap::<Test>::get(0).unwrap().status, BatchStatus::Void { .. }));
		// The fees the void batch took come back to the payer itself.
		assert_eq!(free(payer), free_before + 1_000);
		System::assert_has_event(
			Event::<Test>::FeeRefunded { batch: 0, payer, to: payer, amount: 1_000 }.into(),
		);
	});
}

#[test]
fn receipts_of_epochs_after_an_unlock_are_void() {
	build_and_execute(|| {
		let s = scene(&[2]);
		let payer = PAYERS[0];
		assert_ok!(Batches::request_unlock(RuntimeOrigin::signed(payer), PROVIDER));
		// Signed in epoch 1, after the unlock asked in epoch 0: no batch may claim it.
		let built = build(PROVIDER, s.model, 1, &[call(payer, 400, &[])], 0);
		run_to(20);
		assert_noop!(built.submit(), Error::<Test>::EscrowUnlocked);
	});
}

#[test]
fn an_upgrade_that_adds_the_pallet_creates_its_account_once() {
	use frame_support::traits::{fungible::Mutate, OnRuntimeUpgrade};
	build_and_execute(|| {
		let account = Batches::account_id();
		assert_eq!(free(account), 1);
		// A chain that gains the pallet by an upgrade has no account for it.
		assert_ok!(Balances::burn_from(
			&account,
			1,
			frame_support::traits::tokens::Preservation::Expendable,
			frame_support::traits::tokens::Precision::Exact,
			frame_support::traits::tokens::Fortitude::Force,
		));
		assert_eq!(free(account), 0);
		crate::migrations::CreateAccount::<Test>::on_runtime_upgrade();
		assert_eq!(free(account), 1);
		// Run again, it changes nothing.
		crate::migrations::CreateAccount::<Test>::on_runtime_upgrade();
		assert_eq!(free(account), 1);
	});
}

#[test]
fn a_reaped_payer_cannot_keep_a_void_batch_from_settling() {
	build_and_execute(|| {
		let payer = unlocked_with_a_submitted_batch(&[400]);
		assert_ok!(Batches::withdraw(RuntimeOrigin::signed(payer), PROVIDER));
		// The payer empties its account, which is reaped; the existential deposit rises above
		// the batch's fee, so the fee cannot recreate the account.
		let all = free(payer);
		assert_ok!(<Balances as frame_support::traits::fungible::Mutate<_>>::transfer(
			&payer,
			&CURATOR,
			all,
			frame_support::traits::tokens::Preservation::Expendable,
		));
		// The treasury exists above the raised minimum, as a running chain's does.
		assert_ok!(<Balances as frame_support::traits::fungible::Mutate<_>>::transfer(
			&CURATOR,
			&TREASURY,
			1_000,
			frame_support::traits::tokens::Preservation::Preserve,
		));
		ExistentialDeposit::set(500);
		let treasury = free(TREASURY);
		assert_ok!(Batches::settle_batch(RuntimeOrigin::signed(7), 0, Default::default()));
		assert!(matches!(BatchesMap::<Test>::get(0).unwrap().status, BatchStatus::Void { .. }));
		// The batch is void all the same (its provider slashed its fees, 400, to the treasury);
		// the fee the payer's account cannot take is the treasury's too.
		assert_eq!((free(payer), free(TREASURY)), (0, treasury + 400 + 400));
		System::assert_has_event(
			Event::<Test>::FeeRefunded { batch: 0, payer, to: TREASURY, amount: 400 }.into(),
		);
		ExistentialDeposit::set(1);
	});
}
