//! Opening a case and drawing its juries, weighted by stake.

use crate::{pallet::*, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::pallet_prelude::*;
use openledger_primitives::{ChallengeCourt, InferenceId};
use sp_runtime::{SaturatedConversion, Saturating};

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

	/// Open the case; its first jury may be drawn after `draw_delay` blocks. Emits
	/// `CaseOpened`.
	///
	/// # Errors
	/// [`Error::NoParameters`], [`Error::CaseExists`].
	fn open_case(
		inference: InferenceId,
		parties: PartiesOf<T>,
		evidence: EvidenceOf<T>,
	) -> Result<(), DispatchError> {
		let parameters = Self::parameters()?;
		ensure!(!Cases::<T>::contains_key(inference), Error::<T>::CaseExists);
		let now = frame_system::Pallet::<T>::block_number();
		let draw_at = now.saturating_add(parameters.draw_delay);
		Cases::<T>::insert(
			inference,
			Case { evidence, parties, rounds: 0, phase: Phase::Drawing { at: draw_at } },
		);
		Self::deposit_event(Event::CaseOpened { inference, draw_at });
		Ok(())
	}

	fn open_case_weight() -> Weight {
		T::WeightInfo::open_case()
	}
}

impl<T: Config> Pallet<T> {
	/// Draw the next round's jury of `inference`'s case: `Voting` on success, `Fallback` when
	/// too few jurors are eligible, a later draw block when the draw block's hash is no longer
	/// kept. Emits `JuryDrawn`, `SentToGovernance` or `DrawRescheduled`. Returns the pool's
	/// size and the jurors drawn, for the weight.
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
		let Some(seed) = Self::draw_seed(inference, case.rounds, at) else {
			// The chain no longer keeps block `at`'s hash. Drawing on a later block's hash would
			// let the caller pick it by choosing when to call: draw again on the next block's.
			case.phase = Phase::Drawing { at: now };
			Cases::<T>::insert(inference, case);
			Self::deposit_event(Event::DrawRescheduled { inference, draw_at: now });
			return Ok((0, 0));
		};
		let (pool, candidates) = Self::candidates(&case.parties, parameters.min_juror_stake);
		let Some(drawn) = weighted_draw(candidates, size, &seed) else {
			Self::send_to_governance(inference, case, FallbackReason::TooFewJurors)?;
			return Ok((pool, 0));
		};
		let mut seats = BoundedVec::<Seat<T>, T::MaxJurySize>::new();
		let mut jurors = BoundedVec::<T::AccountId, T::MaxJurySize>::new();
		let mut infos = Vec::with_capacity(drawn.len());
		for (juror, _) in drawn {
			let mut info = Jurors::<T>::get(&juror).ok_or(Error::<T>::UnknownJuror)?;
			info.seats = info.seats.checked_add(1).ok_or(Error::<T>::Overflow)?;
			seats
				.try_push(Seat { juror: juror.clone(), stake: info.stake, vote: Vote::None })
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
		Rounds::<T>::insert(inference, round, Round { seats, ruling: None, appeal: None });
		Cases::<T>::insert(inference, case);
		let drawn = u32::try_from(jurors.len()).unwrap_or(u32::MAX);
		Self::deposit_event(Event::JuryDrawn { inference, round, jurors, commit_end, reveal_end });
		Ok((pool, drawn))
	}

	/// The pool's size, and the jurors of the pool that may be drawn for a case of `parties`
	/// with their stakes as weights: at least `min_stake`, not a party, below
	/// [`Config::MaxSeatsPerJuror`] seats.
	fn candidates(
		parties: &PartiesOf<T>,
		min_stake: BalanceOf<T>,
	) -> (u32, Vec<(T::AccountId, u128)>) {
		let pool = Pool::<T>::get();
		let size = u32::try_from(pool.len()).unwrap_or(u32::MAX);
		let candidates = pool
			.into_iter()
			.filter(|juror| !parties.contains(juror))
			.filter_map(|juror| {
				let info = Jurors::<T>::get(&juror)?;
				(info.stake >= min_stake && info.seats < T::MaxSeatsPerJuror::get())
					.then(|| (juror, info.stake.saturated_into::<u128>()))
			})
			.collect();
		(size, candidates)
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
		Self::deposit_event(Event::SentToGovernance { inference, reason, until });
		Ok(())
	}
}
