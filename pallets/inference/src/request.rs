//! Requests: escrow, results, cancellation, and how a request ends.

use crate::weights::WeightInfo;
use crate::{pallet::*, types::*};
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use frame_support::{storage::with_storage_layer, weights::WeightMeter};
use openledger_primitives::{
	fifo::{Drained, Fifo},
	holds::hold_error,
	InferenceId, InferenceRewards, ModelId, ModelStatus, ModelsInspect,
};

/// The expiry queue: requests in the order their deadlines pass.
type ExpiryFifo<T> = Fifo<ExpiryQueue<T>, ExpiryQueueBounds<T>, InferenceId>;
use sp_core::H256;
use sp_runtime::{traits::Zero, Saturating};

impl<T: Config> Pallet<T> {
	/// The open request `inference`, or why there is none.
	pub(crate) fn open_request(inference: InferenceId) -> Result<Request<T>, DispatchError> {
		Requests::<T>::get(inference).ok_or_else(|| {
			if inference < NextInferenceId::<T>::get() {
				Error::<T>::RequestClosed.into()
			} else {
				Error::<T>::UnknownRequest.into()
			}
		})
	}

	/// As the user `who`, request a call on the active `model` through `provider`: the model's
	/// price (at most `max_fee`) is held in escrow with [`Config::RequestDeposit`]; the provider
	/// must answer within [`Config::ResponseDeadline`]. The split terms of the call are fixed
	/// now ([`RequestTerms`]), and the request is queued to be expired if unanswered. Emits
	/// `Requested`.
	///
	/// # Errors
	/// [`Error::UnknownModel`], [`Error::ModelNotActive`], [`Error::PriceAboveMaxFee`],
	/// [`Error::UnknownProvider`], [`Error::NotServingModel`], [`Error::ProviderUnbonding`],
	/// [`Error::StakeBelowMinimum`], [`Error::InsufficientBalance`] (or the currency's reason
	/// for a failed hold), [`Error::Overflow`].
	pub(crate) fn do_request(
		who: &T::AccountId,
		model: ModelId,
		provider: T::AccountId,
		input_hash: H256,
		max_fee: BalanceOf<T>,
	) -> DispatchResult {
		let (status, price) = T::Models::status_and_price(model).ok_or(Error::<T>::UnknownModel)?;
		ensure!(status == ModelStatus::Active, Error::<T>::ModelNotActive);
		Self::provider_for(&provider, model)?;
		ensure!(price <= max_fee, Error::<T>::PriceAboveMaxFee);
		let inference = NextInferenceId::<T>::get();
		let next = inference.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::RequestDeposit::get();

		T::Currency::hold(&HoldReason::Escrow.into(), who, price)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		T::Currency::hold(&HoldReason::RequestDeposit.into(), who, deposit)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		Self::track_open_request(&provider, model, RequestChange::Opened)?;
		ExpiryFifo::<T>::push(inference).map_err(|_| Error::<T>::Overflow)?;
		let deadline =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ResponseDeadline::get());
		NextInferenceId::<T>::put(next);
		RequestTerms::<T>::insert(inference, T::Rewards::terms(model));
		Requests::<T>::insert(
			inference,
			Request {
				user: who.clone(),
				model,
				provider: provider.clone(),
				fee: price,
				deposit,
				input_hash,
				deadline,
				status: RequestStatus::Requested,
			},
		);
		Self::deposit_event(Event::Requested {
			inference,
			user: who.clone(),
			model,
			provider,
			fee: price,
			input_hash,
			deadline,
		});
		Ok(())
	}

	/// As the assigned provider `who`, answer `inference` before its deadline with an output
	/// hash and a valid attribution (see [`Self::ensure_valid_attribution`]); the result is
	/// queued for settlement. Emits `ResultSubmitted`.
	///
	/// # Errors
	/// [`Error::UnknownRequest`], [`Error::RequestClosed`], [`Error::NotAssignedProvider`],
	/// [`Error::AlreadyAnswered`], [`Error::DeadlinePassed`], [`Error::Overflow`], and those of
	/// [`Self::ensure_valid_attribution`].
	pub(crate) fn do_submit_result(
		who: &T::AccountId,
		inference: InferenceId,
		output_hash: H256,
		attribution: AttributionOf<T>,
	) -> DispatchResult {
		let mut request = Self::open_request(inference)?;
		ensure!(request.provider == *who, Error::<T>::NotAssignedProvider);
		ensure!(matches!(request.status, RequestStatus::Requested), Error::<T>::AlreadyAnswered);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= request.deadline, Error::<T>::DeadlinePassed);
		Self::ensure_valid_attribution(request.model, &attribution)?;

		Self::queue_for_settlement(inference)?;
		request.status = RequestStatus::Answered { output_hash, at: now };
		Requests::<T>::insert(inference, request);
		Self::deposit_event(Event::ResultSubmitted {
			inference,
			output_hash,
			contributions: attribution.contributions.len().try_into().unwrap_or(u32::MAX),
			datanets: attribution.datanets.len().try_into().unwrap_or(u32::MAX),
		});
		Attributions::<T>::insert(inference, attribution);
		Ok(())
	}

	/// As the user `who`, cancel an unanswered request after its deadline: fee and deposit
	/// return in full. Emits `Cancelled`.
	///
	/// # Errors
	/// [`Error::UnknownRequest`], [`Error::RequestClosed`], [`Error::NotRequester`],
	/// [`Error::AlreadyAnswered`], [`Error::DeadlineNotReached`], [`Error::EscrowMissing`],
	/// [`Error::UnknownProvider`], [`Error::Underflow`].
	pub(crate) fn do_cancel(who: &T::AccountId, inference: InferenceId) -> DispatchResult {
		let request = Self::open_request(inference)?;
		ensure!(request.user == *who, Error::<T>::NotRequester);
		Self::ensure_overdue(&request)?;
		let refund = request.fee;
		Self::end_request(inference, &request, EscrowOutcome::Refund)?;
		Self::deposit_event(Event::Cancelled { inference, refund });
		Ok(())
	}

	/// As anyone, expire a request not answered by its deadline: the user gets the fee and the
	/// deposit back, as with a cancel, and the provider's count of open requests drops (so it
	/// may unbond). The deposit returns to the user rather than rewarding the caller: the
	/// provider, whose stake the request holds, has its own reason to call. Emits
	/// `RequestExpired`.
	///
	/// # Errors
	/// [`Error::UnknownRequest`], [`Error::RequestClosed`], [`Error::AlreadyAnswered`],
	/// [`Error::DeadlineNotReached`], [`Error::EscrowMissing`], [`Error::UnknownProvider`],
	/// [`Error::Underflow`].
	pub(crate) fn do_expire_request(inference: InferenceId) -> DispatchResult {
		let request = Self::open_request(inference)?;
		Self::ensure_overdue(&request)?;
		let refund = request.fee;
		Self::end_request(inference, &request, EscrowOutcome::Refund)?;
		Self::deposit_event(Event::RequestExpired { inference, refund });
		Ok(())
	}

	/// Expire unanswered requests whose deadline passed, oldest first, while one more expiry
	/// fits in `limit`; the weight used. Answered and ended requests just leave the queue. A
	/// request whose refund fails (its holds no longer match) leaves the queue with an
	/// `ExpiryFailed` event; anyone may still end it by hand.
	pub(crate) fn expire_due(now: BlockNumberOf<T>, limit: Weight) -> Weight {
		let mut meter = WeightMeter::with_limit(limit);
		// Looking at the queue: its bounds, and the head's entry and request when not due.
		let look = T::DbWeight::get().reads(3);
		if meter.try_consume(look).is_err() {
			return Weight::zero();
		}
		let skip = T::DbWeight::get().reads_writes(2, 1);
		ExpiryFifo::<T>::drain(&mut meter, T::WeightInfo::expire_request(), |inference| {
			let Some(request) = Requests::<T>::get(inference) else {
				return Drained::Done(skip);
			};
			if !matches!(request.status, RequestStatus::Requested) {
				return Drained::Done(skip);
			}
			if now <= request.deadline {
				return Drained::NotDue;
			}
			let refund = request.fee;
			match with_storage_layer(|| {
				Self::end_request(inference, &request, EscrowOutcome::Refund)
			}) {
				Ok(()) => Self::deposit_event(Event::RequestExpired { inference, refund }),
				Err(error) => Self::deposit_event(Event::ExpiryFailed { inference, error }),
			}
			Drained::Done(T::WeightInfo::expire_request())
		});
		meter.consumed()
	}

	/// Whether `request` is unanswered past its deadline.
	///
	/// # Errors
	/// [`Error::AlreadyAnswered`], [`Error::DeadlineNotReached`].
	fn ensure_overdue(request: &Request<T>) -> DispatchResult {
		ensure!(matches!(request.status, RequestStatus::Requested), Error::<T>::AlreadyAnswered);
		ensure!(
			frame_system::Pallet::<T>::block_number() > request.deadline,
			Error::<T>::DeadlineNotReached
		);
		Ok(())
	}

	/// End `request`: release its deposit (and its escrow when it is refunded), stop counting
	/// it against its provider, forget it.
	///
	/// # Errors
	/// [`Error::EscrowMissing`] when a refund finds less than the fee held; the currency's
	/// error when a hold cannot be released; those of [`Self::track_open_request`].
	pub(crate) fn end_request(
		inference: InferenceId,
		request: &Request<T>,
		escrow: EscrowOutcome,
	) -> DispatchResult {
		if escrow == EscrowOutcome::Refund && !request.fee.is_zero() {
			let released = T::Currency::release(
				&HoldReason::Escrow.into(),
				&request.user,
				request.fee,
				Precision::Exact,
			)?;
			ensure!(released == request.fee, Error::<T>::EscrowMissing);
		}
		T::Currency::release(
			&HoldReason::RequestDeposit.into(),
			&request.user,
			request.deposit,
			Precision::BestEffort,
		)?;
		Self::track_open_request(&request.provider, request.model, RequestChange::Ended)?;
		Requests::<T>::remove(inference);
		Attributions::<T>::remove(inference);
		RequestTerms::<T>::remove(inference);
		Ok(())
	}
}

/// Open requests per model, for the models pallet's deposit release. Batches of paid calls do
/// not count: a batch keeps the model's terms and scores it was submitted with, and the
/// model's record (owner, lineage) stays after its deposit returns, so nothing a batch settles
/// by depends on the deposit.
impl<T: Config> openledger_primitives::ModelRequests for Pallet<T> {
	fn open_requests(model: ModelId) -> u32 {
		OpenRequestsOf::<T>::get(model)
	}

	fn open_cases(model: ModelId) -> u32 {
		OpenCasesOf::<T>::get(model)
	}
}
