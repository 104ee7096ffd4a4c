//! Storage migrations shared by the OpenLedger pallets.

use core::marker::PhantomData;
use frame_support::{
	migrations::VersionedMigration, traits::UncheckedOnRuntimeUpgrade, weights::Weight,
};

/// The step of a storage version that only **adds** storage items: existing items keep their
/// layout, new ones start empty, and the code reads the absence of an entry as "made before
/// this version" (each pallet documents how). Nothing is translated, so the step is O(1) and
/// safe in one block; under `try-runtime` the pallet `P`'s invariants (its `try_state`, which
/// does not depend on the block number) must hold afterwards.
pub struct AddsStorageOnly<P, BlockNumber>(PhantomData<(P, BlockNumber)>);

#[cfg(not(feature = "try-runtime"))]
impl<P, BlockNumber> UncheckedOnRuntimeUpgrade for AddsStorageOnly<P, BlockNumber> {
	fn on_runtime_upgrade() -> Weight {
		Weight::zero()
	}
}

#[cfg(feature = "try-runtime")]
impl<P, BlockNumber> UncheckedOnRuntimeUpgrade for AddsStorageOnly<P, BlockNumber>
where
	P: frame_support::traits::TryState<BlockNumber>,
	BlockNumber: sp_runtime::traits::Zero,
{
	fn on_runtime_upgrade() -> Weight {
		Weight::zero()
	}

	fn post_upgrade(_state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		P::try_state(BlockNumber::zero(), frame_support::traits::TryStateSelect::All)
	}
}

/// [`AddsStorageOnly`] applied once, from storage version `FROM` to `TO` of pallet `P`.
pub type VersionedAddsStorage<const FROM: u16, const TO: u16, P, BlockNumber, DbWeight> =
	VersionedMigration<FROM, TO, AddsStorageOnly<P, BlockNumber>, P, DbWeight>;
