//! `try_state`: what must hold between any two blocks.

use crate::{pallet::*, types::*};
use alloc::{collections::BTreeMap, vec::Vec};
use frame_support::{ensure, traits::fungible::InspectHold};
use openledger_primitives::{InferenceId, ModelId};
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	TryRuntimeError,
};

type Sums<T> = BTreeMap<AccountIdOf<T>, BalanceOf<T>>;

fn add_to<T: Config>(
	sums: &mut Sums<T>,
	who: &AccountIdOf<T>,
	amount: BalanceOf<T>,
) -> Result<(), TryRuntimeError> {
	let entry = sums.entry(who.clone()).or_insert_with(Zero::zero);
	*entry = entry.checked_add(&amount).ok_or("hold sum overflow")?;
	Ok(())
}

fn matches_holds<T: Config>(
	sums: &Sums<T>,
	reason: HoldReason,
	what: &'static str,
) -> Result<(), TryRuntimeError> {
	for (who, sum) in sums {
		ensure!(T::Currency::balance_on_hold(&reason.into(), who) == *sum, what);
	}
	Ok(())
}

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants:
	/// - escrow: each user's held escrow equals the fees of their open requests, and likewise
	///   for request deposits and challenge bonds;
	/// - each provider's held stake equals its recorded stake, and its open-request count the
	///   requests assigned to it;
	/// - answered and challenged requests have an attribution, others none; ids are below the
	///   next id;
	/// - every answered request is in the settlement queue, every unanswered one in the expiry
	///   queue (ordered by id, so by deadline);
	/// - stored split terms and per-model open-request counts belong to open requests;
	/// - each model's open-challenge count is exactly the challenged requests on it or on a
	///   model it is an ancestor of (none stored as zero).
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next_id = NextInferenceId::<T>::get();
		let mut escrow = Sums::<T>::new();
		let mut deposits = Sums::<T>::new();
		let mut bonds = Sums::<T>::new();
		let mut assigned: BTreeMap<AccountIdOf<T>, u32> = BTreeMap::new();
		let mut answered: Vec<InferenceId> = Vec::new();
		let mut unanswered: Vec<InferenceId> = Vec::new();
		let mut per_model: BTreeMap<ModelId, u32> = BTreeMap::new();
		let mut cases: BTreeMap<ModelId, u32> = BTreeMap::new();
		for (id, request) in Requests::<T>::iter() {
			ensure!(id < next_id, "request id not yet assigned");
			let count = per_model.entry(request.model).or_default();
			*count = count.saturating_add(1);
			add_to::<T>(&mut escrow, &request.user, request.fee)?;
			add_to::<T>(&mut deposits, &request.user, request.deposit)?;
			let count = assigned.entry(request.provider.clone()).or_default();
			*count = count.saturating_add(1);
			let has_attribution = Attributions::<T>::contains_key(id);
			match &request.status {
				RequestStatus::Requested => {
					ensure!(!has_attribution, "unanswered attribution");
					unanswered.push(id);
				}
				RequestStatus::Answered { .. } => {
					ensure!(has_attribution, "answer without attribution");
					answered.push(id);
				}
				RequestStatus::Challenged { challenger, bond, .. } => {
					ensure!(has_attribution, "answer without attribution");
					add_to::<T>(&mut bonds, challenger, *bond)?;
					let paid = Self::paid_owners(request.model)
						.map_err(|_| "challenged request on an unknown model")?;
					for (model, _) in paid {
						let count = cases.entry(model).or_default();
						*count = count.saturating_add(1);
					}
				}
			}
		}
		for id in Attributions::<T>::iter_keys() {
			ensure!(Requests::<T>::contains_key(id), "attribution of an ended request");
		}
		for id in RequestTerms::<T>::iter_keys() {
			ensure!(Requests::<T>::contains_key(id), "terms of an ended request");
		}
		// Requests opened before the per-model count existed are not in it: it may only
		// undercount.
		for (model, count) in OpenRequestsOf::<T>::iter() {
			ensure!(count > 0, "a zero open-request count is stored");
			let open = per_model.get(&model).copied().unwrap_or_default();
			ensure!(count <= open, "open requests of a model overcounted");
		}
		let stored: BTreeMap<ModelId, u32> = OpenCasesOf::<T>::iter().collect();
		ensure!(stored.values().all(|count| *count > 0), "a zero open-challenge count is stored");
		ensure!(stored == cases, "open challenges per model miscounted");
		matches_holds::<T>(&escrow, HoldReason::Escrow, "escrow differs from open fees")?;
		matches_holds::<T>(&deposits, HoldReason::RequestDeposit, "request deposits differ")?;
		matches_holds::<T>(&bonds, HoldReason::ChallengeBond, "challenge bonds differ")?;

		for (who, provider) in Providers::<T>::iter() {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ProviderStake.into(), &who)
					== provider.stake,
				"provider stake differs from its hold"
			);
			let open = assigned.remove(&who).unwrap_or_default();
			ensure!(provider.open_requests == open, "provider open requests miscounted");
		}
		ensure!(assigned.is_empty(), "request assigned to no provider");

		let (first, next) = SettlementQueueBounds::<T>::get();
		ensure!(first <= next, "settlement queue bounds reversed");
		let queued: Vec<InferenceId> =
			(first..next).filter_map(SettlementQueue::<T>::get).collect();
		for id in answered {
			ensure!(queued.contains(&id), "answered request not queued");
		}

		let (first, next) = ExpiryQueueBounds::<T>::get();
		ensure!(first <= next, "expiry queue bounds reversed");
		let queued: Vec<InferenceId> = (first..next).filter_map(ExpiryQueue::<T>::get).collect();
		ensure!(queued.len() as u64 == next.saturating_sub(first), "expiry queue gap");
		ensure!(queued.windows(2).all(|pair| pair.first() < pair.get(1)), "expiry queue unordered");
		// Requests from before the queue existed are not in it (they can be expired by hand).
		let oldest_queued = queued.first().copied().unwrap_or(next_id);
		for id in unanswered {
			ensure!(id < oldest_queued || queued.contains(&id), "unanswered request not queued");
		}
		Ok(())
	}
}
