//! Weights for `pallet_models`.
//!
//! PLACEHOLDER in the generated shape: these figures were not measured on this machine yet.
//! `benchmarks/run.sh pallet_models` regenerates this file from `benchmark pallet` with
//! `benchmarks/weight-template.hbs` (the benchmarks issue).

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_models`.
pub trait WeightInfo {
	fn register_model(t: u32, d: u32) -> Weight;
	fn update_price() -> Weight;
	fn update_metadata() -> Weight;
	fn transfer_ownership() -> Weight;
	fn deprecate() -> Weight;
	fn set_derivative_terms() -> Weight;
}

/// Weights for `pallet_models` using the node's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: NextModelId, Models (parent), Datanets/Versions per training datanet, Holds
	fn register_model(t: u32, d: u32) -> Weight {
		Weight::from_parts(40_000_000, 4_000)
			.saturating_add(Weight::from_parts(6_000_000, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(400_000, 0).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(t.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	/// Storage: Models
	fn update_price() -> Weight {
		Weight::from_parts(14_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Models
	fn update_metadata() -> Weight {
		Weight::from_parts(15_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Models
	fn transfer_ownership() -> Weight {
		Weight::from_parts(14_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Models
	fn deprecate() -> Weight {
		Weight::from_parts(14_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Models
	fn set_derivative_terms() -> Weight {
		Weight::from_parts(14_000_000, 3_700)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn register_model(t: u32, d: u32) -> Weight {
		Weight::from_parts(40_000_000, 4_000)
			.saturating_add(Weight::from_parts(6_000_000, 0).saturating_mul(t.into()))
			.saturating_add(Weight::from_parts(400_000, 0).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(t.into())))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(t.into())))
	}
	fn update_price() -> Weight {
		Weight::from_parts(14_000_000, 3_700)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn update_metadata() -> Weight {
		Weight::from_parts(15_000_000, 3_700)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn transfer_ownership() -> Weight {
		Weight::from_parts(14_000_000, 3_700)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn deprecate() -> Weight {
		Weight::from_parts(14_000_000, 3_700)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_derivative_terms() -> Weight {
		Weight::from_parts(14_000_000, 3_700)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
