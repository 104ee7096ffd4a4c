//! Storage migrations of this pallet.
//!
//! Version 1 is the first; version 2 keeps escrowed funds in the pallet's account instead of
//! holding them on the payers, and each payer's tree of receipts in a batch
//! ([`MigrateV1ToV2`]); version 3 runs a batch's dispute window before its samples are due, so
//! that its provider settles with its reveals in one call ([`MigrateV2ToV3`]). A pallet added to a running chain by an upgrade gets its in-code
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

/// Storage version 1's types: escrows holding their funds on the payers, batches whose payers
/// signed no tree of receipts.
pub mod v1 {
	use crate::{types::*, Config};
	use codec::{Decode, Encode, MaxEncodedLen};
	use frame_support::{pallet_prelude::*, CloneNoBound};
	use frame_system::pallet_prelude::BlockNumberFor;
	use openledger_primitives::{EpochNumber, ModelId};
	use scale_info::TypeInfo;
	use sp_core::H256;

	/// An escrow at version 1: its funds held on the payer, submitted batches' fees committed
	/// in it until they settled.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo)]
	#[scale_info(skip_type_params(T))]
	#[codec(mel_bound())]
	pub struct Escrow<T: Config> {
		/// Held from the payer (`HoldReason::Escrow`).
		pub amount: BalanceOf<T>,
		/// The part of `amount` that submitted batches claimed.
		pub committed: BalanceOf<T>,
		/// The storage deposit held with it.
		pub deposit: BalanceOf<T>,
		/// The unlock asked for, if any.
		pub unlock: Option<Unlock<BlockNumberFor<T>>>,
	}

	/// A payer's part of a batch at version 1.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone)]
	pub struct PayerTotal<AccountId, Balance> {
		/// The payer.
		pub payer: AccountId,
		/// Its calls.
		pub calls: u64,
		/// Its fee.
		pub fee: Balance,
	}

	/// A batch at version 1.
	#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound)]
	#[scale_info(skip_type_params(T))]
	#[codec(mel_bound())]
	pub struct Batch<T: Config> {
		/// The provider.
		pub provider: AccountIdOf<T>,
		/// The model.
		pub model: ModelId,
		/// The epoch.
		pub epoch: EpochNumber,
		/// Its calls.
		pub calls: u64,
		/// Its fees.
		pub fees: BalanceOf<T>,
		/// Its payers.
		pub payers: BoundedVec<PayerTotal<AccountIdOf<T>, BalanceOf<T>>, T::MaxPayers>,
		/// The root of its calls.
		pub calls_root: H256,
		/// Its scores.
		pub scores: ScoresOf<T>,
		/// The root of its tail.
		pub tail_root: H256,
		/// The tail's leaves.
		pub tail_leaves: u32,
		/// Its terms.
		pub terms: TermsOf<T>,
		/// Its deposit.
		pub deposit: BalanceOf<T>,
		/// Where it stands.
		pub status: BatchStatus<BlockNumberOf<T>, BalanceOf<T>>,
	}
}

/// Version 2: escrowed funds in this pallet's account, batches' fees out of the escrows, each
/// payer's tree of receipts in its claim.
pub mod v2 {
	use super::v1;
	use crate::{pallet::*, types::*};
	use frame_support::{
		pallet_prelude::*,
		traits::{
			fungible::MutateHold,
			tokens::{Fortitude, Precision, Restriction},
			UncheckedOnRuntimeUpgrade,
		},
	};
	use sp_runtime::Saturating;

	/// Most escrows and batches [`PoolEscrows`] translates in one block: under `try-runtime` a
	/// state holding more fails before the upgrade (no network that ran version 1 comes near
	/// it).
	pub const MAX_RECORDS: u32 = 10_000;

