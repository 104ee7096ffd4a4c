//! Closing a case: finalize, appeals to larger juries, the fallback referendum, expiry.

use super::*;
use crate::{Error, Event, FallbackReason, HoldReason};
use frame_support::{assert_noop, traits::fungible::InspectHold};
use openledger_primitives::Verdict;
use sp_runtime::DispatchError;

fn bond_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::AppealBond.into(), &who)
}

/// Run the appeal period out and close the case with its latest ruling.
fn finalize(inference: InferenceId) {
	let Phase::Appealable { until } = Cases::<Test>::get(inference).unwrap().phase else {
		panic!("not appealable")
	};
	assert_noop!(Court::finalize(RuntimeOrigin::signed(9), inference), Error::<Test>::AppealOpen);
	run_to(until + 1);
	assert_noop!(
		Court::appeal(RuntimeOrigin::signed(CHALLENGER), inference),
		Error::<Test>::AppealClosed
	);
	assert_ok!(Court::finalize(RuntimeOrigin::signed(9), inference));
}

#[test]
fn an_unappealed_ruling_becomes_the_verdict() {
	build_and_execute(|| {
		join(1..=5, MIN_STAKE);
		open(0, &[]);
		draw(0);
		vote_and_tally(0, &[Some(true), Some(true), Some(false)]);
		finalize(0);
		assert_eq!(Applied::get(), vec![(0, Verdict::Upheld)]);
		assert!(Cases::<Test>::get(0).is_none());
		assert_eq!(Rounds::<Test>::iter().count(), 0);
		System::assert_last_event(
			Event::CaseClosed { inference: 0, verdict: Verdict::Upheld }.into(),
		);
	});
}

#[test]
fn appeals_draw_doubling_juries_for_doubling_bonds_then_go_to_governance() {
	build_and_execute(|| {
		join(1..=40, MIN_STAKE);
		open(0, &[]);
		assert_eq!(draw(0).len(), 3);
		vote_and_tally(0, &[Some(false), Some(false), Some(false)]);
		assert_ok!(Court::appeal(RuntimeOrigin::signed(CHALLENGER), 0));
		assert_eq!(bond_held(CHALLENGER), APPEAL_BOND);
		assert_noop!(
			Court::appeal(RuntimeOrigin::signed(CHALLENGER), 0),
			Error::<Test>::NotAppealable
		);
		assert_eq!(draw(0).len(), 7);
		vote_and_tally(0, &[Some(true); 7]);
		assert_ok!(Court::appeal(RuntimeOrigin::signed(PROVIDER), 0));
		assert_eq!(bond_held(PROVIDER), 2 * APPEAL_BOND);
		assert_eq!(draw(0).len(), 15);
		vote_and_tally(0, &[Some(false); 15]);
		// Two appeals were drawn (MaxAppeals): the third goes to governance.
		assert_ok!(Court::appeal(RuntimeOrigin::signed(CHALLENGER), 0));
		assert_eq!(bond_held(CHALLENGER), APPEAL_BOND + 4 * APPEAL_BOND);
		let until = System::block_number() + FALLBACK;
		System::assert_last_event(
			Event::SentToGovernance {
				inference: 0,
				reason: FallbackReason::AppealsExhausted,
				until,
			}
			.into(),
		);
		assert_noop!(Court::decide(RuntimeOrigin::signed(1), 0, true), DispatchError::BadOrigin);
		assert_noop!(Court::finalize(RuntimeOrigin::signed(1), 0), Error::<Test>::NotAppealable);
		assert_noop!(
			Court::expire_case(RuntimeOrigin::signed(1), 0),
			Error::<Test>::FallbackNotExpired
		);
		assert_ok!(Court::decide(RuntimeOrigin::root(), 0, true));
		assert_eq!(Applied::get(), vec![(0, Verdict::Upheld)]);
		// Upheld: the challenger's appeals (against rejections) were right, the provider's
		// (against an upholding) changed nothing.
		assert_eq!(bond_held(CHALLENGER), 0);
		assert_eq!(bond_held(PROVIDER), 0);
		// The upholding side advanced the fees of rounds 0 and 1 (the challenger), the
		// rejecting side round 2's (the provider): the losing provider owes the first two,
		// which the inference pallet has it reimburse.
		assert_eq!(
			Owed::get(),
			vec![(0, vec![(CHALLENGER, 3 * JUROR_FEE), (CHALLENGER, 7 * JUROR_FEE)])]
		);
		assert_eq!(Balances::free_balance(CHALLENGER), ENDOWMENT - 10 * JUROR_FEE);
		assert_eq!(Balances::free_balance(PROVIDER), ENDOWMENT - 2 * APPEAL_BOND - 15 * JUROR_FEE);
	});
}

