//! Storage migrations of this pallet.
//!
//! Version 1 adds [`crate::PendingOf`] (pending contributions per contributor; those pending before it are not counted, so the count may only undercount until they are decided or expire). Removed contributions from then on leave only a content-hash tombstone; records removed before stay as they are.

use crate::pallet::Pallet;
use frame_system::pallet_prelude::BlockNumberFor;
use openledger_primitives::migrations::VersionedAddsStorage;

/// From storage version 0 to 1: new storage items only (see the module docs).
pub type MigrateV0ToV1<T> =
	VersionedAddsStorage<0, 1, Pallet<T>, BlockNumberFor<T>, <T as frame_system::Config>::DbWeight>;
