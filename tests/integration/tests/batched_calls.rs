//! Paid calls at scale on the real runtime (issue 28): payers sign receipts for hundreds of
//! calls to the dev chain's provider, one batch settles them, and every party, the long tail
//! included, is paid exactly what an independent computation of the calls says. A batch whose
//! provider withholds a sampled record is void: the provider is slashed and the payers lose
//! nothing. A payer who disputes a call its provider acknowledged with another attribution
//! than the engine's takes it to the real court, whose jury (none of the batch's parties)
//! voids the batch.

use frame_support::{assert_noop, assert_ok};
use openledger_formulas::{
	batch::{ack_payload, receipt_payload, BILLION},
	plan::{plan, BatchPlan, ServedCall},
};
use openledger_integration_tests::{
	check_invariants, court_case, development_ext, draw_jury, finalize, next_block, vote,
};
use openledger_primitives::{bounded, BatchScores, CaseSubject};
use openledger_runtime::{
	AccountId, Balance, Batches, Models, Runtime, RuntimeOrigin, Signature, OPEN,
};
use pallet_batches::{BatchStatus, CallRecord, DisputedCall, PayerClaim, RecordReveal};
use sp_core::{Pair, H256};
use sp_keyring::Sr25519Keyring::{self, *};
use std::collections::BTreeMap;

const MODEL: u32 = 0;
const PAYERS: [Sr25519Keyring; 3] = [Ferdie, Eve, Bob];
const ESCROW: Balance = 100 * OPEN;

fn signed(who: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.to_account_id())
}

fn keyring(who: &AccountId) -> Sr25519Keyring {
	Sr25519Keyring::from_account_id(who).expect("a keyring account")
}

/// `who`'s signature of its receipt for call `sequence` served by Dave in `epoch`, with its
/// tree of receipts' root `receipts_root`.
fn receipt(
	who: &AccountId,
	epoch: u32,
	sequence: u64,
	cumulative: u128,
	request: [u8; 32],
	receipts_root: [u8; 32],
) -> Signature {
	let payload = receipt_payload(
		&Batches::genesis_hash(),
		who,
		&Dave.to_account_id(),
		MODEL,
		epoch,
		sequence,
		cumulative,
		&request,
		&receipts_root,
	);
	Signature::Sr25519(keyring(who).pair().sign(&payload))
}

/// `count` calls of the payers in turn, each a little dearer than the model's price,
/// attributing the seeded accepted contributions 0..=3 and sometimes datanet 0, with scores
/// that vary from call to call.
fn served(count: u64, epoch: u32) -> Vec<ServedCall<AccountId>> {
	(0..count)
		.map(|i| {
			let payer = PAYERS[(i % 3) as usize].to_account_id();
			let first = 100_000_000 + (i * 7_919 % 300_000_000) as u32;
			let mut datanets = vec![];
			if i % 5 == 0 {
				datanets.push((0, 50_000_000));
			}
			ServedCall {
				payer,
				fee: OPEN / 10 + u128::from(i) * 1_000_003,
				request_hash: sp_io::hashing::blake2_256(&(epoch, i, "request").encode_to_vec()),
				output_hash: sp_io::hashing::blake2_256(&(epoch, i, "output").encode_to_vec()),
				contributions: vec![(i % 4, first), ((i + 1) % 4, 100_000_000)],
				datanets,
			}
		})
		.collect()
}

trait EncodeToVec {
	fn encode_to_vec(&self) -> Vec<u8>;
}
impl<T: codec::Encode> EncodeToVec for T {
	fn encode_to_vec(&self) -> Vec<u8> {
		self.encode()
	}
}

fn claims(plan: &BatchPlan<AccountId>, epoch: u32) -> Vec<PayerClaim<Runtime>> {
	plan.payers
		.iter()
		.map(|p| PayerClaim {
			payer: p.payer.clone(),
			sequence: p.calls,
			cumulative_fee: p.cumulative_fee,
			request_hash: H256(p.last_request),
			receipts_root: H256(p.receipts_root),
			signature: receipt(
				&p.payer,
				epoch,
				p.calls,
				p.cumulative_fee,
				p.last_request,
				p.receipts_root,
			),
		})
		.collect()
}

