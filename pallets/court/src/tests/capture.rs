//! Attacks on the jury reproduced as sequences of calls: grinding the pool once a draw's seed
//! is public, squatting the pool with minimum stakes; and the deadlines that act by
//! themselves.

use super::*;
use crate::{weighted_draw, DrawCandidates, Error, Event, Jurors, Pool};
use frame_support::{assert_noop, weights::Weight};

const HONEST: [AccountId; 4] = [1, 2, 3, 4];
const SYBILS: [AccountId; 2] = [10, 11];
/// A sybil the attacker adds once the seed is known.
const LATE_SYBIL: AccountId = 12;

/// The pool of the grinding attack: four honest jurors at ten times the minimum, two sybils at
/// the minimum; case 0 opened with no party; the chain moved past its draw block, so the seed
/// is public. Returns the block whose hash seeds the draw.
fn case_with_public_seed() -> u64 {
	join(HONEST, 10 * MIN_STAKE);
	join(SYBILS, MIN_STAKE);
	open(0, &[]);
	let Phase::Drawing { at } = Cases::<Test>::get(0).unwrap().phase else { panic!() };
	run_to(at + 1);
	at
}

/// The jury drawn for case 0 after `attack` ran in the block that knows the seed.
fn jury_after(attack: impl FnOnce()) -> Vec<(AccountId, Balance)> {
	let mut jury = Vec::new();
	build_and_execute(|| {
		case_with_public_seed();
		attack();
		assert_ok!(Court::draw_jury(RuntimeOrigin::signed(1), 0));
		jury = Rounds::<Test>::get(0, 0)
			.unwrap()
			.seats
			.iter()
			.map(|seat| (seat.juror, seat.stake))
			.collect();
	});
	jury
}

/// The attack: once the hash of the draw block is public, the attacker searches for a stake
/// that seats its sybils and sends `batch_all[add_stake, draw_jury]`; a sybil joins with a huge
/// stake; an honest juror leaves. The candidates and their stakes were fixed when the case
/// opened, before the seed existed: the jury is the one the untouched pool gives.
#[test]
fn grinding_the_pool_once_the_seed_is_public_changes_no_draw() {
	let honest_draw = jury_after(|| {});
	let ground_draw = jury_after(|| {
		assert_ok!(Court::add_stake(RuntimeOrigin::signed(SYBILS[0]), 900_000));
		assert_ok!(Court::add_stake(RuntimeOrigin::signed(SYBILS[1]), 900_000));
		join([LATE_SYBIL], 900_000);
		assert_ok!(Court::leave_jury(RuntimeOrigin::signed(HONEST[0])));
	});
	assert_eq!(ground_draw, honest_draw);
	assert!(ground_draw.iter().all(|(juror, _)| *juror != LATE_SYBIL));
	// Each seat weighs the stake fixed with the candidates, not the one added afterwards.
	for (juror, stake) in &ground_draw {
		let fixed = if SYBILS.contains(juror) { MIN_STAKE } else { 10 * MIN_STAKE };
		assert_eq!(*stake, fixed);
	}
}

/// The draw is the weighted draw over the fixed candidates with the public seed: anyone can
/// recompute it, and nothing the caller of `draw_jury` does in between enters it.
#[test]
fn the_draw_is_the_fixed_candidates_under_the_seed() {
	build_and_execute(|| {
		let at = case_with_public_seed();
		let fixed = DrawCandidates::<Test>::get(0).unwrap();
		assert_eq!(fixed.len(), HONEST.len() + SYBILS.len());
		System::assert_has_event(
			Event::CandidatesFixed {
				inference: 0,
				round: 0,
				candidates: 6,
				stake: 4 * 10 * MIN_STAKE + 2 * MIN_STAKE,
			}
			.into(),
		);
		let seed = Court::draw_seed(0, 0, at).unwrap();
		let weights = fixed.iter().map(|(juror, stake)| (*juror, *stake)).collect();
		let expected: Vec<AccountId> =
			weighted_draw(weights, 3, &seed).unwrap().into_iter().map(|(j, _)| j).collect();
		join([LATE_SYBIL], 900_000);
		assert_ok!(Court::draw_jury(RuntimeOrigin::signed(LATE_SYBIL), 0));
		assert_eq!(drawn(0, 0), expected);
		// Drawn: the candidates are spent.
		assert!(DrawCandidates::<Test>::get(0).is_none());
	});
}

