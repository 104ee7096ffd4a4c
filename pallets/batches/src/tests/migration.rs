//! The migration to storage version 2: escrows pooled in the pallet's account.
#![allow(clippy::arithmetic_side_effects)]

use crate::{
	migrations::{v1, MigrateV1ToV2},
	mock::*,
	BatchOf, BatchStatus, Batches as BatchesMap, Config, Escrows, HoldReason, NextBatchId,
	PendingFees,
};
use codec::Encode;
use frame_support::{
	assert_ok,
	traits::{fungible::MutateHold, GetStorageVersion, OnRuntimeUpgrade, StorageVersion},
};

/// A version-1 escrow of `payer` with [`PROVIDER`]: `amount` held, `committed` of it claimed
/// by an unsettled batch.
fn old_escrow(payer: AccountId, amount: Balance, committed: Balance) {
	assert_ok!(Balances::hold(&RuntimeHoldReason::Batches(HoldReason::Escrow), &payer, amount));
	assert_ok!(Balances::hold(&RuntimeHoldReason::Batches(HoldReason::EscrowDeposit), &payer, 5));
	let old = v1::Escrow::<Test> { amount, committed, deposit: 5, unlock: None };
	frame_support::storage::unhashed::put_raw(
		&Escrows::<Test>::hashed_key_for(payer, PROVIDER),
		&old.encode(),
	);
}

#[test]
fn version_2_moves_held_escrows_to_the_pot_and_takes_committed_fees_out() {
	build_and_execute(|| {
		StorageVersion::new(1).put::<Batches>();
		old_escrow(PAYERS[0], 1_000, 0);
		old_escrow(PAYERS[1], 2_000, 700);
		let pot = free(Batches::account_id());

		MigrateV1ToV2::<Test>::on_runtime_upgrade();

		assert_eq!(Batches::on_chain_storage_version(), StorageVersion::new(2));
		// Every held unit reached the pot; the committed 700 is no longer the escrow's.
		assert_eq!(free(Batches::account_id()), pot + 3_000);
		assert_eq!(Escrows::<Test>::get(PAYERS[0], PROVIDER).unwrap().amount, 1_000);
		assert_eq!(Escrows::<Test>::get(PAYERS[1], PROVIDER).unwrap().amount, 1_300);
		for payer in [PAYERS[0], PAYERS[1]] {
			assert_eq!(held(HoldReason::Escrow, payer), 0);
			assert_eq!(held(HoldReason::EscrowDeposit, payer), 5);
		}
		// A second run does nothing.
		MigrateV1ToV2::<Test>::on_runtime_upgrade();
		assert_eq!(free(Batches::account_id()), pot + 3_000);
	});
}

/// A version-1 batch `id` of [`PROVIDER`] on `model` with one call of `payer` paying `fee`, its
/// audit at `revealed`, with everything version 1 kept beside it (the provider's pending fees,
/// the deposit).
fn old_batch(id: u64, model: u32, payer: AccountId, fee: Balance, revealed: u32) {
	use openledger_primitives::InferenceRewards;
	let batch = v1::Batch::<Test> {
		provider: PROVIDER,
		model,
		epoch: id as u32,
		calls: 1,
		fees: fee,
		payers: openledger_primitives::bounded(vec![v1::PayerTotal { payer, calls: 1, fee }]),
		calls_root: sp_core::H256::repeat_byte(1),
		scores: Default::default(),
		tail_root: Default::default(),
		tail_leaves: 0,
		terms: <<Test as Config>::Rewards as InferenceRewards<_, _>>::terms(model),
		deposit: 7,
		status: BatchStatus::Audit { seed_at: 12, reveal_by: 15, revealed },
	};
	frame_support::storage::unhashed::put_raw(
		&BatchesMap::<Test>::hashed_key_for(id),
		&batch.encode(),
	);
	BatchOf::<Test>::insert((PROVIDER, model, id as u32), id);
	NextBatchId::<Test>::put(id + 1);
	PendingFees::<Test>::mutate(PROVIDER, |pending| *pending += fee);
	assert_ok!(Balances::hold(&RuntimeHoldReason::Batches(HoldReason::BatchDeposit), &PROVIDER, 7));
}

