//! Splitting a fee: the computation shared by settlement and dry runs, and its application.

use crate::{pallet::*, pool::share_in_version, types::*, weights::WeightInfo};
use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Balanced, Credit},
		Imbalance,
	},
};
use openledger_primitives::{
	ContributionStatus, DatanetId, DatanetsInspect, InferenceId, InferenceRewards, ModelId,
	ModelsInspect, VersionNumber,
};
use sp_core::U512;
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Saturating, UniqueSaturatedFrom, UniqueSaturatedInto, Zero},
	Perbill,
};

/// Parts per billion: the denominator of a `Perbill`.
const BILLION: u64 = 1_000_000_000;

/// `fee × Π(numerator / denominator)`, rounded down once: a party's exact share of the fee,
/// whatever chain of rates leads to it. `U512` holds the product of a `u128` fee and the rates
/// of the deepest lineage (ten factors below 2³² each) without overflow.
fn part_of<T: Config>(fee: BalanceOf<T>, factors: &[(u64, u64)]) -> Option<BalanceOf<T>> {
	let fee: u128 = fee.unique_saturated_into();
	let (numerator, denominator) = factors.iter().try_fold(
		(U512::from(fee), U512::one()),
		|(numerator, denominator), (n, d)| {
			Some((numerator.checked_mul(U512::from(*n))?, denominator.checked_mul(U512::from(*d))?))
		},
	)?;
	let part = numerator.checked_div(denominator)?;
	(part.bits() <= 128).then(|| BalanceOf::<T>::unique_saturated_from(part.low_u128()))
}

/// A rate as a factor of [`part_of`].
fn rate(rate: Perbill) -> (u64, u64) {
	(rate.deconstruct().into(), BILLION)
}

/// What a rate leaves, as a factor of [`part_of`].
fn rest_of(rate: Perbill) -> (u64, u64) {
	(BILLION.saturating_sub(rate.deconstruct().into()), BILLION)
}

fn add<T: Config>(a: BalanceOf<T>, b: BalanceOf<T>) -> Result<BalanceOf<T>, Error<T>> {
	a.checked_add(&b).ok_or(Error::<T>::Overflow)
}

pub(crate) fn sub<T: Config>(a: BalanceOf<T>, b: BalanceOf<T>) -> Result<BalanceOf<T>, Error<T>> {
	a.checked_sub(&b).ok_or(Error::<T>::Underflow)
}

impl<T: Config> Pallet<T> {
	/// How `fee` for a call on `model` served by `provider` and requested now splits (under
	/// [`Self::terms_for`]), given `attribution`. Settlement applies exactly this result to a
	/// call requested under the same terms; dry runs return it.
	///
	/// Reads the model with its lineage, each attributed contribution and each paid datanet's
	/// total share: bounded by the attribution and lineage bounds.
	pub fn compute_split(
		model: ModelId,
		provider: &T::AccountId,
		fee: BalanceOf<T>,
		attribution: &AttributionOf<T>,
	) -> Result<Receipt<T>, DispatchError> {
		let terms = Self::terms_for(model);
		Self::split(model, provider, fee, &terms, attribution).map(|(receipt, _, _)| receipt)
	}

	/// The weight of settling a split of `size`: the `settle` benchmark at that size, never
	/// above the worst case.
	pub(crate) fn split_weight(size: SplitSize) -> Weight {
		T::WeightInfo::settle(size.ancestors, size.contributions, size.datanets.max(1))
			.min(Self::max_split_weight())
	}

	/// The weight of settling the largest split the bounds allow: the deepest lineage, the
	/// most contributions, and the most named datanets plus the model's training datanets.
	pub(crate) fn max_split_weight() -> Weight {
		T::WeightInfo::settle(
			<T::Models as ModelsInspect<T::AccountId, BalanceOf<T>>>::MaxLineageDepth::get(),
			T::MaxAttributedContributions::get(),
			MaxPoolsOf::<T>::get(),
		)
	}

