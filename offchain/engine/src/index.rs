//! The suffix-array index of one datanet version.

use crate::{
	blake2_256, hex, Error, Hash, IndexManifest, ManifestDocument, Tokenizer, FORMAT, TOKENIZER,
};
use libsais::SuffixArrayConstruction;
use std::{
	collections::BTreeSet,
	ops::Range,
	path::{Path, PathBuf},
};

/// Ends every document in the token stream; no text tokenizes to it, so no match crosses it.
pub const SEPARATOR: u16 = u16::MAX;

/// A contribution's content, as the engine indexes it.
#[derive(Clone, Debug)]
pub struct Document {
	/// The contribution id on chain.
	pub contribution: u64,
	/// Its content hash on chain.
	pub content_hash: Hash,
	/// Its content (UTF-8; other bytes are read lossily).
	pub text: String,
}

impl Document {
	/// A document from raw content bytes, checked against `content_hash`.
	///
	/// # Errors
	/// [`Error::ContentMismatch`] when the bytes do not hash to `content_hash`.
	pub fn from_bytes(contribution: u64, content_hash: Hash, bytes: &[u8]) -> Result<Self, Error> {
		let found = blake2_256(bytes);
		if found != content_hash {
			return Err(Error::ContentMismatch {
				contribution,
				expected: hex::encode(&content_hash),
				found: hex::encode(&found),
			});
		}
		Ok(Self { contribution, content_hash, text: String::from_utf8_lossy(bytes).into_owned() })
	}
}

/// Which contribution of which datanet a match lies in.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug, serde::Serialize)]
pub struct DocumentRef {
	/// The datanet.
	pub datanet: u32,
	/// The contribution.
	pub contribution: u64,
}

/// The index of one datanet version: token stream, suffix array, document starts, manifest.
pub struct VersionIndex {
	manifest: IndexManifest,
	tokens: Vec<u16>,
	suffixes: Vec<u32>,
	/// Offset of each document's first token, ascending (documents in manifest order).
	starts: Vec<u32>,
}

impl VersionIndex {
	/// Builds the index of `datanet`'s `version` from its accepted contributions, in any order;
	/// `progress` is told how many bytes of text have been tokenized.
	///
	/// # Errors
	/// [`Error::ContentMismatch`], [`Error::DuplicateContribution`], [`Error::TooLarge`],
	/// [`Error::SuffixArray`].
	pub fn build(
		datanet: u32,
		version: u32,
		mut documents: Vec<Document>,
		mut progress: impl FnMut(u64),
	) -> Result<Self, Error> {
		documents.sort_by_key(|d| d.contribution);
		if let Some(pair) = documents.windows(2).find(|w| w[0].contribution == w[1].contribution) {
			return Err(Error::DuplicateContribution(pair[0].contribution));
		}
		let tokenizer = Tokenizer::r50k();
		let mut tokens = Vec::new();
		let mut starts = Vec::with_capacity(documents.len());
		let mut entries = Vec::with_capacity(documents.len());
		for document in &documents {
			let found = blake2_256(document.text.as_bytes());
			if found != document.content_hash {
				return Err(Error::ContentMismatch {
					contribution: document.contribution,
					expected: hex::encode(&document.content_hash),
					found: hex::encode(&found),
				});
			}
			let start = u32::try_from(tokens.len()).map_err(|_| Error::TooLarge(tokens.len()))?;
			let text = tokenizer.encode(&document.text)?;
			entries.push(ManifestDocument {
				contribution: document.contribution,
				content_hash: document.content_hash,
				tokens: text.len() as u64,
			});
			starts.push(start);
			tokens.extend_from_slice(&text);
			tokens.push(SEPARATOR);
			progress(document.text.len() as u64);
		}
		if tokens.len() > i32::MAX as usize {
			return Err(Error::TooLarge(tokens.len()));
		}
		let suffixes = suffix_array(&tokens)?;
		let manifest = IndexManifest {
			format: FORMAT,
			tokenizer: TOKENIZER.into(),
			datanet,
			version,
			documents: entries,
			tokens: tokens.len() as u64,
			tokens_hash: tokens_hash(&tokens),
		};
		Ok(Self { manifest, tokens, suffixes, starts })
	}

