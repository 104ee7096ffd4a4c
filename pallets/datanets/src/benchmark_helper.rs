//! [`DatanetsBenchmarkHelper`]: datanets with a published version, for other pallets'
//! benchmarks.

use crate::{pallet::*, types::*};
use frame_benchmarking::account;
use frame_support::traits::{fungible::Mutate, Get};
use openledger_primitives::{ContributionId, DatanetId, DatanetsBenchmarkHelper, VersionNumber};
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

	fn add_contributors(
		datanet: DatanetId,
		first_seed: u32,
		count: u32,
	) -> alloc::vec::Vec<ContributionId> {
		let deposit = Datanets::<T>::get(datanet)
			.map(|info| info.contribution_deposit)
			.unwrap_or_else(T::MaxContributionDeposit::get);
		(first_seed..first_seed.saturating_add(count))
			.filter_map(|seed| {
				let contributor: T::AccountId = account("datanet-contributor", seed, 0);
				T::Currency::set_balance(&contributor, deposit.saturating_mul(4u32.into()));
				// Content hashes far from the curators' (seeded by small numbers).
				let content = H256::from_low_u64_be(u64::from(seed).saturating_add(1 << 40));
				Self::do_contribute(contributor, datanet, content, 1, alloc::vec::Vec::new()).ok()
			})
			.collect()
	}
}
