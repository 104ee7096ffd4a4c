//! `cargo run --release -p openledger-llm --example chat -- <model.gguf> "<question>"`: answers
//! and prints the time to the first token and the tokens per second.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use openledger_llm::{GenerationConfig, Llm};
use std::{io::Write, time::Instant};

fn main() {
	let mut args = std::env::args().skip(1);
	let path = args.next().expect("a GGUF file");
	let question = args.next().unwrap_or_else(|| "What is the capital of France?".into());
	let threads = std::env::var("THREADS").ok().and_then(|t| t.parse().ok()).unwrap_or(2);
	let started = Instant::now();
	let config = GenerationConfig { max_new_tokens: 64, max_prompt_tokens: 448 };
	let llm = Llm::load(std::fs::read(path).unwrap(), config, threads).unwrap();
	println!("loaded in {:.2} s", started.elapsed().as_secs_f64());
	let started = Instant::now();
	let mut first = None;
	let completion = llm
		.chat(
			&std::env::var("SYSTEM").unwrap_or_else(|_| "You are a helpful AI assistant.".into()),
			&question,
			|t| {
				first.get_or_insert_with(|| started.elapsed());
				print!("{}", llm.tokenizer().decode(&[t]));
				std::io::stdout().flush().ok();
			},
		)
		.unwrap();
	let total = started.elapsed().as_secs_f64();
	let first = first.map_or(total, |f| f.as_secs_f64());
	let n = completion.tokens.len();
	println!(
		"\nprompt {} tokens; first token after {first:.2} s; {n} tokens in {total:.2} s; {:.1} tokens/s after the first",
		completion.prompt_tokens.len(),
		(n.saturating_sub(1)) as f64 / (total - first).max(1e-9)
	);
	println!("{:?}", completion.tokens);
}
