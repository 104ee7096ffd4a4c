//! Storage migrations of this pallet.
//!
//! Version 1 adds [`crate::ReceiptDeposits`] and the `ReceiptDeposit` hold; receipts stored
//! before hold none and are pruned as before. Version 2 adds [`crate::MemberPools`], the pools
//! of each account, which the records made before it join over the blocks after the upgrade
//! (a multi-block migration run by `on_idle`, see [`Pallet::index_members`]).

use crate::pallet::{Config, Pallet};
use frame_support::{traits::Get, weights::Weight, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use openledger_primitives::migrations::VersionedAddsStorage;

/// From storage version 0 to 1: new storage items only (see the module docs).
pub type MigrateV0ToV1<T> =
	VersionedAddsStorage<0, 1, Pallet<T>, BlockNumberFor<T>, <T as frame_system::Config>::DbWeight>;

impl<T: Config> Pallet<T> {
	/// Index the pool records of storage version 0 into [`crate::MemberPools`], a few per
	/// block within `limit` (a multi-block migration: the records are unbounded in total).
	/// Records made since version 1 are indexed as they are written. Returns the weight used.
	pub(crate) fn index_members(limit: Weight) -> Weight {
		use crate::{MemberIndexCursor, MemberPools, PoolMembers};
		use frame_support::weights::WeightMeter;
		let db = T::DbWeight::get();
		let mut meter = WeightMeter::with_limit(limit);
		let Some(cursor) = MemberIndexCursor::<T>::get() else { return Weight::zero() };
		if meter.try_consume(db.reads_writes(1, 1)).is_err() {
			return Weight::zero();
		}
		let per_record = db.reads_writes(1, 1);
		let mut records = if cursor.is_empty() {
			PoolMembers::<T>::iter_keys()
		} else {
			PoolMembers::<T>::iter_keys_from(cursor.into_inner())
		};
		let mut last = None;
		loop {
			if !meter.can_consume(per_record) {
				break;
			}
			let Some((datanet, who)) = records.next() else {
				MemberIndexCursor::<T>::kill();
				return meter.consumed();
			};
			meter.consume(per_record);
			MemberPools::<T>::insert(&who, datanet, ());
			last = Some(PoolMembers::<T>::hashed_key_for(datanet, who));
		}
		if let Some(key) = last.and_then(|key| BoundedVec::try_from(key).ok()) {
			MemberIndexCursor::<T>::put(key);
		}
		meter.consumed()
	}
}

/// From storage version 1 to 2: start indexing the pool records made before [`crate::MemberPools`]
/// existed ([`Pallet::index_members`] finishes it over the following blocks, in `on_idle`).
pub struct StartMemberIndex<T>(core::marker::PhantomData<T>);

impl<T: Config> frame_support::traits::UncheckedOnRuntimeUpgrade for StartMemberIndex<T> {
	fn on_runtime_upgrade() -> frame_support::weights::Weight {
		crate::MemberIndexCursor::<T>::put(frame_support::BoundedVec::default());
		T::DbWeight::get().writes(1)
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(_state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		frame_support::ensure!(
			crate::MemberIndexCursor::<T>::exists(),
			"the member index must be under way"
		);
		Pallet::<T>::do_try_state()
	}
}

/// From storage version 1 to 2: the member index (see [`StartMemberIndex`]).
pub type MigrateV1ToV2<T> = frame_support::migrations::VersionedMigration<
	1,
	2,
	StartMemberIndex<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;
