//! [`ModelsInspect`]: how other pallets read models, one fact at a time.

use crate::pallet::*;
use alloc::vec::Vec;
use openledger_primitives::{
	Ancestor, DatanetId, ModelId, ModelPayees, ModelStatus, ModelsInspect,
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

	fn attributable_datanets(model: ModelId) -> Option<Vec<DatanetId>> {
		let info = Models::<T>::get(model)?;
		let mut datanets: Vec<DatanetId> = info.training.iter().map(|s| s.datanet).collect();
		// The lineage is stored whole in the model itself: one read per ancestor, for its
		// training list only.
		for link in info.lineage.iter() {
			if let Some(ancestor) = Models::<T>::get(link.model) {
				datanets.extend(ancestor.training.iter().map(|s| s.datanet));
			}
		}
		datanets.sort_unstable();
		datanets.dedup();
		Some(datanets)
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
