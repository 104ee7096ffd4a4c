//! Joining, staking, leaving and withdrawing; governance of the parameters.

use super::*;
use crate::{Error, Event, Jurors, Parameters, Pool};
use frame_support::{assert_noop, traits::fungible::InspectHold};
use sp_runtime::DispatchError;

fn held(who: AccountId) -> Balance {
	Balances::balance_on_hold(&crate::HoldReason::JurorStake.into(), &who)
}

#[test]
fn joining_holds_the_stake_and_enters_the_pool() {
	build_and_execute(|| {
		assert_ok!(Court::join_jury(RuntimeOrigin::signed(1), 150));
		assert_eq!(held(1), 150);
		assert_eq!(Pool::<Test>::get().to_vec(), vec![1]);
		System::assert_last_event(Event::JurorJoined { juror: 1, stake: 150 }.into());
		assert_ok!(Court::add_stake(RuntimeOrigin::signed(1), 50));
		assert_eq!(held(1), 200);
		assert_eq!(Jurors::<Test>::get(1).unwrap().stake, 200);
	});
}

#[test]
fn joining_is_refused_below_the_minimum_twice_or_in_a_full_pool() {
	build_and_execute(|| {
		assert_noop!(
			Court::join_jury(RuntimeOrigin::signed(1), MIN_STAKE - 1),
			Error::<Test>::StakeTooLow
		);
		assert_ok!(Court::join_jury(RuntimeOrigin::signed(1), MIN_STAKE));
		assert_noop!(
			Court::join_jury(RuntimeOrigin::signed(1), MIN_STAKE),
			Error::<Test>::AlreadyJuror
		);
		assert_noop!(
			Court::join_jury(RuntimeOrigin::signed(90), MIN_STAKE),
			Error::<Test>::InsufficientBalance
		);
		join(2..=63, MIN_STAKE);
		join([PROVIDER], MIN_STAKE);
		assert_noop!(
			Court::join_jury(RuntimeOrigin::signed(CHALLENGER), MIN_STAKE),
			Error::<Test>::PoolFull
		);
		assert_noop!(Court::add_stake(RuntimeOrigin::signed(OWNER), 1), Error::<Test>::NotJuror);
	});
}

#[test]
fn leaving_stops_draws_and_withdrawal_waits_for_the_delay_and_the_seats() {
	build_and_execute(|| {
		join(1..=3, MIN_STAKE);
		open(0, &[]);
		let jury = draw(0);
		assert_eq!(jury.len(), 3);
		vote_and_tally(0, &[Some(true), Some(true), Some(true)]);
		assert_ok!(Court::leave_jury(RuntimeOrigin::signed(1)));
		assert!(!Pool::<Test>::get().contains(&1));
		assert_noop!(Court::leave_jury(RuntimeOrigin::signed(1)), Error::<Test>::AlreadyLeaving);
		assert_noop!(Court::add_stake(RuntimeOrigin::signed(1), 1), Error::<Test>::AlreadyLeaving);
		assert_noop!(Court::withdraw_juror(RuntimeOrigin::signed(2)), Error::<Test>::NotLeaving);
		assert_noop!(
			Court::withdraw_juror(RuntimeOrigin::signed(1)),
			Error::<Test>::LeaveDelayNotPassed
		);
		run_to(System::block_number() + LEAVE);
		// Still seated in case 0, which nobody closed yet.
		assert_noop!(Court::withdraw_juror(RuntimeOrigin::signed(1)), Error::<Test>::StillSeated);
		assert_ok!(Court::finalize(RuntimeOrigin::signed(5), 0));
		assert_ok!(Court::withdraw_juror(RuntimeOrigin::signed(1)));
		assert_eq!(held(1), 0);
		assert!(Jurors::<Test>::get(1).is_none());
		System::assert_last_event(Event::JurorWithdrawn { juror: 1, stake: MIN_STAKE }.into());
	});
}

#[test]
fn only_the_params_origin_sets_valid_parameters() {
	build_and_execute(|| {
		let mut new = parameters();
		new.min_juror_stake = 500;
		assert_noop!(
			Court::set_parameters(RuntimeOrigin::signed(1), new.clone()),
			DispatchError::BadOrigin
		);
		for broken in [
			crate::CourtParameters { jury_size: 4, ..new.clone() },
			crate::CourtParameters { jury_size: 0, ..new.clone() },
			// 5, 11, 23: the last appeal's jury exceeds MaxJurySize (15).
			crate::CourtParameters { jury_size: 5, ..new.clone() },
			crate::CourtParameters { commit_period: 0, ..new.clone() },
			crate::CourtParameters { min_juror_stake: 0, ..new.clone() },
		] {
			assert_noop!(
				Court::set_parameters(RuntimeOrigin::root(), broken),
				Error::<Test>::InvalidParameters
			);
		}
		assert_ok!(Court::set_parameters(RuntimeOrigin::root(), new.clone()));
		assert_eq!(Parameters::<Test>::get(), Some(new.clone()));
		System::assert_last_event(Event::ParametersSet { parameters: new }.into());
		assert_noop!(Court::join_jury(RuntimeOrigin::signed(1), 499), Error::<Test>::StakeTooLow);
	});
}
