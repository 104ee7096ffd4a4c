//! Migrations of the court.
//!
//! Version 1 (see [`MigrateV0ToV1`]) fixes each draw's candidates when its case or appeal is
//! submitted and lets `on_idle` advance cases whose deadline passed.
//!
//! Version 2 (see [`MigrateV1ToV2`]) adds arbitration fees: the parameters gain
//! [`CourtParameters::juror_fee`](crate::CourtParameters::juror_fee). Cases open at the upgrade
//! had no fee advanced, and close without one.
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

/// Most open cases [`MigrateV0ToV1`] puts on the agenda; any beyond advance by their
/// extrinsics, as every case did before.
pub const MAX_CASES_SCHEDULED: u32 = 1_000;

/// From storage version 0 to 1: [`DrawCandidates`], [`Agenda`] and [`AgendaCursor`] are new.
/// Each open case (at most [`MAX_CASES_SCHEDULED`]) is put on the agenda at its current
/// deadline, so that `on_idle` advances it as it would a case opened afterwards. A case waiting
/// for its draw has no fixed candidates: its draw fixes them and moves to a later block (see
/// `do_draw`).
pub type MigrateV0ToV1<T> = frame_support::migrations::VersionedMigration<
	0,
	1,
	ScheduleOpenCases<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// Puts the open cases on the agenda (see [`MigrateV0ToV1`]).
pub struct ScheduleOpenCases<T>(PhantomData<T>);

impl<T: Config> frame_support::traits::UncheckedOnRuntimeUpgrade for ScheduleOpenCases<T> {
	fn on_runtime_upgrade() -> Weight {
		let now = frame_system::Pallet::<T>::block_number();
		let mut scheduled = 0u64;
		for (inference, case) in Cases::<T>::iter().take(MAX_CASES_SCHEDULED as usize) {
			// A deadline already passed is due now.
			Pallet::<T>::schedule(inference, case.phase.deadline().max(now));
			scheduled = scheduled.saturating_add(1);
		}
		AgendaCursor::<T>::put(now);
		let spread = u64::from(crate::SCHEDULE_SPREAD);
		T::DbWeight::get().reads_writes(
			scheduled.saturating_mul(spread.saturating_add(1)),
			scheduled.saturating_add(1),
		)
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		frame_support::ensure!(AgendaCursor::<T>::exists(), "the agenda has no cursor");
		let on_agenda: alloc::vec::Vec<_> =
			Agenda::<T>::iter_values().flat_map(|due| due.into_inner()).collect();
		for inference in Cases::<T>::iter_keys().take(MAX_CASES_SCHEDULED as usize) {
			frame_support::ensure!(
				on_agenda.contains(&inference),
				"an open case is not on the agenda"
			);
		}
		Pallet::<T>::do_try_state()
	}
}

/// The court's parameters as storage version 1 kept them (no juror fee).
pub mod v1 {
	use codec::{Decode, Encode, MaxEncodedLen};
	use scale_info::TypeInfo;
	use sp_runtime::Perbill;

	/// Storage version 1's `CourtParameters`.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
	pub struct CourtParameters<Balance, BlockNumber> {
		/// As now.
		pub min_juror_stake: Balance,
		/// As now.
		pub jury_size: u32,
		/// As now.
		pub draw_delay: BlockNumber,
		/// As now.
		pub commit_period: BlockNumber,
		/// As now.
		pub reveal_period: BlockNumber,
		/// As now.
		pub appeal_period: BlockNumber,
		/// As now.
		pub appeal_bond: Balance,
		/// As now.
		pub incoherence_penalty: Perbill,
		/// As now.
		pub fallback_timeout: BlockNumber,
		/// As now.
		pub leave_delay: BlockNumber,
	}
}

/// From storage version 1 to 2: the stored parameters gain `juror_fee`, set to `F`.
pub type MigrateV1ToV2<T, F> = frame_support::migrations::VersionedMigration<
	1,
	2,
	AddJurorFee<T, F>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// Translates the stored parameters (see [`MigrateV1ToV2`]).
pub struct AddJurorFee<T, F>(PhantomData<(T, F)>);

impl<T: Config, F: Get<crate::BalanceOf<T>>> frame_support::traits::UncheckedOnRuntimeUpgrade
	for AddJurorFee<T, F>
{
	fn on_runtime_upgrade() -> Weight {
		type Old<T> = v1::CourtParameters<crate::BalanceOf<T>, crate::types::BlockNumberOf<T>>;
		// Undecodable parameters are removed by `translate`: the court then waits for
		// governance to set them, as a court without parameters does.
		let _ = Parameters::<T>::translate::<Old<T>, _>(|old| {
			old.map(|old| crate::CourtParameters {
				min_juror_stake: old.min_juror_stake,
				jury_size: old.jury_size,
				draw_delay: old.draw_delay,
				commit_period: old.commit_period,
				reveal_period: old.reveal_period,
				appeal_period: old.appeal_period,
				appeal_bond: old.appeal_bond,
				juror_fee: F::get(),
				incoherence_penalty: old.incoherence_penalty,
				fallback_timeout: old.fallback_timeout,
				leave_delay: old.leave_delay,
			})
		});
		T::DbWeight::get().reads_writes(1, 1)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
		use codec::Encode;
		type Old<T> = v1::CourtParameters<crate::BalanceOf<T>, crate::types::BlockNumberOf<T>>;
		let raw = frame_support::storage::unhashed::get_raw(&Parameters::<T>::hashed_key());
		let old = raw
			.map(|raw| <Old<T> as codec::Decode>::decode(&mut &raw[..]))
			.transpose()
			.map_err(|_| "the stored court parameters are not version 1's")?;
		Ok(old.encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		use codec::Decode;
		type Old<T> = v1::CourtParameters<crate::BalanceOf<T>, crate::types::BlockNumberOf<T>>;
		let old = Option::<Old<T>>::decode(&mut &state[..]).map_err(|_| "bad pre-upgrade state")?;
		let new = Parameters::<T>::get();
		frame_support::ensure!(
			old.is_some() == new.is_some(),
			"court parameters appeared or vanished"
		);
		if let (Some(old), Some(new)) = (old, new) {
			frame_support::ensure!(
				old.appeal_bond == new.appeal_bond
					&& old.jury_size == new.jury_size
					&& old.min_juror_stake == new.min_juror_stake
					&& new.juror_fee == F::get(),
				"court parameters changed beyond the juror fee"
			);
		}
		Pallet::<T>::do_try_state()
	}
}