	/// Moves every escrow's held funds to this pallet's account and takes the fees its
	/// unsettled batches committed out of it: those batches then settle from the account (or
	/// give the fees back to the escrow when void) as batches submitted at version 2 do.
	///
	/// A batch's payers gain their trees of receipts, which version-1 payers did not sign: a
	/// batch still in audit with a sample unrevealed cannot be audited any more, and is void
	/// without a slash (its fees back to the escrows; nobody was shown wrong). One whose
	/// samples were all revealed (their signatures checked then) goes on to settle.
	pub struct PoolEscrows<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for PoolEscrows<T> {
		fn on_runtime_upgrade() -> Weight {
			let pot = Pallet::<T>::account_id();
			let mut moved = 0u64;
			Escrows::<T>::translate::<v1::Escrow<T>, _>(|payer, _, old| {
				moved.saturating_inc();
				// Best effort: an account whose hold was partly slashed elsewhere moves what is
				// left, and its escrow keeps only what reached the pot.
				let reached = T::Currency::transfer_on_hold(
					&HoldReason::Escrow.into(),
					&payer,
					&pot,
					old.amount,
					Precision::BestEffort,
					Restriction::Free,
					Fortitude::Force,
				)
				.unwrap_or_default();
				let amount = reached.min(old.amount.saturating_sub(old.committed));
				Some(Escrow { amount, deposit: old.deposit, unlock: old.unlock })
			});
			let mut batches = 0u64;
			let mut unaudited = alloc::vec::Vec::new();
			let samples = T::AuditSamples::get().min(32);
			Batches::<T>::translate::<v1::Batch<T>, _>(|id, old| {
				batches.saturating_inc();
				if let BatchStatus::Audit { revealed, .. } = old.status {
					if revealed.count_ones() < samples {
						unaudited.push(id);
					}
				}
				let payers = old.payers.into_iter().map(|p| PayerTotal {
					payer: p.payer,
					calls: p.calls,
					fee: p.fee,
					receipts_root: Default::default(),
				});
				Some(Batch {
					provider: old.provider,
					model: old.model,
					epoch: old.epoch,
					calls: old.calls,
					fees: old.fees,
					payers: BoundedVec::truncate_from(payers.collect()),
					calls_root: old.calls_root,
					scores: old.scores,
					tail_root: old.tail_root,
					tail_leaves: old.tail_leaves,
					terms: old.terms,
					deposit: old.deposit,
					status: old.status,
				})
			});
			let voided = unaudited.len() as u64;
			for id in unaudited {
				let Some(mut batch) = Batches::<T>::get(id) else { continue };
				// Best effort: a refund that cannot be made leaves the batch as it was.
				let voided = frame_support::storage::with_storage_layer(|| {
					Pallet::<T>::void(id, &mut batch, 0, Default::default())
				});
				if voided.is_ok() {
					Batches::<T>::insert(id, batch);
				}
			}
			let payers = u64::from(T::MaxPayers::get());
			// Per escrow: the escrow, the payer's holds and account, the pot's account; per
			// batch its record; per voided batch its payers' escrows and the provider's stake.
			T::DbWeight::get()
				.reads_writes(moved.saturating_mul(4), moved.saturating_mul(4))
				.saturating_add(T::DbWeight::get().reads_writes(batches, batches))
				.saturating_add(
					T::DbWeight::get()
						.reads_writes(voided, voided)
						.saturating_mul(payers.saturating_add(4)),
				)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			let escrows = Escrows::<T>::iter_keys().count();
			let batches = Batches::<T>::iter_keys().count();
			frame_support::ensure!(
				escrows.saturating_add(batches) <= MAX_RECORDS as usize,
				"too many escrows and batches for a one-block migration"
			);
			Ok((escrows as u64, batches as u64).encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			let (escrows, batches) =
				<(u64, u64)>::decode(&mut &state[..]).map_err(|_| "pre-upgrade state")?;
			let after = Escrows::<T>::iter_values().count() as u64;
			frame_support::ensure!(after == escrows, "an escrow did not translate");
			let after = Batches::<T>::iter_values().count() as u64;
			frame_support::ensure!(after == batches, "a batch did not translate");
			Pallet::<T>::do_try_state()
		}
	}
}

/// From storage version 1 to 2: [`v2::PoolEscrows`].
pub type MigrateV1ToV2<T> = frame_support::migrations::VersionedMigration<
	1,
	2,
	v2::PoolEscrows<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;

/// Version 3: the dispute window comes before the samples are due (see [`MigrateV2ToV3`]).
pub mod v3 {
	use crate::{pallet::*, types::*};
	use frame_support::{pallet_prelude::*, traits::UncheckedOnRuntimeUpgrade};
	use sp_runtime::Saturating;

