//! Benchmarks of every call at the worst case of its bounds: longest metadata and URIs, the
//! paths that also release the datanet deposit, and share changes with the share-change hook
//! in its worst case (`OnShareChange::prepare_worst_case`), so the generated weights include
//! it once.
#![allow(clippy::arithmetic_side_effects)]

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Get,
};
use frame_system::RawOrigin;
use openledger_primitives::{
	bounded, ContributionId, ContributionStatus, DatanetId, DatanetsInspect, OnShareChange,
};
use sp_core::H256;
use sp_runtime::{
	traits::{StaticLookup, Zero},
	Saturating,
};

fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	let plenty = T::DatanetDeposit::get()
		.saturating_add(T::MaxContributionDeposit::get())
		.saturating_add(T::Currency::minimum_balance())
		.saturating_mul(1_000u32.into());
	T::Currency::set_balance(&who, plenty);
	who
}

fn bytes(len: u32) -> Vec<u8> {
	vec![b'x'; len as usize]
}

/// A datanet with the longest metadata and the highest contribution deposit.
fn datanet<T: Config>(
	curator: &T::AccountId,
	mode: CurationMode,
) -> Result<DatanetId, BenchmarkError> {
	// Slashes go to the treasury: it must exist.
	if T::Currency::balance(&T::Treasury::get()) < T::Currency::minimum_balance() {
		T::Currency::set_balance(&T::Treasury::get(), T::Currency::minimum_balance());
	}
	Pallet::<T>::do_create_datanet(
		curator.clone(),
		bytes(T::MaxNameLength::get()),
		bytes(T::MaxDescriptionLength::get()),
		bytes(T::MaxUriLength::get()),
		bytes(T::MaxLicenseLength::get()),
		mode,
		T::MaxContributionDeposit::get(),
	)
	.map_err(|_| BenchmarkError::Stop("datanet creation failed"))
}

fn contribution<T: Config>(
	who: &T::AccountId,
	datanet: DatanetId,
	n: u8,
) -> Result<ContributionId, BenchmarkError> {
	Pallet::<T>::do_contribute(
		who.clone(),
		datanet,
		H256::repeat_byte(n),
		u64::MAX,
		bytes(T::MaxUriLength::get()),
	)
	.map_err(|_| BenchmarkError::Stop("contribution failed"))
}

/// A closed open-mode datanet whose only accepted contribution is `c`: taking `c` out also
/// releases the datanet's deposit. Returns `(curator, contributor, datanet, c)`.
fn closed_datanet_with_last_contribution<T: Config>(
) -> Result<(T::AccountId, T::AccountId, DatanetId, ContributionId), BenchmarkError> {
	let curator = funded::<T>("curator");
	let contributor = funded::<T>("contributor");
	let id = datanet::<T>(&curator, CurationMode::Open)?;
	let c = contribution::<T>(&contributor, id, 1)?;
	Pallet::<T>::do_close_datanet(&curator, id)
		.map_err(|_| BenchmarkError::Stop("closing failed"))?;
	Ok((curator, contributor, id, c))
}

