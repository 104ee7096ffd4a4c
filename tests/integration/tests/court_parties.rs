//! Whoever gains from a case never sits on its jury, even after a transfer: a challenge's
//! parties (provider, challenger, paying user, the owner of the called model and of each
//! ancestor, the attributed contributors) are fixed when it opens, and the models whose owners
//! are parties cannot change hands until the verdict, through every appeal round. Before this
//! rule, the adapter's owner could hand it to a staked juror after the challenge, and the draw
//! seated the new owner on its own model's case.

use frame_support::{assert_noop, assert_ok};
use openledger_integration_tests::{
	check_invariants, court_case, development_ext, draw_jury, finalize, vote,
};
use openledger_runtime::{AccountId, Court, Models, Runtime, RuntimeOrigin, OPEN};
use pallet_court::Phase;
use sp_keyring::Sr25519Keyring::{self, *};

/// Bob's adapter of Alice's base model 0 (the development genesis).
const ADAPTER: u32 = 1;
/// Its base model.
const BASE: u32 = 0;
/// The one inference of these tests.
const CALL: u64 = 0;

fn signed(who: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.to_account_id())
}

/// Ferdie pays for a call on the adapter, Dave (the seeded provider) answers, Eve challenges.
fn challenged_call() {
	assert_eq!(openledger_integration_tests::challenged_call(ADAPTER), CALL);
}

fn case() -> pallet_court::Case<Runtime> {
	court_case(CALL)
}

/// Draws the case's next round; its jurors.
fn draw() -> Vec<AccountId> {
	draw_jury(CALL)
}

/// Every juror of the current round votes "rejected", then the round is tallied.
fn vote_rejected(jurors: &[AccountId]) {
	vote(CALL, jurors, false);
}

/// Neither owner can hand its model over, to a staked juror or anyone.
fn assert_models_locked() {
	for (owner, model) in [(Bob, ADAPTER), (Alice, BASE)] {
		assert_noop!(
			Models::transfer_ownership(signed(owner), model, Charlie.to_account_id().into()),
			pallet_models::Error::<Runtime>::UnderChallenge
		);
	}
}

#[test]
fn the_owners_a_challenge_pays_are_parties_and_cannot_hand_their_models_to_a_juror() {
	development_ext().execute_with(|| {
		// Charlie is a juror with a large stake: the friend the owner would hand the model to.
		assert_ok!(Court::join_jury(signed(Charlie), 100_000 * OPEN));
		challenged_call();
		let parties = case().parties.into_inner();
		for party in [Dave, Eve, Ferdie, Bob, Alice] {
			assert!(parties.contains(&party.to_account_id()), "{party:?} is a party");
		}
		assert!(!parties.contains(&Charlie.to_account_id()));
		// The transfer that would make Charlie the adapter's owner (and Alice's royalty
		// recipient) is refused, so Charlie stays a juror who gains nothing either way.
		assert_models_locked();
		assert_eq!(pallet_inference::OpenCasesOf::<Runtime>::get(ADAPTER), 1);
		assert_eq!(pallet_inference::OpenCasesOf::<Runtime>::get(BASE), 1);
		check_invariants();
	});
}

#[test]
fn models_stay_locked_through_an_appeal_and_are_free_after_the_verdict() {
	development_ext().execute_with(|| {
		// Seven jurors who are no party (round 1 seats seven): the dev chain's five (the stash
		// accounts of Alice to Eve) and two more; and the parties themselves, who must never be
		// drawn.
		for juror in [Charlie, FerdieStash] {
			assert_ok!(Court::join_jury(signed(juror), 1_000 * OPEN));
		}
		for party in [Bob, Alice, Ferdie] {
			assert_ok!(Court::join_jury(signed(party), 1_000 * OPEN));
		}
		let parties: Vec<AccountId> =
			[Dave, Eve, Ferdie, Bob, Alice].iter().map(|k| k.to_account_id()).collect();
		challenged_call();

		let first = draw();
		assert!(first.iter().all(|juror| !parties.contains(juror)), "no party in round 0");
		assert_models_locked();
		vote_rejected(&first);

		// Eve appeals: between the rounds the models stay locked.
		assert_ok!(Court::appeal(signed(Eve), CALL));
		assert!(matches!(case().phase, Phase::Drawing { .. }));
		assert_models_locked();

		let second = draw();
		assert_eq!(second.len(), 7);
		assert!(second.iter().all(|juror| !parties.contains(juror)), "no party in round 1");
		assert_models_locked();
		vote_rejected(&second);

		// Nobody appeals again: the ruling becomes the verdict, and the models are free.
		finalize(CALL);
		assert!(pallet_court::Cases::<Runtime>::get(CALL).is_none());
		assert_eq!(pallet_inference::OpenCasesOf::<Runtime>::get(ADAPTER), 0);
		assert_ok!(Models::transfer_ownership(
			signed(Bob),
			ADAPTER,
			Charlie.to_account_id().into()
		));
		check_invariants();
	});
}
