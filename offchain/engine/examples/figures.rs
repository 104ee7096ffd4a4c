//! Figures of the attribution engine on a large corpus: index build throughput and size per
//! token, attribution time per output token, generation tokens per second.
//!
//! `cargo run --release -p attribution-engine --example figures -- <dir>... [--bytes N]`
//! reads the `.rs` and `.md` files under the directories (sorted by path, files under 1 MB) until
//! `N` bytes (default 100 MB), one document per file, and indexes them as one datanet version.
//! `benchmarks/attribution/run.sh` runs it on the crate sources cargo fetched for this workspace.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use attribution_engine::{attribute, generate, Params, Tokenizer, VersionIndex};
use std::time::Instant;

fn main() {
	let (dirs, target, _) = attribution_engine::corpus::args(std::env::args().skip(1));
	let (documents, bytes) = attribution_engine::corpus::source_files(&dirs, target);
	assert!(bytes >= target, "only {bytes} bytes of text under {dirs:?}; need {target}");
	let mb = bytes as f64 / 1e6;
	println!("corpus: {} documents, {mb:.1} MB", documents.len());

	let started = Instant::now();
	let mut tokenized_at = None;
	let mut seen = 0u64;
	let index = VersionIndex::build(0, 1, documents, |n| {
		seen += n;
		if seen == bytes {
			tokenized_at = Some(started.elapsed());
		}
	})
	.unwrap();
	let total = started.elapsed();
	let tokenized = tokenized_at.unwrap_or(total);
	let tokens = index.len() as f64;
	println!(
		"index build: {:.1} s ({:.2} MB/s): tokenize {:.1} s ({:.2} MB/s), suffix array {:.1} s; {} tokens ({:.2} bytes of text per token)",
		total.as_secs_f64(),
		mb / total.as_secs_f64(),
		tokenized.as_secs_f64(),
		mb / tokenized.as_secs_f64(),
		(total - tokenized).as_secs_f64(),
		index.len(),
		bytes as f64 / tokens,
	);
	let dir = std::env::temp_dir().join(format!("engine-figures-{}", std::process::id()));
	index.save(&dir).unwrap();
	let on_disk: u64 =
		std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.metadata().unwrap().len()).sum();
	println!(
		"index size: {:.1} MB on disk, {:.2} bytes per token",
		on_disk as f64 / 1e6,
		on_disk as f64 / tokens
	);
	let started = Instant::now();
	let loaded = VersionIndex::load(&dir).unwrap();
	println!("index load (with token hash check): {:.2} s", started.elapsed().as_secs_f64());
	std::fs::remove_dir_all(&dir).unwrap();
	drop(loaded);

	// Outputs: 50 windows of 150 tokens copied from documents, 50 generated continuations.
	let tokenizer = Tokenizer::r50k();
	let stream = index.tokens();
	let mut state = 0x5eed_u64;
	let mut next = move || {
		state ^= state << 13;
		state ^= state >> 7;
		state ^= state << 17;
		state
	};
	let mut windows = Vec::new();
	while windows.len() < 50 {
		let at = (next() % (stream.len() as u64 - 200)) as usize;
		let window = &stream[at..at + 150];
		if !window.contains(&attribution_engine::SEPARATOR) {
			windows.push(window.to_vec());
		}
	}
	let refs = [&index];
	let started = Instant::now();
	let mut generated_tokens = 0usize;
	let mut generated = Vec::new();
	for (i, window) in windows.iter().enumerate() {
		let prompt = tokenizer.decode(&window[..20]);
		let generation = generate(&refs, &prompt, 100, i as u64).unwrap();
		generated_tokens += generation.tokens.len();
		generated.push(generation.text);
	}
	let generation_time = started.elapsed().as_secs_f64();
	println!(
		"generation: {generated_tokens} tokens in {generation_time:.2} s ({:.0} tokens/s)",
		generated_tokens as f64 / generation_time
	);
	let params =
		Params { min_span: 4, max_occurrences: 1000, max_contributions: 32, max_datanets: 16 };
	let outputs: Vec<String> =
		windows.iter().map(|w| tokenizer.decode(w)).chain(generated).collect();
	let started = Instant::now();
	let mut output_tokens = 0usize;
	let mut attributed = 0usize;
	for output in &outputs {
		let report = attribute(&refs, output, params).unwrap();
		output_tokens += report.output_tokens;
		attributed += usize::from(!report.attribution.contributions.is_empty());
	}
	let attribution_time = started.elapsed().as_secs_f64();
	println!(
		"attribution: {} outputs, {output_tokens} tokens in {attribution_time:.2} s ({:.1} µs per output token, {:.1} ms per output); {attributed} name a contribution",
		outputs.len(),
		attribution_time * 1e6 / output_tokens as f64,
		attribution_time * 1e3 / outputs.len() as f64,
	);
}
