//! Helpers that let one pallet's benchmarks create another pallet's items without knowing how
//! they are made. Compiled with `runtime-benchmarks` only.

use crate::ids::*;

/// Creates datanet versions for other pallets' benchmarks. Implemented by `pallet-datanets`.
pub trait DatanetsBenchmarkHelper {
	/// A new datanet with one accepted contribution and version 1 published.
	fn datanet_with_version(seed: u32) -> (DatanetId, VersionNumber);

	/// `count` new funded contributors, each with one accepted contribution in the open
	/// `datanet` (as made by [`Self::datanet_with_version`]); their contributions' ids.
	fn add_contributors(
		datanet: DatanetId,
		first_seed: u32,
		count: u32,
	) -> alloc::vec::Vec<ContributionId>;

	/// Publish the next version of `datanet` (as made by [`Self::datanet_with_version`]) if its
	/// accepted set changed since the latest; the latest version's number.
	fn publish_version(datanet: DatanetId) -> VersionNumber;
}

/// A pair of helpers: the first makes datanets, the second models; lets a `Config` name both
/// as `(Datanets, Models)`.
impl<D: DatanetsBenchmarkHelper, M> DatanetsBenchmarkHelper for (D, M) {
	fn datanet_with_version(seed: u32) -> (DatanetId, VersionNumber) {
		D::datanet_with_version(seed)
	}

	fn add_contributors(
		datanet: DatanetId,
		first_seed: u32,
		count: u32,
	) -> alloc::vec::Vec<ContributionId> {
		D::add_contributors(datanet, first_seed, count)
	}

	fn publish_version(datanet: DatanetId) -> VersionNumber {
		D::publish_version(datanet)
	}
}

/// Creates models for other pallets' benchmarks. Implemented by `pallet-models`.
pub trait ModelsBenchmarkHelper {
	/// A model with `depth` ancestors (each owed a non-zero royalty, each with its own owner),
	/// trained on `training` in equal shares; its id. When `training` is longer than one model
	/// may cite, it is spread over the lineage (root first, the model itself last), so the
	/// lineage cites it all; panics when the lineage is too short for it.
	fn model_with_lineage(depth: u32, training: &[(DatanetId, VersionNumber)]) -> ModelId;
}

impl<D, M: ModelsBenchmarkHelper> ModelsBenchmarkHelper for (D, M) {
	fn model_with_lineage(depth: u32, training: &[(DatanetId, VersionNumber)]) -> ModelId {
		M::model_with_lineage(depth, training)
	}
}

/// The value of a benchmark's setup step, or a panic naming the step and its reason. A setup
/// that fails must stop the benchmark: carrying on would measure a smaller case than the
/// component says (e.g. a shallower lineage).
pub fn setup<V, E: core::fmt::Debug>(step: &str, result: Result<V, E>) -> V {
	match result {
		Ok(value) => value,
		Err(error) => panic!("benchmark setup failed: {step}: {error:?}"),
	}
}
