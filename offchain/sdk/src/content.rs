//! The content store: contribution content by content hash, in a directory.
//!
//! `get(hash, uri, size)` answers from the directory (`<dir>/<0x-hex hash>`), then from the seed
//! content every client carries (the texts of `content/seed/` that the dev chain's genesis
//! contributions point at), then by fetching `uri`. Whatever is read is checked against the
//! hash: a mismatch is an error, never stored.
//!
//! A URI is the contributor's choice, so fetching it is bounded by the [`FetchPolicy`]: at most
//! the size the chain records for the contribution (or [`MAX_FETCH`]), within a time limit,
//! only from public addresses (every redirect is followed by hand and checked the same way), and
//! `file://` only when the operator allows it (local development: a contributor's `file://`
//! URI would read the fetching machine's own files).

use attribution_engine::{blake2_256, Hash};
use std::{
	io::Read,
	net::{IpAddr, ToSocketAddrs},
	path::{Path, PathBuf},
	time::Duration,
};

/// The dev chain's seeded contributions, by file name: the same bytes genesis hashed.
pub const SEED: [(&str, &[u8]); 5] = [
	("medical-qa-1.txt", include_bytes!("../../../content/seed/medical-qa-1.txt")),
	("medical-qa-2.txt", include_bytes!("../../../content/seed/medical-qa-2.txt")),
	("medical-qa-3.txt", include_bytes!("../../../content/seed/medical-qa-3.txt")),
	("legal-corpus-1.txt", include_bytes!("../../../content/seed/legal-corpus-1.txt")),
	("legal-corpus-2.txt", include_bytes!("../../../content/seed/legal-corpus-2.txt")),
];

/// Largest content fetched when the chain records no size (64 MiB).
pub const MAX_FETCH: u64 = 64 << 20;

/// Redirects followed at most.
const MAX_REDIRECTS: usize = 5;

/// What fetching a contributor-chosen URI may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FetchPolicy {
	/// Read `file://` URIs. Local development only.
	pub allow_file: bool,
	/// Connect to loopback, private, link-local and other non-public addresses. Local
	/// development only.
	pub allow_private: bool,
	/// Time allowed for one fetch, from connecting to the last byte.
	pub timeout: Duration,
}

/// The command-line options that make a [`ContentStore`]'s fetch policy and mirrors (the CLI's
/// and the provider's).
#[derive(clap::Args, Clone, Debug, Default)]
pub struct FetchArgs {
	/// Read contributors' `file://` URIs. Local development only: such a URI reads this
	/// machine's files.
	#[arg(long, global = true, env = "OPENLEDGER_ALLOW_FILE_URIS")]
	pub allow_file_uris: bool,
	/// Fetch from loopback, private and link-local hosts. Local development only: a URI (or a
	/// redirect) naming one would reach this machine's network.
	#[arg(long, global = true, env = "OPENLEDGER_ALLOW_PRIVATE_HOSTS")]
	pub allow_private_hosts: bool,
	/// Seconds one fetch may take, connecting to last byte.
	#[arg(long, global = true, default_value_t = 30)]
	pub fetch_timeout: u64,
	/// A provider (its HTTP base URL) to ask for content whose URI is gone or fails; repeat
	/// for several.
	#[arg(long = "content-mirror", global = true)]
	pub content_mirrors: Vec<String>,
}

impl FetchArgs {
	/// The content store in `dir` with these options.
	pub fn store(&self, dir: impl Into<PathBuf>) -> ContentStore {
		ContentStore::new(dir)
			.with_policy(FetchPolicy {
				allow_file: self.allow_file_uris,
				allow_private: self.allow_private_hosts,
				timeout: Duration::from_secs(self.fetch_timeout),
			})
			.with_mirrors(self.content_mirrors.clone())
	}
}

impl Default for FetchPolicy {
	/// Public `http(s)` only, 30 seconds.
	fn default() -> Self {
		Self { allow_file: false, allow_private: false, timeout: Duration::from_secs(30) }
	}
}

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
	/// The policy refuses the URI (a `file://` URI, or a host that is not public).
	#[error("refusing to fetch {uri}: {reason}")]
	Refused {
		/// The URI.
		uri: String,
		/// Why.
		reason: String,
	},
	/// More bytes than the chain records for the contribution.
	#[error("{uri} holds more than the {limit} bytes recorded on chain")]
	TooLarge {
		/// The URI.
		uri: String,
		/// The bound.
		limit: u64,
	},
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
	policy: FetchPolicy,
	mirrors: Vec<String>,
}

