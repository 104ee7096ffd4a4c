//! # OpenLedger formulas
//!
//! Every formula that the chain computes and that an off-chain party must compute again to check
//! it, written once. The pallets use these functions for what they store; the SDK, the provider
//! and the CLI use the same functions to replay and predict it. A formula changed here changes
//! on both sides in the same commit, or the tests of both workspaces fail.
//!
//! - [`log`]: a datanet's accepted-set log and the version commitment it chains into;
//! - [`vote_commitment`] and [`draw_seed`]: the jury court's commit–reveal and its draws;
//! - [`generation_seed`]: the seed of a deterministic generation answering a request;
//! - [`challenge_window_open`]: whether an answered call can still be challenged (and so not
//!   yet settled);
//! - [`batch`]: paid calls settled in batches: the receipt a payer signs, the record of a call,
//!   the Merkle trees a batch commits to, the audit's samples and a batch's parts; [`merkle`]
//!   the trees; [`plan`] what a provider computes for a batch from the calls it served.
//!
//! Hashes are BLAKE2b-256 over the SCALE encoding of a tuple, as `sp_io::hashing::blake2_256`
//! computes them; fixed-size byte strings (`[u8; 32]`, domain tags) encode without a length.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use codec::Encode;

/// A 32-byte hash (`H256` encodes identically).
pub type Hash = [u8; 32];

/// BLAKE2b with a 256-bit output, unkeyed.
pub fn blake2_256(data: &[u8]) -> Hash {
	let mut hasher = Blake2Hasher::new();
	hasher.update(data);
	hasher.finish()
}

/// [`blake2_256`] of `value`'s SCALE encoding, fed to the hash as it is encoded: no buffer.
/// In the runtime every allocation is a call out to the host (about a sixth of a small
/// preimage's hash, measured).
pub fn blake2_256_of<E: Encode + ?Sized>(value: &E) -> Hash {
	let mut hasher = Blake2Hasher::new();
	value.encode_to(&mut hasher);
	hasher.finish()
}

/// A BLAKE2b-256 state that SCALE can encode into.
struct Blake2Hasher(blake2b_simd::State);

impl Blake2Hasher {
	fn new() -> Self {
		Blake2Hasher(blake2b_simd::Params::new().hash_length(32).to_state())
	}

	fn update(&mut self, data: &[u8]) {
		self.0.update(data);
	}

	fn finish(&self) -> Hash {
		let digest = self.0.finalize();
		let mut out = [0u8; 32];
		out.copy_from_slice(digest.as_bytes().get(..32).unwrap_or(&[0u8; 32]));
		out
	}
}

impl codec::Output for Blake2Hasher {
	fn write(&mut self, bytes: &[u8]) {
		self.update(bytes);
	}
}

/// A datanet's accepted-set log: every change to the set of contributions a version covers,
/// chained into one root. A version's commitment is the root after the entries it covers;
/// replaying the entries from [`log::EMPTY_ROOT`] gives it again, and the entries left after
/// the drops are the version's exact contributions with their weights.
pub mod log {
	use super::{blake2_256_of, Hash};

	/// Op code: a contribution joined the accepted set with a weight.
	pub const ADD: u8 = 0;
	/// Op code: an accepted contribution's weight changed.
	pub const REGRADE: u8 = 1;
	/// Op code: a contribution left the accepted set (removed or withdrawn).
	pub const DROP: u8 = 2;
	/// The root of an empty log.
	pub const EMPTY_ROOT: Hash = [0u8; 32];

	/// The root after appending the entry at `position` to a log whose root is `root`:
	/// `blake2_256(SCALE(root, position: u64, op: u8, contribution: u64, content_hash,
	/// weight: u32))`. The position binds each entry to its place, so entries cannot be
	/// reordered or replayed.
	pub fn chain(
		root: &Hash,
		position: u64,
		op: u8,
		contribution: u64,
		content_hash: &Hash,
		weight: u32,
	) -> Hash {
		blake2_256_of(&(root, position, op, contribution, content_hash, weight))
	}
}

/// The commitment a juror posts before revealing a vote:
/// `blake2_256(SCALE(juror, inference, round, upheld, salt))`. Binding the juror and the round
/// keeps one juror from copying another's commitment, or its own from an earlier round.
pub fn vote_commitment<AccountId: Encode>(
	juror: &AccountId,
	inference: u64,
	round: u32,
	upheld: bool,
	salt: &[u8; 32],
) -> Hash {
	blake2_256_of(&(juror, inference, round, upheld, salt))
}

/// The domain tag of jury draws.
pub const DRAW_DOMAIN: &[u8; 21] = b"openledger/court/draw";

/// The seed of the jury draw for round `round` of the case about `inference`, from the hash of
/// the block the draw was scheduled at: `blake2_256(SCALE("openledger/court/draw", inference,
/// round, block_hash))` (a 32-byte hash type such as `H256` encodes as its bytes).
pub fn draw_seed<BlockHash: Encode>(inference: u64, round: u32, block_hash: &BlockHash) -> Hash {
	blake2_256_of(&(DRAW_DOMAIN, inference, round, block_hash))
}

/// The domain tag of generation seeds.
pub const GENERATION_DOMAIN: &[u8; 19] = b"openledger/generate";

