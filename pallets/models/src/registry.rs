//! Registering models and managing them afterwards.

use crate::{pallet::*, types::*};
use alloc::{collections::btree_set::BTreeSet, vec::Vec};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use openledger_primitives::ModelRequests;
use openledger_primitives::{
	holds::hold_error, DatanetsInspect, ModelId, ModelKind, ModelStatus, TrainingSource,
};
use sp_core::H256;
use sp_runtime::traits::Zero;
use sp_runtime::Perbill;

impl<T: Config> Pallet<T> {
	fn metadata(name: Vec<u8>, uri: Vec<u8>) -> Result<ModelMetadata<T>, Error<T>> {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		Ok(ModelMetadata {
			name: name.try_into().map_err(|_| Error::<T>::NameTooLong)?,
			uri: uri.try_into().map_err(|_| Error::<T>::UriTooLong)?,
		})
	}

	/// Checks the training list: bounded, published versions still citable, each datanet once, shares summing
	/// to exactly 100%, empty only for a base model.
	fn training(
		kind: &ModelKind,
		training: Vec<TrainingSource>,
	) -> Result<BoundedVec<TrainingSource, T::MaxTrainingDatanets>, Error<T>> {
		let training: BoundedVec<_, T::MaxTrainingDatanets> =
			training.try_into().map_err(|_| Error::<T>::TooManyTrainingDatanets)?;
		if training.is_empty() {
			ensure!(*kind == ModelKind::Base, Error::<T>::NoTrainingData);
			return Ok(training);
		}
		let mut seen = BTreeSet::new();
		let mut total: u64 = 0;
		for source in &training {
			ensure!(T::Datanets::datanet_exists(source.datanet), Error::<T>::UnknownDatanet);
			ensure!(
				T::Datanets::version_exists(source.datanet, source.version),
				Error::<T>::UnknownVersion
			);
			// A retired version pays nobody: citing it would send the data side to the treasury.
			ensure!(
				source.version >= T::Datanets::oldest_citable(source.datanet),
				Error::<T>::VersionRetired
			);
			ensure!(seen.insert(source.datanet), Error::<T>::DuplicateDatanet);
			total = total.saturating_add(source.share.deconstruct().into());
		}
		ensure!(total == u64::from(Perbill::one().deconstruct()), Error::<T>::SharesNotWhole);
		Ok(training)
	}

	/// The lineage of a new model of `kind`: its parent with the parent's current royalty,
	/// then the parent's own lineage. Also returns the parent's record, to count the
	/// derivative.
	#[allow(clippy::type_complexity)]
	fn lineage(
		kind: &ModelKind,
	) -> Result<
		(BoundedVec<LineageLink, T::MaxLineageDepth>, Option<(ModelId, ModelInfo<T>)>),
		Error<T>,
	> {
		let Some(parent_id) = kind.parent() else {
			return Ok((BoundedVec::new(), None));
		};
		let parent = Models::<T>::get(parent_id).ok_or(Error::<T>::UnknownParent)?;
		ensure!(parent.status == ModelStatus::Active, Error::<T>::ParentDeprecated);
		ensure!(parent.terms.allowed, Error::<T>::DerivativesNotAllowed);
		let mut links = Vec::with_capacity(parent.lineage.len().saturating_add(1));
		links.push(LineageLink { model: parent_id, royalty: parent.terms.royalty });
		links.extend(parent.lineage.iter().copied());
		let stack = links
			.iter()
			.fold(0u64, |sum, link| sum.saturating_add(link.royalty.deconstruct().into()));
		let lineage: BoundedVec<_, T::MaxLineageDepth> =
			links.try_into().map_err(|_| Error::<T>::LineageTooDeep)?;
		ensure!(stack <= u64::from(Perbill::one().deconstruct()), Error::<T>::RoyaltyStackTooHigh);
		Ok((lineage, Some((parent_id, parent))))
	}

	fn ensure_terms(terms: &DerivativeTerms) -> Result<(), Error<T>> {
		ensure!(terms.royalty <= T::MaxRoyalty::get(), Error::<T>::RoyaltyTooHigh);
		Ok(())
	}

