//! [`DatanetsInspect`]: how other pallets read datanets.

use crate::{pallet::*, types::DatanetStatus};
use openledger_primitives::{
	ContributionId, ContributionInfo, DatanetId, DatanetsInspect, Share, VersionNumber,
};

impl<T: Config> DatanetsInspect<T::AccountId> for Pallet<T> {
	type MaxVersions = T::MaxVersions;

	fn datanet_exists(datanet: DatanetId) -> bool {
		Datanets::<T>::contains_key(datanet)
	}

	fn datanet_is_active(datanet: DatanetId) -> bool {
		Datanets::<T>::get(datanet).is_some_and(|info| info.status == DatanetStatus::Active)
	}

	fn curator(datanet: DatanetId) -> Option<T::AccountId> {
		Datanets::<T>::get(datanet).map(|info| info.curator)
	}

	fn version_exists(datanet: DatanetId, version: VersionNumber) -> bool {
		Versions::<T>::contains_key(datanet, version)
	}

	fn oldest_citable(datanet: DatanetId) -> VersionNumber {
		let latest = Datanets::<T>::get(datanet).map_or(0, |info| info.latest_version);
		openledger_primitives::citable_from(
			latest,
			<T::MaxVersions as frame_support::traits::Get<u32>>::get(),
		)
	}

	fn contribution(contribution: ContributionId) -> Option<ContributionInfo<T::AccountId>> {
		Contributions::<T>::get(contribution).map(|c| ContributionInfo {
			datanet: c.datanet,
			contributor: c.contributor,
			status: c.status,
			weight: c.weight,
		})
	}

	fn contributor_share(datanet: DatanetId, who: &T::AccountId) -> Share {
		Contributors::<T>::get(datanet, who).map_or(0, |c| c.share)
	}

	fn total_share(datanet: DatanetId) -> Share {
		Datanets::<T>::get(datanet).map_or(0, |info| info.total_share)
	}

	fn in_version(
		contribution: ContributionId,
		datanet: DatanetId,
		version: VersionNumber,
	) -> bool {
		let accepted = Contributions::<T>::get(contribution).is_some_and(|c| {
			c.datanet == datanet && c.status == openledger_primitives::ContributionStatus::Accepted
		});
		// Still accepted, so never dropped: in every version published after its entry.
		let position = AcceptedAt::<T>::get(contribution).unwrap_or_default().position;
		accepted && Versions::<T>::get(datanet, version).is_some_and(|v| position < v.log_len)
	}
}