impl ContentStore {
	/// The store in `dir` (created on first write), fetching by the default [`FetchPolicy`].
	pub fn new(dir: impl Into<PathBuf>) -> Self {
		Self { dir: dir.into(), policy: FetchPolicy::default(), mirrors: Vec::new() }
	}

	/// The same store, fetching by `policy`.
	pub fn with_policy(self, policy: FetchPolicy) -> Self {
		Self { policy, ..self }
	}

	/// The same store, asking `mirrors` (base URLs of providers, which serve their content at
	/// `/content/<0x-hex hash>`) for content whose URI is gone or fails. What a mirror returns
	/// is checked against the hash like anything else, under the same policy.
	pub fn with_mirrors(self, mirrors: Vec<String>) -> Self {
		Self { mirrors, ..self }
	}

	/// The content with `hash` if the store holds it or it is seed content, without fetching
	/// (unchecked: for serving it to others, who check it).
	pub fn stored(&self, hash: &Hash) -> Option<Vec<u8>> {
		std::fs::read(self.path(hash)).ok().or_else(|| {
			SEED.iter().find(|(_, bytes)| blake2_256(bytes) == *hash).map(|(_, b)| b.to_vec())
		})
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

	/// The content with `hash`: from the store, the seed content, or `uri` (at most `size`
	/// bytes, the size on chain, or [`MAX_FETCH`]), checked against the hash (and stored when
	/// fetched).
	///
	/// # Errors
	/// [`ContentError::Mismatch`] when what the store or the URI holds hashes otherwise;
	/// [`ContentError::NotFound`], [`ContentError::UnsupportedUri`], [`ContentError::Refused`],
	/// [`ContentError::TooLarge`], [`ContentError::Io`], [`ContentError::Http`].
	pub fn get(
		&self,
		hash: &Hash,
		uri: Option<&str>,
		size: Option<u64>,
	) -> Result<Vec<u8>, ContentError> {
		let path = self.path(hash);
		if path.exists() {
			let bytes = std::fs::read(&path)
				.map_err(|source| ContentError::Io { path: path.clone(), source })?;
			return checked(&path.display().to_string(), hash, bytes);
		}
		if let Some((_, bytes)) = SEED.iter().find(|(_, bytes)| blake2_256(bytes) == *hash) {
			return Ok(bytes.to_vec());
		}
		let limit = size.unwrap_or(MAX_FETCH).min(MAX_FETCH);
		let mirrored = self
			.mirrors
			.iter()
			.map(|mirror| format!("{}/content/{}", mirror.trim_end_matches('/'), hex_hash(hash)));
		let mut failure = None;
		for source in uri.map(str::to_string).into_iter().chain(mirrored) {
			match fetch(&source, limit, &self.policy)
				.and_then(|bytes| checked(&source, hash, bytes))
			{
				Ok(bytes) => {
					self.put(&bytes)?;
					return Ok(bytes);
				}
				Err(e) => {
					tracing::debug!("content {}: {e}", hex_hash(hash));
					failure = failure.or(Some(e));
				}
			}
		}
		Err(failure.unwrap_or_else(|| ContentError::NotFound(hex_hash(hash))))
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

/// The bytes at `uri`, at most `limit` of them, as `policy` allows.
fn fetch(uri: &str, limit: u64, policy: &FetchPolicy) -> Result<Vec<u8>, ContentError> {
	let refused =
		|uri: &str, reason: &str| ContentError::Refused { uri: uri.into(), reason: reason.into() };
	if let Some(path) = uri.strip_prefix("file://") {
		if !policy.allow_file {
			return Err(refused(uri, "file:// URIs are read only with --allow-file-uris"));
		}
		let file = std::fs::File::open(path)
			.map_err(|source| ContentError::Io { path: path.into(), source })?;
		return read_bounded(file, uri, limit)
			.map_err(|source| ContentError::Io { path: path.into(), source })?;
	}
	// Redirects are followed here, one hop at a time, so each target is checked as the first.
	let agent: ureq::Agent = ureq::Agent::config_builder()
		.timeout_global(Some(policy.timeout))
		.max_redirects(0)
		.http_status_as_error(false)
		.build()
		.into();
	let mut current = uri.to_string();
	for _ in 0..=MAX_REDIRECTS {
		let http = |reason: String| ContentError::Http { uri: current.clone(), reason };
		let host = public_host(&current, policy)?;
		let mut response = agent.get(&current).call().map_err(|e| http(e.to_string()))?;
		let status = response.status();
		if status.is_redirection() {
			let location = response
				.headers()
				.get("location")
				.and_then(|value| value.to_str().ok())
				.ok_or_else(|| http(format!("{status} without a Location")))?;
			current = resolve_location(&current, &host, location);
			continue;
		}
		if !status.is_success() {
			return Err(http(format!("status {status}")));
		}
		let body = response.body_mut().as_reader();
		return read_bounded(body, &current, limit).map_err(|e| http(e.to_string()))?;
	}
	Err(ContentError::Http {
		uri: uri.into(),
		reason: format!("more than {MAX_REDIRECTS} redirects"),
	})
}

/// Up to `limit` bytes of `reader`: [`ContentError::TooLarge`] when there are more.
fn read_bounded(
	reader: impl Read,
	uri: &str,
	limit: u64,
) -> std::io::Result<Result<Vec<u8>, ContentError>> {
	let mut bytes = Vec::new();
	reader.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
	Ok(if bytes.len() as u64 > limit {
		Err(ContentError::TooLarge { uri: uri.into(), limit })
	} else {
		Ok(bytes)
	})
}

/// The `scheme://authority` of an `http(s)` URI whose host resolves only to public addresses
/// (any address when `policy` allows private ones).
fn public_host(uri: &str, policy: &FetchPolicy) -> Result<String, ContentError> {
	let (scheme, rest) = if let Some(rest) = uri.strip_prefix("https://") {
		("https", rest)
	} else if let Some(rest) = uri.strip_prefix("http://") {
		("http", rest)
	} else {
		return Err(ContentError::UnsupportedUri(uri.into()));
	};
	let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
	let host_port = authority.rsplit('@').next().unwrap_or_default();
	let origin = format!("{scheme}://{authority}");
	if policy.allow_private {
		return Ok(origin);
	}
	let default_port = if scheme == "https" { 443 } else { 80 };
	let has_port =
		if host_port.starts_with('[') { host_port.contains("]:") } else { host_port.contains(':') };
	let target =
		if has_port { host_port.to_string() } else { format!("{host_port}:{default_port}") };
	let addresses: Vec<IpAddr> = target
		.to_socket_addrs()
		.map_err(|e| ContentError::Http { uri: uri.into(), reason: format!("resolving: {e}") })?
		.map(|address| address.ip())
		.collect();
	if addresses.is_empty() || !addresses.iter().all(is_public) {
		return Err(ContentError::Refused {
			uri: uri.into(),
			reason: format!(
				"{host_port} is not a public address (--allow-private-hosts fetches from it)"
			),
		});
	}
	Ok(origin)
}

/// A redirect's `location` made absolute against the URI it came from.
fn resolve_location(from: &str, origin: &str, location: &str) -> String {
	if location.starts_with("http://") || location.starts_with("https://") {
		location.to_string()
	} else if let Some(path) = location.strip_prefix('/') {
		format!("{origin}/{path}")
	} else {
		let base = from.rsplit_once('/').map_or(from, |(base, _)| base);
		format!("{base}/{location}")
	}
}

/// Whether `ip` is a public unicast address: not loopback, private, link-local, shared,
/// documentation, multicast, broadcast or unspecified (IPv4-mapped IPv6 judged as IPv4).
pub fn is_public(ip: &IpAddr) -> bool {
	match ip {
		IpAddr::V4(v4) => {
			let [a, b, ..] = v4.octets();
			!(v4.is_loopback()
				|| v4.is_private()
				|| v4.is_link_local()
				|| v4.is_unspecified()
				|| v4.is_broadcast()
				|| v4.is_multicast()
				|| v4.is_documentation()
				|| a == 0 || (a == 100 && (64..128).contains(&b))
				|| (a == 198 && (b == 18 || b == 19))
				|| a >= 240)
		}
		IpAddr::V6(v6) => {
			if let Some(v4) = v6.to_ipv4_mapped() {
				return is_public(&IpAddr::V4(v4));
			}
			let first = v6.segments()[0];
			!(v6.is_loopback()
				|| v6.is_unspecified()
				|| v6.is_multicast()
				|| (first & 0xfe00) == 0xfc00
				|| (first & 0xffc0) == 0xfe80
				|| first == 0x2001 && v6.segments()[1] == 0x0db8)
		}
	}
}
