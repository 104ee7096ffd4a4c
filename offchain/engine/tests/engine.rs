//! The engine against brute force on generated corpora, and its determinism.
#![allow(clippy::unwrap_used)]

use attribution_engine::{
	attribute, blake2_256, generate, maximal_spans, Document, DocumentRef, Error, Params,
	Retriever, Tokenizer, VersionIndex, TOKEN_UNIT,
};
use proptest::prelude::*;
use std::collections::{BTreeMap, BTreeSet};

const WORDS: &[&str] = &["the", "data", "model", "pays", "every", "contributor", "fairly", "and"];

fn document(contribution: u64, text: &str) -> Document {
	Document { contribution, content_hash: blake2_256(text.as_bytes()), text: text.into() }
}

fn index(datanet: u32, documents: &[(u64, String)]) -> VersionIndex {
	let documents = documents.iter().map(|(id, text)| document(*id, text)).collect();
	VersionIndex::build(datanet, 1, documents, |_| {}).unwrap()
}

fn text(words: &[usize]) -> String {
	words.iter().map(|w| WORDS[*w % WORDS.len()]).collect::<Vec<_>>().join(" ")
}

/// (datanet, contribution, tokens) of every document.
type Corpus = Vec<(u32, u64, Vec<u16>)>;

fn corpus(datanets: &[(u32, Vec<(u64, String)>)]) -> Corpus {
	let tokenizer = Tokenizer::r50k();
	datanets
		.iter()
		.flat_map(|(datanet, docs)| {
			docs.iter().map(move |(id, text)| (*datanet, *id, tokenizer.encode(text).unwrap()))
		})
		.collect()
}

fn occurs_at(doc: &[u16], at: usize, pattern: &[u16]) -> bool {
	doc.get(at..at + pattern.len()) == Some(pattern)
}

/// Maximal spans by brute force: every position of every document compared.
fn brute_spans(
	corpus: &Corpus,
	output: &[u16],
	min_len: usize,
	max_occ: u64,
) -> Vec<(usize, usize, u64, Vec<DocumentRef>)> {
	let mut spans = Vec::new();
	let mut reach = 0;
	for start in 0..output.len() {
		let mut len = 0;
		for (_, _, doc) in corpus {
			for at in 0..doc.len() {
				let mut l = 0;
				while start + l < output.len()
					&& at + l < doc.len()
					&& doc[at + l] == output[start + l]
				{
					l += 1;
				}
				len = len.max(l);
			}
		}
		if start + len <= reach {
			continue;
		}
		reach = start + len;
		if len < min_len.max(1) {
			continue;
		}
		let pattern = &output[start..start + len];
		let mut occurrences = 0;
		let mut documents = BTreeSet::new();
		for (datanet, id, doc) in corpus {
			let here = (0..doc.len()).filter(|&at| occurs_at(doc, at, pattern)).count() as u64;
			if here > 0 {
				documents.insert(DocumentRef { datanet: *datanet, contribution: *id });
			}
			occurrences += here;
		}
		if occurrences <= max_occ {
			spans.push((start, len, occurrences, documents.into_iter().collect()));
		}
	}
	spans
}

fn datanets_strategy() -> impl Strategy<Value = Vec<(u32, Vec<(u64, String)>)>> {
	let doc = prop::collection::vec(0usize..8, 1..40).prop_map(|w| text(&w));
	prop::collection::vec(prop::collection::vec(doc, 1..5), 1..4).prop_map(|datanets| {
		let mut id = 0u64;
		datanets
			.into_iter()
			.enumerate()
			.map(|(d, docs)| {
				let docs = docs
					.into_iter()
					.map(|t| {
						id += 1;
						(id * 7 % 11 + id * 100, t)
					})
					.collect();
				(d as u32, docs)
			})
			.collect()
	})
}

