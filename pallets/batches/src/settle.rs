//! Settling a batch after its audit, the tail's claims, and closing.

use crate::{pallet::*, types::*, weights::WeightInfo};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Balanced, Mutate, MutateHold},
		tokens::{Fortitude, Precision, Preservation},
	},
};
use openledger_primitives::{
	BatchId, BatchRewards, ContributionId, ContributionStatus, DatanetsInspect, ProviderStakes,
};
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	Saturating,
};

/// Leaves per word of [`TailClaimed`].
const LEAVES_PER_CHUNK: u32 = 128;

impl<T: Config> Pallet<T> {
	/// The most words of [`TailClaimed`] one batch can have.
	pub fn max_claim_chunks() -> u32 {
		let leaves = 1u64.checked_shl(T::MaxProofLength::get()).unwrap_or(u64::MAX);
		u32::try_from(leaves.div_ceil(LEAVES_PER_CHUNK.into())).unwrap_or(u32::MAX)
	}

	/// The weight [`Pallet::settle_batch`] with `reveals` is charged before it runs: the
	/// largest split tried, then voided at the most payers (the heaviest outcome); refunded to
	/// what it did.
	pub fn settle_weight(reveals: &[RecordReveal<T>]) -> Weight {
		let payers = T::MaxPayers::get();
		Self::settlement_weight(payers, reveals)
			.saturating_add(T::Rewards::settle_batch_weight())
			.saturating_add(T::WeightInfo::void_batch(payers))
			.saturating_add(T::Providers::weight())
	}

	/// A settlement's own weight at `payers` payers with `reveals` revealed in it, with the
	/// smallest split: `settle_batch(p)` when the samples were revealed before, else the
	/// provider's settlement benchmarked with its reveals at one payer plus what more payers
	/// add.
	fn settlement_weight(payers: u32, reveals: &[RecordReveal<T>]) -> Weight {
		let settle = T::WeightInfo::settle_batch(payers);
		if reveals.is_empty() {
			return settle;
		}
		T::WeightInfo::settle_revealing(Self::longest_path(reveals))
			.saturating_add(settle.saturating_sub(T::WeightInfo::settle_batch(1)))
	}

	/// Settle `batch`, first revealing `reveals` (if any): with every sample revealed, after
	/// the dispute window and with no dispute open, have [`Config::Rewards`] split its fees,
	/// the tail's part to this pallet's account (`BatchSettled`); with a sample still missing
	/// after the reveal window, give the fees back to the escrows and slash the provider
	/// (`BatchVoided`); when the split is refused, give them back without a slash
	/// (`BatchVoided` with nothing missing). Either way the provider's stake is free of the
	/// batch.
	///
	/// # Errors
	/// [`Error::UnknownBatch`], [`Error::NotInAudit`], [`Error::AuditNotOver`],
	/// [`Error::UnderDispute`], [`Error::Overflow`]; those of [`Self::reveal_into`]; the
	/// currency's error.
	pub(crate) fn do_settle_batch(
		id: BatchId,
		reveals: &[RecordReveal<T>],
	) -> DispatchResultWithPostInfo {
		let mut batch = Batches::<T>::get(id).ok_or(Error::<T>::UnknownBatch)?;
		if !reveals.is_empty() {
			Self::reveal_into(id, &mut batch, reveals)?;
		}
		let BatchStatus::Audit { reveal_by, revealed, .. } = batch.status else {
			return Err(Error::<T>::NotInAudit.into());
		};
		let now = frame_system::Pallet::<T>::block_number();
		let samples = T::AuditSamples::get().min(32);
		let missing = samples.saturating_sub(revealed.count_ones());
		let payers = u32::try_from(batch.payers.len()).unwrap_or(u32::MAX);
		// A batch that failed its audit is void once its reveal window is over; one that passed
		// it waits out the dispute window and every dispute's verdict.
		if missing == 0 {
			ensure!(now > Self::dispute_deadline(reveal_by), Error::<T>::AuditNotOver);
			ensure!(OpenDisputes::<T>::get(id) == 0, Error::<T>::UnderDispute);
		} else {
			ensure!(now > reveal_by, Error::<T>::AuditNotOver);
		}

		// Every sample revealed: split the fees. A split the rewards engine refuses (a pool at
		// its limit, say) must not keep the payers' fees committed for ever: the batch is then
		// void without a slash, as nobody was shown wrong.
		let settled = (missing == 0)
			.then(|| frame_support::storage::with_storage_layer(|| Self::pay_out(id, &batch)))
			.and_then(Result::ok);
		let weight = if let Some((split, tail)) = settled {
			let claims_until = now.saturating_add(T::ClaimWindow::get());
			batch.status = BatchStatus::Settled { tail, claimed: Zero::zero(), claims_until };
			Self::deposit_event(Event::BatchSettled { batch: id, tail, claims_until });
			Self::free_stake(&batch);
			Self::settlement_weight(payers, reveals).saturating_add(split)
		} else {
			let slashed = if missing == 0 {
				Zero::zero()
			} else {
				let slash = T::SlashOfFees::get().mul_floor(batch.fees);
				T::Providers::slash(&batch.provider, slash, &T::Treasury::get())
			};
			Self::void(id, &mut batch, missing, slashed)?;
			let tried = if missing == 0 {
				Self::settlement_weight(payers, reveals)
					.saturating_add(T::Rewards::settle_batch_weight())
			} else {
				Weight::zero()
			};
			T::WeightInfo::void_batch(payers)
				.saturating_add(T::Providers::weight())
				.saturating_add(tried)
		};
		Batches::<T>::insert(id, batch);
		Ok(Some(weight.min(Self::settle_weight(reveals))).into())
	}

