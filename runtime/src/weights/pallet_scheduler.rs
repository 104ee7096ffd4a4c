//! Weights for `pallet_scheduler`: the pallet's reference weights until `benchmarks/run.sh pallet_scheduler` measures
//! this chain's.

/// Weight functions for `pallet_scheduler`.
pub type WeightInfo<T> = ::pallet_scheduler::weights::SubstrateWeight<T>;
