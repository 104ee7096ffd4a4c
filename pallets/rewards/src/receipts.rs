//! Receipts: stored at settlement, pruned oldest first once their retention has passed.

use crate::{pallet::*, types::*, weights::WeightInfo};
use frame_support::{pallet_prelude::*, weights::WeightMeter};
use openledger_primitives::{
	fifo::{Drained, Fifo},
	InferenceId,
};
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
			Self::deposit_event(Event::ReceiptPruned { inference });
			Drained::Done(per_receipt)
		});
		meter.consumed()
	}
}
