//! A binary Merkle tree over a list of leaves, the one batches commit to.
//!
//! A leaf's node is `blake2_256(0x00 ++ leaf)`, an inner node `blake2_256(0x01 ++ left ++
//! right)`: the prefixes keep a leaf from passing for an inner node. A level of odd length
//! carries its last node up unpaired. The root of no leaves is [`EMPTY_ROOT`]. A proof is the
//! list of siblings from the leaf up; checking it needs the leaf's position and the number of
//! leaves, which say where a node has no sibling. So a proof for position `i` of a tree of `n`
//! leaves proves exactly that position: nobody can move a leaf.

use super::{blake2_256, Hash};
use alloc::vec::Vec;

/// The root of a tree without leaves.
pub const EMPTY_ROOT: Hash = [0u8; 32];

/// Who computes a node's BLAKE2b-256. Off chain this crate's own code ([`Portable`]); the
/// runtime passes the host's: a wasm runtime hashing in wasm took three times as long per node
/// as a call out to the host does, and checking a path is one node per level.
pub trait NodeHasher {
	/// BLAKE2b-256 of `data`, as [`blake2_256`] computes it.
	fn blake2_256(data: &[u8]) -> Hash;
}

/// [`blake2_256`] of this crate.
pub struct Portable;

impl NodeHasher for Portable {
	fn blake2_256(data: &[u8]) -> Hash {
		blake2_256(data)
	}
}

/// The node of a leaf.
pub fn leaf_node(leaf: &Hash) -> Hash {
	leaf_node_with::<Portable>(leaf)
}

/// The node over `left` and `right`.
pub fn inner_node(left: &Hash, right: &Hash) -> Hash {
	inner_node_with::<Portable>(left, right)
}

/// [`leaf_node`], hashed by `H`.
fn leaf_node_with<H: NodeHasher>(leaf: &Hash) -> Hash {
	let mut preimage = [0u8; 33];
	let (_, rest) = preimage.split_at_mut(1);
	rest.copy_from_slice(leaf);
	H::blake2_256(&preimage)
}

/// [`inner_node`], hashed by `H`.
fn inner_node_with<H: NodeHasher>(left: &Hash, right: &Hash) -> Hash {
	let mut preimage = [1u8; 65];
	let (_, rest) = preimage.split_at_mut(1);
	let (first, second) = rest.split_at_mut(32);
	first.copy_from_slice(left);
	second.copy_from_slice(right);
	H::blake2_256(&preimage)
}

/// The next level up of `level`.
fn parents(level: &[Hash]) -> Vec<Hash> {
	level
		.chunks(2)
		.map(|pair| match pair {
			[left, right] => inner_node(left, right),
			[single] => *single,
			_ => EMPTY_ROOT,
		})
		.collect()
}

/// The root over `leaves`.
pub fn root(leaves: &[Hash]) -> Hash {
	let mut level: Vec<Hash> = leaves.iter().map(leaf_node).collect();
	if level.is_empty() {
		return EMPTY_ROOT;
	}
	while level.len() > 1 {
		level = parents(&level);
	}
	level.first().copied().unwrap_or(EMPTY_ROOT)
}

/// The proof of the leaf at `position` among `leaves`: its siblings from the bottom up (none
/// where a node is carried up unpaired). `None` when `position` is out of range.
pub fn proof(leaves: &[Hash], position: usize) -> Option<Vec<Hash>> {
	if position >= leaves.len() {
		return None;
	}
	let mut level: Vec<Hash> = leaves.iter().map(leaf_node).collect();
	let mut index = position;
	let mut siblings = Vec::new();
	while level.len() > 1 {
		if let Some(sibling) = level.get(index ^ 1) {
			siblings.push(*sibling);
		}
		level = parents(&level);
		index /= 2;
	}
	Some(siblings)
}

/// The root that `siblings` lead to from `leaf` at `position` of a tree of `count` leaves;
/// `None` when the proof has the wrong length for that place. Work: one hash per level, at
/// most 64 levels, each node hashed by `H`. A sibling is anything that views as 32 bytes (`[u8; 32]`, `H256`): the
/// runtime checks its stored hashes without copying them (a copy is an allocation, a call out
/// to the host there); a sibling of another length fails the proof.
pub fn root_from_proof<H: NodeHasher, S: AsRef<[u8]>>(
	count: u64,
	position: u64,
	leaf: &Hash,
	siblings: &[S],
) -> Option<Hash> {
	if position >= count {
		return None;
	}
	let mut node = leaf_node_with::<H>(leaf);
	let (mut index, mut width) = (position, count);
	let mut siblings = siblings.iter();
	while width > 1 {
		if index ^ 1 < width {
			let sibling: &Hash = siblings.next()?.as_ref().try_into().ok()?;
			node = if index % 2 == 0 {
				inner_node_with::<H>(&node, sibling)
			} else {
				inner_node_with::<H>(sibling, &node)
			};
		}
		index /= 2;
		width = width.div_ceil(2);
	}
	siblings.next().is_none().then_some(node)
}

