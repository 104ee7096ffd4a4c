//! Storage migrations of this pallet.
//!
//! Version 5 (see [`MigrateV4ToV5`]) drops the count of open batches per model: a model's
//! deposit no longer waits for them.
//!
//! Version 4 (see [`MigrateV3ToV4`]) drops the count of open batches per provider: the batches
//! pallet's pending fees say the same (`Config::Batches`).
//!
//! Version 3 (see [`MigrateV2ToV3`]) counts the open challenges against each model
//! ([`crate::OpenCasesOf`]), so that models under a challenge made before cannot change hands.
//!
//! Version 2 (see [`MigrateV1ToV2`]) opens a court case for each challenge made before the
//! court existed.
//!
//! Version 1 adds [`crate::RequestTerms`], [`crate::ExpiryQueue`] and [`crate::OpenRequestsOf`]. Requests made before have no terms (they settle under the terms of their settlement block), are not in the expiry queue (anyone may still expire them by hand) and are not counted per model (ending them saturates the count at zero).

use crate::pallet::Pallet;
use frame_system::pallet_prelude::BlockNumberFor;

/// Most requests one of the migrations below reads in its upgrade block, so that its weight is
/// bounded whatever the state: a state holding more open requests fails their `try-runtime`
/// check before the upgrade (no network that ran those versions comes near it; a larger one
/// needs a multi-block step).
pub const MAX_REQUESTS_MIGRATED: usize = 10_000;

/// `try-runtime`: the open requests fit [`MAX_REQUESTS_MIGRATED`].
#[cfg(feature = "try-runtime")]
fn ensure_requests_bounded<T: crate::Config>() -> Result<(), sp_runtime::TryRuntimeError> {
	frame_support::ensure!(
		crate::Requests::<T>::iter_keys().count() <= MAX_REQUESTS_MIGRATED,
		"more open requests than a one-block migration reads"
	);
	Ok(())
}
use openledger_primitives::migrations::VersionedAddsStorage;

/// From storage version 0 to 1: new storage items only (see the module docs).
pub type MigrateV0ToV1<T> =
	VersionedAddsStorage<0, 1, Pallet<T>, BlockNumberFor<T>, <T as frame_system::Config>::DbWeight>;

/// From storage version 1 to 2: challenges move to the court. A result challenged before,
/// which governance alone would have decided, gets a court case (with no output URI: jurors
/// ask the challenger) so that it can be decided, or closed undecided, as any other. Reads the
/// open requests once, at most [`MAX_REQUESTS_MIGRATED`] of them.
pub type MigrateV1ToV2<T> = frame_support::migrations::VersionedMigration<
	1,
	2,
	OpenCasesForChallenges<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// Opens a court case for every request under challenge (see [`MigrateV1ToV2`]).
pub struct OpenCasesForChallenges<T>(core::marker::PhantomData<T>);

impl<T: crate::Config> frame_support::traits::UncheckedOnRuntimeUpgrade
	for OpenCasesForChallenges<T>
{
	fn on_runtime_upgrade() -> frame_support::weights::Weight {
		use crate::{RequestStatus, Requests};
		use frame_support::traits::Get;
		let mut reads = 0u64;
		let mut writes = 0u64;
		for (inference, request) in Requests::<T>::iter().take(MAX_REQUESTS_MIGRATED) {
			reads = reads.saturating_add(1);
			let RequestStatus::Challenged { output_hash, ref challenger, .. } = request.status
			else {
				continue;
			};
			let uri = Default::default();
			let opened =
				Pallet::<T>::open_case_for(inference, &request, challenger, output_hash, uri);
			// A challenge the court cannot take is a bug to see, not a reason to halt the chain.
			let _ = frame_support::traits::Defensive::defensive(opened);
			reads = reads.saturating_add(4);
			writes = writes.saturating_add(2);
		}
		T::DbWeight::get().reads_writes(reads, writes)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
		ensure_requests_bounded::<T>()?;
		Ok(alloc::vec::Vec::new())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		Pallet::<T>::do_try_state()
	}
}

/// From storage version 2 to 3: [`crate::OpenCasesOf`] is new. Counts each request under
/// challenge against its model and the model's ancestors, as a challenge made afterwards is
/// counted. Reads the open requests once, at most [`MAX_REQUESTS_MIGRATED`] of them.
pub type MigrateV2ToV3<T> = frame_support::migrations::VersionedMigration<
	2,
	3,
	CountOpenCases<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// Counts every open challenge against the models whose owners it pays (see
