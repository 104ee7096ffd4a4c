//! Storage migrations of this pallet.
//!
//! Version 1 is the first: a chain that adds this pallet by a runtime upgrade (not at genesis)
//! runs [`AddToRunningChain`], which creates the pallet's account as genesis does, so that a
//! tail of any size can be paid into it. A chain that starts with the pallet is at version 1
//! from genesis and skips it.

use crate::pallet::{Config, Pallet};
use core::marker::PhantomData;
use frame_support::{
	migrations::VersionedMigration,
	traits::{Get, UncheckedOnRuntimeUpgrade},
	weights::Weight,
};

/// Creates the pallet's account (see the module docs).
pub struct CreateAccount<T>(PhantomData<T>);

impl<T: Config> UncheckedOnRuntimeUpgrade for CreateAccount<T> {
	fn on_runtime_upgrade() -> Weight {
		Pallet::<T>::ensure_account_exists();
		T::DbWeight::get().reads_writes(2, 2)
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		Pallet::<T>::do_try_state()
	}
}

/// From storage version 0 (the pallet absent) to 1.
pub type AddToRunningChain<T> =
	VersionedMigration<0, 1, CreateAccount<T>, Pallet<T>, <T as frame_system::Config>::DbWeight>;
