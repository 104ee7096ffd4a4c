//! Storage migrations of this pallet.
//!
//! Version 1 adds [`crate::ReceiptDeposits`] and the `ReceiptDeposit` hold; receipts stored
//! before hold none and are pruned as before. Version 2 adds [`crate::MemberPools`], the pools
//! of each account, which the records made before it join over the blocks after the upgrade
//! (a multi-block migration run by `on_idle`, see `Pallet::index_members`). Version 3 stores
//! signed changes of share per epoch ([`crate::EpochPool::change`],
//! [`crate::MemberEpoch::change`]) where version 2 stored the share of the contributions
//! accepted in the epoch; every such share was a gain, so it becomes a change of the same size
//! with its reward per share and debt unchanged ([`MigrateV2ToV3`]). Version 4 keeps each
//! account's credits and lifetime earnings in one record ([`crate::Accounts`]) where version 3
//! kept them in two maps (`Credits`, `AccountTotals`), so crediting an account reads and writes
//! one item instead of two ([`MigrateV3ToV4`]). Version 5 keeps a pool's epochs in its
//! [`crate::Pools`] record where version 4 kept them apart (`PoolEpochs`), so paying a pool
//! reads and writes one item instead of two ([`MigrateV4ToV5`]).

use crate::pallet::{Config, Pallet};
use frame_support::{traits::Get, weights::Weight, BoundedVec};
use frame_system::pallet_prelude::BlockNumberFor;
use openledger_primitives::migrations::VersionedAddsStorage;
#[cfg(feature = "try-runtime")]
use sp_runtime::Saturating;

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
/// existed (`Pallet::index_members` finishes it over the following blocks, in `on_idle`).
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

/// The records of storage version 2 that version 3 translates.
pub mod v2 {
	use codec::{Decode, Encode, MaxEncodedLen};
	use openledger_primitives::{Share, VersionNumber};
	use scale_info::TypeInfo;
	use sp_core::U256;

	/// An epoch of a pool at version 2: the share of the contributions accepted in it.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
	pub struct EpochPool {
		/// The epoch.
		pub epoch: VersionNumber,
		/// The share of its contributions.
		pub share: Share,
		/// Its reward per share.
		pub reward_per_share: U256,
	}

	/// A member's epoch at version 2.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
	pub struct MemberEpoch {
		/// The epoch.
		pub epoch: VersionNumber,
		/// The member's share in it.
		pub share: Share,
		/// `share × reward_per_share` when last settled.
		pub debt: U256,
	}
}

/// Most records (pools and members with epochs) [`TranslateEpochs`] translates: its weight is
/// counted per record, and under `try-runtime` a state holding more fails before the upgrade
/// (no network that ran version 2 comes near it; a larger one needs a multi-block step).
pub const MAX_EPOCH_RECORDS: u32 = 10_000;

/// From storage version 2 to 3: each pool's and member's epochs as signed changes (see the
/// module docs). Values are kept exactly: a version-2 share `s` becomes the change `+s`.
pub struct TranslateEpochs<T>(core::marker::PhantomData<T>);

