//! Datanet reward pools: a reward-per-share accumulator per epoch with per-contributor debt,
//! so paying a pool and claiming from it cost the same whatever the number of contributors.
//! A payment for version `v` reaches the shares `v` holds: epoch 0 and the changes of epochs
//! `1..=v`, each signed (a contribution that left after `v` still counts for `v`; one that
//! joined or was graded after `v` does not).

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

/// A scaled reward (share × reward per share) in planck, rounded down.
fn unscaled<Balance: UniqueSaturatedFrom<u128>>(scaled: U256) -> Balance {
	let planck = scaled.checked_div(U256::from(ACC_SCALE)).unwrap_or_default();
	Balance::unique_saturated_from(u128::try_from(planck).unwrap_or(u128::MAX))
}

/// `share × reward_per_share`: the debt of a member holding `share` now.
pub fn debt_at(share: Share, reward_per_share: U256) -> U256 {
	U256::from(share).saturating_mul(reward_per_share)
}

/// The size of a change of share, as a share.
fn magnitude(change: ShareChange) -> Share {
	Share::try_from(change.unsigned_abs()).unwrap_or(Share::MAX)
}

/// A signed sum of shares as a share (never negative on a consistent pool; zero if it were).
fn as_share(value: ShareChange) -> Share {
	Share::try_from(value.max(0)).unwrap_or(Share::MAX)
}

/// The share of a pool's contributors in `version`: all of `total` (the datanet's share now)
/// but the changes of the epochs after it.
pub fn share_in_version(total: Share, epochs: &[EpochPool], version: VersionNumber) -> Share {
	as_share(signed_share_in_version(total, epochs, version))
}

/// [`share_in_version`] before it is taken as a share: negative only on an inconsistent pool
/// (which `try_state` looks for).
pub(crate) fn signed_share_in_version(
	total: Share,
	epochs: &[EpochPool],
	version: VersionNumber,
) -> ShareChange {
	let later = epochs
		.iter()
		.filter(|part| part.epoch > version)
		.fold(0, |sum: ShareChange, part| sum.saturating_add(part.change));
	ShareChange::from(total).saturating_sub(later)
}

/// The reward per share of `epoch` if the pool keeps it apart (`epochs`).
fn live_reward_per_share(epochs: &[EpochPool], epoch: VersionNumber) -> Option<U256> {
	epochs.iter().find(|part| part.epoch == epoch).map(|part| part.reward_per_share)
}

/// The reward per share of a folded epoch now: what it had when folded, plus what epoch 0
/// (which every payable version holds, as it held the folded epoch) gained since.
pub(crate) fn folded_reward_per_share(folded: &FoldedEpoch, pool_rps: U256) -> U256 {
	folded.reward_per_share.saturating_add(pool_rps.saturating_sub(folded.zero_at_fold))
}

/// A contributor's epoch-0 share: their share now less the changes their epochs hold.
pub(crate) fn epoch_zero_share(share: Share, member_epochs: &[MemberEpoch]) -> Share {
	as_share(signed_epoch_zero_share(share, member_epochs))
}

/// [`epoch_zero_share`] before it is taken as a share (negative only when inconsistent).
pub(crate) fn signed_epoch_zero_share(share: Share, member_epochs: &[MemberEpoch]) -> ShareChange {
	let changes = member_epochs.iter().fold(0, |sum: ShareChange, e| sum.saturating_add(e.change));
	ShareChange::from(share).saturating_sub(changes)
}

