//! Arbitration fees: advanced for each jury by whoever asks for it, paid to the jurors who
//! reveal, reimbursed to the winning side by the losing side.

use crate::{pallet::*, types::*};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{BalancedHold, Credit, MutateHold},
		tokens::{imbalance::Imbalance, Fortitude, Precision, Restriction},
	},
};
use openledger_primitives::{holds::hold_error, InferenceId};
use sp_runtime::{
	traits::{CheckedDiv, Zero},
	SaturatedConversion, Saturating,
};

/// A round's fee as advanced (payer, amount), if one was.
pub(crate) type AdvancedFee<T> = Option<(AccountIdOf<T>, BalanceOf<T>)>;
/// What the treasury gets.
pub(crate) type CreditOf<T> = Credit<AccountIdOf<T>, <T as Config>::Currency>;

impl<T: Config> Pallet<T> {
	/// Hold from `payer` the arbitration fee of `inference`'s round `round`, a jury of `size`
	/// ([`CourtParameters::juror_fee`] × `size`), and record it in [`JuryFees`]. Emits
	/// `JuryFeeHeld`.
	///
	/// # Errors
	/// [`Error::Overflow`]; [`Error::InsufficientBalance`] (or the currency's reason) when the
	/// fee cannot be held.
	pub(crate) fn hold_jury_fee(
		parameters: &ParametersOf<T>,
		inference: InferenceId,
		round: u32,
		payer: &T::AccountId,
	) -> DispatchResult {
		let size = Self::jury_size(parameters.jury_size, round).ok_or(Error::<T>::Overflow)?;
		let amount = Self::jury_fee(parameters, size).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::JuryFee.into(), payer, amount)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		JuryFees::<T>::insert(inference, round, JuryFee { payer: payer.clone(), amount });
		Self::deposit_event(Event::JuryFeeHeld { inference, round, payer: payer.clone(), amount });
		Ok(())
	}

	/// Give back the fee of a round whose jury could not be drawn (too few candidates). Emits
	/// `JuryFeeReturned`.
	///
	/// # Errors
	/// The currency's error when the held fee cannot be released.
	pub(crate) fn return_jury_fee(inference: InferenceId, round: u32) -> DispatchResult {
		let Some(JuryFee { payer, amount }) = JuryFees::<T>::take(inference, round) else {
			return Ok(());
		};
		T::Currency::release(&HoldReason::JuryFee.into(), &payer, amount, Precision::Exact)?;
		Self::deposit_event(Event::JuryFeeReturned { inference, round, payer, amount });
		Ok(())
	}

	/// Pay the fee of `inference`'s round `number`: each seat whose juror revealed gets the
	/// fee's per-seat part; what unrevealed seats (and rounding) leave is slashed into the
	/// returned credit, for the treasury. Returns the fee as advanced (payer, amount), so the
	/// losing side can reimburse it. Emits `JurorPaid`.
	///
	/// # Errors
	/// The currency's error when the held fee cannot be moved.
	pub(crate) fn pay_jury_fee(
		inference: InferenceId,
		number: u32,
		round: &Round<T>,
	) -> Result<(AdvancedFee<T>, CreditOf<T>), DispatchError> {
		let mut rest = CreditOf::<T>::zero();
		let Some(JuryFee { payer, amount }) = JuryFees::<T>::take(inference, number) else {
			return Ok((None, rest));
		};
		let seats: BalanceOf<T> = round.seats.len().saturated_into();
		let per_seat = amount.checked_div(&seats).unwrap_or_else(Zero::zero);
		let mut left = amount;
		let revealed = round.seats.iter().filter(|seat| matches!(seat.vote, Vote::Revealed(_)));
		for seat in revealed.filter(|_| !per_seat.is_zero()) {
			let paid = T::Currency::transfer_on_hold(
				&HoldReason::JuryFee.into(),
				&payer,
				&seat.juror,
				per_seat,
				Precision::Exact,
				Restriction::Free,
				Fortitude::Force,
			)?;
			left = left.saturating_sub(paid);
			Self::deposit_event(Event::JurorPaid {
				inference,
				round: number,
				juror: seat.juror.clone(),
				amount: paid,
			});
		}
		if !left.is_zero() {
			let (slashed, _) = T::Currency::slash(&HoldReason::JuryFee.into(), &payer, left);
			rest.subsume(slashed);
		}
		Ok((Some((payer, amount)), rest))
	}
}
