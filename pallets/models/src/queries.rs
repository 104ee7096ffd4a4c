//! Read-only queries behind the attribution runtime API: a model's lineage and paged listings
//! of models by datanet and by parent. Never called from extrinsics.

use crate::{pallet::*, types::*};
use openledger_primitives::{
	query::{keys_after, page},
	DatanetId, ModelId, ModelsInspect, Page,
};

impl<T: Config> Pallet<T> {
	/// `model`'s lineage with each ancestor's current owner and royalty rate.
	pub fn api_lineage(model: ModelId) -> Option<ModelLineage<T::AccountId>> {
		let payees = <Self as ModelsInspect<T::AccountId, BalanceOf<T>>>::payees(model)?;
		Some(ModelLineage {
			model,
			owner: payees.owner,
			kind: payees.kind,
			ancestors: payees.lineage.into_inner(),
		})
	}

	/// A page of the models trained on `datanet`, from after `start`.
	pub fn api_datanet_models(
		datanet: DatanetId,
		start: Option<ModelId>,
		limit: u32,
	) -> Page<ModelId, ModelId> {
		page(keys_after::<ModelsByDatanet<T>, _, _, _>(datanet, start), limit)
	}

	/// A page of `model`'s direct derivatives, from after `start`.
	pub fn api_model_derivatives(
		model: ModelId,
		start: Option<ModelId>,
		limit: u32,
	) -> Page<ModelId, ModelId> {
		page(keys_after::<Derivatives<T>, _, _, _>(model, start), limit)
	}
}
