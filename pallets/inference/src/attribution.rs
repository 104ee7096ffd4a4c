//! Checking an attribution against the model it answers for.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::pallet_prelude::*;
use openledger_primitives::{
	ContributionStatus, DatanetId, DatanetsInspect, ModelId, ModelsInspect,
};

impl<T: Config> Pallet<T> {
	/// The datanets `model` and its ancestors were trained on: what an attribution may name.
	/// At most `1 + MaxLineageDepth` model reads.
	pub fn attributable_datanets(model: ModelId) -> Result<Vec<DatanetId>, DispatchError> {
		let view = T::Models::model(model).ok_or(Error::<T>::UnknownModel)?;
		let mut datanets: Vec<DatanetId> = view.training.iter().map(|s| s.datanet).collect();
		for ancestor in view.lineage.iter() {
			if let Some(parent) = T::Models::model(ancestor.model) {
				datanets.extend(parent.training.iter().map(|s| s.datanet));
			}
		}
		datanets.sort_unstable();
		datanets.dedup();
		Ok(datanets)
	}

	/// Scores total at most 100%; every id once; every contribution accepted; every
	/// contribution's datanet and every datanet attributable to `model`.
	pub(crate) fn ensure_valid_attribution(
		model: ModelId,
		attribution: &AttributionOf<T>,
	) -> DispatchResult {
		ensure!(attribution.total_score().is_some(), Error::<T>::ScoresOverHundredPercent);
		let allowed = Self::attributable_datanets(model)?;
		let mut seen_contributions = Vec::with_capacity(attribution.contributions.len());
		for (contribution, _) in attribution.contributions.iter() {
			ensure!(!seen_contributions.contains(contribution), Error::<T>::DuplicateContribution);
			seen_contributions.push(*contribution);
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
		let mut seen_datanets = Vec::with_capacity(attribution.datanets.len());
		for (datanet, _) in attribution.datanets.iter() {
			ensure!(!seen_datanets.contains(datanet), Error::<T>::DuplicateDatanet);
			seen_datanets.push(*datanet);
			ensure!(allowed.binary_search(datanet).is_ok(), Error::<T>::DatanetNotAttributable);
		}
		Ok(())
	}
}
