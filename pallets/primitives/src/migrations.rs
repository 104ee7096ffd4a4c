//! Storage migrations shared by the OpenLedger pallets.

use core::marker::PhantomData;
use frame_support::{traits::UncheckedOnRuntimeUpgrade, weights::Weight};
use sp_runtime::TryRuntimeError;

/// A pallet's invariants (its `try_state`), checked after its migrations.
pub trait Invariants {
	/// `Ok` when every invariant holds.
	fn check() -> Result<(), TryRuntimeError>;
}

/// The step of a storage version that only **adds** storage items: existing items keep their
/// layout, new ones start empty, and the code reads the absence of an entry as "made before
/// this version" (each pallet documents how). Nothing is translated, so the step is O(1) and
/// safe in one block; wrapped in a `VersionedMigration`, it bumps the version once, and under
/// `try-runtime` the pallet's invariants must hold afterwards.
pub struct AddsStorageOnly<P>(PhantomData<P>);

impl<P: Invariants> UncheckedOnRuntimeUpgrade for AddsStorageOnly<P> {
	fn on_runtime_upgrade() -> Weight {
		Weight::zero()
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_state: alloc::vec::Vec<u8>) -> Result<(), TryRuntimeError> {
		P::check()
	}
}