fn submit(plan: &BatchPlan<AccountId>, epoch: u32) {
	assert_ok!(Batches::submit_batch(
		signed(Dave),
		MODEL,
		epoch,
		bounded(claims(plan, epoch)),
		H256(plan.calls_root),
		BatchScores {
			contributions: bounded(plan.direct.clone()),
			datanets: bounded(plan.datanets.clone()),
			tail: plan.tail_weight,
		},
		H256(plan.tail_root),
		plan.tail.len() as u32,
	));
}

/// Reveal audit samples `samples` of batch `id` as Dave does, on their own, in one call (as
/// under a dispute).
fn reveal(plan: &BatchPlan<AccountId>, id: u64, samples: std::ops::Range<u32>) {
	if !samples.is_empty() {
		assert_ok!(Batches::reveal_records(signed(Dave), id, bounded(reveals(plan, id, samples))));
	}
}

/// The reveals of audit samples `samples` of batch `id`.
fn reveals(
	plan: &BatchPlan<AccountId>,
	id: u64,
	samples: std::ops::Range<u32>,
) -> Vec<RecordReveal<Runtime>> {
	let positions = Batches::audit_positions(id).expect("the seed block is past");
	samples
		.map(|sample| {
			let position = positions[sample as usize] as usize;
			let record = &plan.records[position];
			let proof = plan.record_proof(position).unwrap();
			let receipt_proof = plan.receipt_proof(position).unwrap();
			RecordReveal {
				sample,
				record: CallRecord {
					payer_index: record.payer_index,
					sequence: record.sequence,
					cumulative_fee: record.cumulative_fee,
					request_hash: H256(record.request_hash),
					output_hash: H256(record.output_hash),
					attribution_hash: H256(record.attribution_hash),
				},
				proof: bounded(proof.into_iter().map(H256).collect::<Vec<_>>()),
				receipt_proof: bounded(receipt_proof.into_iter().map(H256).collect::<Vec<_>>()),
			}
		})
		.collect()
}

/// Blocks until `n`.
fn run_to(n: u32) {
	while frame_system::Pallet::<Runtime>::block_number() < n {
		next_block();
	}
}

fn credits(who: Sr25519Keyring) -> Balance {
	pallet_rewards::Accounts::<Runtime>::get(who.to_account_id()).credits
}

/// The first block after `epoch`.
fn epoch_end(epoch: u32) -> u32 {
	(epoch + 1) * openledger_runtime::MINUTES
}

/// The payers open escrows with Dave, pay for `count` calls in epoch 0, and Dave submits
/// their batch (id 0) and reveals `samples` of its audit samples on their own; the calls and
/// the plan, within the dispute window.
fn audited(
	count: u64,
	samples: std::ops::Range<u32>,
) -> (Vec<ServedCall<AccountId>>, BatchPlan<AccountId>) {
	for payer in PAYERS {
		assert_ok!(Batches::open_escrow(signed(payer), Dave.to_account_id(), ESCROW));
	}
	let calls = served(count, 0);
	let plan = plan(&calls, 2).unwrap();
	run_to(epoch_end(0));
	submit(&plan, 0);
	run_to(epoch_end(0) + 3);
	reveal(&plan, 0, samples);
	(calls, plan)
}

/// Past batch 0's dispute window (ten blocks after its seed block): it may settle.
fn past_disputes() {
	run_to(epoch_end(0) + 2 + openledger_runtime::MINUTES + 1);
}

/// Past the block batch 0's samples were due by (ten blocks after its dispute window).
fn past_reveals() {
	run_to(epoch_end(0) + 2 + 2 * openledger_runtime::MINUTES + 1);
}

