//! Disputes of batches: a record, an acknowledged call or the aggregate shown wrong before the
//! batch settles, decided by the court with the engine's recomputation as evidence.
//!
//! The audit catches records a provider cannot reveal; a dispute catches what it revealed (or
//! acknowledged, or aggregated) but did not compute as the model's manifest says. Upheld, the
//! batch is void as if it had failed its audit: nobody is paid, the payers keep their fees, the
//! provider is slashed [`Config::SlashOfFees`] of the fees, [`Config::DisputeReward`] of it to
//! the challenger. Rejected, the challenger's bond goes to the provider. Either way the losing
//! side reimburses the arbitration fees the winning side advanced.

use crate::{pallet::*, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use openledger_primitives::{
	holds::hold_error, BatchId, CaseSubject, ChallengeCourt, ChallengeEvidence, ChallengeVerdicts,
	DatanetsInspect, DisputeId, ModelId, ModelsInspect, ProviderStakes, Verdict,
};
use sp_core::H256;
use sp_runtime::{
	traits::{UniqueSaturatedInto, Verify, Zero},
	Saturating,
};

/// Whether a dispute opens or closes, for the counts that keep models from changing hands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Change {
	Opened,
	Closed,
}

impl<T: Config> Pallet<T> {
	/// The weight [`Pallet::dispute_batch`] is charged: checking what is disputed, the parties
	/// and opening the court's case.
	pub fn dispute_weight(disputed: &DisputedCall<T>) -> Weight {
		let own = match disputed {
			DisputedCall::Record { proof, .. } => {
				T::WeightInfo::dispute_record(proof.len().try_into().unwrap_or(u32::MAX))
			}
			DisputedCall::Acknowledged { .. } => T::WeightInfo::dispute_acknowledged(),
			DisputedCall::Aggregate => T::WeightInfo::dispute_record(0),
		};
		own.saturating_add(T::Court::open_case_weight())
	}

	/// The last block a batch whose samples are due by `reveal_by` may be disputed in:
	/// [`Config::DisputeWindow`] blocks after its seed block, [`Config::RevealWindow`] before
	/// `reveal_by` (see [`Pallet::submit_batch`]).
	pub(crate) fn dispute_deadline(reveal_by: BlockNumberOf<T>) -> BlockNumberOf<T> {
		reveal_by.saturating_sub(T::RevealWindow::get())
	}

	/// Dispute `batch_id` as `who`: check that the provider committed to what is disputed (a
	/// record's Merkle path, or its signed acknowledgement), hold the bond, and open the
	/// court's case with every party of the batch kept off the jury. Emits `BatchDisputed`.
	///
	/// # Errors
	/// [`Error::UnknownBatch`], [`Error::DisputeWindowClosed`], [`Error::WrongRecord`],
	/// [`Error::BadProof`], [`Error::BadAcknowledgement`], [`Error::UnknownModel`],
	/// [`Error::TooManyParties`], [`Error::Overflow`], [`Error::InsufficientBalance`] (or
	/// the currency's reason for a failed hold); the court's error when it cannot open the
	/// case.
	pub(crate) fn do_dispute_batch(
		who: &T::AccountId,
		batch_id: BatchId,
		disputed: DisputedCall<T>,
		evidence_uri: BoundedVec<u8, MaxUriLengthOf<T>>,
	) -> DispatchResult {
		let batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
		let BatchStatus::Audit { reveal_by, .. } = batch.status else {
			return Err(Error::<T>::DisputeWindowClosed.into());
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= Self::dispute_deadline(reveal_by), Error::<T>::DisputeWindowClosed);
		let subject = Self::disputed_subject(&batch, disputed)?;
		let id = NextDisputeId::<T>::get();
		let case = CaseSubject::BatchDispute(id).case().ok_or(Error::<T>::Overflow)?;
		let next = id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let paid_models = Self::paid_models(batch.model)?;
		let parties = Self::parties(&batch, who, &paid_models)?;
		let models = BoundedVec::<ModelId, MaxPaidModels<T>>::try_from(
			paid_models.iter().map(|(model, _)| *model).collect::<Vec<_>>(),
		)
		.map_err(|_| Error::<T>::Overflow)?;
		let evidence_hash = match &subject {
			DisputeSubject::Call { output_hash, .. } => *output_hash,
			DisputeSubject::Aggregate => batch.calls_root,
		};

		let bond = T::DisputeBond::get();
		T::Currency::hold(&HoldReason::DisputeBond.into(), who, bond)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		let evidence = ChallengeEvidence {
			model: batch.model,
			output_hash: evidence_hash,
			output_uri: evidence_uri,
		};
		T::Court::open_case(case, who, parties, evidence)?;
		Self::count_dispute(batch_id, &models, Change::Opened)?;
		NextDisputeId::<T>::put(next);
		Disputes::<T>::insert(
			id,
			Dispute {
				batch: batch_id,
				challenger: who.clone(),
				bond,
				subject: subject.clone(),
				models,
			},
		);
		Self::deposit_event(Event::BatchDisputed {
			dispute: id,
			case,
			batch: batch_id,
			challenger: who.clone(),
			subject,
			bond,
		});
		Ok(())
	}

