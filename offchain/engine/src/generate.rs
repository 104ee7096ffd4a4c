//! The reference model: an ∞-gram language model over the indexes it attributes with.

use crate::{Error, Tokenizer, VersionIndex, SEPARATOR};

/// Longest context suffix considered, in tokens.
const MAX_CONTEXT: usize = 512;

/// What [`generate`] produced.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Generation {
	/// The generated text (without the prompt).
	pub text: String,
	/// Its tokens.
	pub tokens: Vec<u16>,
}

/// Continues `prompt` by up to `max_tokens` tokens: each next token follows the longest suffix
/// of the context that occurs in `indexes`, drawn from what follows all its occurrences in
/// proportion to their counts, by a splitmix64 stream from `seed`. The end of a document drawn
/// ends the generation (it is the model's end of text), as does a context nothing matches.
///
/// # Errors
/// [`Error::TokenOutOfRange`] (never for `r50k_base`).
pub fn generate(
	indexes: &[&VersionIndex],
	prompt: &str,
	max_tokens: usize,
	seed: u64,
) -> Result<Generation, Error> {
	let tokenizer = Tokenizer::r50k();
	let mut context = tokenizer.encode(prompt)?;
	let prompt_len = context.len();
	let mut rng = SplitMix64(seed);
	for _ in 0..max_tokens {
		let Some(next) = next_token(indexes, &context, &mut rng) else { break };
		context.push(next);
	}
	let tokens = context.split_off(prompt_len);
	Ok(Generation { text: tokenizer.decode(&tokens), tokens })
}

fn count(indexes: &[&VersionIndex], suffix: &[u16]) -> u64 {
	indexes.iter().map(|index| index.find(suffix).len() as u64).sum()
}

/// The next token after `context`, `None` at the end of a document (the separator drawn) or
/// when nothing matches.
fn next_token(indexes: &[&VersionIndex], context: &[u16], rng: &mut SplitMix64) -> Option<u16> {
	// A suffix that occurs has shorter ones that occur too: binary search its length. Every
	// occurrence has a next token, since the stream ends with a separator.
	let longest_possible = context.len().min(MAX_CONTEXT);
	let tail = |n: usize| context.get(context.len().saturating_sub(n)..).unwrap_or_default();
	let (mut lo, mut hi) = (0usize, longest_possible);
	while lo < hi {
		let mid = lo.saturating_add(hi).saturating_add(1) / 2;
		if count(indexes, tail(mid)) > 0 {
			lo = mid;
		} else {
			hi = mid.saturating_sub(1);
		}
	}
	let suffix = tail(lo);
	let total = count(indexes, suffix);
	if total == 0 {
		return None;
	}
	let mut pick = rng.next() % total;
	for index in indexes {
		let range = index.find(suffix);
		let here = range.len() as u64;
		if pick < here {
			let at = range.start.saturating_add(usize::try_from(pick).ok()?);
			let offset = *index.suffixes().get(at)? as usize;
			let next = *index.tokens().get(offset.saturating_add(suffix.len()))?;
			return (next != SEPARATOR).then_some(next);
		}
		pick = pick.saturating_sub(here);
	}
	None
}

/// splitmix64 (Steele, Lea, Flood 2014): a tiny, fully specified generator, so that anyone can
/// reproduce a generation from its seed in any language.
struct SplitMix64(u64);

impl SplitMix64 {
	fn next(&mut self) -> u64 {
		self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
		let mut z = self.0;
		z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
		z ^ (z >> 31)
	}
}
