//! What a paid call costs on chain, batched and per call, in the runtime's generated weights:
//! each path's extrinsics at their benchmarked weights plus the extrinsic base weight, against
//! a balance transfer (`transfer_keep_alive` plus the base: one transfer-equivalent, TE).
//! Printed by `benchmarks/batches/run.sh`.
//!
//! A batch of `N` calls from `P` payers, `K` contributions in its tail, `C` paid directly:
//! `submit_batch(P)` (at the most contributions and datanets: they cost nothing measurable);
//! `settle_batch` with the 16 samples revealed in the same call
//! (`settle_revealing(⌈log₂ N⌉)`, benchmarked at one payer with the smallest split: one
//! contribution, one pool; shown as the audit, its excess over `settle_batch(1)`, and
//! `settle_batch(P)`), plus what the rewards engine's slopes add for the rest of the split;
//! `close_batch`: three extrinsics; for the tail,
//! `K` × `claim_tail(⌈log₂ K⌉)`, paid by the claimants. A call on the per-call path:
//! `request_inference`, `submit_result(1, 1)` and its settlement, the split at one ancestor,
//! one contribution and one pool (as the throughput run charged it), or at the largest.

use frame_support::weights::Weight;
use openledger_runtime::{configs::RuntimeBlockWeights, Runtime};
use pallet_batches::WeightInfo as _;
use pallet_inference::WeightInfo as _;
use pallet_rewards::WeightInfo as _;

type Batches = pallet_batches::weights::SubstrateWeight<Runtime>;
type Inference = pallet_inference::weights::SubstrateWeight<Runtime>;
type Rewards = pallet_rewards::weights::SubstrateWeight<Runtime>;

fn base() -> Weight {
	RuntimeBlockWeights::get().get(frame_support::dispatch::DispatchClass::Normal).base_extrinsic
}

fn transfer() -> Weight {
	use pallet_balances::WeightInfo as _;
	openledger_runtime::weights::pallet_balances::WeightInfo::<Runtime>::transfer_keep_alive()
		+ base()
}

fn height(n: u64) -> u32 {
	64 - n.saturating_sub(1).leading_zeros()
}

/// The split of a batch: the seeded RAG model's (no ancestor, `direct` contributions paid
/// directly, its 2 training datanets' pools), or the largest the bounds allow.
#[derive(Clone, Copy)]
enum Split {
	Seeded { direct: u32 },
	Largest,
}

