//! Paid calls settled in batches: what a payer signs, what a provider commits to, how the chain
//! samples the audit and how a batch's aggregated attribution pays.
//!
//! - A payer signs a **receipt** for each call ([`receipt_payload`]): the chain (its genesis
//!   hash), the escrow (payer and provider), the model, the epoch, the call's sequence number
//!   in that escrow, model and epoch (1, 2, …), the cumulative fee of the calls so far, the
//!   hash of the request, and the root of the payer's **tree of receipts**: a Merkle tree
//!   ([`crate::merkle`]) whose leaf `i` is call `i + 1`'s [`receipt_leaf`]. A receipt thus
//!   replays on no other chain, escrow, model or epoch; the latest one states all the payer
//!   owes for the epoch, and its one signature vouches for every earlier call: a call is
//!   proven the payer's by a path in that tree, with no signature of its own to check. A
//!   payer extends the tree from its peaks ([`crate::merkle::append`]), which the provider
//!   hands it with the last receipt.
//! - The provider answers with an **acknowledgement** ([`ack_payload`]) binding the output hash
//!   and the attribution's hash ([`attribution_hash`]) to the sequence number.
//! - A **call record** ([`call_record_leaf`]) is a leaf of the batch's Merkle tree of calls
//!   ([`crate::merkle`]); a **tail leaf** ([`tail_leaf`]) one of its tree of contribution
//!   totals.
//! - Attribution aggregates by **fee-weighted parts**: a call of fee `f` scoring a contribution
//!   `s` parts per billion adds `f × s` to it ([`call_weight`]). A batch of fees `F` thus states
//!   each contribution's and datanet's weight out of `F × 10⁹`, and a part of the data side
//!   `d` (parts per billion) is `⌊d × weight / 10¹⁸⌋` ([`batch_part`]): exactly the fee-weighted
//!   mean of the per-call shares, rounded down once.

use super::{blake2_256_of, Encode, Hash};

/// The domain tag of payers' receipts.
pub const RECEIPT_DOMAIN: &[u8; 18] = b"openledger/receipt";
/// The domain tag of the leaves of a payer's tree of receipts.
pub const RECEIPT_LEAF_DOMAIN: &[u8; 23] = b"openledger/receipt-leaf";
/// The domain tag of providers' acknowledgements.
pub const ACK_DOMAIN: &[u8; 14] = b"openledger/ack";
/// The domain tag of call records.
pub const RECORD_DOMAIN: &[u8; 17] = b"openledger/record";
/// The domain tag of tail leaves.
pub const TAIL_DOMAIN: &[u8; 15] = b"openledger/tail";
/// The domain tag of audit seeds.
pub const AUDIT_DOMAIN: &[u8; 22] = b"openledger/batch/audit";
/// Parts per billion: the denominator of a score.
pub const BILLION: u128 = 1_000_000_000;

/// What a payer signs for call `sequence` of its escrow with `provider` on `model` in `epoch`:
/// `SCALE("openledger/receipt", genesis, payer, provider, model: u32, epoch: u32,
/// sequence: u64, cumulative_fee: u128, request_hash, receipts_root)`, `receipts_root` the
/// root of the payer's tree of receipts of calls 1 to `sequence` (this one's leaf last).
#[allow(clippy::too_many_arguments)]
pub fn receipt_payload<AccountId: Encode>(
	genesis: &Hash,
	payer: &AccountId,
	provider: &AccountId,
	model: u32,
	epoch: u32,
	sequence: u64,
	cumulative_fee: u128,
	request_hash: &Hash,
	receipts_root: &Hash,
) -> alloc::vec::Vec<u8> {
	(
		RECEIPT_DOMAIN,
		genesis,
		payer,
		provider,
		model,
		epoch,
		sequence,
		cumulative_fee,
		request_hash,
		receipts_root,
	)
		.encode()
}

/// Call `sequence`'s leaf in its payer's tree of receipts (at position `sequence − 1`):
/// `blake2_256(SCALE("openledger/receipt-leaf", sequence: u64, cumulative_fee: u128,
/// request_hash))`.
pub fn receipt_leaf(sequence: u64, cumulative_fee: u128, request_hash: &Hash) -> Hash {
	blake2_256_of(&(RECEIPT_LEAF_DOMAIN, sequence, cumulative_fee, request_hash))
}

