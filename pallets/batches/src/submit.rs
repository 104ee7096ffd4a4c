//! Submitting a batch: a provider's claim on its payers' escrows for one model and epoch.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{pallet_prelude::*, traits::fungible::MutateHold};
use openledger_primitives::{
	holds::hold_error, EpochNumber, InferenceRewards, ModelId, ProviderStakes,
};
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, UniqueSaturatedInto, Verify, Zero},
	Saturating,
};

impl<T: Config> Pallet<T> {
	/// Whether `claim`'s signature is its payer's over its receipt in `provider`'s escrow, on
	/// `model` in `epoch`.
	pub(crate) fn receipt_signed(
		claim: &PayerClaim<T>,
		provider: &T::AccountId,
		model: ModelId,
		epoch: EpochNumber,
	) -> bool {
		let payload = openledger_formulas::batch::receipt_payload(
			&Self::genesis_hash(),
			&claim.payer,
			provider,
			model,
			epoch,
			claim.sequence,
			claim.cumulative_fee.unique_saturated_into(),
			claim.request_hash.as_fixed_bytes(),
			claim.receipts_root.as_fixed_bytes(),
		);
		claim.signature.verify(&payload[..], &claim.payer)
	}

	/// The first block of the epoch after `epoch`, and the first after its submission window.
	pub(crate) fn submission_bounds(epoch: EpochNumber) -> (BlockNumberOf<T>, BlockNumberOf<T>) {
		let start = T::EpochLength::get().saturating_mul(epoch.saturating_add(1).into());
		(start, start.saturating_add(T::SubmitWindow::get()))
	}

	/// Submit `provider`'s batch of `model`'s calls in `epoch`. Checks every claim (its
	/// receipt's signature, its escrow) and the scores, takes each payer's fee out of its
	/// escrow (the funds stay in this pallet's account until the batch settles, or go back to
	/// the escrow if it is void), holds the batch deposit, fixes the split terms and schedules
	/// the audit. Emits `BatchSubmitted`.
	///
	/// # Errors
	/// [`Error::EpochNotOver`], [`Error::SubmitWindowClosed`], [`Error::AlreadySubmitted`],
	/// [`Error::NoPayers`], [`Error::DuplicatePayer`], [`Error::EmptyClaim`],
	/// [`Error::BadSignature`], [`Error::NoEscrow`], [`Error::EscrowUnlocked`],
	/// [`Error::EscrowInsufficient`], [`Error::Overflow`], [`Error::TooManyCalls`],
	/// [`Error::BadScores`], [`Error::BadTail`], [`Error::StakeTooLow`], the provider's reason
	/// it may not serve `model`, [`Error::InsufficientBalance`] for the deposit.
	#[allow(clippy::too_many_arguments)]
	pub(crate) fn do_submit_batch(
		provider: &T::AccountId,
		model: ModelId,
		epoch: EpochNumber,
		claims: BoundedVec<PayerClaim<T>, T::MaxPayers>,
		calls_root: H256,
		scores: ScoresOf<T>,
		tail_root: H256,
		tail_leaves: u32,
	) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let (epoch_end, window_end) = Self::submission_bounds(epoch);
		ensure!(now >= epoch_end, Error::<T>::EpochNotOver);
		ensure!(now < window_end, Error::<T>::SubmitWindowClosed);
		ensure!(
			!BatchOf::<T>::contains_key((provider, model, epoch)),
			Error::<T>::AlreadySubmitted
		);
		ensure!(!claims.is_empty(), Error::<T>::NoPayers);

