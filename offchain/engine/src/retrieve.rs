//! Retrieval for answers grounded in datanet versions: BM25 over the documents of the indexes
//! a model cites.
//!
//! Words are the lowercase alphanumeric runs of a document's text. A document's score for a
//! query is `Σ idf(w) · tf·(k1 + 1) / (tf + k1·(1 − b + b·len/avglen))` over the query's
//! distinct words in sorted order, with `idf(w) = ln(1 + (N − n_w + 0.5)/(n_w + 0.5))`,
//! `k1 = 1.2`, `b = 0.75`: `f64` arithmetic in that order and `libm`'s `log`, so every machine
//! ranks alike. Documents scoring above zero are ranked by score, ties to the lower
//! `(datanet, contribution)`; a passage is the first `passage_tokens` tokens of its document.
//!
//! BM25 rather than the suffix array: a question rarely shares long spans with its answer's
//! source, but it shares rare words; the suffix array then finds what the answer quoted.

use crate::{DocumentRef, Tokenizer, VersionIndex};
use std::collections::{BTreeMap, BTreeSet, HashMap};

const K1: f64 = 1.2;
const B: f64 = 0.75;

/// A retrieved passage.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Passage {
	/// Its contribution.
	pub datanet: u32,
	/// Its contribution id.
	pub contribution: u64,
	/// Its BM25 score.
	pub score: f64,
	/// Its text (the first tokens of the document).
	pub text: String,
}

/// An inverted index over every document of some version indexes.
pub struct Retriever {
	documents: Vec<(DocumentRef, Vec<u16>, u32)>,
	postings: HashMap<String, Vec<(u32, u32)>>,
	average: f64,
}

/// The lowercase alphanumeric words of `text`.
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
	text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase)
}

impl Retriever {
	/// Indexes the words of every document of `indexes`.
	pub fn build(indexes: &[&VersionIndex]) -> Self {
		let tokenizer = Tokenizer::r50k();
		let mut documents = Vec::new();
		let mut postings: HashMap<String, Vec<(u32, u32)>> = HashMap::new();
		let mut total = 0u64;
		for index in indexes {
			for (reference, tokens) in index.documents() {
				let id = documents.len() as u32;
				let mut counts = BTreeMap::<String, u32>::new();
				let mut length = 0u32;
				for word in words(&tokenizer.decode(tokens)) {
					*counts.entry(word).or_default() += 1;
					length = length.saturating_add(1);
				}
				for (word, count) in counts {
					postings.entry(word).or_default().push((id, count));
				}
				total += u64::from(length);
				documents.push((reference, tokens.to_vec(), length));
			}
		}
		let average =
			if documents.is_empty() { 1.0 } else { total as f64 / documents.len() as f64 };
		Self { documents, postings, average: average.max(1.0) }
	}

	/// The best `k` documents for `query`, each as its first `passage_tokens` tokens.
	pub fn search(&self, query: &str, k: usize, passage_tokens: usize) -> Vec<Passage> {
		let n = self.documents.len() as f64;
		let terms: BTreeSet<String> = words(query).collect();
		let mut scores = vec![0f64; self.documents.len()];
		for term in &terms {
			let Some(postings) = self.postings.get(term) else { continue };
			let df = postings.len() as f64;
			let idf = libm::log(1.0 + (n - df + 0.5) / (df + 0.5));
			for (id, tf) in postings {
				let Some((_, _, length)) = self.documents.get(*id as usize) else { continue };
				let tf = f64::from(*tf);
				let norm = K1 * (1.0 - B + B * f64::from(*length) / self.average);
				if let Some(score) = scores.get_mut(*id as usize) {
					*score += idf * tf * (K1 + 1.0) / (tf + norm);
				}
			}
		}
		let mut ranked: Vec<(usize, f64)> =
			scores.into_iter().enumerate().filter(|(_, s)| *s > 0.0).collect();
		ranked.sort_by(|(a, sa), (b, sb)| {
			sb.total_cmp(sa).then_with(|| {
				let key = |i: &usize| self.documents.get(*i).map(|d| d.0);
				key(a).cmp(&key(b))
			})
		});
		let tokenizer = Tokenizer::r50k();
		ranked
			.into_iter()
			.take(k)
			.filter_map(|(i, score)| {
				let (reference, tokens, _) = self.documents.get(i)?;
				let passage = tokens.get(..passage_tokens.min(tokens.len()))?;
				Some(Passage {
					datanet: reference.datanet,
					contribution: reference.contribution,
					score,
					text: tokenizer.decode(passage),
				})
			})
			.collect()
	}
}
