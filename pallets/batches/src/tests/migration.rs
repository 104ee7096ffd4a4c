//! The migration to storage version 2: escrows pooled in the pallet's account.

use crate::{
	migrations::{v1, MigrateV1ToV2},
	mock::*,
	Escrows, HoldReason,
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
