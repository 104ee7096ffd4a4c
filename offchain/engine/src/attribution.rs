//! Scores from spans: integer credit per contribution, then parts per billion.

use crate::{maximal_spans, DocumentRef, Error, Span, Tokenizer, VersionIndex};
use codec::Encode;
use std::collections::BTreeMap;

/// One output token's worth of credit.
pub const TOKEN_UNIT: u128 = 1_000_000_000_000_000_000;

const BILLION: u128 = 1_000_000_000;

/// The engine's parameters: the method's (part of the model manifest) and the runtime's bounds.
#[derive(Clone, Copy, Debug)]
pub struct Params {
	/// Shortest span credited, in tokens.
	pub min_span: usize,
	/// Spans occurring more often are not credited.
	pub max_occurrences: u64,
	/// Most contributions named (the runtime's `MaxAttributedContributions`).
	pub max_contributions: usize,
	/// Most datanets named (the runtime's `MaxAttributedDatanets`).
	pub max_datanets: usize,
}

/// The runtime's `Attribution`: `(contribution, parts per billion)` and `(datanet, parts per
/// billion)` pairs. Encodes as the runtime's type does (a `Perbill` is its `u32` parts).
#[derive(Encode, Clone, PartialEq, Eq, Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Attribution {
	/// Contributions credited directly.
	pub contributions: Vec<(u64, u32)>,
	/// Datanets whose pools are credited.
	pub datanets: Vec<(u32, u32)>,
}

impl Attribution {
	/// The sum of all scores in parts per billion.
	pub fn total(&self) -> u64 {
		let contributions = self.contributions.iter().map(|(_, s)| u64::from(*s));
		contributions.chain(self.datanets.iter().map(|(_, s)| u64::from(*s))).sum()
	}
}

/// A contribution's credit.
#[derive(Clone, Copy, PartialEq, Eq, Debug, serde::Serialize)]
pub struct Credit {
	/// The contribution and its datanet.
	pub document: DocumentRef,
	/// Its credit in units of [`TOKEN_UNIT`] per token.
	pub credit: u128,
}

/// Everything [`attribute`] found: the spans, every contribution's credit (ranked), and the
/// attribution.
#[derive(Clone, Debug, serde::Serialize)]
pub struct Report {
	/// Tokens of the output.
	pub output_tokens: usize,
	/// Output tokens inside at least one kept span.
	pub covered_tokens: usize,
	/// The kept maximal spans.
	pub spans: Vec<Span>,
	/// Every credited contribution, best first.
	pub credits: Vec<Credit>,
	/// The scores to submit.
	pub attribution: Attribution,
}

/// Attributes `output` to the documents of `indexes` (see the crate docs for the method).
///
/// # Errors
/// [`Error::TokenOutOfRange`] (never for `r50k_base`).
pub fn attribute(indexes: &[&VersionIndex], output: &str, params: Params) -> Result<Report, Error> {
	let tokens = Tokenizer::r50k().encode(output)?;
	let spans = maximal_spans(indexes, &tokens, params.min_span, params.max_occurrences);

	// Credit each span with its share of every token it covers.
	let mut span_credit = vec![0u128; spans.len()];
	let mut covered_tokens = 0usize;
	for token in 0..tokens.len() {
		let covering: Vec<usize> = spans
			.iter()
			.enumerate()
			.filter(|(_, s)| s.start <= token && token < s.start.saturating_add(s.len))
			.map(|(i, _)| i)
			.collect();
		if covering.is_empty() {
			continue;
		}
		covered_tokens = covered_tokens.saturating_add(1);
		for (i, part) in covering.iter().zip(split(TOKEN_UNIT, covering.len())) {
			if let Some(credit) = span_credit.get_mut(*i) {
				*credit = credit.saturating_add(part);
			}
		}
	}
	// Split each span's credit among its documents.
	let mut credits = BTreeMap::<DocumentRef, u128>::new();
	for (span, credit) in spans.iter().zip(&span_credit) {
		for (document, part) in span.documents.iter().zip(split(*credit, span.documents.len())) {
			let entry = credits.entry(*document).or_default();
			*entry = entry.saturating_add(part);
		}
	}
	let mut credits: Vec<Credit> =
		credits.into_iter().map(|(document, credit)| Credit { document, credit }).collect();
	// Best first; ties by datanet, then contribution (the map's order, kept by a stable sort).
	credits.sort_by_key(|c| std::cmp::Reverse(c.credit));

	let whole = (tokens.len() as u128).saturating_mul(TOKEN_UNIT);
	let score = |credit: u128| -> u32 {
		if whole == 0 {
			return 0;
		}
		u32::try_from(credit.saturating_mul(BILLION) / whole).unwrap_or(u32::MAX)
	};
	let mut attribution = Attribution::default();
	let mut rest = BTreeMap::<u32, u128>::new();
	for credit in &credits {
		let parts = score(credit.credit);
		if parts > 0 && attribution.contributions.len() < params.max_contributions {
			attribution.contributions.push((credit.document.contribution, parts));
		} else {
			let entry = rest.entry(credit.document.datanet).or_default();
			*entry = entry.saturating_add(credit.credit);
		}
	}
	let mut datanets: Vec<(u32, u128)> = rest.into_iter().collect();
	datanets.sort_by_key(|d| std::cmp::Reverse(d.1));
	attribution.datanets = datanets
		.into_iter()
		.map(|(datanet, credit)| (datanet, score(credit)))
		.filter(|(_, parts)| *parts > 0)
		.take(params.max_datanets)
		.collect();
	Ok(Report { output_tokens: tokens.len(), covered_tokens, spans, credits, attribution })
}

/// `total` in `parts` near-equal integer parts summing to `total`: the first `total % parts`
/// get one more.
fn split(total: u128, parts: usize) -> impl Iterator<Item = u128> {
	let n = parts.max(1) as u128;
	let (each, remainder) = (total / n, total % n);
	(0..parts as u128).map(move |i| if i < remainder { each.saturating_add(1) } else { each })
}
