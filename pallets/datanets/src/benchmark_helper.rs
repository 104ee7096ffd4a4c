//! [`DatanetsBenchmarkHelper`]: datanets with a published version, for other pallets'
//! benchmarks.

use crate::{pallet::*, types::*};
use frame_benchmarking::account;
use frame_support::traits::{fungible::Mutate, Get};
use openledger_primitives::{
	setup, ContributionId, DatanetId, DatanetsBenchmarkHelper, VersionNumber,
};
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
		let created = Self::do_create_datanet(
			curator.clone(),
			b"benchmark".to_vec(),
			alloc::vec::Vec::new(),
			alloc::vec::Vec::new(),
			alloc::vec::Vec::new(),
			CurationMode::Open,
			T::MinContributionDeposit::get(),
		);
		let datanet = setup("create a datanet", created);
		let content = content_hash(b"curator", seed);
		let contributed =
			Self::do_contribute(curator.clone(), datanet, content, 1, alloc::vec::Vec::new());
		setup("contribute to it", contributed);
		let (version, _) = setup("publish a version", Self::do_publish_version(&curator, datanet));
		(datanet, version)
	}

	fn add_contributors(
		datanet: DatanetId,
		first_seed: u32,
		count: u32,
	) -> alloc::vec::Vec<ContributionId> {
		let info = setup("find the datanet", Datanets::<T>::get(datanet).ok_or("no such datanet"));
		(first_seed..first_seed.saturating_add(count))
			.map(|seed| {
				let contributor: T::AccountId = account("datanet-contributor", seed, 0);
				let funds = info.contribution_deposit.saturating_mul(4u32.into());
				T::Currency::set_balance(&contributor, funds);
				let content = content_hash(b"contributor", seed);
				let contributed =
					Self::do_contribute(contributor, datanet, content, 1, alloc::vec::Vec::new());
				setup("add a contributor", contributed)
			})
			.collect()
	}

	fn publish_version(datanet: DatanetId) -> VersionNumber {
		let info = setup("find the datanet", Datanets::<T>::get(datanet).ok_or("no such datanet"));
		let latest = Versions::<T>::get(datanet, info.latest_version);
		if latest.is_some_and(|version| version.log_len == info.log_len) {
			return info.latest_version;
		}
		setup("publish a version", Self::do_publish_version(&info.curator, datanet)).0
	}
}