	#[allow(clippy::too_many_arguments)]
	/// Register a model owned by `who`, holding [`Config::ModelDeposit`]: its training
	/// sources are published datanet versions with shares summing to 100% (empty only for a
	/// base), and a derivative records its lineage with the royalties fixed now. Emits
	/// `ModelRegistered`.
	///
	/// # Errors
	/// [`Error::EmptyName`], [`Error::NameTooLong`], [`Error::UriTooLong`],
	/// [`Error::PriceBelowMinimum`], [`Error::RoyaltyTooHigh`],
	/// [`Error::TooManyTrainingDatanets`], [`Error::NoTrainingData`], [`Error::UnknownDatanet`],
	/// [`Error::UnknownVersion`], [`Error::VersionRetired`], [`Error::DuplicateDatanet`], [`Error::SharesNotWhole`],
	/// [`Error::UnknownParent`], [`Error::ParentDeprecated`], [`Error::DerivativesNotAllowed`],
	/// [`Error::LineageTooDeep`], [`Error::RoyaltyStackTooHigh`],
	/// [`Error::InsufficientBalance`] (or the currency's reason for a failed hold),
	/// [`Error::Overflow`].
	pub(crate) fn do_register(
		who: T::AccountId,
		name: Vec<u8>,
		uri: Vec<u8>,
		artifact_hash: H256,
		kind: ModelKind,
		training: Vec<TrainingSource>,
		price: BalanceOf<T>,
		terms: DerivativeTerms,
	) -> Result<ModelId, DispatchError> {
		let metadata = Self::metadata(name, uri)?;
		ensure!(price >= T::MinPrice::get(), Error::<T>::PriceBelowMinimum);
		Self::ensure_terms(&terms)?;
		let training = Self::training(&kind, training)?;
		let (lineage, parent) = Self::lineage(&kind)?;
		let parent = parent
			.map(|(id, mut info)| {
				info.derivatives = info.derivatives.checked_add(1).ok_or(Error::<T>::Overflow)?;
				Ok::<_, Error<T>>((id, info))
			})
			.transpose()?;
		let model = NextModelId::<T>::get();
		let next = model.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::ModelDeposit::get();

		T::Currency::hold(&HoldReason::ModelDeposit.into(), &who, deposit)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		if let Some((parent_id, parent)) = parent {
			Models::<T>::insert(parent_id, parent);
			Derivatives::<T>::insert(parent_id, model, ());
		}
		for source in &training {
			ModelsByDatanet::<T>::insert(source.datanet, model, ());
		}
		Models::<T>::insert(
			model,
			ModelInfo {
				owner: who.clone(),
				depositor: who.clone(),
				deposit,
				metadata,
				artifact_hash,
				kind,
				training,
				price,
				terms,
				lineage,
				status: ModelStatus::Active,
				derivatives: 0,
				registered_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		NextModelId::<T>::put(next);
		Self::deposit_event(Event::ModelRegistered { model, owner: who, kind, price, deposit });
		Ok(model)
	}

	/// The model, if `who` owns it.
	fn owned_by(who: &T::AccountId, model: ModelId) -> Result<ModelInfo<T>, Error<T>> {
		let info = Models::<T>::get(model).ok_or(Error::<T>::UnknownModel)?;
		ensure!(info.owner == *who, Error::<T>::NotOwner);
		Ok(info)
	}

	/// As the owner `who`, set `model`'s price for later requests. Emits `PriceUpdated`.
	///
	/// # Errors
	/// [`Error::UnknownModel`], [`Error::NotOwner`], [`Error::PriceBelowMinimum`].
	pub(crate) fn do_update_price(
		who: &T::AccountId,
		model: ModelId,
		price: BalanceOf<T>,
	) -> DispatchResult {
		let mut info = Self::owned_by(who, model)?;
		ensure!(price >= T::MinPrice::get(), Error::<T>::PriceBelowMinimum);
		info.price = price;
		Models::<T>::insert(model, info);
		Self::deposit_event(Event::PriceUpdated { model, price });
		Ok(())
	}

	/// As the owner `who`, replace `model`'s name and card URI. Emits `MetadataUpdated`.
	///
	/// # Errors
	/// [`Error::UnknownModel`], [`Error::NotOwner`], [`Error::EmptyName`],
	/// [`Error::NameTooLong`], [`Error::UriTooLong`].
	pub(crate) fn do_update_metadata(
		who: &T::AccountId,
		model: ModelId,
		name: Vec<u8>,
		uri: Vec<u8>,
	) -> DispatchResult {
		let mut info = Self::owned_by(who, model)?;
		info.metadata = Self::metadata(name, uri)?;
		Models::<T>::insert(model, info);
		Self::deposit_event(Event::MetadataUpdated { model });
		Ok(())
	}

	/// As the owner `who`, hand `model` (and its future earnings) to another account; the
	/// deposit stays with its depositor. Emits `OwnershipTransferred`.
	///
	/// # Errors
	/// [`Error::UnknownModel`], [`Error::NotOwner`], [`Error::AlreadyOwner`],
	/// [`Error::UnderChallenge`] while a challenge whose outcome pays the model's owner is open.
	pub(crate) fn do_transfer_ownership(
		who: &T::AccountId,
		model: ModelId,
		new_owner: T::AccountId,
	) -> DispatchResult {
		let mut info = Self::owned_by(who, model)?;
		ensure!(new_owner != *who, Error::<T>::AlreadyOwner);
		ensure!(T::Requests::open_cases(model) == 0, Error::<T>::UnderChallenge);
		info.owner = new_owner.clone();
		Models::<T>::insert(model, info);
		Self::deposit_event(Event::OwnershipTransferred {
			model,
			from: who.clone(),
			to: new_owner,
		});
		Ok(())
	}

	/// As the owner `who`, stop `model` taking new requests and derivatives; its deposit
	/// returns at once when no request on it is open (otherwise through
	/// [`Self::do_release_deposit`] later). The record stays for lineage. Emits
	/// `ModelDeprecated` (and `DepositReleased`).
	///
	/// # Errors
	/// [`Error::UnknownModel`], [`Error::NotOwner`], [`Error::AlreadyDeprecated`]; the
	/// currency's error when the deposit cannot be released.
	pub(crate) fn do_deprecate(who: &T::AccountId, model: ModelId) -> DispatchResult {
		let mut info = Self::owned_by(who, model)?;
		ensure!(info.status == ModelStatus::Active, Error::<T>::AlreadyDeprecated);
		info.status = ModelStatus::Deprecated;
		if T::Requests::open_requests(model) == 0 {
			Self::release_held_deposit(model, &mut info)?;
		}
		Models::<T>::insert(model, info);
		Self::deposit_event(Event::ModelDeprecated { model });
		Ok(())
	}

	/// As anyone, return the deposit of a deprecated `model` once no request on it is open
	/// (the record stays for lineage). Emits `DepositReleased`.
	///
	/// # Errors
	/// [`Error::UnknownModel`], [`Error::NotDeprecated`], [`Error::DepositAlreadyReleased`],
	/// [`Error::RequestsStillOpen`]; the currency's error when the deposit cannot be released.
	pub(crate) fn do_release_deposit(model: ModelId) -> DispatchResult {
		let mut info = Models::<T>::get(model).ok_or(Error::<T>::UnknownModel)?;
		ensure!(info.status == ModelStatus::Deprecated, Error::<T>::NotDeprecated);
		ensure!(!info.deposit.is_zero(), Error::<T>::DepositAlreadyReleased);
		ensure!(T::Requests::open_requests(model) == 0, Error::<T>::RequestsStillOpen);
		Self::release_held_deposit(model, &mut info)?;
		Models::<T>::insert(model, info);
		Ok(())
	}

	/// Release `info`'s deposit to its depositor and record it as released.
	fn release_held_deposit(model: ModelId, info: &mut ModelInfo<T>) -> DispatchResult {
		if info.deposit.is_zero() {
			return Ok(());
		}
		let amount = T::Currency::release(
			&HoldReason::ModelDeposit.into(),
			&info.depositor,
			info.deposit,
			Precision::BestEffort,
		)?;
		info.deposit = Zero::zero();
		Self::deposit_event(Event::DepositReleased {
			model,
			depositor: info.depositor.clone(),
			amount,
		});
		Ok(())
	}

	/// As the owner `who`, set what `model` offers to derivatives registered from now on.
	/// Emits `DerivativeTermsChanged`.
	///
	/// # Errors
	/// [`Error::UnknownModel`], [`Error::NotOwner`], [`Error::RoyaltyTooHigh`].
	pub(crate) fn do_set_derivative_terms(
		who: &T::AccountId,
		model: ModelId,
		terms: DerivativeTerms,
	) -> DispatchResult {
		let mut info = Self::owned_by(who, model)?;
		Self::ensure_terms(&terms)?;
		info.terms = terms;
		Models::<T>::insert(model, info);
		Self::deposit_event(Event::DerivativeTermsChanged { model, terms });
		Ok(())
	}
}