fn stake_of(who: Sr25519Keyring) -> Balance {
	pallet_inference::Providers::<Runtime>::get(who.to_account_id()).unwrap().stake
}

fn free(who: Sr25519Keyring) -> Balance {
	frame_system::Pallet::<Runtime>::account(who.to_account_id()).data.free
}

fn escrow_of(payer: Sr25519Keyring) -> pallet_batches::Escrow<Runtime> {
	pallet_batches::Escrows::<Runtime>::get(payer.to_account_id(), Dave.to_account_id()).unwrap()
}

#[test]
fn three_hundred_calls_settle_in_one_batch_and_pay_every_contributor_exactly() {
	development_ext().execute_with(|| {
		let before: Vec<Balance> = [Dave, Alice, Charlie, Eve].into_iter().map(credits).collect();
		let (calls, plan) = audited(300, 0..0);
		assert_eq!(plan.tail.len(), 2);
		let id = 0;
		let all = || bounded(reveals(&plan, id, 0..16));
		assert_noop!(
			Batches::settle_batch(signed(Dave), id, all()),
			pallet_batches::Error::<Runtime>::AuditNotOver
		);
		// Dave settles with the samples revealed in the same call.
		past_disputes();
		assert_ok!(Batches::settle_batch(signed(Dave), id, all()));
		for contribution in plan.tail.iter().map(|(c, _)| *c) {
			let (position, weight, proof) = plan.tail_proof(contribution).unwrap();
			assert_ok!(Batches::claim_tail(
				signed(Alice),
				id,
				position as u32,
				contribution,
				weight,
				bounded(proof.into_iter().map(H256).collect::<Vec<_>>()),
			));
		}

		// An independent computation from the calls themselves: fees, and each contribution's
		// fee-weighted score, its part of the 40% data side rounded down once.
		let fees: u128 = calls.iter().map(|c| c.fee).sum();
		let mut weights: BTreeMap<u64, u128> = BTreeMap::new();
		for call in &calls {
			for (c, ppb) in &call.contributions {
				*weights.entry(*c).or_default() += call.fee * u128::from(*ppb);
			}
		}
		let part = |c: u64| 400_000_000 * weights[&c] / (BILLION * BILLION);
		// Contributions 0 and 2 are Charlie's, 1 Dave's, 3 Eve's (the dev genesis).
		let expected = [fees * 20 / 100 + part(1), fees * 35 / 100, part(0) + part(2), part(3)];
		let after: Vec<Balance> = [Dave, Alice, Charlie, Eve].into_iter().map(credits).collect();
		for (i, who) in ["Dave", "Alice", "Charlie", "Eve"].iter().enumerate() {
			assert_eq!(after[i] - before[i], expected[i], "{who}'s credits");
		}
		// Each payer paid exactly its calls, out of its escrow.
		for payer in PAYERS {
			let paid: u128 =
				calls.iter().filter(|c| c.payer == payer.to_account_id()).map(|c| c.fee).sum();
			let escrow = escrow_of(payer);
			assert_eq!(escrow.amount, ESCROW - paid);
		}
		let totals = pallet_rewards::ModelTotals::<Runtime>::get(MODEL);
		assert!(totals.calls >= 300);
		check_invariants();
	});
}

#[test]
fn a_withheld_sample_voids_the_batch_and_the_payers_lose_nothing() {
	development_ext().execute_with(|| {
		let stake = stake_of(Dave);
		// Dave reveals 15 of 16 samples: the batch is void once the samples are due.
		let (_, plan) = audited(120, 0..15);
		past_disputes();
		assert_noop!(
			Batches::settle_batch(signed(Ferdie), 0, Default::default()),
			pallet_batches::Error::<Runtime>::AuditNotOver
		);
		past_reveals();
		assert_ok!(Batches::settle_batch(signed(Ferdie), 0, Default::default()));
		assert!(matches!(
			pallet_batches::Batches::<Runtime>::get(0).unwrap().status,
			BatchStatus::Void { .. }
		));
		let fees = plan.fees();
		assert_eq!(stake_of(Dave), stake - fees);
		for payer in PAYERS {
			let escrow = escrow_of(payer);
			assert_eq!(escrow.amount, ESCROW);
		}
		check_invariants();
	});
}

