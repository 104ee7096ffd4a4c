//! Draws: timing, exclusion of the parties, weighting by stake, too few jurors.

use super::*;
use crate::{weighted_draw, Error, Event, FallbackReason, Jurors};
use frame_support::assert_noop;

#[test]
fn a_draw_waits_for_its_block_and_seats_an_odd_jury() {
	build_and_execute(|| {
		join(1..=10, MIN_STAKE);
		open(0, &[]);
		assert_noop!(Court::draw_jury(RuntimeOrigin::signed(1), 0), Error::<Test>::DrawTooEarly);
		assert_noop!(Court::draw_jury(RuntimeOrigin::signed(1), 1), Error::<Test>::UnknownCase);
		let jury = draw(0);
		assert_eq!(jury.len(), 3);
		for juror in &jury {
			assert_eq!(Jurors::<Test>::get(juror).unwrap().seats, 1);
		}
		assert_noop!(Court::draw_jury(RuntimeOrigin::signed(1), 0), Error::<Test>::NotDrawing);
		assert!(matches!(Cases::<Test>::get(0).unwrap().phase, Phase::Voting { .. }));
	});
}

#[test]
fn draws_never_seat_a_party() {
	build_and_execute(|| {
		let parties = [PROVIDER, CHALLENGER, OWNER, 1, 2];
		join(1..=6, MIN_STAKE);
		// The parties are jurors too, with the largest stakes.
		join([PROVIDER, CHALLENGER, OWNER], 100 * MIN_STAKE);
		// 30 cases, each of 3 seats out of the 4 eligible jurors (3, 4, 5, 6).
		for inference in 0..30 {
			open(inference, &parties);
			let jury = draw(inference);
			assert!(jury.iter().all(|juror| !parties.contains(juror)), "{jury:?}");
			// Close it so that seats free up (MaxSeatsPerJuror is 4).
			vote_and_tally(inference, &[Some(false), Some(false), Some(false)]);
			run_to(System::block_number() + APPEAL + 1);
			assert_ok!(Court::finalize(RuntimeOrigin::signed(1), inference));
		}
	});
}

#[test]
fn too_few_eligible_jurors_send_the_case_to_governance() {
	build_and_execute(|| {
		join([1, 2, PROVIDER], MIN_STAKE);
		open(0, &[PROVIDER]);
		let Phase::Drawing { at } = Cases::<Test>::get(0).unwrap().phase else { panic!() };
		run_to(at + 1);
		assert_ok!(Court::draw_jury(RuntimeOrigin::signed(1), 0));
		let until = System::block_number() + FALLBACK;
		System::assert_last_event(
			Event::SentToGovernance { inference: 0, reason: FallbackReason::TooFewJurors, until }
				.into(),
		);
		assert!(matches!(Cases::<Test>::get(0).unwrap().phase, Phase::Fallback { .. }));
	});
}

#[test]
fn jurors_below_the_minimum_or_at_their_seat_limit_are_not_drawn() {
	build_and_execute(|| {
		join(1..=3, MIN_STAKE);
		// Four cases fill every seat of 1, 2 and 3 (MaxSeatsPerJuror is 4).
		for inference in 0..4 {
			open(inference, &[]);
			assert_eq!(draw(inference).len(), 3);
		}
		open(4, &[]);
		let Phase::Drawing { at } = Cases::<Test>::get(4).unwrap().phase else { panic!() };
		run_to(at + 1);
		assert_ok!(Court::draw_jury(RuntimeOrigin::signed(1), 4));
		assert!(matches!(Cases::<Test>::get(4).unwrap().phase, Phase::Fallback { .. }));
		// New jurors with free seats, made ineligible by a raised minimum.
		join(10..=12, MIN_STAKE);
		let mut raised = parameters();
		raised.min_juror_stake = MIN_STAKE + 1;
		assert_ok!(Court::set_parameters(RuntimeOrigin::root(), raised));
		open(5, &[]);
		let Phase::Drawing { at } = Cases::<Test>::get(5).unwrap().phase else { panic!() };
		run_to(at + 1);
		assert_ok!(Court::draw_jury(RuntimeOrigin::signed(1), 5));
		assert!(matches!(Cases::<Test>::get(5).unwrap().phase, Phase::Fallback { .. }));
	});
}

