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
	BatchId, BatchRewards, ContributionId, ContributionStatus, DatanetId, DatanetsInspect,
	InferenceId, InferenceRewards, ModelId, ModelsInspect, VersionNumber,
};
use sp_core::U512;
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Saturating, UniqueSaturatedFrom, UniqueSaturatedInto, Zero},
	Perbill,
};

/// Parts per billion: the denominator of a `Perbill`.
const BILLION: u128 = 1_000_000_000;

/// `fee × Π(numerator / denominator)`, rounded down once: a party's exact share of the fee,
/// whatever chain of rates leads to it. `U512` holds the product of a `u128` fee, a batch's
/// `u128` weight and the rates of the deepest lineage (ten factors below 2³² each) without
/// overflow.
fn part_of<T: Config>(fee: BalanceOf<T>, factors: &[(u128, u128)]) -> Option<BalanceOf<T>> {
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
fn rate(rate: Perbill) -> (u128, u128) {
	(rate.deconstruct().into(), BILLION)
}

/// What a rate leaves, as a factor of [`part_of`].
fn rest_of(rate: Perbill) -> (u128, u128) {
	(BILLION.saturating_sub(rate.deconstruct().into()), BILLION)
}

/// The data side's scores as fractions of one denominator: a call's attribution (parts per
/// billion) or a batch's fee-weighted weights (parts of `fees × 10⁹`). `reserved` is claimed
/// but paid elsewhere: a batch's tail.
pub(crate) struct Scores {
	denominator: u128,
	contributions: Vec<(ContributionId, u128)>,
	datanets: Vec<(DatanetId, u128)>,
	reserved: u128,
}

impl Scores {
	/// A call's attribution.
	pub(crate) fn of_call<T: Config>(attribution: &AttributionOf<T>) -> Self {
		let ppb = |score: &Perbill| u128::from(score.deconstruct());
		Scores {
			denominator: BILLION,
			contributions: attribution.contributions.iter().map(|(c, s)| (*c, ppb(s))).collect(),
			datanets: attribution.datanets.iter().map(|(d, s)| (*d, ppb(s))).collect(),
			reserved: 0,
		}
	}

	/// A batch's weights, out of `denominator` (its fees × 10⁹, [`BatchScores::check`]).
	pub(crate) fn of_batch<T: Config>(scores: &BatchScoresOf<T>, denominator: u128) -> Self {
		Scores {
			denominator,
			contributions: scores.contributions.to_vec(),
			datanets: scores.datanets.to_vec(),
			reserved: scores.tail,
		}
	}

	/// A score as a factor of [`part_of`].
	fn factor(&self, score: u128) -> (u128, u128) {
		(score, self.denominator)
	}

	/// Whether the scores sum to at most the whole.
	fn within_whole(&self) -> bool {
		let weights =
			self.contributions.iter().map(|(_, w)| w).chain(self.datanets.iter().map(|(_, w)| w));
		let mut total = self.reserved;
		for weight in weights {
			match total.checked_add(*weight) {
				Some(sum) => total = sum,
				None => return false,
			}
		}
		total <= self.denominator
	}
}

/// A split: its receipt (with an empty attribution, which the caller fills), its size, the
/// version each paid pool pays, and the part reserved for a batch's tail.
pub(crate) struct Split<T: Config> {
	pub(crate) receipt: Receipt<T>,
	pub(crate) size: SplitSize,
	versions: Vec<VersionNumber>,
	pub(crate) reserved: BalanceOf<T>,
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
		let mut split =
			Self::split(model, provider, fee, &terms, &Scores::of_call::<T>(attribution))?;
		split.receipt.attribution = attribution.clone();
		Ok(split.receipt)
	}

	/// The weight of settling a split of `size`: the `settle` benchmark at that size, never
	/// above the worst case.
	pub(crate) fn split_weight(size: SplitSize) -> Weight {
		T::WeightInfo::settle(size.ancestors, size.contributions, size.datanets.max(1))
			.min(Self::max_split_weight())
	}

	/// The weight of the smallest split: no ancestor, one contribution, one pool. A batch's
	/// settlement benchmark measures it with the rest of the settlement.
	fn smallest_split_weight() -> Weight {
		T::WeightInfo::settle(0, 1, 1)
	}

	/// [`Self::split_weight`] beyond [`Self::smallest_split_weight`]: what a split of `size`
	/// adds to a settlement benchmarked with the smallest. The settle benchmark's slopes, not
	/// its intercept (fitted with the other components at their maxima), price the rest.
	fn split_weight_beyond_smallest(size: SplitSize) -> Weight {
		Self::split_weight(size).saturating_sub(Self::smallest_split_weight())
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
	pub(crate) fn split(
		model: ModelId,
		provider: &T::AccountId,
		fee: BalanceOf<T>,
		terms: &SplitPolicy,
		scores: &Scores,
	) -> Result<Split<T>, DispatchError> {
		let view = T::Models::payees(model).ok_or(Error::<T>::UnknownModel)?;
		ensure!(scores.within_whole(), Error::<T>::ScoresOverHundredPercent);
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
		let mut chain: Vec<(u128, u128)> = alloc::vec![rate(model_rate)];
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
		// the scores that claim a part (at most the whole); a batch's tail is claimed from the
		// start, and paid to whoever holds it for the tail's claims.
		let data = rate(data_rate);
		let mut scored: u128 = scores.reserved;
		let reserved =
			part_of::<T>(fee, &[data, scores.factor(scores.reserved)]).ok_or_else(overflow)?;
		let mut contributors = BoundedVec::new();
		for (contribution, score) in scores.contributions.iter() {
			let Some(info) = T::Datanets::contribution(*contribution) else { continue };
			if info.status != ContributionStatus::Accepted {
				continue;
			}
			let amount = part_of::<T>(fee, &[data, scores.factor(*score)]).ok_or_else(overflow)?;
			scored = scored.saturating_add(*score);
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
				&Pools::<T>::get(datanet).epochs,
				version,
			);
			(share != 0).then_some(version)
		};
		let mut pools: BoundedVec<PoolPart<BalanceOf<T>>, MaxPoolsOf<T>> = BoundedVec::new();
		let mut versions: Vec<VersionNumber> = Vec::new();
		let mut looked_at: u32 = 0;
		for (datanet, score) in scores.datanets.iter() {
			looked_at.saturating_inc();
			let Some(version) = payable(*datanet) else { continue };
			scored = scored.saturating_add(*score);
			let amount = part_of::<T>(fee, &[data, scores.factor(*score)]).ok_or_else(overflow)?;
			if !amount.is_zero() {
				Self::pay_pool_part(&mut pools, &mut versions, *datanet, version, amount)?;
			}
		}
		// What no score claims goes to the model's training datanets by training share: the
		// provider cannot steer it.
		let unscored = scores.factor(scores.denominator.saturating_sub(scored));
		let whole = view
			.training
			.iter()
			.fold(0u128, |sum, s| sum.saturating_add(s.share.deconstruct().into()));
		for source in view.training.iter() {
			looked_at.saturating_inc();
			let share: u128 = source.share.deconstruct().into();
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
		paid = add::<T>(paid, reserved)?;
		let treasury = sub::<T>(fee, paid)?;

		let size = SplitSize {
			ancestors: u32::try_from(ancestors.len()).unwrap_or(u32::MAX),
			contributions: u32::try_from(scores.contributions.len()).unwrap_or(u32::MAX),
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
			attribution: Default::default(),
			data_side: data_rate,
			settled_at: Zero::zero(),
		};
		Ok(Split { receipt, size, versions, reserved })
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
		let mut split =
			Self::split(model, provider, fee.peek(), terms, &Scores::of_call::<T>(attribution))?;
		split.receipt.attribution = attribution.clone();
		split.receipt.settled_at = frame_system::Pallet::<T>::block_number();
		let size = split.size;
		let (to_model_side, to_data) = Self::apply_split(model, 1, &split, fee, None)?;
		let receipt = split.receipt;
		Self::deposit_event(Event::Settled {
			inference,
			model,
			fee: receipt.fee,
			to_treasury: receipt.treasury,
			to_provider: receipt.provider.amount,
			to_model_side,
			to_data_side: to_data,
		});
		Self::queue_receipt(inference, receipt)?;
		Ok(Self::split_weight(size))
	}

	/// Apply `split` of the fees of `calls` calls on `model`: pay the pools, credit everyone,
	/// count the model's and accounts' totals, move `fee` to the treasury, the pallet account
	/// and (its reserved part) `reserved_to`. Returns what went to the model side and to the
	/// data side.
	pub(crate) fn apply_split(
		model: ModelId,
		calls: u64,
		split: &Split<T>,
		fee: Credit<T::AccountId, T::Currency>,
		reserved_to: Option<&T::AccountId>,
	) -> Result<(BalanceOf<T>, BalanceOf<T>), DispatchError> {
		let receipt = &split.receipt;
		// Pools first: the one step that may refuse a valid fee (an accumulator at its limit).
		let mut to_data = BalanceOf::<T>::zero();
		for (part, version) in receipt.pools.iter().zip(split.versions.iter()) {
			let total_share = T::Datanets::total_share(part.datanet);
			Pools::<T>::try_mutate(part.datanet, |record| {
				Self::pay_into_pool(record, part.amount, *version, total_share)
			})?;
			ModelDatanetTotals::<T>::mutate(model, part.datanet, |total| {
				*total = total.saturating_add(part.amount)
			});
			to_data = add::<T>(to_data, part.amount)?;
		}

		// Credits and lifetime counters; then the money moves.
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
			Self::count_direct(model, part.datanet, part.amount);
			to_data = add::<T>(to_data, part.amount)?;
		}
		to_data = add::<T>(to_data, split.reserved)?;
		let to_model_side = add::<T>(*owner_part, to_ancestors)?;
		ModelTotals::<T>::mutate(model, |totals| {
			totals.calls = totals.calls.saturating_add(calls);
			totals.fees = totals.fees.saturating_add(receipt.fee);
			totals.to_owner = totals.to_owner.saturating_add(*owner_part);
			totals.to_ancestors = totals.to_ancestors.saturating_add(to_ancestors);
			totals.to_providers = totals.to_providers.saturating_add(*provider_part);
			totals.to_data = totals.to_data.saturating_add(to_data);
			totals.to_treasury = totals.to_treasury.saturating_add(receipt.treasury);
		});

		let (to_treasury, rest) = fee.split(receipt.treasury);
		T::Currency::resolve(&T::Treasury::get(), to_treasury)
			.map_err(|_| Error::<T>::TreasuryCannotReceive)?;
		// The reserved part (a batch's tail) goes to its holder; without one it stays here.
		let (reserved, mut to_pallet) = rest.split(split.reserved);
		match reserved_to {
			Some(holder) => T::Currency::resolve(holder, reserved)
				.map_err(|_| Error::<T>::TailHolderCannotReceive)?,
			None => to_pallet.subsume(reserved),
		}
		T::Currency::resolve(&Self::account_id(), to_pallet)
			.map_err(|_| Error::<T>::PalletAccountCannotReceive)?;
		Ok((to_model_side, to_data))
	}

	/// Count `amount` paid directly to a contributor of `datanet` for a call on `model`.
	fn count_direct(model: ModelId, datanet: DatanetId, amount: BalanceOf<T>) {
		Pools::<T>::mutate(datanet, |record| {
			record.pool.direct = record.pool.direct.saturating_add(amount)
		});
		ModelDatanetTotals::<T>::mutate(model, datanet, |total| {
			*total = total.saturating_add(amount)
		});
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
		Accounts::<T>::try_mutate(who, |account| -> DispatchResult {
			account.credits = add::<T>(account.credits, amount)?;
			let totals = &mut account.lifetime;
			let counter = match role {
				Role::Owner => &mut totals.as_owner,
				Role::Ancestor => &mut totals.as_ancestor,
				Role::Provider => &mut totals.as_provider,
				Role::Contributor => &mut totals.as_contributor,
			};
			*counter = counter.saturating_add(amount);
			Ok(())
		})
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

impl<T: Config> BatchRewards<T::AccountId, T::Currency> for Pallet<T> {
	fn data_side(terms: &SplitPolicy) -> Perbill {
		terms.data
	}

	fn settle_batch(
		batch: BatchId,
		model: ModelId,
		provider: &T::AccountId,
		calls: u64,
		fees: Credit<T::AccountId, T::Currency>,
		terms: &SplitPolicy,
		scores: &BatchScoresOf<T>,
		tail_holder: &T::AccountId,
	) -> Result<(Weight, BalanceOf<T>), DispatchError> {
		let total: u128 = fees.peek().unique_saturated_into();
		let denominator = scores.check(total).map_err(|_| Error::<T>::ScoresOverHundredPercent)?;
		let split = Self::split(
			model,
			provider,
			fees.peek(),
			terms,
			&Scores::of_batch::<T>(scores, denominator),
		)?;
		let (to_model_side, to_data_side) =
			Self::apply_split(model, calls, &split, fees, Some(tail_holder))?;
		let receipt = &split.receipt;
		Self::deposit_event(Event::BatchSettled {
			batch,
			model,
			calls,
			fees: receipt.fee,
			to_treasury: receipt.treasury,
			to_provider: receipt.provider.amount,
			to_model_side,
			to_data_side,
			to_tail: split.reserved,
		});
		Ok((Self::split_weight_beyond_smallest(split.size), split.reserved))
	}

	fn settle_batch_weight() -> Weight {
		Self::max_split_weight().saturating_sub(Self::smallest_split_weight())
	}

	fn credit_contributor(
		model: ModelId,
		contributor: &T::AccountId,
		datanet: DatanetId,
		amount: Credit<T::AccountId, T::Currency>,
	) -> DispatchResult {
		let value = amount.peek();
		T::Currency::resolve(&Self::account_id(), amount)
			.map_err(|_| Error::<T>::PalletAccountCannotReceive)?;
		Self::credit(contributor, value, Role::Contributor)?;
		Self::count_direct(model, datanet, value);
		Ok(())
	}
}
