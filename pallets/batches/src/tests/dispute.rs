//! Disputes: a record, an acknowledged call or the aggregate of a batch taken to the court
//! before settlement; its verdict voids the batch and slashes, or pays the provider the bond.

use crate::{
	mock::*, BatchStatus, Batches as BatchesMap, DisputeSubject, DisputedCall, Disputes, Error,
	Escrows, HoldReason, OpenDisputes, OpenDisputesOf,
};
use frame_support::{assert_noop, assert_ok};
use openledger_formulas::{batch as formulas, merkle};
use openledger_primitives::{bounded, CaseSubject, ChallengeVerdicts, Verdict, BATCH_DISPUTE_CASE};
use sp_core::H256;
use sp_runtime::testing::TestSignature;

const CHALLENGER: AccountId = 9;
const BOND: Balance = 50;
/// The fees of [`five_calls`].
const FEES: Balance = 900;

/// The record at `position` of `built`'s tree of calls, with its path.
fn record_at(built: &Built, position: usize) -> DisputedCall<Test> {
	let proof = merkle::proof(&built.leaves, position).unwrap();
	DisputedCall::Record {
		record: built.records[position].0.clone(),
		proof: bounded(proof.into_iter().map(H256).collect::<Vec<_>>()),
	}
}

fn dispute(batch: u64, disputed: DisputedCall<Test>) -> sp_runtime::DispatchResult {
	Batches::dispute_batch(
		RuntimeOrigin::signed(CHALLENGER),
		batch,
		disputed,
		bounded(b"file:///output".to_vec()),
	)
}

/// The batch of [`submitted_five`] with every sample revealed (block 13).
fn revealed() -> (Scene, Built) {
	let (s, built) = submitted_five();
	run_to(13);
	assert_ok!(built.reveal_all(0, 0..4));
	(s, built)
}

/// The court's case id of dispute `id`.
fn case(id: u64) -> u64 {
	CaseSubject::BatchDispute(id).case().unwrap()
}

fn verdict(id: u64, verdict: Verdict, owed: &[(AccountId, Balance)]) -> sp_runtime::DispatchResult {
	<Batches as ChallengeVerdicts<AccountId, Balance>>::apply_verdict(case(id), verdict, owed)
}

fn stake() -> Balance {
	pallet_inference::Providers::<Test>::get(PROVIDER).unwrap().stake
}

#[test]
fn a_forged_record_disputed_and_upheld_voids_the_batch_and_pays_the_challenger() {
	build_and_execute(|| {
		let (s, _built) = revealed();
		// The provider's tree holds a record whose attribution it did not compute: the
		// challenger found it among the records the provider published.
		let (_, forged) = {
			let mut calls = five_calls();
			calls[1].contributions = vec![(0, 1_000_000_000)];
			let forged = build(PROVIDER, s.model, 0, &calls, 1);
			(calls, forged)
		};
		// A record of another tree does not prove anything about this batch.
		assert_noop!(dispute(0, record_at(&forged, 1)), Error::<Test>::BadProof);

		let built = build(PROVIDER, s.model, 0, &five_calls(), 1);
		let before = free(CHALLENGER);
		assert_ok!(dispute(0, record_at(&built, 1)));
		assert_eq!(held(HoldReason::DisputeBond, CHALLENGER), BOND);
		assert_eq!(free(CHALLENGER), before - BOND);
		let stored = Disputes::<Test>::get(0).unwrap();
		let (record, _) = &built.records[1];
		assert_eq!(
			stored.subject,
			DisputeSubject::Call {
				payer_index: record.payer_index,
				sequence: record.sequence,
				output_hash: record.output_hash,
				attribution_hash: record.attribution_hash,
			}
		);
		// The court's case: a batch dispute's id, the record's output as evidence, and every
		// party kept off the jury: provider, challenger, the payers, the model's owner and the
		// directly paid contributor 2 (c0, 110 of 900 fee-weighted: above 5%).
		let (id, parties, evidence) = OpenedCases::get().pop().unwrap();
		assert_eq!(id, BATCH_DISPUTE_CASE);
		assert_eq!(evidence.output_hash, record.output_hash);
		let mut expected = vec![PROVIDER, CHALLENGER, PAYERS[0], PAYERS[1], PAYERS[2], OWNER, 2];
		expected.sort();
		let mut parties = parties;
		parties.sort();
		assert_eq!(parties, expected);

		// Settlement waits for the verdict, well past the dispute window.
		run_to(30);
		assert_noop!(
			Batches::settle_batch(RuntimeOrigin::signed(7), 0, Default::default()),
			Error::<Test>::UnderDispute
		);
		assert_noop!(
			Batches::close_batch(RuntimeOrigin::signed(7), 0),
			Error::<Test>::UnderDispute
		);

		let treasury = free(TREASURY);
		assert_ok!(verdict(0, Verdict::Upheld, &[]));
		// The whole fees slashed: a fifth to the challenger, the rest to the treasury.
		assert_eq!(stake(), STAKE - FEES);
		assert_eq!(free(CHALLENGER), before + FEES / 5);
		assert_eq!(free(TREASURY), treasury + FEES - FEES / 5);
		assert_eq!(held(HoldReason::DisputeBond, CHALLENGER), 0);
		assert!(matches!(BatchesMap::<Test>::get(0).unwrap().status, BatchStatus::Void { .. }));
		// The payers lose nothing: their escrows are whole again.
		for payer in PAYERS {
			assert_eq!(Escrows::<Test>::get(payer, PROVIDER).unwrap().amount, ESCROW);
		}
		assert!(Disputes::<Test>::get(0).is_none());
		assert_eq!(OpenDisputes::<Test>::get(0), 0);
		assert_ok!(Batches::close_batch(RuntimeOrigin::signed(7), 0));
	});
}