#[test]
fn single_draws_follow_the_stakes_over_many_seeds() {
	// Stakes 1 : 2 : 3 : 4; 20,000 seeds; each frequency within 1.5 points of its share.
	let candidates: Vec<(u32, u128)> = vec![(0, 100), (1, 200), (2, 300), (3, 400)];
	let mut counts = [0u32; 4];
	for seed in 0u32..20_000 {
		let seed = sp_io::hashing::blake2_256(&seed.to_le_bytes());
		let jury = weighted_draw(candidates.clone(), 1, &seed).unwrap();
		counts[jury[0].0 as usize] += 1;
	}
	for (index, count) in counts.iter().enumerate() {
		let expected = (index as f64 + 1.0) / 10.0;
		let observed = *count as f64 / 20_000.0;
		assert!((observed - expected).abs() < 0.015, "juror {index}: {observed} vs {expected}");
	}
}

#[test]
fn juries_favour_larger_stakes_and_repeat_for_the_same_seed() {
	// Ten candidates, one with ten times the stake: it sits on a jury of 3 far more often
	// than any other (about 3/4 of draws against about 1/4).
	let mut candidates: Vec<(u32, u128)> = (0..10).map(|i| (i, 100)).collect();
	candidates[7].1 = 1_000;
	let mut seated = [0u32; 10];
	for seed in 0u32..5_000 {
		let seed = sp_io::hashing::blake2_256(&seed.to_le_bytes());
		let jury = weighted_draw(candidates.clone(), 3, &seed).unwrap();
		assert_eq!(jury, weighted_draw(candidates.clone(), 3, &seed).unwrap());
		let mut ids: Vec<u32> = jury.iter().map(|(id, _)| *id).collect();
		ids.dedup();
		assert_eq!(ids.len(), 3, "drawn without replacement");
		for (id, _) in jury {
			seated[id as usize] += 1;
		}
	}
	let heavy = seated[7] as f64 / 5_000.0;
	assert!(heavy > 0.65, "{heavy}");
	for (id, count) in seated.iter().enumerate().filter(|(id, _)| *id != 7) {
		let light = *count as f64 / 5_000.0;
		assert!(light < 0.35, "candidate {id}: {light}");
	}
	// Fewer candidates than seats, or only zero stakes: no jury.
	assert!(weighted_draw(candidates.clone(), 11, &[0; 32]).is_none());
	assert!(weighted_draw(vec![(0u32, 0u128), (1, 0)], 1, &[0; 32]).is_none());
}

#[test]
fn a_draw_whose_block_hash_is_gone_moves_to_the_next_block() {
	build_and_execute(|| {
		join(1..=5, MIN_STAKE);
		open(0, &[]);
		let Phase::Drawing { at } = Cases::<Test>::get(0).unwrap().phase else { panic!() };
		run_to(at + 3);
		// The chain no longer keeps the hash of the draw block: nothing is drawn, and the
		// caller cannot pick the seed by choosing when to call.
		frame_system::BlockHash::<Test>::remove(at);
		let now = System::block_number();
		assert_ok!(Court::draw_jury(RuntimeOrigin::signed(1), 0));
		System::assert_last_event(Event::DrawRescheduled { inference: 0, draw_at: now }.into());
		assert_eq!(Cases::<Test>::get(0).unwrap().phase, Phase::Drawing { at: now });
		assert_noop!(Court::draw_jury(RuntimeOrigin::signed(1), 0), Error::<Test>::DrawTooEarly);
		assert_eq!(draw(0).len(), 3);
	});
}
