//! The dev chain's genesis (chain-specs/dev.json, generated from the runtime's preset) and the
//! seed content agree: every seeded contribution's hash and size are those of a file of
//! `content/seed/`, and the reference model's artifact hash is the manifest the engine builds
//! from them.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use openledger_sdk::{
	content::{ContentStore, SEED},
	engine::{Document, IndexRef, ModelManifest, VersionIndex},
	reference::{MAX_OCCURRENCES, MIN_SPAN},
};
use serde_json::Value;
use std::collections::BTreeMap;

fn hash(value: &Value) -> [u8; 32] {
	let text = value.as_str().unwrap().trim_start_matches("0x");
	hex::decode(text).unwrap().try_into().unwrap()
}

#[test]
fn the_reference_model_of_genesis_is_the_manifest_of_the_seed_content() {
	let spec: Value = serde_json::from_str(include_str!("../../../chain-specs/dev.json")).unwrap();
	let patch = &spec["genesis"]["runtimeGenesis"]["patch"];
	let store = ContentStore::new(std::env::temp_dir().join("openledger-seed-test-empty"));

	// Genesis gives contribution ids in order; versions are published after all of them, so
	// version 1 of each datanet holds its accepted contributions.
	let mut versions = BTreeMap::<u64, Vec<Document>>::new();
	for (id, item) in patch["datanets"]["contributions"].as_array().unwrap().iter().enumerate() {
		let item = item.as_array().unwrap();
		let content_hash = hash(&item[2]);
		// The content is the seed's, found by hash, of the size genesis says.
		let bytes = store.get(&content_hash, None, None).unwrap();
		assert_eq!(bytes.len() as u64, item[3].as_u64().unwrap());
		if item[5].as_bool().unwrap() {
			let datanet = item[0].as_u64().unwrap();
			versions
				.entry(datanet)
				.or_default()
				.push(Document::from_bytes(id as u64, content_hash, &bytes).unwrap());
		}
	}
	assert_eq!(
		versions.values().map(Vec::len).sum::<usize>(),
		SEED.len() - 1,
		"one seed contribution waits for its curator"
	);

	let model = &patch["models"]["models"][0];
	let mut refs = Vec::new();
	for source in model[4].as_array().unwrap() {
		let datanet = source["datanet"].as_u64().unwrap();
		let version = source["version"].as_u64().unwrap() as u32;
		let documents = versions[&datanet].clone();
		let index = VersionIndex::build(datanet as u32, version, documents, |_| {}).unwrap();
		refs.push(IndexRef { datanet: datanet as u32, version, manifest: index.manifest().hash() });
	}
	let manifest = ModelManifest::new(MIN_SPAN, MAX_OCCURRENCES, refs);
	assert_eq!(
		manifest.hash(),
		hash(&model[2]),
		"model 0's artifact hash is its reference manifest"
	);
}
