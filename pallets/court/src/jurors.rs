//! Jurors join the pool with a held stake, add to it, leave, and withdraw after a delay.

use crate::{pallet::*, types::*};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use openledger_primitives::holds::hold_error;
use sp_runtime::Saturating;

impl<T: Config> Pallet<T> {
	/// The court's parameters.
	///
	/// # Errors
	/// [`Error::NoParameters`] before genesis or governance set them.
	pub(crate) fn parameters() -> Result<ParametersOf<T>, Error<T>> {
		Parameters::<T>::get().ok_or(Error::<T>::NoParameters)
	}

	/// `who` joins the pool with `stake` held. A full pool takes it in place of its juror with
	/// the smallest stake (the earliest to join among equals) when `stake` is larger: that
	/// juror leaves the pool as if it had called `leave_jury`. Minimum-stake accounts thus
	/// cannot keep a larger stake out. Emits `JurorJoined` (and `JurorEvicted`).
	///
	/// # Errors
	/// [`Error::NoParameters`], [`Error::AlreadyJuror`], [`Error::StakeTooLow`],
	/// [`Error::PoolFull`] (full, and no smaller stake in it), [`Error::InsufficientBalance`].
	pub(crate) fn do_join(who: &T::AccountId, stake: BalanceOf<T>) -> DispatchResult {
		let parameters = Self::parameters()?;
		ensure!(!Jurors::<T>::contains_key(who), Error::<T>::AlreadyJuror);
		ensure!(stake >= parameters.min_juror_stake, Error::<T>::StakeTooLow);
		let mut pool = Pool::<T>::get();
		let mut evicted = None;
		if pool.is_full() {
			let (index, juror, info) = pool
				.iter()
				.enumerate()
				.filter_map(|(index, juror)| {
					Jurors::<T>::get(juror).map(|info| (index, juror.clone(), info))
				})
				.min_by_key(|(_, _, info)| info.stake)
				.ok_or(Error::<T>::PoolFull)?;
			ensure!(stake > info.stake, Error::<T>::PoolFull);
			pool.remove(index);
			evicted = Some((juror, info));
		}
		pool.try_push(who.clone()).map_err(|_| Error::<T>::PoolFull)?;
		T::Currency::hold(&HoldReason::JurorStake.into(), who, stake)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		Pool::<T>::put(pool);
		if let Some((juror, mut info)) = evicted {
			info.leaving_since = Some(frame_system::Pallet::<T>::block_number());
			let evicted_stake = info.stake;
			Jurors::<T>::insert(&juror, info);
			Self::deposit_event(Event::JurorEvicted {
				juror,
				stake: evicted_stake,
				by: who.clone(),
			});
		}
		Jurors::<T>::insert(who, JurorInfo { stake, seats: 0, leaving_since: None });
		Self::deposit_event(Event::JurorJoined { juror: who.clone(), stake });
		Ok(())
	}

