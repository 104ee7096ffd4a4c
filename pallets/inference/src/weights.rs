//! Weights for `pallet_inference`.
//!
//! PLACEHOLDER in the generated shape: these figures were not measured on this machine yet.
//! `benchmarks/run.sh pallet_inference` regenerates this file from `benchmark pallet` with
//! `benchmarks/weight-template.hbs` (the benchmarks issue).

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_inference`.
pub trait WeightInfo {
	fn register_provider(m: u32, ) -> Weight;
	fn add_model() -> Weight;
	fn remove_model() -> Weight;
	fn unbond() -> Weight;
	fn withdraw_unbonded() -> Weight;
	fn request_inference() -> Weight;
	fn submit_result(c: u32, d: u32, ) -> Weight;
	fn cancel() -> Weight;
	fn challenge() -> Weight;
	fn resolve_challenge() -> Weight;
	fn settle() -> Weight;
	fn settle_queued(n: u32, ) -> Weight;
	fn set_min_provider_stake() -> Weight;
}

/// Weights for `pallet_inference` using the node's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn register_provider(m: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 5500)
			.saturating_add(Weight::from_parts(8000000, 3_000).saturating_mul(m.into()))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn add_model() -> Weight {
		Weight::from_parts(25_000_000, 4500)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	fn remove_model() -> Weight {
		Weight::from_parts(20_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn unbond() -> Weight {
		Weight::from_parts(18_000_000, 4000)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(45_000_000, 5000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn request_inference() -> Weight {
		Weight::from_parts(80_000_000, 7500)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	fn submit_result(c: u32, d: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 6500)
			.saturating_add(Weight::from_parts(12000000, 3_000).saturating_mul(c.into()))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(8000000, 3_000).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	fn cancel() -> Weight {
		Weight::from_parts(70_000_000, 6000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	fn challenge() -> Weight {
		Weight::from_parts(50_000_000, 5000)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	fn resolve_challenge() -> Weight {
		Weight::from_parts(110_000_000, 7500)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	fn settle() -> Weight {
		Weight::from_parts(120_000_000, 8500)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	fn settle_queued(n: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 4000)
			.saturating_add(Weight::from_parts(90000000, 3_000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads((12_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn set_min_provider_stake() -> Weight {
		Weight::from_parts(8_000_000, 3500)
			.saturating_add(T::DbWeight::get().reads(0_u64))
			.saturating_add(T::DbWeight::get().writes(0_u64))
	}
}

// For tests.
impl WeightInfo for () {
	fn register_provider(m: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 5500)
			.saturating_add(Weight::from_parts(8000000, 3_000).saturating_mul(m.into()))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(m.into())))
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn add_model() -> Weight {
		Weight::from_parts(25_000_000, 4500)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn remove_model() -> Weight {
		Weight::from_parts(20_000_000, 4000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn unbond() -> Weight {
		Weight::from_parts(18_000_000, 4000)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn withdraw_unbonded() -> Weight {
		Weight::from_parts(45_000_000, 5000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn request_inference() -> Weight {
		Weight::from_parts(80_000_000, 7500)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn submit_result(c: u32, d: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 6500)
			.saturating_add(Weight::from_parts(12000000, 3_000).saturating_mul(c.into()))
			.saturating_add(RocksDbWeight::get().reads((2_u64).saturating_mul(c.into())))
			.saturating_add(Weight::from_parts(8000000, 3_000).saturating_mul(d.into()))
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn cancel() -> Weight {
		Weight::from_parts(70_000_000, 6000)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn challenge() -> Weight {
		Weight::from_parts(50_000_000, 5000)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn resolve_challenge() -> Weight {
		Weight::from_parts(110_000_000, 7500)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn settle() -> Weight {
		Weight::from_parts(120_000_000, 8500)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	fn settle_queued(n: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 4000)
			.saturating_add(Weight::from_parts(90000000, 3_000).saturating_mul(n.into()))
			.saturating_add(RocksDbWeight::get().reads((12_u64).saturating_mul(n.into())))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_min_provider_stake() -> Weight {
		Weight::from_parts(8_000_000, 3500)
			.saturating_add(RocksDbWeight::get().reads(0_u64))
			.saturating_add(RocksDbWeight::get().writes(0_u64))
	}
}
