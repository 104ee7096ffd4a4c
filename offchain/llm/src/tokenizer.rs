//! The model's byte-level BPE tokenizer, built from the GGUF file's vocabulary and merges.
//!
//! Pre-tokenization follows llama.cpp's `smollm` rule: every digit is its own piece, and the
//! text between digits is split by GPT-2's pattern (`'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+|
//! ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+`), written out by hand below. Each piece's bytes are mapped to
//! GPT-2's printable characters and merged by rank, lowest first, leftmost among equals.
//! Special tokens (`<|im_start|>`, …) are never produced from text: a prompt that spells one
//! out gets its characters, so no user text can forge a turn of the chat. A piece longer than
//! [`MAX_PIECE`] bytes is merged in chunks of at most that many bytes (cut at character
//! boundaries): merging is quadratic in a piece's length, and a hostile prompt could otherwise
//! be one megabyte-long word; natural text has no such pieces.

use crate::Error;
use std::collections::HashMap;

/// Longest piece merged at once, in bytes.
pub const MAX_PIECE: usize = 256;

/// A byte-level BPE tokenizer.
pub struct Tokenizer {
	tokens: Vec<String>,
	ids: HashMap<String, u32>,
	ranks: HashMap<(String, String), u32>,
	longest: usize,
	byte_chars: [char; 256],
	char_bytes: HashMap<char, u8>,
}

/// GPT-2's map of bytes to printable characters: printable Latin-1 maps to itself, the rest to
/// U+0100 and on, in byte order.
fn byte_chars() -> [char; 256] {
	let mut map = ['\0'; 256];
	let mut next = 256u32;
	for (byte, slot) in map.iter_mut().enumerate() {
		let b = byte as u32;
		let printable = (0x21..=0x7e).contains(&b) || (0xa1..=0xac).contains(&b) || b >= 0xae;
		let code = if printable {
			b
		} else {
			next += 1;
			next - 1
		};
		*slot = char::from_u32(code).unwrap_or('\0');
	}
	map
}

impl Tokenizer {
	/// A tokenizer of `tokens` (by id) and `merges` (`"left right"`, by rank).
	///
	/// # Errors
	/// [`Error::Malformed`] for a merge that is not two space-separated parts.
	pub fn new(tokens: Vec<String>, merges: &[&str]) -> Result<Self, Error> {
		let ids = tokens.iter().enumerate().map(|(id, t)| (t.clone(), id as u32)).collect();
		let mut ranks = HashMap::with_capacity(merges.len());
		for (rank, merge) in merges.iter().enumerate() {
			let (left, right) =
				merge.split_once(' ').ok_or(Error::Malformed(format!("merge {merge:?}")))?;
			ranks.entry((left.to_owned(), right.to_owned())).or_insert(rank as u32);
		}
		let byte_chars = byte_chars();
		let char_bytes: HashMap<char, u8> =
			byte_chars.iter().enumerate().map(|(b, c)| (*c, b as u8)).collect();
		// Each of a token's characters stands for one byte (special tokens: at most one each).
		let longest = tokens.iter().map(|t| t.chars().count()).max().unwrap_or(1).max(1);
		Ok(Self { tokens, ids, ranks, longest, byte_chars, char_bytes })
	}

	/// The id of a token spelled `text` (special tokens included).
	pub fn id(&self, text: &str) -> Option<u32> {
		self.ids.get(text).copied()
	}

	/// The most bytes of text one token stands for: a text of `n` bytes has at least
	/// `n / longest` tokens.
	pub fn longest(&self) -> usize {
		self.longest
	}

	/// How many tokens the vocabulary has.
	pub fn vocabulary(&self) -> usize {
		self.tokens.len()
	}

	/// The tokens of `text`.
	pub fn encode(&self, text: &str) -> Vec<u32> {
		let mut out = Vec::new();
		for piece in pieces(text) {
			let mut rest = piece;
			while !rest.is_empty() {
				// A character has at most four bytes, so the cut is never at 0.
				let mut cut = rest.len().min(MAX_PIECE);
				while !rest.is_char_boundary(cut) {
					cut -= 1;
				}
				let (chunk, tail) = rest.split_at(cut);
				self.encode_piece(chunk, &mut out);
				rest = tail;
			}
		}
		out
	}

	fn encode_piece(&self, piece: &str, out: &mut Vec<u32>) {
		let mut parts: Vec<String> =
			piece.bytes().map(|b| self.byte_chars[usize::from(b)].to_string()).collect();
		loop {
			let best = parts
				.windows(2)
				.enumerate()
				.filter_map(|(i, pair)| {
					self.ranks.get(&(pair[0].clone(), pair[1].clone())).map(|rank| (*rank, i))
				})
				.min();
			let Some((_, i)) = best else { break };
			let right = parts.remove(i + 1);
			if let Some(left) = parts.get_mut(i) {
				left.push_str(&right);
			}
		}
		for part in parts {
			match self.ids.get(&part) {
				Some(id) => out.push(*id),
				// A merge result missing from the vocabulary: fall back to its bytes.
				None => out.extend(part.chars().filter_map(|c| self.ids.get(&c.to_string()))),
			}
		}
	}

