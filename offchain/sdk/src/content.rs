//! The content store: contribution content by content hash, in a directory.
//!
//! `get(hash, uri)` answers from the directory (`<dir>/<0x-hex hash>`), then from the seed
//! content every client carries (the texts of `content/seed/` that the dev chain's genesis
//! contributions point at), then by fetching `uri` (`file://` or `http(s)://`). Whatever is
//! read is checked against the hash: a mismatch is an error, never stored.

use attribution_engine::{blake2_256, Hash};
use std::path::{Path, PathBuf};

/// The dev chain's seeded contributions, by file name: the same bytes genesis hashed.
pub const SEED: [(&str, &[u8]); 5] = [
	("medical-qa-1.txt", include_bytes!("../../../content/seed/medical-qa-1.txt")),
	("medical-qa-2.txt", include_bytes!("../../../content/seed/medical-qa-2.txt")),
	("medical-qa-3.txt", include_bytes!("../../../content/seed/medical-qa-3.txt")),
	("legal-corpus-1.txt", include_bytes!("../../../content/seed/legal-corpus-1.txt")),
	("legal-corpus-2.txt", include_bytes!("../../../content/seed/legal-corpus-2.txt")),
];

/// Largest content fetched over HTTP (64 MiB).
const MAX_FETCH: u64 = 64 << 20;

/// Why content could not be had.
#[derive(Debug, thiserror::Error)]
pub enum ContentError {
	/// Content was found or fetched but hashes to something else.
	#[error("content at {source_name} hashes to {found}, expected {expected}")]
	Mismatch {
		/// Where it came from.
		source_name: String,
		/// The hash asked for.
		expected: String,
		/// The hash of what was read.
		found: String,
	},
	/// Not in the store, not seed content, and no URI to fetch it from.
	#[error("content {0} is not in the store and has no URI")]
	NotFound(String),
	/// The URI's scheme is neither `file://` nor `http(s)://`.
	#[error("cannot fetch {0}: only file://, http:// and https:// URIs are fetched")]
	UnsupportedUri(String),
	/// Reading or writing a file failed.
	#[error("{path}: {source}")]
	Io {
		/// The file.
		path: PathBuf,
		/// What went wrong.
		source: std::io::Error,
	},
	/// An HTTP fetch failed.
	#[error("fetching {uri}: {reason}")]
	Http {
		/// The URI.
		uri: String,
		/// What went wrong.
		reason: String,
	},
}

/// `0x` and the hash in lowercase hex.
pub fn hex_hash(hash: &Hash) -> String {
	format!("0x{}", hex::encode(hash))
}

/// A directory of content files named by their hash.
#[derive(Clone, Debug)]
pub struct ContentStore {
	dir: PathBuf,
}

impl ContentStore {
	/// The store in `dir` (created on first write).
	pub fn new(dir: impl Into<PathBuf>) -> Self {
		Self { dir: dir.into() }
	}

	/// Its directory.
	pub fn dir(&self) -> &Path {
		&self.dir
	}

	fn path(&self, hash: &Hash) -> PathBuf {
		self.dir.join(hex_hash(hash))
	}

	/// Stores `bytes` and returns their content hash.
	///
	/// # Errors
	/// [`ContentError::Io`].
	pub fn put(&self, bytes: &[u8]) -> Result<Hash, ContentError> {
		let hash = blake2_256(bytes);
		let io = |path: &Path| {
			let path = path.to_path_buf();
			move |source| ContentError::Io { path, source }
		};
		std::fs::create_dir_all(&self.dir).map_err(io(&self.dir))?;
		let path = self.path(&hash);
		// Written aside and renamed, so a crash never leaves a partial file under the hash.
		let partial = path.with_extension("partial");
		std::fs::write(&partial, bytes).map_err(io(&partial))?;
		std::fs::rename(&partial, &path).map_err(io(&path))?;
		Ok(hash)
	}

	/// The content with `hash`: from the store, the seed content, or `uri`, checked against
	/// the hash (and stored when fetched).
	///
	/// # Errors
	/// [`ContentError::Mismatch`] when what the store or the URI holds hashes otherwise;
	/// [`ContentError::NotFound`], [`ContentError::UnsupportedUri`], [`ContentError::Io`],
	/// [`ContentError::Http`].
	pub fn get(&self, hash: &Hash, uri: Option<&str>) -> Result<Vec<u8>, ContentError> {
		let path = self.path(hash);
		if path.exists() {
			let bytes = std::fs::read(&path)
				.map_err(|source| ContentError::Io { path: path.clone(), source })?;
			return checked(&path.display().to_string(), hash, bytes);
		}
		if let Some((_, bytes)) = SEED.iter().find(|(_, bytes)| blake2_256(bytes) == *hash) {
			return Ok(bytes.to_vec());
		}
		let uri = uri.ok_or_else(|| ContentError::NotFound(hex_hash(hash)))?;
		let bytes = checked(uri, hash, fetch(uri)?)?;
		self.put(&bytes)?;
		Ok(bytes)
	}
}

fn checked(source_name: &str, hash: &Hash, bytes: Vec<u8>) -> Result<Vec<u8>, ContentError> {
	let found = blake2_256(&bytes);
	if found != *hash {
		return Err(ContentError::Mismatch {
			source_name: source_name.into(),
			expected: hex_hash(hash),
			found: hex_hash(&found),
		});
	}
	Ok(bytes)
}

/// The bytes at `uri`.
fn fetch(uri: &str) -> Result<Vec<u8>, ContentError> {
	if let Some(path) = uri.strip_prefix("file://") {
		return std::fs::read(path)
			.map_err(|source| ContentError::Io { path: path.into(), source });
	}
	if !(uri.starts_with("http://") || uri.starts_with("https://")) {
		return Err(ContentError::UnsupportedUri(uri.into()));
	}
	let http = |reason: String| ContentError::Http { uri: uri.into(), reason };
	let mut response = ureq::get(uri).call().map_err(|e| http(e.to_string()))?;
	response
		.body_mut()
		.with_config()
		.limit(MAX_FETCH)
		.read_to_vec()
		.map_err(|e| http(e.to_string()))
}
