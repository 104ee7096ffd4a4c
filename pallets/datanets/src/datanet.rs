//! Datanet lifecycle: create, update, hand over, close, publish versions; and the bookkeeping
//! shared with contributions (shares, accepted-set log, deposits).

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use openledger_primitives::{
	holds::hold_error, ContributionId, ContributionWeight, DatanetId, OnShareChange, VersionNumber,
};
use sp_core::H256;
use sp_runtime::traits::Zero;

impl<T: Config> Pallet<T> {
	/// Checks and bounds a datanet's metadata.
	pub(crate) fn metadata(
		name: Vec<u8>,
		description: Vec<u8>,
		uri: Vec<u8>,
		license: Vec<u8>,
	) -> Result<DatanetMetadata<T>, Error<T>> {
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		Ok(DatanetMetadata {
			name: name.try_into().map_err(|_| Error::<T>::NameTooLong)?,
			description: description.try_into().map_err(|_| Error::<T>::DescriptionTooLong)?,
			uri: uri.try_into().map_err(|_| Error::<T>::UriTooLong)?,
			license: license.try_into().map_err(|_| Error::<T>::LicenseTooLong)?,
		})
	}

	/// The datanet, if `who` curates it.
	pub(crate) fn curated_by(
		who: &T::AccountId,
		datanet: DatanetId,
	) -> Result<DatanetInfo<T>, Error<T>> {
		let info = Datanets::<T>::get(datanet).ok_or(Error::<T>::UnknownDatanet)?;
		ensure!(info.curator == *who, Error::<T>::NotCurator);
		Ok(info)
	}

	/// The datanet, if `decider` may decide on it: its curator (`Some`), or the governance
	/// origin (`None`).
	///
	/// # Errors
	/// [`Error::UnknownDatanet`], [`Error::NotCurator`].
	pub(crate) fn decided_by(
		decider: Option<&T::AccountId>,
		datanet: DatanetId,
	) -> Result<DatanetInfo<T>, Error<T>> {
		match decider {
			Some(who) => Self::curated_by(who, datanet),
			None => Datanets::<T>::get(datanet).ok_or(Error::<T>::UnknownDatanet),
		}
	}

	/// The signer of `origin`, or `None` when it is [`Config::ModerationOrigin`]: who decides
	/// on a contribution.
	///
	/// # Errors
	/// `BadOrigin` for any other origin.
	pub(crate) fn decider(
		origin: frame_system::pallet_prelude::OriginFor<T>,
	) -> Result<Option<T::AccountId>, DispatchError> {
		match T::ModerationOrigin::try_origin(origin) {
			Ok(_) => Ok(None),
			Err(origin) => Ok(Some(frame_system::ensure_signed(origin)?)),
		}
	}

	/// The active datanet, if `who` curates it.
	pub(crate) fn active_curated_by(
		who: &T::AccountId,
		datanet: DatanetId,
	) -> Result<DatanetInfo<T>, Error<T>> {
		let info = Self::curated_by(who, datanet)?;
		ensure!(info.status == DatanetStatus::Active, Error::<T>::DatanetClosed);
		Ok(info)
	}

	/// Whether `deposit` lies within `[MinContributionDeposit, MaxContributionDeposit]`.
	fn ensure_contribution_deposit(deposit: BalanceOf<T>) -> Result<(), Error<T>> {
		ensure!(
			deposit >= T::MinContributionDeposit::get()
				&& deposit <= T::MaxContributionDeposit::get(),
			Error::<T>::ContributionDepositOutOfBounds
		);
		Ok(())
	}

	/// As the curator `who` of the active `datanet`, set the deposit new contributions hold;
	/// contributions already made keep theirs. Emits `ContributionDepositSet`.
	///
	/// # Errors
	/// [`Error::UnknownDatanet`], [`Error::NotCurator`], [`Error::DatanetClosed`],
	/// [`Error::ContributionDepositOutOfBounds`].
	pub(crate) fn do_set_contribution_deposit(
		who: &T::AccountId,
		datanet: DatanetId,
		deposit: BalanceOf<T>,
	) -> DispatchResult {
		let mut info = Self::active_curated_by(who, datanet)?;
		Self::ensure_contribution_deposit(deposit)?;
		info.contribution_deposit = deposit;
		Datanets::<T>::insert(datanet, info);
		Self::deposit_event(Event::ContributionDepositSet { datanet, deposit });
		Ok(())
	}

