//! Submitting and auditing: forged batches are refused or slashed.

use crate::{mock::*, BatchStatus, Batches as BatchesMap, Error, PayerClaim};
use frame_support::{assert_noop, assert_ok};
use openledger_primitives::bounded;
use sp_core::H256;

#[test]
fn a_batch_is_submitted_once_within_its_window() {
	build_and_execute(|| {
		let s = scene(&[2, 3, 4]);
		let built = build(PROVIDER, s.model, 0, &five_calls(), 1);
		run_to(9);
		assert_noop!(built.submit(), Error::<Test>::EpochNotOver);
		run_to(10);
		assert_ok!(built.submit());
		assert_noop!(built.submit(), Error::<Test>::AlreadySubmitted);
		let late = build(PROVIDER, s.model, 1, &[call(PAYERS[0], 100, &[])], 0);
		run_to(25);
		assert_noop!(late.submit(), Error::<Test>::SubmitWindowClosed);
	});
}

#[test]
fn an_overstated_fee_a_replayed_or_foreign_receipt_is_refused() {
	build_and_execute(|| {
		let s = scene(&[2, 3, 4]);
		run_to(10);
		let built = build(PROVIDER, s.model, 0, &five_calls(), 1);

		// Overstated: the claim says more than the payer signed.
		let mut forged = build(PROVIDER, s.model, 0, &five_calls(), 1);
		forged.claims[0].cumulative_fee += 1;
		assert_noop!(forged.submit(), Error::<Test>::BadSignature);

		// One payer listed twice to claim its fee twice.
		let mut twice = build(PROVIDER, s.model, 0, &five_calls(), 1);
		let first: PayerClaim<Test> = twice.claims[0].clone();
		twice.claims.push(first);
		assert_noop!(twice.submit(), Error::<Test>::DuplicatePayer);

		// Scores beyond the fees.
		let mut greedy = build(PROVIDER, s.model, 0, &five_calls(), 1);
		greedy.scores.tail = 900 * 1_000_000_000 + 1;
		assert_noop!(greedy.submit(), Error::<Test>::BadScores);
		assert_ok!(built.submit());

		// Replayed across epochs: epoch 1's batch with epoch 0's receipts.
		let mut replayed = build(PROVIDER, s.model, 0, &five_calls(), 1);
		replayed.epoch = 1;
		run_to(20);
		assert_noop!(replayed.submit(), Error::<Test>::BadSignature);

		// Another provider's batch: the receipt names PROVIDER, not OTHER_PROVIDER.
		let mut foreign = build(PROVIDER, s.model, 1, &[call(PAYERS[0], 100, &[])], 0);
		foreign.provider = OTHER_PROVIDER;
		assert_noop!(foreign.submit(), Error::<Test>::BadSignature);
	});
}

#[test]
fn a_batch_beyond_the_stake_or_the_escrow_is_refused() {
	build_and_execute(|| {
		let s = scene(&[2]);
		run_to(10);
		let too_much = build(PROVIDER, s.model, 0, &[call(PAYERS[0], ESCROW + 1, &[])], 0);
		assert_noop!(too_much.submit(), Error::<Test>::EscrowInsufficient);
		// Escrows of 3 × 5,000 on a stake of 10,000: the third payer's claim goes beyond it.
		let all = build(
			PROVIDER,
			s.model,
			0,
			&[
				call(PAYERS[0], 4_000, &[]),
				call(PAYERS[1], 4_000, &[]),
				call(PAYERS[2], 4_000, &[]),
			],
			0,
		);
		assert_noop!(all.submit(), Error::<Test>::StakeTooLow);
	});
}

