//! The dev chain's real language model: retrieval-augmented generation over the datanet
//! versions a model cites, with a language model whose weights are its base model's artifact.
//!
//! A request's answer is computed from public data only, so anyone can re-execute it:
//! 1. **Retrieval**: BM25 over every document of the cited versions
//!    ([`attribution_engine::Retriever`]); the best [`RagManifest::passages`] documents, each
//!    as its first [`RagManifest::passage_tokens`] tokens.
//! 2. **Prompt**: ChatML, a system turn of [`RagManifest::system`] followed by the passages
//!    (each on its own paragraph), and a user turn of the question. Passages are dropped from
//!    the last while the prompt exceeds [`RagManifest::max_prompt_tokens`]; a question that
//!    does not fit alone is refused. (A model this small answers the question when the
//!    passages are its context; listed in the user turn, it continues the list instead.)
//! 3. **Generation**: greedy, by [`openledger_llm`] (bit for bit the same on every CPU), at
//!    most [`RagManifest::max_new_tokens`] tokens.
//! 4. **Attribution**: the output's spans by the span engine, as for the reference model,
//!    scaled to `1 − retrieval_share`; the passages in the prompt share
//!    [`RagManifest::retrieval_share`] equally (the remainder one part each to the best
//!    ranked), whether the answer quoted them or not: a retrieved passage shaped the answer
//!    even when no span of it survives. A contribution both quoted and retrieved gets both.
//!
//! The [`RagManifest`] pins every parameter, the weights' hash and the cited indexes; its
//! blake2-256 is the model's artifact hash on chain.

use crate::reference::{MAX_OCCURRENCES, MIN_SPAN};
use anyhow::{anyhow, bail, Context};
use attribution_engine::{
	blake2_256, Attribution, Hash, IndexRef, Passage, Report, Retriever, VersionIndex,
};
use codec::Encode;
use openledger_llm::{Completion, GenerationConfig, Llm};
use serde::{Deserialize, Serialize};
use std::{
	collections::BTreeMap,
	path::{Path, PathBuf},
};

/// Name of the method, as the manifest records it.
pub const METHOD: &str = "openledger-rag-v1";

/// The system turn of every prompt.
pub const SYSTEM: &str =
	"You are a helpful assistant. Answer the question in one or two sentences, using this context:";

/// What pins a retrieval-augmented model. Its [`RagManifest::hash`] is the model's artifact
/// hash on chain.
#[derive(Encode, Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct RagManifest {
	/// [`attribution_engine::FORMAT`].
	pub format: u32,
	/// [`METHOD`].
	pub method: String,
	/// blake2-256 of the weights file (GGUF): the base model's artifact hash.
	#[serde(with = "attribution_engine::hex")]
	pub weights: Hash,
	/// Most tokens generated.
	pub max_new_tokens: u32,
	/// Most tokens of the chat prompt.
	pub max_prompt_tokens: u32,
	/// The system turn.
	pub system: String,
	/// Passages retrieved.
	pub passages: u32,
	/// Tokens (the span engine's) of each passage.
	pub passage_tokens: u32,
	/// Parts per billion of the attribution shared by the passages in the prompt.
	pub retrieval_share: u32,
	/// Shortest span credited, in tokens.
	pub min_span: u32,
	/// Spans occurring more often are not credited.
	pub max_occurrences: u64,
	/// The indexes retrieved from and attributed to, sorted by datanet and version.
	pub indexes: Vec<IndexRef>,
}

impl RagManifest {
	/// The dev chain's configuration over `weights` and `indexes`.
	pub fn new(weights: Hash, mut indexes: Vec<IndexRef>) -> Self {
		indexes.sort();
		indexes.dedup();
		Self {
			format: attribution_engine::FORMAT,
			method: METHOD.into(),
			weights,
			max_new_tokens: 48,
			max_prompt_tokens: 448,
			system: SYSTEM.into(),
			passages: 3,
			passage_tokens: 96,
			retrieval_share: 200_000_000,
			min_span: MIN_SPAN,
			max_occurrences: MAX_OCCURRENCES,
			indexes,
		}
	}

	/// blake2-256 of the manifest's SCALE encoding.
	pub fn hash(&self) -> Hash {
		blake2_256(&self.encode())
	}

	/// The generation configuration it pins.
	pub fn generation(&self) -> GenerationConfig {
		GenerationConfig {
			max_new_tokens: self.max_new_tokens,
			max_prompt_tokens: self.max_prompt_tokens,
		}
	}
}

/// Where model weights are looked for unless told: `~/.cache/openledger/models` (where
/// `scripts/fetch-model.sh` puts the dev chain's).
pub fn default_models_dir() -> PathBuf {
	let home = std::env::var_os("HOME").map_or_else(|| PathBuf::from("."), PathBuf::from);
	home.join(".cache/openledger/models")
}