/// Add `change` to the entry of `epoch` in a list sorted by epoch, inserting one made by
/// `make` if there is none; an entry left at zero is removed when `drop_zero`. Returns `false`
/// only when the list is full (which the bound excludes).
fn shift<E, S: Get<u32>>(
	list: &mut BoundedVec<E, S>,
	epoch: VersionNumber,
	change: ShareChange,
	drop_zero: bool,
	key: impl Fn(&E) -> VersionNumber,
	change_of: impl Fn(&mut E) -> &mut ShareChange,
	make: impl FnOnce() -> E,
) -> bool {
	match list.binary_search_by_key(&epoch, &key) {
		Ok(index) => {
			let Some(entry) = list.get_mut(index) else { return false };
			let slot = change_of(entry);
			*slot = slot.saturating_add(change);
			if drop_zero && *slot == 0 {
				list.remove(index);
			}
			true
		}
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
		record: &mut PoolRecord<T>,
		amount: BalanceOf<T>,
		version: VersionNumber,
		total_share: Share,
	) -> DispatchResult {
		let PoolRecord { pool, epochs } = record;
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
	/// and each of their epochs: what their gains earned less what their losses did not (a
	/// loss in epoch `e` is share they no longer hold in versions from `e` on), rounded down
	/// once.
	pub(crate) fn member_accrued(
		datanet: DatanetId,
		share: Share,
		pool: &Pool<BalanceOf<T>>,
		epochs: &[EpochPool],
		member: &PoolMember<BalanceOf<T>>,
		member_epochs: &[MemberEpoch],
	) -> BalanceOf<T> {
		let zero = epoch_zero_share(share, member_epochs);
		let mut gained = debt_at(zero, pool.reward_per_share).saturating_sub(member.debt);
		let mut lost = U256::zero();
		for part in member_epochs {
			let rps = Self::epoch_reward_per_share(datanet, pool, epochs, part.epoch);
			let earned = debt_at(magnitude(part.change), rps).saturating_sub(part.debt);
			if part.change < 0 {
				lost = lost.saturating_add(earned);
			} else {
				gained = gained.saturating_add(earned);
			}
		}
		unscaled(gained.saturating_sub(lost))
	}

	/// The reward per share of `epoch` of `datanet`'s pool: its entry's in `epochs`, or, once
	/// folded into epoch 0, [`folded_reward_per_share`]; zero when it has neither (one read
	/// then).
	fn epoch_reward_per_share(
		datanet: DatanetId,
		pool: &Pool<BalanceOf<T>>,
		epochs: &[EpochPool],
		epoch: VersionNumber,
	) -> U256 {
		live_reward_per_share(epochs, epoch).unwrap_or_else(|| {
			FoldedEpochs::<T>::get(datanet, epoch).map_or_else(U256::zero, |folded| {
				folded_reward_per_share(&folded, pool.reward_per_share)
			})
		})
	}

	/// Settle a member's changes in folded epochs into epoch 0: once what they earned is
	/// counted (by the caller), a change the pool no longer keeps apart counts in every
	/// version, as epoch 0 does; dropping it makes it part of the member's epoch-0 share.
	fn drop_folded(
		epochs: &[EpochPool],
		member_epochs: &mut BoundedVec<MemberEpoch, MaxEpochsOf<T>>,
	) {
		member_epochs.retain(|part| epochs.iter().any(|live| live.epoch == part.epoch));
	}

	/// Reset a member's debts for holding `share` in the datanet now, in every epoch (its
	/// folded ones already dropped).
	fn reset_debts(
		share: Share,
		pool: &Pool<BalanceOf<T>>,
		epochs: &[EpochPool],
		member: &mut PoolMember<BalanceOf<T>>,
		member_epochs: &mut BoundedVec<MemberEpoch, MaxEpochsOf<T>>,
	) {
		member.debt = debt_at(epoch_zero_share(share, member_epochs), pool.reward_per_share);
		for part in member_epochs.iter_mut() {
			let rps = live_reward_per_share(epochs, part.epoch).unwrap_or_default();
			part.debt = debt_at(magnitude(part.change), rps);
		}
	}

	/// `datanet` published `version`: fold every epoch of its pool that only retired versions
	/// tell apart (those up to [`openledger_primitives::citable_from`]) into epoch 0. Each
	/// citable version holds them all, so its share is unchanged; each folded epoch keeps its
	/// reward per share and epoch 0's at the fold ([`FoldedEpochs`]), so the members holding a
	/// change there are settled exactly when next touched. At most one epoch folds per version
	/// unless `MaxVersions` shrank. Emits `EpochsFolded`; returns how many folded.
	pub(crate) fn fold_epochs(datanet: DatanetId, version: VersionNumber, max: u32) -> u32 {
		let citable = openledger_primitives::citable_from(version, max);
		let PoolRecord { pool, mut epochs } = Pools::<T>::get(datanet);
		let folding = epochs.iter().take_while(|part| part.epoch <= citable).count();
		if folding == 0 {
			return 0;
		}
		for part in epochs.iter().take(folding) {
			FoldedEpochs::<T>::insert(
				datanet,
				part.epoch,
				FoldedEpoch {
					reward_per_share: part.reward_per_share,
					zero_at_fold: pool.reward_per_share,
				},
			);
		}
		epochs = BoundedVec::truncate_from(epochs.into_iter().skip(folding).collect());
		Pools::<T>::insert(datanet, PoolRecord { pool, epochs });
		let folded = u32::try_from(folding).unwrap_or(u32::MAX);
		Self::deposit_event(Event::EpochsFolded { datanet, up_to: citable, epochs: folded });
		folded
	}

	/// What `who` may claim from `datanet`'s pool now.
	pub fn pool_rewards(datanet: DatanetId, who: &T::AccountId) -> BalanceOf<T> {
		let PoolRecord { pool, epochs } = Pools::<T>::get(datanet);
		let member = PoolMembers::<T>::get(datanet, who);
		let member_epochs = MemberEpochs::<T>::get(datanet, who);
		let share = T::Datanets::contributor_share(datanet, who);
		Self::member_owed(datanet, share, &pool, &epochs, &member, &member_epochs)
			.unwrap_or_else(sp_runtime::traits::Bounded::max_value)
	}

	/// What a member may claim: pending plus what it accrued ([`Self::member_accrued`]);
	/// `None` on overflow.
	pub(crate) fn member_owed(
		datanet: DatanetId,
		share: Share,
		pool: &Pool<BalanceOf<T>>,
		epochs: &[EpochPool],
		member: &PoolMember<BalanceOf<T>>,
		member_epochs: &[MemberEpoch],
	) -> Option<BalanceOf<T>> {
		let accrued = Self::member_accrued(datanet, share, pool, epochs, member, member_epochs);
		member.pending.checked_add(&accrued)
	}

	/// Take `who`'s rewards from `datanet`'s pool out of it (the caller pays them out).
	pub(crate) fn take_pool_rewards(
		who: &T::AccountId,
		datanet: DatanetId,
	) -> Result<BalanceOf<T>, DispatchError> {
		let PoolRecord { mut pool, epochs } = Pools::<T>::get(datanet);
		let mut member = PoolMembers::<T>::get(datanet, who);
		let mut member_epochs = MemberEpochs::<T>::get(datanet, who);
		let share = T::Datanets::contributor_share(datanet, who);
		let amount = Self::member_owed(datanet, share, &pool, &epochs, &member, &member_epochs)
			.ok_or(Error::<T>::Overflow)?;
		if amount.is_zero() {
			return Ok(amount);
		}
		Self::drop_folded(&epochs, &mut member_epochs);
		Self::reset_debts(share, &pool, &epochs, &mut member, &mut member_epochs);
		member.pending = Zero::zero();
		member.claimed = member.claimed.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		pool.claimed = pool.claimed.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		// The member's reward is rounded down once.
		pool.roundings = pool.roundings.saturating_add(1);
		Pools::<T>::insert(datanet, PoolRecord { pool, epochs });
		PoolMembers::<T>::insert(datanet, who, member);
		MemberPools::<T>::insert(who, datanet, ());
		if member_epochs.is_empty() {
			MemberEpochs::<T>::remove(datanet, who);
		} else {
			MemberEpochs::<T>::insert(datanet, who, member_epochs);
		}
		Accounts::<T>::mutate(who, |account| {
			account.lifetime.from_pools = account.lifetime.from_pools.saturating_add(amount)
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
		let PoolRecord { mut pool, mut epochs } = Pools::<T>::get(datanet);
		let mut member = PoolMembers::<T>::get(datanet, who);
		let mut member_epochs = MemberEpochs::<T>::get(datanet, who);
		let earned = Self::member_accrued(datanet, old, &pool, &epochs, &member, &member_epochs);
		// What folded epochs earned is counted: their changes join epoch 0 before this one.
		Self::drop_folded(&epochs, &mut member_epochs);
		member.pending = member.pending.saturating_add(earned);
		if old != 0 && !pool.reward_per_share.is_zero() {
			pool.roundings = pool.roundings.saturating_add(1);
		}
		let change = ShareChange::from(new).saturating_sub(ShareChange::from(old));
		// The change counts from `epoch` (the next version) on: versions already published keep
		// the shares they were published with. Epoch 0 (every version) needs no entry.
		if epoch != 0 && change != 0 {
			// The pool's entry stays at zero (members' changes there may cancel out); a
			// member's goes. Both lists hold at most one entry per epoch, which the bound
			// covers; were the pool's full, the change would count in epoch 0 rather than be
			// lost.
			let in_pool = shift(
				&mut epochs,
				epoch,
				change,
				false,
				|part| part.epoch,
				|part| &mut part.change,
				|| EpochPool { epoch, change, reward_per_share: U256::zero() },
			);
			if in_pool {
				shift(
					&mut member_epochs,
					epoch,
					change,
					true,
					|part| part.epoch,
					|part| &mut part.change,
					|| MemberEpoch { epoch, change, debt: U256::zero() },
				);
			}
		}
		Self::reset_debts(new, &pool, &epochs, &mut member, &mut member_epochs);

		// A member with nothing at stake (no share now, none in an earlier version), owed or
		// claimed leaves no record behind.
		if new == 0
			&& member_epochs.is_empty()
			&& member.pending.is_zero()
			&& member.claimed.is_zero()
		{
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
		Pools::<T>::insert(datanet, PoolRecord { pool, epochs });
	}

	fn weight() -> Weight {
		T::WeightInfo::before_share_change()
	}

	fn on_version_published(datanet: DatanetId, version: VersionNumber, max: u32) -> Weight {
		T::WeightInfo::fold_epochs(Self::fold_epochs(datanet, version, max))
	}

	fn version_published_weight() -> Weight {
		T::WeightInfo::fold_epochs(MaxEpochsOf::<T>::get())
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
	/// last (at zero change, so the datanet's totals still hold), so reading, paying and
	/// writing it costs the most.
	pub(crate) fn fill_pool_epochs(datanet: DatanetId) {
		// Only the pool's entries: no member holds a change.
		let _epochs = Self::fill_pool(datanet, |_| 0);
	}

	/// Benchmark setup: as [`Self::fill_pool_epochs`], with `who` (who must hold a share in the
	/// datanet) holding a change in every epoch (`+1, −1, +1, …`, so their share in every
	/// version stays as it was or one more), and something pending.
	pub(crate) fn fill_epochs(datanet: DatanetId, who: &T::AccountId) {
		let change = |epoch: VersionNumber| if epoch % 2 == 1 { 1 } else { -1 };
		let member: Vec<MemberEpoch> = Self::fill_pool(datanet, change)
			.map(|epoch| MemberEpoch { epoch, change: change(epoch), debt: U256::zero() })
			.collect();
		MemberEpochs::<T>::insert(datanet, who, BoundedVec::truncate_from(member));
		PoolMembers::<T>::mutate(datanet, who, |member| {
			member.pending = member.pending.saturating_add(1u32.into());
		});
	}

	/// Benchmark setup: `who` (who must hold a share in the datanet) holds a change in each of
	/// `MaxEpochs − 1` epochs that were all folded since (`+1, −1, …`, and something
	/// pending), while the pool keeps as many live epochs after them: settling `who` reads
	/// every folded epoch, then drops them.
	pub(crate) fn fill_folded_epochs(datanet: DatanetId, who: &T::AccountId) {
		Self::fill_epochs(datanet, who);
		let max = MaxEpochsOf::<T>::get();
		let PoolRecord { pool, epochs } = Pools::<T>::get(datanet);
		let pool_rps = pool.reward_per_share;
		let live: Vec<EpochPool> = epochs
			.into_iter()
			.map(|part| {
				FoldedEpochs::<T>::insert(
					datanet,
					part.epoch,
					FoldedEpoch { reward_per_share: part.reward_per_share, zero_at_fold: pool_rps },
				);
				EpochPool { epoch: part.epoch.saturating_add(max), change: 0, ..part }
			})
			.collect();
		Pools::<T>::mutate(datanet, |record| record.epochs = BoundedVec::truncate_from(live));
	}

	/// Gives `datanet`'s pool a payment and an entry with `change(epoch)` for each epoch
	/// `1..MaxEpochs`; returns those epochs.
	fn fill_pool(
		datanet: DatanetId,
		change: impl Fn(VersionNumber) -> ShareChange,
	) -> impl Iterator<Item = VersionNumber> {
		Pools::<T>::mutate(datanet, |record| {
			if record.pool.reward_per_share.is_zero() {
				record.pool.reward_per_share = U256::from(ACC_SCALE);
			}
		});
		let epochs = 1..MaxEpochsOf::<T>::get();
		let parts: Vec<EpochPool> = epochs
			.clone()
			.map(|epoch| EpochPool {
				epoch,
				change: change(epoch),
				reward_per_share: U256::from(ACC_SCALE),
			})
			.collect();
		Pools::<T>::mutate(datanet, |record| record.epochs = BoundedVec::truncate_from(parts));
		epochs
	}
}
