//! Storage migrations of this pallet.
//!
//! Version 1 adds [`crate::RequestTerms`], [`crate::ExpiryQueue`] and [`crate::OpenRequestsOf`]. Requests made before have no terms (they settle under the terms of their settlement block), are not in the expiry queue (anyone may still expire them by hand) and are not counted per model (ending them saturates the count at zero).

use crate::pallet::Pallet;
use frame_system::pallet_prelude::BlockNumberFor;
use openledger_primitives::migrations::VersionedAddsStorage;

/// From storage version 0 to 1: new storage items only (see the module docs).
pub type MigrateV0ToV1<T> =
	VersionedAddsStorage<0, 1, Pallet<T>, BlockNumberFor<T>, <T as frame_system::Config>::DbWeight>;