/// Whether `siblings` prove `leaf` at `position` of a tree of `count` leaves with `root`,
/// each node hashed by `H`.
pub fn verify<H: NodeHasher, S: AsRef<[u8]>>(
	root: &Hash,
	count: u64,
	position: u64,
	leaf: &Hash,
	siblings: &[S],
) -> bool {
	root_from_proof::<H, S>(count, position, leaf, siblings).as_ref() == Some(root)
}

/// Append `leaf` to the tree of `count` leaves whose **peaks** are `peaks`: the roots of its
/// perfect subtrees, largest first, one per bit set in `count`. A tree built this way, leaf by
/// leaf, keeps only `O(log count)` nodes and has the same root ([`bag`]) as [`root`] over all
/// its leaves: a level of odd length carries its last node up, so the tree is its peaks joined
/// from the right. Peaks that do not match `count` are joined as far as they go.
pub fn append(peaks: &mut Vec<Hash>, count: u64, leaf: &Hash) {
	let mut node = leaf_node(leaf);
	let mut width = count;
	while width % 2 == 1 {
		let Some(left) = peaks.pop() else { break };
		node = inner_node(&left, &node);
		width /= 2;
	}
	peaks.push(node);
}

/// The root of the tree whose peaks are `peaks` (see [`append`]): the last two joined, then
/// each earlier peak on the left; [`EMPTY_ROOT`] for none.
pub fn bag(peaks: &[Hash]) -> Hash {
	let mut nodes = peaks.iter().rev();
	let Some(last) = nodes.next() else { return EMPTY_ROOT };
	nodes.fold(*last, |right, left| inner_node(left, &right))
}

/// The number of siblings a proof in a tree of `count` leaves has at most: the tree's height.
pub fn max_proof_len(count: u64) -> u32 {
	if count <= 1 {
		0
	} else {
		64u32.saturating_sub(count.saturating_sub(1).leading_zeros())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn leaves(n: u8) -> Vec<Hash> {
		(0..n).map(|i| [i; 32]).collect()
	}

	#[test]
	fn every_leaf_of_every_size_proves_and_only_at_its_place() {
		for n in 1..=17u8 {
			let leaves = leaves(n);
			let root = root(&leaves);
			for (i, leaf) in leaves.iter().enumerate() {
				let proof = proof(&leaves, i).unwrap();
				assert!(proof.len() as u32 <= max_proof_len(n as u64));
				assert!(
					verify::<Portable, _>(&root, n as u64, i as u64, leaf, &proof),
					"n={n} i={i}"
				);
				// Another position or another leaf fails.
				if n > 1 {
					let other = (i as u64 + 1) % n as u64;
					assert!(!verify::<Portable, _>(&root, n as u64, other, leaf, &proof));
				}
				assert!(!verify::<Portable, _>(&root, n as u64, i as u64, &[200; 32], &proof));
			}
			assert!(!verify::<Portable, _>(&root, n as u64, n as u64, &leaves[0], &[] as &[Hash]));
		}
	}

	#[test]
	fn a_leaf_is_not_an_inner_node() {
		let leaves = leaves(2);
		let inner = inner_node(&leaf_node(&leaves[0]), &leaf_node(&leaves[1]));
		assert_eq!(root(&leaves), inner);
		assert_ne!(root(&[inner]), inner);
	}

	#[test]
	fn a_tree_grown_leaf_by_leaf_from_its_peaks_has_the_same_root() {
		let all = leaves(100);
		let mut peaks = Vec::new();
		for (count, leaf) in all.iter().enumerate() {
			append(&mut peaks, count as u64, leaf);
			let grown = count as u64 + 1;
			assert_eq!(peaks.len() as u32, grown.count_ones(), "one peak per bit of {grown}");
			assert_eq!(bag(&peaks), root(&all[..=count]), "{grown} leaves");
		}
		assert_eq!(bag(&[]), EMPTY_ROOT);
	}

	#[test]
	fn heights() {
		assert_eq!(max_proof_len(0), 0);
		assert_eq!(max_proof_len(1), 0);
		assert_eq!(max_proof_len(2), 1);
		assert_eq!(max_proof_len(3), 2);
		assert_eq!(max_proof_len(1024), 10);
		assert_eq!(max_proof_len(1025), 11);
		assert_eq!(root(&[]), EMPTY_ROOT);
	}
}