	/// What `disputed` says the provider of `batch` committed to, once that is proven: a
	/// record by its path in the tree of calls, an acknowledged call by the provider's
	/// signature.
	fn disputed_subject(
		batch: &Batch<T>,
		disputed: DisputedCall<T>,
	) -> Result<DisputeSubject, DispatchError> {
		match disputed {
			DisputedCall::Record { record, proof } => {
				let position = Self::record_position(batch, record.payer_index, record.sequence)
					.ok_or(Error::<T>::WrongRecord)?;
				Self::check_record_path(batch, position, &record, &proof)?;
				Ok(DisputeSubject::Call {
					payer_index: record.payer_index,
					sequence: record.sequence,
					output_hash: record.output_hash,
					attribution_hash: record.attribution_hash,
				})
			}
			DisputedCall::Acknowledged {
				payer_index,
				sequence,
				output_hash,
				attribution_hash,
				signature,
			} => {
				ensure!(
					Self::record_position(batch, payer_index, sequence).is_some(),
					Error::<T>::WrongRecord
				);
				let index = usize::try_from(payer_index).map_err(|_| Error::<T>::WrongRecord)?;
				let payer = batch.payers.get(index).ok_or(Error::<T>::WrongRecord)?;
				let payload = openledger_formulas::batch::ack_payload(
					&Self::genesis_hash(),
					&payer.payer,
					&batch.provider,
					batch.model,
					batch.epoch,
					sequence,
					output_hash.as_fixed_bytes(),
					attribution_hash.as_fixed_bytes(),
				);
				ensure!(
					signature.verify(&payload[..], &batch.provider),
					Error::<T>::BadAcknowledgement
				);
				Ok(DisputeSubject::Call { payer_index, sequence, output_hash, attribution_hash })
			}
			DisputedCall::Aggregate => Ok(DisputeSubject::Aggregate),
		}
	}

	/// The models whose owners `model`'s calls pay: the model, then each ancestor (royalties).
	///
	/// # Errors
	/// [`Error::UnknownModel`].
	fn paid_models(model: ModelId) -> Result<Vec<(ModelId, T::AccountId)>, DispatchError> {
		let payees = T::Models::payees(model).ok_or(Error::<T>::UnknownModel)?;
		Ok(core::iter::once((model, payees.owner))
			.chain(payees.lineage.into_iter().map(|ancestor| (ancestor.model, ancestor.owner)))
			.collect())
	}

	/// Who may not judge a dispute of `batch` by `challenger`: everyone its outcome pays or
	/// costs. The provider, the challenger, every payer (a void batch leaves their fees with
	/// them; the provider cannot make anyone a payer, which takes that payer's signed
	/// receipt), the owners of the model and its ancestors (fixed until the verdict: the
	/// models cannot change hands meanwhile), and the contributors the batch pays directly
	/// at least [`Config::MinPartyScore`] of its data side in all. The provider chooses the
	/// attribution, so a contributor named at a negligible part is not a party.
	///
	/// # Errors
	/// [`Error::TooManyParties`] beyond the court's bound.
	fn parties(
		batch: &Batch<T>,
		challenger: &T::AccountId,
		paid_models: &[(ModelId, T::AccountId)],
	) -> Result<PartiesOf<T>, DispatchError> {
		// A batch states each contribution's weight out of `fees × 10⁹`.
		let mut scored: Vec<(T::AccountId, u128)> = Vec::new();
		for (contribution, weight) in batch.scores.contributions.iter() {
			let Some(info) = T::Datanets::contribution(*contribution) else { continue };
			match scored.iter_mut().find(|(who, _)| *who == info.contributor) {
				Some((_, total)) => *total = total.saturating_add(*weight),
				None => scored.push((info.contributor, *weight)),
			}
		}
		let fees: u128 = batch.fees.unique_saturated_into();
		let threshold = u128::from(T::MinPartyScore::get().deconstruct()).saturating_mul(fees);
		let contributors = scored
			.into_iter()
			.filter(|(_, weight)| *weight >= threshold)
			.map(|(contributor, _)| contributor);
		let everyone = [batch.provider.clone(), challenger.clone()]
			.into_iter()
			.chain(batch.payers.iter().map(|part| part.payer.clone()))
			.chain(paid_models.iter().map(|(_, owner)| owner.clone()))
			.chain(contributors);
		let mut parties = PartiesOf::<T>::new();
		for who in everyone {
			if !parties.contains(&who) {
				parties.try_push(who).map_err(|_| Error::<T>::TooManyParties)?;
			}
		}
		Ok(parties)
	}

