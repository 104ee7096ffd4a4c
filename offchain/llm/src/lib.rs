//! # A re-executable language model
//!
//! Runs a llama-architecture model from a GGUF file (the dev chain's is SmolLM2-135M-Instruct,
//! Q4_1) so that anyone, on any CPU, gets the same output tokens for the same prompt: the bits
//! of every intermediate value are fixed by this crate's source, not by the machine.
//!
//! ## How the bits are pinned
//!
//! - **Weights** are dequantized once at load to `f32`: `d·q + m` (Q4_1) or `d·q` (Q8_0), the
//!   half-precision scales converted exactly, one rounding per weight ([`quant`]).
//!   Activations stay `f32`: llama.cpp and candle instead quantize them to 8 bits for integer
//!   dot products, so their outputs differ slightly from these; neither promises bit identity
//!   across batch sizes or CPUs.
//! - **Every sum** is [`model::dot`]: eight lanes in input order, then added pairwise in a fixed
//!   tree. Rust never reassociates floating-point operations nor fuses a multiply and an add,
//!   so scalar, SSE2 and AVX code give the same result; each output of a matrix product is one
//!   such dot product whichever thread computes it, so the thread count changes nothing, and a
//!   prompt fed at once or token by token gives the same values.
//! - **Transcendental functions** (`exp` in softmax and SiLU, `sqrt`, the rotary angles' `pow`,
//!   `cos`, `sin`) come from the `libm` crate, pure Rust, not the platform's C library.
//! - **Decoding** is greedy: the highest logit, the lowest id among equals; a turn ends at
//!   `<|im_end|>` or `<|endoftext|>`, or after [`GenerationConfig::max_new_tokens`].
//! - **Tokenization** ([`tokenizer`]) is built from the file's own vocabulary and merges.
//!
//! Where determinism is not guaranteed: a compiler that contracted `a * b + c` into a fused
//! multiply-add (rustc does not, at any `target-cpu`), a different version of this crate or of
//! `libm`, or a different file. The output is IEEE-754 `f32` arithmetic in a fixed order; the
//! crate's tests check it against recorded tokens.

mod generate;
pub mod gguf;
pub mod model;
pub mod quant;
pub mod tokenizer;

pub use generate::{argmax, Completion, GenerationConfig, Llm, Stop};

/// What can go wrong loading a model or generating with it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
	/// The file is not what it claims to be.
	#[error("malformed model file: {0}")]
	Malformed(String),
	/// Well-formed, but not something this crate runs.
	#[error("unsupported: {0}")]
	Unsupported(String),
	/// A required entry is missing.
	#[error("missing from the model file: {0}")]
	Missing(String),
	/// The prompt does not fit the configuration.
	#[error("the prompt has {tokens} tokens, more than the configured {limit}")]
	PromptTooLong {
		/// Its tokens.
		tokens: usize,
		/// The limit.
		limit: u32,
	},
	/// The cache is full.
	#[error("the context of {0} positions is full")]
	ContextFull(usize),
}
