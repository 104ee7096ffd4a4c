//! Datanet reward pools: a reward-per-share accumulator per epoch with per-contributor debt,
//! so paying a pool and claiming from it cost the same whatever the number of contributors,
//! and a payment for version `v` reaches only the contributions in `v` (epochs `0..=v`).

use crate::{pallet::*, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use frame_support::pallet_prelude::*;
use openledger_primitives::{DatanetId, DatanetsInspect, OnShareChange, Share, VersionNumber};
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

/// The share of a pool's contributors in `version`: all of `total` but the epochs after it.
pub fn share_in_version(total: Share, epochs: &[EpochPool], version: VersionNumber) -> Share {
	let later = epochs
		.iter()
		.filter(|part| part.epoch > version)
		.fold(0u64, |sum, part| sum.saturating_add(part.share));
	total.saturating_sub(later)
}

/// The reward per share of `epoch` in `epochs` (zero when it has no share).
fn epoch_reward_per_share(epochs: &[EpochPool], epoch: VersionNumber) -> U256 {
	epochs
		.iter()
		.find(|part| part.epoch == epoch)
		.map_or_else(U256::zero, |part| part.reward_per_share)
}

/// A contributor's epoch-0 share: what their epochs do not hold of their `share`.
fn epoch_zero_share(share: Share, member_epochs: &[MemberEpoch]) -> Share {
	share.saturating_sub(member_epochs.iter().fold(0u64, |sum, e| sum.saturating_add(e.share)))
}

/// Add `delta` (signed by `grow`) to the share of `epoch` in a sorted list keyed by epoch,
/// inserting or removing the entry as its share leaves or reaches zero. `make` builds a new
/// entry. Returns `false` only when the list is full (which the bound excludes).
fn shift_share<E, S: Get<u32>>(
	list: &mut BoundedVec<E, S>,
	epoch: VersionNumber,
	delta: Share,
	grow: bool,
	key: impl Fn(&E) -> VersionNumber,
	share: impl Fn(&mut E) -> &mut Share,
	make: impl FnOnce() -> E,
) -> bool {
	match list.binary_search_by_key(&epoch, &key) {
		Ok(index) => {
			let Some(entry) = list.get_mut(index) else { return false };
			let slot = share(entry);
			*slot = if grow { slot.saturating_add(delta) } else { slot.saturating_sub(delta) };
			if *slot == 0 {
				list.remove(index);
			}
			true
		}
		Err(_) if !grow || delta == 0 => true,
		Err(index) => list.try_insert(index, make()).is_ok(),
	}
}

impl<T: Config> Pallet<T> {
	/// Pay `amount` into `pool` for the contributors of `version`: every epoch up to it,
	/// epoch 0 included, gains the same reward per share; later epochs nothing. `total_share`
	/// is the datanet's whole share.
	///
	/// # Errors
	/// [`Error::PoolOverflow`] when the version has no share or an accumulator would pass its
	/// limit; [`Error::Overflow`].
	pub(crate) fn pay_into_pool(
		pool: &mut Pool<BalanceOf<T>>,
		epochs: &mut BoundedVec<EpochPool, MaxEpochsOf<T>>,
		amount: BalanceOf<T>,
		version: VersionNumber,
		total_share: Share,
	) -> DispatchResult {
		let share = share_in_version(total_share, epochs, version);
		let amount_u128: u128 = amount.unique_saturated_into();
		let increment = U256::from(amount_u128)
			.checked_mul(U256::from(ACC_SCALE))
			.and_then(|scaled| scaled.checked_div(U256::from(share)))
			.ok_or(Error::<T>::PoolOverflow)?;
		let raise = |reward_per_share: U256| {
			reward_per_share
				.checked_add(increment)
				.filter(|rps| *rps <= reward_per_share_limit())
				.ok_or(Error::<T>::PoolOverflow)
		};
		let reward_per_share = raise(pool.reward_per_share)?;
		let mut raised = Vec::with_capacity(epochs.len());
		for part in epochs.iter() {
			raised.push(if part.epoch <= version {
				raise(part.reward_per_share)?
			} else {
				part.reward_per_share
			});
		}
		pool.paid_in = pool.paid_in.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		pool.reward_per_share = reward_per_share;
		pool.payments = pool.payments.saturating_add(1);
		for (part, rps) in epochs.iter_mut().zip(raised) {
			part.reward_per_share = rps;
		}
		Ok(())
	}

	/// What a member holding `share` in the datanet earned since last settled, over epoch 0
	/// and each of their epochs.
	pub(crate) fn member_accrued(
		share: Share,
		pool: &Pool<BalanceOf<T>>,
		epochs: &[EpochPool],
		member: &PoolMember<BalanceOf<T>>,
		member_epochs: &[MemberEpoch],
	) -> BalanceOf<T> {
		let zero = epoch_zero_share(share, member_epochs);
		member_epochs.iter().fold(
			accrued::<BalanceOf<T>>(zero, pool.reward_per_share, member.debt),
			|sum, part| {
				let rps = epoch_reward_per_share(epochs, part.epoch);
				sum.saturating_add(accrued(part.share, rps, part.debt))
			},
		)
	}

	/// Reset a member's debts for holding `share` in the datanet now, in every epoch.
	fn reset_debts(
		share: Share,
		pool: &Pool<BalanceOf<T>>,
		epochs: &[EpochPool],
		member: &mut PoolMember<BalanceOf<T>>,
		member_epochs: &mut BoundedVec<MemberEpoch, MaxEpochsOf<T>>,
	) {
		member.debt = debt_at(epoch_zero_share(share, member_epochs), pool.reward_per_share);
		for part in member_epochs.iter_mut() {
			part.debt = debt_at(part.share, epoch_reward_per_share(epochs, part.epoch));
		}
	}

	/// What `who` may claim from `datanet`'s pool now.
	pub fn pool_rewards(datanet: DatanetId, who: &T::AccountId) -> BalanceOf<T> {
		let pool = Pools::<T>::get(datanet);
		let epochs = PoolEpochs::<T>::get(datanet);
		let member = PoolMembers::<T>::get(datanet, who);
		let member_epochs = MemberEpochs::<T>::get(datanet, who);
		let share = T::Datanets::contributor_share(datanet, who);
		member.pending.saturating_add(Self::member_accrued(
			share,
			&pool,
			&epochs,
			&member,
			&member_epochs,
		))
	}

	/// Take `who`'s rewards from `datanet`'s pool out of it (the caller pays them out).
	pub(crate) fn take_pool_rewards(
		who: &T::AccountId,
		datanet: DatanetId,
	) -> Result<BalanceOf<T>, DispatchError> {
		let mut pool = Pools::<T>::get(datanet);
		let epochs = PoolEpochs::<T>::get(datanet);
		let mut member = PoolMembers::<T>::get(datanet, who);
		let mut member_epochs = MemberEpochs::<T>::get(datanet, who);
		let share = T::Datanets::contributor_share(datanet, who);
		let amount = member
			.pending
			.checked_add(&Self::member_accrued(share, &pool, &epochs, &member, &member_epochs))
			.ok_or(Error::<T>::Overflow)?;
		if amount.is_zero() {
			return Ok(amount);
		}
		Self::reset_debts(share, &pool, &epochs, &mut member, &mut member_epochs);
		member.pending = Zero::zero();
		member.claimed = member.claimed.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		pool.claimed = pool.claimed.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		// One rounding per epoch the member's reward was computed in.
		let rounded = u64::try_from(member_epochs.len()).unwrap_or(u64::MAX).saturating_add(1);
		pool.roundings = pool.roundings.saturating_add(rounded);
		Pools::<T>::insert(datanet, pool);
		PoolMembers::<T>::insert(datanet, who, member);
		MemberPools::<T>::insert(who, datanet, ());
		MemberEpochs::<T>::insert(datanet, who, member_epochs);
		AccountTotals::<T>::mutate(who, |totals| {
			totals.from_pools = totals.from_pools.saturating_add(amount)
		});
		Self::deposit_event(Event::PoolClaimed { datanet, who: who.clone(), amount });
		Ok(amount)
	}
}

/// Settles a contributor at their old share before `pallet-datanets` changes it, and moves the
/// difference into the epoch of the contribution that changed.
impl<T: Config> OnShareChange<T::AccountId> for Pallet<T> {
	fn before_share_change(
		datanet: DatanetId,
		who: &T::AccountId,
		epoch: VersionNumber,
		old: Share,
		new: Share,
	) {
		let mut pool = Pools::<T>::get(datanet);
		let mut epochs = PoolEpochs::<T>::get(datanet);
		let mut member = PoolMembers::<T>::get(datanet, who);
		let mut member_epochs = MemberEpochs::<T>::get(datanet, who);
		let earned = Self::member_accrued(old, &pool, &epochs, &member, &member_epochs);
		member.pending = member.pending.saturating_add(earned);
		if old != 0 && !pool.reward_per_share.is_zero() {
			let rounded = u64::try_from(member_epochs.len()).unwrap_or(u64::MAX).saturating_add(1);
			pool.roundings = pool.roundings.saturating_add(rounded);
		}
		// Epoch 0 is what the member's epochs do not hold: a change there needs no entry.
		let (grow, delta) = if new >= old {
			(true, new.saturating_sub(old))
		} else {
			(false, old.saturating_sub(new))
		};
		if epoch != 0 {
			let rps = epoch_reward_per_share(&epochs, epoch);
			// Both lists hold at most one entry per epoch, which the bound covers; were one
			// full, the change would count in epoch 0 (every version) rather than be lost.
			let in_pool = shift_share(
				&mut epochs,
				epoch,
				delta,
				grow,
				|part| part.epoch,
				|part| &mut part.share,
				|| EpochPool { epoch, share: delta, reward_per_share: rps },
			);
			if in_pool {
				shift_share(
					&mut member_epochs,
					epoch,
					delta,
					grow,
					|part| part.epoch,
					|part| &mut part.share,
					|| MemberEpoch { epoch, share: delta, debt: U256::zero() },
				);
			}
		}
		Self::reset_debts(new, &pool, &epochs, &mut member, &mut member_epochs);

		// A member with nothing at stake, owed or claimed leaves no record behind.
		if new == 0 && member.pending.is_zero() && member.claimed.is_zero() {
			PoolMembers::<T>::remove(datanet, who);
			MemberPools::<T>::remove(who, datanet);
		} else {
			PoolMembers::<T>::insert(datanet, who, member);
			MemberPools::<T>::insert(who, datanet, ());
		}
		if member_epochs.is_empty() {
			MemberEpochs::<T>::remove(datanet, who);
		} else {
			MemberEpochs::<T>::insert(datanet, who, member_epochs);
		}
		if epochs.is_empty() {
			PoolEpochs::<T>::remove(datanet);
		} else {
			PoolEpochs::<T>::insert(datanet, epochs);
		}
		Pools::<T>::insert(datanet, pool);
	}

	fn weight() -> Weight {
		T::WeightInfo::before_share_change()
	}

	/// A pool that has paid out, every epoch of the datanet in use, and a member holding a share
	/// in each: the most the hook reads, computes and writes.
	#[cfg(feature = "runtime-benchmarks")]
	fn prepare_worst_case(datanet: DatanetId, who: &T::AccountId) {
		Self::fill_epochs(datanet, who);
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl<T: Config> Pallet<T> {
	/// Benchmark setup: `datanet`'s pool has paid out and has an entry for every epoch but the
	/// last (shares of zero, so the datanet's totals still hold), so reading, paying and
	/// writing it costs the most.
	pub(crate) fn fill_pool_epochs(datanet: DatanetId) {
		Pools::<T>::mutate(datanet, |pool| {
			if pool.reward_per_share.is_zero() {
				pool.reward_per_share = U256::from(ACC_SCALE);
			}
		});
		let last = MaxEpochsOf::<T>::get().saturating_sub(1);
		let epochs: Vec<EpochPool> = (1..=last)
			.map(|epoch| EpochPool { epoch, share: 0, reward_per_share: U256::from(ACC_SCALE) })
			.collect();
		PoolEpochs::<T>::insert(datanet, BoundedVec::truncate_from(epochs));
	}

	/// Benchmark setup: as [`Self::fill_pool_epochs`], and `who` holds an entry in each epoch
	/// and something pending.
	pub(crate) fn fill_epochs(datanet: DatanetId, who: &T::AccountId) {
		Self::fill_pool_epochs(datanet);
		let last = MaxEpochsOf::<T>::get().saturating_sub(1);
		let member: Vec<MemberEpoch> =
			(1..=last).map(|epoch| MemberEpoch { epoch, share: 0, debt: U256::zero() }).collect();
		MemberEpochs::<T>::insert(datanet, who, BoundedVec::truncate_from(member));
		PoolMembers::<T>::mutate(datanet, who, |member| {
			member.pending = member.pending.saturating_add(1u32.into());
		});
	}
}
