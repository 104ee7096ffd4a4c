//! Bit-identity of the dev chain's model (SmolLM2-135M-Instruct, Q4_1; `scripts/fetch-model.sh`
//! fetches it): the same logits whether the prompt is fed at once or token by token, on one
//! thread or three, and the same tokens as recorded.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use openledger_llm::{gguf::Gguf, model::Model, GenerationConfig, Llm};
use std::path::PathBuf;

const WEIGHTS: &str = "0xd63af87b96e2fd6551e9e7320602f3934f34c41a91004117dd24981571d02f79";

fn weights() -> Vec<u8> {
	let dir = std::env::var_os("OPENLEDGER_MODELS_DIR").map_or_else(
		|| PathBuf::from(std::env::var_os("HOME").unwrap()).join(".cache/openledger/models"),
		PathBuf::from,
	);
	std::fs::read(dir.join(WEIGHTS)).expect("the model file: run scripts/fetch-model.sh")
}

fn bits(values: &[f32]) -> Vec<u32> {
	values.iter().map(|v| v.to_bits()).collect()
}

/// FNV-1a (64-bit) of the values' bits: one number to compare across builds and machines.
fn fingerprint(values: &[f32]) -> u64 {
	values
		.iter()
		.flat_map(|v| v.to_bits().to_le_bytes())
		.fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

const RECORDED_LOGITS: u64 = 0x8096_ea99_4474_2767;

#[test]
fn logits_do_not_depend_on_chunking_or_threads() {
	let gguf = Gguf::parse(weights()).unwrap();
	let model = Model::load(&gguf, 64).unwrap();
	let tokens = [1u32, 9690, 198, 19556, 314, 260, 3575, 282, 4649, 47, 2, 198];
	let mut cache = model.cache();
	let at_once = model.forward(&tokens, &mut cache, 1).unwrap();
	let mut cache = model.cache();
	let mut one_by_one = Vec::new();
	for token in tokens {
		one_by_one = model.forward(&[token], &mut cache, 3).unwrap();
	}
	assert_eq!(at_once.len(), 49_152);
	assert_eq!(bits(&at_once), bits(&one_by_one));
	// Every logit's bits, as recorded on the default x86-64 target and on `target-cpu=native`
	// (AMD EPYC, AVX2 and FMA available): the same.
	println!("logits fingerprint {:#018x}", fingerprint(&at_once));
	assert_eq!(fingerprint(&at_once), RECORDED_LOGITS);
	// The context bound holds.
	let mut full = model.cache();
	assert!(model.forward(&[0; 65], &mut full, 1).is_err());
}

#[test]
fn a_greedy_answer_is_the_recorded_one() {
	let config = GenerationConfig { max_new_tokens: 16, max_prompt_tokens: 64 };
	let llm = Llm::load(weights(), config.clone(), 2).unwrap();
	let answer = llm
		.chat("You are a helpful AI assistant.", "What is the capital of France?", |_| {})
		.unwrap();
	assert_eq!(answer.text, "The capital of France is Paris.");
	assert_eq!(answer.tokens, [504, 3575, 282, 4649, 314, 7042, 30]);
	assert_eq!(answer.stop, openledger_llm::Stop::EndOfTurn);
	// One thread: the same tokens.
	let single = Llm::load(weights(), config, 1).unwrap();
	let again = single
		.chat("You are a helpful AI assistant.", "What is the capital of France?", |_| {})
		.unwrap();
	assert_eq!(again, answer);
	// A prompt past the configured limit is refused, not truncated; a megabyte-long word is
	// refused at once.
	let long = "word ".repeat(100);
	assert!(llm.chat("You are a helpful AI assistant.", &long, |_| {}).is_err());
	let word = "a".repeat(1 << 20);
	let started = std::time::Instant::now();
	assert!(llm.chat("You are a helpful AI assistant.", &word, |_| {}).is_err());
	assert!(llm.tokenizer().encode(&word[..20_000]).len() >= 20_000 / llm.tokenizer().longest());
	println!("a megabyte-long word refused, 20 KB of it tokenized: {:?}", started.elapsed());
}
