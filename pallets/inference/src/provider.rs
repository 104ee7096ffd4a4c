//! Providers: registration, the models they serve, unbonding.

use crate::{pallet::*, types::*};

use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use frame_system::pallet_prelude::BlockNumberFor;
use openledger_primitives::{
	holds::hold_error, ModelId, ModelStatus, ModelsInspect, ProviderStakes,
};
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	Saturating,
};

impl<T: Config> Pallet<T> {
	fn ensure_model_active(model: ModelId) -> DispatchResult {
		match T::Models::status_and_price(model) {
			Some((ModelStatus::Active, _)) => Ok(()),
			Some(_) => Err(Error::<T>::ModelNotActive.into()),
			None => Err(Error::<T>::UnknownModel.into()),
		}
	}

	/// Register `who` as a provider of `models` (each active, listed once, at most
	/// `MaxModelsPerProvider`), holding `stake` (at least [`MinProviderStake`]). Emits
	/// `ProviderRegistered`.
	///
	/// # Errors
	/// [`Error::AlreadyProvider`], [`Error::NoModels`], [`Error::StakeBelowMinimum`],
	/// [`Error::UnknownModel`], [`Error::ModelNotActive`], [`Error::AlreadyServing`],
	/// [`Error::TooManyModels`], [`Error::InsufficientBalance`] (or the currency's reason for a
	/// failed hold).
	pub(crate) fn do_register_provider(
		who: &T::AccountId,
		models: &[ModelId],
		stake: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!Providers::<T>::contains_key(who), Error::<T>::AlreadyProvider);
		ensure!(!models.is_empty(), Error::<T>::NoModels);
		ensure!(stake >= MinProviderStake::<T>::get(), Error::<T>::StakeBelowMinimum);
		let mut served: BoundedVec<ModelId, T::MaxModelsPerProvider> = BoundedVec::new();
		for model in models {
			Self::ensure_model_active(*model)?;
			ensure!(!served.contains(model), Error::<T>::AlreadyServing);
			served.try_push(*model).map_err(|_| Error::<T>::TooManyModels)?;
		}
		T::Currency::hold(&HoldReason::ProviderStake.into(), who, stake)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		Providers::<T>::insert(
			who,
			ProviderInfo { stake, models: served, open_requests: 0, unbonding_at: None },
		);
		Self::deposit_event(Event::ProviderRegistered {
			provider: who.clone(),
			stake,
			models: models.to_vec(),
		});
		Ok(())
	}

	/// As the provider `who` (not unbonding), start serving the active `model`. Emits
	/// `ServingStarted`.
	///
	/// # Errors
	/// [`Error::UnknownProvider`], [`Error::ProviderUnbonding`], [`Error::UnknownModel`],
	/// [`Error::ModelNotActive`], [`Error::AlreadyServing`], [`Error::TooManyModels`].
	pub(crate) fn do_add_model(who: &T::AccountId, model: ModelId) -> DispatchResult {
		let mut provider = Providers::<T>::get(who).ok_or(Error::<T>::UnknownProvider)?;
		ensure!(provider.unbonding_at.is_none(), Error::<T>::ProviderUnbonding);
		Self::ensure_model_active(model)?;
		ensure!(!provider.models.contains(&model), Error::<T>::AlreadyServing);
		provider.models.try_push(model).map_err(|_| Error::<T>::TooManyModels)?;
		Providers::<T>::insert(who, provider);
		Self::deposit_event(Event::ServingStarted { provider: who.clone(), model });
		Ok(())
	}

	/// As the provider `who`, stop serving `model` (open requests on it still finish). Emits
	/// `ServingStopped`.
	///
	/// # Errors
	/// [`Error::UnknownProvider`], [`Error::NotServingModel`].
	pub(crate) fn do_remove_model(who: &T::AccountId, model: ModelId) -> DispatchResult {
		let mut provider = Providers::<T>::get(who).ok_or(Error::<T>::UnknownProvider)?;
		let before = provider.models.len();
		provider.models.retain(|m| *m != model);
		ensure!(provider.models.len() < before, Error::<T>::NotServingModel);
		Providers::<T>::insert(who, provider);
		Self::deposit_event(Event::ServingStopped { provider: who.clone(), model });
		Ok(())
	}

	/// As the provider `who` (not unbonding), hold `amount` more as stake: to stay above the
	/// minimum after a slash or a raised minimum without leaving. Emits `StakeBonded`.
	///
	/// # Errors
	/// [`Error::ZeroAmount`], [`Error::UnknownProvider`], [`Error::ProviderUnbonding`],
	/// [`Error::Overflow`], [`Error::InsufficientBalance`] (or the currency's reason for a
	/// failed hold).
	pub(crate) fn do_bond_extra(who: &T::AccountId, amount: BalanceOf<T>) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let mut provider = Providers::<T>::get(who).ok_or(Error::<T>::UnknownProvider)?;
		ensure!(provider.unbonding_at.is_none(), Error::<T>::ProviderUnbonding);
		provider.stake = provider.stake.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::ProviderStake.into(), who, amount)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		let stake = provider.stake;
		Providers::<T>::insert(who, provider);
		Self::deposit_event(Event::StakeBonded { provider: who.clone(), amount, stake });
		Ok(())
	}

	/// `who` (whose record is `provider`) has no request and no batch of paid calls open:
	/// its stake backs them.
	///
	/// # Errors
	/// [`Error::OpenRequests`].
	fn ensure_nothing_open(who: &T::AccountId, provider: &ProviderInfo<T>) -> DispatchResult {
		ensure!(provider.open_requests == 0, Error::<T>::OpenRequests);
		ensure!(
			!<T::Batches as openledger_primitives::ProviderBatches<_>>::has_open_batches(who),
			Error::<T>::OpenRequests
		);
		Ok(())
	}

	/// As the provider `who` with no open requests, start unbonding: no new requests, the stake
	/// withdrawable after [`Config::UnbondingDelay`]. Emits `Unbonding`.
	///
	/// # Errors
	/// [`Error::UnknownProvider`], [`Error::ProviderUnbonding`], [`Error::OpenRequests`].
	pub(crate) fn do_unbond(who: &T::AccountId) -> DispatchResult {
		let mut provider = Providers::<T>::get(who).ok_or(Error::<T>::UnknownProvider)?;
		ensure!(provider.unbonding_at.is_none(), Error::<T>::ProviderUnbonding);
		Self::ensure_nothing_open(who, &provider)?;
		let at = frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingDelay::get());
		provider.unbonding_at = Some(at);
		Providers::<T>::insert(who, provider);
		Self::deposit_event(Event::Unbonding { provider: who.clone(), withdrawable_at: at });
		Ok(())
	}

	/// As the unbonding provider `who`, once the delay has passed and no request is open,
	/// release the stake and leave. Emits `ProviderLeft`.
	///
	/// # Errors
	/// [`Error::UnknownProvider`], [`Error::NotUnbonding`], [`Error::UnbondingNotDue`],
	/// [`Error::OpenRequests`]; the currency's error when the stake cannot be released.
	pub(crate) fn do_withdraw_unbonded(who: &T::AccountId) -> DispatchResult {
		let provider = Providers::<T>::get(who).ok_or(Error::<T>::UnknownProvider)?;
		let at: BlockNumberFor<T> = provider.unbonding_at.ok_or(Error::<T>::NotUnbonding)?;
		ensure!(frame_system::Pallet::<T>::block_number() >= at, Error::<T>::UnbondingNotDue);
		Self::ensure_nothing_open(who, &provider)?;
		T::Currency::release(
			&HoldReason::ProviderStake.into(),
			who,
			provider.stake,
			Precision::BestEffort,
		)?;
		Providers::<T>::remove(who);
		Self::deposit_event(Event::ProviderLeft { provider: who.clone(), stake: provider.stake });
		Ok(())
	}

	/// The provider `who`, checked able to take a new request on `model`.
	pub(crate) fn provider_for(
		who: &T::AccountId,
		model: ModelId,
	) -> Result<ProviderInfo<T>, DispatchError> {
		let provider = Providers::<T>::get(who).ok_or(Error::<T>::UnknownProvider)?;
		ensure!(provider.unbonding_at.is_none(), Error::<T>::ProviderUnbonding);
		ensure!(provider.models.contains(&model), Error::<T>::NotServingModel);
		ensure!(provider.stake >= MinProviderStake::<T>::get(), Error::<T>::StakeBelowMinimum);
		Ok(provider)
	}

	/// Count a request on `model` more or less against `who`'s open requests and the model's.
	///
	/// # Errors
	/// [`Error::UnknownProvider`]; [`Error::Overflow`] or [`Error::Underflow`] when the count
	/// leaves its range.
	pub(crate) fn track_open_request(
		who: &T::AccountId,
		model: ModelId,
		change: RequestChange,
	) -> DispatchResult {
		Providers::<T>::try_mutate(who, |slot| {
			let provider = slot.as_mut().ok_or(Error::<T>::UnknownProvider)?;
			provider.open_requests = match change {
				RequestChange::Opened => {
					provider.open_requests.checked_add(1).ok_or(Error::<T>::Overflow)?
				}
				RequestChange::Ended => {
					provider.open_requests.checked_sub(1).ok_or(Error::<T>::Underflow)?
				}
			};
			Ok::<_, DispatchError>(())
		})?;
		// Requests opened before this count existed end without having been counted: the
		// count saturates at zero for them rather than refusing to end them.
		OpenRequestsOf::<T>::mutate_exists(model, |count| {
			let next = match change {
				RequestChange::Opened => count.unwrap_or(0).saturating_add(1),
				RequestChange::Ended => count.unwrap_or(0).saturating_sub(1),
			};
			*count = (next > 0).then_some(next);
		});
		Ok(())
	}
}