	/// The manifest; its hash names the index.
	pub fn manifest(&self) -> &IndexManifest {
		&self.manifest
	}

	/// The datanet.
	pub fn datanet(&self) -> u32 {
		self.manifest.datanet
	}

	/// Tokens in the stream (documents and separators).
	pub fn len(&self) -> usize {
		self.tokens.len()
	}

	/// Whether the version has no document.
	pub fn is_empty(&self) -> bool {
		self.starts.is_empty()
	}

	/// The token stream.
	pub fn tokens(&self) -> &[u16] {
		&self.tokens
	}

	/// The suffix array: starting offsets of the stream's suffixes in lexicographic order.
	pub fn suffixes(&self) -> &[u32] {
		&self.suffixes
	}

	/// The token at `depth` of the suffix starting at `offset`, `-1` past the end (the end
	/// sorts first).
	fn token_at(&self, offset: u32, depth: usize) -> i32 {
		(offset as usize)
			.checked_add(depth)
			.and_then(|at| self.tokens.get(at))
			.map_or(-1, |&t| i32::from(t))
	}

	/// Within `range` of the suffix array (suffixes sharing their first `depth` tokens), the
	/// sub-range whose token at `depth` is `token`.
	pub fn narrow(&self, range: Range<usize>, depth: usize, token: u16) -> Range<usize> {
		let token = i32::from(token);
		let Some(slice) = self.suffixes.get(range.clone()) else { return 0..0 };
		let lo = slice.partition_point(|&s| self.token_at(s, depth) < token);
		let hi = slice.partition_point(|&s| self.token_at(s, depth) <= token);
		range.start.saturating_add(lo)..range.start.saturating_add(hi)
	}

	/// The suffix-array range of the suffixes starting with `pattern` (empty when it does not
	/// occur).
	pub fn find(&self, pattern: &[u16]) -> Range<usize> {
		match self.longest_prefix(pattern) {
			(len, range) if len == pattern.len() => range,
			_ => 0..0,
		}
	}

	/// The length of the longest prefix of `pattern` that occurs, and its suffix-array range.
	pub fn longest_prefix(&self, pattern: &[u16]) -> (usize, Range<usize>) {
		let mut range = 0..self.suffixes.len();
		if self.starts.is_empty() {
			return (0, 0..0);
		}
		for (depth, &token) in pattern.iter().enumerate() {
			let next = self.narrow(range.clone(), depth, token);
			if next.is_empty() {
				return (depth, range);
			}
			range = next;
		}
		(pattern.len(), range)
	}

	/// Every document with its tokens (separator excluded), in manifest order.
	pub fn documents(&self) -> impl Iterator<Item = (DocumentRef, &[u16])> {
		let ends = self.starts.iter().skip(1).map(|s| *s as usize).chain([self.tokens.len()]);
		self.manifest.documents.iter().zip(self.starts.iter().zip(ends)).map(|(d, (start, end))| {
			let reference =
				DocumentRef { datanet: self.manifest.datanet, contribution: d.contribution };
			// Each document is followed by its separator.
			let tokens =
				self.tokens.get(*start as usize..end.saturating_sub(1)).unwrap_or_default();
			(reference, tokens)
		})
	}

	/// The document holding stream offset `offset`.
	pub fn document_at(&self, offset: u32) -> Option<DocumentRef> {
		let index = self.starts.partition_point(|&start| start <= offset).checked_sub(1)?;
		self.manifest
			.documents
			.get(index)
			.map(|d| DocumentRef { datanet: self.manifest.datanet, contribution: d.contribution })
	}

	/// The documents holding the suffixes of `range`.
	pub fn documents_in(&self, range: Range<usize>) -> BTreeSet<DocumentRef> {
		self.suffixes
			.get(range)
			.unwrap_or_default()
			.iter()
			.filter_map(|&offset| self.document_at(offset))
			.collect()
	}