	/// Moves the reveal deadline of every batch still in audit so that each keeps the
	/// windows it was submitted with. Version 2 stored `reveal_by` with disputes open until
	/// `reveal_by + DisputeWindow`; version 3 closes them at `reveal_by − RevealWindow`. So
	/// `reveal_by` grows by both windows: the batch stays disputable exactly as long as
	/// before and settles at the same block once audited; its provider may reveal for longer.
	pub struct KeepWindows<T>(core::marker::PhantomData<T>);

	impl<T: Config> UncheckedOnRuntimeUpgrade for KeepWindows<T> {
		fn on_runtime_upgrade() -> Weight {
			let shift = T::DisputeWindow::get().saturating_add(T::RevealWindow::get());
			let mut read = 0u64;
			let mut moved = 0u64;
			for (id, mut batch) in Batches::<T>::iter() {
				read.saturating_inc();
				if let BatchStatus::Audit { seed_at, reveal_by, revealed } = batch.status {
					batch.status = BatchStatus::Audit {
						seed_at,
						reveal_by: reveal_by.saturating_add(shift),
						revealed,
					};
					Batches::<T>::insert(id, batch);
					moved.saturating_inc();
				}
			}
			T::DbWeight::get().reads_writes(read, moved)
		}

		#[cfg(feature = "try-runtime")]
		fn pre_upgrade() -> Result<alloc::vec::Vec<u8>, sp_runtime::TryRuntimeError> {
			use codec::Encode;
			let batches = Batches::<T>::iter_keys().count();
			frame_support::ensure!(
				batches <= crate::migrations::v2::MAX_RECORDS as usize,
				"too many batches for a one-block migration"
			);
			// Each batch in audit and the last block it may be disputed in.
			let deadlines: alloc::vec::Vec<(u64, BlockNumberOf<T>)> = Batches::<T>::iter()
				.filter_map(|(id, batch)| match batch.status {
					BatchStatus::Audit { reveal_by, .. } => {
						Some((id, reveal_by.saturating_add(T::DisputeWindow::get())))
					}
					_ => None,
				})
				.collect();
			Ok(deadlines.encode())
		}

		#[cfg(feature = "try-runtime")]
		fn post_upgrade(state: alloc::vec::Vec<u8>) -> Result<(), sp_runtime::TryRuntimeError> {
			use codec::Decode;
			let deadlines = <alloc::vec::Vec<(u64, BlockNumberOf<T>)>>::decode(&mut &state[..])
				.map_err(|_| "pre-upgrade state")?;
			for (id, deadline) in deadlines {
				let batch = Batches::<T>::get(id).ok_or("a batch in audit vanished")?;
				let BatchStatus::Audit { reveal_by, .. } = batch.status else {
					return Err("a batch left its audit".into());
				};
				frame_support::ensure!(
					Pallet::<T>::dispute_deadline(reveal_by) == deadline,
					"a batch's dispute window moved"
				);
			}
			Pallet::<T>::do_try_state()
		}
	}
}

/// From storage version 2 to 3: [`v3::KeepWindows`].
pub type MigrateV2ToV3<T> = frame_support::migrations::VersionedMigration<
	2,
	3,
	v3::KeepWindows<T>,
	Pallet<T>,
	<T as frame_system::Config>::DbWeight,
>;
