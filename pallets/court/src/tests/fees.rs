//! Arbitration fees: advanced by who asks for a jury, paid to the jurors who reveal, owed by
//! the losing side to the winning side, and what filling the jurors' seats costs.

use super::*;
use crate::{Error, Event, FallbackReason, HoldReason, Jurors, JuryFees};
use frame_support::{assert_noop, traits::fungible::InspectHold};
use openledger_primitives::{bounded, ChallengeCourt, ChallengeEvidence, Verdict};

fn fee_held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::JuryFee.into(), &who)
}

#[test]
fn opening_a_case_holds_the_first_jurys_fee_from_the_claimant() {
	build_and_execute(|| {
		join(1..=5, MIN_STAKE);
		open(0, &[]);
		assert_eq!(fee_held(CHALLENGER), 3 * JUROR_FEE);
		System::assert_has_event(
			Event::JuryFeeHeld { inference: 0, round: 0, payer: CHALLENGER, amount: 12 }.into(),
		);
		// Account 90 holds 10, less than a jury of three at 4.
		let evidence = ChallengeEvidence {
			model: 0,
			output_hash: sp_core::H256::repeat_byte(7),
			output_uri: bounded(b"file:///tmp/output.txt".to_vec()),
		};
		assert_noop!(
			<Court as ChallengeCourt<AccountId>>::open_case(1, &90, bounded(vec![]), evidence),
			Error::<Test>::InsufficientBalance
		);
	});
}

#[test]
fn each_appeal_advances_its_jurys_fee_and_the_last_appeal_none() {
	build_and_execute(|| {
		join(1..=40, MIN_STAKE);
		open(0, &[]);
		draw(0);
		vote_and_tally(0, &[Some(false); 3]);
		assert_ok!(Court::appeal(RuntimeOrigin::signed(OWNER), 0));
		assert_eq!(fee_held(OWNER), 7 * JUROR_FEE);
		draw(0);
		vote_and_tally(0, &[Some(false); 7]);
		assert_ok!(Court::appeal(RuntimeOrigin::signed(OWNER), 0));
		assert_eq!(fee_held(OWNER), 22 * JUROR_FEE);
		draw(0);
		vote_and_tally(0, &[Some(false); 15]);
		// The third appeal goes to governance: no jury, no fee.
		assert_ok!(Court::appeal(RuntimeOrigin::signed(OWNER), 0));
		assert_eq!(fee_held(OWNER), 22 * JUROR_FEE);
		assert_eq!(JuryFees::<Test>::iter_prefix(0).count(), 3);
	});
}

#[test]
fn a_revealed_seat_is_paid_whatever_it_voted_and_an_unrevealed_one_is_not() {
	build_and_execute(|| {
		join(1..=3, MIN_STAKE);
		open(0, &[]);
		let jury = draw(0);
		let before: Vec<Balance> = jury.iter().map(Balances::free_balance).collect();
		let treasury = Balances::free_balance(TREASURY);
		// Seat 0 rejects, seat 1 upholds (outvoted: a tie rejects), seat 2 never reveals.
		vote_and_tally(0, &[Some(false), Some(true), None]);
		run_to(System::block_number() + APPEAL + 1);
		assert_ok!(Court::finalize(RuntimeOrigin::signed(9), 0));
		let after: Vec<Balance> = jury.iter().map(Balances::free_balance).collect();
		// Seat 0 gets its fee and its part of the penalties (10% of each of the two others'
		// 100: 20); seat 1 gets its fee though it was outvoted; seat 2 nothing.
		assert_eq!(after[0], before[0] + JUROR_FEE + 20);
		assert_eq!(after[1], before[1] + JUROR_FEE);
		assert_eq!(after[2], before[2]);
		assert_eq!(Balances::free_balance(TREASURY), treasury + JUROR_FEE);
		assert_eq!(fee_held(CHALLENGER), 0);
		System::assert_has_event(
			Event::JurorPaid { inference: 0, round: 0, juror: jury[1], amount: JUROR_FEE }.into(),
		);
	});
}

