//! Storage migrations of this pallet.
//!
//! Version 2 (see [`MigrateV1ToV2`]) opens a court case for each challenge made before the
//! court existed.
//!
//! Version 1 adds [`crate::RequestTerms`], [`crate::ExpiryQueue`] and [`crate::OpenRequestsOf`]. Requests made before have no terms (they settle under the terms of their settlement block), are not in the expiry queue (anyone may still expire them by hand) and are not counted per model (ending them saturates the count at zero).

use crate::pallet::Pallet;
use frame_system::pallet_prelude::BlockNumberFor;
use openledger_primitives::migrations::VersionedAddsStorage;

/// From storage version 0 to 1: new storage items only (see the module docs).
pub type MigrateV0ToV1<T> =
	VersionedAddsStorage<0, 1, Pallet<T>, BlockNumberFor<T>, <T as frame_system::Config>::DbWeight>;

/// From storage version 1 to 2: challenges move to the court. A result challenged before,
/// which governance alone would have decided, gets a court case (with no output URI: jurors
/// ask the challenger) so that it can be decided, or closed undecided, as any other. Iterates
/// the open requests once; their number is bounded by the providers' stakes and the request
/// deposits, and on the chains this runs on is small.
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
		for (inference, request) in Requests::<T>::iter() {
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
	fn post_upgrade(_state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		Pallet::<T>::do_try_state()
	}
}