impl<T: Config> frame_support::traits::UncheckedOnRuntimeUpgrade for TranslateEpochs<T> {
	fn on_runtime_upgrade() -> Weight {
		use crate::{EpochPool, MaxEpochsOf, MemberEpoch, MemberEpochs};
		use v4::PoolEpochs;
		let mut records = 0u64;
		PoolEpochs::<T>::translate::<BoundedVec<v2::EpochPool, MaxEpochsOf<T>>, _>(|_, old| {
			records = records.saturating_add(1);
			let epochs = old.into_iter().map(|part| EpochPool {
				epoch: part.epoch,
				change: part.share.into(),
				reward_per_share: part.reward_per_share,
			});
			Some(BoundedVec::truncate_from(epochs.collect()))
		});
		MemberEpochs::<T>::translate::<BoundedVec<v2::MemberEpoch, MaxEpochsOf<T>>, _>(
			|_, _, old| {
				records = records.saturating_add(1);
				let epochs = old.into_iter().map(|part| MemberEpoch {
					epoch: part.epoch,
					change: part.share.into(),
					debt: part.debt,
				});
				Some(BoundedVec::truncate_from(epochs.collect()))
			},
		);
		T::DbWeight::get().reads_writes(records, records)
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
		use codec::Encode;
		let records = v4::PoolEpochs::<T>::iter_keys()
			.count()
			.saturating_add(crate::MemberEpochs::<T>::iter_keys().count());
		frame_support::ensure!(
			records <= MAX_EPOCH_RECORDS as usize,
			"too many epoch records for a one-block translation"
		);
		Ok((records as u64).encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		use codec::Decode;
		let before = u64::decode(&mut &state[..]).map_err(|_| "pre-upgrade state")?;
		let after = v4::PoolEpochs::<T>::iter_values()
			.count()
			.saturating_add(crate::MemberEpochs::<T>::iter_values().count());
		frame_support::ensure!(after as u64 == before, "an epoch record did not translate");
		Pallet::<T>::do_try_state()
	}
}

/// From storage version 2 to 3: [`TranslateEpochs`].
pub type MigrateV2ToV3<T> = frame_support::migrations::VersionedMigration<
	2,
	3,
	TranslateEpochs<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// The maps of storage version 3 that version 4 merges into [`crate::Accounts`].
// `storage_alias` declares undocumented prefix types.
#[allow(missing_docs)]
pub mod v3 {
	use crate::pallet::{Config, Pallet};
	use crate::{AccountEarnings, BalanceOf};
	use frame_support::{storage_alias, Blake2_128Concat};

	/// Claimable credits per account.
	#[storage_alias]
	pub type Credits<T: Config> = StorageMap<
		Pallet<T>,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		BalanceOf<T>,
		frame_support::pallet_prelude::ValueQuery,
	>;

	/// Lifetime earnings per account, by role.
	#[storage_alias]
	pub type AccountTotals<T: Config> = StorageMap<
		Pallet<T>,
		Blake2_128Concat,
		<T as frame_system::Config>::AccountId,
		AccountEarnings<BalanceOf<T>>,
		frame_support::pallet_prelude::ValueQuery,
	>;
}

/// Most account records [`MergeAccounts`] moves: its weight is counted per record, and under
/// `try-runtime` a state holding more fails before the upgrade (a larger one needs a
/// multi-block step).
pub const MAX_ACCOUNT_RECORDS: u32 = 20_000;

/// From storage version 3 to 4: each account's credits and lifetime earnings into one
/// [`crate::Accounts`] record, values kept exactly.
pub struct MergeAccounts<T>(core::marker::PhantomData<T>);

impl<T: Config> frame_support::traits::UncheckedOnRuntimeUpgrade for MergeAccounts<T> {
	fn on_runtime_upgrade() -> Weight {
		use crate::{AccountLedger, Accounts};
		let mut records = 0u64;
		for (who, lifetime) in v3::AccountTotals::<T>::drain() {
			records = records.saturating_add(1);
			let credits = v3::Credits::<T>::take(&who);
			Accounts::<T>::insert(who, AccountLedger { credits, lifetime });
		}
		// Credits without lifetime earnings cannot arise (every credit counts in them); moved
		// all the same.
		for (who, credits) in v3::Credits::<T>::drain() {
			records = records.saturating_add(1);
			Accounts::<T>::mutate(who, |account| account.credits = credits);
		}
		T::DbWeight::get().reads_writes(records.saturating_mul(2), records.saturating_mul(3))
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
		use codec::Encode;
		let records = v3::AccountTotals::<T>::iter_keys()
			.count()
			.saturating_add(v3::Credits::<T>::iter_keys().count());
		frame_support::ensure!(
			records <= MAX_ACCOUNT_RECORDS as usize,
			"too many account records for a one-block migration"
		);
		let credits = v3::Credits::<T>::iter_values()
			.fold(crate::BalanceOf::<T>::default(), |sum, credit| sum.saturating_add(credit));
		Ok(credits.encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		use codec::Decode;
		let before =
			crate::BalanceOf::<T>::decode(&mut &state[..]).map_err(|_| "pre-upgrade state")?;
		let after = crate::Accounts::<T>::iter_values()
			.fold(crate::BalanceOf::<T>::default(), |sum, account| {
				sum.saturating_add(account.credits)
			});
		frame_support::ensure!(after == before, "credits changed in the merge");
		frame_support::ensure!(
			v3::Credits::<T>::iter_keys().next().is_none()
				&& v3::AccountTotals::<T>::iter_keys().next().is_none(),
			"version-3 account records left"
		);
		Pallet::<T>::do_try_state()
	}
}

/// From storage version 3 to 4: [`MergeAccounts`].
pub type MigrateV3ToV4<T> = frame_support::migrations::VersionedMigration<
	3,
	4,
	MergeAccounts<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// The pool layout of storage versions 3 and 4, which version 5 merges into one record.
// `storage_alias` declares undocumented prefix types.
#[allow(missing_docs)]
pub mod v4 {
	use crate::pallet::{Config, Pallet};
	use crate::{EpochPool, MaxEpochsOf};
	use frame_support::{storage_alias, Blake2_128Concat, BoundedVec};
	use openledger_primitives::DatanetId;

