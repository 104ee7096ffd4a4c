//! [`attribution_runtime_api::AttributionApi`]: views over the datanets, models and rewards
//! pallets' storage, assembled for clients. Read-only; never called from extrinsics.

use crate::{AccountId, Balance, BlockNumber, Runtime};
use alloc::{collections::BTreeSet, vec::Vec};
use attribution_runtime_api::{
	AccountRewards, AncestorPayment, AttributionInput, ContributionView, ContributorPayment,
	DatanetStats, LineageLink, ModelEarnings, ModelLineage, Page, Payee, PoolPayment, PoolPosition,
	ReceiptView, RoleTotals, Score, MAX_PAGE_SIZE,
};
use openledger_primitives::{
	Attribution, ContributionId, DatanetId, DatanetsInspect, InferenceId, ModelId, ModelsInspect,
};
use pallet_rewards::Receipt;
use sp_runtime::DispatchError;

type Receipts = pallet_rewards::Receipts<Runtime>;

/// The second keys under `$first` of the index map `$map`, from after `$start`.
macro_rules! index_keys {
	($map:ty, $first:expr, $start:expr) => {
		match $start {
			Some(after) => {
				<$map>::iter_key_prefix_from($first, <$map>::hashed_key_for($first, after))
			}
			None => <$map>::iter_key_prefix($first),
		}
	};
}

/// At most `limit` (capped by [`MAX_PAGE_SIZE`]) of `keys`, and where the next page starts.
fn page<K: Clone>(keys: impl Iterator<Item = K>, limit: u32) -> Page<K, K> {
	let limit = limit.clamp(1, MAX_PAGE_SIZE) as usize;
	let mut keys: Vec<K> = keys.take(limit.saturating_add(1)).collect();
	let more = keys.len() > limit;
	keys.truncate(limit);
	let next = if more { keys.last().cloned() } else { None };
	Page { items: keys, next }
}

fn contribution_view(id: ContributionId) -> Option<ContributionView<AccountId>> {
	pallet_datanets::Contributions::<Runtime>::get(id).map(|c| ContributionView {
		id,
		datanet: c.datanet,
		contributor: c.contributor,
		status: c.status,
		weight: c.weight,
		content_hash: c.content_hash,
		size: c.size,
	})
}

fn contributions_page(
	ids: Page<ContributionId, ContributionId>,
) -> Page<ContributionView<AccountId>, ContributionId> {
	Page { items: ids.items.into_iter().filter_map(contribution_view).collect(), next: ids.next }
}

fn scores<Id: Into<u64> + Copy>(pairs: &[(Id, sp_runtime::Perbill)]) -> Vec<Score> {
	pairs.iter().map(|(id, score)| Score { id: (*id).into(), score: score.deconstruct() }).collect()
}

fn receipt_view(receipt: Receipt<Runtime>) -> ReceiptView<AccountId, Balance, BlockNumber> {
	ReceiptView {
		model: receipt.model,
		fee: receipt.fee,
		treasury: receipt.treasury,
		provider: Payee { account: receipt.provider.0, amount: receipt.provider.1 },
		owner: Payee { account: receipt.owner.0, amount: receipt.owner.1 },
		ancestors: receipt
			.ancestors
			.into_iter()
			.map(|a| AncestorPayment { model: a.model, owner: a.owner, amount: a.amount })
			.collect(),
		contributors: receipt
			.contributors
			.into_iter()
			.map(|c| ContributorPayment {
				contribution: c.contribution,
				datanet: c.datanet,
				contributor: c.contributor,
				amount: c.amount,
			})
			.collect(),
		pools: receipt
			.pools
			.into_iter()
			.map(|p| PoolPayment { datanet: p.datanet, amount: p.amount })
			.collect(),
		attributed_contributions: scores(&receipt.attribution.contributions),
		attributed_datanets: scores(&receipt.attribution.datanets),
		data_side: receipt.data_side.deconstruct(),
		settled_at: receipt.settled_at,
	}
}

pub fn account_rewards(who: AccountId) -> AccountRewards<Balance> {
	let claimable_credits = pallet_rewards::Credits::<Runtime>::get(&who);
	let totals = pallet_rewards::AccountTotals::<Runtime>::get(&who);
	// The datanets the account contributed to: its pools.
	let datanets: BTreeSet<DatanetId> =
		pallet_datanets::ContributorContributions::<Runtime>::iter_key_prefix(&who)
			.filter_map(|id| pallet_datanets::Contributions::<Runtime>::get(id).map(|c| c.datanet))
			.collect();
	let pools: Vec<PoolPosition<Balance>> = datanets
		.into_iter()
		.map(|datanet| PoolPosition {
			datanet,
			share: pallet_datanets::Pallet::<Runtime>::contributor_share(datanet, &who),
			claimable: pallet_rewards::Pallet::<Runtime>::pool_rewards(datanet, &who),
			claimed: pallet_rewards::PoolMembers::<Runtime>::get(datanet, &who).claimed,
		})
		.collect();
	let claimable_total =
		pools.iter().fold(claimable_credits, |sum, pool| sum.saturating_add(pool.claimable));
	AccountRewards {
		claimable_credits,
		claimable_total,
		lifetime: RoleTotals {
			as_owner: totals.as_owner,
			as_ancestor: totals.as_ancestor,
			as_provider: totals.as_provider,
			as_contributor: totals.as_contributor,
			from_pools: totals.from_pools,
			claimed: totals.claimed,
		},
		pools,
	}
}