/// An appeal fixes the candidates of its round when it is submitted: a sybil joining once the
/// appeal round's seed is public is not among them.
#[test]
fn an_appeal_round_is_drawn_from_the_pool_as_it_was_at_the_appeal() {
	build_and_execute(|| {
		join(1..=10, MIN_STAKE);
		open(0, &[]);
		draw(0);
		vote_and_tally(0, &[Some(false), Some(false), Some(false)]);
		assert_ok!(Court::appeal(RuntimeOrigin::signed(CHALLENGER), 0));
		let fixed = DrawCandidates::<Test>::get(0).unwrap();
		// The three seated jurors of round 0 still have free seats: all ten are candidates.
		assert_eq!(fixed.len(), 10);
		let Phase::Drawing { at } = Cases::<Test>::get(0).unwrap().phase else { panic!() };
		run_to(at + 1);
		join([LATE_SYBIL], 900_000);
		assert_ok!(Court::draw_jury(RuntimeOrigin::signed(1), 0));
		assert_eq!(drawn(0, 1).len(), 7);
		assert!(!drawn(0, 1).contains(&LATE_SYBIL));
	});
}

/// A case opened by an older runtime has no fixed candidates: its draw fixes them and moves to
/// a block that does not exist yet, rather than draw from a pool the caller could have shaped.
#[test]
fn a_case_without_fixed_candidates_fixes_them_and_draws_later() {
	build_and_execute(|| {
		let at = case_with_public_seed();
		DrawCandidates::<Test>::remove(0);
		assert_ok!(Court::draw_jury(RuntimeOrigin::signed(1), 0));
		let draw_at = System::block_number() + DRAW_DELAY;
		System::assert_last_event(Event::DrawRescheduled { inference: 0, draw_at }.into());
		assert!(draw_at > at);
		assert_eq!(DrawCandidates::<Test>::get(0).unwrap().len(), 6);
		assert_eq!(draw(0).len(), 3);
	});
}

/// Draws, tallies and closings that are due happen in `on_idle`; the extrinsics then find
/// nothing left to do.
#[test]
fn due_draws_tallies_and_closings_happen_by_themselves() {
	build_and_execute(|| {
		join(1..=5, MIN_STAKE);
		open(0, &[]);
		let Phase::Drawing { at } = Cases::<Test>::get(0).unwrap().phase else { panic!() };
		run_to_idle(at + 1);
		let jury = drawn(0, 0);
		assert_eq!(jury.len(), 3);
		assert_noop!(Court::draw_jury(RuntimeOrigin::signed(1), 0), Error::<Test>::NotDrawing);
		// Two of three commit and reveal to uphold; the third stays silent.
		for juror in &jury[..2] {
			commit(0, *juror, true);
		}
		let Phase::Voting { commit_end, reveal_end } = Cases::<Test>::get(0).unwrap().phase else {
			panic!()
		};
		run_to_idle(commit_end + 1);
		for juror in &jury[..2] {
			reveal(0, *juror, true);
		}
		run_to_idle(reveal_end + 1);
		assert_eq!(Rounds::<Test>::get(0, 0).unwrap().ruling, Some(true));
		let Phase::Appealable { until } = Cases::<Test>::get(0).unwrap().phase else { panic!() };
		run_to_idle(until + 1);
		assert!(!Cases::<Test>::contains_key(0));
		assert_eq!(Applied::get(), vec![(0, openledger_primitives::Verdict::Upheld)]);
		// The silent juror paid the two coherent ones.
		let silent = jury[2];
		assert_eq!(Jurors::<Test>::get(silent).unwrap().stake, MIN_STAKE - MIN_STAKE / 10);
	});
}

