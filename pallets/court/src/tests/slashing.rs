//! What closing a case pays: penalties of incoherent jurors shared by the coherent ones.

use super::*;
use crate::{Event, Jurors};

/// Three jurors, all drawn (jury of 3 out of 3): `stakes` in seat order is not known before
/// the draw, so each juror's stake and vote are given by account.
fn case_of_three(stakes: [Balance; 3]) -> Vec<AccountId> {
	for (juror, stake) in (1..=3).zip(stakes) {
		join([juror], stake);
	}
	open(0, &[]);
	draw(0)
}

fn stake(juror: AccountId) -> Balance {
	Jurors::<Test>::get(juror).unwrap().stake
}

#[test]
fn the_incoherent_pay_the_coherent_in_proportion_to_their_stakes() {
	build_and_execute(|| {
		let issuance = Balances::total_issuance();
		let jury = case_of_three([100, 200, 1_000]);
		// 1 and 2 uphold, 3 rejects; the verdict upholds.
		let votes: Vec<_> = jury.iter().map(|j| Some(*j != 3)).collect();
		vote_and_tally(0, &votes);
		run_to(System::block_number() + APPEAL + 1);
		let treasury = Balances::free_balance(TREASURY);
		assert_ok!(Court::finalize(RuntimeOrigin::signed(9), 0));
		// 3 loses 10% of 1,000 = 100; 1 gets floor(100 × 100 / 300) = 33, 2 gets
		// floor(100 × 200 / 300) = 66; the treasury the 1 rounding leaves. Each revealed, so
		// each is paid its seat's fee.
		assert_eq!(stake(3), 900);
		assert_eq!(Balances::free_balance(3), ENDOWMENT - 1_000 + JUROR_FEE);
		assert_eq!(Balances::free_balance(1), ENDOWMENT - 100 + 33 + JUROR_FEE);
		assert_eq!(Balances::free_balance(2), ENDOWMENT - 200 + 66 + JUROR_FEE);
		assert_eq!(Balances::free_balance(TREASURY), treasury + 1);
		assert_eq!(Balances::total_issuance(), issuance);
		System::assert_has_event(
			Event::JurorSlashed { inference: 0, juror: 3, amount: 100 }.into(),
		);
		System::assert_has_event(
			Event::JurorRewarded { inference: 0, juror: 2, amount: 66 }.into(),
		);
	});
}

#[test]
fn a_juror_that_does_not_reveal_loses_as_one_that_voted_wrong() {
	build_and_execute(|| {
		let jury = case_of_three([500, 500, 500]);
		// 1 rejects, 2 does not reveal, 3 rejects; the verdict rejects.
		let votes: Vec<_> = jury.iter().map(|j| (*j != 2).then_some(false)).collect();
		vote_and_tally(0, &votes);
		run_to(System::block_number() + APPEAL + 1);
		assert_ok!(Court::finalize(RuntimeOrigin::signed(9), 0));
		assert_eq!(stake(2), 450);
		assert_eq!(Balances::free_balance(1), ENDOWMENT - 500 + 25 + JUROR_FEE);
		assert_eq!(Balances::free_balance(2), ENDOWMENT - 500);
		assert_eq!(Balances::free_balance(3), ENDOWMENT - 500 + 25 + JUROR_FEE);
	});
}

#[test]
fn without_a_coherent_juror_the_penalties_go_to_the_treasury() {
	build_and_execute(|| {
		let issuance = Balances::total_issuance();
		let treasury = Balances::free_balance(TREASURY);
		case_of_three([300, 300, 300]);
		vote_and_tally(0, &[None, None, None]);
		run_to(System::block_number() + APPEAL + 1);
		assert_ok!(Court::finalize(RuntimeOrigin::signed(9), 0));
		// The penalties, and the fee of three seats nobody revealed.
		assert_eq!(Balances::free_balance(TREASURY), treasury + 90 + 3 * JUROR_FEE);
		for juror in 1..=3 {
			assert_eq!(stake(juror), 270);
		}
		assert_eq!(Balances::total_issuance(), issuance);
	});
}

#[test]
fn penalties_of_every_round_count_and_a_juror_may_sit_twice() {
	build_and_execute(|| {
		join(1..=7, 1_000);
		open(0, &[]);
		let first = draw(0);
		vote_and_tally(0, &[Some(false), Some(false), Some(false)]);
		assert_ok!(Court::appeal(RuntimeOrigin::signed(CHALLENGER), 0));
		// Seven of seven: every juror sits in round 1, the first three twice.
		let second = draw(0);
		assert_eq!(second.len(), 7);
		vote_and_tally(0, &[Some(true); 7]);
		run_to(System::block_number() + APPEAL + 1);
		assert_ok!(Court::finalize(RuntimeOrigin::signed(9), 0));
		// Upheld: the first jury's three seats were incoherent (100 each of 1,000); the seven
		// coherent seats share 300 by stake: 42 each, 6 left to the treasury.
		// Every seat revealed and is paid its fee.
		for juror in 1..=7 {
			let coherent_share = 42;
			if first.contains(&juror) {
				assert_eq!(stake(juror), 900);
				assert_eq!(
					Balances::free_balance(juror),
					ENDOWMENT - 1_000 + coherent_share + 2 * JUROR_FEE
				);
			} else {
				assert_eq!(stake(juror), 1_000);
				assert_eq!(
					Balances::free_balance(juror),
					ENDOWMENT - 1_000 + coherent_share + JUROR_FEE
				);
			}
			assert_eq!(Jurors::<Test>::get(juror).unwrap().seats, 0);
		}
		// The challenger's appeal changed the ruling: its bond is back; the fees it advanced
		// (3 + 7 seats) are owed by the losing side.
		assert_eq!(Balances::free_balance(CHALLENGER), ENDOWMENT - 10 * JUROR_FEE);
		assert_eq!(
			Owed::get(),
			vec![(0, vec![(CHALLENGER, 3 * JUROR_FEE), (CHALLENGER, 7 * JUROR_FEE)])]
		);
	});
}