#[test]
fn a_rejected_dispute_pays_the_bond_to_the_provider_and_the_batch_settles() {
	build_and_execute(|| {
		let (_, built) = revealed();
		assert_ok!(dispute(0, DisputedCall::Aggregate));
		let (_, _, evidence) = OpenedCases::get().pop().unwrap();
		assert_eq!(evidence.output_hash, built.calls_root);
		run_to(19);
		assert_noop!(
			Batches::settle_batch(RuntimeOrigin::signed(7), 0, Default::default()),
			Error::<Test>::UnderDispute
		);
		// The bond first reimburses the jury fee the provider's side advanced (account 8).
		let provider = free(PROVIDER);
		assert_ok!(verdict(0, Verdict::Rejected, &[(8, 20)]));
		assert_eq!(free(8), ENDOWMENT + 20);
		assert_eq!(free(PROVIDER), provider + BOND - 20);
		assert_eq!(held(HoldReason::DisputeBond, CHALLENGER), 0);
		assert_eq!(free(CHALLENGER), ENDOWMENT - BOND);
		assert_ok!(Batches::settle_batch(RuntimeOrigin::signed(7), 0, Default::default()));
		assert!(matches!(BatchesMap::<Test>::get(0).unwrap().status, BatchStatus::Settled { .. }));
	});
}

#[test]
fn an_undecided_dispute_returns_the_bond_and_slashes_nobody() {
	build_and_execute(|| {
		let _ = revealed();
		assert_ok!(dispute(0, DisputedCall::Aggregate));
		assert_ok!(verdict(0, Verdict::Undecided, &[(8, 20)]));
		assert_eq!(free(CHALLENGER), ENDOWMENT);
		assert_eq!(free(8), ENDOWMENT);
		assert_eq!(stake(), STAKE);
		run_to(19);
		assert_ok!(Batches::settle_batch(RuntimeOrigin::signed(7), 0, Default::default()));
	});
}

#[test]
fn the_provider_reimburses_the_fees_of_an_upheld_dispute_before_the_slash() {
	build_and_execute(|| {
		let _ = revealed();
		assert_ok!(dispute(0, DisputedCall::Aggregate));
		assert_ok!(verdict(0, Verdict::Upheld, &[(CHALLENGER, 30), (8, 40)]));
		assert_eq!(free(8), ENDOWMENT + 40);
		assert_eq!(free(CHALLENGER), ENDOWMENT + 30 + FEES / 5);
		assert_eq!(stake(), STAKE - 70 - FEES);
	});
}