/// A curated datanet with one pending contribution. Returns `(curator, contributor, datanet,
/// contribution)`.
fn pending_contribution<T: Config>(
) -> Result<(T::AccountId, T::AccountId, DatanetId, ContributionId), BenchmarkError> {
	let curator = funded::<T>("curator");
	let contributor = funded::<T>("contributor");
	let id = datanet::<T>(&curator, CurationMode::Curated)?;
	let c = contribution::<T>(&contributor, id, 1)?;
	Ok((curator, contributor, id, c))
}

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn create_datanet() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("curator");
		let next = NextDatanetId::<T>::get();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			bounded(bytes(T::MaxNameLength::get())),
			bounded(bytes(T::MaxDescriptionLength::get())),
			bounded(bytes(T::MaxUriLength::get())),
			bounded(bytes(T::MaxLicenseLength::get())),
			CurationMode::Curated,
			T::MaxContributionDeposit::get(),
		);
		assert_eq!(NextDatanetId::<T>::get(), next + 1);
		Ok(())
	}

	#[benchmark]
	fn update_metadata() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("curator");
		let id = datanet::<T>(&caller, CurationMode::Curated)?;
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller),
			id,
			bounded(bytes(T::MaxNameLength::get())),
			bounded(bytes(T::MaxDescriptionLength::get())),
			bounded(bytes(T::MaxUriLength::get())),
			bounded(bytes(T::MaxLicenseLength::get())),
		);
		assert_last_event::<T>(Event::DatanetMetadataUpdated { datanet: id });
		Ok(())
	}

	#[benchmark]
	fn transfer_curatorship() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("curator");
		let new_curator: T::AccountId = account("new", 0, 0);
		let id = datanet::<T>(&caller, CurationMode::Curated)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, T::Lookup::unlookup(new_curator.clone()));
		assert_eq!(Pallet::<T>::curator(id), Some(new_curator));
		Ok(())
	}

	/// Worst case: the datanet is empty, so closing also releases its deposit.
	#[benchmark]
	fn close_datanet() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("curator");
		let id = datanet::<T>(&caller, CurationMode::Curated)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		assert_last_event::<T>(Event::DatanetClosed { datanet: id });
		Ok(())
	}

	/// Worst case: an open datanet, so the contribution is also accepted (share change, log).
	#[benchmark]
	fn contribute() -> Result<(), BenchmarkError> {
		let curator = funded::<T>("curator");
		let caller = funded::<T>("contributor");
		let id = datanet::<T>(&curator, CurationMode::Open)?;
		contribution::<T>(&caller, id, 1)?;
		T::OnShareChange::prepare_worst_case(id, &caller);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller.clone()),
			id,
			H256::repeat_byte(2),
			u64::MAX,
			bounded(bytes(T::MaxUriLength::get())),
		);
		assert_eq!(Pallet::<T>::contributor_share(id, &caller), 2);
		Ok(())
	}

	#[benchmark]
	fn accept_contribution() -> Result<(), BenchmarkError> {
		let (curator, contributor, id, c) = pending_contribution::<T>()?;
		T::OnShareChange::prepare_worst_case(id, &contributor);
		#[extrinsic_call]
		_(RawOrigin::Signed(curator), c);
		assert_eq!(
			Contributions::<T>::get(c).map(|c| c.status),
			Some(ContributionStatus::Accepted)
		);
		Ok(())
	}

	#[benchmark]
	fn reject_contribution() -> Result<(), BenchmarkError> {
		let (curator, _, _, c) = pending_contribution::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Signed(curator), c);
		assert!(!Contributions::<T>::contains_key(c));
		Ok(())
	}

	#[benchmark]
	fn reject_as_spam() -> Result<(), BenchmarkError> {
		let (curator, _, _, c) = pending_contribution::<T>()?;
		#[extrinsic_call]
		_(RawOrigin::Signed(curator), c);
		assert!(!Contributions::<T>::contains_key(c));
		Ok(())
	}

	#[benchmark]
	fn expire_contribution() -> Result<(), BenchmarkError> {
		let (curator, _, _, c) = pending_contribution::<T>()?;
		let later = frame_system::Pallet::<T>::block_number()
			.saturating_add(T::PendingExpiry::get())
			.saturating_add(1u32.into());
		frame_system::Pallet::<T>::set_block_number(later);
		#[extrinsic_call]
		_(RawOrigin::Signed(curator), c);
		assert!(!Contributions::<T>::contains_key(c));
		Ok(())
	}

	#[benchmark]
	fn set_contribution_deposit() -> Result<(), BenchmarkError> {
		let curator = funded::<T>("curator");
		let id = datanet::<T>(&curator, CurationMode::Curated)?;
		let deposit = T::MinContributionDeposit::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(curator), id, deposit);
		assert_last_event::<T>(Event::ContributionDepositSet { datanet: id, deposit });
		Ok(())
	}

	#[benchmark]
	fn grade_contribution() -> Result<(), BenchmarkError> {
		let curator = funded::<T>("curator");
		let contributor = funded::<T>("contributor");
		let id = datanet::<T>(&curator, CurationMode::Open)?;
		let c = contribution::<T>(&contributor, id, 1)?;
		T::OnShareChange::prepare_worst_case(id, &contributor);
		#[extrinsic_call]
		_(RawOrigin::Signed(curator), c, T::MaxWeight::get());
		assert_eq!(
			Pallet::<T>::contributor_share(id, &contributor),
			u64::from(T::MaxWeight::get())
		);
		Ok(())
	}

	/// Worst case: the last accepted contribution of a closed datanet, which also releases the
	/// datanet's deposit.
	#[benchmark]
	fn withdraw_contribution() -> Result<(), BenchmarkError> {
		let (_, contributor, id, c) = closed_datanet_with_last_contribution::<T>()?;
		T::OnShareChange::prepare_worst_case(id, &contributor);
		#[extrinsic_call]
		_(RawOrigin::Signed(contributor), c);
		assert!(!Contributions::<T>::contains_key(c));
		assert!(Datanets::<T>::get(id).is_some_and(|info| info.deposit.is_zero()));
		Ok(())
	}

	/// Worst case: the curator removes the last accepted contribution of a closed datanet:
	/// slash to the treasury and release of the datanet's deposit.
	#[benchmark]
	fn remove_contribution() -> Result<(), BenchmarkError> {
		let (curator, contributor, id, c) = closed_datanet_with_last_contribution::<T>()?;
		T::OnShareChange::prepare_worst_case(id, &contributor);
		let key = Pallet::<T>::content_key(&contributor, H256::repeat_byte(1));
		#[extrinsic_call]
		_(RawOrigin::Signed(curator), c);
		assert!(!Contributions::<T>::contains_key(c));
		assert!(ContentHashes::<T>::contains_key(id, key));
		Ok(())
	}

	#[benchmark]
	fn publish_version() -> Result<(), BenchmarkError> {
		let curator = funded::<T>("curator");
		let contributor = funded::<T>("contributor");
		let id = datanet::<T>(&curator, CurationMode::Open)?;
		contribution::<T>(&contributor, id, 1)?;
		Pallet::<T>::do_publish_version(&curator, id)
			.map_err(|_| BenchmarkError::Stop("publishing failed"))?;
		contribution::<T>(&contributor, id, 2)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(curator), id);
		assert!(Versions::<T>::contains_key(id, 2));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