#[test]
fn a_payer_disputes_an_acknowledged_call_and_the_court_voids_the_batch() {
	development_ext().execute_with(|| {
		let stake = stake_of(Dave);
		let (calls, plan) = audited(60, 0..16);
		// Dave answered Ferdie's first call with an attribution the engine does not give, and
		// signed it: Ferdie's evidence.
		let call = &calls[0];
		assert_eq!(call.payer, Ferdie.to_account_id());
		let forged = [9u8; 32];
		let payload = ack_payload(
			&Batches::genesis_hash(),
			&Ferdie.to_account_id(),
			&Dave.to_account_id(),
			MODEL,
			0,
			1,
			&call.output_hash,
			&forged,
		);
		let payer_index =
			plan.payers.iter().position(|p| p.payer == Ferdie.to_account_id()).unwrap();
		let disputed = DisputedCall::Acknowledged {
			payer_index: payer_index as u32,
			sequence: 1,
			output_hash: H256(call.output_hash),
			attribution_hash: H256(forged),
			signature: Signature::Sr25519(Dave.pair().sign(&payload)),
		};
		// Ferdie disputes in the last block of the dispute window.
		run_to(epoch_end(0) + 2 + openledger_runtime::MINUTES);
		let before = free(Ferdie);
		assert_ok!(Batches::dispute_batch(
			signed(Ferdie),
			0,
			disputed,
			bounded(b"file:///answers/ferdie-1.json".to_vec())
		));
		let case = CaseSubject::BatchDispute(0).case().unwrap();
		// Every party: Dave, the three payers (Ferdie disputes), model 0's owner Alice, and
		// the contributors paid directly (Charlie, Dave, Eve in the dev genesis).
		let parties = court_case(case).parties.into_inner();
		for party in [Dave, Ferdie, Eve, Bob, Alice, Charlie] {
			assert!(parties.contains(&party.to_account_id()), "{party:?} is a party");
		}
		// Alice cannot hand the model (and the batch's royalty) to a juror meanwhile.
		assert_noop!(
			Models::transfer_ownership(signed(Alice), MODEL, Charlie.to_account_id().into()),
			pallet_models::Error::<Runtime>::UnderChallenge
		);
		past_disputes();
		assert_noop!(
			Batches::settle_batch(signed(Alice), 0, Default::default()),
			pallet_batches::Error::<Runtime>::UnderDispute
		);

		// The jury (the dev chain's genesis jurors, none of them a party) re-runs the call and
		// upholds the dispute.
		let jurors = draw_jury(case);
		assert!(jurors.iter().all(|juror| !parties.contains(juror)));
		vote(case, &jurors, true);
		finalize(case);

		// The batch is void: the payers keep their fees, Dave loses the whole fees and
		// reimburses Ferdie's jury fee, a tenth of the slash goes to Ferdie, whose bond
		// returns.
		assert!(matches!(
			pallet_batches::Batches::<Runtime>::get(0).unwrap().status,
			BatchStatus::Void { .. }
		));
		let fees = plan.fees();
		let jury_fee = pallet_court::Parameters::<Runtime>::get().unwrap().juror_fee * 3;
		assert_eq!(stake_of(Dave), stake - jury_fee - fees);
		assert_eq!(free(Ferdie), before + fees / 10);
		for payer in PAYERS {
			let escrow = escrow_of(payer);
			assert_eq!(escrow.amount, ESCROW);
		}
		assert_ok!(Models::transfer_ownership(
			signed(Alice),
			MODEL,
			Charlie.to_account_id().into()
		));
		check_invariants();
	});
}
