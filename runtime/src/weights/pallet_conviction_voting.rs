//! Weights for `pallet_conviction_voting`: the pallet's reference weights until `benchmarks/run.sh pallet_conviction_voting` measures
//! this chain's.

/// Weight functions for `pallet_conviction_voting`.
pub type WeightInfo<T> = ::pallet_conviction_voting::weights::SubstrateWeight<T>;
