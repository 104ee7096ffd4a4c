//! Checking an attribution against the model it answers for.

use crate::{pallet::*, types::*};
use frame_support::pallet_prelude::*;
use openledger_primitives::{
	AttributionError, ContributionStatus, DatanetId, DatanetsInspect, ModelId, ModelsInspect,
};

impl<T: Config> Pallet<T> {
	/// Whether `attribution` may answer a call on `model`: well formed (scores total at most
	/// 100%, every id once: [`openledger_primitives::Attribution::check`]), every datanet one
	/// `model` or an ancestor was trained on, and every contribution accepted and already in
	/// the latest version of its datanet that `model` or an ancestor cites: data added after
	/// training cannot be paid as if it had trained the model. Reads `1 + depth` models and a
	/// constant number of items per contribution.
	///
	/// # Errors
	/// [`Error::ScoresOverHundredPercent`], [`Error::DuplicateContribution`],
	/// [`Error::DuplicateDatanet`], [`Error::UnknownModel`], [`Error::UnknownContribution`],
	/// [`Error::ContributionNotAccepted`], [`Error::ContributionNotAttributable`],
	/// [`Error::ContributionNotInCitedVersion`], [`Error::DatanetNotAttributable`].
	pub(crate) fn ensure_valid_attribution(
		model: ModelId,
		attribution: &AttributionOf<T>,
	) -> DispatchResult {
		attribution.check().map_err(|e| match e {
			AttributionError::ScoresOverHundredPercent => Error::<T>::ScoresOverHundredPercent,
			AttributionError::DuplicateContribution => Error::<T>::DuplicateContribution,
			AttributionError::DuplicateDatanet => Error::<T>::DuplicateDatanet,
		})?;
		let cited = T::Models::attributable_versions(model).ok_or(Error::<T>::UnknownModel)?;
		let cited_version = |datanet: DatanetId| {
			cited
				.binary_search_by_key(&datanet, |(d, _)| *d)
				.ok()
				.and_then(|i| cited.get(i))
				.map(|(_, version)| *version)
		};
		for (contribution, _) in attribution.contributions.iter() {
			let info =
				T::Datanets::contribution(*contribution).ok_or(Error::<T>::UnknownContribution)?;
			ensure!(
				info.status == ContributionStatus::Accepted,
				Error::<T>::ContributionNotAccepted
			);
			let version =
				cited_version(info.datanet).ok_or(Error::<T>::ContributionNotAttributable)?;
			ensure!(
				T::Datanets::in_version(*contribution, info.datanet, version),
				Error::<T>::ContributionNotInCitedVersion
			);
		}
		for (datanet, _) in attribution.datanets.iter() {
			ensure!(cited_version(*datanet).is_some(), Error::<T>::DatanetNotAttributable);
		}
		Ok(())
	}
}
