//! The pallet's invariants, checked by `try_state` (and after every unit test).

use crate::{pallet::*, types::*};
use alloc::collections::btree_map::BTreeMap;
use frame_support::{
	pallet_prelude::*,
	traits::fungible::{Inspect, InspectHold},
};
use sp_runtime::{traits::Zero, Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// This pallet's account holds every escrow, the fees of every batch not yet settled and
	/// every unclaimed tail; escrow deposits match their holds and nothing is held the old
	/// way; each provider's pending fees are its batches in audit, within its stake's cap;
	/// claims never exceed a tail; each batch is indexed once.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut in_audit = BalanceOf::<T>::zero();
		let mut pending: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut deposits: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut unclaimed = BalanceOf::<T>::zero();
		let next = NextBatchId::<T>::get();
		for (id, batch) in Batches::<T>::iter() {
			ensure!(id < next, "batch id not yet assigned");
			ensure!(
				BatchOf::<T>::get((&batch.provider, batch.model, batch.epoch)) == Some(id),
				"batch not indexed by provider, model and epoch"
			);
			let calls: u64 = batch.payers.iter().map(|p| p.calls).sum();
			let fees = batch
				.payers
				.iter()
				.fold(BalanceOf::<T>::zero(), |sum, p| sum.saturating_add(p.fee));
			ensure!(calls == batch.calls && fees == batch.fees, "batch totals differ from payers");
			let deposit = deposits.entry(batch.provider.clone()).or_default();
			*deposit = deposit.saturating_add(batch.deposit);
			match batch.status {
				BatchStatus::Audit { .. } => {
					in_audit = in_audit.saturating_add(batch.fees);
					let entry = pending.entry(batch.provider.clone()).or_default();
					*entry = entry.saturating_add(batch.fees);
				}
				BatchStatus::Settled { tail, claimed, .. } => {
					ensure!(claimed <= tail, "a tail's claims exceed it");
					unclaimed = unclaimed.saturating_add(tail.saturating_sub(claimed));
				}
				BatchStatus::Void { .. } => {}
			}
		}
		for ((_, _, _), id) in BatchOf::<T>::iter() {
			ensure!(Batches::<T>::contains_key(id), "index of a closed batch");
		}
		for (id, _, word) in TailClaimed::<T>::iter() {
			ensure!(word != 0, "an empty claim word is stored");
			let settled = matches!(
				Batches::<T>::get(id).map(|b| b.status),
				Some(BatchStatus::Settled { .. })
			);
			ensure!(settled, "claims of a batch that is not settled");
		}

		let mut held: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut escrowed = BalanceOf::<T>::zero();
		for (payer, _, escrow) in Escrows::<T>::iter() {
			escrowed = escrowed.saturating_add(escrow.amount);
			let entry = held.entry(payer).or_default();
			*entry = entry.saturating_add(escrow.deposit);
		}
		for (payer, deposit) in held {
			let hold = |reason: HoldReason| T::Currency::balance_on_hold(&reason.into(), &payer);
			ensure!(hold(HoldReason::EscrowDeposit) == deposit, "escrow deposits differ");
			ensure!(hold(HoldReason::Escrow).is_zero(), "escrowed funds are held, not pooled");
		}
		for (provider, deposit) in deposits {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::BatchDeposit.into(), &provider)
					== deposit,
				"batch deposits differ from their hold"
			);
		}
		for (provider, fees) in PendingFees::<T>::iter() {
			ensure!(!fees.is_zero(), "zero pending fees are stored");
			ensure!(pending.remove(&provider) == Some(fees), "pending fees differ from batches");
		}
		ensure!(pending.is_empty(), "a provider's batches are not pending");
		Self::check_disputes()?;
		let minimum = T::Currency::minimum_balance();
		let owed = escrowed.saturating_add(in_audit).saturating_add(unclaimed);
		ensure!(
			T::Currency::balance(&Self::account_id()) >= owed.saturating_add(minimum),
			"the pallet account does not hold the escrows, unsettled fees and unclaimed tails"
		);
		Ok(())
	}

	/// Every open dispute is of a stored batch, counted once for it and for each model the
	/// batch pays the owner of, its bond held from its challenger.
	fn check_disputes() -> Result<(), TryRuntimeError> {
		let mut per_batch: BTreeMap<openledger_primitives::BatchId, u32> = BTreeMap::new();
		let mut per_model: BTreeMap<openledger_primitives::ModelId, u32> = BTreeMap::new();
		let mut bonds: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let next = NextDisputeId::<T>::get();
		for (id, dispute) in Disputes::<T>::iter() {
			ensure!(id < next, "dispute id not yet assigned");
			let batch = Batches::<T>::get(dispute.batch).ok_or("a dispute of no batch")?;
			ensure!(dispute.models.first() == Some(&batch.model), "a dispute counts another model");
			let count = per_batch.entry(dispute.batch).or_default();
			*count = count.saturating_add(1);
			for model in dispute.models.iter().copied() {
				let count = per_model.entry(model).or_default();
				*count = count.saturating_add(1);
			}
			let bond = bonds.entry(dispute.challenger).or_default();
			*bond = bond.saturating_add(dispute.bond);
		}
		for (batch, count) in OpenDisputes::<T>::iter() {
			ensure!(per_batch.remove(&batch) == Some(count), "open disputes of a batch differ");
		}
		ensure!(per_batch.is_empty(), "a batch's disputes are not counted");
		for (model, count) in OpenDisputesOf::<T>::iter() {
			ensure!(per_model.remove(&model) == Some(count), "open disputes of a model differ");
		}
		ensure!(per_model.is_empty(), "a model's disputes are not counted");
		for (challenger, bond) in bonds {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::DisputeBond.into(), &challenger) == bond,
				"dispute bonds differ from their hold"
			);
		}
		Ok(())
	}
}