#[test]
fn samples_come_from_a_later_block_and_must_be_the_sampled_records() {
	build_and_execute(|| {
		let (_, built) = submitted_five();
		// The seed block is 12: nothing can be revealed before block 13.
		run_to(12);
		assert!(Batches::audit_seed(0, 12).is_none());
		run_to(13);
		let position = built.sampled(0, 0) as usize;
		let positions = Batches::audit_positions(0).unwrap();
		assert_eq!(positions.len(), 4);
		assert_eq!(positions[0], position as u64);
		let reveal = |reveal: crate::RecordReveal<Test>| {
			Batches::reveal_records(RuntimeOrigin::signed(7), 0, bounded(vec![reveal]))
		};
		// Another record than the sampled one.
		let mut wrong = built.revealed(0, 0);
		let other = (position + 1) % 5;
		wrong.record = built.records[other].0.clone();
		wrong.receipt_proof = bounded(built.records[other].1.clone());
		wrong.proof = bounded(
			openledger_formulas::merkle::proof(&built.leaves, other)
				.unwrap()
				.into_iter()
				.map(H256)
				.collect::<Vec<_>>(),
		);
		assert_noop!(reveal(wrong), Error::<Test>::WrongRecord);
		// The sampled record with a forged output hash.
		let mut forged = built.revealed(0, 0);
		forged.record.output_hash = H256::repeat_byte(0xee);
		assert_noop!(reveal(forged), Error::<Test>::BadProof);
		// The sampled record with a receipt path that leads elsewhere than its payer's signed
		// root (another record's path).
		let mut stolen = built.revealed(0, 0);
		stolen.receipt_proof = bounded(built.records[other].1.clone());
		assert_noop!(reveal(stolen), Error::<Test>::NotSignedByPayer);
		// One bad reveal among good ones refuses them all.
		let mut mixed = built.revealed(0, 2);
		mixed.record.attribution_hash = H256::repeat_byte(0xaa);
		assert_noop!(
			Batches::reveal_records(
				RuntimeOrigin::signed(7),
				0,
				bounded(vec![built.revealed(0, 1), mixed])
			),
			Error::<Test>::BadProof
		);
		assert_ok!(built.reveal(0, 0));
		assert_noop!(built.reveal(0, 0), Error::<Test>::AlreadyRevealed);
		assert_noop!(built.reveal(0, 4), Error::<Test>::NoSuchSample);
		// Samples are due three blocks after the dispute window (ending at 15).
		run_to(18);
		assert_ok!(built.reveal(0, 1));
		run_to(19);
		assert_noop!(built.reveal(0, 2), Error::<Test>::RevealWindowClosed);
	});
}

#[test]
fn a_withheld_sample_voids_the_batch_slashes_the_provider_and_costs_payers_nothing() {
	build_and_execute(|| {
		let (_, built) = submitted_five();
		// The provider cannot leave while the batch is open.
		assert_noop!(
			Inference::unbond(RuntimeOrigin::signed(PROVIDER)),
			pallet_inference::Error::<Test>::OpenRequests
		);
		run_to(13);
		for sample in 0..3 {
			assert_ok!(built.reveal(0, sample));
		}
		// A sample is missing: no settlement before the reveal window ends at 18, even after
		// the dispute window (15).
		run_to(18);
		assert_noop!(
			Batches::settle_batch(RuntimeOrigin::signed(7), 0, Default::default()),
			Error::<Test>::AuditNotOver
		);
		run_to(19);
		let treasury = free(TREASURY);
		assert_ok!(Batches::settle_batch(RuntimeOrigin::signed(7), 0, Default::default()));
		assert!(matches!(BatchesMap::<Test>::get(0).unwrap().status, BatchStatus::Void { .. }));
		// The fees (900) are slashed from the stake to the treasury.
		assert_eq!(free(TREASURY), treasury + 900);
		assert_eq!(pallet_inference::Providers::<Test>::get(PROVIDER).unwrap().stake, STAKE - 900);
		// Every payer's escrow is whole again.
		for payer in PAYERS {
			assert_eq!(crate::Escrows::<Test>::get(payer, PROVIDER).unwrap().amount, ESCROW);
		}
		assert_eq!(credits(PROVIDER), 0);
		// Its epoch's window is over: it cannot be submitted again; it closes, returning the
		// deposit.
		assert_noop!(built.submit(), Error::<Test>::SubmitWindowClosed);
		assert_ok!(Batches::close_batch(RuntimeOrigin::signed(7), 0));
		assert_eq!(held(crate::HoldReason::BatchDeposit, PROVIDER), 0);
		assert_ok!(Inference::unbond(RuntimeOrigin::signed(PROVIDER)));
	});
}

