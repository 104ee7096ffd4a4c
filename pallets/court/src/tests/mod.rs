//! Unit tests of the court, one file per topic; every test ends with `try_state`.
#![allow(clippy::arithmetic_side_effects)]

mod appeals;
mod capture;
mod draw;
mod fees;
mod jurors;
mod slashing;
mod voting;

use crate::{mock::*, voting::commitment, Cases, Phase, Rounds, Vote};
use frame_support::assert_ok;
use openledger_primitives::InferenceId;

/// The jurors of `round` of `inference`'s case.
pub fn drawn(inference: InferenceId, round: u32) -> Vec<AccountId> {
	Rounds::<Test>::get(inference, round).unwrap().seats.iter().map(|s| s.juror).collect()
}

/// The salt `juror` uses in the tests.
pub fn salt(juror: AccountId) -> [u8; 32] {
	[juror as u8; 32]
}

/// The current round of `inference`'s case.
pub fn current_round(inference: InferenceId) -> u32 {
	Cases::<Test>::get(inference).unwrap().rounds - 1
}

/// `juror` commits `upheld` in the current round.
pub fn commit(inference: InferenceId, juror: AccountId, upheld: bool) {
	let round = current_round(inference);
	let hash = commitment(&juror, inference, round, upheld, &salt(juror));
	assert_ok!(Court::commit_vote(RuntimeOrigin::signed(juror), inference, hash));
}

/// `juror` reveals `upheld` in the current round.
pub fn reveal(inference: InferenceId, juror: AccountId, upheld: bool) {
	assert_ok!(Court::reveal_vote(RuntimeOrigin::signed(juror), inference, upheld, salt(juror)));
}

/// Draw the case's next round once its draw block passed; its jurors.
pub fn draw(inference: InferenceId) -> Vec<AccountId> {
	let Phase::Drawing { at } = Cases::<Test>::get(inference).unwrap().phase else {
		panic!("not drawing")
	};
	run_to(at + 1);
	assert_ok!(Court::draw_jury(RuntimeOrigin::signed(1), inference));
	drawn(inference, current_round(inference))
}

/// Every drawn juror of the current round votes as `votes` says (by seat order; `None` does
/// not vote), then the round is tallied.
pub fn vote_and_tally(inference: InferenceId, votes: &[Option<bool>]) {
	let jurors = drawn(inference, current_round(inference));
	assert_eq!(jurors.len(), votes.len());
	for (juror, vote) in jurors.iter().zip(votes) {
		if let Some(upheld) = vote {
			commit(inference, *juror, *upheld);
		}
	}
	let Phase::Voting { commit_end, reveal_end } = Cases::<Test>::get(inference).unwrap().phase
	else {
		panic!("not voting")
	};
	if votes.iter().any(Option::is_none) {
		run_to(commit_end + 1);
	}
	for (juror, vote) in jurors.iter().zip(votes) {
		if let Some(upheld) = vote {
			reveal(inference, *juror, *upheld);
		}
	}
	if votes.iter().any(Option::is_none) {
		run_to(reveal_end + 1);
	}
	assert_ok!(Court::tally(RuntimeOrigin::signed(1), inference));
}

/// The vote of `juror` in `round`.
pub fn vote_of(inference: InferenceId, round: u32, juror: AccountId) -> Vote {
	Rounds::<Test>::get(inference, round)
		.unwrap()
		.seats
		.iter()
		.find(|s| s.juror == juror)
		.unwrap()
		.vote
}