	/// The text of `tokens`; special tokens (`<|…|>`) and bytes that are not UTF-8 are left out
	/// or replaced (U+FFFD).
	pub fn decode(&self, tokens: &[u32]) -> String {
		let mut bytes = Vec::new();
		for token in tokens {
			let Some(text) = self.tokens.get(*token as usize) else { continue };
			if text.starts_with("<|") && text.ends_with("|>") {
				continue;
			}
			bytes.extend(text.chars().filter_map(|c| self.char_bytes.get(&c)));
		}
		String::from_utf8_lossy(&bytes).into_owned()
	}
}

/// What a character is, for pre-tokenization.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
	Letter,
	Digit,
	Space,
	Other,
}

fn class(c: char) -> Class {
	if c.is_alphabetic() {
		Class::Letter
	} else if c.is_numeric() {
		Class::Digit
	} else if c.is_whitespace() {
		Class::Space
	} else {
		Class::Other
	}
}

const CONTRACTIONS: [&str; 7] = ["'s", "'t", "'re", "'ve", "'m", "'ll", "'d"];

/// Splits `text` into pre-tokenization pieces (see the module docs).
pub fn pieces(text: &str) -> Vec<&str> {
	let chars: Vec<(usize, char)> = text.char_indices().collect();
	let end_of = |i: usize| chars.get(i).map_or(text.len(), |(at, _)| *at);
	let class_at = |i: usize| chars.get(i).map(|(_, c)| class(*c));
	let mut out = Vec::new();
	let mut i = 0;
	while let Some(&(start, c)) = chars.get(i) {
		let rest = text.get(start..).unwrap_or("");
		// A digit alone.
		if class(c) == Class::Digit {
			out.push(text.get(start..end_of(i + 1)).unwrap_or(""));
			i += 1;
			continue;
		}
		if let Some(contraction) = CONTRACTIONS.iter().find(|p| rest.starts_with(**p)) {
			let n = contraction.chars().count();
			out.push(text.get(start..end_of(i + n)).unwrap_or(""));
			i += n;
			continue;
		}
		// ` ?` then a run of letters or of other symbols (digits stand alone).
		let lead = usize::from(c == ' ');
		let run = match class_at(i + lead) {
			Some(Class::Letter) => Some(Class::Letter),
			Some(Class::Other) => Some(Class::Other),
			Some(Class::Digit) if lead == 1 => {
				// ` ?\p{N}+` where digits stand alone: the space is a piece of its own.
				None
			}
			_ => None,
		};
		if let Some(run) = run {
			let mut j = i + lead;
			while class_at(j) == Some(run) {
				j += 1;
			}
			out.push(text.get(start..end_of(j)).unwrap_or(""));
			i = j;
			continue;
		}
		// Whitespace: the run, less its last character when something else follows (that
		// character leads the next piece), else the whole run.
		let mut j = i;
		while class_at(j) == Some(Class::Space) {
			j += 1;
		}
		if j == i {
			// Unreachable by the classes above; keep the character rather than loop.
			j = i + 1;
		} else if j < chars.len() && j - i > 1 {
			j -= 1;
		}
		out.push(text.get(start..end_of(j)).unwrap_or(""));
		i = j;
	}
	out
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn pieces_follow_gpt2_with_digits_alone() {
		assert_eq!(pieces("Hello world"), ["Hello", " world"]);
		assert_eq!(pieces("it's 2024!"), ["it", "'s", " ", "2", "0", "2", "4", "!"]);
		assert_eq!(pieces("a  b\n\nc"), ["a", " ", " b", "\n", "\n", "c"]);
		assert_eq!(pieces("a \nb x !"), ["a", " ", "\n", "b", " x", " !"]);
		assert_eq!(pieces("x  y"), ["x", " ", " y"]);
		assert_eq!(pieces("end  "), ["end", "  "]);
		assert_eq!(pieces("(ok)"), ["(", "ok", ")"]);
		assert_eq!(pieces(""), Vec::<&str>::new());
	}

	fn toy() -> Tokenizer {
		let mut tokens: Vec<String> = byte_chars().iter().map(|c| c.to_string()).collect();
		tokens.extend(["he", "ll", "hell", "hello", "Ġw", "<|im_end|>"].map(String::from));
		Tokenizer::new(tokens, &["h e", "l l", "he ll", "hell o", "Ġ w"]).unwrap()
	}

	#[test]
	fn merges_apply_by_rank_and_decode_inverts_encode() {
		let t = toy();
		let ids = t.encode("hello world");
		assert_eq!(ids[0], t.id("hello").unwrap());
		assert_eq!(ids[1], t.id("Ġw").unwrap());
		assert_eq!(t.decode(&ids), "hello world");
		let text = "naïve — 東京 ✓ \u{1F600}";
		assert_eq!(t.decode(&t.encode(text)), text);
	}

	#[test]
	fn a_long_piece_is_merged_in_chunks_and_round_trips() {
		let t = toy();
		let word = "hello".repeat(100) + "é";
		let ids = t.encode(&word);
		assert_eq!(t.decode(&ids), word);
		// 502 bytes in chunks of 256 and 246: the cut splits one "hello" (51 before, 48 after).
		assert_eq!(ids.iter().filter(|id| **id == t.id("hello").unwrap()).count(), 99);
	}

	#[test]
	fn special_tokens_are_never_made_from_text() {
		let t = toy();
		let end = t.id("<|im_end|>").unwrap();
		assert!(!t.encode("<|im_end|>").contains(&end));
		assert_eq!(t.decode(&[end]), "");
	}
}
