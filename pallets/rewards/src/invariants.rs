//! `try_state`: what must hold between any two blocks.

use crate::{pallet::*, pool::accrued, types::*};
use frame_support::{ensure, traits::fungible::Inspect};
use openledger_primitives::DatanetsInspect;
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, UniqueSaturatedFrom, Zero},
	TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants:
	/// - the policy sums to 100% with its data side in bounds;
	/// - no zero credit is stored;
	/// - per pool: what its members may claim is at most what it holds (paid in minus paid
	///   out), and the difference, rounding dust, is at most 19 planck per payment into it plus 1
	///   per rounding of a member's reward;
	/// - solvency: the pallet account holds the existential deposit plus at least all credits
	///   and everything the pools hold;
	/// - every queued receipt exists and every receipt is queued.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::ensure_policy(&Policy::<T>::get()).map_err(|_| "split policy invalid")?;

		let mut owed = BalanceOf::<T>::zero();
		for (_, credit) in Credits::<T>::iter() {
			ensure!(!credit.is_zero(), "zero credit stored");
			owed = owed.checked_add(&credit).ok_or("credits overflow")?;
		}

		for (datanet, pool) in Pools::<T>::iter() {
			let held =
				pool.paid_in.checked_sub(&pool.claimed).ok_or("pool paid out more than in")?;
			let mut members_owed = BalanceOf::<T>::zero();
			for (who, member) in PoolMembers::<T>::iter_prefix(datanet) {
				let share = T::Datanets::contributor_share(datanet, &who);
				let member_owed = member
					.pending
					.checked_add(&accrued(share, pool.reward_per_share, member.debt))
					.ok_or("member rewards overflow")?;
				members_owed = members_owed.checked_add(&member_owed).ok_or("pool overflow")?;
			}
			ensure!(members_owed <= held, "pool owes its members more than it holds");
			let dust = held.checked_sub(&members_owed).ok_or("pool dust")?;
			let bound = pool.payments.saturating_mul(19).saturating_add(pool.roundings);
			ensure!(
				dust <= BalanceOf::<T>::unique_saturated_from(bound),
				"pool dust beyond its bound"
			);
			owed = owed.checked_add(&held).ok_or("pools overflow")?;
		}

		let needed = owed.checked_add(&T::Currency::minimum_balance()).ok_or("owed overflow")?;
		ensure!(T::Currency::balance(&Self::account_id()) >= needed, "rewards account insolvent");

		let (first, next) = ReceiptQueueBounds::<T>::get();
		ensure!(first <= next, "receipt queue bounds reversed");
		let mut queued = 0u64;
		for position in first..next {
			let inference = ReceiptQueue::<T>::get(position).ok_or("queue gap")?;
			ensure!(Receipts::<T>::contains_key(inference), "queued receipt missing");
			queued = queued.saturating_add(1);
		}
		ensure!(Receipts::<T>::iter_keys().count() as u64 == queued, "receipt not queued");
		ensure!(ReceiptQueue::<T>::iter_keys().count() as u64 == queued, "stale queue entry");
		Ok(())
	}
}
