//! `try_state`: what must hold between any two blocks.

use crate::{
	pallet::*,
	pool::{signed_epoch_zero_share, signed_share_in_version},
	types::*,
};
use frame_support::{
	ensure,
	traits::fungible::{Inspect, InspectHold},
};
use openledger_primitives::DatanetsInspect;
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, UniqueSaturatedFrom, Zero},
	TryRuntimeError,
};

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants:
	/// - the policy sums to 100% with its data side in bounds;
	/// - no zero credit is stored;
	/// - per pool: epochs sorted, each epoch's change the sum of its members' changes, and the
	///   share of every version (the pool's and each member's) never negative; every epoch it
	///   keeps is after the oldest citable version and every folded one at or before it, and
	///   members hold changes only in epochs kept or folded;
	/// - per pool: what its members may claim is at most what it holds (paid in minus paid
	///   out), and the difference, rounding dust, is at most 19 planck per payment into it plus 1
	///   per rounding of a member's reward;
	/// - solvency: the pallet account holds the existential deposit plus at least all credits
	///   and everything the pools hold;
	/// - every queued receipt exists and every receipt is queued;
	/// - every receipt deposit belongs to a stored receipt and is held from its payer;
	/// - the index of each account's pools matches the pool records.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		Self::ensure_policy(&Policy::<T>::get()).map_err(|_| "split policy invalid")?;

		let mut owed = BalanceOf::<T>::zero();
		for (_, account) in Accounts::<T>::iter() {
			ensure!(account != AccountLedger::default(), "empty account record stored");
			owed = owed.checked_add(&account.credits).ok_or("credits overflow")?;
		}

		for (datanet, who) in MemberEpochs::<T>::iter_keys() {
			ensure!(Pools::<T>::contains_key(datanet), "member epochs of a pool never stored");
			ensure!(PoolMembers::<T>::contains_key(datanet, who), "member epochs of no member");
		}
		for (datanet, PoolRecord { pool, epochs }) in Pools::<T>::iter() {
			let held =
				pool.paid_in.checked_sub(&pool.claimed).ok_or("pool paid out more than in")?;
			ensure!(
				epochs
					.windows(2)
					.all(|pair| pair.first().map(|e| e.epoch) < pair.get(1).map(|e| e.epoch)),
				"pool epochs unsorted"
			);
			ensure!(epochs.iter().all(|e| e.epoch >= 1), "epoch 0 stored as an epoch");
			ensure!(
				epochs.iter().all(|e| e.reward_per_share <= pool.reward_per_share),
				"an epoch was paid more than epoch 0, which is in every version"
			);
			// Every epoch the pool keeps apart is told apart by a citable version.
			let citable = T::Datanets::oldest_citable(datanet);
			ensure!(epochs.iter().all(|e| e.epoch > citable), "a retired epoch was not folded");
			for (epoch, folded) in FoldedEpochs::<T>::iter_prefix(datanet) {
				ensure!(epoch <= citable, "an epoch of citable versions was folded");
				ensure!(
					folded.reward_per_share <= folded.zero_at_fold
						&& folded.zero_at_fold <= pool.reward_per_share,
					"a folded epoch was paid more than epoch 0"
				);
			}
			let total = T::Datanets::total_share(datanet);
			// Every version's share, epoch 0's included, is a share: never negative.
			ensure!(
				core::iter::once(0)
					.chain(epochs.iter().map(|e| e.epoch))
					.all(|v| signed_share_in_version(total, &epochs, v) >= 0),
				"a version's share is negative"
			);
			let mut per_epoch = alloc::collections::btree_map::BTreeMap::<u32, i128>::new();
			let mut members_owed = BalanceOf::<T>::zero();
			for (who, member) in PoolMembers::<T>::iter_prefix(datanet) {
				let share = T::Datanets::contributor_share(datanet, &who);
				let member_epochs = MemberEpochs::<T>::get(datanet, &who);
				ensure!(
					member_epochs.windows(2).all(|pair| {
						pair.first().map(|e| e.epoch) < pair.get(1).map(|e| e.epoch)
					}),
					"member epochs unsorted"
				);
				ensure!(member_epochs.iter().all(|e| e.change != 0), "zero member change stored");
				for part in member_epochs.iter() {
					let sum = per_epoch.entry(part.epoch).or_default();
					*sum = sum.saturating_add(part.change);
				}
				// In every version the member holds a share: epoch 0's, then after each change.
				let mut held = signed_epoch_zero_share(share, &member_epochs);
				ensure!(held >= 0, "a member's epoch-0 share is negative");
				for part in member_epochs.iter() {
					held = held.saturating_add(part.change);
					ensure!(held >= 0, "a member's share in a version is negative");
				}
				let member_owed =
					Self::member_owed(datanet, share, &pool, &epochs, &member, &member_epochs)
						.ok_or("member rewards overflow")?;
				members_owed = members_owed.checked_add(&member_owed).ok_or("pool overflow")?;
			}
			for part in epochs.iter() {
				ensure!(
					per_epoch.remove(&part.epoch).unwrap_or_default() == part.change,
					"an epoch's change differs from its members'"
				);
			}
			// What is left are members' changes in folded epochs, settled when next touched.
			ensure!(
				per_epoch.keys().all(|epoch| FoldedEpochs::<T>::contains_key(datanet, epoch)),
				"members hold shares in epochs the pool does not"
			);
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

		let mut deposits =
			alloc::collections::btree_map::BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		for (inference, (payer, deposit)) in ReceiptDeposits::<T>::iter() {
			ensure!(Receipts::<T>::contains_key(inference), "deposit of a pruned receipt");
			ensure!(!deposit.is_zero(), "zero receipt deposit stored");
			let total = deposits.entry(payer).or_default();
			*total = total.checked_add(&deposit).ok_or("receipt deposits overflow")?;
		}
		for (payer, total) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ReceiptDeposit.into(), &payer) == total,
				"held receipt deposits differ from the records"
			);
		}
		Ok(())
	}
}
