//! Commit–reveal voting of a round, and its tally.

use crate::{pallet::*, types::*};
use codec::Encode;
use frame_support::pallet_prelude::*;
use openledger_primitives::InferenceId;
use sp_core::H256;
use sp_runtime::Saturating;

/// The commitment a juror posts: `blake2_256(SCALE(juror, inference, round, upheld, salt))`
/// ([`openledger_formulas::vote_commitment`], which juror tools compute too). Binding the juror
/// and the round keeps one juror from copying another's commitment.
pub fn commitment<AccountId: Encode>(
	juror: &AccountId,
	inference: InferenceId,
	round: u32,
	upheld: bool,
	salt: &[u8; 32],
) -> H256 {
	H256(openledger_formulas::vote_commitment(juror, inference, round, upheld, salt))
}

impl<T: Config> Pallet<T> {
	/// The open case of `inference` in its voting round: the case, the round's number and the
	/// round, and the voting deadlines.
	///
	/// # Errors
	/// [`Error::UnknownCase`], [`Error::NotVoting`], [`Error::UnknownRound`].
	#[allow(clippy::type_complexity)]
	fn voting_round(
		inference: InferenceId,
	) -> Result<(u32, Round<T>, BlockNumberOf<T>, BlockNumberOf<T>), DispatchError> {
		let case = Cases::<T>::get(inference).ok_or(Error::<T>::UnknownCase)?;
		let Phase::Voting { commit_end, reveal_end } = case.phase else {
			return Err(Error::<T>::NotVoting.into());
		};
		let number = case.rounds.checked_sub(1).ok_or(Error::<T>::UnknownRound)?;
		let round = Rounds::<T>::get(inference, number).ok_or(Error::<T>::UnknownRound)?;
		Ok((number, round, commit_end, reveal_end))
	}

	/// A drawn juror commits its vote. Emits `VoteCommitted`.
	///
	/// # Errors
	/// Those of `voting_round`; [`Error::CommitClosed`], [`Error::NotDrawn`],
	/// [`Error::AlreadyCommitted`].
	pub(crate) fn do_commit(
		who: &T::AccountId,
		inference: InferenceId,
		commitment: H256,
	) -> DispatchResult {
		let (number, mut round, commit_end, _) = Self::voting_round(inference)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= commit_end, Error::<T>::CommitClosed);
		let seat =
			round.seats.iter_mut().find(|seat| &seat.juror == who).ok_or(Error::<T>::NotDrawn)?;
		ensure!(seat.vote == Vote::None, Error::<T>::AlreadyCommitted);
		seat.vote = Vote::Committed(commitment);
		Rounds::<T>::insert(inference, number, round);
		Self::deposit_event(Event::VoteCommitted { inference, round: number, juror: who.clone() });
		Ok(())
	}

	/// A drawn juror reveals its vote; it must hash to its commitment. Emits `VoteRevealed`.
	///
	/// # Errors
	/// Those of `voting_round`; [`Error::RevealNotOpen`], [`Error::RevealClosed`],
	/// [`Error::NotDrawn`], [`Error::NothingToReveal`], [`Error::CommitmentMismatch`].
	pub(crate) fn do_reveal(
		who: &T::AccountId,
		inference: InferenceId,
		upheld: bool,
		salt: [u8; 32],
	) -> DispatchResult {
		let (number, mut round, commit_end, reveal_end) = Self::voting_round(inference)?;
		let now = frame_system::Pallet::<T>::block_number();
		let all_committed = round.seats.iter().all(|seat| seat.vote != Vote::None);
		ensure!(now > commit_end || all_committed, Error::<T>::RevealNotOpen);
		ensure!(now <= reveal_end, Error::<T>::RevealClosed);
		let seat =
			round.seats.iter_mut().find(|seat| &seat.juror == who).ok_or(Error::<T>::NotDrawn)?;
		let Vote::Committed(committed) = seat.vote else {
			return Err(Error::<T>::NothingToReveal.into());
		};
		ensure!(
			committed == commitment(who, inference, number, upheld, &salt),
			Error::<T>::CommitmentMismatch
		);
		seat.vote = Vote::Revealed(upheld);
		Rounds::<T>::insert(inference, number, round);
		Self::deposit_event(Event::VoteRevealed {
			inference,
			round: number,
			juror: who.clone(),
			upheld,
		});
		Ok(())
	}

	/// Tally the voting round once every juror revealed or the reveal period ended: more
	/// upholding than rejecting votes uphold, anything else rejects. Emits `RoundRuled`.
	///
	/// # Errors
	/// Those of `voting_round`; [`Error::NoParameters`], [`Error::TallyTooEarly`].
	pub(crate) fn do_tally(inference: InferenceId) -> DispatchResult {
		let parameters = Self::parameters()?;
		let (number, mut round, _, reveal_end) = Self::voting_round(inference)?;
		let now = frame_system::Pallet::<T>::block_number();
		let all_revealed = round.seats.iter().all(|seat| matches!(seat.vote, Vote::Revealed(_)));
		ensure!(now > reveal_end || all_revealed, Error::<T>::TallyTooEarly);
		let count = |side: bool| -> u32 {
			let votes = round.seats.iter().filter(|seat| seat.vote == Vote::Revealed(side));
			// At most `MaxJurySize` seats: the count fits a u32.
			votes.count().try_into().unwrap_or(u32::MAX)
		};
		let (upheld_votes, rejected_votes) = (count(true), count(false));
		let upheld = upheld_votes > rejected_votes;
		round.ruling = Some(upheld);
		let appeal_until = now.saturating_add(parameters.appeal_period);
		Rounds::<T>::insert(inference, number, round);
		Cases::<T>::mutate_extant(inference, |case| {
			case.phase = Phase::Appealable { until: appeal_until }
		});
		Self::schedule(inference, appeal_until);
		Self::deposit_event(Event::RoundRuled {
			inference,
			round: number,
			upheld,
			upheld_votes,
			rejected_votes,
			appeal_until,
		});
		Ok(())
	}
}
