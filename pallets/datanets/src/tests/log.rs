//! The stored accepted-set log: a version's entries replay to its commitment and name its
//! exact contributions, whatever happened after it was published.

use super::*;
use crate::{LogEntry, Pallet};
use std::collections::BTreeMap;

/// Pages through the log version `version` commits to, replays it, and returns the root and
/// the contributions it holds with their weights.
fn replay(datanet: u32, version: u32, limit: u32) -> (H256, BTreeMap<u64, (H256, u32)>) {
	let (mut root, mut set, mut start, mut expected) = (H256::zero(), BTreeMap::new(), None, 0);
	loop {
		let page = Datanets::api_version_log(datanet, version, start, limit);
		for view in &page.items {
			assert_eq!(view.position, expected, "the pages are contiguous");
			expected += 1;
			root = Pallet::<Test>::chain_log(root, view.position, &view.entry);
			let LogEntry { op, contribution, content_hash, weight } = view.entry;
			match op {
				LogOp::Add | LogOp::Regrade => set.insert(contribution, (content_hash, weight)),
				LogOp::Drop => set.remove(&contribution),
			};
		}
		match page.next {
			Some(next) => start = Some(next),
			None => return (root, set),
		}
	}
}

#[test]
fn a_version_log_replays_to_its_commitment_and_lists_its_contributions() {
	new_test_ext().execute_with(|| {
		let datanet = create(CURATOR, CurationMode::Open);
		let first = contribute(ALICE, datanet, 1);
		let second = contribute(BOB, datanet, 2);
		assert_ok!(Datanets::grade_contribution(RuntimeOrigin::signed(CURATOR), second, 3));
		assert_ok!(Datanets::publish_version(RuntimeOrigin::signed(CURATOR), datanet));
		// After version 1: a regrade, a removal and a new contribution change nothing in it.
		assert_ok!(Datanets::grade_contribution(RuntimeOrigin::signed(CURATOR), second, 2));
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(CURATOR), first));
		let third = contribute(ALICE, datanet, 3);
		assert_ok!(Datanets::publish_version(RuntimeOrigin::signed(CURATOR), datanet));

		for limit in [1, 2, 100] {
			let (root, set) = replay(datanet, 1, limit);
			assert_eq!(root, Versions::<Test>::get(datanet, 1).unwrap().commitment);
			assert_eq!(set, BTreeMap::from([(first, (hash(1), 1)), (second, (hash(2), 3))]));
			let (root, set) = replay(datanet, 2, limit);
			assert_eq!(root, Versions::<Test>::get(datanet, 2).unwrap().commitment);
			assert_eq!(set, BTreeMap::from([(second, (hash(2), 2)), (third, (hash(3), 1))]));
		}
		// The removed contribution's record is gone: its entry names it without a URI.
		let page = Datanets::api_version_log(datanet, 1, None, 100);
		assert_eq!(page.items[0].uri, None);
		assert_eq!(page.items[1].uri.as_deref(), Some(&b"ipfs://item"[..]));
		// An unknown version lists nothing.
		assert!(Datanets::api_version_log(datanet, 3, None, 100).items.is_empty());
		assert!(Datanets::api_version_log(datanet + 1, 1, None, 100).items.is_empty());
	});
}

#[test]
fn pending_contributions_are_not_in_the_log_until_accepted() {
	new_test_ext().execute_with(|| {
		let datanet = create(CURATOR, CurationMode::Curated);
		let pending = contribute(ALICE, datanet, 1);
		let accepted = contribute(BOB, datanet, 2);
		assert_ok!(Datanets::accept_contribution(RuntimeOrigin::signed(CURATOR), accepted));
		assert_ok!(Datanets::publish_version(RuntimeOrigin::signed(CURATOR), datanet));
		let (root, set) = replay(datanet, 1, 100);
		assert_eq!(root, Versions::<Test>::get(datanet, 1).unwrap().commitment);
		assert_eq!(set, BTreeMap::from([(accepted, (hash(2), 1))]));
		assert!(!set.contains_key(&pending));
	});
}

#[test]
fn stored_op_codes_are_the_shared_formula_codes() {
	use codec::Encode;
	// A stored entry's op encodes as the code the commitment hashes, which off-chain replays use.
	for op in [LogOp::Add, LogOp::Regrade, LogOp::Drop] {
		assert_eq!(op.encode(), [op.code()]);
	}
	assert_eq!(
		[LogOp::Add.code(), LogOp::Regrade.code(), LogOp::Drop.code()],
		[
			openledger_formulas::log::ADD,
			openledger_formulas::log::REGRADE,
			openledger_formulas::log::DROP
		]
	);
}
