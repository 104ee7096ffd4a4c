//! [`ModelsBenchmarkHelper`]: models with a lineage, for other pallets' benchmarks.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_benchmarking::account;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Get,
};
use openledger_primitives::{
	setup, DatanetId, ModelId, ModelKind, ModelsBenchmarkHelper, TrainingSource, VersionNumber,
};
use sp_core::H256;
use sp_runtime::{Perbill, Saturating};

/// `training` as sources in equal shares summing to exactly 100%.
fn sources(training: &[(DatanetId, VersionNumber)]) -> Vec<TrainingSource> {
	let parts = u32::try_from(training.len()).unwrap_or(1).max(1);
	let part = Perbill::one().deconstruct().checked_div(parts).unwrap_or_default();
	// The first source takes what the equal parts leave, so the shares sum to 100%.
	let first =
		Perbill::one().deconstruct().saturating_sub(part.saturating_mul(parts.saturating_sub(1)));
	training
		.iter()
		.enumerate()
		.map(|(i, (datanet, version))| TrainingSource {
			datanet: *datanet,
			version: *version,
			share: Perbill::from_parts(if i == 0 { first } else { part }),
		})
		.collect()
}

impl<T: Config> ModelsBenchmarkHelper for Pallet<T> {
	fn model_with_lineage(depth: u32, training: &[(DatanetId, VersionNumber)]) -> ModelId {
		// Sources one model can take are shared by the whole lineage; more are spread over it
		// from the model itself (the last ones) towards the root, so its lineage cites them
		// all and the model is trained on the last ones.
		let most = T::MaxTrainingDatanets::get().max(1) as usize;
		let chunks: Vec<&[(DatanetId, VersionNumber)]> = training.rchunks(most).collect();
		let models = depth.saturating_add(1) as usize;
		if chunks.len() > models {
			panic!(
				"benchmark setup failed: {} training datanets need {} models, the lineage has {models}",
				training.len(),
				chunks.len()
			);
		}
		let for_model = |seed: u32| -> Vec<TrainingSource> {
			let from_leaf = depth.saturating_sub(seed) as usize;
			match chunks.get(from_leaf).or(chunks.last()) {
				Some(chunk) if chunks.len() > 1 => sources(chunk),
				_ => sources(training),
			}
		};
		// Royalty rates along a lineage may sum to at most 100%.
		let royalty = Perbill::from_rational(1, depth.saturating_add(1)).min(T::MaxRoyalty::get());
		let terms = DerivativeTerms { allowed: true, royalty };
		let mut kind = ModelKind::Base;
		let mut last: ModelId = 0;
		for seed in 0..=depth {
			let owner: T::AccountId = account("model-owner", seed, 0);
			let funds = T::ModelDeposit::get()
				.saturating_add(T::Currency::minimum_balance())
				.saturating_mul(2u32.into());
			T::Currency::set_balance(&owner, funds);
			let registered = Self::do_register(
				owner,
				b"benchmark".to_vec(),
				Vec::new(),
				H256::repeat_byte(7),
				kind,
				for_model(seed),
				T::MinPrice::get(),
				terms,
			);
			last = setup("register a model of the lineage", registered);
			kind = ModelKind::FineTune { parent: last };
		}
		last
	}
}
