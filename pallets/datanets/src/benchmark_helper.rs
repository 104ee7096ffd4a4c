//! [`DatanetsBenchmarkHelper`]: datanets with a published version, for other pallets'
//! benchmarks.

use crate::{pallet::*, types::*};
use frame_benchmarking::account;
use frame_support::traits::{fungible::Mutate, Get};
use openledger_primitives::{DatanetId, DatanetsBenchmarkHelper, VersionNumber};
use sp_core::H256;
use sp_runtime::Saturating;

impl<T: Config> DatanetsBenchmarkHelper for Pallet<T> {
	fn datanet_with_version(seed: u32) -> (DatanetId, VersionNumber) {
		let curator: T::AccountId = account("datanet-curator", seed, 0);
		let funds = T::DatanetDeposit::get()
			.saturating_add(T::MaxContributionDeposit::get())
			.saturating_mul(4u32.into());
		T::Currency::set_balance(&curator, funds);
		let datanet = Self::do_create_datanet(
			curator.clone(),
			b"benchmark".to_vec(),
			alloc::vec::Vec::new(),
			alloc::vec::Vec::new(),
			alloc::vec::Vec::new(),
			CurationMode::Open,
			T::MinContributionDeposit::get(),
		)
		.unwrap_or_default();
		let content = H256::from_low_u64_be(seed.into());
		let _ = Self::do_contribute(curator.clone(), datanet, content, 1, alloc::vec::Vec::new());
		let version = Self::do_publish_version(&curator, datanet).unwrap_or_default();
		(datanet, version)
	}
}