/// [`MigrateV2ToV3`]).
pub struct CountOpenCases<T>(core::marker::PhantomData<T>);

impl<T: crate::Config> frame_support::traits::UncheckedOnRuntimeUpgrade for CountOpenCases<T> {
	fn on_runtime_upgrade() -> frame_support::weights::Weight {
		use crate::{types::CaseChange, RequestStatus, Requests};
		use frame_support::traits::Get;
		let depth =
			u64::from(<<T as crate::Config>::Models as openledger_primitives::ModelsInspect<
				T::AccountId,
				crate::BalanceOf<T>,
			>>::MaxLineageDepth::get())
			.saturating_add(1);
		let mut reads = 0u64;
		let mut writes = 0u64;
		for (_, request) in Requests::<T>::iter().take(MAX_REQUESTS_MIGRATED) {
			reads = reads.saturating_add(1);
			if !matches!(request.status, RequestStatus::Challenged { .. }) {
				continue;
			}
			let counted = Pallet::<T>::paid_owners(request.model).and_then(|paid| {
				let models: alloc::vec::Vec<_> = paid.into_iter().map(|(model, _)| model).collect();
				Pallet::<T>::count_case(&models, CaseChange::Opened)
			});
			// A challenge on a model that no longer exists is a bug to see, not a reason to
			// halt the chain.
			let _ = frame_support::traits::Defensive::defensive(counted);
			reads = reads.saturating_add(depth.saturating_mul(2));
			writes = writes.saturating_add(depth);
		}
		T::DbWeight::get().reads_writes(reads, writes)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
		frame_support::ensure!(
			crate::OpenCasesOf::<T>::iter().next().is_none(),
			"open challenges are counted before the migration that introduces the count"
		);
		ensure_requests_bounded::<T>()?;
		Ok(alloc::vec::Vec::new())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		// try_state checks the counts against the challenged requests, exactly.
		Pallet::<T>::do_try_state()
	}
}

/// From storage version 3 to 4: the per-provider count of open batches (`OpenBatches`) is
/// gone; whether a provider has batches open is asked of `Config::Batches`, whose pending fees
/// are non-zero exactly while it has. One entry per provider with a batch open: at most the
/// providers, which the migration clears at once.
pub type MigrateV3ToV4<T> = frame_support::migrations::VersionedMigration<
	3,
	4,
	DropMap<T, OpenBatchesItem>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// From storage version 4 to 5: the per-model count of open batches (`OpenBatchesOf`) is gone;
/// a model's deposit returns whatever batches on it are open, as nothing a batch settles by
/// depends on it (the batch keeps its terms and scores; the model's record stays). One entry
/// per model with a batch open, cleared at once.
pub type MigrateV4ToV5<T> = frame_support::migrations::VersionedMigration<
	4,
	5,
	DropMap<T, OpenBatchesOfItem>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

frame_support::parameter_types! {
	/// The map version 4 dropped.
	pub const OpenBatchesItem: &'static str = "OpenBatches";
	/// The map version 5 dropped.
	pub const OpenBatchesOfItem: &'static str = "OpenBatchesOf";
}

/// Removes every entry of the map named `Item` that this pallet no longer declares.
pub struct DropMap<T, Item>(core::marker::PhantomData<(T, Item)>);

impl<T: crate::Config, Item: frame_support::traits::Get<&'static str>>
	frame_support::traits::UncheckedOnRuntimeUpgrade for DropMap<T, Item>
{
	fn on_runtime_upgrade() -> frame_support::weights::Weight {
		use frame_support::traits::{Get, PalletInfoAccess};
		let removed = frame_support::storage::migration::clear_storage_prefix(
			<Pallet<T> as PalletInfoAccess>::name().as_bytes(),
			Item::get().as_bytes(),
			b"",
			None,
			None,
		);
		T::DbWeight::get().writes(u64::from(removed.unique).saturating_add(1))
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		use frame_support::traits::PalletInfoAccess;
		let prefix = frame_support::storage::storage_prefix(
			<Pallet<T> as PalletInfoAccess>::name().as_bytes(),
			Item::get().as_bytes(),
		);
		let left = sp_io::storage::next_key(&prefix).is_some_and(|key| key.starts_with(&prefix));
		frame_support::ensure!(!left, "entries of a dropped map left");
		Pallet::<T>::do_try_state()
	}
}
