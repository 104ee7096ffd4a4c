//! Challenges within the window: a case opened in the court, and its verdicts applied.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use openledger_primitives::{ChallengeEvidence, Verdict};
use sp_runtime::Perbill;

#[test]
fn a_challenge_opens_a_case_with_its_evidence_and_every_party() {
	build_and_execute(|| {
		let scene = scene();
		let id = request(scene.base);
		// Contributions 0 and 1 are both by 2: one party; 2 by 3.
		answer(id, attribution(&[(0, 10), (1, 10), (2, 10)], &[]));
		assert_ok!(challenge(CHALLENGER, id));
		let (case, parties, evidence) = OpenedCases::get().pop().unwrap();
		assert_eq!(case, id);
		// Provider, challenger, the paying user, the model's owner (10), the contributors (2, 3).
		assert_eq!(parties, vec![PROVIDER, CHALLENGER, USER, 10, 2, 3]);
		assert_eq!(
			evidence,
			ChallengeEvidence {
				model: scene.base,
				output_hash: sp_core::H256::repeat_byte(8),
				output_uri: openledger_primitives::bounded(OUTPUT_URI.to_vec()),
			}
		);
	});
}

#[test]
fn a_challenge_with_more_parties_than_the_court_takes_is_refused() {
	build_and_execute(|| {
		let scene = scene();
		let id = request(scene.base);
		answer(id, attribution(&[(0, 10), (2, 10)], &[]));
		// Provider, challenger, user, owner and two contributors: six.
		MaxParties::set(5);
		assert_noop!(challenge(CHALLENGER, id), Error::<Test>::TooManyParties);
		MaxParties::set(6);
		assert_ok!(challenge(CHALLENGER, id));
		MaxParties::set(12);
	});
}

#[test]
fn an_upheld_challenge_slashes_the_provider_and_refunds_everyone_else() {
	build_and_execute(|| {
		let scene = scene();
		let user_before = free(USER);
		let challenger_before = free(CHALLENGER);
		let treasury_before = free(TREASURY);
		let id = request(scene.base);
		answer(id, attribution(&[(0, 10)], &[]));
		assert_ok!(challenge(CHALLENGER, id));
		assert_eq!(held(HoldReason::ChallengeBond, CHALLENGER), BOND);
		assert_eq!(
			last_event(),
			Event::Challenged { inference: id, challenger: CHALLENGER, bond: BOND }
		);
		assert_noop!(challenge(2, id), Error::<Test>::UnderChallenge);
		// Settlement waits for the verdict, however long it takes.
		run_to(1 + CHALLENGE_WINDOW + 100);
		assert_noop!(
			Inference::settle(RuntimeOrigin::signed(2), id),
			Error::<Test>::UnderChallenge
		);
		assert_ok!(verdict(id, Verdict::Upheld));
		// 10% of the stake (100): half to the challenger, half to the treasury.
		assert_eq!(
			last_event(),
			Event::ChallengeUpheld {
				inference: id,
				slashed: 100,
				to_challenger: 50,
				refund: PRICE
			}
		);
		assert_eq!(free(CHALLENGER), challenger_before + 50);
		assert_eq!(free(TREASURY), treasury_before + 50);
		assert_eq!(free(USER), user_before);
		assert_eq!(Providers::<Test>::get(PROVIDER).unwrap().stake, STAKE - 100);
		assert_eq!(held(HoldReason::ProviderStake, PROVIDER), STAKE - 100);
		assert!(!Requests::<Test>::contains_key(id));
		assert_noop!(Inference::settle(RuntimeOrigin::signed(2), id), Error::<Test>::RequestClosed);
		assert_noop!(verdict(id, Verdict::Upheld), Error::<Test>::RequestClosed);
	});
}

