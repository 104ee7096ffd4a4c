//! What identifies an index and a reference model: manifests and their hashes.

use crate::{blake2_256, Hash};
use codec::Encode;
use serde::{Deserialize, Serialize};

/// Version of the index layout and of the attribution method; part of every manifest.
pub const FORMAT: u32 = 1;

/// Name of the attribution method, as the model manifest records it.
pub const METHOD: &str = "openledger-span-v1";

/// One document of an index.
#[derive(Encode, Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ManifestDocument {
	/// The contribution id on chain.
	pub contribution: u64,
	/// Its content hash (blake2-256 of the bytes).
	#[serde(with = "crate::hex")]
	pub content_hash: Hash,
	/// How many tokens its text has.
	pub tokens: u64,
}

/// What an index of one datanet version holds. Its [`IndexManifest::hash`] names the index.
#[derive(Encode, Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct IndexManifest {
	/// [`FORMAT`].
	pub format: u32,
	/// The tokenizer ([`crate::TOKENIZER`]).
	pub tokenizer: String,
	/// The datanet.
	pub datanet: u32,
	/// The version.
	pub version: u32,
	/// Its documents, by contribution id.
	pub documents: Vec<ManifestDocument>,
	/// Length of the token stream (documents and their separators).
	pub tokens: u64,
	/// blake2-256 of the token stream, each token as two little-endian bytes.
	#[serde(with = "crate::hex")]
	pub tokens_hash: Hash,
}

impl IndexManifest {
	/// blake2-256 of the manifest's SCALE encoding.
	pub fn hash(&self) -> Hash {
		blake2_256(&self.encode())
	}
}

/// One index a reference model reads.
#[derive(Encode, Serialize, Deserialize, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
#[serde(rename_all = "camelCase")]
pub struct IndexRef {
	/// The datanet.
	pub datanet: u32,
	/// The version.
	pub version: u32,
	/// The hash of the version's index manifest.
	#[serde(with = "crate::hex")]
	pub manifest: Hash,
}

/// A reference model: the method, its parameters, and the indexes of every version the model
/// and its ancestors cite. Its [`ModelManifest::hash`] is the model's artifact hash on chain.
#[derive(Encode, Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ModelManifest {
	/// [`FORMAT`].
	pub format: u32,
	/// [`METHOD`].
	pub method: String,
	/// Shortest span credited, in tokens.
	pub min_span: u32,
	/// Spans occurring more often are not credited.
	pub max_occurrences: u64,
	/// The indexes, sorted by datanet and version.
	pub indexes: Vec<IndexRef>,
}

impl ModelManifest {
	/// The manifest of a model over `indexes` (sorted here) with `min_span` and
	/// `max_occurrences`.
	pub fn new(min_span: u32, max_occurrences: u64, mut indexes: Vec<IndexRef>) -> Self {
		indexes.sort();
		indexes.dedup();
		Self { format: FORMAT, method: METHOD.into(), min_span, max_occurrences, indexes }
	}

	/// blake2-256 of the manifest's SCALE encoding: the model's artifact hash.
	pub fn hash(&self) -> Hash {
		blake2_256(&self.encode())
	}
}