#[test]
fn a_jury_that_cannot_be_drawn_returns_its_fee() {
	build_and_execute(|| {
		join(1..=2, MIN_STAKE);
		open(0, &[]);
		let Phase::Drawing { at } = Cases::<Test>::get(0).unwrap().phase else { panic!() };
		run_to(at + 1);
		assert_ok!(Court::draw_jury(RuntimeOrigin::signed(1), 0));
		assert!(matches!(Cases::<Test>::get(0).unwrap().phase, Phase::Fallback { .. }));
		assert_eq!(fee_held(CHALLENGER), 0);
		assert_eq!(Balances::free_balance(CHALLENGER), ENDOWMENT);
		System::assert_has_event(
			Event::JuryFeeReturned { inference: 0, round: 0, payer: CHALLENGER, amount: 12 }.into(),
		);
		System::assert_has_event(
			Event::SentToGovernance {
				inference: 0,
				reason: FallbackReason::TooFewJurors,
				until: System::block_number() + FALLBACK,
			}
			.into(),
		);
	});
}

#[test]
fn the_losing_side_owes_the_fees_of_the_winning_side_only() {
	build_and_execute(|| {
		join(1..=20, MIN_STAKE);
		open(0, &[]);
		draw(0);
		vote_and_tally(0, &[Some(true); 3]);
		// The provider defends its result against the upholding ruling, and wins.
		assert_ok!(Court::appeal(RuntimeOrigin::signed(PROVIDER), 0));
		draw(0);
		vote_and_tally(0, &[Some(false); 7]);
		run_to(System::block_number() + APPEAL + 1);
		assert_ok!(Court::finalize(RuntimeOrigin::signed(9), 0));
		assert_eq!(Applied::get(), vec![(0, Verdict::Rejected)]);
		// The challenger's round-0 fee argued the losing side: it bears it.
		assert_eq!(Owed::get(), vec![(0, vec![(PROVIDER, 7 * JUROR_FEE)])]);
	});
}

/// Seat exhaustion (issue 26): cases opened only to fill every juror's seats, so that an
/// honest challenge finds no jury. Each seat filled is a seat's fee the attacker advanced,
/// paid to the juror who reveals, or to the treasury; the attacker gets it back only from a
/// provider it proves wrong.
#[test]
fn filling_every_seat_costs_a_fee_per_seat_paid_to_the_jurors() {
	build_and_execute(|| {
		// Five jurors, four seats each (`MaxSeatsPerJuror`): twenty seats.
		join(1..=5, MIN_STAKE);
		let mut opened = 0;
		loop {
			open(opened, &[]);
			let Phase::Drawing { at } = Cases::<Test>::get(opened).unwrap().phase else { panic!() };
			run_to(at + 1);
			assert_ok!(Court::draw_jury(RuntimeOrigin::signed(1), opened));
			opened += 1;
			if matches!(Cases::<Test>::get(opened - 1).unwrap().phase, Phase::Fallback { .. }) {
				break;
			}
			// The jurors judge the junk (a seat is freed only when its case closes).
			vote_and_tally(opened - 1, &[Some(false); 3]);
		}
		let seats: u32 = (1..=5).map(|j| Jurors::<Test>::get(j).unwrap().seats).sum();
		// Six juries of three fill 18 seats; the seventh finds two jurors with a free seat.
		assert_eq!((opened, seats), (7, 18));
		assert_eq!(fee_held(CHALLENGER), Balance::from(seats) * JUROR_FEE);
		// The jurors who judged the junk are paid for every seat they revealed in.
		let before: Balance = (1..=5).map(Balances::free_balance).sum();
		run_to(System::block_number() + APPEAL + 1);
		for case in 0..6 {
			assert_ok!(Court::finalize(RuntimeOrigin::signed(9), case));
		}
		let after: Balance = (1..=5).map(Balances::free_balance).sum();
		assert_eq!(after - before, 18 * JUROR_FEE);
		assert_eq!(Balances::free_balance(CHALLENGER), ENDOWMENT - 18 * JUROR_FEE);
	});
}
