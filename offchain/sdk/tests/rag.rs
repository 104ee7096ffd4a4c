//! The dev chain's language model: genesis registers its weights (the file
//! `scripts/fetch-model.sh` fetches) as the base model's artifact and the retrieval-augmented
//! manifest over the seeded versions as the derived model's; the model answers a question about
//! the seed with recorded tokens, on any machine, whatever the thread count.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use openledger_sdk::{
	content::{ContentStore, SEED},
	engine::{Attribution, Document, IndexRef, Params, VersionIndex},
	rag::{default_models_dir, read_weights, with_retrieval, RagManifest, RagModel},
};
use serde_json::Value;
use std::collections::BTreeMap;

fn hash(value: &Value) -> [u8; 32] {
	let text = value.as_str().unwrap().trim_start_matches("0x");
	hex::decode(text).unwrap().try_into().unwrap()
}

fn genesis() -> Value {
	let spec: Value = serde_json::from_str(include_str!("../../../chain-specs/dev.json")).unwrap();
	spec["genesis"]["runtimeGenesis"]["patch"].clone()
}

/// Version 1 of each seeded datanet, as genesis publishes it.
fn seed_indexes(patch: &Value) -> Vec<VersionIndex> {
	let store = ContentStore::new(std::env::temp_dir().join("openledger-rag-test-empty"));
	let mut versions = BTreeMap::<u32, Vec<Document>>::new();
	for (id, item) in patch["datanets"]["contributions"].as_array().unwrap().iter().enumerate() {
		let item = item.as_array().unwrap();
		let content_hash = hash(&item[2]);
		if item[5].as_bool().unwrap() {
			let bytes = store.get(&content_hash, None, None).unwrap();
			versions
				.entry(item[0].as_u64().unwrap() as u32)
				.or_default()
				.push(Document::from_bytes(id as u64, content_hash, &bytes).unwrap());
		}
	}
	assert_eq!(versions.values().map(Vec::len).sum::<usize>(), SEED.len() - 1);
	versions
		.into_iter()
		.map(|(datanet, documents)| VersionIndex::build(datanet, 1, documents, |_| {}).unwrap())
		.collect()
}

fn refs(indexes: &[VersionIndex]) -> Vec<IndexRef> {
	indexes
		.iter()
		.map(|i| IndexRef {
			datanet: i.manifest().datanet,
			version: i.manifest().version,
			manifest: i.manifest().hash(),
		})
		.collect()
}

#[test]
fn genesis_registers_the_weights_and_the_retrieval_manifest_over_the_seed() {
	let patch = genesis();
	let models = patch["models"]["models"].as_array().unwrap();
	let (base, rag) = (&models[2], &models[3]);
	assert_eq!(base[3], Value::String("Base".into()), "the weights are a base model");
	assert_eq!(rag[3]["Adapter"]["base"], 2, "the retrieval model derives from the weights");
	let indexes = seed_indexes(&patch);
	let manifest = RagManifest::new(hash(&base[2]), refs(&indexes));
	println!("manifest hash {:?}", manifest.hash());
	assert_eq!(
		manifest.hash(),
		hash(&rag[2]),
		"model 3's artifact hash is its manifest over model 2's weights and the seed"
	);
	// It cites exactly the versions it retrieves from.
	let cited: Vec<(u64, u64)> = rag[4]
		.as_array()
		.unwrap()
		.iter()
		.map(|s| (s["datanet"].as_u64().unwrap(), s["version"].as_u64().unwrap()))
		.collect();
	assert_eq!(
		cited,
		manifest
			.indexes
			.iter()
			.map(|i| (u64::from(i.datanet), u64::from(i.version)))
			.collect::<Vec<_>>()
	);
}

/// The question the end-to-end test asks, and the tokens SmolLM2-135M-Instruct (Q4_1) answers
/// with under the dev manifest: recorded on an AMD EPYC (x86-64, default target) build.
const QUESTION: &str = "What blood pressure reading is usually called hypertension?";

#[test]
fn the_language_model_answers_from_the_seed_with_the_recorded_tokens() {
	let patch = genesis();
	let models = patch["models"]["models"].as_array().unwrap();
	let weights = hash(&models[2][2]);
	let bytes = read_weights(&default_models_dir(), &weights)
		.expect("the model file: run scripts/fetch-model.sh");
	let indexes = seed_indexes(&patch);
	let views: Vec<&VersionIndex> = indexes.iter().collect();
	let model = RagModel::load(RagManifest::new(weights, refs(&indexes)), bytes, &views).unwrap();
	let answer = model.answer(QUESTION, |_| {}).unwrap();
	println!("passages: {:?}", answer.passages.iter().map(|p| p.contribution).collect::<Vec<_>>());
	println!("answer: {:?}", answer.completion.text);
	println!("tokens: {:?}", answer.completion.tokens);
	// The medical document that defines hypertension is retrieved first.
	assert_eq!(answer.passages[0].contribution, 0);
	assert_eq!(answer.completion.tokens, RECORDED);

	// Its attribution: spans it quoted, and a fifth shared by the three passages.
	let engine =
		openledger_sdk::engine::attribute(&views, &answer.completion.text, PARAMS).unwrap();
	let attribution: Attribution =
		with_retrieval(&engine, &answer.passages, model.manifest.retrieval_share, 20, 8);
	println!("attribution: {attribution:?}");
	assert!(attribution.total() <= 1_000_000_000);
	for passage in &answer.passages {
		assert!(attribution
			.contributions
			.iter()
			.any(|(c, s)| *c == passage.contribution && *s >= 66_666_666));
	}
}

const PARAMS: Params =
	Params { min_span: 4, max_occurrences: 1_000, max_contributions: 20, max_datanets: 8 };

/// "Blood pressure is usually called hypertension when it is high, but when it is high, it is
/// called high blood pressure."
const RECORDED: &[u32] = &[
	27152, 2456, 314, 2007, 1217, 14763, 645, 357, 314, 904, 28, 564, 645, 357, 314, 904, 28, 357,
	314, 1217, 904, 1670, 2456, 30,
];