	/// Make `batch` void: its fees go back to the payers' escrows (or, for an escrow closed
	/// meanwhile, to the payer), its provider's stake is free of it, and it is kept until its
	/// epoch's submission window ends so it cannot be submitted again. Emits `BatchVoided`
	/// with the samples `missing` and what was `slashed` for it. The caller stores the batch.
	///
	/// # Errors
	/// [`Error::Overflow`]; the currency's error; the provider's stake tracking's error.
	pub(crate) fn void(
		id: BatchId,
		batch: &mut Batch<T>,
		missing: u32,
		slashed: BalanceOf<T>,
	) -> DispatchResult {
		for part in batch.payers.iter() {
			Self::refund(id, &part.payer, &batch.provider, part.fee)?;
		}
		let now = frame_system::Pallet::<T>::block_number();
		let (_, window_end) = Self::submission_bounds(batch.epoch);
		batch.status = BatchStatus::Void { closable_at: window_end.max(now) };
		Self::free_stake(batch);
		Self::deposit_event(Event::BatchVoided { batch: id, missing, slashed });
		Ok(())
	}

	/// Give `fee` of void batch `id` back to `payer`'s escrow with `provider`, or to the payer
	/// when that escrow was withdrawn meanwhile (`FeeRefunded`). A fee the payer's account
	/// cannot take (it was reaped and the fee is below the existential deposit) goes to the
	/// treasury: a payer must not keep a batch from being voided.
	fn refund(
		id: BatchId,
		payer: &T::AccountId,
		provider: &T::AccountId,
		fee: BalanceOf<T>,
	) -> DispatchResult {
		let refunded = Escrows::<T>::try_mutate_exists(payer, provider, |slot| {
			let Some(escrow) = slot.as_mut() else { return Ok(false) };
			escrow.amount = escrow.amount.checked_add(&fee).ok_or(Error::<T>::Overflow)?;
			Ok::<_, DispatchError>(true)
		})?;
		if !refunded {
			let to = match Self::out_of_pot(payer, fee) {
				Ok(()) => payer.clone(),
				Err(_) => {
					let treasury = T::Treasury::get();
					Self::out_of_pot(&treasury, fee)?;
					treasury
				}
			};
			Self::deposit_event(Event::FeeRefunded {
				batch: id,
				payer: payer.clone(),
				to,
				amount: fee,
			});
		}
		Ok(())
	}

	/// The provider's stake no longer backs `batch` (settled or void).
	fn free_stake(batch: &Batch<T>) {
		PendingFees::<T>::mutate_exists(&batch.provider, |pending| {
			let left = pending.unwrap_or_default().saturating_sub(batch.fees);
			*pending = (!left.is_zero()).then_some(left);
		});
	}

	/// Take the batch's fees out of this pallet's account, where submission left them, and
	/// have the rewards engine split them, the tail's part back to this account: the split's
	/// weight beyond the smallest split and the tail's part. One withdrawal, whatever the
	/// number of payers.
	fn pay_out(id: BatchId, batch: &Batch<T>) -> Result<(Weight, BalanceOf<T>), DispatchError> {
		let fees = T::Currency::withdraw(
			&Self::account_id(),
			batch.fees,
			Precision::Exact,
			Preservation::Preserve,
			Fortitude::Polite,
		)?;
		T::Rewards::settle_batch(
			id,
			batch.model,
			&batch.provider,
			batch.calls,
			fees,
			&batch.terms,
			&batch.scores,
			&Self::account_id(),
		)
	}