#[test]
fn a_rejected_challenge_pays_the_bond_to_the_provider_and_the_result_settles() {
	build_and_execute(|| {
		let scene = scene();
		let id = request(scene.base);
		answer(id, attribution(&[], &[]));
		assert_ok!(challenge(CHALLENGER, id));
		let provider_before = free(PROVIDER);
		assert_ok!(verdict(id, Verdict::Rejected));
		assert_eq!(last_event(), Event::ChallengeRejected { inference: id, bond: BOND });
		assert_eq!(free(PROVIDER), provider_before + BOND);
		assert_eq!(held(HoldReason::ChallengeBond, CHALLENGER), 0);
		assert_noop!(verdict(id, Verdict::Rejected), Error::<Test>::NotChallenged);
		run_to(1 + CHALLENGE_WINDOW);
		assert_ok!(Inference::settle(RuntimeOrigin::signed(2), id));
	});
}

#[test]
fn challenges_only_within_the_window() {
	build_and_execute(|| {
		let scene = scene();
		let id = request(scene.base);
		assert_noop!(challenge(CHALLENGER, id), Error::<Test>::NotAnswered);
		answer(id, attribution(&[], &[]));
		assert_noop!(challenge(30, id), Error::<Test>::InsufficientBalance);
		// Answered at 1: the last challengeable block is 1 + window - 1.
		run_to(CHALLENGE_WINDOW);
		let second = request(scene.base);
		answer(second, attribution(&[], &[]));
		run_to(1 + CHALLENGE_WINDOW);
		assert_noop!(challenge(CHALLENGER, id), Error::<Test>::ChallengeWindowClosed);
		assert_ok!(challenge(CHALLENGER, second));
		assert_eq!(OpenedCases::get().len(), 1);
	});
}

#[test]
fn a_zero_window_allows_no_challenge_and_immediate_settlement() {
	build_and_execute(|| {
		Window::set(0);
		let scene = scene();
		let id = request(scene.base);
		answer(id, attribution(&[], &[]));
		assert_noop!(challenge(CHALLENGER, id), Error::<Test>::ChallengeWindowClosed);
		assert_ok!(Inference::settle(RuntimeOrigin::signed(2), id));
		Window::set(CHALLENGE_WINDOW);
	});
}

/// The attack: a user challenges its own answered call, no jury can be drawn, nobody decides
/// and the case closes undecided. That used to refund the fee and the bond: a free call for
/// the price of the transaction fees. Undecided now means nobody showed the result wrong: the
/// bond comes back and the call settles as answered, so the user pays for it.
#[test]
fn an_undecided_challenge_returns_the_bond_and_the_call_settles_as_answered() {
	build_and_execute(|| {
		let scene = scene();
		let user_before = free(USER);
		let id = request(scene.base);
		answer(id, attribution(&[], &[]));
		assert_ok!(challenge(USER, id));
		// While the case is open the provider's stake, the fee and the bond stay held.
		assert_noop!(
			Inference::unbond(RuntimeOrigin::signed(PROVIDER)),
			Error::<Test>::OpenRequests
		);
		assert_ok!(verdict(id, Verdict::Undecided));
		assert_eq!(last_event(), Event::ChallengeUndecided { inference: id, bond: BOND });
		assert_eq!(held(HoldReason::ChallengeBond, USER), 0);
		assert_eq!(Providers::<Test>::get(PROVIDER).unwrap().stake, STAKE);
		assert!(matches!(
			Requests::<Test>::get(id).map(|request| request.status),
			Some(RequestStatus::Answered { .. })
		));
		assert_noop!(verdict(id, Verdict::Undecided), Error::<Test>::NotChallenged);
		run_to(1 + CHALLENGE_WINDOW);
		assert_ok!(Inference::settle(RuntimeOrigin::signed(2), id));
		assert_eq!(last_event(), Event::Settled { inference: id, fee: PRICE });
		// The user paid the fee (its request deposit came back, the receipt's is held until the
		// receipt is cleared): no free call.
		assert_eq!(free(USER), user_before - PRICE - RECEIPT_DEPOSIT);
		// Only a challenged request takes a verdict.
		let other = request(scene.adapter);
		assert_noop!(verdict(other, Verdict::Undecided), Error::<Test>::NotChallenged);
	});
}

