//! Weights for `pallet_rewards`.
//!
//! PLACEHOLDER in the generated shape: these figures were not measured on this machine yet.
//! `benchmarks/run.sh pallet_rewards` regenerates this file from `benchmark pallet` with
//! `benchmarks/weight-template.hbs` (the benchmarks issue).

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_rewards`.
pub trait WeightInfo {
	fn set_policy() -> Weight;
	fn set_model_data_side() -> Weight;
	fn claim() -> Weight;
	fn claim_pool() -> Weight;
	fn claim_all(n: u32, ) -> Weight;
	fn settle(a: u32, c: u32, d: u32, ) -> Weight;
	fn pool_payment(k: u32, ) -> Weight;
	fn pool_claim(k: u32, ) -> Weight;
	fn before_share_change() -> Weight;
	fn prune_receipts(n: u32, ) -> Weight;
}

/// Weights for `pallet_rewards` using the node's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	fn set_policy() -> Weight {
		Weight::from_parts(10_000_000, 1_500)
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn set_model_data_side() -> Weight {
		Weight::from_parts(20_000_000, 4_000)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	fn claim() -> Weight {
		Weight::from_parts(50_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	fn claim_pool() -> Weight {
		Weight::from_parts(60_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	fn claim_all(n: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 6_000)
			.saturating_add(Weight::from_parts(20_000_000, 3_000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(4_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(n.into())))
	}
	fn settle(a: u32, c: u32, d: u32, ) -> Weight {
		Weight::from_parts(120_000_000, 10_000)
			.saturating_add(Weight::from_parts(15_000_000, 3_000).saturating_mul(a.into()))
			.saturating_add(Weight::from_parts(15_000_000, 3_000).saturating_mul(c.into()))
			.saturating_add(Weight::from_parts(15_000_000, 3_000).saturating_mul(d.into()))
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().reads((3_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(d.into())))
			.saturating_add(T::DbWeight::get().writes(10_u64))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(a.into())))
			.saturating_add(T::DbWeight::get().writes((3_u64).saturating_mul(c.into())))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(d.into())))
	}
	fn pool_payment(_k: u32, ) -> Weight {
		Weight::from_parts(150_000_000, 12_000)
			.saturating_add(T::DbWeight::get().reads(14_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
	fn pool_claim(_k: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 6_000)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	fn before_share_change() -> Weight {
		Weight::from_parts(15_000_000, 3_500)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	fn prune_receipts(n: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1_500)
			.saturating_add(Weight::from_parts(10_000_000, 6_000).saturating_mul(n.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().reads((2_u64).saturating_mul(n.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(T::DbWeight::get().writes((2_u64).saturating_mul(n.into())))
	}
}

// For tests.
impl WeightInfo for () {
	fn set_policy() -> Weight { Weight::from_parts(10_000_000, 1_500) }
	fn set_model_data_side() -> Weight { Weight::from_parts(20_000_000, 4_000) }
	fn claim() -> Weight { Weight::from_parts(50_000_000, 6_000) }
	fn claim_pool() -> Weight { Weight::from_parts(60_000_000, 6_000) }
	fn claim_all(n: u32, ) -> Weight {
		Weight::from_parts(60_000_000, 6_000).saturating_add(Weight::from_parts(20_000_000, 3_000).saturating_mul(n.into()))
	}
	fn settle(a: u32, c: u32, d: u32, ) -> Weight {
		Weight::from_parts(120_000_000, 10_000)
			.saturating_add(Weight::from_parts(15_000_000, 3_000).saturating_mul(a.saturating_add(c).saturating_add(d).into()))
	}
	fn pool_payment(_k: u32, ) -> Weight { Weight::from_parts(150_000_000, 12_000) }
	fn pool_claim(_k: u32, ) -> Weight { Weight::from_parts(60_000_000, 6_000) }
	fn before_share_change() -> Weight { Weight::from_parts(15_000_000, 3_500) }
	fn prune_receipts(n: u32, ) -> Weight {
		Weight::from_parts(5_000_000, 1_500).saturating_add(Weight::from_parts(10_000_000, 6_000).saturating_mul(n.into()))
	}
}