#[test]
fn a_batch_beyond_the_proofs_reach_or_with_a_rootless_tail_is_refused() {
	build_and_execute(|| {
		let s = scene(&[2]);
		run_to(10);
		// 257 calls: more than a proof of 8 siblings reaches.
		let calls: Vec<Call> = (0..257).map(|_| call(PAYERS[0], 1, &[])).collect();
		assert_noop!(build(PROVIDER, s.model, 0, &calls, 0).submit(), Error::<Test>::TooManyCalls);
		// A tail with weight and no leaves could never be claimed.
		let mut rootless = build(PROVIDER, s.model, 0, &five_calls(), 3);
		rootless.scores.tail = 1;
		assert_noop!(rootless.submit(), Error::<Test>::BadTail);
	});
}

#[test]
fn nothing_is_revealed_before_the_seed_block_has_passed() {
	build_and_execute(|| {
		let (_, built) = submitted_five();
		run_to(12);
		let (record, receipt_proof) = built.records[0].clone();
		let proof = openledger_formulas::merkle::proof(&built.leaves, 0).unwrap();
		let early = crate::RecordReveal::<Test> {
			sample: 0,
			record,
			proof: bounded(proof.into_iter().map(H256).collect::<Vec<_>>()),
			receipt_proof: bounded(receipt_proof),
		};
		assert_noop!(
			Batches::reveal_records(RuntimeOrigin::signed(PROVIDER), 0, bounded(vec![early])),
			Error::<Test>::AuditNotStarted
		);
		assert_noop!(
			Batches::settle_batch(RuntimeOrigin::signed(7), 0, Default::default()),
			Error::<Test>::AuditNotOver
		);
	});
}

#[test]
fn a_call_its_payer_never_signed_for_cannot_be_revealed_and_the_batch_is_void() {
	build_and_execute(|| {
		let s = scene(&[2, 3, 4]);
		let mut forged = build(PROVIDER, s.model, 0, &five_calls(), 1);
		// The provider records other requests than the payers signed for (each record's
		// request hash replaced, the tree of calls rebuilt over them), under the payers' own
		// signed claims: the submission cannot tell.
		for (position, (record, _)) in forged.records.iter_mut().enumerate() {
			record.request_hash = H256::repeat_byte(0x77);
			let payer = forged.claims[record.payer_index as usize].payer;
			forged.leaves[position] = openledger_formulas::batch::call_record_leaf(
				&payer,
				record.sequence,
				record.cumulative_fee,
				record.request_hash.as_fixed_bytes(),
				record.output_hash.as_fixed_bytes(),
				record.attribution_hash.as_fixed_bytes(),
			);
		}
		forged.calls_root = H256(openledger_formulas::merkle::root(&forged.leaves));
		run_to(10);
		assert_ok!(forged.submit());
		run_to(13);
		// Every sample's path in the tree of calls holds, but no receipt of its payer's tree
		// is for that request.
		for sample in 0..4 {
			assert_noop!(forged.reveal(0, sample), Error::<Test>::NotSignedByPayer);
		}
		// Unrevealed at the end of the window: void, the provider slashed, the payers whole.
		run_to(19);
		assert_ok!(Batches::settle_batch(RuntimeOrigin::signed(7), 0, Default::default()));
		assert!(matches!(BatchesMap::<Test>::get(0).unwrap().status, BatchStatus::Void { .. }));
		assert_eq!(pallet_inference::Providers::<Test>::get(PROVIDER).unwrap().stake, STAKE - 900);
		for payer in PAYERS {
			assert_eq!(crate::Escrows::<Test>::get(payer, PROVIDER).unwrap().amount, ESCROW);
		}
	});
}

#[test]
fn paths_checked_by_the_host_agree_with_the_formulas() {
	use crate::audit::{path_proves, HostHasher};
	use openledger_formulas::merkle::{self, NodeHasher};
	for data in [&b""[..], &[7u8; 33][..], &[1u8; 65][..], &[9u8; 300][..]] {
		assert_eq!(HostHasher::blake2_256(data), openledger_formulas::blake2_256(data));
	}
	let leaves: Vec<[u8; 32]> = (0..7u8).map(|i| [i; 32]).collect();
	let root = H256(merkle::root(&leaves));
	for (position, leaf) in leaves.iter().enumerate() {
		let proof: Vec<H256> =
			merkle::proof(&leaves, position).unwrap_or_default().into_iter().map(H256).collect();
		assert!(path_proves(&root, 7, position as u64, leaf, &proof));
		assert!(!path_proves(&root, 7, position as u64, &[99; 32], &proof));
	}
}