pub fn receipt(inference: InferenceId) -> Option<ReceiptView<AccountId, Balance, BlockNumber>> {
	Receipts::get(inference).map(receipt_view)
}

pub fn lineage(model: ModelId) -> Option<ModelLineage<AccountId>> {
	let view = pallet_models::Pallet::<Runtime>::model(model)?;
	Some(ModelLineage {
		model,
		owner: view.owner,
		kind: view.kind,
		ancestors: view
			.lineage
			.into_iter()
			.map(|a| LineageLink {
				model: a.model,
				owner: a.owner,
				royalty: a.royalty.deconstruct(),
			})
			.collect(),
	})
}

pub fn model_earnings(model: ModelId) -> Option<ModelEarnings<Balance>> {
	if !pallet_models::Models::<Runtime>::contains_key(model) {
		return None;
	}
	let totals = pallet_rewards::ModelTotals::<Runtime>::get(model);
	Some(ModelEarnings {
		calls: totals.calls,
		fees: totals.fees,
		to_owner: totals.to_owner,
		to_ancestors: totals.to_ancestors,
		to_providers: totals.to_providers,
		to_data: totals.to_data,
		to_treasury: totals.to_treasury,
		royalties_received: totals.royalties_received,
		per_datanet: pallet_rewards::ModelDatanetTotals::<Runtime>::iter_prefix(model)
			.map(|(datanet, amount)| PoolPayment { datanet, amount })
			.collect(),
	})
}

pub fn datanet_stats(datanet: DatanetId) -> Option<DatanetStats<AccountId, Balance>> {
	let info = pallet_datanets::Datanets::<Runtime>::get(datanet)?;
	let pool = pallet_rewards::Pools::<Runtime>::get(datanet);
	Some(DatanetStats {
		active: info.status == pallet_datanets::DatanetStatus::Active,
		curator: info.curator,
		pending: info.pending,
		accepted: info.accepted,
		rejected: info.rejected,
		removed: info.removed,
		contributors: info.contributors,
		total_share: info.total_share,
		versions: info.latest_version,
		pool_paid_in: pool.paid_in,
		pool_claimed: pool.paid_out,
		direct_paid: pool.direct,
		pool_payments: pool.settlements,
	})
}

pub fn dry_run(
	model: ModelId,
	provider: AccountId,
	fee: Balance,
	input: AttributionInput,
) -> Result<ReceiptView<AccountId, Balance, BlockNumber>, DispatchError> {
	let too_long = DispatchError::Other("attribution longer than the runtime's bounds");
	let attribution = Attribution {
		contributions: input.contributions.try_into().map_err(|_| too_long)?,
		datanets: input.datanets.try_into().map_err(|_| too_long)?,
	};
	pallet_rewards::Pallet::<Runtime>::compute_split(model, &provider, fee, &attribution)
		.map(receipt_view)
}

pub fn datanet_contributions(
	datanet: DatanetId,
	start: Option<ContributionId>,
	limit: u32,
) -> Page<ContributionView<AccountId>, ContributionId> {
	type Index = pallet_datanets::DatanetContributions<Runtime>;
	contributions_page(page(index_keys!(Index, datanet, start), limit))
}

pub fn contributor_contributions(
	who: AccountId,
	start: Option<ContributionId>,
	limit: u32,
) -> Page<ContributionView<AccountId>, ContributionId> {
	type Index = pallet_datanets::ContributorContributions<Runtime>;
	contributions_page(page(index_keys!(Index, &who, start), limit))
}

pub fn datanet_models(
	datanet: DatanetId,
	start: Option<ModelId>,
	limit: u32,
) -> Page<ModelId, ModelId> {
	type Index = pallet_models::ModelsByDatanet<Runtime>;
	page(index_keys!(Index, datanet, start), limit)
}

pub fn model_derivatives(
	model: ModelId,
	start: Option<ModelId>,
	limit: u32,
) -> Page<ModelId, ModelId> {
	type Index = pallet_models::Derivatives<Runtime>;
	page(index_keys!(Index, model, start), limit)
}
