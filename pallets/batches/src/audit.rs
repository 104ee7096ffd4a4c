//! The audit: samples drawn from a block hash the provider could not know, revealed with their
//! paths in the tree of calls and in their payers' signed trees of receipts.

use crate::{pallet::*, types::*, weights::WeightInfo};
use frame_support::pallet_prelude::*;
use openledger_primitives::BatchId;
use sp_core::H256;
use sp_runtime::traits::UniqueSaturatedInto;

/// BLAKE2b-256 computed by the host: a Merkle path is one hash per level, three times faster
/// out of wasm than in it (measured: 0.33 µs against 1.03 µs a node).
pub(crate) struct HostHasher;

impl openledger_formulas::merkle::NodeHasher for HostHasher {
	fn blake2_256(data: &[u8]) -> [u8; 32] {
		sp_io::hashing::blake2_256(data)
	}
}

/// Whether `siblings` prove `leaf` at `position` of a tree of `count` leaves under `root`
/// (`openledger_formulas::merkle::verify`, each node hashed by the host).
pub(crate) fn path_proves(
	root: &H256,
	count: u64,
	position: u64,
	leaf: &[u8; 32],
	siblings: &[H256],
) -> bool {
	openledger_formulas::merkle::verify::<HostHasher, _>(
		root.as_fixed_bytes(),
		count,
		position,
		leaf,
		siblings,
	)
}

impl<T: Config> Pallet<T> {
	/// The seed of `batch`'s audit, once block `seed_at` is past and its hash still known.
	pub fn audit_seed(batch: BatchId, seed_at: BlockNumberOf<T>) -> Option<[u8; 32]> {
		let now = frame_system::Pallet::<T>::block_number();
		if now <= seed_at {
			return None;
		}
		let hash = frame_system::Pallet::<T>::block_hash(seed_at);
		(hash != Default::default()).then(|| openledger_formulas::batch::audit_seed(batch, &hash))
	}

	/// The positions of `batch`'s audit samples, once its seed block is past.
	pub(crate) fn sampled_positions(id: BatchId) -> Option<alloc::vec::Vec<u64>> {
		let batch = Batches::<T>::get(id)?;
		let BatchStatus::Audit { seed_at, .. } = batch.status else { return None };
		let seed = Self::audit_seed(id, seed_at)?;
		Some(
			(0..T::AuditSamples::get())
				.map(|sample| {
					openledger_formulas::batch::audit_position(&seed, sample, batch.calls)
				})
				.collect(),
		)
	}

	/// The position among the calls of the record of `payer_index`'s call `sequence`: the
	/// calls of the payers before it, then its own by sequence from 1.
	pub(crate) fn record_position(
		batch: &Batch<T>,
		payer_index: u32,
		sequence: u64,
	) -> Option<u64> {
		let index = usize::try_from(payer_index).ok()?;
		let payer = batch.payers.get(index)?;
		if sequence == 0 || sequence > payer.calls {
			return None;
		}
		let before = batch
			.payers
			.iter()
			.take(index)
			.try_fold(0u64, |sum, payer| sum.checked_add(payer.calls))?;
		before.checked_add(sequence.checked_sub(1)?)
	}

	/// Reveal records of `batch`'s audit samples, each at its sampled position of the tree of
	/// calls (its proof) with its receipt in its payer's tree of receipts, whose root the payer
	/// signed in the claim checked at submission: no signature to check per sample. All or
	/// nothing: one bad reveal refuses the call. Emits `RecordsRevealed`.
	///
	/// # Errors
	/// [`Error::UnknownBatch`] and those of [`Self::reveal_into`].
	pub(crate) fn do_reveal_records(
		batch_id: BatchId,
		reveals: &[RecordReveal<T>],
	) -> DispatchResult {
		let mut batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
		Self::reveal_into(batch_id, &mut batch, reveals)?;
		Batches::<T>::insert(batch_id, batch);
		Ok(())
	}

