//! The fuzzer as a test: every kept crash input replays clean (each was a defect, now fixed),
//! and a short seeded run keeps every invariant.

use openledger_fuzz::{generate::Generator, Fuzzer};

#[test]
fn regression_inputs_replay_clean() {
	let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("regressions");
	let mut files: Vec<_> = std::fs::read_dir(&dir)
		.expect("tests/fuzz/regressions exists")
		.map(|entry| entry.expect("a directory entry").path())
		.filter(|path| path.extension().is_some_and(|e| e == "bin"))
		.collect();
	files.sort();
	for file in files {
		let bytes = std::fs::read(&file).expect("a regression input");
		let stats = Fuzzer::run(&bytes);
		assert!(stats.applied > 0, "{}: nothing applied", file.display());
	}
}

#[test]
fn a_seeded_run_keeps_every_invariant() {
	let mut total = openledger_fuzz::Stats::default();
	for seed in 1..=3 {
		total.add(&Fuzzer::run(&Generator::new(seed).input(400)));
	}
	assert!(total.applied > 1_000, "{total:?}");
	assert!(total.succeeded > 100, "{total:?}");
	assert!(total.blocks > 100, "{total:?}");
}
