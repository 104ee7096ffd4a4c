//! Settlement: the escrowed fee goes to the rewards split, on request or in `on_idle`.

use crate::{pallet::*, types::*, weights::WeightInfo};
use frame_support::{
	pallet_prelude::*, storage::with_storage_layer, traits::fungible::BalancedHold,
	weights::WeightMeter,
};
use openledger_primitives::{
	fifo::{Drained, Fifo},
	InferenceId, InferenceRewards,
};
use sp_runtime::traits::Zero;

/// The settlement queue: answered requests in the order they become due.
type SettlementFifo<T> = Fifo<SettlementQueue<T>, SettlementQueueBounds<T>, InferenceId>;

impl<T: Config> Pallet<T> {
	/// Queue an answered request; it becomes due `ChallengeWindow` blocks after its result.
	///
	/// # Errors
	/// [`Error::Overflow`] when the queue has used up its positions.
	pub(crate) fn queue_for_settlement(inference: InferenceId) -> DispatchResult {
		SettlementFifo::<T>::push(inference).map_err(|_| Error::<T>::Overflow.into())
	}

	/// Settle an answered request whose challenge window has passed; the weight its rewards
	/// split used.
	///
	/// # Errors
	/// [`Error::UnknownRequest`], [`Error::RequestClosed`], [`Error::NotAnswered`],
	/// [`Error::UnderChallenge`], [`Error::ChallengeWindowOpen`], [`Error::EscrowMissing`],
	/// [`Error::UnknownProvider`], [`Error::Underflow`], and the rewards split's own refusal
	/// (see [`openledger_primitives::InferenceRewards::settle`]). Emits `Settled`.
	pub(crate) fn do_settle(inference: InferenceId) -> Result<Weight, DispatchError> {
		let request = Self::open_request(inference)?;
		let at = match request.status {
			RequestStatus::Answered { at, .. } => at,
			RequestStatus::Requested => return Err(Error::<T>::NotAnswered.into()),
			RequestStatus::Challenged { .. } => return Err(Error::<T>::UnderChallenge.into()),
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(!Self::challenge_window_open(at, now), Error::<T>::ChallengeWindowOpen);
		let attribution = Attributions::<T>::get(inference).unwrap_or_default();
		// Requests from before terms were stored settle under today's.
		let terms =
			RequestTerms::<T>::get(inference).unwrap_or_else(|| T::Rewards::terms(request.model));

		let (fee, missing) =
			T::Currency::slash(&HoldReason::Escrow.into(), &request.user, request.fee);
		ensure!(missing.is_zero(), Error::<T>::EscrowMissing);
		// The request ends first: its deposit returns to the user, who holds the receipt's.
		Self::end_request(inference, &request, EscrowOutcome::Settled)?;
		let split = T::Rewards::settle(
			inference,
			&request.user,
			request.model,
			&request.provider,
			fee,
			&terms,
			&attribution,
		)?;
		Self::deposit_event(Event::Settled { inference, fee: request.fee });
		Ok(split)
	}

	/// Weight of looking at the settlement queue at all: its bounds (the benchmark of an empty
	/// queue), and the head's entry and request, read even when the head is not due yet.
	fn settle_due_base() -> Weight {
		T::WeightInfo::settle_queued(0).saturating_add(T::DbWeight::get().reads(2))
	}

	/// This pallet's part of settling one queued request. Its benchmark settles the smallest
	/// split (a base model, no attribution, one pool), which the split's own weight then repeats:
	/// a small overestimate, never an underestimate.
	pub(crate) fn settle_due_own() -> Weight {
		T::WeightInfo::settle_queued(1).saturating_sub(T::WeightInfo::settle_queued(0))
	}

	/// The most settling one queued request can weigh: with the largest split the bounds allow.
	pub fn settle_due_per_request() -> Weight {
		Self::settle_due_own().saturating_add(T::Rewards::settle_weight())
	}

	/// Settle due requests, oldest first, while the largest settlement still fits in `limit`;
	/// the weight used, each settlement counted at its real size. A request whose settlement
	/// fails is refunded instead, so one bad entry cannot block the queue.
	pub(crate) fn settle_due(now: BlockNumberOf<T>, limit: Weight) -> Weight {
		let mut meter = WeightMeter::with_limit(limit);
		if meter.try_consume(Self::settle_due_base()).is_err() {
			return Weight::zero();
		}
		let own = Self::settle_due_own();
		SettlementFifo::<T>::drain(&mut meter, Self::settle_due_per_request(), |inference| {
			let mut used = own;
			if let Some(request) = Requests::<T>::get(inference) {
				match request.status {
					RequestStatus::Answered { at, .. } => {
						if Self::challenge_window_open(at, now) {
							return Drained::NotDue;
						}
						used.saturating_accrue(Self::settle_or_refund(inference, &request));
					}
					// Requeued if the challenge is rejected; nothing to do now.
					RequestStatus::Challenged { .. } | RequestStatus::Requested => {}
				}
			}
			Drained::Done(used)
		});
		meter.consumed()
	}

	/// The split's weight; a failed split (rolled back, then refunded) counts as the largest.
	fn settle_or_refund(inference: InferenceId, request: &Request<T>) -> Weight {
		let error = match with_storage_layer(|| Self::do_settle(inference)) {
			Ok(split) => return split,
			Err(error) => error,
		};
		let refunded =
			with_storage_layer(|| Self::end_request(inference, request, EscrowOutcome::Refund));
		let refund = if refunded.is_ok() { request.fee } else { Zero::zero() };
		Self::deposit_event(Event::SettlementFailed { inference, error, refund });
		T::Rewards::settle_weight()
	}
}
