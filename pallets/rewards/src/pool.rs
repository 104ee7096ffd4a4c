//! Datanet reward pools: a reward-per-share accumulator with per-contributor debt, so paying a
//! pool and claiming from it cost the same whatever the number of contributors.

use crate::{pallet::*, types::*, weights::WeightInfo};
use frame_support::pallet_prelude::*;
use openledger_primitives::{DatanetId, DatanetsInspect, OnShareChange, Share};
use sp_core::U256;
use sp_runtime::traits::{CheckedAdd, Saturating, UniqueSaturatedFrom, UniqueSaturatedInto, Zero};

/// Scale of a pool's reward per share: 1e18, so that even a pool of `u64::MAX` share units
/// loses less than 19 planck per payment to rounding.
pub const ACC_SCALE: u128 = 1_000_000_000_000_000_000;

/// Highest reward per share a pool may reach: `share × reward_per_share` then fits a `U256` for
/// every possible share, so the share-change hook (which must not fail) never overflows.
pub fn reward_per_share_limit() -> U256 {
	U256::MAX.checked_div(U256::from(u64::MAX)).unwrap_or_default()
}

/// What `share` earned since `debt` was set, at `reward_per_share`: rounded down to the planck.
pub fn accrued<Balance: UniqueSaturatedFrom<u128>>(
	share: Share,
	reward_per_share: U256,
	debt: U256,
) -> Balance {
	let earned = U256::from(share)
		.saturating_mul(reward_per_share)
		.saturating_sub(debt)
		.checked_div(U256::from(ACC_SCALE))
		.unwrap_or_default();
	Balance::unique_saturated_from(u128::try_from(earned).unwrap_or(u128::MAX))
}

/// `share × reward_per_share`: the debt of a member holding `share` now.
pub fn debt_at(share: Share, reward_per_share: U256) -> U256 {
	U256::from(share).saturating_mul(reward_per_share)
}

impl<T: Config> Pallet<T> {
	/// Pay `amount` into `pool`, of total share `total_share` (not zero).
	pub(crate) fn pay_into_pool(
		pool: &mut Pool<BalanceOf<T>>,
		amount: BalanceOf<T>,
		total_share: Share,
	) -> DispatchResult {
		let amount_u128: u128 = amount.unique_saturated_into();
		let increment = U256::from(amount_u128)
			.checked_mul(U256::from(ACC_SCALE))
			.and_then(|scaled| scaled.checked_div(U256::from(total_share)))
			.ok_or(Error::<T>::PoolOverflow)?;
		let reward_per_share = pool
			.reward_per_share
			.checked_add(increment)
			.filter(|rps| *rps <= reward_per_share_limit())
			.ok_or(Error::<T>::PoolOverflow)?;
		pool.paid_in = pool.paid_in.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		pool.reward_per_share = reward_per_share;
		pool.payments = pool.payments.saturating_add(1);
		Ok(())
	}

	/// What `who` may claim from `datanet`'s pool now.
	pub fn pool_rewards(datanet: DatanetId, who: &T::AccountId) -> BalanceOf<T> {
		let pool = Pools::<T>::get(datanet);
		let member = PoolMembers::<T>::get(datanet, who);
		let share = T::Datanets::contributor_share(datanet, who);
		member.pending.saturating_add(accrued(share, pool.reward_per_share, member.debt))
	}

	/// Take `who`'s rewards from `datanet`'s pool out of it (the caller pays them out).
	pub(crate) fn take_pool_rewards(
		who: &T::AccountId,
		datanet: DatanetId,
	) -> Result<BalanceOf<T>, DispatchError> {
		let mut pool = Pools::<T>::get(datanet);
		let mut member = PoolMembers::<T>::get(datanet, who);
		let share = T::Datanets::contributor_share(datanet, who);
		let amount = member
			.pending
			.checked_add(&accrued(share, pool.reward_per_share, member.debt))
			.ok_or(Error::<T>::Overflow)?;
		if amount.is_zero() {
			return Ok(amount);
		}
		member.debt = debt_at(share, pool.reward_per_share);
		member.pending = Zero::zero();
		member.claimed = member.claimed.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		pool.claimed = pool.claimed.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		pool.roundings = pool.roundings.saturating_add(1);
		Pools::<T>::insert(datanet, pool);
		PoolMembers::<T>::insert(datanet, who, member);
		AccountTotals::<T>::mutate(who, |totals| {
			totals.from_pools = totals.from_pools.saturating_add(amount)
		});
		Self::deposit_event(Event::PoolClaimed { datanet, who: who.clone(), amount });
		Ok(amount)
	}
}

/// Settles a contributor at their old share before `pallet-datanets` changes it.
impl<T: Config> OnShareChange<T::AccountId> for Pallet<T> {
	fn before_share_change(datanet: DatanetId, who: &T::AccountId, old: Share, new: Share) {
		let pool = Pools::<T>::get(datanet);
		let mut rounded = false;
		PoolMembers::<T>::mutate_exists(datanet, who, |slot| {
			let mut member = slot.take().unwrap_or_default();
			let earned: BalanceOf<T> = accrued(old, pool.reward_per_share, member.debt);
			rounded = !pool.reward_per_share.is_zero() && old != 0;
			member.pending = member.pending.saturating_add(earned);
			member.debt = debt_at(new, pool.reward_per_share);
			// A member with nothing at stake, owed or claimed leaves no record behind.
			let empty = new == 0 && member.pending.is_zero() && member.claimed.is_zero();
			*slot = (!empty).then_some(member);
		});
		if rounded {
			Pools::<T>::mutate(datanet, |pool| pool.roundings = pool.roundings.saturating_add(1));
		}
	}

	fn weight() -> Weight {
		T::WeightInfo::before_share_change()
	}
}
