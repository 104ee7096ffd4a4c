//! Storage migrations of this pallet.
//!
//! Version 1 adds [`crate::PendingOf`] (pending contributions per contributor; those pending before it are not counted, so the count may only undercount until they are decided or expire). Removed contributions from then on leave only a content-hash tombstone; records removed before stay as they are.

use crate::pallet::{Config, Pallet};
use openledger_primitives::migrations::{AddsStorageOnly, Invariants};
use sp_runtime::TryRuntimeError;

/// From storage version 0 to 1: new storage items only (see the module docs).
pub type MigrateV0ToV1<T> = frame_support::migrations::VersionedMigration<
	0,
	1,
	AddsStorageOnly<Pallet<T>>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

impl<T: Config> Invariants for Pallet<T> {
	fn check() -> Result<(), TryRuntimeError> {
		#[cfg(any(feature = "std", feature = "try-runtime"))]
		return Self::do_try_state();
		#[cfg(not(any(feature = "std", feature = "try-runtime")))]
		Ok(())
	}
}
