//! [`ModelsInspect`]: how other pallets read models.

use crate::pallet::*;
use alloc::vec::Vec;
use openledger_primitives::{Ancestor, ModelId, ModelStatus, ModelView, ModelsInspect};

impl<T: Config> ModelsInspect<T::AccountId, crate::BalanceOf<T>> for Pallet<T> {
	type MaxTrainingDatanets = T::MaxTrainingDatanets;
	type MaxLineageDepth = T::MaxLineageDepth;

	fn model(
		model: ModelId,
	) -> Option<
		ModelView<T::AccountId, crate::BalanceOf<T>, T::MaxTrainingDatanets, T::MaxLineageDepth>,
	> {
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
		Some(ModelView {
			owner: info.owner,
			price: info.price,
			status: info.status,
			kind: info.kind,
			training: info.training,
			lineage: lineage.try_into().ok()?,
		})
	}

	fn status_and_price(model: ModelId) -> Option<(ModelStatus, crate::BalanceOf<T>)> {
		Models::<T>::get(model).map(|info| (info.status, info.price))
	}
}
