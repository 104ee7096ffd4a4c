//! Commit–reveal: who may vote, when, and what a reveal must match; the tally.

use super::*;
use crate::{Error, Event};
use frame_support::assert_noop;

fn case_with_jury() -> Vec<AccountId> {
	join(1..=5, MIN_STAKE);
	open(0, &[]);
	draw(0)
}

#[test]
fn only_drawn_jurors_commit_once_within_the_commit_period() {
	build_and_execute(|| {
		let jury = case_with_jury();
		let outsider = (1..=5).find(|j| !jury.contains(j)).unwrap();
		let hash = commitment(&outsider, 0, 0, true, &salt(outsider));
		assert_noop!(
			Court::commit_vote(RuntimeOrigin::signed(outsider), 0, hash),
			Error::<Test>::NotDrawn
		);
		commit(0, jury[0], true);
		System::assert_last_event(
			Event::VoteCommitted { inference: 0, round: 0, juror: jury[0] }.into(),
		);
		let again = commitment(&jury[0], 0, 0, false, &salt(jury[0]));
		assert_noop!(
			Court::commit_vote(RuntimeOrigin::signed(jury[0]), 0, again),
			Error::<Test>::AlreadyCommitted
		);
		let Phase::Voting { commit_end, .. } = Cases::<Test>::get(0).unwrap().phase else {
			panic!()
		};
		run_to(commit_end + 1);
		let late = commitment(&jury[1], 0, 0, true, &salt(jury[1]));
		assert_noop!(
			Court::commit_vote(RuntimeOrigin::signed(jury[1]), 0, late),
			Error::<Test>::CommitClosed
		);
		assert_noop!(
			Court::commit_vote(RuntimeOrigin::signed(jury[1]), 7, late),
			Error::<Test>::UnknownCase
		);
	});
}

#[test]
fn a_reveal_must_match_its_commitment_and_waits_for_the_others() {
	build_and_execute(|| {
		let jury = case_with_jury();
		commit(0, jury[0], true);
		commit(0, jury[1], false);
		// Not everyone committed and the commit period runs: too early.
		assert_noop!(
			Court::reveal_vote(RuntimeOrigin::signed(jury[0]), 0, true, salt(jury[0])),
			Error::<Test>::RevealNotOpen
		);
		commit(0, jury[2], true);
		// The other vote, or another salt, does not match.
		assert_noop!(
			Court::reveal_vote(RuntimeOrigin::signed(jury[0]), 0, false, salt(jury[0])),
			Error::<Test>::CommitmentMismatch
		);
		assert_noop!(
			Court::reveal_vote(RuntimeOrigin::signed(jury[0]), 0, true, [0xee; 32]),
			Error::<Test>::CommitmentMismatch
		);
		// Another juror's salt and vote do not open someone else's commitment.
		assert_noop!(
			Court::reveal_vote(RuntimeOrigin::signed(jury[2]), 0, true, salt(jury[0])),
			Error::<Test>::CommitmentMismatch
		);
		reveal(0, jury[0], true);
		assert_eq!(vote_of(0, 0, jury[0]), Vote::Revealed(true));
		assert_noop!(
			Court::reveal_vote(RuntimeOrigin::signed(jury[0]), 0, true, salt(jury[0])),
			Error::<Test>::NothingToReveal
		);
		assert_noop!(Court::tally(RuntimeOrigin::signed(9), 0), Error::<Test>::TallyTooEarly);
		let Phase::Voting { reveal_end, .. } = Cases::<Test>::get(0).unwrap().phase else {
			panic!()
		};
		run_to(reveal_end + 1);
		assert_noop!(
			Court::reveal_vote(RuntimeOrigin::signed(jury[1]), 0, false, salt(jury[1])),
			Error::<Test>::RevealClosed
		);
		// One revealed vote to uphold against none to reject: upheld.
		assert_ok!(Court::tally(RuntimeOrigin::signed(9), 0));
		System::assert_last_event(
			Event::RoundRuled {
				inference: 0,
				round: 0,
				upheld: true,
				upheld_votes: 1,
				rejected_votes: 0,
				appeal_until: reveal_end + 1 + APPEAL,
			}
			.into(),
		);
	});
}

#[test]
fn a_round_without_a_majority_to_uphold_rejects() {
	build_and_execute(|| {
		case_with_jury();
		vote_and_tally(0, &[Some(true), Some(false), None]);
		assert_eq!(Rounds::<Test>::get(0, 0).unwrap().ruling, Some(false));
		open(1, &[]);
		draw(1);
		vote_and_tally(1, &[None, None, None]);
		assert_eq!(Rounds::<Test>::get(1, 0).unwrap().ruling, Some(false));
		assert_noop!(
			Court::commit_vote(RuntimeOrigin::signed(1), 1, Default::default()),
			Error::<Test>::NotVoting
		);
	});
}