	/// [`Self::compute_split`], with how much work it took (what its weight depends on).
	fn split(
		model: ModelId,
		provider: &T::AccountId,
		fee: BalanceOf<T>,
		terms: &SplitPolicy,
		attribution: &AttributionOf<T>,
	) -> Result<(Receipt<T>, SplitSize, Vec<VersionNumber>), DispatchError> {
		let view = T::Models::payees(model).ok_or(Error::<T>::UnknownModel)?;
		ensure!(attribution.total_score().is_some(), Error::<T>::ScoresOverHundredPercent);
		// Terms stored by an older runtime could be incomplete; they are refused rather than
		// paying out more or less than the fee.
		ensure!(terms.is_complete(), Error::<T>::PolicyNotComplete);
		// Every part is its exact share of the fee, rounded down once (never a rate of a part
		// already rounded); the treasury takes what rounding leaves.
		let (model_rate, data_rate) = (terms.model, terms.data);
		let overflow = || DispatchError::from(Error::<T>::Overflow);
		let provider_part = part_of::<T>(fee, &[rate(terms.provider)]).ok_or_else(overflow)?;

		// Model side: each ancestor receives its royalty of what reached the one below it and
		// keeps what it does not pass further up. `chain` is the product of rates that leads to
		// the one keeping its part: the model side's rate, then each royalty passed up.
		let mut ancestors = BoundedVec::new();
		let mut chain: Vec<(u64, u64)> = alloc::vec![rate(model_rate)];
		let mut owner_part = BalanceOf::<T>::zero();
		let mut below: Option<(ModelId, T::AccountId)> = None;
		for ancestor in view.lineage.iter() {
			let mut keeps = chain.clone();
			keeps.push(rest_of(ancestor.royalty));
			let kept = part_of::<T>(fee, &keeps).ok_or_else(overflow)?;
			match below.take() {
				None => owner_part = kept,
				Some((model, owner)) => ancestors
					.try_push(AncestorPart { model, owner, amount: kept })
					.map_err(|_| Error::<T>::Overflow)?,
			}
			below = Some((ancestor.model, ancestor.owner.clone()));
			chain.push(rate(ancestor.royalty));
		}
		let reaching = part_of::<T>(fee, &chain).ok_or_else(overflow)?;
		match below {
			None => owner_part = reaching,
			Some((model, owner)) => ancestors
				.try_push(AncestorPart { model, owner, amount: reaching })
				.map_err(|_| Error::<T>::Overflow)?,
		}

		// Data side: attributed contributions still accepted are paid directly. `scored` sums
		// the scores that claim a part (in parts per billion, at most 100%).
		let data = rate(data_rate);
		let mut scored: u64 = 0;
		let mut contributors = BoundedVec::new();
		for (contribution, score) in attribution.contributions.iter() {
			let Some(info) = T::Datanets::contribution(*contribution) else { continue };
			if info.status != ContributionStatus::Accepted {
				continue;
			}
			let amount = part_of::<T>(fee, &[data, rate(*score)]).ok_or_else(overflow)?;
			scored = scored.saturating_add(score.deconstruct().into());
			contributors
				.try_push(ContributorPart {
					contribution: *contribution,
					datanet: info.datanet,
					contributor: info.contributor,
					amount,
				})
				.map_err(|_| Error::<T>::Overflow)?;
		}
		// Named datanets: each its score of the data side, an absolute part like a contribution's
		// (a datanet with no share cannot hold rewards: its part stays with the treasury).
		// Each pool pays the contributors of the version the model's lineage cites (the latest
		// one any of them cites); a datanet it does not cite, whose cited version is retired
		// (older than its window of citable versions), or whose cited version has no share
		// left, cannot hold rewards.
		let cited = T::Models::attributable_versions(model).unwrap_or_default();
		let payable = |datanet: DatanetId| {
			let version = cited
				.binary_search_by_key(&datanet, |(d, _)| *d)
				.ok()
				.and_then(|index| cited.get(index))
				.map(|(_, version)| *version)?;
			if version < T::Datanets::oldest_citable(datanet) {
				return None;
			}
			let share = share_in_version(
				T::Datanets::total_share(datanet),
				&PoolEpochs::<T>::get(datanet),
				version,
			);
			(share != 0).then_some(version)
		};
		let mut pools: BoundedVec<PoolPart<BalanceOf<T>>, MaxPoolsOf<T>> = BoundedVec::new();
		let mut versions: Vec<VersionNumber> = Vec::new();
		let mut looked_at: u32 = 0;
		for (datanet, score) in attribution.datanets.iter() {
			looked_at.saturating_inc();
			let Some(version) = payable(*datanet) else { continue };
			scored = scored.saturating_add(score.deconstruct().into());
			let amount = part_of::<T>(fee, &[data, rate(*score)]).ok_or_else(overflow)?;
			if !amount.is_zero() {
				Self::pay_pool_part(&mut pools, &mut versions, *datanet, version, amount)?;
			}
		}
		// What no score claims goes to the model's training datanets by training share: the
		// provider cannot steer it.
		let unscored = (BILLION.saturating_sub(scored), BILLION);
		let whole = view
			.training
			.iter()
			.fold(0u64, |sum, s| sum.saturating_add(s.share.deconstruct().into()));
		for source in view.training.iter() {
			looked_at.saturating_inc();
			let share: u64 = source.share.deconstruct().into();
			let Some(version) = payable(source.datanet).filter(|_| share != 0) else { continue };
			let amount =
				part_of::<T>(fee, &[data, unscored, (share, whole)]).ok_or_else(overflow)?;
			if !amount.is_zero() {
				Self::pay_pool_part(&mut pools, &mut versions, source.datanet, version, amount)?;
			}
		}

		// The treasury: its rate and every remainder.
		let mut paid = add::<T>(provider_part, owner_part)?;
		for part in ancestors.iter() {
			paid = add::<T>(paid, part.amount)?;
		}
		for part in contributors.iter() {
			paid = add::<T>(paid, part.amount)?;
		}
		for part in pools.iter() {
			paid = add::<T>(paid, part.amount)?;
		}
		let treasury = sub::<T>(fee, paid)?;

		let size = SplitSize {
			ancestors: u32::try_from(ancestors.len()).unwrap_or(u32::MAX),
			contributions: u32::try_from(attribution.contributions.len()).unwrap_or(u32::MAX),
			datanets: looked_at,
		};
		let receipt = Receipt {
			model,
			fee,
			treasury,
			provider: Payee { account: provider.clone(), amount: provider_part },
			owner: Payee { account: view.owner, amount: owner_part },
			ancestors,
			contributors,
			pools,
			attribution: attribution.clone(),
			data_side: data_rate,
			settled_at: Zero::zero(),
		};
		Ok((receipt, size, versions))
	}