/// The seed of the generation answering request `inference` whose prompt hashes to
/// `input_hash`: the first 8 bytes, little endian, of `blake2_256(SCALE("openledger/generate",
/// inference, input_hash))`. Anyone holding the request re-derives it, so a seeded output can
/// be reproduced.
pub fn generation_seed(inference: u64, input_hash: &Hash) -> u64 {
	let hash = blake2_256_of(&(GENERATION_DOMAIN, inference, input_hash));
	let mut seed = [0u8; 8];
	seed.copy_from_slice(hash.get(..8).unwrap_or(&[0u8; 8]));
	u64::from_le_bytes(seed)
}

/// Whether a call answered at block `answered_at` can still be challenged at block `now`, with
/// a challenge window of `window` blocks: `now < answered_at + window` (saturating). A call
/// settles exactly when this is false, so no block both allows a challenge and a settlement.
pub fn challenge_window_open(answered_at: u64, window: u64, now: u64) -> bool {
	now < answered_at.saturating_add(window)
}

pub mod batch;
pub mod merkle;
pub mod plan;

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn blake2_256_matches_the_reference_vector() {
		// BLAKE2b-256 of the empty string (RFC 7693's parameters, 32-byte output).
		let expected = [
			0x0e, 0x57, 0x51, 0xc0, 0x26, 0xe5, 0x43, 0xb2, 0xe8, 0xab, 0x2e, 0xb0, 0x60, 0x99,
			0xda, 0xa1, 0xd1, 0xe5, 0xdf, 0x47, 0x77, 0x8f, 0x77, 0x87, 0xfa, 0xab, 0x45, 0xcd,
			0xf1, 0x2f, 0xe3, 0xa8,
		];
		assert_eq!(blake2_256(b""), expected);
	}

	#[test]
	fn log_chain_binds_every_field() {
		let base = log::chain(&log::EMPTY_ROOT, 0, log::ADD, 7, &[1; 32], 3);
		assert_ne!(base, log::chain(&log::EMPTY_ROOT, 1, log::ADD, 7, &[1; 32], 3));
		assert_ne!(base, log::chain(&log::EMPTY_ROOT, 0, log::REGRADE, 7, &[1; 32], 3));
		assert_ne!(base, log::chain(&log::EMPTY_ROOT, 0, log::ADD, 8, &[1; 32], 3));
		assert_ne!(base, log::chain(&log::EMPTY_ROOT, 0, log::ADD, 7, &[2; 32], 3));
		assert_ne!(base, log::chain(&log::EMPTY_ROOT, 0, log::ADD, 7, &[1; 32], 4));
		assert_ne!(base, log::chain(&[9; 32], 0, log::ADD, 7, &[1; 32], 3));
		// The preimage is the SCALE tuple: 32 + 8 + 1 + 8 + 32 + 4 bytes.
		let mut preimage = [0u8; 32].to_vec();
		preimage.extend_from_slice(&0u64.to_le_bytes());
		preimage.push(log::ADD);
		preimage.extend_from_slice(&7u64.to_le_bytes());
		preimage.extend_from_slice(&[1; 32]);
		preimage.extend_from_slice(&3u32.to_le_bytes());
		assert_eq!(base, blake2_256(&preimage));
	}

	#[test]
	fn vote_commitments_differ_by_juror_round_and_vote() {
		let salt = [5; 32];
		let c = vote_commitment(&[1u8; 32], 4, 0, true, &salt);
		assert_ne!(c, vote_commitment(&[2u8; 32], 4, 0, true, &salt));
		assert_ne!(c, vote_commitment(&[1u8; 32], 4, 1, true, &salt));
		assert_ne!(c, vote_commitment(&[1u8; 32], 4, 0, false, &salt));
		assert_ne!(c, vote_commitment(&[1u8; 32], 4, 0, true, &[6; 32]));
	}

	#[test]
	fn draw_seed_encodes_the_tag_without_a_length() {
		let mut preimage = DRAW_DOMAIN.to_vec();
		preimage.extend_from_slice(&3u64.to_le_bytes());
		preimage.extend_from_slice(&1u32.to_le_bytes());
		preimage.extend_from_slice(&[7; 32]);
		assert_eq!(draw_seed(3, 1, &[7u8; 32]), blake2_256(&preimage));
	}

	#[test]
	fn generation_seed_is_the_hash_prefix() {
		let mut preimage = GENERATION_DOMAIN.to_vec();
		preimage.extend_from_slice(&9u64.to_le_bytes());
		preimage.extend_from_slice(&[4; 32]);
		let hash = blake2_256(&preimage);
		let mut prefix = [0u8; 8];
		prefix.copy_from_slice(&hash[..8]);
		assert_eq!(generation_seed(9, &[4; 32]), u64::from_le_bytes(prefix));
	}

	#[test]
	fn challenge_window_is_half_open_and_saturates() {
		assert!(challenge_window_open(10, 5, 10));
		assert!(challenge_window_open(10, 5, 14));
		assert!(!challenge_window_open(10, 5, 15));
		assert!(!challenge_window_open(10, 0, 10));
		assert!(challenge_window_open(u64::MAX - 1, 5, u64::MAX - 1));
	}
}
