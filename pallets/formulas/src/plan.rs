//! What a provider computes off chain for a batch (and what a test, the fuzzer or an auditor
//! computes again): from the calls it served, the payers' totals, the tree of call records,
//! the aggregated attribution, and the tail tree. The chain checks what it can of it: the
//! payers' signatures over the totals, the sampled records against the root, the tail's claims
//! against its root.

use super::{batch, merkle, Encode, Hash};
use alloc::{collections::btree_map::BTreeMap, vec::Vec};

/// One call a provider served.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ServedCall<AccountId> {
	/// Who paid.
	pub payer: AccountId,
	/// Its fee.
	pub fee: u128,
	/// The hash of the request.
	pub request_hash: Hash,
	/// The hash of the output.
	pub output_hash: Hash,
	/// `(contribution, parts per billion)` of the call's attribution.
	pub contributions: Vec<(u64, u32)>,
	/// `(datanet, parts per billion)` of the call's attribution.
	pub datanets: Vec<(u32, u32)>,
}

/// A payer's calls in the batch: what its last receipt states.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PayerTotals<AccountId> {
	/// The payer.
	pub payer: AccountId,
	/// Its calls: its last receipt's sequence number.
	pub calls: u64,
	/// Its last receipt's cumulative fee.
	pub cumulative_fee: u128,
	/// The request hash of its last call.
	pub last_request: Hash,
	/// The root of its tree of receipts (signed in its last receipt).
	pub receipts_root: Hash,
}

/// One call's record: its place, its receipt's fields and its leaf.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
	/// The payer's place in the batch.
	pub payer_index: u32,
	/// The call's sequence number in the payer's calls (from 1).
	pub sequence: u64,
	/// The cumulative fee of its receipt.
	pub cumulative_fee: u128,
	/// The hash of the request.
	pub request_hash: Hash,
	/// The hash of the output.
	pub output_hash: Hash,
	/// The hash of the call's attribution.
	pub attribution_hash: Hash,
	/// Its leaf in the tree of calls.
	pub leaf: Hash,
	/// Its receipt's leaf in its payer's tree of receipts.
	pub receipt_leaf: Hash,
}

/// A batch as its provider submits it, with what it needs to answer the audit and the claims.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BatchPlan<AccountId> {
	/// Each payer's totals, in order of its first call.
	pub payers: Vec<PayerTotals<AccountId>>,
	/// Every call's record, in tree order (payers in order, each payer's calls by sequence).
	pub records: Vec<Record>,
	/// The root of the tree of calls.
	pub calls_root: Hash,
	/// The contributions paid directly: the heaviest, by weight then id.
	pub direct: Vec<(u64, u128)>,
	/// Every datanet's weight, by id.
	pub datanets: Vec<(u32, u128)>,
	/// Every other contribution's weight, by id: the tail tree's leaves.
	pub tail: Vec<(u64, u128)>,
	/// The root of the tail tree.
	pub tail_root: Hash,
	/// The sum of the tail's weights.
	pub tail_weight: u128,
}

/// Plan the batch of `calls` (in the order served), paying the `direct` heaviest
/// contributions directly. `None` when a weight overflows.
pub fn plan<AccountId: Encode + Clone + PartialEq>(
	calls: &[ServedCall<AccountId>],
	direct: usize,
) -> Option<BatchPlan<AccountId>> {
	let mut payers: Vec<PayerTotals<AccountId>> = Vec::new();
	for call in calls {
		if !payers.iter().any(|p| p.payer == call.payer) {
			payers.push(PayerTotals {
				payer: call.payer.clone(),
				calls: 0,
				cumulative_fee: 0,
				last_request: [0; 32],
				receipts_root: merkle::EMPTY_ROOT,
			});
		}
	}
	let mut records = Vec::with_capacity(calls.len());
	let mut contributions: BTreeMap<u64, u128> = BTreeMap::new();
	let mut datanets: BTreeMap<u32, u128> = BTreeMap::new();
	for (index, totals) in payers.iter_mut().enumerate() {
		let mut peaks = Vec::new();
		for call in calls.iter().filter(|c| c.payer == totals.payer) {
			let sequence = totals.calls;
			totals.calls = sequence.checked_add(1)?;
			totals.cumulative_fee = totals.cumulative_fee.checked_add(call.fee)?;
			totals.last_request = call.request_hash;
			let receipt_leaf =
				batch::receipt_leaf(totals.calls, totals.cumulative_fee, &call.request_hash);
			merkle::append(&mut peaks, sequence, &receipt_leaf);
			totals.receipts_root = merkle::bag(&peaks);
			for (id, ppb) in &call.contributions {
				let weight = contributions.entry(*id).or_default();
				*weight = weight.checked_add(batch::call_weight(call.fee, *ppb)?)?;
			}
			for (id, ppb) in &call.datanets {
				let weight = datanets.entry(*id).or_default();
				*weight = weight.checked_add(batch::call_weight(call.fee, *ppb)?)?;
			}
			let attribution_hash = batch::attribution_hash(&call.contributions, &call.datanets);
			records.push(Record {
				payer_index: u32::try_from(index).ok()?,
				sequence: totals.calls,
				cumulative_fee: totals.cumulative_fee,
				request_hash: call.request_hash,
				output_hash: call.output_hash,
				attribution_hash,
				leaf: batch::call_record_leaf(
					&totals.payer,
					totals.calls,
					totals.cumulative_fee,
					&call.request_hash,
					&call.output_hash,
					&attribution_hash,
				),
				receipt_leaf,
			});
		}
	}
	let leaves: Vec<Hash> = records.iter().map(|r| r.leaf).collect();
	let mut ranked: Vec<(u64, u128)> = contributions.into_iter().collect();
	ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
	let tail_part = ranked.split_off(direct.min(ranked.len()));
	let mut tail = tail_part;
	tail.sort();
	let tail_weight = tail.iter().try_fold(0u128, |sum, (_, w)| sum.checked_add(*w))?;
	let tail_leaves: Vec<Hash> = tail.iter().map(|(c, w)| batch::tail_leaf(*c, *w)).collect();
	Some(BatchPlan {
		payers,
		calls_root: merkle::root(&leaves),
		records,
		direct: ranked,
		datanets: datanets.into_iter().collect(),
		tail_root: merkle::root(&tail_leaves),
		tail,
		tail_weight,
	})
}