	/// Writes the index to `dir` (created if missing): `manifest.json`, `tokens.bin`,
	/// `suffixes.bin`, little-endian.
	///
	/// # Errors
	/// [`Error::Io`].
	pub fn save(&self, dir: &Path) -> Result<(), Error> {
		let io = |path: PathBuf| move |source| Error::Io { path, source };
		std::fs::create_dir_all(dir).map_err(io(dir.into()))?;
		let manifest = serde_json::to_vec_pretty(&self.manifest).unwrap_or_default();
		let path = dir.join("manifest.json");
		std::fs::write(&path, manifest).map_err(io(path))?;
		let tokens: Vec<u8> = self.tokens.iter().flat_map(|t| t.to_le_bytes()).collect();
		let path = dir.join("tokens.bin");
		std::fs::write(&path, tokens).map_err(io(path))?;
		let suffixes: Vec<u8> = self.suffixes.iter().flat_map(|s| s.to_le_bytes()).collect();
		let path = dir.join("suffixes.bin");
		std::fs::write(&path, suffixes).map_err(io(path))
	}

	/// Reads an index [`VersionIndex::save`] wrote, checking the token stream against the
	/// manifest and the suffix array's length and range (its order is trusted: the directory
	/// is the reader's own cache; rebuild to check it).
	///
	/// # Errors
	/// [`Error::Io`], [`Error::Corrupt`].
	pub fn load(dir: &Path) -> Result<Self, Error> {
		let read = |name: &str| {
			let path = dir.join(name);
			std::fs::read(&path).map_err(|source| Error::Io { path, source })
		};
		let corrupt =
			|reason: &str| Error::Corrupt { path: dir.into(), reason: reason.to_string() };
		let manifest: IndexManifest = serde_json::from_slice(&read("manifest.json")?)
			.map_err(|e| corrupt(&format!("manifest: {e}")))?;
		let tokens: Vec<u16> =
			read("tokens.bin")?.chunks_exact(2).map(|b| u16::from_le_bytes([b[0], b[1]])).collect();
		if tokens.len() as u64 != manifest.tokens || tokens_hash(&tokens) != manifest.tokens_hash {
			return Err(corrupt("the token stream does not match the manifest"));
		}
		let suffixes: Vec<u32> = read("suffixes.bin")?
			.chunks_exact(4)
			.map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
			.collect();
		if suffixes.len() != tokens.len() || suffixes.iter().any(|&s| s as usize >= tokens.len()) {
			return Err(corrupt("the suffix array does not fit the token stream"));
		}
		let mut starts = Vec::with_capacity(manifest.documents.len());
		let mut offset: u64 = 0;
		for document in &manifest.documents {
			starts.push(u32::try_from(offset).map_err(|_| corrupt("document offsets"))?);
			offset = offset.saturating_add(document.tokens).saturating_add(1);
		}
		if offset != manifest.tokens {
			return Err(corrupt("document lengths do not add up to the token stream"));
		}
		Ok(Self { manifest, tokens, suffixes, starts })
	}
}

/// blake2-256 of the token stream, each token as two little-endian bytes.
fn tokens_hash(tokens: &[u16]) -> Hash {
	let bytes: Vec<u8> = tokens.iter().flat_map(|t| t.to_le_bytes()).collect();
	blake2_256(&bytes)
}

/// The suffix array of `tokens` (at most `i32::MAX` of them), single-threaded so that builds
/// behave the same everywhere.
fn suffix_array(tokens: &[u16]) -> Result<Vec<u32>, Error> {
	if tokens.is_empty() {
		return Ok(Vec::new());
	}
	let suffixes = SuffixArrayConstruction::for_text(tokens)
		.in_owned_buffer32()
		.single_threaded()
		.run()
		.map_err(|e| Error::SuffixArray(format!("{e:?}")))?
		.into_vec();
	suffixes
		.into_iter()
		.map(|s| u32::try_from(s).map_err(|_| Error::SuffixArray(format!("negative offset {s}"))))
		.collect()
}
