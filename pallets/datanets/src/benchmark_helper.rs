//! [`DatanetsBenchmarkHelper`]: datanets with a published version, for other pallets'
//! benchmarks.

use crate::{pallet::*, types::*};
use frame_benchmarking::account;
use frame_support::traits::{fungible::Mutate, Get};
use openledger_primitives::{ContributionId, DatanetId, DatanetsBenchmarkHelper, VersionNumber};
use sp_core::H256;
use sp_runtime::Saturating;

/// A content hash unique to `(kind, seed)`.
fn content_hash(kind: &[u8], seed: u32) -> H256 {
	H256(sp_io::hashing::blake2_256(&[kind, &seed.to_le_bytes()].concat()))
}

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
		let content = content_hash(b"curator", seed);
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
				let content = content_hash(b"contributor", seed);
				Self::do_contribute(contributor, datanet, content, 1, alloc::vec::Vec::new()).ok()
			})
			.collect()
	}
}
