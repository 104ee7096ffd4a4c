//! Storage migrations of this pallet.
//!
//! Version 1 is the first. A pallet added to a running chain by an upgrade gets its in-code
//! storage version from FRAME before any migration runs (it has no storage yet), so the step
//! that creates the pallet's account, as genesis does, cannot be told apart by version:
//! [`CreateAccount`] runs on every upgrade and does nothing once the account exists (one
//! read), so that a tail of any size can always be paid into it.

use crate::pallet::{Config, Pallet};
use core::marker::PhantomData;
use frame_support::{
	traits::{Get, OnRuntimeUpgrade},
	weights::Weight,
};

/// Creates the pallet's account if it does not exist (see the module docs).
pub struct CreateAccount<T>(PhantomData<T>);

impl<T: Config> OnRuntimeUpgrade for CreateAccount<T> {
	fn on_runtime_upgrade() -> Weight {
		Pallet::<T>::ensure_account_exists();
		T::DbWeight::get().reads_writes(1, 1)
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		Pallet::<T>::do_try_state()
	}
}
