//! [`ModelsInspect`]: how other pallets read models, one fact at a time.

use crate::pallet::*;
use alloc::vec::Vec;
use openledger_primitives::{
	Ancestor, DatanetId, ModelId, ModelPayees, ModelStatus, ModelsInspect, VersionNumber,
};

impl<T: Config> ModelsInspect<T::AccountId, crate::BalanceOf<T>> for Pallet<T> {
	type MaxTrainingDatanets = T::MaxTrainingDatanets;
	type MaxLineageDepth = T::MaxLineageDepth;

	fn owner(model: ModelId) -> Option<T::AccountId> {
		Models::<T>::get(model).map(|info| info.owner)
	}

	fn status_and_price(model: ModelId) -> Option<(ModelStatus, crate::BalanceOf<T>)> {
		Models::<T>::get(model).map(|info| (info.status, info.price))
	}

	fn attributable_versions(model: ModelId) -> Option<Vec<(DatanetId, VersionNumber)>> {
		let info = Models::<T>::get(model)?;
		let mut cited: Vec<(DatanetId, VersionNumber)> =
			info.training.iter().map(|s| (s.datanet, s.version)).collect();
		// The lineage is stored whole in the model itself: one read per ancestor, for its
		// training list only.
		for link in info.lineage.iter() {
			if let Some(ancestor) = Models::<T>::get(link.model) {
				cited.extend(ancestor.training.iter().map(|s| (s.datanet, s.version)));
			}
		}
		// Per datanet the latest cited version: its accepted set holds every contribution of
		// the earlier ones that is still accepted.
		cited.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
		cited.dedup_by_key(|(datanet, _)| *datanet);
		Some(cited)
	}

	fn payees(
		model: ModelId,
	) -> Option<ModelPayees<T::AccountId, T::MaxTrainingDatanets, T::MaxLineageDepth>> {
		let info = Models::<T>::get(model)?;
		// Owners may have changed since registration: read each ancestor's current owner.
		let lineage: Vec<_> = info
			.lineage
			.iter()
			.map(|link| {
				Models::<T>::get(link.model).map(|ancestor| Ancestor {
					model: link.model,
					owner: ancestor.owner,
					royalty: link.royalty,
				})
			})
			.collect::<Option<_>>()?;
		Some(ModelPayees {
			owner: info.owner,
			kind: info.kind,
			training: info.training,
			lineage: lineage.try_into().ok()?,
		})
	}
}