/// The attack: the provider names an honest juror's contribution at 1 ppb so that the juror
/// is a party and cannot be drawn. A contributor is a party only when the attribution scores
/// it at least `MinPartyScore` (5% here) over all its contributions.
#[test]
fn a_contributor_named_at_a_negligible_score_is_no_party() {
	build_and_execute(|| {
		let scene = scene();
		let id = request(scene.base);
		// 2 is scored 3% + 3% over two contributions: a party; 3 is scored 4%: not one.
		answer(id, attribution(&[(0, 3), (1, 3), (2, 4)], &[]));
		assert_ok!(challenge(CHALLENGER, id));
		let (_, parties, _) = OpenedCases::get().pop().unwrap();
		assert_eq!(parties, vec![PROVIDER, CHALLENGER, USER, 10, 2]);
		// At one part per billion nobody is kept out.
		let id = request(scene.base);
		let mut named = attribution(&[(2, 0)], &[]);
		named.contributions = openledger_primitives::bounded(vec![(2, Perbill::from_parts(1))]);
		answer(id, named);
		assert_ok!(challenge(CHALLENGER, id));
		let (_, parties, _) = OpenedCases::get().pop().unwrap();
		assert_eq!(parties, vec![PROVIDER, CHALLENGER, USER, 10]);
	});
}

/// The attack: the adapter's owner (11) hands it to a staked juror (31) after the challenge
/// opened, so that the juror, now paid if the call settles, could sit on its own case. The
/// owners of the called model and of its base (10, paid a royalty) are parties, and neither
/// model can change hands until the verdict.
#[test]
fn the_models_a_challenge_pays_cannot_change_hands_until_the_verdict() {
	build_and_execute(|| {
		let scene = scene();
		let id = request(scene.adapter);
		answer(id, attribution(&[(4, 10)], &[]));
		assert_ok!(challenge(CHALLENGER, id));
		let (_, parties, _) = OpenedCases::get().pop().unwrap();
		assert_eq!(parties, vec![PROVIDER, CHALLENGER, USER, 11, 10, 7]);
		for (owner, model) in [(11, scene.adapter), (10, scene.base)] {
			assert_noop!(
				Models::transfer_ownership(RuntimeOrigin::signed(owner), model, 31),
				pallet_models::Error::<Test>::UnderChallenge
			);
			assert_eq!(OpenCasesOf::<Test>::get(model), 1);
		}
		assert_ok!(verdict(id, Verdict::Rejected));
		assert_eq!(OpenCasesOf::<Test>::get(scene.adapter), 0);
		assert!(OpenCasesOf::<Test>::iter().next().is_none());
		assert_ok!(Models::transfer_ownership(RuntimeOrigin::signed(11), scene.adapter, 31));
		assert_ok!(Models::transfer_ownership(RuntimeOrigin::signed(10), scene.base, 31));
	});
}

/// Each open challenge counts: a model stays locked until the last one's verdict, whatever
/// the verdicts are, and a model the call does not pay is never locked.
#[test]
fn a_model_stays_locked_until_its_last_open_challenge_ends() {
	build_and_execute(|| {
		let scene = scene();
		let first = request(scene.base);
		let second = request(scene.adapter);
		answer(first, attribution(&[(0, 10)], &[]));
		answer(second, attribution(&[(4, 10)], &[]));
		assert_ok!(challenge(CHALLENGER, first));
		assert_ok!(challenge(CHALLENGER, second));
		assert_eq!(OpenCasesOf::<Test>::get(scene.base), 2);
		assert_eq!(OpenCasesOf::<Test>::get(scene.adapter), 1);
		assert_ok!(verdict(second, Verdict::Upheld));
		// The adapter is free; the base is still under the first challenge.
		assert_ok!(Models::transfer_ownership(RuntimeOrigin::signed(11), scene.adapter, 31));
		assert_noop!(
			Models::transfer_ownership(RuntimeOrigin::signed(10), scene.base, 31),
			pallet_models::Error::<Test>::UnderChallenge
		);
		assert_ok!(verdict(first, Verdict::Undecided));
		assert_ok!(Models::transfer_ownership(RuntimeOrigin::signed(10), scene.base, 31));
	});
}