	/// Count a dispute of `batch` opened or closed, and against each of `models`. Checked
	/// before anything is written.
	///
	/// # Errors
	/// [`Error::Overflow`] when a count would pass `u32::MAX`.
	fn count_dispute(batch: BatchId, models: &[ModelId], change: Change) -> DispatchResult {
		let step = |count: u32| match change {
			Change::Opened => count.checked_add(1),
			Change::Closed => Some(count.saturating_sub(1)),
		};
		let open = step(OpenDisputes::<T>::get(batch)).ok_or(Error::<T>::Overflow)?;
		let mut counts = Vec::with_capacity(models.len());
		for model in models {
			counts
				.push((*model, step(OpenDisputesOf::<T>::get(model)).ok_or(Error::<T>::Overflow)?));
		}
		let write = |count: u32| (count > 0).then_some(count);
		OpenDisputes::<T>::set(batch, open);
		if open == 0 {
			OpenDisputes::<T>::remove(batch);
		}
		for (model, count) in counts {
			match write(count) {
				Some(count) => OpenDisputesOf::<T>::insert(model, count),
				None => OpenDisputesOf::<T>::remove(model),
			}
		}
		Ok(())
	}

	/// Apply the court's `verdict` on dispute `id`. Upheld: the provider's stake reimburses
	/// the arbitration fees `owed`, the batch (still in audit) is void and its provider
	/// slashed, [`Config::DisputeReward`] of the slash to the challenger, the bond returned
	/// (`DisputeUpheld`). Rejected: the bond reimburses `owed` and the rest goes to the
	/// provider (`DisputeRejected`). Undecided: the bond returns (`DisputeUndecided`).
	///
	/// # Errors
	/// [`Error::UnknownDispute`], [`Error::UnknownBatch`], [`Error::Overflow`]; the
	/// currency's error when funds cannot be moved.
	pub(crate) fn do_resolve_dispute(
		id: DisputeId,
		verdict: Verdict,
		owed: &[(T::AccountId, BalanceOf<T>)],
	) -> DispatchResult {
		let dispute = Disputes::<T>::get(id).ok_or(Error::<T>::UnknownDispute)?;
		let mut batch = Batches::<T>::get(dispute.batch).ok_or(Error::<T>::UnknownBatch)?;
		Self::count_dispute(dispute.batch, &dispute.models, Change::Closed)?;
		let challenger = &dispute.challenger;
		match verdict {
			Verdict::Upheld => {
				for (payer, amount) in owed {
					let paid = T::Providers::slash(&batch.provider, *amount, payer);
					Self::note_reimbursed(id, &batch.provider, payer, paid);
				}
				let (slashed, to_challenger) = if matches!(batch.status, BatchStatus::Audit { .. })
				{
					let slash = T::SlashOfFees::get().mul_floor(batch.fees);
					let reward = T::DisputeReward::get().mul_floor(slash);
					let to_challenger = T::Providers::slash(&batch.provider, reward, challenger);
					let to_treasury = T::Providers::slash(
						&batch.provider,
						slash.saturating_sub(to_challenger),
						&T::Treasury::get(),
					);
					let slashed = to_challenger.saturating_add(to_treasury);
					Self::void(dispute.batch, &mut batch, 0, slashed)?;
					Batches::<T>::insert(dispute.batch, batch);
					(slashed, to_challenger)
				} else {
					(Zero::zero(), Zero::zero())
				};
				Self::release_bond(&dispute)?;
				Self::deposit_event(Event::DisputeUpheld {
					dispute: id,
					batch: dispute.batch,
					slashed,
					to_challenger,
				});
			}
			Verdict::Rejected => {
				let mut left = dispute.bond;
				for (payer, amount) in owed {
					let amount = (*amount).min(left);
					if amount.is_zero() {
						continue;
					}
					let paid = frame_support::storage::with_storage_layer(|| {
						Self::move_bond(challenger, payer, amount)
					});
					if paid.is_ok() {
						left = left.saturating_sub(amount);
						Self::note_reimbursed(id, challenger, payer, amount);
					}
				}
				Self::move_bond(challenger, &batch.provider, left)?;
				Self::deposit_event(Event::DisputeRejected {
					dispute: id,
					batch: dispute.batch,
					to_provider: left,
				});
			}
			Verdict::Undecided => {
				Self::release_bond(&dispute)?;
				Self::deposit_event(Event::DisputeUndecided { dispute: id, batch: dispute.batch });
			}
		}
		Disputes::<T>::remove(id);
		Ok(())
	}