	/// Check `reveals` of `batch_id` against its audit's seed and mark them revealed in
	/// `batch`'s status (the caller stores it). Emits `RecordsRevealed`.
	///
	/// # Errors
	/// [`Error::NotInAudit`], [`Error::AuditNotStarted`], [`Error::SeedUnavailable`],
	/// [`Error::RevealWindowClosed`], [`Error::NoSuchSample`], [`Error::AlreadyRevealed`],
	/// [`Error::WrongRecord`], [`Error::BadProof`], [`Error::NotSignedByPayer`].
	pub(crate) fn reveal_into(
		batch_id: BatchId,
		batch: &mut Batch<T>,
		reveals: &[RecordReveal<T>],
	) -> DispatchResult {
		let BatchStatus::Audit { seed_at, reveal_by, mut revealed } = batch.status else {
			return Err(Error::<T>::NotInAudit.into());
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now > seed_at, Error::<T>::AuditNotStarted);
		ensure!(now <= reveal_by, Error::<T>::RevealWindowClosed);
		let seed = Self::audit_seed(batch_id, seed_at).ok_or(Error::<T>::SeedUnavailable)?;
		let mut records = BoundedVec::<_, MaxSamples>::new();
		for reveal in reveals {
			ensure!(reveal.sample < T::AuditSamples::get(), Error::<T>::NoSuchSample);
			let bit = 1u32.checked_shl(reveal.sample).ok_or(Error::<T>::NoSuchSample)?;
			ensure!(revealed & bit == 0, Error::<T>::AlreadyRevealed);
			let (position, payer) = Self::check_reveal(batch, &seed, reveal)?;
			revealed |= bit;
			records
				.try_push(RevealedRecord {
					sample: reveal.sample,
					position,
					payer,
					sequence: reveal.record.sequence,
					output_hash: reveal.record.output_hash,
					attribution_hash: reveal.record.attribution_hash,
				})
				.map_err(|_| Error::<T>::NoSuchSample)?;
		}
		batch.status = BatchStatus::Audit { seed_at, reveal_by, revealed };
		Self::deposit_event(Event::RecordsRevealed { batch: batch_id, records });
		Ok(())
	}

	/// The longest path among `reveals` (in the tree of calls or a tree of receipts): what
	/// revealing them costs, at the runtime's number of samples.
	pub(crate) fn longest_path(reveals: &[RecordReveal<T>]) -> u32 {
		let longest =
			reveals.iter().map(|r| r.proof.len().max(r.receipt_proof.len())).max().unwrap_or(0);
		longest.try_into().unwrap_or(u32::MAX)
	}

	/// The weight of revealing `reveals` on their own.
	pub(crate) fn reveal_weight(reveals: &[RecordReveal<T>]) -> Weight {
		T::WeightInfo::reveal_records(Self::longest_path(reveals))
	}

	/// Check one reveal of `batch` against the audit's `seed`: the record's position and payer.
	fn check_reveal(
		batch: &Batch<T>,
		seed: &[u8; 32],
		reveal: &RecordReveal<T>,
	) -> Result<(u64, T::AccountId), DispatchError> {
		let record = &reveal.record;
		let position = openledger_formulas::batch::audit_position(seed, reveal.sample, batch.calls);
		ensure!(
			Self::record_position(batch, record.payer_index, record.sequence) == Some(position),
			Error::<T>::WrongRecord
		);
		Self::check_record_path(batch, position, record, &reveal.proof)?;
		let index = usize::try_from(record.payer_index).map_err(|_| Error::<T>::WrongRecord)?;
		let payer = batch.payers.get(index).ok_or(Error::<T>::WrongRecord)?;
		let leaf = openledger_formulas::batch::receipt_leaf(
			record.sequence,
			record.cumulative_fee.unique_saturated_into(),
			record.request_hash.as_fixed_bytes(),
		);
		ensure!(
			path_proves(
				&payer.receipts_root,
				payer.calls,
				record.sequence.saturating_sub(1),
				&leaf,
				&reveal.receipt_proof,
			),
			Error::<T>::NotSignedByPayer
		);
		Ok((position, payer.payer.clone()))
	}
}