/// What a provider signs when it answers call `sequence`: `SCALE("openledger/ack", genesis,
/// payer, provider, model: u32, epoch: u32, sequence: u64, output_hash, attribution_hash)`.
#[allow(clippy::too_many_arguments)]
pub fn ack_payload<AccountId: Encode>(
	genesis: &Hash,
	payer: &AccountId,
	provider: &AccountId,
	model: u32,
	epoch: u32,
	sequence: u64,
	output_hash: &Hash,
	attribution_hash: &Hash,
) -> alloc::vec::Vec<u8> {
	(ACK_DOMAIN, genesis, payer, provider, model, epoch, sequence, output_hash, attribution_hash)
		.encode()
}

/// The hash of one call's attribution: `blake2_256(SCALE(contributions, datanets))`, each a
/// list of `(id, parts per billion)` (a `Perbill` encodes as its `u32` parts).
pub fn attribution_hash<C: Encode, D: Encode>(contributions: &[C], datanets: &[D]) -> Hash {
	blake2_256_of(&(contributions, datanets))
}

/// The leaf of one call in a batch's tree of calls: `blake2_256(SCALE("openledger/record",
/// payer, sequence: u64, cumulative_fee: u128, request_hash, output_hash, attribution_hash))`.
/// Its position in the tree is its place in the batch (payers in the batch's order, each
/// payer's calls by sequence).
pub fn call_record_leaf<AccountId: Encode>(
	payer: &AccountId,
	sequence: u64,
	cumulative_fee: u128,
	request_hash: &Hash,
	output_hash: &Hash,
	attribution_hash: &Hash,
) -> Hash {
	blake2_256_of(&(
		RECORD_DOMAIN,
		payer,
		sequence,
		cumulative_fee,
		request_hash,
		output_hash,
		attribution_hash,
	))
}

/// The leaf of one contribution's total in a batch's tail tree:
/// `blake2_256(SCALE("openledger/tail", contribution: u64, weight: u128))`.
pub fn tail_leaf(contribution: u64, weight: u128) -> Hash {
	blake2_256_of(&(TAIL_DOMAIN, contribution, weight))
}

/// The seed of batch `batch`'s audit, from the hash of the block it was scheduled at (after the
/// batch was submitted, so the provider could not know it):
/// `blake2_256(SCALE("openledger/batch/audit", batch: u64, block_hash))`.
pub fn audit_seed<BlockHash: Encode>(batch: u64, block_hash: &BlockHash) -> Hash {
	blake2_256_of(&(AUDIT_DOMAIN, batch, block_hash))
}

/// The position of audit sample `sample` among `calls` records: the first 8 bytes (little
/// endian) of `blake2_256(SCALE(seed, sample: u32))` modulo `calls` (0 without calls).
/// Samples are drawn with replacement.
pub fn audit_position(seed: &Hash, sample: u32, calls: u64) -> u64 {
	let hash = blake2_256_of(&(seed, sample));
	let mut prefix = [0u8; 8];
	prefix.copy_from_slice(hash.get(..8).unwrap_or(&[0u8; 8]));
	u64::from_le_bytes(prefix).checked_rem(calls).unwrap_or(0)
}

/// The fee-weighted part a call of `fee` scoring `score_ppb` parts per billion adds to an
/// aggregate: `fee × score_ppb`; `None` on overflow.
pub fn call_weight(fee: u128, score_ppb: u32) -> Option<u128> {
	fee.checked_mul(u128::from(score_ppb))
}

/// What a fee-weighted `weight` receives of a batch whose data side is `data_ppb` parts per
/// billion of its fees: `⌊data_ppb × weight / 10¹⁸⌋`, computed without overflow for every
/// `weight` (`data_ppb` at most 10⁹).
pub fn batch_part(data_ppb: u32, weight: u128) -> u128 {
	let scale = BILLION.saturating_mul(BILLION);
	let data = u128::from(data_ppb.min(1_000_000_000));
	let (whole, rest) =
		(weight.checked_div(scale).unwrap_or(0), weight.checked_rem(scale).unwrap_or(0));
	// data × whole ≤ 10⁹ × 3.4·10²⁰ and data × rest < 10²⁷: neither overflows.
	data.saturating_mul(whole)
		.saturating_add(data.saturating_mul(rest).checked_div(scale).unwrap_or(0))
}