#[test]
fn a_payer_disputes_its_own_call_with_the_providers_acknowledgement() {
	build_and_execute(|| {
		let (s, _) = revealed();
		let ack = |signer: AccountId, sequence: u64| {
			let payload = formulas::ack_payload(
				&Batches::genesis_hash(),
				&PAYERS[1],
				&PROVIDER,
				s.model,
				0,
				sequence,
				&[4u8; 32],
				&[5u8; 32],
			);
			DisputedCall::Acknowledged {
				payer_index: 1,
				sequence,
				output_hash: H256([4u8; 32]),
				attribution_hash: H256([5u8; 32]),
				signature: TestSignature(signer, payload),
			}
		};
		// Signed by anyone but the provider, it proves nothing.
		assert_noop!(dispute(0, ack(PAYERS[1], 2)), Error::<Test>::BadAcknowledgement);
		// PAYERS[1] made two calls: there is no third.
		assert_noop!(dispute(0, ack(PROVIDER, 3)), Error::<Test>::WrongRecord);
		assert_ok!(dispute(0, ack(PROVIDER, 2)));
		assert!(matches!(
			Disputes::<Test>::get(0).unwrap().subject,
			DisputeSubject::Call { payer_index: 1, sequence: 2, .. }
		));
	});
}

#[test]
fn disputes_end_with_the_dispute_window_and_name_records_of_the_batch_only() {
	build_and_execute(|| {
		let (_, built) = revealed();
		// A record placed as another payer's call is not at its place in the tree.
		let DisputedCall::Record { mut record, proof } = record_at(&built, 1) else {
			unreachable!()
		};
		record.payer_index = 1;
		record.sequence = 1;
		assert_noop!(
			dispute(0, DisputedCall::Record { record: record.clone(), proof: proof.clone() }),
			Error::<Test>::BadProof
		);
		record.sequence = 9;
		assert_noop!(
			dispute(0, DisputedCall::Record { record, proof }),
			Error::<Test>::WrongRecord
		);
		assert_noop!(dispute(7, DisputedCall::Aggregate), Error::<Test>::UnknownBatch);
		// The dispute window ends at 15 (the seed block, 12, plus 3), before the samples are
		// due (18).
		run_to(15);
		assert_ok!(dispute(0, DisputedCall::Aggregate));
		assert_ok!(verdict(0, Verdict::Rejected, &[]));
		run_to(16);
		assert_noop!(dispute(0, DisputedCall::Aggregate), Error::<Test>::DisputeWindowClosed);
		assert_ok!(Batches::settle_batch(RuntimeOrigin::signed(7), 0, Default::default()));
		assert_noop!(dispute(0, DisputedCall::Aggregate), Error::<Test>::DisputeWindowClosed);
	});
}

#[test]
fn the_models_a_disputed_batch_pays_cannot_change_hands_until_the_verdict() {
	build_and_execute(|| {
		let (s, _) = revealed();
		assert_ok!(dispute(0, DisputedCall::Aggregate));
		assert_ok!(dispute(0, DisputedCall::Aggregate));
		assert_eq!(OpenDisputesOf::<Test>::get(s.model), 2);
		assert_eq!(OpenDisputes::<Test>::get(0), 2);
		assert_noop!(
			Models::transfer_ownership(RuntimeOrigin::signed(OWNER), s.model, 7),
			pallet_models::Error::<Test>::UnderChallenge
		);
		// The first upheld voids the batch; the second, upheld too, slashes nothing more.
		assert_ok!(verdict(0, Verdict::Upheld, &[]));
		assert_eq!(stake(), STAKE - FEES);
		assert_noop!(
			Models::transfer_ownership(RuntimeOrigin::signed(OWNER), s.model, 7),
			pallet_models::Error::<Test>::UnderChallenge
		);
		run_to(30);
		assert_noop!(
			Batches::close_batch(RuntimeOrigin::signed(7), 0),
			Error::<Test>::UnderDispute
		);
		assert_ok!(verdict(1, Verdict::Upheld, &[]));
		assert_eq!(stake(), STAKE - FEES);
		assert_eq!(held(HoldReason::DisputeBond, CHALLENGER), 0);
		assert_eq!(OpenDisputesOf::<Test>::get(s.model), 0);
		assert_ok!(Models::transfer_ownership(RuntimeOrigin::signed(OWNER), s.model, 7));
		assert_ok!(Batches::close_batch(RuntimeOrigin::signed(7), 0));
	});
}

