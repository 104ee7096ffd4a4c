//! Contributions: submit, accept, reject, grade, withdraw, remove.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{ensure, pallet_prelude::*, traits::fungible::MutateHold};
use openledger_primitives::{
	holds::hold_error, ContributionId, ContributionStatus, ContributionWeight, DatanetId,
};
use sp_core::H256;
use sp_runtime::{traits::Zero, Saturating};

/// The weight of a newly accepted contribution.
pub const DEFAULT_WEIGHT: ContributionWeight = 1;

impl<T: Config> Pallet<T> {
	/// A contributor's standing after gaining or losing one contribution of `weight`.
	///
	/// # Errors
	/// [`Error::Overflow`] or [`Error::Underflow`] when the share or count leaves its range.
	fn with_contribution(
		old: ContributorInfo,
		change: Membership,
		weight: ContributionWeight,
	) -> Result<ContributorInfo, Error<T>> {
		let (share, contributions) = match change {
			Membership::Join => {
				(old.share.checked_add(weight.into()), old.contributions.checked_add(1))
			}
			Membership::Leave => {
				(old.share.checked_sub(weight.into()), old.contributions.checked_sub(1))
			}
		};
		let out_of_range = || {
			if change == Membership::Join {
				Error::<T>::Overflow
			} else {
				Error::<T>::Underflow
			}
		};
		Ok(ContributorInfo {
			share: share.ok_or_else(out_of_range)?,
			contributions: contributions.ok_or_else(out_of_range)?,
		})
	}

	/// Submit a contribution of `who` to `datanet`: accepted at once (with the default weight,
	/// a log entry and a share change) in an open datanet, pending in a curated one; holds the
	/// datanet's contribution deposit. Emits `ContributionSubmitted`, and `ContributionAccepted`
	/// when accepted at once.
	///
	/// # Errors
	/// [`Error::UnknownDatanet`], [`Error::DatanetClosed`], [`Error::ZeroSize`],
	/// [`Error::UriTooLong`], [`Error::DuplicateContent`], [`Error::TooManyContributions`],
	/// [`Error::TooManyPending`] (curated datanets),
	/// [`Error::TooManyContributionsFromContributor`], [`Error::InsufficientBalance`] (or the
	/// currency's reason for a failed hold), [`Error::Overflow`].
	pub(crate) fn do_contribute(
		who: T::AccountId,
		datanet: DatanetId,
		content_hash: H256,
		size: u64,
		uri: Vec<u8>,
	) -> Result<ContributionId, DispatchError> {
		let mut info = Datanets::<T>::get(datanet).ok_or(Error::<T>::UnknownDatanet)?;
		ensure!(info.status == DatanetStatus::Active, Error::<T>::DatanetClosed);
		ensure!(size > 0, Error::<T>::ZeroSize);
		let uri: BoundedVec<u8, T::MaxUriLength> =
			uri.try_into().map_err(|_| Error::<T>::UriTooLong)?;
		let content_key = Self::content_key(&who, content_hash);
		ensure!(
			!ContentHashes::<T>::contains_key(datanet, content_key),
			Error::<T>::DuplicateContent
		);
		ensure!(
			info.records() < T::MaxContributionsPerDatanet::get(),
			Error::<T>::TooManyContributions
		);
		let old = Contributors::<T>::get(datanet, &who).unwrap_or_default();
		ensure!(
			old.contributions < T::MaxContributionsPerContributor::get(),
			Error::<T>::TooManyContributionsFromContributor
		);
		let accept_now = info.mode == CurationMode::Open;
		let pending_of = PendingOf::<T>::get(datanet, &who);
		ensure!(
			accept_now || pending_of < T::MaxPendingPerContributor::get(),
			Error::<T>::TooManyPending
		);
		let id = NextContributionId::<T>::get();
		let next_id = id.checked_add(1).ok_or(Error::<T>::Overflow)?;

		// An open datanet accepts at once: the contribution joins the share and the log.
		let (status, gained, log_root) = if accept_now {
			info.accepted = info.accepted.checked_add(1).ok_or(Error::<T>::Overflow)?;
			let acceptance = Self::next_acceptance(&info);
			let root =
				Self::log_entry(datanet, &mut info, LogOp::Add, id, content_hash, DEFAULT_WEIGHT)?;
			(ContributionStatus::Accepted, DEFAULT_WEIGHT, Some((root, acceptance)))
		} else {
			info.pending = info.pending.checked_add(1).ok_or(Error::<T>::Overflow)?;
			(ContributionStatus::Pending, 0, None)
		};
		let new = Self::with_contribution(old, Membership::Join, gained)?;
		let deposit = info.contribution_deposit;

		T::Currency::hold(&HoldReason::ContributionDeposit.into(), &who, deposit)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		Self::set_contributor(datanet, &mut info, &who, old, new)?;
		Contributions::<T>::insert(
			id,
			Contribution {
				datanet,
				contributor: who.clone(),
				content_hash,
				size,
				uri,
				status,
				weight: DEFAULT_WEIGHT,
				deposit,
				submitted_at: frame_system::Pallet::<T>::block_number(),
			},
		);
		ContentHashes::<T>::insert(datanet, content_key, id);
		if !accept_now {
			PendingOf::<T>::insert(datanet, &who, pending_of.saturating_add(1));
		}
		DatanetContributions::<T>::insert(datanet, id, ());
		ContributorContributions::<T>::insert(&who, id, ());
		NextContributionId::<T>::put(next_id);
		Datanets::<T>::insert(datanet, info);

		Self::deposit_event(Event::ContributionSubmitted {
			contribution: id,
			datanet,
			contributor: who.clone(),
			content_hash,
			size,
			deposit,
		});
		if let Some((log_root, acceptance)) = log_root {
			AcceptedAt::<T>::insert(id, acceptance);
			Self::deposit_event(Event::ContributionAccepted {
				contribution: id,
				datanet,
				contributor: who,
				weight: DEFAULT_WEIGHT,
				log_root,
			});
		}
		Ok(id)
	}

