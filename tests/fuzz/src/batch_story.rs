//! The batch story: a payer's calls to the seeded provider settled as one batch, written as a
//! run of operations that can succeed: the escrow funded, a receipt signed for the epoch the
//! calls are in, blocks to the epoch's end, the batch submitted (its aggregated attribution and
//! tail tree planned by `openledger_formulas::plan`, as the provider daemon plans them), blocks
//! to the audit's seed, the samples revealed (or, now and then, withheld: the batch is then
//! void and the provider slashed), now and then a dispute of the batch, blocks past the reveal
//! and dispute windows, the settlement, and the tail's claims with their proofs.
//!
//! A batch holds one call, or several calls of which only the first is revealable: the seed of
//! the audit is a block hash the generator cannot know, so with one call every sample falls on
//! it, and with more some sample may fall on a call the story cannot reveal (the batch then is
//! void, which is the other path to cover).

use codec::Encode;
use frame_support::traits::Get;
use openledger_formulas::{batch, plan};
use openledger_runtime::{AccountId, Runtime, RuntimeCall, OPEN};
use pallet_batches::{CallRecord, PayerClaim, RecordReveal};
use sp_core::{sr25519, Pair, H256};
use sp_runtime::MultiSignature;

use crate::{
	generate::Rng,
	input::{EXTRINSIC_TAG, LONG_ADVANCE_TAG},
};

/// The seeded provider's index among the signers (Dave).
const PROVIDER: u8 = 3;

/// What the story needs to know of the chain as the generator writes it.
pub struct Chain<'a> {
	/// The signers, by index.
	pub signers: &'a [sr25519::Pair],
	/// The genesis hash receipts name.
	pub genesis: [u8; 32],
	/// The block that is open when the next operation applies.
	pub block: &'a mut u64,
	/// The id the next batch gets.
	pub next_batch: &'a mut u64,
	/// Contributions that exist (at least).
	pub contributions: u64,
}

fn extrinsic(out: &mut Vec<u8>, signer: u8, call: RuntimeCall) {
	out.extend([EXTRINSIC_TAG, signer]);
	call.encode_to(out);
}

/// Advance `blocks` blocks (in steps of at most 64).
fn advance(out: &mut Vec<u8>, chain: &mut Chain, mut blocks: u64) {
	while blocks > 0 {
		let step = blocks.min(64);
		out.extend([LONG_ADVANCE_TAG, (step - 1) as u8]);
		*chain.block += step;
		blocks -= step;
	}
}

fn signed(pair: &sr25519::Pair, message: &[u8]) -> MultiSignature {
	MultiSignature::Sr25519(crate::harness::sign_deterministically(pair, message))
}

/// Scores in parts per billion summing to at most 100%.
fn scores<Id: Copy + PartialEq>(rng: &mut Rng, ids: &[Id], most: u64) -> Vec<(Id, u32)> {
	let mut left = 1_000_000_000u64;
	let mut out: Vec<(Id, u32)> = Vec::new();
	for _ in 0..rng.below(most + 1) {
		let id = ids[rng.below(ids.len() as u64) as usize];
		if out.iter().any(|(i, _)| *i == id) {
			continue;
		}
		let score = rng.below(left / 2 + 1);
		left -= score;
		out.push((id, score as u32));
	}
	out
}