#[test]
fn verdicts_reach_open_batch_disputes_only() {
	build_and_execute(|| {
		let _ = revealed();
		// A per-call case's id is not a dispute; a dispute that was never opened is unknown.
		assert_noop!(
			<Batches as ChallengeVerdicts<AccountId, Balance>>::apply_verdict(
				0,
				Verdict::Upheld,
				&[]
			),
			Error::<Test>::NotADispute
		);
		assert_noop!(verdict(0, Verdict::Upheld, &[]), Error::<Test>::UnknownDispute);
		assert_ok!(dispute(0, DisputedCall::Aggregate));
		assert_ok!(verdict(0, Verdict::Rejected, &[]));
		assert_noop!(verdict(0, Verdict::Upheld, &[]), Error::<Test>::UnknownDispute);
	});
}

#[test]
fn a_dispute_needs_its_bond() {
	build_and_execute(|| {
		let _ = revealed();
		assert_noop!(
			Batches::dispute_batch(
				RuntimeOrigin::signed(77),
				0,
				DisputedCall::Aggregate,
				bounded(vec![])
			),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn settling_with_reveals_waits_for_the_dispute_window_and_every_verdict() {
	build_and_execute(|| {
		let (_, built) = submitted_five();
		let revealed_bits = || match BatchesMap::<Test>::get(0).unwrap().status {
			BatchStatus::Audit { revealed, .. } => revealed,
			_ => panic!("not in audit"),
		};
		// Within the dispute window the reveals may come, but not the split: refused whole.
		run_to(13);
		assert_noop!(built.settle_revealing(0, 0..4), Error::<Test>::AuditNotOver);
		assert_ok!(dispute(0, DisputedCall::Aggregate));
		// Past it, a dispute still open keeps the batch from settling, reveals and all.
		run_to(16);
		assert_noop!(built.settle_revealing(0, 0..4), Error::<Test>::UnderDispute);
		assert_eq!(revealed_bits(), 0);
		// So the provider reveals on its own before the samples are due, and settles after the
		// verdict.
		assert_ok!(built.reveal_all(0, 0..4));
		run_to(25);
		assert_ok!(verdict(0, Verdict::Rejected, &[]));
		assert_ok!(Batches::settle_batch(RuntimeOrigin::signed(7), 0, Default::default()));
		assert!(matches!(BatchesMap::<Test>::get(0).unwrap().status, BatchStatus::Settled { .. }));
	});
}

#[test]
fn a_settlement_short_of_a_sample_or_with_a_forged_one_moves_nothing() {
	build_and_execute(|| {
		let (_, built) = submitted_five();
		run_to(16);
		// Three of four samples: a sample is missing and the samples are not yet due.
		assert_noop!(built.settle_revealing(0, 0..3), Error::<Test>::AuditNotOver);
		let mut forged = built.revealed(0, 3);
		forged.record.output_hash = H256::repeat_byte(0xee);
		let reveals =
			vec![built.revealed(0, 0), built.revealed(0, 1), built.revealed(0, 2), forged];
		assert_noop!(
			Batches::settle_batch(RuntimeOrigin::signed(PROVIDER), 0, bounded(reveals)),
			Error::<Test>::BadProof
		);
		// Once the samples were due, reveals come too late: the batch is void instead.
		run_to(19);
		assert_noop!(built.settle_revealing(0, 0..4), Error::<Test>::RevealWindowClosed);
		assert_ok!(Batches::settle_batch(RuntimeOrigin::signed(7), 0, Default::default()));
		assert!(matches!(BatchesMap::<Test>::get(0).unwrap().status, BatchStatus::Void { .. }));
		assert_eq!(stake(), STAKE - FEES);
	});
}

#[test]
fn a_settlement_with_reveals_is_charged_for_them() {
	build_and_execute(|| {
		let (_, built) = submitted_five();
		run_to(16);
		let reveals: Vec<_> = (0..4).map(|sample| built.revealed(0, sample)).collect();
		let longest = Batches::longest_path(&reveals);
		assert_eq!(longest, 3);
		let info = built.settle_revealing(0, 0..4).unwrap();
		// The settlement with its reveals at its path length, refunded below the worst case.
		let revealing = <() as crate::WeightInfo>::settle_revealing(longest);
		assert!(info.actual_weight.unwrap().all_gte(revealing));
		assert!(info.actual_weight.unwrap().all_lte(Batches::settle_weight(&reveals)));
		assert!(
			Batches::settle_weight(&reveals).ref_time() > Batches::settle_weight(&[]).ref_time()
		);
	});
}
