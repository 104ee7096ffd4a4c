//! Read-only queries behind the attribution runtime API: what an account can claim and has
//! earned, receipts, a model's earnings, a datanet's pool, and dry runs of a split. Never
//! called from extrinsics.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::pallet_prelude::*;
use openledger_primitives::{
	query::{keys_after, page},
	AttributionInput, DatanetId, DatanetsInspect, InferenceId, ModelId, ModelsInspect,
	MAX_PAGE_SIZE,
};
use sp_runtime::Saturating;

impl<T: Config> Pallet<T> {
	/// `who`'s claimable credits, lifetime earnings by role, and a page of at most `limit`
	/// ([`MAX_PAGE_SIZE`]) of the pools `who` has a position in (a share, rewards not claimed,
	/// or claims made, also after withdrawing every contribution), from after `start`. Reads
	/// `3 + 5 × limit` items, whatever the number of `who`'s contributions.
	pub fn api_account_rewards_page(
		who: T::AccountId,
		start: Option<DatanetId>,
		limit: u32,
	) -> AccountRewardsPage<BalanceOf<T>> {
		let datanets = page(keys_after::<MemberPools<T>, _, _, _>(who.clone(), start), limit);
		let AccountLedger { credits: claimable_credits, lifetime } = Accounts::<T>::get(&who);
		let pools: Vec<PoolPosition<BalanceOf<T>>> = datanets
			.items
			.into_iter()
			.map(|datanet| PoolPosition {
				datanet,
				share: T::Datanets::contributor_share(datanet, &who),
				claimable: Self::pool_rewards(datanet, &who),
				claimed: PoolMembers::<T>::get(datanet, &who).claimed,
			})
			.collect();
		let claimable_total =
			pools.iter().fold(claimable_credits, |sum, pool| sum.saturating_add(pool.claimable));
		AccountRewardsPage {
			rewards: AccountRewards { claimable_credits, claimable_total, lifetime, pools },
			next: datanets.next,
		}
	}

	/// The first page ([`MAX_PAGE_SIZE`] pools) of [`Self::api_account_rewards_page`], in the
	/// shape of runtime API version 2.
	pub fn api_account_rewards(who: T::AccountId) -> AccountRewards<BalanceOf<T>> {
		Self::api_account_rewards_page(who, None, MAX_PAGE_SIZE).rewards
	}

	/// The receipt of a settled inference call, while it is kept.
	pub fn api_receipt(inference: InferenceId) -> Option<Receipt<T>> {
		Receipts::<T>::get(inference)
	}

	/// What `model`'s calls paid, by party and by datanet; `None` for an unknown model.
	pub fn api_model_earnings(model: ModelId) -> Option<ModelEarningsReport<BalanceOf<T>>> {
		T::Models::owner(model)?;
		Some(ModelEarningsReport {
			totals: ModelTotals::<T>::get(model),
			per_datanet: ModelDatanetTotals::<T>::iter_prefix(model)
				.map(|(datanet, amount)| PoolPart { datanet, amount })
				.collect(),
		})
	}

	/// `datanet`'s reward pool (empty if nothing was ever paid to it).
	pub fn api_pool(datanet: DatanetId) -> Pool<BalanceOf<T>> {
		Pools::<T>::get(datanet).pool
	}

	/// How `fee` for a call on `model` served by `provider` would split now under
	/// `attribution`: the settlement's own computation ([`Pallet::compute_split`]).
	///
	/// # Errors
	/// `Other("attribution longer than the runtime's bounds")` for an attribution over
	/// [`Config::MaxAttributedContributions`] or [`Config::MaxAttributedDatanets`]; otherwise
	/// those of [`Pallet::compute_split`].
	pub fn api_dry_run(
		model: ModelId,
		provider: T::AccountId,
		fee: BalanceOf<T>,
		attribution: AttributionInput,
	) -> Result<Receipt<T>, DispatchError> {
		let too_long = DispatchError::Other("attribution longer than the runtime's bounds");
		let attribution = AttributionOf::<T> {
			contributions: attribution.contributions.try_into().map_err(|_| too_long)?,
			datanets: attribution.datanets.try_into().map_err(|_| too_long)?,
		};
		Self::compute_split(model, &provider, fee, &attribution)
	}
}
