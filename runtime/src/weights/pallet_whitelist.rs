//! Weights for `pallet_whitelist`: the pallet's reference weights until `benchmarks/run.sh pallet_whitelist` measures
//! this chain's.

/// Weight functions for `pallet_whitelist`.
pub type WeightInfo<T> = ::pallet_whitelist::weights::SubstrateWeight<T>;
