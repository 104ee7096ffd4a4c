//! The reference model: `attribution-engine`'s ∞-gram model and span attribution over the
//! versions a model and its ancestors cite.
//!
//! Anyone can rebuild it from public data: the versions are listed from the chain and checked
//! against their commitments ([`crate::versions`]), their content comes from the content store
//! checked against its hashes, and the index manifests hash into the [`ModelManifest`] whose
//! hash is the reference model's artifact hash on chain. Generation is seeded by
//! [`generation_seed`] (the request id and input hash), so even the output can be reproduced.

use crate::rag::{read_weights, with_retrieval, RagManifest, RagModel};
use crate::{
	chain::{runtime, Client},
	content::{hex_hash, ContentStore},
	versions::{list_version, VersionListing},
};
use anyhow::{anyhow, Context};
use attribution_engine::{
	attribute, generate, Document, Hash, IndexRef, ModelManifest, Params, Passage, Report,
	VersionIndex,
};
pub use openledger_formulas::generation_seed;
use std::{
	collections::BTreeSet,
	path::{Path, PathBuf},
};

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
	/// The language model, when the artifact hash is a [`RagManifest`] over these indexes and
	/// an ancestor's weights.
	pub rag: Option<RagModel>,
}

/// A model's answer.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Output {
	/// The output text.
	pub text: String,
	/// The passages its prompt held (retrieval-augmented models only).
	pub passages: Vec<Passage>,
	/// The generated tokens (the language model's, or the ∞-gram's `r50k_base` ids).
	pub tokens: Vec<u32>,
}

impl ReferenceModel {
	/// Builds (or loads from `cache`) the indexes of every version `model` and its ancestors
	/// cite, at the latest finalized block, with content from `store`. When the model's
	/// artifact hash is the [`RagManifest`] over those indexes and an ancestor's artifact (its
	/// weights), the weights are read from `weights_dir` and the language model loaded too.
	///
	/// # Errors
	/// When the model is unknown, a version cannot be listed or verified, content is missing
	/// or does not match its hash, or a language model's weights are missing.
	pub async fn load(
		client: &Client,
		model: u32,
		store: &ContentStore,
		cache: Option<PathBuf>,
		weights_dir: &Path,
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
		let mut ancestors = Vec::new();
		for link in &info.lineage.0 {
			let ancestor = at.storage().fetch(models.clone(), (link.model,)).await?.decode()?;
			for source in &ancestor.training.0 {
				cited.insert((source.datanet, source.version));
			}
			ancestors.push(ancestor.artifact_hash.0);
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
			.collect::<Vec<_>>();
		let artifact_hash = info.artifact_hash.0;
		let rag = match ancestors
			.into_iter()
			.map(|weights| RagManifest::new(weights, refs.clone()))
			.find(|manifest| manifest.hash() == artifact_hash)
		{
			Some(manifest) => {
				let bytes = read_weights(weights_dir, &manifest.weights)?;
				let views: Vec<&VersionIndex> = indexes.iter().collect();
				Some(RagModel::load(manifest, bytes, &views)?)
			}
			None => None,
		};
		Ok(Self {
			model,
			artifact_hash,
			indexes,
			rag,
			manifest: ModelManifest::new(MIN_SPAN, MAX_OCCURRENCES, refs),
			params: Params {
				min_span: MIN_SPAN as usize,
				max_occurrences: MAX_OCCURRENCES,
				max_contributions: max_contributions as usize,
				max_datanets: max_datanets as usize,
			},
		})
	}

	/// Whether the model's artifact hash is this reference model's manifest hash (the
	/// ∞-gram's or the retrieval-augmented language model's).
	pub fn is_reference(&self) -> bool {
		self.manifest_hash() == self.artifact_hash
	}

	/// The hash of the manifest this engine runs: the language model's when loaded.
	pub fn manifest_hash(&self) -> Hash {
		self.rag.as_ref().map_or_else(|| self.manifest.hash(), |rag| rag.manifest.hash())
	}

	/// The indexes, as the engine takes them.
	pub fn index_refs(&self) -> Vec<&VersionIndex> {
		self.indexes.iter().collect()
	}

	/// The output for request `inference` with `prompt`: the language model's answer (its
	/// manifest pins the length), else the ∞-gram model's continuation of up to `max_tokens`.
	///
	/// # Errors
	/// The engine's or the language model's.
	pub fn answer(
		&self,
		inference: u64,
		input_hash: &Hash,
		prompt: &str,
		max_tokens: usize,
	) -> anyhow::Result<Output> {
		if let Some(rag) = &self.rag {
			let answer = rag.answer(prompt, |_| {})?;
			return Ok(Output {
				tokens: answer.completion.tokens,
				text: answer.completion.text,
				passages: answer.passages,
			});
		}
		let seed = generation_seed(inference, input_hash);
		let generation = generate(&self.index_refs(), prompt, max_tokens, seed)?;
		Ok(Output {
			tokens: generation.tokens.into_iter().map(u32::from).collect(),
			text: generation.text,
			passages: Vec::new(),
		})
	}

	/// For each of `output`'s tokens, the length in bytes of its text up to and including it
	/// (to say which generated token a difference falls in).
	pub fn token_ends(&self, output: &Output) -> Vec<usize> {
		let prefix = |n: usize| output.tokens.get(..n).unwrap_or_default();
		let decode = |n: usize| match &self.rag {
			Some(rag) => rag.tokenizer().decode(prefix(n)),
			None => {
				let ids: Vec<u16> =
					prefix(n).iter().filter_map(|t| u16::try_from(*t).ok()).collect();
				attribution_engine::Tokenizer::r50k().decode(&ids)
			}
		};
		(1..=output.tokens.len()).map(|n| decode(n).len()).collect()
	}

	/// The attribution of `output` to `prompt`. A retrieval-augmented model credits the
	/// passages retrieved for the prompt too, so it needs the prompt.
	///
	/// # Errors
	/// The engine's; a retrieval-augmented model without the prompt.
	pub fn attribute(&self, prompt: Option<&str>, output: &str) -> anyhow::Result<Report> {
		let mut report = attribute(&self.index_refs(), output, self.params)?;
		if let Some(rag) = &self.rag {
			let prompt = prompt.ok_or_else(|| {
				anyhow::anyhow!("model {} retrieves for its prompt: give the prompt", self.model)
			})?;
			let passages = rag.prompt_passages(prompt)?;
			report.attribution = with_retrieval(
				&report,
				&passages,
				rag.manifest.retrieval_share,
				self.params.max_contributions,
				self.params.max_datanets,
			);
		}
		Ok(report)
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