	/// The contribution and its datanet, if `decider` may decide on it: the datanet's curator
	/// for anyone else's contribution, or the governance origin (`None`) for any.
	///
	/// # Errors
	/// [`Error::UnknownContribution`], [`Error::UnknownDatanet`], [`Error::NotCurator`],
	/// [`Error::OwnContribution`].
	fn decidable_contribution(
		decider: Option<&T::AccountId>,
		contribution: ContributionId,
	) -> Result<(Contribution<T>, DatanetInfo<T>), Error<T>> {
		let record =
			Contributions::<T>::get(contribution).ok_or(Error::<T>::UnknownContribution)?;
		let info = Self::decided_by(decider, record.datanet)?;
		// A curator grading or accepting their own data would pay themselves.
		ensure!(decider != Some(&record.contributor), Error::<T>::OwnContribution);
		Ok((record, info))
	}

	/// As the curator (`Some`, not of their own contribution) or governance (`None`), accept a
	/// pending contribution into the active datanet: it joins
	/// the accepted-set log with the default weight and its contributor's share grows (the
	/// share-change hook runs first). Emits `ContributionAccepted` (and `ShareChanged`).
	///
	/// # Errors
	/// [`Error::UnknownContribution`], [`Error::UnknownDatanet`], [`Error::NotCurator`],
	/// [`Error::OwnContribution`], [`Error::DatanetClosed`], [`Error::NotPending`], [`Error::Overflow`],
	/// [`Error::Underflow`].
	pub(crate) fn do_accept(
		decider: Option<&T::AccountId>,
		contribution: ContributionId,
	) -> DispatchResult {
		let (mut record, mut info) = Self::decidable_contribution(decider, contribution)?;
		ensure!(info.status == DatanetStatus::Active, Error::<T>::DatanetClosed);
		ensure!(record.status == ContributionStatus::Pending, Error::<T>::NotPending);
		let datanet = record.datanet;
		info.pending = info.pending.checked_sub(1).ok_or(Error::<T>::Underflow)?;
		info.accepted = info.accepted.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let acceptance = Self::next_acceptance(&info);
		let log_root = Self::log_entry(
			datanet,
			&mut info,
			LogOp::Add,
			contribution,
			record.content_hash,
			DEFAULT_WEIGHT,
		)?;
		let old = Contributors::<T>::get(datanet, &record.contributor).unwrap_or_default();
		let new = ContributorInfo {
			share: old.share.checked_add(DEFAULT_WEIGHT.into()).ok_or(Error::<T>::Overflow)?,
			..old
		};

		Self::set_contributor(datanet, &mut info, &record.contributor, old, new)?;
		Self::pending_decided(datanet, &record.contributor);
		record.status = ContributionStatus::Accepted;
		record.weight = DEFAULT_WEIGHT;
		let contributor = record.contributor.clone();
		Contributions::<T>::insert(contribution, record);
		AcceptedAt::<T>::insert(contribution, acceptance);
		Datanets::<T>::insert(datanet, info);
		Self::deposit_event(Event::ContributionAccepted {
			contribution,
			datanet,
			contributor,
			weight: DEFAULT_WEIGHT,
			log_root,
		});
		Ok(())
	}

