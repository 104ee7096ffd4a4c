//! Challenges within the window, resolved by governance.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::DispatchError;

#[test]
fn an_upheld_challenge_slashes_the_provider_and_refunds_everyone_else() {
	build_and_execute(|| {
		let scene = scene();
		let user_before = free(USER);
		let challenger_before = free(CHALLENGER);
		let treasury_before = free(TREASURY);
		let id = request(scene.base);
		answer(id, attribution(&[(0, 10)], &[]));
		assert_ok!(Inference::challenge(RuntimeOrigin::signed(CHALLENGER), id));
		assert_eq!(held(HoldReason::ChallengeBond, CHALLENGER), BOND);
		assert_eq!(
			last_event(),
			RuntimeEvent::Inference(Event::Challenged {
				inference: id,
				challenger: CHALLENGER,
				bond: BOND
			})
		);
		assert_noop!(
			Inference::challenge(RuntimeOrigin::signed(2), id),
			Error::<Test>::UnderChallenge
		);
		assert_noop!(
			Inference::settle(RuntimeOrigin::signed(2), id),
			Error::<Test>::UnderChallenge
		);
		assert_noop!(
			Inference::resolve_challenge(RuntimeOrigin::signed(1), id, true),
			DispatchError::BadOrigin
		);
		assert_ok!(Inference::resolve_challenge(RuntimeOrigin::root(), id, true));
		// 10% of the stake (100): half to the challenger, half to the treasury.
		assert_eq!(
			last_event(),
			RuntimeEvent::Inference(Event::ChallengeUpheld {
				inference: id,
				slashed: 100,
				to_challenger: 50,
				refund: PRICE
			})
		);
		assert_eq!(free(CHALLENGER), challenger_before + 50);
		assert_eq!(free(TREASURY), treasury_before + 50);
		assert_eq!(free(USER), user_before);
		assert_eq!(Providers::<Test>::get(PROVIDER).unwrap().stake, STAKE - 100);
		assert_eq!(held(HoldReason::ProviderStake, PROVIDER), STAKE - 100);
		assert!(!Requests::<Test>::contains_key(id));
		assert_noop!(Inference::settle(RuntimeOrigin::signed(2), id), Error::<Test>::RequestClosed);
	});
}

#[test]
fn a_rejected_challenge_pays_the_bond_to_the_provider_and_the_result_stands() {
	build_and_execute(|| {
		let scene = scene();
		let id = request(scene.base);
		answer(id, attribution(&[], &[]));
		assert_ok!(Inference::challenge(RuntimeOrigin::signed(CHALLENGER), id));
		let provider_before = free(PROVIDER);
		assert_ok!(Inference::resolve_challenge(RuntimeOrigin::root(), id, false));
		assert_eq!(
			last_event(),
			RuntimeEvent::Inference(Event::ChallengeRejected { inference: id, bond: BOND })
		);
		assert_eq!(free(PROVIDER), provider_before + BOND);
		assert_eq!(held(HoldReason::ChallengeBond, CHALLENGER), 0);
		assert_noop!(
			Inference::resolve_challenge(RuntimeOrigin::root(), id, false),
			Error::<Test>::NotChallenged
		);
		go_to(1 + CHALLENGE_WINDOW);
		assert_ok!(Inference::settle(RuntimeOrigin::signed(2), id));
	});
}

#[test]
fn challenges_only_within_the_window() {
	build_and_execute(|| {
		let scene = scene();
		let id = request(scene.base);
		assert_noop!(
			Inference::challenge(RuntimeOrigin::signed(CHALLENGER), id),
			Error::<Test>::NotAnswered
		);
		answer(id, attribution(&[], &[]));
		assert_noop!(
			Inference::challenge(RuntimeOrigin::signed(30), id),
			Error::<Test>::InsufficientBalance
		);
		// Answered at 1: the last challengeable block is 1 + window - 1.
		go_to(CHALLENGE_WINDOW);
		let second = request(scene.base);
		answer(second, attribution(&[], &[]));
		go_to(1 + CHALLENGE_WINDOW);
		assert_noop!(
			Inference::challenge(RuntimeOrigin::signed(CHALLENGER), id),
			Error::<Test>::ChallengeWindowClosed
		);
		assert_ok!(Inference::challenge(RuntimeOrigin::signed(CHALLENGER), second));
	});
}

#[test]
fn a_zero_window_allows_no_challenge_and_immediate_settlement() {
	build_and_execute(|| {
		Window::set(0);
		let scene = scene();
		let id = request(scene.base);
		answer(id, attribution(&[], &[]));
		assert_noop!(
			Inference::challenge(RuntimeOrigin::signed(CHALLENGER), id),
			Error::<Test>::ChallengeWindowClosed
		);
		assert_ok!(Inference::settle(RuntimeOrigin::signed(2), id));
		Window::set(CHALLENGE_WINDOW);
	});
}

#[test]
fn a_challenge_nobody_decides_ends_without_a_verdict() {
	build_and_execute(|| {
		let scene = scene();
		let user_before = free(USER);
		let challenger_before = free(CHALLENGER);
		let id = request(scene.base);
		answer(id, attribution(&[], &[]));
		assert_ok!(Inference::challenge(RuntimeOrigin::signed(CHALLENGER), id));
		// Until the timeout has passed the challenge may still be decided; the provider's stake,
		// the user's fee and the challenger's bond stay held.
		let answered_at = 1;
		let expires = answered_at + CHALLENGE_WINDOW + 20;
		go_to(expires - 1);
		assert_noop!(
			Inference::expire_challenge(RuntimeOrigin::signed(PROVIDER), id),
			Error::<Test>::ChallengeNotExpired
		);
		assert_noop!(
			Inference::unbond(RuntimeOrigin::signed(PROVIDER)),
			Error::<Test>::OpenRequests
		);
		go_to(expires);
		// Anyone may end it: no verdict, so nobody is punished.
		assert_ok!(Inference::expire_challenge(RuntimeOrigin::signed(PROVIDER), id));
		assert_eq!(
			last_event(),
			RuntimeEvent::Inference(Event::ChallengeExpired {
				inference: id,
				refund: PRICE,
				bond: BOND
			})
		);
		assert_eq!(free(USER), user_before);
		assert_eq!(free(CHALLENGER), challenger_before);
		assert_eq!(Providers::<Test>::get(PROVIDER).unwrap().stake, STAKE);
		assert!(!Requests::<Test>::contains_key(id));
		// Nothing holds the provider any more: it could unbond.
		assert_eq!(Providers::<Test>::get(PROVIDER).unwrap().open_requests, 0);
		assert_noop!(
			Inference::expire_challenge(RuntimeOrigin::signed(PROVIDER), id),
			Error::<Test>::RequestClosed
		);
		// Only a challenged request can expire so.
		let other = request(scene.adapter);
		assert_noop!(
			Inference::expire_challenge(RuntimeOrigin::signed(2), other),
			Error::<Test>::NotChallenged
		);
	});
}
