//! Settlement: one split per batch, each part exact; the tail claimed with proofs, once.

use crate::{mock::*, BatchStatus, Batches as BatchesMap, Error, Escrows, HoldReason};
use frame_support::{assert_noop, assert_ok, traits::Get};
use openledger_primitives::bounded;
use sp_core::H256;

/// Submit the calls (c0 paid directly, c1 and c2 in the tail), then settle with every
/// sample revealed in the same call, as the provider does.
fn settled() -> (Scene, Built) {
	let (s, built) = submitted_five();
	// The dispute window ends at 15 (the seed block, 12, plus 3).
	run_to(15);
	assert_noop!(built.settle_revealing(0, 0..4), Error::<Test>::AuditNotOver);
	run_to(16);
	assert_ok!(built.settle_revealing(0, 0..4));
	(s, built)
}

#[test]
fn a_settled_batch_pays_every_party_exactly_its_share_of_the_fees() {
	build_and_execute(|| {
		let treasury = free(TREASURY);
		let (s, built) = settled();
		// The default policy: treasury 5%, provider 20%, model side 35%, data side 40%.
		// Provider ⌊900·20%⌋ = 180; owner (a base model) ⌊900·35%⌋ = 315; c0 directly
		// ⌊40%·110⌋ = 44; the tail ⌊40%·100⌋ = 40; the unscored 690 of 900 of the data side,
		// ⌊360·690/900⌋ = 276, to the model's training datanet; the treasury the rest, 45.
		assert_eq!(credits(PROVIDER), 180);
		assert_eq!(credits(OWNER), 315);
		assert_eq!(credits(2), 44);
		// The pot: its existential deposit, the tail, and what is left in the escrows.
		assert_eq!(free(Batches::account_id()), 1 + 40 + 3 * ESCROW - 900);
		assert_eq!(pallet_rewards::Pools::<Test>::get(s.datanet).pool.direct, 44);
		assert_eq!(free(TREASURY), treasury + 45);
		let totals = pallet_rewards::ModelTotals::<Test>::get(s.model);
		assert_eq!((totals.calls, totals.fees, totals.to_data), (5, 900, 44 + 40 + 276));
		// Each payer paid exactly its calls.
		for (payer, paid) in [(PAYERS[0], 200), (PAYERS[1], 400), (PAYERS[2], 300)] {
			assert_eq!(Escrows::<Test>::get(payer, PROVIDER).unwrap().amount, ESCROW - paid);
			assert_eq!(held(HoldReason::Escrow, payer), 0);
		}

		// The tail: c1 ⌊40%·60⌋ = 24, c2 ⌊40%·40⌋ = 16, each once, each to its contributor.
		assert_ok!(built.claim(0, 1));
		assert_ok!(built.claim(0, 2));
		assert_eq!((credits(3), credits(4)), (24, 16));
		assert_noop!(built.claim(0, 1), Error::<Test>::AlreadyClaimed);
		let BatchStatus::Settled { tail, claimed, .. } = BatchesMap::<Test>::get(0).unwrap().status
		else {
			panic!("settled")
		};
		assert_eq!((tail, claimed), (40, 40));
	});
}

#[test]
fn a_forged_tail_claim_is_refused_and_the_unclaimed_rest_goes_to_the_treasury() {
	build_and_execute(|| {
		let (_, built) = settled();
		// c1 claiming c2's weight, or more than its own.
		let leaves: Vec<_> =
			built.tail.iter().map(|(c, w)| openledger_formulas::batch::tail_leaf(*c, *w)).collect();
		let proof = openledger_formulas::merkle::proof(&leaves, 0).unwrap();
		let proof = bounded(proof.into_iter().map(H256).collect::<Vec<_>>());
		assert_noop!(
			Batches::claim_tail(RuntimeOrigin::signed(3), 0, 0, 1, 61_000_000_000, proof.clone()),
			Error::<Test>::BadProof
		);
		assert_noop!(
			Batches::claim_tail(RuntimeOrigin::signed(3), 0, 1, 1, 60_000_000_000, proof),
			Error::<Test>::BadProof
		);
		assert_ok!(built.claim(0, 1));
		assert_noop!(Batches::close_batch(RuntimeOrigin::signed(7), 0), Error::<Test>::NotClosable);
		run_to(29);
		assert_noop!(built.claim(0, 2), Error::<Test>::ClaimWindowClosed);
		let treasury = free(TREASURY);
		assert_ok!(Batches::close_batch(RuntimeOrigin::signed(7), 0));
		assert_eq!(free(TREASURY), treasury + 16);
		// Only the existential deposit and the escrows' rest are left in the pot.
		assert_eq!(free(Batches::account_id()), 1 + 3 * ESCROW - 900);
		assert!(BatchesMap::<Test>::get(0).is_none());
		assert_eq!(held(HoldReason::BatchDeposit, PROVIDER), 0);
		assert_eq!(crate::TailClaimed::<Test>::iter().count(), 0);
	});
}

#[test]
fn a_settled_escrow_leaves_the_payer_exactly_the_rest() {
	build_and_execute(|| {
		let _ = settled();
		let payer = PAYERS[2];
		assert_ok!(Batches::request_unlock(RuntimeOrigin::signed(payer), PROVIDER));
		run_to(19 + 25);
		assert_ok!(Batches::withdraw(RuntimeOrigin::signed(payer), PROVIDER));
		assert_eq!(free(payer), ENDOWMENT - 300);
	});
}

#[test]
fn a_model_deprecated_with_a_batch_open_returns_its_deposit_and_the_batch_still_pays() {
	build_and_execute(|| {
		let (s, built) = submitted_five();
		// The owner deprecates the model while its batch is in audit: nothing the batch
		// settles by depends on the model's deposit, which returns at once.
		let deposit: Balance = <Test as pallet_models::Config>::ModelDeposit::get();
		let before = free(OWNER);
		assert_ok!(Models::deprecate(RuntimeOrigin::signed(OWNER), s.model));
		assert_eq!(free(OWNER), before + deposit);
		assert_eq!(pallet_models::Models::<Test>::get(s.model).unwrap().deposit, 0);
		// The batch settles by the terms it was submitted with: the owner's part as before.
		run_to(16);
		assert_ok!(built.settle_revealing(0, 0..4));
		assert_eq!(credits(OWNER), 315);
		assert_eq!(credits(PROVIDER), 180);
	});
}