	/// Settle `inference`: split `fee` and credit everyone, pay the pools, keep the receipt;
	/// the weight used. On `Err` the caller discards all changes (see [`InferenceRewards`]).
	/// Emits `Settled`.
	///
	/// # Errors
	/// [`Error::AlreadySettled`], [`Error::UnknownModel`], [`Error::ScoresOverHundredPercent`],
	/// [`Error::PoolOverflow`], [`Error::Overflow`], [`Error::Underflow`],
	/// [`Error::TreasuryCannotReceive`], [`Error::PalletAccountCannotReceive`].
	pub(crate) fn do_settle(
		inference: InferenceId,
		model: ModelId,
		provider: &T::AccountId,
		fee: Credit<T::AccountId, T::Currency>,
		terms: &SplitPolicy,
		attribution: &AttributionOf<T>,
	) -> Result<Weight, DispatchError> {
		ensure!(!Receipts::<T>::contains_key(inference), Error::<T>::AlreadySettled);
		let (mut receipt, size, versions) =
			Self::split(model, provider, fee.peek(), terms, attribution)?;
		receipt.settled_at = frame_system::Pallet::<T>::block_number();

		// Pools first: the one step that may refuse a valid fee (an accumulator at its limit).
		let mut to_data = BalanceOf::<T>::zero();
		for (part, version) in receipt.pools.iter().zip(versions) {
			let total_share = T::Datanets::total_share(part.datanet);
			let mut epochs = PoolEpochs::<T>::get(part.datanet);
			Pools::<T>::try_mutate(part.datanet, |pool| {
				Self::pay_into_pool(pool, &mut epochs, part.amount, version, total_share)
			})?;
			if !epochs.is_empty() {
				PoolEpochs::<T>::insert(part.datanet, epochs);
			}
			ModelDatanetTotals::<T>::mutate(model, part.datanet, |total| {
				*total = total.saturating_add(part.amount)
			});
			to_data = add::<T>(to_data, part.amount)?;
		}

		// Credits and lifetime counters, the receipt; then the money moves.
		let provider_part = &receipt.provider.amount;
		Self::credit(&receipt.provider.account, *provider_part, Role::Provider)?;
		let owner_part = &receipt.owner.amount;
		Self::credit(&receipt.owner.account, *owner_part, Role::Owner)?;
		let mut to_ancestors = BalanceOf::<T>::zero();
		for part in receipt.ancestors.iter() {
			Self::credit(&part.owner, part.amount, Role::Ancestor)?;
			ModelTotals::<T>::mutate(part.model, |totals| {
				totals.royalties_received = totals.royalties_received.saturating_add(part.amount)
			});
			to_ancestors = add::<T>(to_ancestors, part.amount)?;
		}
		for part in receipt.contributors.iter() {
			Self::credit(&part.contributor, part.amount, Role::Contributor)?;
			Pools::<T>::mutate(part.datanet, |pool| {
				pool.direct = pool.direct.saturating_add(part.amount)
			});
			ModelDatanetTotals::<T>::mutate(model, part.datanet, |total| {
				*total = total.saturating_add(part.amount)
			});
			to_data = add::<T>(to_data, part.amount)?;
		}
		let to_model_side = add::<T>(*owner_part, to_ancestors)?;
		ModelTotals::<T>::mutate(model, |totals| {
			totals.calls = totals.calls.saturating_add(1);
			totals.fees = totals.fees.saturating_add(receipt.fee);
			totals.to_owner = totals.to_owner.saturating_add(*owner_part);
			totals.to_ancestors = totals.to_ancestors.saturating_add(to_ancestors);
			totals.to_providers = totals.to_providers.saturating_add(*provider_part);
			totals.to_data = totals.to_data.saturating_add(to_data);
			totals.to_treasury = totals.to_treasury.saturating_add(receipt.treasury);
		});
		Self::deposit_event(Event::Settled {
			inference,
			model,
			fee: receipt.fee,
			to_treasury: receipt.treasury,
			to_provider: *provider_part,
			to_model_side,
			to_data_side: to_data,
		});

		let (to_treasury, to_pallet) = fee.split(receipt.treasury);
		T::Currency::resolve(&T::Treasury::get(), to_treasury)
			.map_err(|_| Error::<T>::TreasuryCannotReceive)?;
		T::Currency::resolve(&Self::account_id(), to_pallet)
			.map_err(|_| Error::<T>::PalletAccountCannotReceive)?;
		Self::queue_receipt(inference, receipt)?;
		Ok(Self::split_weight(size))
	}

