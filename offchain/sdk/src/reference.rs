//! The reference model: `attribution-engine`'s ∞-gram model and span attribution over the
//! versions a model and its ancestors cite.
//!
//! Anyone can rebuild it from public data: the versions are listed from the chain and checked
//! against their commitments ([`crate::versions`]), their content comes from the content store
//! checked against its hashes, and the index manifests hash into the [`ModelManifest`] whose
//! hash is the reference model's artifact hash on chain. Generation is seeded by
//! [`generation_seed`] (the request id and input hash), so even the output can be reproduced.

use crate::{
	chain::{runtime, Client},
	content::{hex_hash, ContentStore},
	versions::{list_version, VersionListing},
};
use anyhow::{anyhow, Context};
use attribution_engine::{
	attribute, generate, Document, Generation, Hash, IndexRef, ModelManifest, Params, Report,
	VersionIndex,
};
pub use openledger_formulas::generation_seed;
use std::{collections::BTreeSet, path::PathBuf};

/// Shortest span the reference model credits, in tokens.
pub const MIN_SPAN: u32 = 4;
/// Spans occurring more often than this are too common to credit.
pub const MAX_OCCURRENCES: u64 = 1_000;

/// What the loader reports while it works.
pub enum Progress<'a> {
	/// Starting on a version with this many bytes of content.
	Version {
		/// The datanet.
		datanet: u32,
		/// The version.
		version: u32,
		/// Bytes to index.
		bytes: u64,
	},
	/// Bytes of the current version indexed so far.
	Indexed(u64),
	/// A version's index was loaded from the cache.
	Cached(&'a str),
}

/// A model's reference indexes and parameters.
pub struct ReferenceModel {
	/// The model.
	pub model: u32,
	/// Its artifact hash on chain.
	pub artifact_hash: Hash,
	/// One index per cited version.
	pub indexes: Vec<VersionIndex>,
	/// The manifest over those indexes.
	pub manifest: ModelManifest,
	/// The engine's parameters (the runtime's bounds included).
	pub params: Params,
}

impl ReferenceModel {
	/// Builds (or loads from `cache`) the indexes of every version `model` and its ancestors
	/// cite, at the latest finalized block, with content from `store`.
	///
	/// # Errors
	/// When the model is unknown, a version cannot be listed or verified, or content is
	/// missing or does not match its hash.
	pub async fn load(
		client: &Client,
		model: u32,
		store: &ContentStore,
		cache: Option<PathBuf>,
		mut progress: impl FnMut(Progress<'_>),
	) -> anyhow::Result<Self> {
		let at = client.at_current_block().await?;
		let models = runtime::storage().models().models();
		let info = at
			.storage()
			.fetch(models.clone(), (model,))
			.await
			.with_context(|| format!("model {model} is not on chain"))?
			.decode()?;
		let mut cited = BTreeSet::new();
		for source in &info.training.0 {
			cited.insert((source.datanet, source.version));
		}
		for link in &info.lineage.0 {
			let ancestor = at.storage().fetch(models.clone(), (link.model,)).await?.decode()?;
			for source in &ancestor.training.0 {
				cited.insert((source.datanet, source.version));
			}
		}
		let constants = runtime::constants().rewards();
		let max_contributions = at.constants().entry(constants.max_attributed_contributions())?;
		let max_datanets = at.constants().entry(constants.max_attributed_datanets())?;

		let mut indexes = Vec::with_capacity(cited.len());
		for (datanet, version) in cited {
			let listing = list_version(client, datanet, version).await?;
			indexes.push(version_index(&listing, store, cache.as_ref(), &mut progress)?);
		}
		let refs = indexes
			.iter()
			.map(|index| IndexRef {
				datanet: index.manifest().datanet,
				version: index.manifest().version,
				manifest: index.manifest().hash(),
			})
			.collect();
		Ok(Self {
			model,
			artifact_hash: info.artifact_hash.0,
			indexes,
			manifest: ModelManifest::new(MIN_SPAN, MAX_OCCURRENCES, refs),
			params: Params {
				min_span: MIN_SPAN as usize,
				max_occurrences: MAX_OCCURRENCES,
				max_contributions: max_contributions as usize,
				max_datanets: max_datanets as usize,
			},
		})
	}

	/// Whether the model's artifact hash is this reference model's manifest hash.
	pub fn is_reference(&self) -> bool {
		self.manifest.hash() == self.artifact_hash
	}

	/// The indexes, as the engine takes them.
	pub fn index_refs(&self) -> Vec<&VersionIndex> {
		self.indexes.iter().collect()
	}

	/// The output for request `inference` with `prompt` (up to `max_tokens`).
	///
	/// # Errors
	/// The engine's.
	pub fn generate(
		&self,
		inference: u64,
		input_hash: &Hash,
		prompt: &str,
		max_tokens: usize,
	) -> anyhow::Result<Generation> {
		let seed = generation_seed(inference, input_hash);
		Ok(generate(&self.index_refs(), prompt, max_tokens, seed)?)
	}

	/// The attribution of `output`.
	///
	/// # Errors
	/// The engine's.
	pub fn attribute(&self, output: &str) -> anyhow::Result<Report> {
		Ok(attribute(&self.index_refs(), output, self.params)?)
	}
}

/// The index of a listed version: from `cache` when a saved index lists exactly its
/// contributions, else built from the content store (and saved to `cache`).
fn version_index(
	listing: &VersionListing,
	store: &ContentStore,
	cache: Option<&PathBuf>,
	progress: &mut impl FnMut(Progress<'_>),
) -> anyhow::Result<VersionIndex> {
	let (datanet, version) = (listing.datanet, listing.version);
	let dir =
		cache.map(|c| c.join(format!("d{datanet}-v{version}-{}", hex_hash(&listing.commitment))));
	let listed: Vec<(u64, Hash)> =
		listing.contributions.iter().map(|c| (c.contribution, c.content_hash)).collect();
	if let Some(index) = dir.as_ref().and_then(|d| VersionIndex::load(d).ok()) {
		let saved: Vec<(u64, Hash)> =
			index.manifest().documents.iter().map(|d| (d.contribution, d.content_hash)).collect();
		if saved == listed
			&& index.manifest().datanet == datanet
			&& index.manifest().version == version
		{
			progress(Progress::Cached(&format!("datanet {datanet} version {version}")));
			return Ok(index);
		}
	}
	let mut documents = Vec::with_capacity(listing.contributions.len());
	for contribution in &listing.contributions {
		let bytes = store
			.get(&contribution.content_hash, contribution.uri.as_deref(), contribution.size)
			.with_context(|| format!("content of contribution {}", contribution.contribution))?;
		documents.push(Document::from_bytes(
			contribution.contribution,
			contribution.content_hash,
			&bytes,
		)?);
	}
	let bytes = documents.iter().map(|d| d.text.len() as u64).sum();
	progress(Progress::Version { datanet, version, bytes });
	let mut done = 0u64;
	let index = VersionIndex::build(datanet, version, documents, |n| {
		done = done.saturating_add(n);
		progress(Progress::Indexed(done));
	})
	.map_err(|e| anyhow!("indexing datanet {datanet} version {version}: {e}"))?;
	if let Some(dir) = dir {
		if let Err(e) = index.save(&dir) {
			tracing::warn!("not caching the index: {e}");
		}
	}
	Ok(index)
}