impl<AccountId> BatchPlan<AccountId> {
	/// The proof of the record at `position` of the tree of calls.
	pub fn record_proof(&self, position: usize) -> Option<Vec<Hash>> {
		let leaves: Vec<Hash> = self.records.iter().map(|r| r.leaf).collect();
		merkle::proof(&leaves, position)
	}

	/// The proof of the receipt of the record at `position` in its payer's tree of receipts.
	pub fn receipt_proof(&self, position: usize) -> Option<Vec<Hash>> {
		let record = self.records.get(position)?;
		let leaves: Vec<Hash> = self
			.records
			.iter()
			.filter(|r| r.payer_index == record.payer_index)
			.map(|r| r.receipt_leaf)
			.collect();
		merkle::proof(&leaves, usize::try_from(record.sequence.checked_sub(1)?).ok()?)
	}

	/// The place of `contribution` in the tail tree and its proof.
	pub fn tail_proof(&self, contribution: u64) -> Option<(usize, u128, Vec<Hash>)> {
		let position = self.tail.iter().position(|(c, _)| *c == contribution)?;
		let leaves: Vec<Hash> = self.tail.iter().map(|(c, w)| batch::tail_leaf(*c, *w)).collect();
		let weight = self.tail.get(position)?.1;
		Some((position, weight, merkle::proof(&leaves, position)?))
	}

	/// The sum of the payers' fees.
	pub fn fees(&self) -> u128 {
		self.payers.iter().fold(0u128, |sum, p| sum.saturating_add(p.cumulative_fee))
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn served(payer: u8, fee: u128, contributions: &[(u64, u32)]) -> ServedCall<[u8; 32]> {
		ServedCall {
			payer: [payer; 32],
			fee,
			request_hash: [fee as u8; 32],
			output_hash: [1; 32],
			contributions: contributions.to_vec(),
			datanets: alloc::vec![],
		}
	}

	#[test]
	fn a_plan_orders_payers_ranks_contributions_and_proves_every_leaf() {
		let calls = [
			served(1, 100, &[(5, 500_000_000)]),
			served(2, 200, &[(6, 300_000_000), (5, 100_000_000)]),
			served(1, 100, &[(7, 400_000_000)]),
		];
		let plan = plan(&calls, 1).unwrap();
		assert_eq!(plan.payers.len(), 2);
		assert_eq!((plan.payers[0].calls, plan.payers[0].cumulative_fee), (2, 200));
		assert_eq!((plan.payers[1].calls, plan.payers[1].cumulative_fee), (1, 200));
		// c5: 100·50% + 200·10% = 70; c6: 60; c7: 40 (fee units × 10⁹).
		assert_eq!(plan.direct, alloc::vec![(5, 70_000_000_000)]);
		assert_eq!(plan.tail, alloc::vec![(6, 60_000_000_000), (7, 40_000_000_000)]);
		assert_eq!(plan.tail_weight, 100_000_000_000);
		assert_eq!(plan.fees(), 400);
		for (position, record) in plan.records.iter().enumerate() {
			let proof = plan.record_proof(position).unwrap();
			assert!(merkle::verify::<merkle::Portable, _>(
				&plan.calls_root,
				3,
				position as u64,
				&record.leaf,
				&proof
			));
			// Its receipt is in its payer's tree, whose root the payer signs.
			let payer = &plan.payers[record.payer_index as usize];
			let receipt =
				batch::receipt_leaf(record.sequence, record.cumulative_fee, &record.request_hash);
			assert_eq!(receipt, record.receipt_leaf);
			let proof = plan.receipt_proof(position).unwrap();
			let place = record.sequence - 1;
			assert!(merkle::verify::<merkle::Portable, _>(
				&payer.receipts_root,
				payer.calls,
				place,
				&receipt,
				&proof
			));
		}
		let first = |r: &Record| batch::receipt_leaf(r.sequence, r.cumulative_fee, &r.request_hash);
		let payer_1: Vec<Hash> =
			plan.records.iter().filter(|r| r.payer_index == 0).map(first).collect();
		assert_eq!(plan.payers[0].receipts_root, merkle::root(&payer_1));
		let (position, weight, proof) = plan.tail_proof(7).unwrap();
		let leaf = batch::tail_leaf(7, weight);
		assert!(merkle::verify::<merkle::Portable, _>(
			&plan.tail_root,
			2,
			position as u64,
			&leaf,
			&proof
		));
	}
}