#[test]
fn version_2_voids_unaudited_batches_without_a_slash_and_keeps_audited_ones() {
	build_and_execute(|| {
		let s = scene(&[2]);
		StorageVersion::new(1).put::<Batches>();
		// The scene opened version-2 escrows; these payers get version-1 ones instead.
		Escrows::<Test>::remove(PAYERS[0], PROVIDER);
		Escrows::<Test>::remove(PAYERS[1], PROVIDER);
		let pot = free(Batches::account_id()) - 2 * ESCROW;
		let refund = |who: AccountId| {
			assert_ok!(<Balances as frame_support::traits::fungible::Mutate<_>>::transfer(
				&Batches::account_id(),
				&who,
				ESCROW,
				frame_support::traits::tokens::Preservation::Preserve,
			));
			assert_ok!(Balances::release(
				&RuntimeHoldReason::Batches(HoldReason::EscrowDeposit),
				&who,
				5,
				frame_support::traits::tokens::Precision::Exact,
			));
		};
		refund(PAYERS[0]);
		refund(PAYERS[1]);
		old_escrow(PAYERS[0], 1_000, 300);
		old_escrow(PAYERS[1], 2_000, 700);
		// Batch 0 still has samples to reveal; batch 1 revealed them all under version 1.
		old_batch(0, s.model, PAYERS[0], 300, 0b0011);
		old_batch(1, s.model, PAYERS[1], 700, u32::MAX);
		let stake = pallet_inference::Providers::<Test>::get(PROVIDER).unwrap().stake;

		MigrateV1ToV2::<Test>::on_runtime_upgrade();

		assert!(matches!(BatchesMap::<Test>::get(0).unwrap().status, BatchStatus::Void { .. }));
		assert!(matches!(BatchesMap::<Test>::get(1).unwrap().status, BatchStatus::Audit { .. }));
		// The void batch's fee is back in its escrow, nobody slashed; the audited one's fee
		// waits in the pot for its settlement.
		assert_eq!(Escrows::<Test>::get(PAYERS[0], PROVIDER).unwrap().amount, 1_000);
		assert_eq!(Escrows::<Test>::get(PAYERS[1], PROVIDER).unwrap().amount, 1_300);
		assert_eq!(pallet_inference::Providers::<Test>::get(PROVIDER).unwrap().stake, stake);
		assert_eq!(PendingFees::<Test>::get(PROVIDER), 700);
		assert_eq!(free(Batches::account_id()), pot + 3_000);
	});
}

#[test]
fn version_3_keeps_each_batch_in_audit_disputable_as_long_as_before() {
	use crate::migrations::MigrateV2ToV3;
	build_and_execute(|| {
		let (_, built) = submitted_five();
		// As version 2 stored it: samples due at 15, disputes until 15 + 3.
		crate::Batches::<Test>::mutate(0, |batch| {
			batch.as_mut().unwrap().status =
				BatchStatus::Audit { seed_at: 12, reveal_by: 15, revealed: 0 };
		});
		StorageVersion::new(2).put::<Batches>();

		MigrateV2ToV3::<Test>::on_runtime_upgrade();

		assert_eq!(Batches::on_chain_storage_version(), StorageVersion::new(3));
		let BatchStatus::Audit { reveal_by, .. } = BatchesMap::<Test>::get(0).unwrap().status
		else {
			panic!("not in audit")
		};
		assert_eq!(reveal_by, 21);
		assert_eq!(Batches::dispute_deadline(reveal_by), 18);
		// Revealed and settled as the batch would have been: not before block 19.
		run_to(14);
		assert_ok!(built.reveal_all(0, 0..4));
		run_to(18);
		assert_eq!(
			Batches::settle_batch(RuntimeOrigin::signed(7), 0, Default::default())
				.map_err(|e| e.error),
			Err(crate::Error::<Test>::AuditNotOver.into())
		);
		run_to(19);
		assert_ok!(Batches::settle_batch(RuntimeOrigin::signed(7), 0, Default::default()));
		// A second run does nothing.
		MigrateV2ToV3::<Test>::on_runtime_upgrade();
		assert!(matches!(BatchesMap::<Test>::get(0).unwrap().status, BatchStatus::Settled { .. }));
	});
}
