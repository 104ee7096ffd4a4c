//! Figures of the retrieval-augmented language model over a large corpus: load, index and
//! retrieval times, time to first token, tokens per second, attribution time, the share of
//! answer tokens attributed to spans, and re-execution against generation.
//!
//! `cargo run --release -p openledger-sdk --example rag_figures -- <dir>... [--bytes N]
//! [--weights <GGUF>]` indexes the `.rs`/`.md` files under the directories (until N bytes,
//! default 100 MB) as one datanet version, loads the weights (default: the dev chain's, from
//! the models directory) under the dev manifest's parameters, and answers [`QUESTIONS`].
//! `benchmarks/llm/run.sh` runs it on the crate sources cargo fetched.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use openledger_sdk::{
	engine::{attribute, corpus, IndexRef, Params, Retriever, VersionIndex},
	rag::{default_models_dir, with_retrieval, RagManifest, RagModel},
};
use std::time::Instant;

/// The dev chain's weights (`scripts/fetch-model.sh`).
const DEV_WEIGHTS: &str = "d63af87b96e2fd6551e9e7320602f3934f34c41a91004117dd24981571d02f79";

const QUESTIONS: [&str; 5] = [
	"How do I create a BoundedVec from a Vec?",
	"What does the blake2 hash function return?",
	"How is a transaction pool limited?",
	"What is a storage migration?",
	"How do I parse command line arguments?",
];

fn main() {
	let (dirs, target, flags) = corpus::args(std::env::args().skip(1));
	let weights_path = flags.iter().find(|(f, _)| f == "weights").map_or_else(
		|| default_models_dir().join(format!("0x{DEV_WEIGHTS}")),
		|(_, path)| path.into(),
	);
	let (documents, bytes) = corpus::source_files(&dirs, target);
	assert!(bytes >= target, "only {bytes} bytes under {dirs:?}; need {target}");
	println!("corpus: {} documents, {:.1} MB", documents.len(), bytes as f64 / 1e6);
	let started = Instant::now();
	let index = VersionIndex::build(0, 1, documents, |_| {}).unwrap();
	println!("suffix-array index: {:.1} s", started.elapsed().as_secs_f64());
	let started = Instant::now();
	let retriever_alone = Retriever::build(&[&index]);
	println!("BM25 index: {:.1} s", started.elapsed().as_secs_f64());
	drop(retriever_alone);

	let bytes = std::fs::read(&weights_path).expect("the weights: run scripts/fetch-model.sh");
	let refs = vec![IndexRef { datanet: 0, version: 1, manifest: index.manifest().hash() }];
	let manifest = RagManifest::new(openledger_sdk::engine::blake2_256(&bytes), refs);
	let started = Instant::now();
	let model = RagModel::load(manifest.clone(), bytes, &[&index]).unwrap();
	println!(
		"model load (weights dequantized, BM25 index built): {:.1} s",
		started.elapsed().as_secs_f64()
	);
	let params = Params {
		min_span: manifest.min_span as usize,
		max_occurrences: manifest.max_occurrences,
		max_contributions: 20,
		max_datanets: 8,
	};

	println!("| question | passages | prompt tokens | retrieval ms | first token s | tokens | tokens/s | attribution ms | tokens in spans | re-execution s | equal |");
	println!("|---|---|---|---|---|---|---|---|---|---|---|");
	let (mut generated, mut generating, mut covered, mut output_tokens) =
		(0usize, 0f64, 0usize, 0usize);
	for question in QUESTIONS {
		let started = Instant::now();
		let passages = model.prompt_passages(question).unwrap();
		let retrieval = started.elapsed().as_secs_f64() * 1e3;
		let started = Instant::now();
		let mut first = None;
		let answer = model
			.answer(question, |_| {
				first.get_or_insert_with(|| started.elapsed().as_secs_f64());
			})
			.unwrap();
		let total = started.elapsed().as_secs_f64();
		let first = first.unwrap_or(total);
		let started = Instant::now();
		let report = attribute(&[&index], &answer.completion.text, params).unwrap();
		let attribution =
			with_retrieval(&report, &answer.passages, manifest.retrieval_share, 20, 8);
		let attributing = started.elapsed().as_secs_f64() * 1e3;
		assert!(attribution.total() <= 1_000_000_000);
		let started = Instant::now();
		let again = model.answer(question, |_| {}).unwrap();
		let rerun = started.elapsed().as_secs_f64();
		let n = answer.completion.tokens.len();
		generated += n.saturating_sub(1);
		generating += total - first;
		covered += report.covered_tokens;
		output_tokens += report.output_tokens;
		println!(
			"| {question} | {} | {} | {retrieval:.1} | {first:.2} | {n} | {:.1} | {attributing:.1} | {}/{} | {rerun:.2} | {} |",
			passages.len(),
			answer.completion.prompt_tokens.len(),
			n.saturating_sub(1) as f64 / (total - first).max(1e-9),
			report.covered_tokens,
			report.output_tokens,
			again.completion.tokens == answer.completion.tokens,
		);
	}
	println!(
		"decode: {:.1} tokens/s over {generated} tokens; {:.1}% of answer tokens in attributed spans",
		generated as f64 / generating.max(1e-9),
		100.0 * covered as f64 / output_tokens.max(1) as f64
	);
}