#[test]
fn decide_needs_a_case_waiting_for_governance() {
	build_and_execute(|| {
		join(1..=5, MIN_STAKE);
		open(0, &[]);
		assert_noop!(Court::decide(RuntimeOrigin::root(), 0, true), Error::<Test>::NotInFallback);
		assert_noop!(Court::decide(RuntimeOrigin::root(), 3, true), Error::<Test>::UnknownCase);
		assert_noop!(Court::appeal(RuntimeOrigin::signed(1), 0), Error::<Test>::NotAppealable);
	});
}

#[test]
fn an_undecided_fallback_expires_without_slashing_and_returns_every_bond() {
	build_and_execute(|| {
		join(1..=20, MIN_STAKE);
		open(0, &[]);
		let first = draw(0);
		vote_and_tally(0, &[Some(true), None, Some(false)]);
		assert_ok!(Court::appeal(RuntimeOrigin::signed(PROVIDER), 0));
		draw(0);
		vote_and_tally(0, &[Some(true); 7]);
		assert_ok!(Court::appeal(RuntimeOrigin::signed(OWNER), 0));
		draw(0);
		vote_and_tally(0, &[None; 15]);
		assert_ok!(Court::appeal(RuntimeOrigin::signed(CHALLENGER), 0));
		let Phase::Fallback { until } = Cases::<Test>::get(0).unwrap().phase else { panic!() };
		run_to(until + 1);
		let treasury = Balances::free_balance(TREASURY);
		assert_ok!(Court::expire_case(RuntimeOrigin::signed(9), 0));
		assert_eq!(Applied::get(), vec![(0, Verdict::Undecided)]);
		// Every bond back; nobody owes anybody the fees, which paid for the work done.
		assert_eq!(Owed::get(), vec![(0, vec![])]);
		let advanced = [(PROVIDER, 7), (OWNER, 15), (CHALLENGER, 3)];
		for (who, seats) in advanced {
			assert_eq!(Balances::free_balance(who), ENDOWMENT - seats * JUROR_FEE);
		}
		for juror in 1..=20 {
			assert_eq!(crate::Jurors::<Test>::get(juror).unwrap().stake, MIN_STAKE);
			assert_eq!(crate::Jurors::<Test>::get(juror).unwrap().seats, 0);
		}
		// The 2 + 7 seats that revealed were paid; the 1 + 15 that did not, the treasury.
		let jurors: Balance = (1..=20).map(Balances::free_balance).sum();
		assert_eq!(jurors, 20 * (ENDOWMENT - MIN_STAKE) + 9 * JUROR_FEE);
		assert_eq!(Balances::free_balance(TREASURY), treasury + 16 * JUROR_FEE);
		assert_eq!(first.len(), 3);
	});
}

#[test]
fn a_verdict_the_inference_pallet_refuses_leaves_the_case_open() {
	build_and_execute(|| {
		join(1..=5, MIN_STAKE);
		open(0, &[]);
		draw(0);
		vote_and_tally(0, &[Some(true), Some(true), Some(true)]);
		// The challenge ended elsewhere: applying a verdict fails, the case stays as it was.
		Challenged::set(Vec::new());
		let Phase::Appealable { until } = Cases::<Test>::get(0).unwrap().phase else { panic!() };
		run_to(until + 1);
		assert_noop!(
			Court::finalize(RuntimeOrigin::signed(9), 0),
			DispatchError::Other("not challenged")
		);
		assert!(Cases::<Test>::get(0).is_some());
		// The same challenge cannot open a second case.
		Challenged::set(vec![0]);
		let evidence = Cases::<Test>::get(0).unwrap().evidence;
		assert_noop!(
			<Court as openledger_primitives::ChallengeCourt<AccountId>>::open_case(
				0,
				&CHALLENGER,
				Default::default(),
				evidence
			),
			Error::<Test>::CaseExists
		);
	});
}

#[test]
fn closing_a_case_is_charged_for_its_seats_not_for_every_round_full() {
	use crate::{weights::WeightInfo, Pallet};
	use frame_support::dispatch::{GetDispatchInfo, PostDispatchInfo};
	use openledger_primitives::ChallengeVerdicts;
	build_and_execute(|| {
		join(1..=5, MIN_STAKE);
		open(0, &[]);
		draw(0);
		vote_and_tally(0, &[Some(true), Some(true), Some(false)]);
		let Phase::Appealable { until } = Cases::<Test>::get(0).unwrap().phase else { panic!() };
		run_to(until + 1);
		let declared =
			crate::Call::<Test>::finalize { inference: 0 }.get_dispatch_info().call_weight;
		let charged = <() as WeightInfo>::finalize(3) + RecordVerdicts::apply_verdict_weight(3);
		assert_eq!(
			Court::finalize(RuntimeOrigin::signed(9), 0),
			Ok(PostDispatchInfo {
				actual_weight: Some(charged),
				pays_fee: frame_support::dispatch::Pays::Yes
			})
		);
		assert!(charged.all_lt(declared), "{charged:?} < {declared:?}");
		assert_eq!(Pallet::<Test>::max_seats(), 45);
	});
}