/// The path of the weights with blake2-256 `hash` in `dir`: `<dir>/0x<hex>`.
pub fn weights_path(dir: &Path, hash: &Hash) -> PathBuf {
	dir.join(format!("0x{}", hex::encode(hash)))
}

/// Reads the weights with blake2-256 `hash` from `dir`, checking the hash.
///
/// # Errors
/// When the file is missing (`scripts/fetch-model.sh` fetches the dev chain's) or is not those
/// weights.
pub fn read_weights(dir: &Path, hash: &Hash) -> anyhow::Result<Vec<u8>> {
	let path = weights_path(dir, hash);
	let bytes = std::fs::read(&path).with_context(|| {
		format!("reading {} (scripts/fetch-model.sh fetches it)", path.display())
	})?;
	let found = blake2_256(&bytes);
	if &found != hash {
		bail!("{} hashes to 0x{}, not its name", path.display(), hex::encode(found));
	}
	Ok(bytes)
}

/// A question that does not fit the manifest's prompt: the asker's mistake, not the model's.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct PromptTooLong(pub String);

/// A retrieval-augmented model, loaded.
pub struct RagModel {
	/// Its manifest.
	pub manifest: RagManifest,
	llm: Llm,
	retriever: Retriever,
}

/// What [`RagModel::answer`] produced.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RagAnswer {
	/// The passages in the prompt, best first.
	pub passages: Vec<Passage>,
	/// The generation.
	pub completion: Completion,
}

/// Threads for generation: every output is the same whatever the count.
fn threads() -> usize {
	std::thread::available_parallelism().map_or(1, |n| n.get()).min(4)
}

impl RagModel {
	/// Loads the weights `bytes` under `manifest`, retrieving from `indexes` (the manifest's).
	///
	/// # Errors
	/// When the weights are not a model [`openledger_llm`] runs.
	pub fn load(
		manifest: RagManifest,
		bytes: Vec<u8>,
		indexes: &[&VersionIndex],
	) -> anyhow::Result<Self> {
		let llm = Llm::load(bytes, manifest.generation(), threads())?;
		Ok(Self { manifest, llm, retriever: Retriever::build(indexes) })
	}

	/// The language model's tokenizer.
	pub fn tokenizer(&self) -> &openledger_llm::tokenizer::Tokenizer {
		self.llm.tokenizer()
	}

	/// The passages for `question`.
	pub fn retrieve(&self, question: &str) -> Vec<Passage> {
		let m = &self.manifest;
		self.retriever.search(question, m.passages as usize, m.passage_tokens as usize)
	}

	/// The system turn with `passages`.
	pub fn system_turn(&self, passages: &[Passage]) -> String {
		let mut turn = self.manifest.system.clone();
		for passage in passages {
			turn.push_str("\n\n");
			turn.push_str(passage.text.trim());
		}
		turn
	}

	/// The passages that fit the prompt with `question`: the retrieved ones, the last dropped
	/// while the prompt is too long.
	///
	/// # Errors
	/// When the question alone does not fit.
	pub fn prompt_passages(&self, question: &str) -> anyhow::Result<Vec<Passage>> {
		let limit = self.manifest.max_prompt_tokens as usize;
		// Too long whatever its tokens: refused before it is tokenized or searched.
		if question.len() / self.llm.tokenizer().longest() > limit {
			let why = format!(
				"the question has {} bytes, more than {limit} tokens can hold",
				question.len()
			);
			return Err(PromptTooLong(why).into());
		}
		let mut passages = self.retrieve(question);
		loop {
			let system = self.system_turn(&passages);
			let tokens = self.llm.chat_prompt(&system, question).len();
			if tokens <= limit {
				return Ok(passages);
			}
			if passages.pop().is_none() {
				let why =
					format!("the question takes {tokens} tokens of the prompt, more than {limit}");
				return Err(PromptTooLong(why).into());
			}
		}
	}

	/// Answers `question`; `on_token` sees each generated token's text.
	///
	/// # Errors
	/// When the question does not fit the prompt.
	pub fn answer(
		&self,
		question: &str,
		mut on_token: impl FnMut(&str),
	) -> anyhow::Result<RagAnswer> {
		let passages = self.prompt_passages(question)?;
		let system = self.system_turn(&passages);
		let tokenizer = self.llm.tokenizer();
		let completion = self
			.llm
			.chat(&system, question, |t| on_token(&tokenizer.decode(&[t])))
			.map_err(|e| anyhow!("generation: {e}"))?;
		Ok(RagAnswer { passages, completion })
	}
}