/// Batches of paid calls are capped by a provider's stake, keep it bonded while open and are
/// slashed from it.
impl<T: Config> ProviderStakes<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn serving_stake(who: &T::AccountId, model: ModelId) -> Result<BalanceOf<T>, DispatchError> {
		Self::provider_for(who, model).map(|provider| provider.stake)
	}

	fn slash(who: &T::AccountId, amount: BalanceOf<T>, to: &T::AccountId) -> BalanceOf<T> {
		let Some(mut provider) = Providers::<T>::get(who) else { return Zero::zero() };
		let amount = amount.min(provider.stake);
		let moved = frame_support::storage::with_storage_layer(|| {
			Self::move_held(HoldReason::ProviderStake, who, to, amount)
		});
		if moved.is_err() || amount.is_zero() {
			return Zero::zero();
		}
		provider.stake = provider.stake.saturating_sub(amount);
		Providers::<T>::insert(who, provider);
		Self::deposit_event(Event::StakeSlashed { provider: who.clone(), amount, to: to.clone() });
		amount
	}

	fn weight() -> Weight {
		// The heaviest is a slash: the provider, two holds and two accounts read and written.
		T::DbWeight::get().reads_writes(5, 5)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn provider_serving(model: ModelId, stake: BalanceOf<T>, seed: u32) -> T::AccountId {
		use frame_support::traits::fungible::{Inspect, Mutate};
		let who: T::AccountId = frame_benchmarking::account("batch-provider", seed, 0);
		let stake = stake.max(MinProviderStake::<T>::get());
		let funds =
			stake.saturating_mul(2u32.into()).saturating_add(T::Currency::minimum_balance());
		T::Currency::set_balance(&who, funds);
		openledger_primitives::setup(
			"register the provider",
			Self::do_register_provider(&who, &[model], stake),
		);
		who
	}
}
