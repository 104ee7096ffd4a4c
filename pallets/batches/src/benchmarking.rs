//! Benchmarks of every call at the worst case of each bound.
#![allow(clippy::arithmetic_side_effects, clippy::indexing_slicing)]

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	assert_ok,
	traits::{fungible::Mutate, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use openledger_formulas::{batch as formulas, merkle};
use openledger_primitives::{
	setup, BatchScores, ChallengeCourt, ContributionId, InferenceRewards, ModelId, ModelsInspect,
	ProviderStakes,
};
use sp_core::H256;
use sp_runtime::traits::{Hash, UniqueSaturatedFrom, UniqueSaturatedInto};

type Helper<T> = <T as Config>::BenchmarkHelper;

/// `value`, or a panic naming the setup `step` that did not produce it.
fn must<V>(step: &str, value: Option<V>) -> V {
	setup(step, value.ok_or("nothing"))
}

/// The stored batch `id`.
fn stored<T: Config>(id: u64) -> Batch<T> {
	must("read the batch", Batches::<T>::get(id))
}

/// Change the stored batch `id`.
fn change<T: Config>(id: u64, f: impl FnOnce(&mut Batch<T>)) {
	Batches::<T>::mutate(id, |batch| {
		if let Some(batch) = batch.as_mut() {
			f(batch)
		}
	});
}

/// A funded account.
fn funded<T: Config>(who: &T::AccountId) {
	let deposits = T::BatchDeposit::get() + T::EscrowDeposit::get() + fee::<T>();
	T::Currency::set_balance(who, deposits * 1_000u32.into());
}

fn fee<T: Config>() -> BalanceOf<T> {
	BalanceOf::<T>::unique_saturated_from(1_000_000_000_000u128)
}

/// `payers` signers, each with an escrow of `fee` with a new provider of a new model with
/// `contributions` contributions; the provider, the model, the payers and the contributions.
fn escrows<T: Config>(
	payers: u32,
	contributions: u32,
) -> (T::AccountId, ModelId, Vec<T::AccountId>, Vec<ContributionId>) {
	escrows_on::<T>(payers, contributions, 0)
}

/// As [`escrows`], on a model with `depth` ancestors.
fn escrows_on<T: Config>(
	payers: u32,
	contributions: u32,
	depth: u32,
) -> (T::AccountId, ModelId, Vec<T::AccountId>, Vec<ContributionId>) {
	let (model, contributions) = Helper::<T>::model_with_contributions(contributions.max(1), depth);
	let stake = fee::<T>() * (payers.max(1) * 2).into();
	let provider = T::Providers::provider_serving(model, stake, 0);
	funded::<T>(&provider);
	let payers: Vec<T::AccountId> = (0..payers)
		.map(|seed| {
			let payer = Helper::<T>::signer(seed);
			funded::<T>(&payer);
			assert_ok!(Pallet::<T>::do_open_escrow(&payer, &provider, fee::<T>()));
			payer
		})
		.collect();
	(provider, model, payers, contributions)
}

/// The first block after epoch 0, where its batches may be submitted.
fn after_epoch<T: Config>() {
	let (start, _) = Pallet::<T>::submission_bounds(0);
	frame_system::Pallet::<T>::set_block_number(start);
}

/// Each payer's signed claim of one call of `fee` in epoch 0.
fn claims<T: Config>(
	provider: &T::AccountId,
	model: ModelId,
	payers: &[T::AccountId],
) -> BoundedVec<PayerClaim<T>, T::MaxPayers> {
	let claims: Vec<PayerClaim<T>> = payers
		.iter()
		.map(|payer| {
			let request_hash = H256::repeat_byte(7);
			let paid: u128 = UniqueSaturatedInto::<u128>::unique_saturated_into(fee::<T>());
			let receipts_root = H256(merkle::root(&[formulas::receipt_leaf(
				1,
				paid,
				request_hash.as_fixed_bytes(),
			)]));
			PayerClaim {
				payer: payer.clone(),
				sequence: 1,
				cumulative_fee: fee::<T>(),
				request_hash,
				receipts_root,
				signature: signed::<T>(
					payer,
					provider,
					model,
					1,
					paid,
					request_hash,
					receipts_root,
				),
			}
		})
		.collect();
	claims.try_into().unwrap_or_default()
}

/// `payer`'s signature of its receipt of call `sequence` with `provider` on `model` in epoch
/// 0.
fn signed<T: Config>(
	payer: &T::AccountId,
	provider: &T::AccountId,
	model: ModelId,
	sequence: u64,
	cumulative_fee: u128,
	request_hash: H256,
	receipts_root: H256,
) -> T::Signature {
	let payload = formulas::receipt_payload(
		&Pallet::<T>::genesis_hash(),
		payer,
		provider,
		model,
		0,
		sequence,
		cumulative_fee,
		request_hash.as_fixed_bytes(),
		receipts_root.as_fixed_bytes(),
	);
	Helper::<T>::sign(payer, &payload)
}

/// Scores naming `contributions` directly and `datanets` datanets, within the fees of
/// `payers` calls.
fn scores<T: Config>(contributions: &[ContributionId], datanets: u32) -> ScoresOf<T> {
	BatchScores {
		contributions: contributions
			.iter()
			.map(|c| (*c, 1_000u128))
			.collect::<Vec<_>>()
			.try_into()
			.unwrap_or_default(),
		datanets: (0..datanets)
			.map(|d| (d, 1_000u128))
			.collect::<Vec<_>>()
			.try_into()
			.unwrap_or_default(),
		tail: 1_000,
	}
}

/// A submitted batch of one call per payer, in audit, with the seed block passed and known:
/// its id, provider and contributions.
fn submitted<T: Config>(
	payers: u32,
	contributions: u32,
) -> (u64, T::AccountId, Vec<ContributionId>) {
	let (provider, model, payer_list, contributions) = escrows::<T>(payers, contributions);
	after_epoch::<T>();
	let claims = claims::<T>(&provider, model, &payer_list);
	let direct: Vec<ContributionId> =
		contributions.iter().copied().take(max_direct::<T>() as usize).collect();
	assert_ok!(Pallet::<T>::do_submit_batch(
		&provider,
		model,
		0,
		claims,
		H256::repeat_byte(1),
		scores::<T>(&direct, 0),
		H256::repeat_byte(2),
		1,
	));
	let id = NextBatchId::<T>::get() - 1;
	(id, provider, contributions)
}

/// A batch of one payer's `2^h` calls in audit, its seed block just passed and known, one
/// contribution paid directly (the smallest split, as [`submitted`]), and the honest reveal of
/// each of its samples: every path `h` siblings long (in the tree of calls and in the payer's
/// tree of receipts). Its id, provider and the reveals.
fn revealable<T: Config>(h: u32) -> (u64, T::AccountId, BoundedVec<RecordReveal<T>, MaxSamples>) {
	let (provider, model, payers, contributions) = escrows::<T>(1, 1);
	after_epoch::<T>();
	let payer = payers[0].clone();
	// The records sit at distinct positions (samples falling on one position share a record).
	let calls: u64 = 1u64 << h;
	let claims = claims::<T>(&provider, model, &payers);
	assert_ok!(Pallet::<T>::do_submit_batch(
		&provider,
		model,
		0,
		claims,
		H256::zero(),
		scores::<T>(&contributions[..1], 0),
		H256::repeat_byte(2),
		1,
	));
	let id = NextBatchId::<T>::get() - 1;
	let BatchStatus::Audit { seed_at, .. } = stored::<T>(id).status else {
		panic!("batch not in audit")
	};
	frame_system::BlockHash::<T>::insert(seed_at, T::Hashing::hash(b"seed"));
	frame_system::Pallet::<T>::set_block_number(seed_at + 1u32.into());
	let seed = must("the audit seed", Pallet::<T>::audit_seed(id, seed_at));
	let cumulative = fee::<T>();
	let paid: u128 = UniqueSaturatedInto::<u128>::unique_saturated_into(cumulative);
	let request_hash = H256::repeat_byte(9);
	let leaf_at = |sequence: u64| {
		formulas::call_record_leaf(
			&payer,
			sequence,
			paid,
			request_hash.as_fixed_bytes(),
			H256::repeat_byte(3).as_fixed_bytes(),
			H256::repeat_byte(4).as_fixed_bytes(),
		)
	};
	let samples = T::AuditSamples::get();
	let positions: Vec<u64> =
		(0..samples).map(|s| formulas::audit_position(&seed, s, calls)).collect();
	// A tree of 2^h leaves whose sampled leaves are real records and the rest fillers; the
	// payer's tree of receipts likewise (its root is what the payer signed at submission).
	let (root, proofs) = sparse_tree(h, &positions, &leaf_at);
	let receipt_at =
		|sequence: u64| formulas::receipt_leaf(sequence, paid, request_hash.as_fixed_bytes());
	let (receipts_root, receipt_proofs) = sparse_tree(h, &positions, &receipt_at);
	change::<T>(id, |batch| {
		batch.calls = calls;
		batch.calls_root = H256(root);
		batch.payers[0].calls = calls;
		batch.payers[0].receipts_root = H256(receipts_root);
	});
	let path = |proofs: &[Vec<[u8; 32]>], sample: u32| -> BoundedVec<H256, T::MaxProofLength> {
		let path = proofs[sample as usize].iter().copied().map(H256).collect::<Vec<_>>();
		must("a path", path.try_into().ok())
	};
	let reveals: Vec<RecordReveal<T>> = (0..samples)
		.map(|sample| RecordReveal {
			sample,
			record: CallRecord {
				payer_index: 0,
				sequence: positions[sample as usize] + 1,
				cumulative_fee: cumulative,
				request_hash,
				output_hash: H256::repeat_byte(3),
				attribution_hash: H256::repeat_byte(4),
			},
			proof: path(&proofs, sample),
			receipt_proof: path(&receipt_proofs, sample),
		})
		.collect();
	(id, provider, must("the reveals", reveals.try_into().ok()))
}

fn max_direct<T: Config>() -> u32 {
	<T::Rewards as InferenceRewards<T::AccountId, T::Currency>>::MaxAttributedContributions::get()
}

fn max_datanets<T: Config>() -> u32 {
	<T::Rewards as InferenceRewards<T::AccountId, T::Currency>>::MaxAttributedDatanets::get()
}

/// Move past `batch`'s reveal and dispute windows, recording the seed block's hash.
fn past_reveal<T: Config>(id: u64) {
	let BatchStatus::Audit { reveal_by, seed_at, .. } = stored::<T>(id).status else {
		panic!("batch not in audit")
	};
	frame_system::BlockHash::<T>::insert(seed_at, T::Hashing::hash(b"seed"));
	let past = reveal_by.max(Pallet::<T>::dispute_deadline(reveal_by)) + 1u32.into();
	frame_system::Pallet::<T>::set_block_number(past);
}

/// Every escrow closed, as if its payer had withdrawn it: a void batch then pays the fees back
/// to the payers themselves, its heaviest refund.
fn without_escrows<T: Config>() {
	let _ = Escrows::<T>::clear(u32::MAX, None);
}

/// Mark every sample of `id` revealed.
fn all_revealed<T: Config>(id: u64) {
	change::<T>(id, |batch| {
		if let BatchStatus::Audit { revealed, .. } = &mut batch.status {
			*revealed = u32::MAX;
		}
	});
}

/// A sibling list of length `h`.
fn siblings(h: u32) -> Vec<[u8; 32]> {
	(0..h).map(|i| [i as u8; 32]).collect()
}

/// The root of a tree of `2^h` leaves in which the leaves at `positions` are
/// `leaf_at(position + 1)` and every other leaf is a filler, and the proof of each of
/// `positions`: computed over the nodes the positions need only, not all `2^h` leaves.
fn sparse_tree(
	h: u32,
	positions: &[u64],
	leaf_at: &dyn Fn(u64) -> [u8; 32],
) -> ([u8; 32], Vec<Vec<[u8; 32]>>) {
	use alloc::collections::btree_map::BTreeMap;
	// The node of an all-filler subtree of each height.
	let mut filler = vec![merkle::leaf_node(&[0u8; 32])];
	for level in 0..h as usize {
		filler.push(merkle::inner_node(&filler[level], &filler[level]));
	}
	let mut level: BTreeMap<u64, [u8; 32]> =
		positions.iter().map(|p| (*p, merkle::leaf_node(&leaf_at(p + 1)))).collect();
	let mut proofs: Vec<Vec<[u8; 32]>> = vec![Vec::new(); positions.len()];
	for (height, filler) in filler.iter().enumerate().take(h as usize) {
		for (i, position) in positions.iter().enumerate() {
			let index = position >> height;
			let sibling = level.get(&(index ^ 1)).copied().unwrap_or(*filler);
			proofs[i].push(sibling);
		}
		let mut next = BTreeMap::new();
		for (index, node) in level.iter() {
			let sibling = level.get(&(index ^ 1)).copied().unwrap_or(*filler);
			let parent = if index % 2 == 0 {
				merkle::inner_node(node, &sibling)
			} else {
				merkle::inner_node(&sibling, node)
			};
			next.insert(index / 2, parent);
		}
		level = next;
	}
	let root = level.get(&0).copied().unwrap_or(filler[h as usize]);
	(root, proofs)
}

/// The most ancestors a model has.
fn max_depth<T: Config>() -> u32 {
	<T::Models as ModelsInspect<T::AccountId, BalanceOf<T>>>::MaxLineageDepth::get()
}

/// The shortest proof a batch of the most payers has: `⌈log2(MaxPayers)⌉`.
fn min_height<T: Config>() -> u32 {
	T::MaxPayers::get().max(1).next_power_of_two().ilog2()
}

/// A batch of the most payers (one call each) on a model of the deepest lineage, naming the
/// most contributions directly, as many of them as can be at the party threshold: every
/// party a dispute can have. Its id and provider.
fn disputable<T: Config>() -> (u64, T::AccountId) {
	let payers = T::MaxPayers::get();
	let (provider, model, payer_list, contributions) =
		escrows_on::<T>(payers, max_direct::<T>(), max_depth::<T>());
	after_epoch::<T>();
	let claims = claims::<T>(&provider, model, &payer_list);
	let direct: Vec<ContributionId> =
		contributions.iter().copied().take(max_direct::<T>() as usize).collect();
	// Each of the first `1 / threshold − 1` contributions at the threshold, the rest at
	// nearly nothing: within the fees, and the most contributors who are parties.
	let fees: u128 =
		UniqueSaturatedInto::<u128>::unique_saturated_into(fee::<T>()) * payers as u128;
	let threshold = T::MinPartyScore::get().deconstruct().max(1);
	let at_threshold = (1_000_000_000 / threshold).saturating_sub(1) as usize;
	let mut scores = scores::<T>(&direct, max_datanets::<T>());
	for (i, (_, weight)) in scores.contributions.iter_mut().enumerate() {
		*weight = if i < at_threshold { threshold as u128 * fees } else { 1 };
	}
	assert_ok!(Pallet::<T>::do_submit_batch(
		&provider,
		model,
		0,
		claims,
		H256::repeat_byte(1),
		scores,
		H256::repeat_byte(2),
		1,
	));
	(NextBatchId::<T>::get() - 1, provider)
}

/// A funded challenger able to advance the first jury's fee.
fn challenger<T: Config>() -> T::AccountId {
	let who: T::AccountId = account("challenger", 0, 0);
	T::Currency::set_balance(&who, T::DisputeBond::get() * 1_000u32.into() + fee::<T>());
	who
}

/// The longest evidence URI the court takes.
fn longest_uri<T: Config>() -> BoundedVec<u8, MaxUriLengthOf<T>> {
	let length = <T::Court as ChallengeCourt<T::AccountId>>::MaxUriLength::get();
	BoundedVec::truncate_from(vec![b'u'; length as usize])
}

/// A batch of the most payers disputed through the real path (the court opened its case):
/// its case id. For the court's benchmarks, which apply a verdict to it.
pub(crate) fn disputed_batch<T: Config>(_seed: u32) -> u64 {
	let (id, _) = disputable::<T>();
	let dispute = NextDisputeId::<T>::get();
	setup(
		"dispute the batch",
		Pallet::<T>::do_dispute_batch(
			&challenger::<T>(),
			id,
			DisputedCall::Aggregate,
			longest_uri::<T>(),
		),
	);
	must("the case id", openledger_primitives::CaseSubject::BatchDispute(dispute).case())
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn open_escrow() {
		let payer = Helper::<T>::signer(0);
		funded::<T>(&payer);
		let provider: T::AccountId = account("provider", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(payer.clone()), provider.clone(), fee::<T>());
		assert!(Escrows::<T>::contains_key(&payer, &provider));
	}

	#[benchmark]
	fn top_up() {
		let payer = Helper::<T>::signer(0);
		funded::<T>(&payer);
		let provider: T::AccountId = account("provider", 0, 0);
		assert_ok!(Pallet::<T>::do_open_escrow(&payer, &provider, fee::<T>()));
		#[extrinsic_call]
		_(RawOrigin::Signed(payer.clone()), provider.clone(), fee::<T>());
		assert_eq!(
			Escrows::<T>::get(&payer, &provider).map(|e| e.amount),
			Some(fee::<T>() * 2u32.into())
		);
	}

	#[benchmark]
	fn request_unlock() {
		let payer = Helper::<T>::signer(0);
		funded::<T>(&payer);
		let provider: T::AccountId = account("provider", 0, 0);
		assert_ok!(Pallet::<T>::do_open_escrow(&payer, &provider, fee::<T>()));
		#[extrinsic_call]
		_(RawOrigin::Signed(payer.clone()), provider.clone());
		assert!(Escrows::<T>::get(&payer, &provider).is_some_and(|e| e.unlock.is_some()));
	}

	#[benchmark]
	fn withdraw() {
		let payer = Helper::<T>::signer(0);
		funded::<T>(&payer);
		let provider: T::AccountId = account("provider", 0, 0);
		assert_ok!(Pallet::<T>::do_open_escrow(&payer, &provider, fee::<T>()));
		assert_ok!(Pallet::<T>::do_request_unlock(&payer, &provider));
		frame_system::Pallet::<T>::set_block_number(T::UnlockDelay::get() + 1u32.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(payer.clone()), provider.clone());
		assert!(!Escrows::<T>::contains_key(&payer, &provider));
	}

	/// `p` payers, with the most contributions paid directly and the most datanets scored:
	/// their checks cost nothing measurable next to a payer's signature (a run with them as
	/// components fitted zero slopes), so they are fixed at their bounds. The provider's stake
	/// (`Config::Providers`) and the split terms (`Config::Rewards`) are the runtime's own,
	/// measured here with the rest.
	#[benchmark]
	fn submit_batch(p: Linear<1, { T::MaxPayers::get() }>) {
		let (c, d) = (max_direct::<T>(), max_datanets::<T>());
		let (provider, model, payers, contributions) = escrows::<T>(p, c);
		after_epoch::<T>();
		let claims = claims::<T>(&provider, model, &payers);
		let scores = scores::<T>(&contributions[..c as usize], d);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(provider.clone()),
			model,
			0,
			claims,
			H256::repeat_byte(1),
			scores,
			H256::repeat_byte(2),
			1,
		);
		assert!(BatchOf::<T>::contains_key((&provider, model, 0)));
	}

	/// Every sample of the audit revealed in one call, each path `h` siblings long in the tree
	/// of calls and in the payer's tree of receipts. A reveal costs a hash per sibling: charged
	/// by the longest path at the runtime's number of samples, the weight is exact for the
	/// provider's reveal of them all, and bounds any other.
	#[benchmark]
	fn reveal_records(h: Linear<0, { T::MaxProofLength::get() }>) {
		let (id, provider, reveals) = revealable::<T>(h);
		let samples = reveals.len() as u32;
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id, reveals);
		let BatchStatus::Audit { revealed, .. } = stored::<T>(id).status else {
			panic!("batch not in audit")
		};
		assert_eq!(revealed.count_ones(), samples);
	}

	/// The provider's settlement: every sample revealed in the call (paths `h` siblings long),
	/// then the smallest split, one payer. A settlement with `p` payers adds
	/// `settle_batch(p) − settle_batch(1)`, a larger split what the rewards engine prices.
	#[benchmark]
	fn settle_revealing(h: Linear<0, { T::MaxProofLength::get() }>) {
		let (id, provider, reveals) = revealable::<T>(h);
		let BatchStatus::Audit { reveal_by, .. } = stored::<T>(id).status else {
			panic!("batch not in audit")
		};
		frame_system::Pallet::<T>::set_block_number(
			Pallet::<T>::dispute_deadline(reveal_by) + 1u32.into(),
		);
		#[extrinsic_call]
		settle_batch(RawOrigin::Signed(provider), id, reveals);
		assert!(matches!(stored::<T>(id).status, BatchStatus::Settled { .. }));
	}

	/// Settled with `p` payers (settlement does nothing per payer, but reads and rewrites the
	/// batch's record, which grows with them) and the smallest split: no ancestor, one
	/// contribution, one pool. The rewards engine prices a larger split beyond it.
	#[benchmark]
	fn settle_batch(p: Linear<1, { T::MaxPayers::get() }>) {
		let (id, provider, _) = submitted::<T>(p, 1);
		all_revealed::<T>(id);
		past_reveal::<T>(id);
		#[extrinsic_call]
		settle_batch(RawOrigin::Signed(provider), id, BoundedVec::new());
		assert!(matches!(stored::<T>(id).status, BatchStatus::Settled { .. }));
	}

	#[benchmark]
	/// Every payer's escrow withdrawn meanwhile: each fee goes back to the payer itself (a
	/// transfer, not an escrow's update).
	fn void_batch(p: Linear<1, { T::MaxPayers::get() }>) {
		let (id, provider, _) = submitted::<T>(p, 0);
		past_reveal::<T>(id);
		without_escrows::<T>();
		#[extrinsic_call]
		settle_batch(RawOrigin::Signed(provider), id, BoundedVec::new());
		assert!(matches!(stored::<T>(id).status, BatchStatus::Void { .. }));
	}

	#[benchmark]
	fn claim_tail(h: Linear<0, { T::MaxProofLength::get() }>) {
		let (id, provider, contributions) = submitted::<T>(1, 1);
		all_revealed::<T>(id);
		past_reveal::<T>(id);
		assert_ok!(Pallet::<T>::do_settle_batch(id, &[]));
		// The tail: 2^h leaves, the claimed one's path leading to the stored root.
		let leaves: u64 = 1u64 << h;
		let contribution = contributions[0];
		let weight = 1_000u128;
		let leaf = formulas::tail_leaf(contribution, weight);
		let position = leaves - 1;
		let path = siblings(h);
		let root = must(
			"the root",
			merkle::root_from_proof::<merkle::Portable, _>(leaves, position, &leaf, &path),
		);
		change::<T>(id, |batch| {
			batch.tail_root = H256(root);
			batch.tail_leaves = leaves as u32;
		});
		let proof: BoundedVec<H256, T::MaxProofLength> =
			must("the proof", path.into_iter().map(H256).collect::<Vec<_>>().try_into().ok());
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id, position as u32, contribution, weight, proof);
		assert_eq!(TailClaimed::<T>::get(id, (position / 128) as u32).count_ones(), 1);
	}

	#[benchmark]
	fn close_batch(w: Linear<0, { Pallet::<T>::max_claim_chunks() }>) {
		let (id, provider, _) = submitted::<T>(1, 1);
		all_revealed::<T>(id);
		past_reveal::<T>(id);
		assert_ok!(Pallet::<T>::do_settle_batch(id, &[]));
		for chunk in 0..w {
			TailClaimed::<T>::insert(id, chunk, 1u128);
		}
		let BatchStatus::Settled { claims_until, .. } = stored::<T>(id).status else {
			panic!("batch not settled")
		};
		let (_, window_end) = Pallet::<T>::submission_bounds(0);
		frame_system::Pallet::<T>::set_block_number(claims_until.max(window_end));
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id);
		assert!(!Batches::<T>::contains_key(id));
	}

	/// A record of a batch with every party at the end of a tree of `2^h` calls (the deepest
	/// path to check).
	#[benchmark]
	fn dispute_record(h: Linear<{ min_height::<T>() }, { T::MaxProofLength::get() }>) {
		let (id, _) = disputable::<T>();
		let batch = stored::<T>(id);
		let last = batch.payers.len() - 1;
		// The last payer's calls fill the tree to 2^h; its last call is disputed.
		let calls: u64 = 1u64 << h;
		let own = calls - last as u64;
		let payer = batch.payers[last].clone();
		let record = CallRecord {
			payer_index: last as u32,
			sequence: own,
			cumulative_fee: payer.fee,
			request_hash: H256::repeat_byte(3),
			output_hash: H256::repeat_byte(4),
			attribution_hash: H256::repeat_byte(5),
		};
		let leaf = formulas::call_record_leaf(
			&payer.payer,
			own,
			UniqueSaturatedInto::<u128>::unique_saturated_into(payer.fee),
			record.request_hash.as_fixed_bytes(),
			record.output_hash.as_fixed_bytes(),
			record.attribution_hash.as_fixed_bytes(),
		);
		let path = siblings(h);
		let root = must(
			"the root",
			merkle::root_from_proof::<merkle::Portable, _>(calls, calls - 1, &leaf, &path),
		);
		change::<T>(id, |batch| {
			batch.calls = calls;
			batch.calls_root = H256(root);
			batch.payers[last].calls = own;
		});
		let proof: BoundedVec<H256, T::MaxProofLength> =
			must("the proof", path.into_iter().map(H256).collect::<Vec<_>>().try_into().ok());
		let who = challenger::<T>();
		#[extrinsic_call]
		dispute_batch(
			RawOrigin::Signed(who),
			id,
			DisputedCall::Record { record, proof },
			longest_uri::<T>(),
		);
		assert_eq!(OpenDisputes::<T>::get(id), 1);
	}

	/// A call its provider acknowledged, in a batch with every party: the provider's
	/// signature checked.
	#[benchmark]
	fn dispute_acknowledged() {
		let (id, _) = disputable::<T>();
		// The acknowledgement must be signed by the batch's provider: a signer's key.
		let signer = Helper::<T>::signer(u32::MAX);
		change::<T>(id, |batch| batch.provider = signer.clone());
		let batch = stored::<T>(id);
		let payer = batch.payers[0].payer.clone();
		let (output_hash, attribution_hash) = (H256::repeat_byte(4), H256::repeat_byte(5));
		let payload = formulas::ack_payload(
			&Pallet::<T>::genesis_hash(),
			&payer,
			&signer,
			batch.model,
			batch.epoch,
			1,
			output_hash.as_fixed_bytes(),
			attribution_hash.as_fixed_bytes(),
		);
		let disputed = DisputedCall::Acknowledged {
			payer_index: 0,
			sequence: 1,
			output_hash,
			attribution_hash,
			signature: Helper::<T>::sign(&signer, &payload),
		};
		let who = challenger::<T>();
		#[extrinsic_call]
		dispute_batch(RawOrigin::Signed(who), id, disputed, longest_uri::<T>());
		assert_eq!(OpenDisputes::<T>::get(id), 1);
	}

	/// An upheld dispute of a batch of `p` payers (each one's claim released), the provider's
	/// stake reimbursing `o` arbitration fees (at most one per jury of a case: the runtime's
	/// court has 4).
	#[benchmark]
	fn resolve_dispute(p: Linear<1, { T::MaxPayers::get() }>, o: Linear<0, 8>) {
		let (id, _, _) = submitted::<T>(p, 1);
		let dispute = NextDisputeId::<T>::get();
		assert_ok!(Pallet::<T>::do_dispute_batch(
			&challenger::<T>(),
			id,
			DisputedCall::Aggregate,
			longest_uri::<T>()
		));
		let owed: Vec<(T::AccountId, BalanceOf<T>)> =
			(0..o).map(|i| (account("juror-fee", i, 0), fee::<T>())).collect();
		without_escrows::<T>();
		#[block]
		{
			assert_ok!(Pallet::<T>::do_resolve_dispute(
				dispute,
				openledger_primitives::Verdict::Upheld,
				&owed
			));
		}
		assert!(matches!(stored::<T>(id).status, BatchStatus::Void { .. }));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
