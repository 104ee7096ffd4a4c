//! Checking an attribution against the model it answers for.

use crate::{pallet::*, types::*};
use frame_support::pallet_prelude::*;
use openledger_primitives::{
	AttributionError, ContributionStatus, DatanetsInspect, ModelId, ModelsInspect,
};

impl<T: Config> Pallet<T> {
	/// Whether `attribution` may answer a call on `model`: well formed (scores total at most
	/// 100%, every id once: [`openledger_primitives::Attribution::check`]), every contribution
	/// accepted, and every contribution's datanet and every datanet one `model` or an ancestor
	/// was trained on. Reads `1 + depth` models and one item per contribution.
	///
	/// # Errors
	/// [`Error::ScoresOverHundredPercent`], [`Error::DuplicateContribution`],
	/// [`Error::DuplicateDatanet`], [`Error::UnknownModel`], [`Error::UnknownContribution`],
	/// [`Error::ContributionNotAccepted`], [`Error::ContributionNotAttributable`],
	/// [`Error::DatanetNotAttributable`].
	pub(crate) fn ensure_valid_attribution(
		model: ModelId,
		attribution: &AttributionOf<T>,
	) -> DispatchResult {
		attribution.check().map_err(|e| match e {
			AttributionError::ScoresOverHundredPercent => Error::<T>::ScoresOverHundredPercent,
			AttributionError::DuplicateContribution => Error::<T>::DuplicateContribution,
			AttributionError::DuplicateDatanet => Error::<T>::DuplicateDatanet,
		})?;
		let allowed = T::Models::attributable_datanets(model).ok_or(Error::<T>::UnknownModel)?;
		for (contribution, _) in attribution.contributions.iter() {
			let info =
				T::Datanets::contribution(*contribution).ok_or(Error::<T>::UnknownContribution)?;
			ensure!(
				info.status == ContributionStatus::Accepted,
				Error::<T>::ContributionNotAccepted
			);
			ensure!(
				allowed.binary_search(&info.datanet).is_ok(),
				Error::<T>::ContributionNotAttributable
			);
		}
		for (datanet, _) in attribution.datanets.iter() {
			ensure!(allowed.binary_search(datanet).is_ok(), Error::<T>::DatanetNotAttributable);
		}
		Ok(())
	}
}
