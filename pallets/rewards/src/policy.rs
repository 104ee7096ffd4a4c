//! The split policy and per-model data sides.

use crate::{pallet::*, types::*};
use frame_support::pallet_prelude::*;
use openledger_primitives::{ModelId, ModelsInspect};
use sp_runtime::{Perbill, Saturating};

impl<T: Config> Pallet<T> {
	/// A policy is valid when its parts sum to exactly 100% and its data side is in bounds.
	pub(crate) fn ensure_policy(policy: &SplitPolicy) -> DispatchResult {
		ensure!(policy.is_complete(), Error::<T>::PolicyNotComplete);
		Self::ensure_data_side_in_bounds(policy.data)
	}

	fn ensure_data_side_in_bounds(data: Perbill) -> DispatchResult {
		ensure!(
			(T::MinDataSide::get()..=T::MaxDataSide::get()).contains(&data),
			Error::<T>::DataSideOutOfBounds
		);
		Ok(())
	}

	/// The rates a call on `model` requested now is split by: today's policy with the model's
	/// own data side (the model side takes the difference). Two reads. `pallet-inference`
	/// stores them with the request, so a later policy or data-side change does not reach it.
	pub fn terms_for(model: ModelId) -> SplitPolicy {
		let policy = Policy::<T>::get();
		let (model_rate, data_rate) = policy.model_and_data(ModelDataSide::<T>::get(model));
		SplitPolicy { model: model_rate, data: data_rate, ..policy }
	}

	/// Set the split policy every later request uses. Emits `PolicySet`.
	///
	/// # Errors
	/// [`Error::PolicyNotComplete`], [`Error::DataSideOutOfBounds`].
	pub(crate) fn do_set_policy(policy: SplitPolicy) -> DispatchResult {
		Self::ensure_policy(&policy)?;
		Policy::<T>::put(policy);
		Self::deposit_event(Event::PolicySet { policy });
		Ok(())
	}

	/// As the owner `who` of `model`, choose its data side (or `None`: the policy's). Reads
	/// only the model's owner. Emits `ModelDataSideSet`.
	///
	/// # Errors
	/// [`Error::UnknownModel`], [`Error::NotModelOwner`], [`Error::DataSideOutOfBounds`],
	/// [`Error::DataSideAboveModelSide`].
	pub(crate) fn do_set_model_data_side(
		who: &T::AccountId,
		model: ModelId,
		data_side: Option<Perbill>,
	) -> DispatchResult {
		let owner = T::Models::owner(model).ok_or(Error::<T>::UnknownModel)?;
		ensure!(owner == *who, Error::<T>::NotModelOwner);
		if let Some(data) = data_side {
			Self::ensure_data_side_in_bounds(data)?;
			let policy = Policy::<T>::get();
			ensure!(
				data <= policy.model.saturating_add(policy.data),
				Error::<T>::DataSideAboveModelSide
			);
		}
		ModelDataSide::<T>::set(model, data_side);
		Self::deposit_event(Event::ModelDataSideSet { model, data_side });
		Ok(())
	}
}