proptest! {
	#![proptest_config(ProptestConfig::with_cases(64))]

	#[test]
	fn spans_match_brute_force(
		datanets in datanets_strategy(),
		output in prop::collection::vec(0usize..9, 0..60),
		min_len in 1usize..6,
		max_occ in prop_oneof![Just(u64::MAX), 1u64..6],
	) {
		let indexes: Vec<VersionIndex> = datanets.iter().map(|(d, docs)| index(*d, docs)).collect();
		let refs: Vec<&VersionIndex> = indexes.iter().collect();
		let output = Tokenizer::r50k().encode(&text(&output)).unwrap();
		let found: Vec<_> = maximal_spans(&refs, &output, min_len, max_occ)
			.into_iter()
			.map(|s| (s.start, s.len, s.occurrences, s.documents))
			.collect();
		prop_assert_eq!(found, brute_spans(&corpus(&datanets), &output, min_len, max_occ));
	}

	#[test]
	fn scores_are_the_exact_shares_rounded_down(
		datanets in datanets_strategy(),
		output in prop::collection::vec(0usize..9, 1..60),
		min_len in 1usize..4,
		max_contributions in 0usize..4,
	) {
		let indexes: Vec<VersionIndex> = datanets.iter().map(|(d, docs)| index(*d, docs)).collect();
		let refs: Vec<&VersionIndex> = indexes.iter().collect();
		let output = text(&output);
		let params = Params { min_span: min_len, max_occurrences: u64::MAX, max_contributions, max_datanets: 16 };
		let report = attribute(&refs, &output, params).unwrap();
		let tokens = report.output_tokens as u128;

		// Exact shares as rationals over the common denominator T·Π: token t gives each of its
		// k spans 1/k; a span gives each of its d documents 1/d.
		let spans = &report.spans;
		let denominator: u128 = (1..=12u128).product();
		let mut exact = BTreeMap::<DocumentRef, u128>::new();
		for t in 0..report.output_tokens {
			let covering: Vec<_> = spans.iter().filter(|s| s.start <= t && t < s.start + s.len).collect();
			for span in &covering {
				for document in &span.documents {
					let k = covering.len() as u128;
					let d = span.documents.len() as u128;
					*exact.entry(*document).or_default() += denominator / (k * d);
				}
			}
		}
		prop_assume!(spans.iter().all(|s| s.documents.len() <= 12));
		let covered: u128 = report.credits.iter().map(|c| c.credit).sum();
		prop_assert_eq!(covered, report.covered_tokens as u128 * TOKEN_UNIT);
		prop_assert!(report.attribution.total() <= 1_000_000_000);
		prop_assert!(report.attribution.contributions.len() <= max_contributions);
		for (contribution, parts) in &report.attribution.contributions {
			let (document, share) = exact.iter().find(|(d, _)| d.contribution == *contribution).unwrap();
			let _ = document;
			let floor = share * 1_000_000_000 / (denominator * tokens);
			prop_assert!((*parts as u128).abs_diff(floor) <= 1, "{} vs exact {}", parts, floor);
		}
		// Everything not named directly is in its datanet's score (within one part per
		// contribution of rounding).
		let named: BTreeSet<u64> = report.attribution.contributions.iter().map(|(c, _)| *c).collect();
		for (datanet, parts) in &report.attribution.datanets {
			let share: u128 = exact.iter().filter(|(d, _)| d.datanet == *datanet && !named.contains(&d.contribution)).map(|(_, s)| *s).sum();
			let floor = share * 1_000_000_000 / (denominator * tokens);
			prop_assert!((*parts as u128).abs_diff(floor) <= exact.len() as u128);
		}
	}

	#[test]
	fn document_order_changes_nothing(
		datanets in datanets_strategy(),
		output in prop::collection::vec(0usize..9, 1..40),
	) {
		let (datanet, docs) = &datanets[0];
		let mut reversed = docs.clone();
		reversed.reverse();
		let (a, b) = (index(*datanet, docs), index(*datanet, &reversed));
		prop_assert_eq!(a.manifest().hash(), b.manifest().hash());
		let params = Params { min_span: 2, max_occurrences: 1000, max_contributions: 2, max_datanets: 4 };
		let output = text(&output);
		prop_assert_eq!(
			attribute(&[&a], &output, params).unwrap().attribution,
			attribute(&[&b], &output, params).unwrap().attribution
		);
	}
}

#[test]
fn content_that_does_not_match_its_hash_is_refused() {
	let mut bad = document(1, "true text");
	bad.text = "forged text".into();
	let err = VersionIndex::build(0, 1, vec![bad], |_| {}).err().unwrap();
	assert!(matches!(err, Error::ContentMismatch { contribution: 1, .. }), "{err}");
	let err = Document::from_bytes(2, blake2_256(b"a"), b"b").err().unwrap();
	assert!(err.to_string().contains("contribution 2"), "{err}");
	let twice = vec![document(3, "one"), document(3, "two")];
	assert!(matches!(
		VersionIndex::build(0, 1, twice, |_| {}),
		Err(Error::DuplicateContribution(3))
	));
}

