//! Claims: credits and pool rewards leave the pallet account.

use crate::{pallet::*, types::*};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, Mutate},
		tokens::Preservation,
	},
};
use openledger_primitives::DatanetId;
use sp_runtime::traits::{AccountIdConversion, CheckedAdd, Saturating, Zero};

impl<T: Config> Pallet<T> {
	/// The account rewards wait in until claimed.
	pub fn account_id() -> T::AccountId {
		T::PalletId::get().into_account_truncating()
	}

	/// Make sure the pallet account and the treasury exist, so that payments of any size into
	/// them succeed (genesis only).
	pub(crate) fn ensure_accounts_exist() {
		let minimum = T::Currency::minimum_balance();
		for who in [Self::account_id(), T::Treasury::get()] {
			if T::Currency::balance(&who) < minimum {
				let _ = T::Currency::set_balance(&who, minimum);
			}
		}
	}

	/// Take `who`'s credits out of the ledger (the caller pays them out).
	pub(crate) fn take_credits(who: &T::AccountId) -> BalanceOf<T> {
		// Nothing is written for an account without a record.
		let amount = Accounts::<T>::mutate_exists(who, |account| {
			account
				.as_mut()
				.map(|account| core::mem::take(&mut account.credits))
				.unwrap_or_default()
		});
		if !amount.is_zero() {
			Self::deposit_event(Event::CreditsClaimed { who: who.clone(), amount });
		}
		amount
	}

	/// Transfer `amount` from the pallet account to `who`, keeping the pallet account alive.
	pub(crate) fn pay(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		T::Currency::transfer(&Self::account_id(), who, amount, Preservation::Preserve)?;
		Accounts::<T>::mutate(who, |account| {
			account.lifetime.claimed = account.lifetime.claimed.saturating_add(amount)
		});
		Ok(())
	}

	/// Credits and the rewards of each of `datanets`' pools, in one transfer. Emits
	/// `CreditsClaimed` and `PoolClaimed` for what is paid.
	///
	/// # Errors
	/// [`Error::NothingToClaim`] when neither credits nor any listed pool hold anything;
	/// [`Error::Overflow`]; the currency's error when the transfer fails.
	pub(crate) fn do_claim_all(who: &T::AccountId, datanets: &[DatanetId]) -> DispatchResult {
		let mut total = Self::take_credits(who);
		for datanet in datanets {
			let amount = Self::take_pool_rewards(who, *datanet)?;
			total = total.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		}
		ensure!(!total.is_zero(), Error::<T>::NothingToClaim);
		Self::pay(who, total)
	}
}
