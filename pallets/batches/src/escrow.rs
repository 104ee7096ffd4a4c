//! Escrows: a payer's funds for one provider's calls, kept in this pallet's account.

use crate::{pallet::*, types::*};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		tokens::{Precision, Preservation},
	},
};
use openledger_primitives::holds::hold_error;
use sp_runtime::{
	traits::{AccountIdConversion, CheckedAdd, Zero},
	Saturating,
};

impl<T: Config> Pallet<T> {
	/// Open `payer`'s escrow with `provider`: `amount` moves to this pallet's account, the
	/// escrow deposit is held. Emits `EscrowOpened`.
	///
	/// # Errors
	/// [`Error::ZeroAmount`], [`Error::EscrowExists`], [`Error::InsufficientBalance`] (or the
	/// currency's reason for a failed hold or transfer).
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
		Self::into_pot(payer, amount)?;
		Escrows::<T>::insert(payer, provider, Escrow { amount, deposit, unlock: None });
		Self::deposit_event(Event::EscrowOpened {
			payer: payer.clone(),
			provider: provider.clone(),
			amount,
		});
		Ok(())
	}

	/// Add `amount` to `payer`'s escrow with `provider`. Emits `EscrowToppedUp`.
	///
	/// # Errors
	/// [`Error::ZeroAmount`], [`Error::NoEscrow`], [`Error::Unlocking`], [`Error::Overflow`],
	/// [`Error::InsufficientBalance`] (or the currency's reason for a failed transfer).
	pub(crate) fn do_top_up(
		payer: &T::AccountId,
		provider: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut escrow = Escrows::<T>::get(payer, provider).ok_or(Error::<T>::NoEscrow)?;
		ensure!(escrow.unlock.is_none(), Error::<T>::Unlocking);
		escrow.amount = escrow.amount.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		Self::into_pot(payer, amount)?;
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

	/// Move `amount` of `payer`'s free balance to this pallet's account, keeping the payer
	/// alive (its deposits stay held).
	fn into_pot(payer: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		T::Currency::transfer(payer, &Self::account_id(), amount, Preservation::Preserve)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))
			.map(|_| ())
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

	/// Pay `payer`'s unlocked escrow with `provider` back and close it, releasing its deposit.
	/// By then every batch its receipts can claim was submitted (the unlock delay outlasts the
	/// submission window of the last epoch they may name), and took its fees. Emits
	/// `EscrowWithdrawn`.
	///
	/// # Errors
	/// [`Error::NoEscrow`], [`Error::NotUnlocking`], [`Error::UnlockNotDue`]; the currency's
	/// error when the pot cannot pay.
	pub(crate) fn do_withdraw(payer: &T::AccountId, provider: &T::AccountId) -> DispatchResult {
		let escrow = Escrows::<T>::get(payer, provider).ok_or(Error::<T>::NoEscrow)?;
		let unlock = escrow.unlock.ok_or(Error::<T>::NotUnlocking)?;
		ensure!(frame_system::Pallet::<T>::block_number() >= unlock.at, Error::<T>::UnlockNotDue);
		Self::out_of_pot(payer, escrow.amount)?;
		T::Currency::release(
			&HoldReason::EscrowDeposit.into(),
			payer,
			escrow.deposit,
			Precision::BestEffort,
		)?;
		Escrows::<T>::remove(payer, provider);
		Self::deposit_event(Event::EscrowWithdrawn {
			payer: payer.clone(),
			provider: provider.clone(),
			amount: escrow.amount,
		});
		Ok(())
	}

	/// Pay `amount` from this pallet's account to `who`, which keeps its existential deposit.
	pub(crate) fn out_of_pot(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		if !amount.is_zero() {
			T::Currency::transfer(&Self::account_id(), who, amount, Preservation::Preserve)?;
		}
		Ok(())
	}

	/// This pallet's account: it holds the escrows, the fees of batches not yet settled, and
	/// tails until they are claimed.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Make sure the pallet account exists, so that a tail of any size can be paid into it.
	/// Genesis, and the migration that adds this pallet to a running chain.
	pub fn ensure_account_exists() {
		let minimum = T::Currency::minimum_balance();
		let account = Self::account_id();
		if T::Currency::balance(&account) < minimum {
			let _ = T::Currency::set_balance(&account, minimum);
		}
	}
}
