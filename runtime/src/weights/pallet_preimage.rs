//! Weights for `pallet_preimage`: the pallet's reference weights until `benchmarks/run.sh pallet_preimage` measures
//! this chain's.

/// Weight functions for `pallet_preimage`.
pub type WeightInfo<T> = ::pallet_preimage::weights::SubstrateWeight<T>;