	/// As the curator (`Some`, not of their own contribution) or governance (`None`), reject a
	/// pending contribution: its deposit returns to the contributor, or is slashed to the
	/// treasury when rejected as spam; its record is deleted. Emits `ContributionRejected` or
	/// `ContributionRejectedAsSpam`.
	///
	/// # Errors
	/// [`Error::UnknownContribution`], [`Error::UnknownDatanet`], [`Error::NotCurator`],
	/// [`Error::OwnContribution`], [`Error::NotPending`], [`Error::Overflow`], [`Error::Underflow`];
	/// the currency's error when the deposit cannot be released or slashed.
	pub(crate) fn do_reject(
		decider: Option<&T::AccountId>,
		contribution: ContributionId,
		rejection: Rejection,
	) -> DispatchResult {
		let (record, info) = Self::decidable_contribution(decider, contribution)?;
		let deposit = Self::end_pending(contribution, &record, info, rejection)?;
		let (datanet, contributor) = (record.datanet, record.contributor);
		Self::deposit_event(match rejection {
			Rejection::Refund => Event::ContributionRejected {
				contribution,
				datanet,
				contributor,
				deposit_returned: deposit,
			},
			Rejection::Slash => Event::ContributionRejectedAsSpam {
				contribution,
				datanet,
				contributor,
				slashed: deposit,
			},
		});
		Ok(())
	}