	/// Create a datanet curated by `who`, holding [`Config::DatanetDeposit`]. Emits
	/// `DatanetCreated`.
	///
	/// # Errors
	/// [`Error::EmptyName`], [`Error::NameTooLong`], [`Error::DescriptionTooLong`],
	/// [`Error::UriTooLong`], [`Error::LicenseTooLong`],
	/// [`Error::ContributionDepositOutOfBounds`], [`Error::InsufficientBalance`] (or the
	/// currency's reason for a failed hold), [`Error::Overflow`].
	pub(crate) fn do_create_datanet(
		who: T::AccountId,
		name: Vec<u8>,
		description: Vec<u8>,
		uri: Vec<u8>,
		license: Vec<u8>,
		mode: CurationMode,
		contribution_deposit: BalanceOf<T>,
	) -> Result<DatanetId, DispatchError> {
		let metadata = Self::metadata(name, description, uri, license)?;
		Self::ensure_contribution_deposit(contribution_deposit)?;
		let datanet = NextDatanetId::<T>::get();
		let next = datanet.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let deposit = T::DatanetDeposit::get();

		T::Currency::hold(&HoldReason::DatanetDeposit.into(), &who, deposit)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		Datanets::<T>::insert(
			datanet,
			DatanetInfo {
				curator: who.clone(),
				depositor: who.clone(),
				deposit,
				metadata,
				mode,
				contribution_deposit,
				status: DatanetStatus::Active,
				pending: 0,
				accepted: 0,
				removed: 0,
				rejected: 0,
				contributors: 0,
				total_share: 0,
				log_len: 0,
				log_root: H256::zero(),
				latest_version: 0,
				created_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		NextDatanetId::<T>::put(next);
		Self::deposit_event(Event::DatanetCreated {
			datanet,
			curator: who,
			mode,
			contribution_deposit,
			deposit,
		});
		Ok(datanet)
	}

	/// As the curator `who` of the active `datanet`, replace its metadata. Emits
	/// `DatanetMetadataUpdated`.
	///
	/// # Errors
	/// [`Error::UnknownDatanet`], [`Error::NotCurator`], [`Error::DatanetClosed`],
	/// [`Error::EmptyName`], [`Error::NameTooLong`], [`Error::DescriptionTooLong`],
	/// [`Error::UriTooLong`], [`Error::LicenseTooLong`].
	pub(crate) fn do_update_metadata(
		who: &T::AccountId,
		datanet: DatanetId,
		name: Vec<u8>,
		description: Vec<u8>,
		uri: Vec<u8>,
		license: Vec<u8>,
	) -> DispatchResult {
		let mut info = Self::active_curated_by(who, datanet)?;
		info.metadata = Self::metadata(name, description, uri, license)?;
		Datanets::<T>::insert(datanet, info);
		Self::deposit_event(Event::DatanetMetadataUpdated { datanet });
		Ok(())
	}

	/// As the curator `who` of the active `datanet`, hand curation to another account (the
	/// deposit stays with its depositor). Emits `CuratorshipTransferred`.
	///
	/// # Errors
	/// [`Error::UnknownDatanet`], [`Error::NotCurator`], [`Error::DatanetClosed`],
	/// [`Error::AlreadyCurator`].
	pub(crate) fn do_transfer_curatorship(
		who: &T::AccountId,
		datanet: DatanetId,
		new_curator: T::AccountId,
	) -> DispatchResult {
		let mut info = Self::active_curated_by(who, datanet)?;
		ensure!(new_curator != *who, Error::<T>::AlreadyCurator);
		info.curator = new_curator.clone();
		Datanets::<T>::insert(datanet, info);
		Self::deposit_event(Event::CuratorshipTransferred {
			datanet,
			from: who.clone(),
			to: new_curator,
		});
		Ok(())
	}

	/// As the curator `who`, close the active `datanet` to new contributions, grades and
	/// versions; its deposit returns at once when it holds no records. Emits `DatanetClosed`.
	///
	/// # Errors
	/// [`Error::UnknownDatanet`], [`Error::NotCurator`], [`Error::DatanetClosed`],
	/// [`Error::HasPendingContributions`].
	pub(crate) fn do_close_datanet(who: &T::AccountId, datanet: DatanetId) -> DispatchResult {
		let mut info = Self::active_curated_by(who, datanet)?;
		ensure!(info.pending == 0, Error::<T>::HasPendingContributions);
		info.status = DatanetStatus::Closed;
		Self::release_datanet_deposit_if_empty(datanet, &mut info)?;
		Datanets::<T>::insert(datanet, info);
		Self::deposit_event(Event::DatanetClosed { datanet });
		Ok(())
	}

	/// As the curator `who`, publish the next version of the active `datanet`: an immutable
	/// snapshot of its accepted set (count, total share, log length and hash chain). Versions
	/// have no end: [`Config::OnShareChange`] hears of each, so the pools retire the versions
	/// that leave the window of [`Config::MaxVersions`]. Emits `VersionPublished`.
	///
	/// # Errors
	/// [`Error::UnknownDatanet`], [`Error::NotCurator`], [`Error::DatanetClosed`],
	/// [`Error::VersionUnchanged`], [`Error::Overflow`].
	pub(crate) fn do_publish_version(
		who: &T::AccountId,
		datanet: DatanetId,
	) -> Result<(VersionNumber, Weight), DispatchError> {
		let mut info = Self::active_curated_by(who, datanet)?;
		let published_len =
			Versions::<T>::get(datanet, info.latest_version).map_or(0, |v| v.log_len);
		ensure!(info.log_len != published_len, Error::<T>::VersionUnchanged);
		let version = info.latest_version.checked_add(1).ok_or(Error::<T>::Overflow)?;

		Versions::<T>::insert(
			datanet,
			version,
			VersionInfo {
				contributions: info.accepted,
				total_share: info.total_share,
				log_len: info.log_len,
				commitment: info.log_root,
				published_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		info.latest_version = version;
		let (contributions, total_share, commitment) =
			(info.accepted, info.total_share, info.log_root);
		Datanets::<T>::insert(datanet, info);
		let retiring =
			T::OnShareChange::on_version_published(datanet, version, T::MaxVersions::get());
		Self::deposit_event(Event::VersionPublished {
			datanet,
			version,
			contributions,
			total_share,
			commitment,
		});
		Ok((version, retiring))
	}

	/// Returns a closed datanet's creation deposit once it holds no accepted contribution.
	pub(crate) fn release_datanet_deposit_if_empty(
		datanet: DatanetId,
		info: &mut DatanetInfo<T>,
	) -> DispatchResult {
		if info.status != DatanetStatus::Closed || info.accepted != 0 || info.deposit.is_zero() {
			return Ok(());
		}
		let amount = core::mem::take(&mut info.deposit);
		T::Currency::release(
			&HoldReason::DatanetDeposit.into(),
			&info.depositor,
			amount,
			Precision::Exact,
		)?;
		Self::deposit_event(Event::DatanetDepositReleased {
			datanet,
			depositor: info.depositor.clone(),
			amount,
		});
		Ok(())
	}

	/// Returns a contribution's deposit to its contributor.
	pub(crate) fn release_contribution_deposit(
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		T::Currency::release(&HoldReason::ContributionDeposit.into(), who, amount, Precision::Exact)
			.map(|_| ())
	}

	/// Moves a contribution's deposit from its contributor to the treasury.
	pub(crate) fn slash_contribution_deposit(
		who: &T::AccountId,
		amount: BalanceOf<T>,
	) -> Result<BalanceOf<T>, DispatchError> {
		T::Currency::transfer_on_hold(
			&HoldReason::ContributionDeposit.into(),
			who,
			&T::Treasury::get(),
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)
	}

	/// Appends an entry to the datanet's accepted-set log and returns the new root (see the
	/// crate docs for the formula) and stores the entry under its position in [`Log`].
	pub(crate) fn log_entry(
		datanet: DatanetId,
		info: &mut DatanetInfo<T>,
		op: LogOp,
		contribution: ContributionId,
		content_hash: H256,
		weight: ContributionWeight,
	) -> Result<H256, Error<T>> {
		let entry = LogEntry { op, contribution, content_hash, weight };
		let position = info.log_len;
		info.log_len = position.checked_add(1).ok_or(Error::<T>::Overflow)?;
		info.log_root = Self::chain_log(info.log_root, position, &entry);
		Log::<T>::insert(datanet, position, entry);
		Ok(info.log_root)
	}

	/// The log root after appending `entry` at `position` to a log whose root is `root`
	/// ([`openledger_formulas::log::chain`], which the SDK replays).
	pub fn chain_log(root: H256, position: u64, entry: &LogEntry) -> H256 {
		let LogEntry { op, contribution, content_hash, weight } = *entry;
		H256(openledger_formulas::log::chain(
			&root.0,
			position,
			op.code(),
			contribution,
			&content_hash.0,
			weight,
		))
	}

	/// Replaces a contributor's standing in a datanet, keeping the datanet's totals in step.
	/// When the share changes, [`Config::OnShareChange`] is told first, while storage still
	/// holds the old share, naming the next version as the epoch: the change counts from that
	/// version on, and the published versions keep the shares they committed to. Call it after
	/// every other check of the extrinsic.
	pub(crate) fn set_contributor(
		datanet: DatanetId,
		info: &mut DatanetInfo<T>,
		who: &T::AccountId,
		old: ContributorInfo,
		new: ContributorInfo,
	) -> DispatchResult {
		let epoch = info.latest_version.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let total_share = info
			.total_share
			.checked_sub(old.share)
			.ok_or(Error::<T>::Underflow)?
			.checked_add(new.share)
			.ok_or(Error::<T>::Overflow)?;
		let contributors = match (old.share > 0, new.share > 0) {
			(false, true) => info.contributors.checked_add(1).ok_or(Error::<T>::Overflow)?,
			(true, false) => info.contributors.checked_sub(1).ok_or(Error::<T>::Underflow)?,
			_ => info.contributors,
		};

		if old.share != new.share {
			T::OnShareChange::before_share_change(datanet, who, epoch, old.share, new.share);
			Self::deposit_event(Event::ShareChanged {
				datanet,
				contributor: who.clone(),
				old_share: old.share,
				new_share: new.share,
				total_share,
			});
		}
		info.total_share = total_share;
		info.contributors = contributors;
		if new == ContributorInfo::default() {
			Contributors::<T>::remove(datanet, who);
		} else {
			Contributors::<T>::insert(datanet, who, new);
		}
		Ok(())
	}
}
