//! `try_state`: the invariants every block (and every unit test) must keep.

use crate::{pallet::*, types::*};
use alloc::collections::btree_map::BTreeMap;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use openledger_primitives::{DatanetsInspect, ModelId, ModelKind};
use sp_runtime::{Perbill, Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// Checks lineages, training shares, indexes and held deposits against the records.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next = NextModelId::<T>::get();
		let mut held = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		let mut children = BTreeMap::<ModelId, u32>::new();
		for (id, info) in Models::<T>::iter() {
			ensure!(id < next, "model id beyond NextModelId");
			ensure!(
				info.lineage.len() <= T::MaxLineageDepth::get() as usize,
				"lineage deeper than MaxLineageDepth"
			);
			match info.kind.parent() {
				None => ensure!(info.lineage.is_empty(), "a base model has a lineage"),
				Some(parent) => {
					ensure!(parent < id, "a parent registered after its derivative");
					let parent_info =
						Models::<T>::get(parent).ok_or("a parent model is missing")?;
					let first = info.lineage.first().ok_or("a derivative has no lineage")?;
					ensure!(first.model == parent, "lineage does not start at the parent");
					ensure!(
						info.lineage.iter().skip(1).eq(parent_info.lineage.iter()),
						"lineage is not the parent's lineage extended"
					);
					ensure!(
						Derivatives::<T>::contains_key(parent, id),
						"derivative index misses a model"
					);
					children.entry(parent).or_default().saturating_inc();
				}
			}
			ensure!(
				!info.training.is_empty() || info.kind == ModelKind::Base,
				"a derivative without training data"
			);
			if !info.training.is_empty() {
				let total = info
					.training
					.iter()
					.fold(0u64, |sum, s| sum.saturating_add(s.share.deconstruct().into()));
				ensure!(
					total == u64::from(Perbill::one().deconstruct()),
					"training shares do not sum to 100%"
				);
			}
			for source in &info.training {
				ensure!(
					T::Datanets::version_exists(source.datanet, source.version),
					"a training version does not exist"
				);
				ensure!(
					ModelsByDatanet::<T>::contains_key(source.datanet, id),
					"datanet index misses a model"
				);
			}
			held.entry(info.depositor.clone()).or_default().saturating_accrue(info.deposit);
		}
		for (id, info) in Models::<T>::iter() {
			ensure!(
				children.get(&id).copied().unwrap_or_default() == info.derivatives,
				"derivative count differs from the records"
			);
		}
		for (parent, child, ()) in Derivatives::<T>::iter() {
			ensure!(
				Models::<T>::get(child).is_some_and(|c| c.kind.parent() == Some(parent)),
				"derivative index points at a non-derivative"
			);
		}
		for (datanet, model, ()) in ModelsByDatanet::<T>::iter() {
			ensure!(
				Models::<T>::get(model)
					.is_some_and(|m| m.training.iter().any(|s| s.datanet == datanet)),
				"datanet index points at a model not trained on it"
			);
		}
		for (who, amount) in held {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ModelDeposit.into(), &who) == amount,
				"held model deposits differ from the records"
			);
		}
		Ok(())
	}
}
