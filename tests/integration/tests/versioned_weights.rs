//! A model citing version `v` of a datanet pays that datanet's pool by the weights `v`
//! committed to: a regrade, removal or withdrawal after `v` changes nothing for it.
//!
//! On the development genesis, version 1 of datanet 0 (curated by Alice) holds Charlie's two
//! contributions and Dave's one, all of weight 1: shares 2 : 1. The seeded adapter (model 1)
//! cites version 1. Each test settles one call on it with the change made after version 1 and
//! before the call settles, and checks the pool's part is split 2 : 1.

use frame_support::{assert_ok, traits::Get};
use openledger_integration_tests::{check_invariants, development_ext, next_block};
use openledger_primitives::Attribution;
use openledger_runtime::{
	configs::ChallengeWindow, Balance, Datanets, Inference, Rewards, Runtime, RuntimeOrigin,
};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{self, Alice, Charlie, Dave, Ferdie};
use sp_runtime::Perbill;

const ADAPTER: u32 = 1;
const MEDICAL: u32 = 0;
/// Dave's contribution to datanet 0.
const DAVES: u64 = 1;

fn signed(who: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.to_account_id())
}

/// Ferdie pays Dave (the seeded provider) for a call on the adapter; Dave answers naming the
/// medical datanet, so part of the fee goes to its pool. Returns the call's id.
fn answered_call() -> u64 {
	let id = pallet_inference::NextInferenceId::<Runtime>::get();
	let price = pallet_models::Models::<Runtime>::get(ADAPTER).unwrap().price;
	assert_ok!(Inference::request_inference(
		signed(Ferdie),
		ADAPTER,
		Dave.to_account_id(),
		H256::repeat_byte(1),
		price
	));
	let attribution = Attribution {
		contributions: Default::default(),
		datanets: vec![(MEDICAL, Perbill::from_percent(50))].try_into().unwrap(),
	};
	assert_ok!(Inference::submit_result(signed(Dave), id, H256::repeat_byte(2), attribution));
	id
}

/// Lets the challenge window pass so that `on_idle` settles `call`: what its receipt paid into
/// the medical datanet's pool.
fn settle(call: u64) -> Balance {
	for _ in 0..=ChallengeWindow::get() {
		next_block();
	}
	let receipt = pallet_rewards::Receipts::<Runtime>::get(call).expect("settled in on_idle");
	receipt.pools.iter().find(|part| part.datanet == MEDICAL).expect("a pool part").amount
}

/// Charlie and Dave can claim 2/3 and 1/3 of `pool` (to the planck) from the medical pool.
fn assert_split_two_to_one(pool: Balance) {
	let charlie = Rewards::pool_rewards(MEDICAL, &Charlie.to_account_id());
	let dave = Rewards::pool_rewards(MEDICAL, &Dave.to_account_id());
	assert!(pool > 0);
	assert!(charlie.abs_diff(pool * 2 / 3) <= 1, "Charlie got {charlie} of {pool}");
	assert!(dave.abs_diff(pool / 3) <= 1, "Dave got {dave} of {pool}");
}

#[test]
fn a_regrade_sandwiched_around_a_settlement_moves_nothing() {
	development_ext().execute_with(|| {
		let call = answered_call();
		// The curator raises Dave's contribution to 100 before the call settles...
		assert_ok!(Datanets::grade_contribution(signed(Alice), DAVES, 100));
		let pool = settle(call);
		// ...and lowers it back after: version 1 still said 2 : 1.
		assert_ok!(Datanets::grade_contribution(signed(Alice), DAVES, 1));
		assert_split_two_to_one(pool);
		check_invariants();
	});
}

#[test]
fn a_withdrawal_after_the_version_keeps_the_contributor_paid_for_it() {
	development_ext().execute_with(|| {
		let call = answered_call();
		// Accepted data leaves by withdrawal once its datanet is closed.
		assert_ok!(Datanets::close_datanet(signed(Alice), MEDICAL));
		assert_ok!(Datanets::withdraw_contribution(signed(Dave), DAVES));
		let pool = settle(call);
		assert_split_two_to_one(pool);
		// Dave claims what version 1 earned him although he holds no share now.
		let dave = Rewards::pool_rewards(MEDICAL, &Dave.to_account_id());
		assert_ok!(Rewards::claim_pool(signed(Dave), MEDICAL));
		assert_eq!(Rewards::pool_rewards(MEDICAL, &Dave.to_account_id()), 0);
		assert!(dave > 0);
		check_invariants();
	});
}

#[test]
fn a_removal_after_the_version_changes_nothing_for_it() {
	development_ext().execute_with(|| {
		let call = answered_call();
		assert_ok!(Datanets::remove_contribution(signed(Alice), DAVES));
		let pool = settle(call);
		assert_split_two_to_one(pool);
		check_invariants();
	});
}

#[test]
fn a_change_counts_from_the_next_version_on() {
	development_ext().execute_with(|| {
		// Dave's contribution weighs 3 from version 2; the adapter still cites version 1.
		assert_ok!(Datanets::grade_contribution(signed(Alice), DAVES, 3));
		assert_ok!(Datanets::publish_version(signed(Alice), MEDICAL));
		let pool = settle(answered_call());
		assert_split_two_to_one(pool);
		check_invariants();
	});
}

/// Issue 26: a datanet died at its 65th version (`MaxVersions = 64` refused every later one,
/// while contributions kept being accepted with deposits held). Versions now have no end: the
/// pool keeps one epoch per citable version, and a model citing a version older than the
/// window pays that pool part to the treasury instead of to a version it never committed to.
#[test]
fn a_datanet_outlives_its_window_of_versions() {
	development_ext().execute_with(|| {
		let window: u32 = <Runtime as pallet_datanets::Config>::MaxVersions::get();
		assert_eq!(window, 64);
		// Alice regrades Dave's contribution between 1 and 2 and publishes, 70 times.
		for round in 0..70u32 {
			let weight = 1 + (round + 1) % 2;
			assert_ok!(Datanets::grade_contribution(signed(Alice), DAVES, weight));
			assert_ok!(Datanets::publish_version(signed(Alice), MEDICAL));
		}
		let latest = pallet_datanets::Datanets::<Runtime>::get(MEDICAL).unwrap().latest_version;
		assert_eq!(latest, 71);
		let kept = pallet_rewards::Pools::<Runtime>::get(MEDICAL).epochs;
		assert!(kept.len() as u32 <= window + 1, "the pool keeps one epoch per citable version");
		assert_eq!(openledger_primitives::citable_from(latest, window), 7);
		check_invariants();
		// The adapter cites version 1, now retired: its pool part goes to the treasury.
		let call = answered_call();
		for _ in 0..=ChallengeWindow::get() {
			next_block();
		}
		let receipt = pallet_rewards::Receipts::<Runtime>::get(call).expect("settled in on_idle");
		assert!(receipt.pools.iter().all(|part| part.datanet != MEDICAL));
		check_invariants();
	});
}