#[test]
fn an_index_saved_and_loaded_is_the_same_and_corruption_is_caught() {
	let built =
		index(4, &[(1, "the data model pays".into()), (2, "every contributor fairly".into())]);
	let dir = std::env::temp_dir().join(format!("engine-test-{}", std::process::id()));
	built.save(&dir).unwrap();
	let loaded = VersionIndex::load(&dir).unwrap();
	assert_eq!(loaded.manifest(), built.manifest());
	assert_eq!(loaded.suffixes(), built.suffixes());
	let params = Params { min_span: 1, max_occurrences: 10, max_contributions: 4, max_datanets: 4 };
	assert_eq!(
		attribute(&[&loaded], "pays every", params).unwrap().attribution,
		attribute(&[&built], "pays every", params).unwrap().attribution
	);
	std::fs::write(dir.join("tokens.bin"), [0u8, 1, 2, 3]).unwrap();
	assert!(matches!(VersionIndex::load(&dir), Err(Error::Corrupt { .. })));
	std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_output_copied_from_one_document_is_attributed_to_it() {
	let idx = index(
		0,
		&[
			(
				10,
				"Question: What is hypertension? Answer: high blood pressure in the arteries."
					.into(),
			),
			(11, "Question: What is diabetes? Answer: too much sugar in the blood.".into()),
		],
	);
	let params =
		Params { min_span: 4, max_occurrences: 1000, max_contributions: 32, max_datanets: 16 };
	// The leading space makes " Answer" the token the corpus has.
	let report = attribute(&[&idx], " Answer: too much sugar in the blood.", params).unwrap();
	assert_eq!(report.attribution.contributions.len(), 1);
	assert_eq!(report.attribution.contributions[0].0, 11);
	// Every token is explained, and none by the other document.
	assert_eq!(report.attribution.contributions[0].1, 1_000_000_000, "{report:?}");
	// Without the space the first token differs: 8 of 9 tokens explained, rounded down.
	let report = attribute(&[&idx], "Answer: too much sugar in the blood.", params).unwrap();
	assert_eq!(report.attribution.contributions, vec![(11, 888_888_888)]);
	// Nothing matches: nothing attributed.
	let none = attribute(&[&idx], "zebra quantum xylophone", params).unwrap();
	assert_eq!(none.attribution.total(), 0);
}

#[test]
fn generation_is_deterministic_and_follows_the_corpus() {
	let idx = index(0, &[(1, "alpha beta gamma delta epsilon zeta eta theta".into())]);
	let first = generate(&[&idx], "alpha beta", 50, 7).unwrap();
	assert_eq!(first.text, " gamma delta epsilon zeta eta theta");
	// Many continuations: the seed decides, and the same seed gives the same text.
	let idx = index(0, &[(1, "a cat. a dog. a cow. a hen. a fox.".into())]);
	let runs: Vec<String> =
		(0..20).map(|seed| generate(&[&idx], " a", 2, seed).unwrap().text).collect();
	let again: Vec<String> =
		(0..20).map(|seed| generate(&[&idx], " a", 2, seed).unwrap().text).collect();
	assert_eq!(runs, again);
	assert!(runs.iter().collect::<BTreeSet<_>>().len() > 1, "{runs:?}");
	for run in &runs {
		assert!(["cat.", "dog.", "cow.", "hen.", "fox."].iter().any(|w| run.trim() == *w), "{run}");
	}
	// The end of the only document ends the generation.
	let short = generate(&[&index(0, &[(1, "one two".into())])], "one two", 5, 1).unwrap();
	assert_eq!(short.text, "");
}

#[test]
fn retrieval_ranks_rare_shared_words_first_and_breaks_ties_by_id() {
	let a = index(0, &[(4, "The kidney filters blood.".into()), (2, "Blood is red.".into())]);
	let b = index(1, &[(9, "A contract needs an offer and an acceptance.".into())]);
	let retriever = Retriever::build(&[&a, &b]);
	// "kidney" occurs once in three documents, "blood" twice: the kidney text ranks first.
	let found = retriever.search("What does the KIDNEY do with blood?", 3, 100);
	let ids: Vec<u64> = found.iter().map(|p| p.contribution).collect();
	assert_eq!(ids, [4, 2]);
	assert_eq!(found[0].text, "The kidney filters blood.");
	assert!(found[0].score > found[1].score);
	// Equal scores: the lower (datanet, contribution) first; passages are a prefix of tokens.
	let twins = index(0, &[(7, "offer terms".into()), (3, "offer terms".into())]);
	let found = Retriever::build(&[&twins]).search("offer", 5, 1);
	assert_eq!(
		found.iter().map(|p| (p.contribution, p.text.as_str())).collect::<Vec<_>>(),
		[(3, "offer"), (7, "offer")]
	);
	// Nothing shared: nothing retrieved.
	assert!(retriever.search("zebra", 3, 10).is_empty());
}
