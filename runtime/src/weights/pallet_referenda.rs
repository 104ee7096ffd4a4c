//! Weights for `pallet_referenda`: the pallet's reference weights until `benchmarks/run.sh pallet_referenda` measures
//! this chain's.

/// Weight functions for `pallet_referenda`.
pub type WeightInfo<T> = ::pallet_referenda::weights::SubstrateWeight<T>;