	/// Credit `contribution`'s part of `batch`'s tail to its contributor: the leaf
	/// `(contribution, weight)` at `position` of the tail tree, proven by `proof`, claimed once,
	/// within the claim window; its part is `batch_part(data side, weight)`. Emits
	/// `TailClaimed`.
	///
	/// # Errors
	/// [`Error::UnknownBatch`], [`Error::NotSettled`], [`Error::ClaimWindowClosed`],
	/// [`Error::BadProof`], [`Error::AlreadyClaimed`], [`Error::ContributionNotPayable`],
	/// [`Error::TailExhausted`], [`Error::Overflow`]; the currency's error.
	pub(crate) fn do_claim_tail(
		id: BatchId,
		position: u32,
		contribution: ContributionId,
		weight: u128,
		proof: &[H256],
	) -> DispatchResult {
		let mut batch = Batches::<T>::get(id).ok_or(Error::<T>::UnknownBatch)?;
		let BatchStatus::Settled { tail, claimed, claims_until } = batch.status else {
			return Err(Error::<T>::NotSettled.into());
		};
		ensure!(
			frame_system::Pallet::<T>::block_number() < claims_until,
			Error::<T>::ClaimWindowClosed
		);
		let chunk = position.checked_div(LEAVES_PER_CHUNK).ok_or(Error::<T>::BadProof)?;
		let bit = 1u128
			.checked_shl(position.checked_rem(LEAVES_PER_CHUNK).ok_or(Error::<T>::BadProof)?)
			.ok_or(Error::<T>::BadProof)?;
		let word = TailClaimed::<T>::get(id, chunk);
		ensure!(word & bit == 0, Error::<T>::AlreadyClaimed);
		let leaf = openledger_formulas::batch::tail_leaf(contribution, weight);
		ensure!(
			crate::audit::path_proves(
				&batch.tail_root,
				batch.tail_leaves.into(),
				position.into(),
				&leaf,
				proof,
			),
			Error::<T>::BadProof
		);
		let info = T::Datanets::contribution(contribution)
			.filter(|info| info.status == ContributionStatus::Accepted)
			.ok_or(Error::<T>::ContributionNotPayable)?;
		let data_side = T::Rewards::data_side(&batch.terms).deconstruct();
		let part = openledger_formulas::batch::batch_part(data_side, weight);
		let amount = BalanceOf::<T>::try_from(part).map_err(|_| Error::<T>::Overflow)?;
		let claimed = claimed.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		ensure!(claimed <= tail, Error::<T>::TailExhausted);

		if !amount.is_zero() {
			let credit = T::Currency::withdraw(
				&Self::account_id(),
				amount,
				Precision::Exact,
				Preservation::Preserve,
				Fortitude::Polite,
			)?;
			T::Rewards::credit_contributor(batch.model, &info.contributor, info.datanet, credit)?;
		}
		TailClaimed::<T>::insert(id, chunk, word | bit);
		batch.status = BatchStatus::Settled { tail, claimed, claims_until };
		Batches::<T>::insert(id, batch);
		Self::deposit_event(Event::TailClaimed {
			batch: id,
			contribution,
			contributor: info.contributor,
			amount,
		});
		Ok(())
	}

	/// Close `batch`: settled, after its claim window (the unclaimed tail to the treasury);
	/// void, once it may be (its epoch's submission window over). Either way not before the
	/// epoch's submission window ends, so it can never be submitted twice. Returns the deposit
	/// and removes the batch and its claim marks. Emits `BatchClosed`.
	///
	/// # Errors
	/// [`Error::UnknownBatch`], [`Error::NotClosable`]; the currency's error.
	pub(crate) fn do_close_batch(id: BatchId) -> DispatchResultWithPostInfo {
		let batch = Batches::<T>::get(id).ok_or(Error::<T>::UnknownBatch)?;
		let now = frame_system::Pallet::<T>::block_number();
		let (_, window_end) = Self::submission_bounds(batch.epoch);
		ensure!(now >= window_end, Error::<T>::NotClosable);
		ensure!(OpenDisputes::<T>::get(id) == 0, Error::<T>::UnderDispute);
		let unclaimed = match batch.status {
			BatchStatus::Settled { tail, claimed, claims_until } => {
				ensure!(now >= claims_until, Error::<T>::NotClosable);
				tail.saturating_sub(claimed)
			}
			BatchStatus::Void { closable_at } => {
				ensure!(now >= closable_at, Error::<T>::NotClosable);
				Zero::zero()
			}
			BatchStatus::Audit { .. } => return Err(Error::<T>::NotClosable.into()),
		};
		if !unclaimed.is_zero() {
			T::Currency::transfer(
				&Self::account_id(),
				&T::Treasury::get(),
				unclaimed,
				Preservation::Preserve,
			)?;
		}
		let removed = TailClaimed::<T>::clear_prefix(id, Self::max_claim_chunks(), None).unique;
		T::Currency::release(
			&HoldReason::BatchDeposit.into(),
			&batch.provider,
			batch.deposit,
			Precision::BestEffort,
		)?;
		BatchOf::<T>::remove((&batch.provider, batch.model, batch.epoch));
		Batches::<T>::remove(id);
		Self::deposit_event(Event::BatchClosed { batch: id, unclaimed });
		Ok(Some(T::WeightInfo::close_batch(removed)).into())
	}
}

/// A provider's batches are open while their fees are pending against its stake: every batch
/// has fees, and they stop pending when it is settled or void.
impl<T: Config> openledger_primitives::ProviderBatches<T::AccountId> for Pallet<T> {
	fn has_open_batches(provider: &T::AccountId) -> bool {
		PendingFees::<T>::contains_key(provider)
	}
}
