//! Jury capture by grinding the pool, as reported against the real runtime: the seed of a draw
//! is the hash of its draw block, public once that block exists, and the attacker's batch
//! `[court.add_stake(x), court.draw_jury(call)]` searched for the `x` that seats its sybil.
//! The candidates and their stakes are now fixed when the case opens, before the seed exists:
//! whatever the batch does, the jury is the one the untouched pool gives.

use frame_support::{assert_ok, traits::UnfilteredDispatchable};
use openledger_integration_tests::{check_invariants, development_ext, next_block};
use openledger_runtime::{AccountId, Balance, Court, Runtime, RuntimeCall, RuntimeOrigin, OPEN};
use pallet_court::Phase;
use sp_keyring::Sr25519Keyring::{self, *};

/// The one inference of these tests.
const CALL: u64 = 0;

fn signed(who: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.to_account_id())
}

/// The dev chain's five jurors (100 OPEN each) and Charlie, the attacker's sybil, at the
/// minimum of 10 OPEN; Ferdie pays Dave for a call on model 0, Eve challenges it. Then the
/// chain moves past the draw block: its hash, the seed, is public.
fn case_with_public_seed() {
	assert_ok!(Court::join_jury(signed(Charlie), 10 * OPEN));
	assert_eq!(openledger_integration_tests::challenged_call(0), CALL);
	let case = pallet_court::Cases::<Runtime>::get(CALL).expect("the case is open");
	let Phase::Drawing { at } = case.phase else { panic!("not drawing") };
	// Block `at` is sealed (its hash recorded); the batch lands in the next block, before its
	// `on_idle`.
	while frame_system::Pallet::<Runtime>::block_number() <= at {
		next_block();
	}
}

/// The seats (juror, stake at stake) of round 0 after `sender` sends `batch`.
fn jury_after(sender: Sr25519Keyring, batch: Vec<RuntimeCall>) -> Vec<(AccountId, Balance)> {
	let mut jury = Vec::new();
	development_ext().execute_with(|| {
		case_with_public_seed();
		let call = RuntimeCall::Utility(pallet_utility::Call::batch_all { calls: batch });
		assert_ok!(call.dispatch_bypass_filter(signed(sender)));
		if pallet_court::Rounds::<Runtime>::get(CALL, 0).is_none() {
			assert_ok!(Court::draw_jury(signed(Charlie), CALL));
		}
		jury = pallet_court::Rounds::<Runtime>::get(CALL, 0)
			.expect("drawn")
			.seats
			.into_iter()
			.map(|seat| (seat.juror, seat.stake))
			.collect();
		check_invariants();
	});
	jury
}

#[test]
fn a_stake_ground_against_the_public_seed_does_not_seat_the_sybil() {
	let draw = RuntimeCall::Court(pallet_court::Call::draw_jury { inference: CALL });
	let honest = jury_after(Charlie, vec![draw.clone()]);
	let charlie = Charlie.to_account_id();
	// This seed does not seat the sybil by chance: only grinding could.
	assert!(honest.iter().all(|(juror, _)| *juror != charlie), "{honest:?}");
	// A thousand times the honest stakes: before the fix this seated Charlie every time.
	for amount in [347_816, 10 * OPEN, 100_000 * OPEN] {
		let add = RuntimeCall::Court(pallet_court::Call::add_stake { amount });
		assert_eq!(jury_after(Charlie, vec![add, draw.clone()]), honest, "add_stake({amount})");
	}
	// Nor does a fresh sybil joining, or a juror leaving, once the seed is public.
	let join = RuntimeCall::Court(pallet_court::Call::join_jury { stake: 100_000 * OPEN });
	let joined = jury_after(Bob, vec![join, draw.clone()]);
	assert_eq!(joined, honest);
	let leave = RuntimeCall::Court(pallet_court::Call::leave_jury {});
	assert_eq!(jury_after(AliceStash, vec![leave, draw]), honest);
}
