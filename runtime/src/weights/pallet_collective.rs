//! Weights for `pallet_collective`: the pallet's reference weights until `benchmarks/run.sh pallet_collective` measures
//! this chain's.

/// Weight functions for `pallet_collective`.
pub type WeightInfo<T> = ::pallet_collective::weights::SubstrateWeight<T>;
