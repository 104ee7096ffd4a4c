//! Read-only queries behind the attribution runtime API: a datanet's figures and paged
//! listings of contributions. Never called from extrinsics.

use crate::{pallet::*, types::*};
use frame_system::pallet_prelude::BlockNumberFor;
use openledger_primitives::{
	query::{keys_after, page},
	ContributionId, DatanetId, Page, VersionNumber,
};

impl<T: Config> Pallet<T> {
	/// `datanet`'s curator, status, contribution counts, share and latest version.
	pub fn api_datanet_stats(datanet: DatanetId) -> Option<DatanetStats<T::AccountId>> {
		let info = Datanets::<T>::get(datanet)?;
		Some(DatanetStats {
			active: info.status == DatanetStatus::Active,
			curator: info.curator,
			pending: info.pending,
			accepted: info.accepted,
			rejected: info.rejected,
			removed: info.removed,
			contributors: info.contributors,
			total_share: info.total_share,
			latest_version: info.latest_version,
		})
	}

	/// A page of `datanet`'s contributions, from after `start`, at most `limit` (capped by
	/// [`openledger_primitives::MAX_PAGE_SIZE`]).
	pub fn api_datanet_contributions(
		datanet: DatanetId,
		start: Option<ContributionId>,
		limit: u32,
	) -> Page<ContributionView<T::AccountId>, ContributionId> {
		let ids = keys_after::<DatanetContributions<T>, _, _, _>(datanet, start);
		page(ids, limit).filter_map(Self::contribution_view)
	}

	/// A page of `who`'s contributions in every datanet, from after `start`.
	pub fn api_contributor_contributions(
		who: T::AccountId,
		start: Option<ContributionId>,
		limit: u32,
	) -> Page<ContributionView<T::AccountId>, ContributionId> {
		let ids = keys_after::<ContributorContributions<T>, _, _, _>(who, start);
		page(ids, limit).filter_map(Self::contribution_view)
	}

	/// A page of `datanet`'s published versions in order, from after `start`: each version's
	/// number with its snapshot (count, total share, log length, commitment, block).
	pub fn api_datanet_versions(
		datanet: DatanetId,
		start: Option<VersionNumber>,
		limit: u32,
	) -> Page<(VersionNumber, VersionInfo<BlockNumberFor<T>>), VersionNumber> {
		let latest = Datanets::<T>::get(datanet).map_or(0, |info| info.latest_version);
		// Versions are numbered without gaps, so a page is a range of numbers.
		let first = start.unwrap_or(0).saturating_add(1);
		page(first..=latest, limit)
			.filter_map(|n| Versions::<T>::get(datanet, n).map(|info| (n, info)))
	}

	/// A page of the accepted-set log of `datanet` up to `version` (the entries its commitment
	/// covers), from after position `start`, at most `limit`. Replaying the entries through
	/// [`Pallet::chain_log`] from a zero root reproduces the version's commitment and yields its
	/// exact contributions with their weights. Empty when the version is unknown or its entries
	/// predate the stored log.
	pub fn api_version_log(
		datanet: DatanetId,
		version: VersionNumber,
		start: Option<u64>,
		limit: u32,
	) -> Page<LogEntryView, u64> {
		let end = Versions::<T>::get(datanet, version).map_or(0, |v| v.log_len);
		let first = start.map_or(0, |s| s.saturating_add(1));
		page(first..end, limit).filter_map(|position| {
			let entry = Log::<T>::get(datanet, position)?;
			let uri = Contributions::<T>::get(entry.contribution).map(|c| c.uri.into_inner());
			Some(LogEntryView { position, entry, uri })
		})
	}

	fn contribution_view(id: ContributionId) -> Option<ContributionView<T::AccountId>> {
		Contributions::<T>::get(id).map(|c| ContributionView {
			id,
			datanet: c.datanet,
			contributor: c.contributor,
			status: c.status,
			weight: c.weight,
			content_hash: c.content_hash,
			size: c.size,
		})
	}
}