	/// As anyone, end a contribution pending for more than [`Config::PendingExpiry`] blocks:
	/// its deposit returns and its record is deleted. Emits `ContributionExpired`.
	///
	/// # Errors
	/// [`Error::UnknownContribution`], [`Error::UnknownDatanet`], [`Error::NotPending`],
	/// [`Error::NotExpired`], [`Error::Overflow`], [`Error::Underflow`]; the currency's error
	/// when the deposit cannot be released.
	pub(crate) fn do_expire_contribution(contribution: ContributionId) -> DispatchResult {
		let record =
			Contributions::<T>::get(contribution).ok_or(Error::<T>::UnknownContribution)?;
		let info = Datanets::<T>::get(record.datanet).ok_or(Error::<T>::UnknownDatanet)?;
		ensure!(record.status == ContributionStatus::Pending, Error::<T>::NotPending);
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now > record.submitted_at.saturating_add(T::PendingExpiry::get()),
			Error::<T>::NotExpired
		);
		let deposit = Self::end_pending(contribution, &record, info, Rejection::Refund)?;
		Self::deposit_event(Event::ContributionExpired {
			contribution,
			datanet: record.datanet,
			contributor: record.contributor,
			deposit_returned: deposit,
		});
		Ok(())
	}

	/// End the pending `contribution` of `info`'s datanet without accepting it: counters,
	/// the contributor's standing, its deposit (returned or slashed), its record. The deposit
	/// moved.
	///
	/// # Errors
	/// [`Error::NotPending`], [`Error::Overflow`], [`Error::Underflow`]; the currency's error.
	fn end_pending(
		contribution: ContributionId,
		record: &Contribution<T>,
		mut info: DatanetInfo<T>,
		rejection: Rejection,
	) -> Result<BalanceOf<T>, DispatchError> {
		ensure!(record.status == ContributionStatus::Pending, Error::<T>::NotPending);
		info.pending = info.pending.checked_sub(1).ok_or(Error::<T>::Underflow)?;
		info.rejected = info.rejected.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let old = Contributors::<T>::get(record.datanet, &record.contributor).unwrap_or_default();
		let new = Self::with_contribution(old, Membership::Leave, 0)?;

		let deposit = match rejection {
			Rejection::Refund => {
				Self::release_contribution_deposit(&record.contributor, record.deposit)?;
				record.deposit
			}
			Rejection::Slash if record.deposit.is_zero() => Zero::zero(),
			Rejection::Slash => {
				Self::slash_contribution_deposit(&record.contributor, record.deposit)?
			}
		};
		// A pending contribution has no share: the share does not change.
		Self::set_contributor(record.datanet, &mut info, &record.contributor, old, new)?;
		Self::pending_decided(record.datanet, &record.contributor);
		Self::delete_record(contribution, record);
		Datanets::<T>::insert(record.datanet, info);
		Ok(deposit)
	}

	/// One pending contribution of `who` in `datanet` was decided, withdrawn or expired.
	fn pending_decided(datanet: DatanetId, who: &T::AccountId) {
		// Contributions pending before the count existed are not in it: saturate at zero.
		PendingOf::<T>::mutate_exists(datanet, who, |count| {
			let next = count.unwrap_or(0).saturating_sub(1);
			*count = (next > 0).then_some(next);
		});
	}

	/// As the curator (`Some`, not of their own contribution) or governance (`None`), set an
	/// accepted contribution's weight within `1..=MaxWeight`; the
	/// contributor's share changes by the difference (the share-change hook runs first) and the
	/// log records a regrade. Emits `ContributionGraded` (and `ShareChanged`).
	///
	/// # Errors
	/// [`Error::UnknownContribution`], [`Error::UnknownDatanet`], [`Error::NotCurator`],
	/// [`Error::OwnContribution`], [`Error::DatanetClosed`], [`Error::NotAccepted`], [`Error::WeightOutOfBounds`],
	/// [`Error::Overflow`], [`Error::Underflow`].
	pub(crate) fn do_grade(
		decider: Option<&T::AccountId>,
		contribution: ContributionId,
		weight: ContributionWeight,
	) -> DispatchResult {
		let (mut record, mut info) = Self::decidable_contribution(decider, contribution)?;
		ensure!(info.status == DatanetStatus::Active, Error::<T>::DatanetClosed);
		ensure!(record.status == ContributionStatus::Accepted, Error::<T>::NotAccepted);
		ensure!(weight >= 1 && weight <= T::MaxWeight::get(), Error::<T>::WeightOutOfBounds);
		let datanet = record.datanet;
		let log_root = Self::log_entry(
			datanet,
			&mut info,
			LogOp::Regrade,
			contribution,
			record.content_hash,
			weight,
		)?;
		let old = Contributors::<T>::get(datanet, &record.contributor).unwrap_or_default();
		let share = old
			.share
			.checked_sub(record.weight.into())
			.ok_or(Error::<T>::Underflow)?
			.checked_add(weight.into())
			.ok_or(Error::<T>::Overflow)?;

		Self::set_contributor(
			datanet,
			&mut info,
			&record.contributor,
			old,
			ContributorInfo { share, ..old },
		)?;
		let old_weight = core::mem::replace(&mut record.weight, weight);
		Contributions::<T>::insert(contribution, record);
		Datanets::<T>::insert(datanet, info);
		Self::deposit_event(Event::ContributionGraded {
			contribution,
			datanet,
			old_weight,
			new_weight: weight,
			log_root,
		});
		Ok(())
	}

	/// As its contributor `who`, withdraw a pending contribution, or an accepted one once the
	/// datanet is closed (it leaves the log and the share); the deposit returns, and the datanet's
	/// deposit too when it was the last record of a closed datanet. Emits
	/// `ContributionWithdrawn` (and `ShareChanged`).
	///
	/// # Errors
	/// [`Error::UnknownContribution`], [`Error::NotContributor`], [`Error::UnknownDatanet`],
	/// [`Error::DatanetStillActive`], [`Error::AlreadyRemoved`], [`Error::NotPending`],
	/// [`Error::Underflow`], [`Error::Overflow`]; the currency's error when a deposit cannot be
	/// released.
	pub(crate) fn do_withdraw(who: &T::AccountId, contribution: ContributionId) -> DispatchResult {
		let record =
			Contributions::<T>::get(contribution).ok_or(Error::<T>::UnknownContribution)?;
		ensure!(record.contributor == *who, Error::<T>::NotContributor);
		let datanet = record.datanet;
		let mut info = Datanets::<T>::get(datanet).ok_or(Error::<T>::UnknownDatanet)?;
		let was_accepted = match record.status {
			ContributionStatus::Pending => {
				info.pending = info.pending.checked_sub(1).ok_or(Error::<T>::Underflow)?;
				Self::pending_decided(datanet, who);
				false
			}
			ContributionStatus::Accepted => {
				ensure!(info.status == DatanetStatus::Closed, Error::<T>::DatanetStillActive);
				info.accepted = info.accepted.checked_sub(1).ok_or(Error::<T>::Underflow)?;
				Self::log_entry(
					datanet,
					&mut info,
					LogOp::Drop,
					contribution,
					record.content_hash,
					0,
				)?;
				true
			}
			ContributionStatus::Removed => return Err(Error::<T>::AlreadyRemoved.into()),
			// Rejected records are deleted, so none is ever stored.
			ContributionStatus::Rejected => return Err(Error::<T>::NotPending.into()),
		};
		let old = Contributors::<T>::get(datanet, who).unwrap_or_default();
		let lost = if was_accepted { record.weight } else { 0 };
		let new = Self::with_contribution(old, Membership::Leave, lost)?;

		Self::release_contribution_deposit(who, record.deposit)?;
		Self::set_contributor(datanet, &mut info, who, old, new)?;
		Self::release_datanet_deposit_if_empty(datanet, &mut info)?;
		Self::delete_record(contribution, &record);
		let log_root = info.log_root;
		Datanets::<T>::insert(datanet, info);
		Self::deposit_event(Event::ContributionWithdrawn {
			contribution,
			datanet,
			contributor: who.clone(),
			deposit_returned: record.deposit,
			was_accepted,
			log_root,
		});
		Ok(())
	}

	/// Remove an accepted contribution for bad data, as its datanet's curator (`remover`) or
	/// governance (`None`): it leaves the log and the share, its deposit is slashed to the
	/// treasury, and its record is deleted but for its content hash, which stays refused (a
	/// tombstone). Emits
	/// `ContributionRemoved` (and `ShareChanged`).
	///
	/// # Errors
	/// [`Error::UnknownContribution`], [`Error::UnknownDatanet`], [`Error::NotCurator`],
	/// [`Error::NotAccepted`], [`Error::Overflow`], [`Error::Underflow`]; the currency's error
	/// when the deposit cannot be moved to the treasury.
	pub(crate) fn do_remove(
		remover: Option<&T::AccountId>,
		contribution: ContributionId,
	) -> DispatchResult {
		let record =
			Contributions::<T>::get(contribution).ok_or(Error::<T>::UnknownContribution)?;
		let datanet = record.datanet;
		let mut info = Self::decided_by(remover, datanet)?;
		ensure!(record.status == ContributionStatus::Accepted, Error::<T>::NotAccepted);
		info.accepted = info.accepted.checked_sub(1).ok_or(Error::<T>::Underflow)?;
		info.removed = info.removed.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let log_root =
			Self::log_entry(datanet, &mut info, LogOp::Drop, contribution, record.content_hash, 0)?;
		let old = Contributors::<T>::get(datanet, &record.contributor).unwrap_or_default();
		let new = Self::with_contribution(old, Membership::Leave, record.weight)?;

		let slashed = if record.deposit.is_zero() {
			Zero::zero()
		} else {
			Self::slash_contribution_deposit(&record.contributor, record.deposit)?
		};
		Self::set_contributor(datanet, &mut info, &record.contributor, old, new)?;
		Self::release_datanet_deposit_if_empty(datanet, &mut info)?;
		// Only the content key stays, as a tombstone: the content remains refused to its
		// contributor, and the datanet's room is not taken by a record.
		let key = Self::indexed_key(contribution, &record);
		Self::delete_record(contribution, &record);
		ContentHashes::<T>::insert(datanet, key, contribution);
		let contributor = record.contributor;
		Datanets::<T>::insert(datanet, info);
		Self::deposit_event(Event::ContributionRemoved {
			contribution,
			datanet,
			contributor,
			slashed,
			by_governance: remover.is_none(),
			log_root,
		});
		Ok(())
	}

	/// Where a contribution accepted now joins `info`'s accepted set: the next log position,
	/// in the epoch of the next version.
	fn next_acceptance(info: &DatanetInfo<T>) -> Acceptance {
		Acceptance { position: info.log_len, epoch: info.latest_version.saturating_add(1) }
	}

	/// The key duplicate detection uses for `content_hash` contributed by `who`: the hash bound
	/// to its contributor, so a hash seen in the transaction pool cannot be taken first (or
	/// locked out with a tombstone) by anyone else. Copies by others are the curator's to
	/// reject or remove, as any bad data.
	pub fn content_key(who: &T::AccountId, content_hash: H256) -> H256 {
		sp_io::hashing::blake2_256(&(b"openledger/content", who, content_hash).encode()).into()
	}

	/// The key `record` is indexed under: its content key, or its bare content hash for a
	/// contribution made before content was bound to contributors.
	pub(crate) fn indexed_key(contribution: ContributionId, record: &Contribution<T>) -> H256 {
		let key = Self::content_key(&record.contributor, record.content_hash);
		if ContentHashes::<T>::get(record.datanet, key) == Some(contribution) {
			key
		} else {
			record.content_hash
		}
	}

	/// Deletes a contribution and its index entries; its content may be contributed again.
	fn delete_record(contribution: ContributionId, record: &Contribution<T>) {
		ContentHashes::<T>::remove(record.datanet, Self::indexed_key(contribution, record));
		Contributions::<T>::remove(contribution);
		AcceptedAt::<T>::remove(contribution);
		DatanetContributions::<T>::remove(record.datanet, contribution);
		ContributorContributions::<T>::remove(&record.contributor, contribution);
	}
}