/// Writes one batch's story into `out`.
pub fn write(rng: &mut Rng, chain: &mut Chain, out: &mut Vec<u8>) {
	use pallet_batches::Call as Batches;
	let payer_index = rng.below(3) as u8;
	let payer_pair = &chain.signers[usize::from(payer_index)];
	let payer: AccountId = payer_pair.public().into();
	let provider: AccountId = chain.signers[usize::from(PROVIDER)].public().into();
	let model = rng.below(2) as u32;

	// The escrow: opened (refused when it exists) and topped up.
	let amount = OPEN * (1 + u128::from(rng.below(5)));
	extrinsic(out, payer_index, Batches::open_escrow { provider: provider.clone(), amount }.into());
	extrinsic(
		out,
		payer_index,
		Batches::top_up { provider: provider.clone(), amount: OPEN }.into(),
	);

	// The calls of this epoch, their records planned as the provider daemon plans them.
	let length = u64::from(<Runtime as pallet_batches::Config>::EpochLength::get());
	let epoch = batch::epoch_of(*chain.block, length);
	let contributions: Vec<u64> = (0..chain.contributions + 2).collect();
	let count = if rng.chance(70) { 1 } else { 2 + rng.below(2) };
	let calls: Vec<plan::ServedCall<AccountId>> = (0..count)
		.map(|_| plan::ServedCall {
			payer: payer.clone(),
			fee: OPEN / 1000 * (1 + u128::from(rng.below(100))) + u128::from(rng.below(997)),
			request_hash: H256::from_low_u64_be(rng.next_u64()).0,
			output_hash: H256::from_low_u64_be(rng.next_u64()).0,
			contributions: scores(rng, &contributions, 4),
			datanets: scores(rng, &[0u32, 1, 2], 2),
		})
		.collect();
	let Some(planned) = plan::plan(&calls, rng.below(3) as usize) else { return };
	let Some(totals) = planned.payers.first() else { return };
	let signature = signed(
		payer_pair,
		&batch::receipt_payload(
			&chain.genesis,
			&payer,
			&provider,
			model,
			epoch,
			totals.calls,
			totals.cumulative_fee,
			&totals.last_request,
			&totals.receipts_root,
		),
	);
	let claim = PayerClaim::<Runtime> {
		payer: payer.clone(),
		sequence: totals.calls,
		cumulative_fee: totals.cumulative_fee,
		request_hash: H256(totals.last_request),
		receipts_root: H256(totals.receipts_root),
		signature,
	};
	let Some(first) = planned.records.first() else { return };
	let path = |proof: Option<Vec<[u8; 32]>>| {
		proof
			.unwrap_or_default()
			.into_iter()
			.map(H256)
			.collect::<Vec<_>>()
			.try_into()
			.unwrap_or_default()
	};

	// The epoch ends; the provider submits.
	let epoch_end = (u64::from(epoch) + 1) * length;
	advance(out, chain, epoch_end.saturating_sub(*chain.block).max(1));
	let submit = Batches::submit_batch {
		model,
		epoch,
		claims: vec![claim].try_into().unwrap_or_default(),
		calls_root: H256(planned.calls_root),
		scores: openledger_primitives::BatchScores {
			contributions: planned.direct.clone().try_into().unwrap_or_default(),
			datanets: planned.datanets.clone().try_into().unwrap_or_default(),
			tail: planned.tail_weight,
		},
		tail_root: H256(planned.tail_root),
		tail_leaves: planned.tail.len() as u32,
	};
	extrinsic(out, PROVIDER, submit.into());
	let id = *chain.next_batch;
	*chain.next_batch += 1;

	// The audit's seed block passes; every sample falls on the first call when there is one.
	let delay = u64::from(<Runtime as pallet_batches::Config>::AuditDelay::get());
	advance(out, chain, delay + 1);
	let anyone = rng.below(12) as u8;
	let reveals: Option<Vec<RecordReveal<Runtime>>> = rng.chance(90).then(|| {
		let samples = <Runtime as pallet_batches::Config>::AuditSamples::get();
		(0..samples)
			.map(|sample| RecordReveal {
				sample,
				record: CallRecord {
					payer_index: first.payer_index,
					sequence: first.sequence,
					cumulative_fee: first.cumulative_fee,
					request_hash: H256(first.request_hash),
					output_hash: H256(first.output_hash),
					attribution_hash: H256(first.attribution_hash),
				},
				proof: path(planned.record_proof(0)),
				receipt_proof: path(planned.receipt_proof(0)),
			})
			.collect()
	});
	// Now and then someone disputes the batch's aggregate: the court's deadlines (`on_idle`)
	// draw, tally and close the case, its verdict reaches the batch through the runtime's
	// router, and settlement waits for it (refused as under dispute until then). A provider
	// under dispute reveals on its own, as the daemon does; otherwise half the time at
	// settlement, in the same call.
	let disputed = rng.chance(15);
	let at_settlement = !disputed && rng.chance(50);
	if let Some(reveals) = reveals.clone().filter(|_| !at_settlement) {
		let reveal =
			Batches::reveal_records { batch: id, reveals: reveals.try_into().unwrap_or_default() };
		extrinsic(out, anyone, reveal.into());
	}
	if disputed {
		let dispute = Batches::dispute_batch {
			batch: id,
			disputed: pallet_batches::DisputedCall::Aggregate,
			evidence_uri: Default::default(),
		};
		extrinsic(out, anyone, dispute.into());
	}

	// The dispute window passes: the provider settles, revealing the samples if it has not;
	// once they are due, anyone settles what is left (a batch short of a sample is void), and
	// the tail is claimed, leaf by leaf.
	let dispute_window = u64::from(<Runtime as pallet_batches::Config>::DisputeWindow::get());
	advance(out, chain, dispute_window + 1);
	let settle_reveals = reveals.filter(|_| at_settlement).unwrap_or_default();
	let settle =
		Batches::settle_batch { batch: id, reveals: settle_reveals.try_into().unwrap_or_default() };
	extrinsic(out, PROVIDER, settle.into());
	let reveal_window = u64::from(<Runtime as pallet_batches::Config>::RevealWindow::get());
	advance(out, chain, reveal_window);
	extrinsic(out, anyone, Batches::settle_batch { batch: id, reveals: Default::default() }.into());
	for (contribution, weight) in &planned.tail {
		let Some((position, _, proof)) = planned.tail_proof(*contribution) else { continue };
		let claim = Batches::claim_tail {
			batch: id,
			position: position as u32,
			contribution: *contribution,
			weight: *weight,
			proof: proof.into_iter().map(H256).collect::<Vec<_>>().try_into().unwrap_or_default(),
		};
		extrinsic(out, rng.below(12) as u8, claim.into());
	}
}
