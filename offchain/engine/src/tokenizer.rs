//! The tokenizer every index and every output is cut with.

use crate::Error;
use tiktoken_rs::CoreBPE;

/// Name of the tokenizer, as manifests record it.
pub const TOKENIZER: &str = "r50k_base";

/// GPT-2's byte-level BPE (`r50k_base`, 50,257 ids), embedded in `tiktoken-rs`: no file to
/// download, the same ids on every machine.
#[derive(Clone, Copy)]
pub struct Tokenizer {
	bpe: &'static CoreBPE,
}

impl Tokenizer {
	/// The shared `r50k_base` tokenizer (built once per process).
	pub fn r50k() -> Self {
		Self { bpe: tiktoken_rs::r50k_base_singleton() }
	}

	/// `text` as token ids, special tokens read as plain text.
	///
	/// # Errors
	/// [`Error::TokenOutOfRange`] if an id did not fit `u16` (impossible for `r50k_base`).
	pub fn encode(&self, text: &str) -> Result<Vec<u16>, Error> {
		self.bpe
			.encode_ordinary(text)
			.into_iter()
			.map(|id| u16::try_from(id).map_err(|_| Error::TokenOutOfRange(id)))
			.collect()
	}

	/// The text of `tokens`; bytes that do not form UTF-8 become U+FFFD. Unknown ids (such as
	/// the separator) are skipped.
	pub fn decode(&self, tokens: &[u16]) -> String {
		let mut bytes = Vec::with_capacity(tokens.len().saturating_mul(4));
		for &token in tokens {
			if let Ok(piece) = self.bpe.decode_bytes(&[u32::from(token)]) {
				bytes.extend_from_slice(&piece);
			}
		}
		String::from_utf8_lossy(&bytes).into_owned()
	}
}