/// The epoch of block `block` when epochs last `length` blocks (epoch 0 without a length).
pub fn epoch_of(block: u64, length: u64) -> u32 {
	u32::try_from(block.checked_div(length).unwrap_or(0)).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn receipts_bind_every_field() {
		let r = |g: u8, a: u8, b: u8, m, e, s, f, h: u8, t: u8| {
			receipt_payload(&[g; 32], &[a; 32], &[b; 32], m, e, s, f, &[h; 32], &[t; 32])
		};
		let base = r(1, 2, 3, 4, 5, 6, 7, 8, 10);
		assert_eq!(base.len(), 18 + 32 * 3 + 4 + 4 + 8 + 16 + 32 + 32);
		for other in [
			r(9, 2, 3, 4, 5, 6, 7, 8, 10),
			r(1, 9, 3, 4, 5, 6, 7, 8, 10),
			r(1, 2, 9, 4, 5, 6, 7, 8, 10),
			r(1, 2, 3, 9, 5, 6, 7, 8, 10),
			r(1, 2, 3, 4, 9, 6, 7, 8, 10),
			r(1, 2, 3, 4, 5, 9, 7, 8, 10),
			r(1, 2, 3, 4, 5, 6, 9, 8, 10),
			r(1, 2, 3, 4, 5, 6, 7, 9, 10),
			r(1, 2, 3, 4, 5, 6, 7, 8, 9),
		] {
			assert_ne!(base, other);
		}
		let leaf = receipt_leaf(6, 7, &[8; 32]);
		assert_ne!(leaf, receipt_leaf(5, 7, &[8; 32]));
		assert_ne!(leaf, receipt_leaf(6, 8, &[8; 32]));
		assert_ne!(leaf, receipt_leaf(6, 7, &[9; 32]));
		// An acknowledgement is never a receipt.
		let ack = ack_payload(&[1; 32], &[2u8; 32], &[3u8; 32], 4, 5, 6, &[8; 32], &[8; 32]);
		assert_ne!(&ack[..18], &base[..18]);
	}

	#[test]
	fn batch_parts_are_exact_and_never_overflow() {
		// Two calls of fee 3 and 5 scoring a contribution 50% and 25%: weight 3·5e8 + 5·2.5e8.
		let weight = call_weight(3, 500_000_000).unwrap() + call_weight(5, 250_000_000).unwrap();
		// With the whole fee as data side it receives 1.5 + 1.25 = 2.75, rounded down once.
		assert_eq!(batch_part(1_000_000_000, weight), 2);
		assert_eq!(batch_part(1_000_000_000, 2_750_000_000 * 1_000_000_000), 2_750_000_000);
		assert_eq!(batch_part(400_000_000, 10u128.pow(18) * 7 + 1), 2_800_000_000);
		assert_eq!(
			batch_part(1_000_000_000, u128::MAX),
			u128::MAX / 10u128.pow(9) / 10u128.pow(9) * 10u128.pow(9)
				+ (u128::MAX % 10u128.pow(18)) / 10u128.pow(9)
		);
		assert_eq!(call_weight(u128::MAX, 2), None);
	}

	#[test]
	fn audit_positions_are_in_range_and_follow_the_seed() {
		let seed = audit_seed(3, &[7u8; 32]);
		assert_ne!(seed, audit_seed(4, &[7u8; 32]));
		assert_ne!(seed, audit_seed(3, &[8u8; 32]));
		for sample in 0..64 {
			assert!(audit_position(&seed, sample, 10) < 10);
		}
		assert_eq!(audit_position(&seed, 0, 0), 0);
		let positions: alloc::vec::Vec<u64> =
			(0..8).map(|s| audit_position(&seed, s, 1 << 40)).collect();
		assert!(positions.windows(2).any(|w| w[0] != w[1]));
	}

	#[test]
	fn epochs() {
		assert_eq!(epoch_of(0, 10), 0);
		assert_eq!(epoch_of(19, 10), 1);
		assert_eq!(epoch_of(20, 10), 2);
		assert_eq!(epoch_of(20, 0), 0);
	}
}