/// `on_idle` advances only what the weight it is given covers; the rest waits, in order.
#[test]
fn on_idle_advances_within_its_weight() {
	use frame_support::traits::Hooks;
	build_and_execute(|| {
		join(1..=20, MIN_STAKE);
		for inference in 0..3 {
			open(inference, &[]);
		}
		let Phase::Drawing { at } = Cases::<Test>::get(0).unwrap().phase else { panic!() };
		run_to(at + 1);
		assert_eq!(Court::on_idle(at + 1, Weight::zero()), Weight::zero());
		// Room for one case (the mock's database weights are zero).
		let one = Court::advance_weight();
		Court::on_idle(at + 1, one);
		let drawn_cases = (0..3).filter(|i| Rounds::<Test>::contains_key(i, 0)).count();
		assert_eq!(drawn_cases, 1);
		Court::on_idle(at + 1, Weight::MAX);
		assert!((0..3).all(|i| Rounds::<Test>::contains_key(i, 0)));
	});
}

/// The attack: 64 accounts at the minimum stake fill the pool so that a juror with a real
/// stake gets `PoolFull`. A full pool now takes a larger stake in place of its smallest.
#[test]
fn minimum_stake_squatters_cannot_keep_a_real_juror_out() {
	build_and_execute(|| {
		let squatters: Vec<AccountId> = (1..=63).chain([PROVIDER]).collect();
		join(squatters.iter().copied(), MIN_STAKE);
		assert_eq!(Pool::<Test>::get().len(), 64);
		// No larger than the smallest: refused.
		assert_noop!(
			Court::join_jury(RuntimeOrigin::signed(OWNER), MIN_STAKE),
			Error::<Test>::PoolFull
		);
		assert_ok!(Court::join_jury(RuntimeOrigin::signed(OWNER), 1_000 * MIN_STAKE));
		// The earliest of the smallest stakes left the pool as if it had left by itself.
		System::assert_has_event(
			Event::JurorEvicted { juror: 1, stake: MIN_STAKE, by: OWNER }.into(),
		);
		let pool = Pool::<Test>::get();
		assert_eq!(pool.len(), 64);
		assert!(pool.contains(&OWNER) && !pool.contains(&1));
		assert_eq!(Jurors::<Test>::get(1).unwrap().leaving_since, Some(System::block_number()));
		// It gets its stake back after the leave delay, as any juror that left.
		run_to(System::block_number() + LEAVE);
		let before = free(1);
		assert_ok!(Court::withdraw_juror(RuntimeOrigin::signed(1)));
		assert_eq!(free(1), before + MIN_STAKE);
	});
}

/// A chain can start with a pool (the dev chain does, so its court works out of the box).
#[test]
fn genesis_jurors_are_in_the_pool_with_their_stakes_held() {
	let ext = new_test_ext_with_jurors(vec![(1, MIN_STAKE), (2, 2 * MIN_STAKE)]);
	openledger_test_support::execute_and_check(
		ext,
		|| {
			assert_eq!(Pool::<Test>::get().into_inner(), vec![1, 2]);
			assert_eq!(Jurors::<Test>::get(2).unwrap().stake, 2 * MIN_STAKE);
			assert_eq!(free(2), ENDOWMENT - 2 * MIN_STAKE);
		},
		check_invariants,
	);
}

/// Storage version 1 puts the cases open at the upgrade on the agenda: they then advance by
/// themselves, and a case waiting for its draw fixes its candidates before drawing.
#[test]
fn the_migration_puts_the_open_cases_on_the_agenda() {
	use crate::{migrations::MigrateV0ToV1, Agenda, AgendaCursor};
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	build_and_execute(|| {
		join(1..=5, MIN_STAKE);
		open(0, &[]);
		// The layout of version 0: no candidates, no agenda.
		DrawCandidates::<Test>::remove(0);
		let _ = Agenda::<Test>::clear(u32::MAX, None);
		AgendaCursor::<Test>::kill();
		StorageVersion::new(0).put::<Court>();
		run_to(5);
		MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Court::on_chain_storage_version(), StorageVersion::new(1));
		assert_eq!(AgendaCursor::<Test>::get(), Some(5));
		// Its draw block (2) passed: due now.
		assert_eq!(Agenda::<Test>::get(6).into_inner(), vec![0]);
		run_to_idle(6);
		System::assert_has_event(
			Event::DrawRescheduled { inference: 0, draw_at: 6 + DRAW_DELAY }.into(),
		);
		run_to_idle(6 + DRAW_DELAY + 1);
		assert_eq!(drawn(0, 0).len(), 3);
	});
}
