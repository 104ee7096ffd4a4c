//! Escrows: a payer's funds for one provider's calls.

use crate::{pallet::*, types::*};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use openledger_primitives::holds::hold_error;
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	Saturating,
};

impl<T: Config> Pallet<T> {
	/// Open `payer`'s escrow with `provider`, holding `amount` and the escrow deposit. Emits
	/// `EscrowOpened`.
	///
	/// # Errors
	/// [`Error::ZeroAmount`], [`Error::EscrowExists`], [`Error::InsufficientBalance`] (or the
	/// currency's reason for a failed hold).
	pub(crate) fn do_open_escrow(
		payer: &T::AccountId,
		provider: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		ensure!(!Escrows::<T>::contains_key(payer, provider), Error::<T>::EscrowExists);
		let deposit = T::EscrowDeposit::get();
		T::Currency::hold(&HoldReason::EscrowDeposit.into(), payer, deposit)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		T::Currency::hold(&HoldReason::Escrow.into(), payer, amount)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		Escrows::<T>::insert(
			payer,
			provider,
			Escrow { amount, committed: Zero::zero(), deposit, unlock: None },
		);
		Self::deposit_event(Event::EscrowOpened {
			payer: payer.clone(),
			provider: provider.clone(),
			amount,
		});
		Ok(())
	}

	/// Hold `amount` more in `payer`'s escrow with `provider`. Emits `EscrowToppedUp`.
	///
	/// # Errors
	/// [`Error::ZeroAmount`], [`Error::NoEscrow`], [`Error::Unlocking`], [`Error::Overflow`],
	/// [`Error::InsufficientBalance`] (or the currency's reason for a failed hold).
	pub(crate) fn do_top_up(
		payer: &T::AccountId,
		provider: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut escrow = Escrows::<T>::get(payer, provider).ok_or(Error::<T>::NoEscrow)?;
		ensure!(escrow.unlock.is_none(), Error::<T>::Unlocking);
		escrow.amount = escrow.amount.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::Escrow.into(), payer, amount)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		let total = escrow.amount;
		Escrows::<T>::insert(payer, provider, escrow);
		Self::deposit_event(Event::EscrowToppedUp {
			payer: payer.clone(),
			provider: provider.clone(),
			amount,
			total,
		});
		Ok(())
	}

	/// Start unlocking `payer`'s escrow with `provider`: receipts of epochs after the current
	/// one are void from now, and the escrow is withdrawable after [`Config::UnlockDelay`].
	/// Emits `UnlockRequested`.
	///
	/// # Errors
	/// [`Error::NoEscrow`], [`Error::Unlocking`].
	pub(crate) fn do_request_unlock(
		payer: &T::AccountId,
		provider: &T::AccountId,
	) -> DispatchResult {
		let mut escrow = Escrows::<T>::get(payer, provider).ok_or(Error::<T>::NoEscrow)?;
		ensure!(escrow.unlock.is_none(), Error::<T>::Unlocking);
		let now = frame_system::Pallet::<T>::block_number();
		let unlock = Unlock {
			at: now.saturating_add(T::UnlockDelay::get()),
			last_epoch: Self::epoch_of(now),
		};
		escrow.unlock = Some(unlock);
		Escrows::<T>::insert(payer, provider, escrow);
		Self::deposit_event(Event::UnlockRequested {
			payer: payer.clone(),
			provider: provider.clone(),
			at: unlock.at,
			last_epoch: unlock.last_epoch,
		});
		Ok(())
	}

	/// Release what no batch claims from `payer`'s unlocked escrow with `provider`; close it
	/// (with its deposit) when nothing is committed. Emits `EscrowWithdrawn`.
	///
	/// # Errors
	/// [`Error::NoEscrow`], [`Error::NotUnlocking`], [`Error::UnlockNotDue`]; the currency's
	/// error when a hold cannot be released.
	pub(crate) fn do_withdraw(payer: &T::AccountId, provider: &T::AccountId) -> DispatchResult {
		let mut escrow = Escrows::<T>::get(payer, provider).ok_or(Error::<T>::NoEscrow)?;
		let unlock = escrow.unlock.ok_or(Error::<T>::NotUnlocking)?;
		ensure!(frame_system::Pallet::<T>::block_number() >= unlock.at, Error::<T>::UnlockNotDue);
		let free = escrow.amount.saturating_sub(escrow.committed);
		T::Currency::release(&HoldReason::Escrow.into(), payer, free, Precision::Exact)?;
		let closed = escrow.committed.is_zero();
		if closed {
			T::Currency::release(
				&HoldReason::EscrowDeposit.into(),
				payer,
				escrow.deposit,
				Precision::BestEffort,
			)?;
			Escrows::<T>::remove(payer, provider);
		} else {
			escrow.amount = escrow.committed;
			Escrows::<T>::insert(payer, provider, escrow);
		}
		Self::deposit_event(Event::EscrowWithdrawn {
			payer: payer.clone(),
			provider: provider.clone(),
			amount: free,
			closed,
		});
		Ok(())
	}
}