	/// A juror in the pool holds `amount` more. Emits `StakeAdded`.
	///
	/// # Errors
	/// [`Error::NotJuror`], [`Error::AlreadyLeaving`], [`Error::Overflow`],
	/// [`Error::InsufficientBalance`].
	pub(crate) fn do_add_stake(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		let mut info = Jurors::<T>::get(who).ok_or(Error::<T>::NotJuror)?;
		ensure!(info.leaving_since.is_none(), Error::<T>::AlreadyLeaving);
		info.stake = info.stake.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::JurorStake.into(), who, amount)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		let stake = info.stake;
		Jurors::<T>::insert(who, info);
		Self::deposit_event(Event::StakeAdded { juror: who.clone(), amount, stake });
		Ok(())
	}

	/// A juror leaves the pool: it is drawn no more. Emits `JurorLeft`.
	///
	/// # Errors
	/// [`Error::NoParameters`], [`Error::NotJuror`], [`Error::AlreadyLeaving`].
	pub(crate) fn do_leave(who: &T::AccountId) -> DispatchResult {
		let parameters = Self::parameters()?;
		let mut info = Jurors::<T>::get(who).ok_or(Error::<T>::NotJuror)?;
		ensure!(info.leaving_since.is_none(), Error::<T>::AlreadyLeaving);
		let now = frame_system::Pallet::<T>::block_number();
		info.leaving_since = Some(now);
		Pool::<T>::mutate(|pool| pool.retain(|juror| juror != who));
		Jurors::<T>::insert(who, info);
		let from = now.saturating_add(parameters.leave_delay);
		Self::deposit_event(Event::JurorLeft { juror: who.clone(), from });
		Ok(())
	}

	/// A juror that left, after the leave delay and with no seat left, gets its stake back.
	/// Emits `JurorWithdrawn`.
	///
	/// # Errors
	/// [`Error::NoParameters`], [`Error::NotJuror`], [`Error::NotLeaving`],
	/// [`Error::LeaveDelayNotPassed`], [`Error::StillSeated`]; the currency's error when the
	/// stake cannot be released.
	pub(crate) fn do_withdraw(who: &T::AccountId) -> DispatchResult {
		let parameters = Self::parameters()?;
		let info = Jurors::<T>::get(who).ok_or(Error::<T>::NotJuror)?;
		let since = info.leaving_since.ok_or(Error::<T>::NotLeaving)?;
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now >= since.saturating_add(parameters.leave_delay),
			Error::<T>::LeaveDelayNotPassed
		);
		ensure!(info.seats == 0, Error::<T>::StillSeated);
		T::Currency::release(&HoldReason::JurorStake.into(), who, info.stake, Precision::Exact)?;
		Jurors::<T>::remove(who);
		Self::deposit_event(Event::JurorWithdrawn { juror: who.clone(), stake: info.stake });
		Ok(())
	}

	/// Whether `parameters` can run a case: an odd first jury whose last appeal still fits
	/// [`Config::MaxJurySize`], periods of at least one block, a non-zero minimum stake.
	pub(crate) fn valid_parameters(parameters: &ParametersOf<T>) -> bool {
		use sp_runtime::traits::Zero;
		let periods = [
			parameters.draw_delay,
			parameters.commit_period,
			parameters.reveal_period,
			parameters.appeal_period,
			parameters.fallback_timeout,
		];
		parameters.jury_size % 2 == 1
			&& Self::jury_size(parameters.jury_size, T::MaxAppeals::get())
				.is_some_and(|last| last <= T::MaxJurySize::get())
			&& !periods.iter().any(|period| period.is_zero())
			&& !parameters.min_juror_stake.is_zero()
			&& !parameters.juror_fee.is_zero()
			&& Self::jury_fee(parameters, T::MaxJurySize::get()).is_some()
	}

	/// The arbitration fee of a jury of `size`: `juror_fee × size`; `None` on overflow.
	pub(crate) fn jury_fee(parameters: &ParametersOf<T>, size: u32) -> Option<BalanceOf<T>> {
		use sp_runtime::{traits::CheckedMul, SaturatedConversion};
		parameters.juror_fee.checked_mul(&size.saturated_into())
	}

	/// Jurors of round `round` when the first has `first`: `2n + 1` of the previous, that is
	/// `(first + 1) × 2^round − 1`; `None` on overflow.
	pub(crate) fn jury_size(first: u32, round: u32) -> Option<u32> {
		let doubling = 2u32.checked_pow(round)?;
		first.checked_add(1)?.checked_mul(doubling)?.checked_sub(1)
	}

	/// What closing a case costs: `court`, this pallet's part, plus applying the verdict.
	pub(crate) fn closing_weight(court: Weight) -> Weight {
		use openledger_primitives::ChallengeVerdicts;
		court.saturating_add(T::Verdicts::apply_verdict_weight(Self::max_fees()))
	}

	/// Arbitration fees of a case with every appeal to a jury: one per jury.
	pub fn max_fees() -> u32 {
		T::MaxAppeals::get().saturating_add(1)
	}

	/// Seats of a case with every round full: what closing a case costs at most.
	pub fn max_seats() -> u32 {
		let appeals = T::MaxAppeals::get();
		T::MaxJurySize::get().saturating_mul(appeals.saturating_add(1))
	}
}
