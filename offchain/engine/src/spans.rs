//! Maximal matching spans of an output in a set of indexes.

use crate::{DocumentRef, VersionIndex};
use std::collections::BTreeSet;

/// A maximal span of the output that occurs in the indexes.
#[derive(Clone, PartialEq, Eq, Debug, serde::Serialize)]
pub struct Span {
	/// First output token.
	pub start: usize,
	/// Length in tokens.
	pub len: usize,
	/// How many times it occurs across the indexes.
	pub occurrences: u64,
	/// The documents it occurs in, ordered by datanet then contribution.
	pub documents: Vec<DocumentRef>,
}

/// The maximal spans of `output` (see the crate docs) of at least `min_len` tokens that occur at
/// most `max_occurrences` times in `indexes`, by start.
pub fn maximal_spans(
	indexes: &[&VersionIndex],
	output: &[u16],
	min_len: usize,
	max_occurrences: u64,
) -> Vec<Span> {
	let min_len = min_len.max(1);
	let mut spans = Vec::new();
	let mut reach = 0usize;
	for start in 0..output.len() {
		let rest = output.get(start..).unwrap_or_default();
		let matches: Vec<_> = indexes.iter().map(|index| index.longest_prefix(rest)).collect();
		let len = matches.iter().map(|(len, _)| *len).max().unwrap_or(0);
		let end = start.saturating_add(len);
		if end <= reach {
			continue;
		}
		reach = end;
		if len < min_len {
			continue;
		}
		let longest = indexes.iter().zip(&matches).filter(|(_, (l, _))| *l == len);
		let occurrences: u64 = longest.clone().map(|(_, (_, range))| range.len() as u64).sum();
		if occurrences > max_occurrences {
			continue;
		}
		let documents: BTreeSet<DocumentRef> =
			longest.flat_map(|(index, (_, range))| index.documents_in(range.clone())).collect();
		spans.push(Span { start, len, occurrences, documents: documents.into_iter().collect() });
	}
	spans
}
