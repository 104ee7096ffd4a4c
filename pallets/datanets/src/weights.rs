//! Weights for `pallet_datanets`.
//!
//! PLACEHOLDER in the generated shape: these figures were not measured on this machine yet.
//! `benchmarks/run.sh` regenerates this file from `benchmark pallet` with
//! `benchmarks/weight-template.hbs` (the benchmarks issue).

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_datanets`.
pub trait WeightInfo {
	fn create_datanet() -> Weight;
	fn update_metadata() -> Weight;
	fn transfer_curatorship() -> Weight;
	fn close_datanet() -> Weight;
	fn contribute() -> Weight;
	fn accept_contribution() -> Weight;
	fn reject_contribution() -> Weight;
	fn grade_contribution() -> Weight;
	fn withdraw_contribution() -> Weight;
	fn remove_contribution() -> Weight;
	fn publish_version() -> Weight;
}

/// Weights for `pallet_datanets` using the node's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: NextDatanetId, Balances::Holds; writes Datanets, NextDatanetId, Holds
	fn create_datanet() -> Weight {
		Weight::from_parts(25_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: Datanets
	fn update_metadata() -> Weight {
		Weight::from_parts(15_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Datanets
	fn transfer_curatorship() -> Weight {
		Weight::from_parts(14_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: Datanets, Holds
	fn close_datanet() -> Weight {
		Weight::from_parts(22_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: Datanets, ContentHashes, Contributors, NextContributionId, Holds
	fn contribute() -> Weight {
		Weight::from_parts(45_000_000, 3_900)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: Contributions, Datanets, Contributors
	fn accept_contribution() -> Weight {
		Weight::from_parts(30_000_000, 3_900)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: Contributions, Datanets, Contributors, Holds
	fn reject_contribution() -> Weight {
		Weight::from_parts(35_000_000, 3_900)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: Contributions, Datanets, Contributors
	fn grade_contribution() -> Weight {
		Weight::from_parts(30_000_000, 3_900)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: Contributions, Datanets, Contributors, Holds x2
	fn withdraw_contribution() -> Weight {
		Weight::from_parts(40_000_000, 3_900)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: Contributions, Datanets, Contributors, Holds, treasury
	fn remove_contribution() -> Weight {
		Weight::from_parts(50_000_000, 3_900)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: Datanets, Versions
	fn publish_version() -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn create_datanet() -> Weight {
		Weight::from_parts(25_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn update_metadata() -> Weight {
		Weight::from_parts(15_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn transfer_curatorship() -> Weight {
		Weight::from_parts(14_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn close_datanet() -> Weight {
		Weight::from_parts(22_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	fn contribute() -> Weight {
		Weight::from_parts(45_000_000, 3_900)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn accept_contribution() -> Weight {
		Weight::from_parts(30_000_000, 3_900)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn reject_contribution() -> Weight {
		Weight::from_parts(35_000_000, 3_900)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn grade_contribution() -> Weight {
		Weight::from_parts(30_000_000, 3_900)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn withdraw_contribution() -> Weight {
		Weight::from_parts(40_000_000, 3_900)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	fn remove_contribution() -> Weight {
		Weight::from_parts(50_000_000, 3_900)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	fn publish_version() -> Weight {
		Weight::from_parts(20_000_000, 3_600)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
}