/// Storage version 3 counts the challenges already open when the chain upgrades, so a model
/// under one is locked from the upgrade on.
#[test]
fn the_migration_counts_the_challenges_open_at_the_upgrade() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	build_and_execute(|| {
		let scene = scene();
		let id = request(scene.adapter);
		answer(id, attribution(&[(4, 10)], &[]));
		assert_ok!(challenge(CHALLENGER, id));
		// The layout of version 2: no counts.
		let _ = OpenCasesOf::<Test>::clear(u32::MAX, None);
		StorageVersion::new(2).put::<Pallet<Test>>();
		crate::migrations::MigrateV2ToV3::<Test>::on_runtime_upgrade();
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(3));
		assert_eq!(OpenCasesOf::<Test>::get(scene.adapter), 1);
		assert_eq!(OpenCasesOf::<Test>::get(scene.base), 1);
		assert_noop!(
			Models::transfer_ownership(RuntimeOrigin::signed(10), scene.base, 31),
			pallet_models::Error::<Test>::UnderChallenge
		);
		// Applied once: running it again changes nothing.
		crate::migrations::MigrateV2ToV3::<Test>::on_runtime_upgrade();
		assert_eq!(OpenCasesOf::<Test>::get(scene.base), 1);
	});
}

/// A call on the scene's base model answered with an empty attribution and challenged by
/// [`CHALLENGER`]; its id.
fn challenged_call() -> u64 {
	let scene = scene();
	let id = request(scene.base);
	answer(id, attribution(&[], &[]));
	assert_ok!(challenge(CHALLENGER, id));
	id
}

/// Arbitration fees (issue 26, item 4): the court passes the fees the winning side advanced;
/// an upholding verdict has the losing provider's stake reimburse them before the slash.
#[test]
fn an_upheld_challenge_has_the_provider_reimburse_the_winning_sides_fees() {
	build_and_execute(|| {
		let id = challenged_call();
		let challenger_before = free(CHALLENGER);
		let appellant_before = free(7);
		// The challenger advanced 12, an appellant on its side 28.
		assert_ok!(verdict_owing(id, Verdict::Upheld, &[(CHALLENGER, 12), (7, 28)]));
		// 40 out of the stake first; the slash is 10% of what is left.
		let slashed = (STAKE - 40) / 10;
		assert_eq!(Providers::<Test>::get(PROVIDER).unwrap().stake, STAKE - 40 - slashed);
		assert_eq!(held(HoldReason::ProviderStake, PROVIDER), STAKE - 40 - slashed);
		assert_eq!(free(7), appellant_before + 28);
		assert_eq!(free(CHALLENGER), challenger_before + BOND + 12 + slashed / 2);
		assert!(System::events().iter().any(|record| record.event
			== RuntimeEvent::Inference(Event::JuryFeeReimbursed {
				inference: id,
				by: PROVIDER,
				to: 7,
				amount: 28
			})));
	});
}

/// A rejecting verdict has the challenger's bond reimburse the fees the provider's side
/// advanced; the rest of the bond goes to the provider. The bond bounds what is reimbursed.
#[test]
fn a_rejected_challenge_has_the_bond_reimburse_the_defenders_fees_as_far_as_it_reaches() {
	build_and_execute(|| {
		let id = challenged_call();
		let provider_before = free(PROVIDER);
		let appellant_before = free(7);
		assert_ok!(verdict_owing(id, Verdict::Rejected, &[(7, BOND - 1), (PROVIDER, 5)]));
		// The first fee almost empties the bond; the provider's own fee gets the last unit,
		// and nothing is left for the provider as a bond.
		assert_eq!(free(7), appellant_before + BOND - 1);
		assert_eq!(free(PROVIDER), provider_before + 1);
		assert_eq!(held(HoldReason::ChallengeBond, CHALLENGER), 0);
		run_to(1 + CHALLENGE_WINDOW);
		assert_ok!(Inference::settle(RuntimeOrigin::signed(2), id));
	});
}
