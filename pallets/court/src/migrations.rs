//! Migrations of the court.
//!
//! The court joins a running chain with no parameters (genesis never ran for it), and without
//! them no case can be drawn or juror join. [`InitializeParameters`] puts the runtime's
//! parameters when none are stored; it is idempotent, so it may stay in the runtime's list.
//! (A storage-version step cannot do it: FRAME stamps a newly added pallet with its in-code
//! version before the migrations run.)

use crate::{pallet::*, types::ParametersOf};
use core::marker::PhantomData;
use frame_support::{
	traits::{Get, OnRuntimeUpgrade},
	weights::Weight,
};

/// Store `P`'s parameters if the court has none.
pub struct InitializeParameters<T, P>(PhantomData<(T, P)>);

impl<T: Config, P: Get<ParametersOf<T>>> OnRuntimeUpgrade for InitializeParameters<T, P> {
	fn on_runtime_upgrade() -> Weight {
		let reads = T::DbWeight::get().reads(1);
		if Parameters::<T>::exists() {
			return reads;
		}
		let parameters = P::get();
		if !Pallet::<T>::valid_parameters(&parameters) {
			return reads;
		}
		Parameters::<T>::put(parameters);
		reads.saturating_add(T::DbWeight::get().writes(1))
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		frame_support::ensure!(Parameters::<T>::exists(), "the court has no parameters");
		Pallet::<T>::do_try_state()
	}
}
