//! Storage migrations of this pallet.
//!
//! Version 2 adds [`crate::Log`] (the accepted-set log by position). Entries made before it are
//! not stored: a datanet whose log has no entry 0 is listed only from the upgrade on, and its
//! earlier entries are in the events of their blocks.
//!
//! Version 1 adds [`crate::PendingOf`] (pending contributions per contributor; those pending before it are not counted, so the count may only undercount until they are decided or expire). Removed contributions from then on leave only a content-hash tombstone; records removed before stay as they are.

use crate::pallet::Pallet;
use frame_system::pallet_prelude::BlockNumberFor;
use openledger_primitives::migrations::VersionedAddsStorage;

/// From storage version 0 to 1: new storage items only (see the module docs).
pub type MigrateV0ToV1<T> =
	VersionedAddsStorage<0, 1, Pallet<T>, BlockNumberFor<T>, <T as frame_system::Config>::DbWeight>;

/// From storage version 1 to 2: new storage items only (see the module docs).
pub type MigrateV1ToV2<T> =
	VersionedAddsStorage<1, 2, Pallet<T>, BlockNumberFor<T>, <T as frame_system::Config>::DbWeight>;