		// Every claim: its receipt signed by its payer, its fee within what is left in its
		// escrow with this provider.
		let mut payers: BoundedVec<PayerTotal<T::AccountId, BalanceOf<T>>, T::MaxPayers> =
			BoundedVec::new();
		let mut escrows = Vec::with_capacity(claims.len());
		let (mut calls, mut fees) = (0u64, BalanceOf::<T>::zero());
		for claim in claims.iter() {
			ensure!(!payers.iter().any(|p| p.payer == claim.payer), Error::<T>::DuplicatePayer);
			ensure!(claim.sequence > 0 && !claim.cumulative_fee.is_zero(), Error::<T>::EmptyClaim);
			ensure!(Self::receipt_signed(claim, provider, model, epoch), Error::<T>::BadSignature);
			let mut escrow =
				Escrows::<T>::get(&claim.payer, provider).ok_or(Error::<T>::NoEscrow)?;
			if let Some(unlock) = escrow.unlock {
				ensure!(epoch <= unlock.last_epoch, Error::<T>::EscrowUnlocked);
			}
			escrow.amount = escrow
				.amount
				.checked_sub(&claim.cumulative_fee)
				.ok_or(Error::<T>::EscrowInsufficient)?;
			escrows.push((claim.payer.clone(), escrow));
			calls = calls.checked_add(claim.sequence).ok_or(Error::<T>::Overflow)?;
			fees = fees.checked_add(&claim.cumulative_fee).ok_or(Error::<T>::Overflow)?;
			payers
				.try_push(PayerTotal {
					payer: claim.payer.clone(),
					calls: claim.sequence,
					fee: claim.cumulative_fee,
					receipts_root: claim.receipts_root,
				})
				.map_err(|_| Error::<T>::Overflow)?;
		}
		let reach = 1u64.checked_shl(T::MaxProofLength::get()).unwrap_or(u64::MAX);
		ensure!(calls <= reach, Error::<T>::TooManyCalls);
		scores.check(fees.unique_saturated_into()).map_err(|_| Error::<T>::BadScores)?;
		ensure!(
			u64::from(tail_leaves) <= reach && (scores.tail == 0 || tail_leaves > 0),
			Error::<T>::BadTail
		);

		// The provider's stake backs all its unsettled batches.
		let stake = T::Providers::serving_stake(provider, model)?;
		let pending =
			PendingFees::<T>::get(provider).checked_add(&fees).ok_or(Error::<T>::Overflow)?;
		ensure!(pending <= stake, Error::<T>::StakeTooLow);

		let deposit = T::BatchDeposit::get();
		T::Currency::hold(&HoldReason::BatchDeposit.into(), provider, deposit)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		for (payer, escrow) in escrows {
			Escrows::<T>::insert(&payer, provider, escrow);
		}
		PendingFees::<T>::insert(provider, pending);
		let id = NextBatchId::<T>::get();
		NextBatchId::<T>::put(id.checked_add(1).ok_or(Error::<T>::Overflow)?);
		// Disputes first, then the provider settles with its reveals: the seed is known from
		// `seed_at`, disputes close `DisputeWindow` blocks later, and the samples are due
		// `RevealWindow` blocks after that.
		let seed_at = now.saturating_add(T::AuditDelay::get());
		let reveal_by =
			seed_at.saturating_add(T::DisputeWindow::get()).saturating_add(T::RevealWindow::get());
		Batches::<T>::insert(
			id,
			Batch {
				provider: provider.clone(),
				model,
				epoch,
				calls,
				fees,
				payers,
				calls_root,
				scores,
				tail_root,
				tail_leaves,
				terms: T::Rewards::terms(model),
				deposit,
				status: BatchStatus::Audit { seed_at, reveal_by, revealed: 0 },
			},
		);
		BatchOf::<T>::insert((provider, model, epoch), id);
		Self::deposit_event(Event::BatchSubmitted {
			batch: id,
			provider: provider.clone(),
			model,
			epoch,
			calls,
			fees,
			seed_at,
		});
		Ok(())
	}

	/// The epoch `block` is in.
	pub fn epoch_of(block: BlockNumberOf<T>) -> openledger_primitives::EpochNumber {
		openledger_formulas::batch::epoch_of(
			block.unique_saturated_into(),
			T::EpochLength::get().unique_saturated_into(),
		)
	}

	/// The genesis hash receipts are bound to.
	pub fn genesis_hash() -> [u8; 32] {
		let hash = frame_system::Pallet::<T>::block_hash(BlockNumberOf::<T>::zero());
		<[u8; 32]>::try_from(hash.as_ref()).unwrap_or_default()
	}
}
