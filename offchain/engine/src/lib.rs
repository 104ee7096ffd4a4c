//! # Attribution engine
//!
//! Deterministic span attribution over datanet versions, after infini-gram (suffix arrays over
//! the training corpus) and OLMoTrace (maximal matching spans of a model's output, mapped to the
//! documents that contain them). No chain dependency: callers bring the documents of a version
//! (a contribution id, its content hash, its text) and get back the runtime's `Attribution`
//! shape in integer parts per billion.
//!
//! ## Index ([`VersionIndex`])
//!
//! One index per `(datanet, version)`. Its documents are sorted by contribution id, tokenized
//! with GPT-2's `r50k_base` BPE ([`Tokenizer`], shipped inside `tiktoken-rs`; every id fits in
//! a `u16`), and concatenated, each followed by the separator token `u16::MAX`, which no text
//! produces, so no match crosses two documents. A suffix array over that token stream (built by
//! `libsais`) answers "where does this token sequence occur" with two binary searches per token.
//! The [`IndexManifest`] lists the documents (contribution, content hash, token count) and the
//! hash of the token stream; the blake2-256 of its SCALE encoding identifies the index. A
//! reference model's artifact hash is the hash of its [`ModelManifest`]: the engine's parameters
//! and the manifest hashes of every version it (and its ancestors) cite.
//!
//! ## Attribution ([`attribute`])
//!
//! 1. The output text is tokenized the same way: `T` tokens.
//! 2. For each position `i`, `L_i` is the length of the longest prefix of `output[i..]` that
//!    occurs in any of the model's indexes. The span `[i, i + L_i)` is **maximal** when no span
//!    starting earlier reaches as far (`i + L_i > max_{j<i} (j + L_j)`). Maximal spans of at
//!    least `min_span` tokens that occur at most `max_occurrences` times (more is too common to
//!    credit anyone) are **kept**; each names the set of documents (contributions) containing it.
//! 3. Credit, in units of `10^-18` of a token (`u128`): every output token covered by `k` kept
//!    spans gives each of them `10^18 / k` units, the remainder one unit each to the spans that
//!    start first. A span's credit is split equally among its contributions, ordered by
//!    `(datanet, contribution)`, the remainder one unit each to the first. So the credits of all
//!    contributions sum to exactly `covered tokens × 10^18`.
//! 4. A contribution's score is `floor(credit × 10^9 / (T × 10^18))` parts per billion: the share
//!    of the output it explains, rounded down. Contributions are ranked by credit (ties: lower
//!    datanet id, then lower contribution id first); the first `max_contributions` with a
//!    non-zero score are named. The credit of the others is summed per datanet and scored the
//!    same way; the first `max_datanets` datanets by that credit (ties: lower id) with a
//!    non-zero score are named, so their pools pay the version's contributors. Scores are
//!    floors of parts of one whole, so they sum to at most 100%; what no score claims (the
//!    unexplained output and the rounding) goes, by the runtime's rule, to the model's training
//!    datanets by training share.
//!
//! ## Generation ([`generate`])
//!
//! The reference model is an ∞-gram language model over the same indexes: the next token
//! follows the longest suffix of the context that occurs, drawn from what follows all its
//! occurrences in proportion to their counts by a splitmix64 stream seeded by the caller; a
//! document's end drawn ends the text. Same indexes, prompt and seed: same output.
//!
//! ## Retrieval ([`Retriever`])
//!
//! For models that answer from passages: BM25 over the words of every document of the
//! indexes, ranked with `f64` arithmetic in a fixed order and `libm`'s `log`, ties to the lower
//! `(datanet, contribution)`; a passage is its document's first tokens (module docs).

mod attribution;
pub mod corpus;
mod generate;
pub mod hex;
mod index;
mod manifest;
mod retrieve;
mod spans;
mod tokenizer;

pub use attribution::{attribute, Attribution, Credit, Params, Report, TOKEN_UNIT};
pub use generate::{generate, Generation};
pub use index::{Document, DocumentRef, VersionIndex, SEPARATOR};
pub use manifest::{IndexManifest, IndexRef, ManifestDocument, ModelManifest, FORMAT, METHOD};
pub use retrieve::{words, Passage, Retriever};
pub use spans::{maximal_spans, Span};
pub use tokenizer::{Tokenizer, TOKENIZER};

/// A 32-byte hash, as the chain's `H256`.
pub type Hash = [u8; 32];

/// blake2b-256 of `data`: content hashes and manifest hashes, as the chain computes them.
pub fn blake2_256(data: &[u8]) -> Hash {
	sp_crypto_hashing::blake2_256(data)
}

/// Why the engine refused its input.
#[derive(Debug, thiserror::Error)]
pub enum Error {
	/// A document's text does not hash to its content hash.
	#[error("contribution {contribution}: content hashes to {found}, the chain says {expected}")]
	ContentMismatch {
		/// The contribution.
		contribution: u64,
		/// The content hash on chain.
		expected: String,
		/// The hash of the text given.
		found: String,
	},
	/// Two documents of one index have the same contribution id.
	#[error("contribution {0} appears twice in one version")]
	DuplicateContribution(u64),
	/// The text has more tokens than a 32-bit suffix array addresses.
	#[error("the version has {0} tokens; at most {max} fit an index", max = i32::MAX)]
	TooLarge(usize),
	/// The tokenizer produced an id outside `u16` (never for `r50k_base`).
	#[error("token id {0} does not fit the index")]
	TokenOutOfRange(u32),
	/// Suffix array construction failed.
	#[error("suffix array construction failed: {0}")]
	SuffixArray(String),
	/// The tokenizer could not be loaded.
	#[error("tokenizer: {0}")]
	Tokenizer(String),
	/// An index file could not be read or written.
	#[error("index file {path}: {source}")]
	Io {
		/// The file.
		path: std::path::PathBuf,
		/// What went wrong.
		source: std::io::Error,
	},
	/// An index on disk does not match its manifest.
	#[error("index {path} is corrupt: {reason}")]
	Corrupt {
		/// The index directory.
		path: std::path::PathBuf,
		/// What does not match.
		reason: String,
	},
}
