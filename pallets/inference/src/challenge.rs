//! Challenges of results, their resolution by governance, and their expiry without a verdict.

use crate::{pallet::*, types::*};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use openledger_primitives::{holds::hold_error, InferenceId};
use sp_runtime::{traits::Zero, Saturating};

impl<T: Config> Pallet<T> {
	/// Challenge the answered request `inference` within its window, holding
	/// [`Config::ChallengeBond`] from `who`. Emits `Challenged`.
	///
	/// # Errors
	/// [`Error::UnknownRequest`], [`Error::RequestClosed`], [`Error::NotAnswered`],
	/// [`Error::UnderChallenge`], [`Error::ChallengeWindowClosed`],
	/// [`Error::InsufficientBalance`] (or the currency's reason for a failed hold).
	pub(crate) fn do_challenge(who: &T::AccountId, inference: InferenceId) -> DispatchResult {
		let mut request = Self::open_request(inference)?;
		let (output_hash, at) = match request.status {
			RequestStatus::Answered { output_hash, at } => (output_hash, at),
			RequestStatus::Requested => return Err(Error::<T>::NotAnswered.into()),
			RequestStatus::Challenged { .. } => return Err(Error::<T>::UnderChallenge.into()),
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now < at.saturating_add(T::ChallengeWindow::get()),
			Error::<T>::ChallengeWindowClosed
		);
		let bond = T::ChallengeBond::get();
		T::Currency::hold(&HoldReason::ChallengeBond.into(), who, bond)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		request.status =
			RequestStatus::Challenged { output_hash, at, challenger: who.clone(), bond };
		Requests::<T>::insert(inference, request);
		Self::deposit_event(Event::Challenged { inference, challenger: who.clone(), bond });
		Ok(())
	}

	/// Decide the challenge of `inference`: upheld slashes the provider (part to the
	/// challenger, the rest to the treasury), refunds the user, returns the bond and ends the
	/// request (`ChallengeUpheld`); rejected gives the bond to the provider and queues the result
	/// for settlement again (`ChallengeRejected`).
	///
	/// # Errors
	/// [`Error::UnknownRequest`], [`Error::RequestClosed`], [`Error::NotChallenged`],
	/// [`Error::UnknownProvider`], [`Error::EscrowMissing`], [`Error::Overflow`],
	/// [`Error::Underflow`]; the currency's error when held funds cannot be moved.
	pub(crate) fn do_resolve(inference: InferenceId, upheld: bool) -> DispatchResult {
		let mut request = Self::open_request(inference)?;
		let RequestStatus::Challenged { output_hash, at, challenger, bond } =
			request.status.clone()
		else {
			return Err(Error::<T>::NotChallenged.into());
		};
		if upheld {
			Self::uphold(inference, &request, &challenger, bond)
		} else {
			// The result stands: the bond pays the provider for the trouble; settle as usual.
			Self::move_held(HoldReason::ChallengeBond, &challenger, &request.provider, bond)?;
			Self::queue_for_settlement(inference)?;
			request.status = RequestStatus::Answered { output_hash, at };
			Requests::<T>::insert(inference, request);
			Self::deposit_event(Event::ChallengeRejected { inference, bond });
			Ok(())
		}
	}

	/// End a challenge nobody decided within [`Config::ChallengeTimeout`] blocks after the
	/// challenge window closed: no verdict, so nobody is punished. The user is refunded, the
	/// challenger's bond returned, the provider keeps its stake, and the request ends. Anyone may
	/// call it (the provider, to free its stake, has the reason to). Emits `ChallengeExpired`.
	///
	/// # Errors
	/// [`Error::UnknownRequest`], [`Error::RequestClosed`], [`Error::NotChallenged`],
	/// [`Error::ChallengeNotExpired`], [`Error::EscrowMissing`], [`Error::UnknownProvider`],
	/// [`Error::Underflow`]; the currency's error when the bond cannot be released.
	pub(crate) fn do_expire_challenge(inference: InferenceId) -> DispatchResult {
		let request = Self::open_request(inference)?;
		let RequestStatus::Challenged { at, ref challenger, bond, .. } = request.status else {
			return Err(Error::<T>::NotChallenged.into());
		};
		let now = frame_system::Pallet::<T>::block_number();
		let expires =
			at.saturating_add(T::ChallengeWindow::get()).saturating_add(T::ChallengeTimeout::get());
		ensure!(now >= expires, Error::<T>::ChallengeNotExpired);
		Self::refund_both(inference, &request, challenger, bond)?;
		Self::deposit_event(Event::ChallengeExpired { inference, refund: request.fee, bond });
		Ok(())
	}

	fn uphold(
		inference: InferenceId,
		request: &Request<T>,
		challenger: &T::AccountId,
		bond: BalanceOf<T>,
	) -> DispatchResult {
		let mut provider =
			Providers::<T>::get(&request.provider).ok_or(Error::<T>::UnknownProvider)?;
		let slashed = T::ChallengeSlash::get().mul_floor(provider.stake);
		let to_challenger = T::ChallengerReward::get().mul_floor(slashed);
		let to_treasury = slashed.saturating_sub(to_challenger);
		Self::move_held(HoldReason::ProviderStake, &request.provider, challenger, to_challenger)?;
		Self::move_held(
			HoldReason::ProviderStake,
			&request.provider,
			&T::Treasury::get(),
			to_treasury,
		)?;
		provider.stake = provider.stake.saturating_sub(slashed);
		Providers::<T>::insert(&request.provider, provider);
		Self::refund_both(inference, request, challenger, bond)?;
		Self::deposit_event(Event::ChallengeUpheld {
			inference,
			slashed,
			to_challenger,
			refund: request.fee,
		});
		Ok(())
	}

	/// Return the challenger's `bond` and end `request` with the user refunded.
	///
	/// # Errors
	/// The currency's error when the bond cannot be released; those of [`Self::end_request`].
	fn refund_both(
		inference: InferenceId,
		request: &Request<T>,
		challenger: &T::AccountId,
		bond: BalanceOf<T>,
	) -> DispatchResult {
		T::Currency::release(
			&HoldReason::ChallengeBond.into(),
			challenger,
			bond,
			Precision::Exact,
		)?;
		Self::end_request(inference, request, EscrowOutcome::Refund)
	}

	/// Move `amount` held from `from` for `reason` into `to`'s free balance.
	fn move_held(
		reason: HoldReason,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::transfer_on_hold(
			&reason.into(),
			from,
			to,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)?;
		Ok(())
	}
}
