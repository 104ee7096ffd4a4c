//! Opening a case, fixing the candidates of each draw, and drawing juries weighted by stake.

use crate::{pallet::*, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::pallet_prelude::*;
use openledger_primitives::{ChallengeCourt, InferenceId};
use sp_runtime::{traits::Zero, SaturatedConversion, Saturating};

/// Draw `count` of `candidates` without replacement, each draw weighted by the candidates'
/// weights among those not yet drawn, from `seed`: draw `k` picks the candidate whose
/// cumulative weight interval holds `blake2_128(seed, k) mod remaining total`. `None` when
/// there are fewer candidates (of non-zero weight) than `count`.
///
/// Candidates keep their order, so the same candidates and seed always give the same jury.
pub fn weighted_draw<A: Clone>(
	mut candidates: Vec<(A, u128)>,
	count: u32,
	seed: &[u8; 32],
) -> Option<Vec<(A, u128)>> {
	candidates.retain(|(_, weight)| *weight > 0);
	let count = usize::try_from(count).ok()?;
	if candidates.len() < count {
		return None;
	}
	let mut total = candidates.iter().fold(0u128, |sum, (_, weight)| sum.saturating_add(*weight));
	let mut drawn = Vec::with_capacity(count);
	for k in 0..count {
		let point = u128::from_le_bytes(sp_io::hashing::blake2_128(&(seed, k as u32).encode()))
			.checked_rem(total)?;
		let mut passed = 0u128;
		let index = candidates.iter().position(|(_, weight)| {
			passed = passed.saturating_add(*weight);
			point < passed
		})?;
		let chosen = candidates.remove(index);
		total = total.saturating_sub(chosen.1);
		drawn.push(chosen);
	}
	Some(drawn)
}

impl<T: Config> ChallengeCourt<T::AccountId> for Pallet<T> {
	type MaxParties = T::MaxParties;
	type MaxUriLength = T::MaxUriLength;

	/// Open the case, hold the first jury's arbitration fee from `claimant` and fix the
	/// candidates of its first draw (the pool as it is now, less the parties); the jury is
	/// drawn after `draw_delay` blocks, by `on_idle` or anyone. Emits `CaseOpened`,
	/// `JuryFeeHeld` and `CandidatesFixed`.
	///
	/// # Errors
	/// [`Error::NoParameters`], [`Error::CaseExists`]; those of `hold_jury_fee`.
	fn open_case(
		inference: InferenceId,
		claimant: &T::AccountId,
		parties: PartiesOf<T>,
		evidence: EvidenceOf<T>,
	) -> Result<(), DispatchError> {
		let parameters = Self::parameters()?;
		ensure!(!Cases::<T>::contains_key(inference), Error::<T>::CaseExists);
		Self::hold_jury_fee(&parameters, inference, 0, claimant)?;
		let now = frame_system::Pallet::<T>::block_number();
		let draw_at = now.saturating_add(parameters.draw_delay);
		Self::fix_candidates(inference, 0, &parties, parameters.min_juror_stake);
		Cases::<T>::insert(
			inference,
			Case { evidence, parties, rounds: 0, phase: Phase::Drawing { at: draw_at } },
		);
		Self::schedule(inference, draw_at);
		Self::deposit_event(Event::CaseOpened { inference, draw_at });
		Ok(())
	}

	fn open_case_weight() -> Weight {
		T::WeightInfo::open_case()
	}
}

impl<T: Config> Pallet<T> {
	/// Draw the next round's jury of `inference`'s case from its fixed candidates
	/// ([`DrawCandidates`]): `Voting` on success, `Fallback` when too few of them can sit, a
	/// later draw block when the draw block's hash is no longer kept or the case has no fixed
	/// candidates (opened before they were fixed: they are fixed now). Emits `JuryDrawn`,
	/// `SentToGovernance` or `DrawRescheduled`. Returns the candidates' number and the jurors
	/// drawn, for the weight.
	///
	/// # Errors
	/// [`Error::NoParameters`], [`Error::UnknownCase`], [`Error::NotDrawing`],
	/// [`Error::DrawTooEarly`], [`Error::Overflow`], [`Error::UnknownJuror`].
	pub(crate) fn do_draw(inference: InferenceId) -> Result<(u32, u32), DispatchError> {
		let parameters = Self::parameters()?;
		let mut case = Cases::<T>::get(inference).ok_or(Error::<T>::UnknownCase)?;
		let Phase::Drawing { at } = case.phase else { return Err(Error::<T>::NotDrawing.into()) };
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > at, Error::<T>::DrawTooEarly);
		let size =
			Self::jury_size(parameters.jury_size, case.rounds).ok_or(Error::<T>::Overflow)?;
		let Some(fixed) = DrawCandidates::<T>::get(inference) else {
			// A case opened before candidates were fixed (an older runtime): fix them now and
			// draw on the hash of a block that does not exist yet.
			let draw_at = now.saturating_add(parameters.draw_delay);
			let count = Self::fix_candidates(
				inference,
				case.rounds,
				&case.parties,
				parameters.min_juror_stake,
			);
			return Self::reschedule_draw(inference, case, draw_at).map(|()| (count, 0));
		};
		let count = u32::try_from(fixed.len()).unwrap_or(u32::MAX);
		let Some(seed) = Self::draw_seed(inference, case.rounds, at) else {
			// The chain no longer keeps block `at`'s hash. Drawing on a later block's hash would
			// let the caller pick it by choosing when to call: draw again on the next block's.
			return Self::reschedule_draw(inference, case, now).map(|()| (count, 0));
		};
		// Each candidate weighs the stake it had when fixed (a slash since, whose timing a
		// caller of `finalize` may choose, does not move the draw); one that withdrew meanwhile
		// (possible only when the draw is later than the leave delay) cannot sit.
		let candidates: Vec<(T::AccountId, u128)> = fixed
			.into_iter()
			.filter(|(juror, _)| Jurors::<T>::contains_key(juror))
			.map(|(juror, stake)| (juror, stake.saturated_into::<u128>()))
			.collect();
		let Some(drawn) = weighted_draw(candidates, size, &seed) else {
			DrawCandidates::<T>::remove(inference);
			// No jury worked for this round's fee.
			Self::return_jury_fee(inference, case.rounds)?;
			Self::send_to_governance(inference, case, FallbackReason::TooFewJurors)?;
			return Ok((count, 0));
		};
		let mut seats = BoundedVec::<Seat<T>, T::MaxJurySize>::new();
		let mut jurors = BoundedVec::<T::AccountId, T::MaxJurySize>::new();
		let mut infos = Vec::with_capacity(drawn.len());
		for (juror, stake) in drawn {
			let mut info = Jurors::<T>::get(&juror).ok_or(Error::<T>::UnknownJuror)?;
			// Seats are counted when candidates are fixed: a juror drawn elsewhere since then
			// still sits here (its seats may pass the bound by the draws pending then).
			info.seats = info.seats.checked_add(1).ok_or(Error::<T>::Overflow)?;
			// The seat is at stake for what the juror still has of its fixed stake.
			let stake = info.stake.min(stake.saturated_into());
			seats
				.try_push(Seat { juror: juror.clone(), stake, vote: Vote::None })
				.map_err(|_| Error::<T>::Overflow)?;
			jurors.try_push(juror.clone()).map_err(|_| Error::<T>::Overflow)?;
			infos.push((juror, info));
		}
		let commit_end = now.saturating_add(parameters.commit_period);
		let reveal_end = commit_end.saturating_add(parameters.reveal_period);
		let round = case.rounds;
		case.rounds = round.checked_add(1).ok_or(Error::<T>::Overflow)?;
		case.phase = Phase::Voting { commit_end, reveal_end };
		for (juror, info) in infos {
			Jurors::<T>::insert(juror, info);
		}
		DrawCandidates::<T>::remove(inference);
		Rounds::<T>::insert(inference, round, Round { seats, ruling: None, appeal: None });
		Cases::<T>::insert(inference, case);
		Self::schedule(inference, reveal_end);
		let drawn = u32::try_from(jurors.len()).unwrap_or(u32::MAX);
		Self::deposit_event(Event::JuryDrawn { inference, round, jurors, commit_end, reveal_end });
		Ok((count, drawn))
	}

	/// Move the draw of `case` to after block `draw_at`. Emits `DrawRescheduled`.
	fn reschedule_draw(
		inference: InferenceId,
		mut case: Case<T>,
		draw_at: BlockNumberOf<T>,
	) -> DispatchResult {
		case.phase = Phase::Drawing { at: draw_at };
		Cases::<T>::insert(inference, case);
		Self::schedule(inference, draw_at);
		Self::deposit_event(Event::DrawRescheduled { inference, draw_at });
		Ok(())
	}

	/// Fix the candidates of `inference`'s draw of `round`: the jurors of the pool now with at
	/// least `min_stake`, not a party, below [`Config::MaxSeatsPerJuror`] seats, each with its
	/// stake now. Called when the case or the appeal is submitted, so before the draw's seed
	/// exists. Emits `CandidatesFixed`; returns their number.
	pub(crate) fn fix_candidates(
		inference: InferenceId,
		round: u32,
		parties: &PartiesOf<T>,
		min_stake: BalanceOf<T>,
	) -> u32 {
		let candidates: Vec<(T::AccountId, BalanceOf<T>)> = Pool::<T>::get()
			.into_iter()
			.filter(|juror| !parties.contains(juror))
			.filter_map(|juror| {
				let info = Jurors::<T>::get(&juror)?;
				(info.stake >= min_stake && info.seats < T::MaxSeatsPerJuror::get())
					.then_some((juror, info.stake))
			})
			.collect();
		// The pool holds at most `MaxJurors`: nothing is truncated.
		let candidates = CandidatesOf::<T>::truncate_from(candidates);
		let stake = candidates
			.iter()
			.fold(BalanceOf::<T>::zero(), |sum, (_, stake)| sum.saturating_add(*stake));
		let count = u32::try_from(candidates.len()).unwrap_or(u32::MAX);
		DrawCandidates::<T>::insert(inference, candidates);
		Self::deposit_event(Event::CandidatesFixed { inference, round, candidates: count, stake });
		count
	}

	/// The seed of round `round` of `inference`'s case drawn after block `at`, or `None` when
	/// the chain no longer keeps that block's hash: see the crate documentation for what it
	/// protects against and what it does not.
	pub(crate) fn draw_seed(
		inference: InferenceId,
		round: u32,
		at: BlockNumberOf<T>,
	) -> Option<[u8; 32]> {
		let hash = frame_system::Pallet::<T>::block_hash(at);
		(hash != T::Hash::default())
			.then(|| openledger_formulas::draw_seed(inference, round, &hash))
	}

	/// Put the case before a `dispute_fallback` referendum. Emits `SentToGovernance`.
	///
	/// # Errors
	/// [`Error::NoParameters`].
	pub(crate) fn send_to_governance(
		inference: InferenceId,
		mut case: Case<T>,
		reason: FallbackReason,
	) -> DispatchResult {
		let parameters = Self::parameters()?;
		let until =
			frame_system::Pallet::<T>::block_number().saturating_add(parameters.fallback_timeout);
		case.phase = Phase::Fallback { until };
		Cases::<T>::insert(inference, case);
		Self::schedule(inference, until);
		Self::deposit_event(Event::SentToGovernance { inference, reason, until });
		Ok(())
	}
}