/// The span report's attribution scaled to `1 − share` (parts per billion), plus `share` split
/// equally among `passages` (the remainder one part each to the first), at most
/// `max_contributions` contributions named: the lowest-scored beyond it are folded into their
/// datanet's entry when it is named or there is room (at most `max_datanets`), else left to the
/// runtime's rule for what no score claims.
pub fn with_retrieval(
	span: &Report,
	passages: &[Passage],
	share: u32,
	max_contributions: usize,
	max_datanets: usize,
) -> Attribution {
	const BILLION: u64 = 1_000_000_000;
	let share = u64::from(share).min(BILLION);
	let scale = |score: u32| (u64::from(score) * (BILLION - share) / BILLION) as u32;
	let mut datanet_of: BTreeMap<u64, u32> =
		span.credits.iter().map(|c| (c.document.contribution, c.document.datanet)).collect();
	let mut contributions: BTreeMap<u64, u64> = BTreeMap::new();
	for (contribution, score) in &span.attribution.contributions {
		*contributions.entry(*contribution).or_default() += u64::from(scale(*score));
	}
	if !passages.is_empty() {
		let n = passages.len() as u64;
		for (i, passage) in passages.iter().enumerate() {
			let extra = u64::from((i as u64) < share % n);
			*contributions.entry(passage.contribution).or_default() += share / n + extra;
			datanet_of.insert(passage.contribution, passage.datanet);
		}
	}
	let mut datanets: BTreeMap<u32, u64> = span
		.attribution
		.datanets
		.iter()
		.map(|(datanet, score)| (*datanet, u64::from(scale(*score))))
		.collect();
	let mut ranked: Vec<(u64, u64)> = contributions.into_iter().collect();
	ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
	let rest = ranked.split_off(ranked.len().min(max_contributions));
	for (contribution, score) in rest {
		let Some(datanet) = datanet_of.get(&contribution) else { continue };
		if datanets.contains_key(datanet) || datanets.len() < max_datanets {
			*datanets.entry(*datanet).or_default() += score;
		}
	}
	let fit = |score: u64| u32::try_from(score).unwrap_or(u32::MAX);
	Attribution {
		contributions: ranked.into_iter().map(|(c, s)| (c, fit(s))).collect(),
		datanets: datanets.into_iter().filter(|(_, s)| *s > 0).map(|(d, s)| (d, fit(s))).collect(),
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use attribution_engine::{Credit, DocumentRef};

	fn passage(datanet: u32, contribution: u64) -> Passage {
		Passage { datanet, contribution, score: 1.0, text: String::new() }
	}

	fn report(contributions: Vec<(u64, u32)>, datanets: Vec<(u32, u32)>) -> Report {
		let credits = contributions
			.iter()
			.map(|(c, _)| Credit {
				document: DocumentRef { datanet: 0, contribution: *c },
				credit: 1,
			})
			.collect();
		Report {
			output_tokens: 10,
			covered_tokens: 5,
			spans: Vec::new(),
			credits,
			attribution: Attribution { contributions, datanets },
		}
	}

	#[test]
	fn retrieval_takes_its_share_and_spans_the_rest() {
		let span = report(vec![(7, 500_000_000), (8, 300_000_000)], vec![(1, 100_000_000)]);
		let got = with_retrieval(
			&span,
			&[passage(0, 8), passage(1, 9), passage(0, 3)],
			200_000_000,
			20,
			8,
		);
		// 200,000,000 / 3 = 66,666,666 rest 2: the first two passages get one part more.
		assert_eq!(
			got.contributions,
			vec![(7, 400_000_000), (8, 240_000_000 + 66_666_667), (9, 66_666_667), (3, 66_666_666)]
		);
		assert_eq!(got.datanets, vec![(1, 80_000_000)]);
		assert!(got.total() <= 1_000_000_000);
		// No passage: the spans' part only, the rest left to the runtime.
		let alone = with_retrieval(&span, &[], 200_000_000, 20, 8);
		assert_eq!(alone.total(), 720_000_000);
	}

	#[test]
	fn contributions_beyond_the_bound_fold_into_their_datanet() {
		let span = report(vec![(1, 600_000_000), (2, 100_000_000)], Vec::new());
		let got = with_retrieval(&span, &[passage(3, 5)], 100_000_000, 2, 1);
		assert_eq!(got.contributions, vec![(1, 540_000_000), (5, 100_000_000)]);
		assert_eq!(got.datanets, vec![(0, 90_000_000)]);
		let full = with_retrieval(&span, &[passage(3, 5)], 100_000_000, 1, 0);
		assert_eq!(full.contributions, vec![(1, 540_000_000)]);
		assert!(full.datanets.is_empty());
	}
}