/// The parts of a batch's on-chain weight: submission, audit, settlement (with the smallest
/// split), the rest of the split, closing, the extrinsics' base weights; and one tail claim.
fn parts(calls: u64, payers: u32, tail: u64, split: Split) -> [(&'static str, Weight); 6] {
	let smallest = Rewards::settle(0, 1, 1);
	let rest = match split {
		Split::Seeded { direct } => Rewards::settle(0, direct.max(1), 2),
		Split::Largest => Rewards::settle(8, 32, 32),
	};
	[
		("submit", Batches::submit_batch(payers)),
		(
			"audit (revealed at settlement)",
			Batches::settle_revealing(height(calls)).saturating_sub(Batches::settle_batch(1)),
		),
		("settle (smallest split)", Batches::settle_batch(payers)),
		("rest of the split", rest.saturating_sub(smallest)),
		(
			"close + bases (3 extrinsics)",
			Batches::close_batch(tail.div_ceil(128) as u32) + base() * 3,
		),
		("one claim", Batches::claim_tail(height(tail)) + base()),
	]
}

/// The on-chain weight of a batch of `calls` calls from `payers` payers with `tail`
/// contributions in its tail, every claim included when `claims`.
fn batch(calls: u64, payers: u32, tail: u64, split: Split, claims: bool) -> Weight {
	let parts = parts(calls, payers, tail, split);
	let mut weight = parts.iter().take(5).fold(Weight::zero(), |sum, (_, w)| sum + *w);
	if claims {
		weight += parts[5].1 * tail;
	}
	weight
}

fn per_call_path(largest: bool) -> Weight {
	let split = if largest { Rewards::settle(8, 32, 32) } else { Rewards::settle(1, 1, 1) };
	Inference::request_inference()
		+ Inference::submit_result(1, 1)
		+ Inference::settle()
		+ split
		+ base() * 3
}

fn main() {
	let te = transfer().ref_time() as f64;
	let block = RuntimeBlockWeights::get()
		.get(frame_support::dispatch::DispatchClass::Normal)
		.max_total
		.unwrap_or_default()
		.ref_time() as f64;
	let secs = openledger_runtime::MILLI_SECS_PER_BLOCK as f64 / 1000.0;
	println!(
		"one transfer (TE): {:.1} µs of weight; the normal class holds {:.0} ms per {secs} s block",
		te / 1e6,
		block / 1e9
	);
	println!();
	println!(
		"| path | calls | payers | tail | weight per call | TE per call | calls/s by weight |"
	);
	println!("|---|---|---|---|---|---|---|");
	let row = |name: &str, calls: u64, payers: String, tail: String, weight: Weight| {
		let per_call = weight.ref_time() as f64 / calls as f64;
		println!(
			"| {name} | {calls} | {payers} | {tail} | {:.2} µs | {:.4} | {:.0} |",
			per_call / 1e6,
			per_call / te,
			block / per_call / secs
		);
	};
	for (calls, payers, tail) in [
		(1_000, 1, 100),
		(1_000, 10, 100),
		(1_000, 64, 1_000),
		(10_000, 10, 1_000),
		(10_000, 64, 10_000),
		(100_000, 64, 10_000),
	] {
		let (p, t) = (payers.to_string(), tail.to_string());
		for direct in [1, 8, 32] {
			row(
				&format!("batched, seeded split, {direct} paid directly"),
				calls,
				p.clone(),
				t.clone(),
				batch(calls, payers, tail, Split::Seeded { direct }, false),
			);
		}
		row(
			"batched, largest split reserved",
			calls,
			p.clone(),
			t.clone(),
			batch(calls, payers, tail, Split::Largest, false),
		);
		row(
			"batched, seeded split (8 direct), every tail claim",
			calls,
			p,
			t,
			batch(calls, payers, tail, Split::Seeded { direct: 8 }, true),
		);
	}
	row("per call, split 1/1/1", 1, "1".into(), "-".into(), per_call_path(false));
	row("per call, largest split", 1, "1".into(), "-".into(), per_call_path(true));
	println!();
	for payers in [1, 10] {
		println!();
		println!(
			"A batch of 1,000 calls from {payers} payers, 100 in the tail, the seeded model's split with 8 paid directly:"
		);
		for (name, weight) in parts(1_000, payers, 100, Split::Seeded { direct: 8 }) {
			println!(
				"  {name}: {:.0} µs = {:.1} TE",
				weight.ref_time() as f64 / 1e6,
				weight.ref_time() as f64 / te
			);
		}
		let fixed = batch(1, payers, 100, Split::Seeded { direct: 8 }, false).ref_time() as f64;
		println!(
			"calls per batch ({payers} payers) for 0.01 TE per call: {:.0}",
			fixed / (0.01 * te)
		);
	}
	println!();
	// A dispute is the exception, paid by its challenger (opening) and charged to the court's
	// closing (the verdict): not part of a batch's cost per call.
	use openledger_primitives::{ChallengeCourt, ChallengeVerdicts};
	let open_case = <openledger_runtime::Court as ChallengeCourt<_>>::open_case_weight();
	let verdict = <openledger_runtime::Batches as ChallengeVerdicts<_, _>>::apply_verdict_weight(4);
	for (name, weight) in [
		(
			"dispute of a record (a tree of 2^20 calls), with the court's case",
			Batches::dispute_record(20) + open_case + base(),
		),
		(
			"dispute of an acknowledged call, with the court's case",
			Batches::dispute_acknowledged() + open_case + base(),
		),
		("an upheld verdict (64 payers' claims released, 4 jury fees reimbursed)", verdict),
	] {
		println!(
			"  {name}: {:.0} µs = {:.1} TE",
			weight.ref_time() as f64 / 1e6,
			weight.ref_time() as f64 / te
		);
	}
}