	/// Move `amount` of `challenger`'s dispute bond into `to`'s free balance.
	fn move_bond(
		challenger: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		let reason = HoldReason::DisputeBond.into();
		openledger_primitives::holds::move_held::<_, T::Currency>(&reason, challenger, to, amount)
	}

	/// Return `dispute`'s bond to its challenger.
	fn release_bond(dispute: &Dispute<T>) -> DispatchResult {
		let reason = HoldReason::DisputeBond.into();
		T::Currency::release(&reason, &dispute.challenger, dispute.bond, Precision::Exact)?;
		Ok(())
	}

	/// Emit `JuryFeeReimbursed` for a reimbursement that paid something.
	fn note_reimbursed(id: DisputeId, by: &T::AccountId, to: &T::AccountId, amount: BalanceOf<T>) {
		if !amount.is_zero() {
			Self::deposit_event(Event::JuryFeeReimbursed {
				dispute: id,
				by: by.clone(),
				to: to.clone(),
				amount,
			});
		}
	}

	/// Whether `hash` is the root over a batch's call records with `record` at `position`.
	pub(crate) fn record_in_tree(
		batch: &Batch<T>,
		position: u64,
		record: &CallRecord<BalanceOf<T>>,
		proof: &[H256],
	) -> bool {
		let Some(payer) =
			usize::try_from(record.payer_index).ok().and_then(|i| batch.payers.get(i))
		else {
			return false;
		};
		let leaf = openledger_formulas::batch::call_record_leaf(
			&payer.payer,
			record.sequence,
			record.cumulative_fee.unique_saturated_into(),
			record.request_hash.as_fixed_bytes(),
			record.output_hash.as_fixed_bytes(),
			record.attribution_hash.as_fixed_bytes(),
		);
		crate::audit::path_proves(&batch.calls_root, batch.calls, position, &leaf, proof)
	}

	/// Check `record` at `position` of `batch`'s tree of calls: a fee its payer's claim allows
	/// and its path to the root.
	///
	/// # Errors
	/// [`Error::WrongRecord`], [`Error::BadProof`].
	pub(crate) fn check_record_path(
		batch: &Batch<T>,
		position: u64,
		record: &CallRecord<BalanceOf<T>>,
		proof: &[H256],
	) -> DispatchResult {
		let index = usize::try_from(record.payer_index).map_err(|_| Error::<T>::WrongRecord)?;
		let payer = batch.payers.get(index).ok_or(Error::<T>::WrongRecord)?;
		// A receipt's cumulative fee grows with its sequence: none exceeds the last, and the
		// last is exactly the claim.
		ensure!(
			record.cumulative_fee <= payer.fee
				&& (record.sequence != payer.calls || record.cumulative_fee == payer.fee)
				&& !record.cumulative_fee.is_zero(),
			Error::<T>::WrongRecord
		);
		ensure!(Self::record_in_tree(batch, position, record, proof), Error::<T>::BadProof);
		Ok(())
	}
}

/// The court's verdicts on disputes of batches reach them through this (the runtime routes
/// the cases whose subject is a [`CaseSubject::BatchDispute`] here).
impl<T: Config> ChallengeVerdicts<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn apply_verdict(
		case: u64,
		verdict: Verdict,
		owed: &[(T::AccountId, BalanceOf<T>)],
	) -> Result<(), DispatchError> {
		let CaseSubject::BatchDispute(id) = CaseSubject::of(case) else {
			return Err(Error::<T>::NotADispute.into());
		};
		Self::do_resolve_dispute(id, verdict, owed)
	}

	fn apply_verdict_weight(owed: u32) -> Weight {
		T::WeightInfo::resolve_dispute(T::MaxPayers::get(), owed).saturating_add(
			T::Providers::weight().saturating_mul(u64::from(owed).saturating_add(2)),
		)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn challenged_inference(seed: u32) -> u64 {
		crate::benchmarking::disputed_batch::<T>(seed)
	}
}

/// Models a batch dispute pays the owner of cannot change hands until its verdict; batches
/// hold no requests of their own, and a model's deposit does not wait for its batches.
impl<T: Config> openledger_primitives::ModelRequests for Pallet<T> {
	fn open_requests(_model: ModelId) -> u32 {
		0
	}

	fn open_cases(model: ModelId) -> u32 {
		OpenDisputesOf::<T>::get(model)
	}
}
