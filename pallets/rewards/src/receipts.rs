//! Receipts: stored at settlement, pruned oldest first once their retention has passed.

use crate::{pallet::*, types::*, weights::WeightInfo};
use frame_support::{pallet_prelude::*, weights::WeightMeter};
use openledger_primitives::InferenceId;
use sp_runtime::Saturating;

impl<T: Config> Pallet<T> {
	/// Keep `receipt` and queue it for pruning.
	pub(crate) fn queue_receipt(inference: InferenceId, receipt: Receipt<T>) -> DispatchResult {
		let (first, next) = ReceiptQueueBounds::<T>::get();
		let after = next.checked_add(1).ok_or(Error::<T>::Overflow)?;
		Receipts::<T>::insert(inference, receipt);
		ReceiptQueue::<T>::insert(next, inference);
		ReceiptQueueBounds::<T>::put((first, after));
		Ok(())
	}

	/// Remove receipts older than [`Config::ReceiptRetention`], oldest first, as many as
	/// `limit` allows; the weight used.
	pub(crate) fn prune_receipts(now: BlockNumberOf<T>, limit: Weight) -> Weight {
		let mut meter = WeightMeter::with_limit(limit);
		// Reading the queue bounds is the price of looking at all.
		if meter.try_consume(T::WeightInfo::prune_receipts(0)).is_err() {
			return Weight::zero();
		}
		let (start, next) = ReceiptQueueBounds::<T>::get();
		let mut first = start;
		let per_receipt =
			T::WeightInfo::prune_receipts(1).saturating_sub(T::WeightInfo::prune_receipts(0));
		while first < next && meter.can_consume(per_receipt) {
			let Some(inference) = ReceiptQueue::<T>::get(first) else { break };
			let expired = Receipts::<T>::get(inference).is_none_or(|receipt| {
				receipt.settled_at.saturating_add(T::ReceiptRetention::get()) <= now
			});
			if !expired {
				break;
			}
			meter.consume(per_receipt);
			Receipts::<T>::remove(inference);
			ReceiptQueue::<T>::remove(first);
			first = first.saturating_add(1);
			Self::deposit_event(Event::ReceiptPruned { inference });
		}
		if first != start {
			ReceiptQueueBounds::<T>::put((first, next));
		}
		meter.consumed()
	}
}