	/// Add `amount` to `datanet`'s part in `pools`, as a new part (for `version`, kept in
	/// `versions` beside it) or onto the one it has.
	fn pay_pool_part(
		pools: &mut BoundedVec<PoolPart<BalanceOf<T>>, MaxPoolsOf<T>>,
		versions: &mut Vec<VersionNumber>,
		datanet: DatanetId,
		version: VersionNumber,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		match pools.iter_mut().find(|part| part.datanet == datanet) {
			Some(part) => part.amount = add::<T>(part.amount, amount)?,
			None => {
				pools.try_push(PoolPart { datanet, amount }).map_err(|_| Error::<T>::Overflow)?;
				versions.push(version);
			}
		}
		Ok(())
	}

	/// Add `amount` to `who`'s claimable credits and to their lifetime counter for `role`.
	fn credit(who: &T::AccountId, amount: BalanceOf<T>, role: Role) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		Credits::<T>::try_mutate(who, |credits| -> DispatchResult {
			*credits = add::<T>(*credits, amount)?;
			Ok(())
		})?;
		AccountTotals::<T>::mutate(who, |totals| {
			let counter = match role {
				Role::Owner => &mut totals.as_owner,
				Role::Ancestor => &mut totals.as_ancestor,
				Role::Provider => &mut totals.as_provider,
				Role::Contributor => &mut totals.as_contributor,
			};
			*counter = counter.saturating_add(amount);
		});
		Ok(())
	}
}

/// In which role an account is credited.
enum Role {
	Owner,
	Ancestor,
	Provider,
	Contributor,
}

impl<T: Config> InferenceRewards<T::AccountId, T::Currency> for Pallet<T> {
	type MaxAttributedContributions = T::MaxAttributedContributions;
	type MaxAttributedDatanets = T::MaxAttributedDatanets;
	type Terms = SplitPolicy;

	fn terms(model: ModelId) -> SplitPolicy {
		Self::terms_for(model)
	}

	fn terms_weight() -> Weight {
		T::DbWeight::get().reads(2)
	}

	fn settle(
		inference: InferenceId,
		payer: &T::AccountId,
		model: ModelId,
		provider: &T::AccountId,
		fee: Credit<T::AccountId, T::Currency>,
		terms: &SplitPolicy,
		attribution: &AttributionOf<T>,
	) -> Result<Weight, DispatchError> {
		let weight = Self::do_settle(inference, model, provider, fee, terms, attribution)?;
		Self::hold_receipt_deposit(inference, payer)?;
		Ok(weight)
	}

	fn settle_weight() -> Weight {
		Self::max_split_weight()
	}
}