	/// The epochs of each datanet's pool, from 1 (epoch 0 was the `Pools` value itself).
	#[storage_alias]
	pub type PoolEpochs<T: Config> = StorageMap<
		Pallet<T>,
		Blake2_128Concat,
		DatanetId,
		BoundedVec<EpochPool, MaxEpochsOf<T>>,
		frame_support::pallet_prelude::ValueQuery,
	>;
}

/// Most pool records [`MergePoolEpochs`] moves: its weight is counted per record, and under
/// `try-runtime` a state holding more fails before the upgrade (there is one per datanet paid
/// or contributed to; a larger state needs a multi-block step).
pub const MAX_POOL_RECORDS: u32 = 10_000;

/// From storage version 4 to 5: each pool's epochs into its [`crate::Pools`] record, values
/// kept exactly.
pub struct MergePoolEpochs<T>(core::marker::PhantomData<T>);

impl<T: Config> frame_support::traits::UncheckedOnRuntimeUpgrade for MergePoolEpochs<T> {
	fn on_runtime_upgrade() -> Weight {
		use crate::{Pool, PoolRecord, Pools};
		let mut records = 0u64;
		Pools::<T>::translate::<Pool<crate::BalanceOf<T>>, _>(|datanet, pool| {
			records = records.saturating_add(1);
			Some(PoolRecord { pool, epochs: v4::PoolEpochs::<T>::take(datanet) })
		});
		// Epochs of a pool never paid nor settled into cannot arise (a change of share writes
		// the pool); moved all the same.
		for (datanet, epochs) in v4::PoolEpochs::<T>::drain() {
			records = records.saturating_add(1);
			Pools::<T>::mutate(datanet, |record| record.epochs = epochs);
		}
		T::DbWeight::get().reads_writes(records.saturating_mul(2), records.saturating_mul(2))
	}

	#[cfg(feature = "try-runtime")]
	fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
		use codec::Encode;
		let pools = crate::Pools::<T>::iter_keys().count();
		frame_support::ensure!(
			pools.saturating_add(v4::PoolEpochs::<T>::iter_keys().count())
				<= MAX_POOL_RECORDS as usize,
			"too many pool records for a one-block migration"
		);
		let epochs: alloc::vec::Vec<_> = v4::PoolEpochs::<T>::iter().collect();
		Ok(epochs.encode())
	}

	#[cfg(feature = "try-runtime")]
	fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
		use codec::Decode;
		type Epochs<T> = BoundedVec<crate::EpochPool, crate::MaxEpochsOf<T>>;
		let before = alloc::vec::Vec::<(openledger_primitives::DatanetId, Epochs<T>)>::decode(
			&mut &state[..],
		)
		.map_err(|_| "pre-upgrade state")?;
		for (datanet, epochs) in before {
			frame_support::ensure!(
				crate::Pools::<T>::get(datanet).epochs == epochs,
				"a pool's epochs changed in the merge"
			);
		}
		frame_support::ensure!(
			v4::PoolEpochs::<T>::iter_keys().next().is_none(),
			"version-4 pool epochs left"
		);
		Pallet::<T>::do_try_state()
	}
}

/// From storage version 4 to 5: [`MergePoolEpochs`].
pub type MigrateV4ToV5<T> = frame_support::migrations::VersionedMigration<
	4,
	5,
	MergePoolEpochs<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;
