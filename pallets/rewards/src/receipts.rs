//! Receipts: stored at settlement, pruned oldest first once their retention has passed.

use crate::{pallet::*, types::*, weights::WeightInfo};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Inspect, MutateHold},
		tokens::{Fortitude, Precision, Preservation},
	},
	weights::WeightMeter,
};
use openledger_primitives::{
	fifo::{Drained, Fifo},
	InferenceId,
};
use sp_runtime::traits::Zero;
use sp_runtime::Saturating;

/// The pruning queue: receipts in settlement order.
type ReceiptFifo<T> = Fifo<ReceiptQueue<T>, ReceiptQueueBounds<T>, InferenceId>;

impl<T: Config> Pallet<T> {
	/// Keep `receipt` and queue it for pruning.
	///
	/// # Errors
	/// [`Error::Overflow`] when the queue has used up its positions.
	pub(crate) fn queue_receipt(inference: InferenceId, receipt: Receipt<T>) -> DispatchResult {
		ReceiptFifo::<T>::push(inference).map_err(|_| Error::<T>::Overflow)?;
		Receipts::<T>::insert(inference, receipt);
		Ok(())
	}

	/// Hold [`Config::ReceiptDeposit`] from `payer` for `inference`'s receipt until it is
	/// pruned: as much of it as `payer` can hold without being reaped, so that a settlement is
	/// never refused for it (the inference pallet releases the request deposit, at least as
	/// large in the runtime, just before).
	///
	/// # Errors
	/// The currency's error when the hold fails although the amount was available.
	pub(crate) fn hold_receipt_deposit(
		inference: InferenceId,
		payer: &T::AccountId,
	) -> DispatchResult {
		let available =
			T::Currency::reducible_balance(payer, Preservation::Preserve, Fortitude::Polite);
		let deposit = T::ReceiptDeposit::get().min(available);
		if deposit.is_zero() {
			return Ok(());
		}
		T::Currency::hold(&HoldReason::ReceiptDeposit.into(), payer, deposit)?;
		ReceiptDeposits::<T>::insert(inference, (payer.clone(), deposit));
		Ok(())
	}

	/// Return the deposit held for `inference`'s receipt (receipts stored before deposits
	/// existed have none). Best effort: what is still held returns.
	fn release_receipt_deposit(inference: InferenceId) {
		if let Some((payer, deposit)) = ReceiptDeposits::<T>::take(inference) {
			let _ = T::Currency::release(
				&HoldReason::ReceiptDeposit.into(),
				&payer,
				deposit,
				Precision::BestEffort,
			);
		}
	}

	/// Remove receipts older than [`Config::ReceiptRetention`], oldest first, as many as
	/// `limit` allows; emits [`Event::ReceiptPruned`] for each; the weight used.
	pub(crate) fn prune_receipts(now: BlockNumberOf<T>, limit: Weight) -> Weight {
		let mut meter = WeightMeter::with_limit(limit);
		// Reading the queue bounds is the price of looking at all.
		if meter.try_consume(T::WeightInfo::prune_receipts(0)).is_err() {
			return Weight::zero();
		}
		let per_receipt =
			T::WeightInfo::prune_receipts(1).saturating_sub(T::WeightInfo::prune_receipts(0));
		ReceiptFifo::<T>::drain(&mut meter, per_receipt, |inference| {
			let expired = Receipts::<T>::get(inference).is_none_or(|receipt| {
				receipt.settled_at.saturating_add(T::ReceiptRetention::get()) <= now
			});
			if !expired {
				return Drained::NotDue;
			}
			Receipts::<T>::remove(inference);
			Self::release_receipt_deposit(inference);
			Self::deposit_event(Event::ReceiptPruned { inference });
			Drained::Done(per_receipt)
		});
		meter.consumed()
	}
}
