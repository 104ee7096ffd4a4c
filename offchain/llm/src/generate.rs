//! Chat prompts and greedy generation under a pinned configuration.

use crate::{gguf::Gguf, model::Model, tokenizer::Tokenizer, Error};
use serde::{Deserialize, Serialize};

/// Everything that decides an output besides the weights, the system text and the user text.
/// Part of a served model's manifest, so it is pinned on chain by the manifest's hash.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GenerationConfig {
	/// Most tokens generated.
	pub max_new_tokens: u32,
	/// Most tokens of the whole chat prompt (system and user turns and the assistant header);
	/// a longer prompt is refused, so callers trim what they put in it.
	pub max_prompt_tokens: u32,
}

impl GenerationConfig {
	/// Positions a generation can reach.
	pub fn positions(&self) -> usize {
		self.max_prompt_tokens as usize + self.max_new_tokens as usize
	}
}

/// Why generation stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Stop {
	/// The model ended its turn (`<|im_end|>` or `<|endoftext|>`).
	EndOfTurn,
	/// [`GenerationConfig::max_new_tokens`] reached.
	Length,
}

/// A generated answer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Completion {
	/// The chat prompt's tokens.
	pub prompt_tokens: Vec<u32>,
	/// The generated tokens (the stop token not included).
	pub tokens: Vec<u32>,
	/// Their text.
	pub text: String,
	/// Why it stopped.
	pub stop: Stop,
}

/// A loaded model and its tokenizer.
pub struct Llm {
	model: Model,
	tokenizer: Tokenizer,
	config: GenerationConfig,
	threads: usize,
	start: u32,
	end: u32,
	end_of_text: u32,
}

impl Llm {
	/// Loads the GGUF file's bytes for generation under `config` on `threads` threads (the
	/// thread count never changes an output).
	///
	/// # Errors
	/// When the file is not a llama-architecture GGUF file with a GPT-2 style BPE vocabulary
	/// and ChatML's special tokens.
	pub fn load(bytes: Vec<u8>, config: GenerationConfig, threads: usize) -> Result<Self, Error> {
		let gguf = Gguf::parse(bytes)?;
		match gguf.metadata.get("tokenizer.ggml.model") {
			Some(crate::gguf::Value::Str(m)) if m == "gpt2" => {}
			other => return Err(Error::Unsupported(format!("tokenizer {other:?}"))),
		}
		let tokens = gguf.strings("tokenizer.ggml.tokens")?.into_iter().map(String::from).collect();
		let tokenizer = Tokenizer::new(tokens, &gguf.strings("tokenizer.ggml.merges")?)?;
		let special = |name: &str| tokenizer.id(name).ok_or(Error::Missing(name.into()));
		let (start, end, end_of_text) =
			(special("<|im_start|>")?, special("<|im_end|>")?, special("<|endoftext|>")?);
		let model = Model::load(&gguf, config.positions())?;
		Ok(Self { model, tokenizer, config, threads: threads.max(1), start, end, end_of_text })
	}

	/// The tokenizer.
	pub fn tokenizer(&self) -> &Tokenizer {
		&self.tokenizer
	}

	/// The configuration.
	pub fn config(&self) -> &GenerationConfig {
		&self.config
	}

	/// The ChatML prompt of a system turn and a user turn, ending with the assistant's header:
	/// `<|im_start|>system\n{system}<|im_end|>\n<|im_start|>user\n{user}<|im_end|>\n
	/// <|im_start|>assistant\n`, special tokens by id, the texts tokenized as plain text.
	pub fn chat_prompt(&self, system: &str, user: &str) -> Vec<u32> {
		let mut out = Vec::new();
		for (role, text) in [("system", system), ("user", user)] {
			out.push(self.start);
			out.extend(self.tokenizer.encode(&format!("{role}\n{text}")));
			out.push(self.end);
			out.extend(self.tokenizer.encode("\n"));
		}
		out.push(self.start);
		out.extend(self.tokenizer.encode("assistant\n"));
		out
	}

	/// Answers `user` after `system`: the prompt at once, then one token at a time, each the
	/// highest logit (the lowest id among equals), until the end of the turn or
	/// `max_new_tokens`. `on_token` sees each token as it is chosen.
	///
	/// # Errors
	/// [`Error::PromptTooLong`] past `max_prompt_tokens`.
	pub fn chat(
		&self,
		system: &str,
		user: &str,
		mut on_token: impl FnMut(u32),
	) -> Result<Completion, Error> {
		// A text this long cannot fit whatever its tokens: refused before it is tokenized.
		let limit = self.config.max_prompt_tokens as usize;
		let bytes = system.len().saturating_add(user.len());
		if bytes / self.tokenizer.longest() > limit {
			return Err(Error::PromptTooLong {
				tokens: bytes / self.tokenizer.longest(),
				limit: self.config.max_prompt_tokens,
			});
		}
		let prompt_tokens = self.chat_prompt(system, user);
		if prompt_tokens.len() > limit {
			return Err(Error::PromptTooLong {
				tokens: prompt_tokens.len(),
				limit: self.config.max_prompt_tokens,
			});
		}
		let mut cache = self.model.cache();
		let mut logits = self.model.forward(&prompt_tokens, &mut cache, self.threads)?;
		let mut tokens = Vec::new();
		let stop = loop {
			if tokens.len() >= self.config.max_new_tokens as usize {
				break Stop::Length;
			}
			let next = argmax(&logits);
			if next == self.end || next == self.end_of_text {
				break Stop::EndOfTurn;
			}
			on_token(next);
			tokens.push(next);
			logits = self.model.forward(&[next], &mut cache, self.threads)?;
		};
		let text = self.tokenizer.decode(&tokens);
		Ok(Completion { prompt_tokens, tokens, text, stop })
	}
}

/// The index of the highest value; the first among equals. NaN is never chosen.
pub fn argmax(values: &[f32]) -> u32 {
	let mut best = (0usize, f32::NEG_INFINITY);
	for (i, v) in values.iter().enumerate() {
		if *v > best.1 {
			best = (i, *v);
		}
	}
	best.0 as u32
}

#[cfg(test)]
mod tests {
	#[test]
	fn argmax_takes_the_first_of_equals_and_skips_nan() {
		assert_eq!(super::argmax(&[1.0, 3.0, 3.0, f32::NAN, 2.0]), 1);
		assert_eq!(super::argmax(&[f32::NAN, -1.0]), 1);
	}
}
