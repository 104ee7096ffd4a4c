//! # Attribution runtime API
//!
//! [`AttributionApi`] answers, at any block, who earned what on the OpenLedger appchain: an
//! account's claimable and lifetime rewards, the receipt of an inference call, a model's lineage
//! and earnings, a datanet's statistics, how a fee would split today (the settlement's own code
//! path), and paged listings.
//!
//! Every return type carries `TypeInfo`, so `@polkadot/api` reaches the API from metadata alone
//! (`api.call.attributionApi.*`). With `std`, the types also serialize to JSON for the
//! `attribution_*` RPC methods: camelCase fields, balances as decimal strings.
//!
//! Listings are pages in storage order: pass the `next` key of a page as the `start` of the
//! following one. A page holds at most [`MAX_PAGE_SIZE`] items.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use alloc::vec::Vec;
use codec::{Codec, Decode, Encode};
use openledger_primitives::{
	ContributionId, ContributionStatus, ContributionWeight, DatanetId, InferenceId, ModelId,
	ModelKind, Share, VersionNumber,
};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::{DispatchError, Perbill};

#[cfg(feature = "std")]
use serde::Serialize;

/// Most items one page of a listing holds.
pub const MAX_PAGE_SIZE: u32 = 100;

/// Balances as decimal strings in JSON: JavaScript numbers cannot hold 18-decimal amounts.
#[cfg(feature = "std")]
pub mod as_string {
	/// Serialize `value` with its `Display` form.
	pub fn serialize<S: serde::Serializer, T: core::fmt::Display>(
		value: &T,
		serializer: S,
	) -> Result<S::Ok, S::Error> {
		serializer.collect_str(value)
	}
}

/// Declares a view type: SCALE + `TypeInfo` always, JSON (camelCase) with `std`.
macro_rules! view {
	($(#[$meta:meta])* pub struct $name:ident $($rest:tt)*) => {
		#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
		#[cfg_attr(feature = "std", derive(Serialize), serde(rename_all = "camelCase"))]
		$(#[$meta])*
		pub struct $name $($rest)*
	};
}

view! {
	/// An amount paid to an account.
	#[cfg_attr(feature = "std", serde(bound(serialize = "AccountId: Serialize, Balance: core::fmt::Display")))]
	pub struct Payee<AccountId, Balance> {
		/// Who.
		pub account: AccountId,
		/// How much.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub amount: Balance,
	}
}

view! {
	/// An ancestor's royalty in a receipt.
	#[cfg_attr(feature = "std", serde(bound(serialize = "AccountId: Serialize, Balance: core::fmt::Display")))]
	pub struct AncestorPayment<AccountId, Balance> {
		/// The ancestor model.
		pub model: ModelId,
		/// Its owner, who was credited.
		pub owner: AccountId,
		/// What it kept.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub amount: Balance,
	}
}

view! {
	/// An attributed contribution's direct payment in a receipt.
	#[cfg_attr(feature = "std", serde(bound(serialize = "AccountId: Serialize, Balance: core::fmt::Display")))]
	pub struct ContributorPayment<AccountId, Balance> {
		/// The contribution.
		pub contribution: ContributionId,
		/// Its datanet.
		pub datanet: DatanetId,
		/// Its contributor, who was credited.
		pub contributor: AccountId,
		/// The amount.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub amount: Balance,
	}
}

view! {
	/// A payment into a datanet's pool.
	#[cfg_attr(feature = "std", serde(bound(serialize = "Balance: core::fmt::Display")))]
	pub struct PoolPayment<Balance> {
		/// The datanet.
		pub datanet: DatanetId,
		/// The amount.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub amount: Balance,
	}
}

view! {
	/// A score in an attribution, in parts per billion.
	pub struct Score {
		/// The contribution or datanet id.
		pub id: u64,
		/// Parts per billion (1,000,000,000 = 100%).
		pub score: u32,
	}
}

view! {
	/// Who got what from one inference call: settled (a receipt) or hypothetical (a dry run).
	/// The parts sum to exactly `fee`.
	#[cfg_attr(feature = "std", serde(bound(serialize = "AccountId: Serialize, Balance: core::fmt::Display, BlockNumber: Serialize")))]
	pub struct ReceiptView<AccountId, Balance, BlockNumber> {
		/// The model that served the call.
		pub model: ModelId,
		/// The fee.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub fee: Balance,
		/// The treasury's part, remainders included.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub treasury: Balance,
		/// The provider's part.
		pub provider: Payee<AccountId, Balance>,
		/// What the model's owner kept of the model side.
		pub owner: Payee<AccountId, Balance>,
		/// Royalties, nearest ancestor first.
		pub ancestors: Vec<AncestorPayment<AccountId, Balance>>,
		/// Direct payments to attributed contributors.
		pub contributors: Vec<ContributorPayment<AccountId, Balance>>,
		/// Payments into datanet pools.
		pub pools: Vec<PoolPayment<Balance>>,
		/// The attribution's contribution scores.
		pub attributed_contributions: Vec<Score>,
		/// The attribution's datanet scores.
		pub attributed_datanets: Vec<Score>,
		/// The data side rate used, parts per billion.
		pub data_side: u32,
		/// Block of settlement (zero for a dry run).
		pub settled_at: BlockNumber,
	}
}

view! {
	/// Lifetime earnings of an account by role.
	#[cfg_attr(feature = "std", serde(bound(serialize = "Balance: core::fmt::Display")))]
	pub struct RoleTotals<Balance> {
		/// As owner of models that served calls.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub as_owner: Balance,
		/// As owner of ancestors, through royalties.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub as_ancestor: Balance,
		/// As provider.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub as_provider: Balance,
		/// As attributed contributor, paid directly.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub as_contributor: Balance,
		/// Claimed from datanet pools.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub from_pools: Balance,
		/// Claimed in total.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub claimed: Balance,
	}
}

view! {
	/// An account's position in one datanet's pool.
	#[cfg_attr(feature = "std", serde(bound(serialize = "Balance: core::fmt::Display")))]
	pub struct PoolPosition<Balance> {
		/// The datanet.
		pub datanet: DatanetId,
		/// The account's share in it now.
		pub share: Share,
		/// Claimable from the pool now.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub claimable: Balance,
		/// Claimed from the pool so far.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub claimed: Balance,
	}
}

view! {
	/// An account's rewards: what it can claim now, and what it earned over its lifetime.
	#[cfg_attr(feature = "std", serde(bound(serialize = "Balance: core::fmt::Display")))]
	pub struct AccountRewards<Balance> {
		/// Credits claimable with `rewards.claim` (owner, ancestor, provider, contributor).
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub claimable_credits: Balance,
		/// Credits and every pool together.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub claimable_total: Balance,
		/// Lifetime earnings by role.
		pub lifetime: RoleTotals<Balance>,
		/// Each datanet pool the account is (or was) in.
		pub pools: Vec<PoolPosition<Balance>>,
	}
}

view! {
	/// One link of a lineage.
	pub struct LineageLink<AccountId> {
		/// The ancestor.
		pub model: ModelId,
		/// Its current owner.
		pub owner: AccountId,
		/// Its royalty on what reaches it, parts per billion.
		pub royalty: u32,
	}
}

view! {
	/// A model and its ancestors up to its base, nearest first.
	pub struct ModelLineage<AccountId> {
		/// The model.
		pub model: ModelId,
		/// Its owner.
		pub owner: AccountId,
		/// Base, fine-tune or adapter.
		pub kind: ModelKind,
		/// Its ancestors, nearest first.
		pub ancestors: Vec<LineageLink<AccountId>>,
	}
}

view! {
	/// What a model's calls paid over its lifetime.
	#[cfg_attr(feature = "std", serde(bound(serialize = "Balance: core::fmt::Display")))]
	pub struct ModelEarnings<Balance> {
		/// Settled calls.
		pub calls: u64,
		/// Their fees.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub fees: Balance,
		/// To the model's owner.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub to_owner: Balance,
		/// To its ancestors.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub to_ancestors: Balance,
		/// To providers.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub to_providers: Balance,
		/// To the data side.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub to_data: Balance,
		/// To the treasury.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub to_treasury: Balance,
		/// Royalties it received as an ancestor.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub royalties_received: Balance,
		/// The data side by datanet (pools and direct payments).
		pub per_datanet: Vec<PoolPayment<Balance>>,
	}
}

view! {
	/// A datanet's statistics.
	#[cfg_attr(feature = "std", serde(bound(serialize = "AccountId: Serialize, Balance: core::fmt::Display")))]
	pub struct DatanetStats<AccountId, Balance> {
		/// Its curator.
		pub curator: AccountId,
		/// Whether it takes contributions.
		pub active: bool,
		/// Contributions awaiting the curator.
		pub pending: u32,
		/// Accepted contributions.
		pub accepted: u32,
		/// Rejected contributions.
		pub rejected: u32,
		/// Contributions removed for bad data.
		pub removed: u32,
		/// Contributors with a share.
		pub contributors: u32,
		/// Sum of the contributors' shares.
		pub total_share: Share,
		/// Latest published version (0: none).
		pub versions: VersionNumber,
		/// Paid into its pool.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub pool_paid_in: Balance,
		/// Claimed from its pool.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub pool_claimed: Balance,
		/// Paid directly to its contributors by attribution.
		#[cfg_attr(feature = "std", serde(with = "as_string"))]
		pub direct_paid: Balance,
		/// Settlements that paid into its pool.
		pub pool_payments: u64,
	}
}

view! {
	/// A contribution in a listing.
	pub struct ContributionView<AccountId> {
		/// Its id.
		pub id: ContributionId,
		/// Its datanet.
		pub datanet: DatanetId,
		/// Who contributed it.
		pub contributor: AccountId,
		/// Its status.
		pub status: ContributionStatus,
		/// Its attribution weight.
		pub weight: ContributionWeight,
		/// Hash of the data.
		pub content_hash: H256,
		/// Size of the data in bytes.
		pub size: u64,
	}
}

view! {
	/// One page of a listing; `next` starts the following page (`None`: this was the last).
	pub struct Page<Item, Key> {
		/// The items.
		pub items: Vec<Item>,
		/// The key to start the next page from.
		pub next: Option<Key>,
	}
}

/// An attribution to dry-run, unbounded here (the runtime refuses one over its bounds).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
#[cfg_attr(feature = "std", derive(serde::Deserialize))]
pub struct AttributionInput {
	/// `(contribution, score)` pairs.
	pub contributions: Vec<(ContributionId, Perbill)>,
	/// `(datanet, score)` pairs.
	pub datanets: Vec<(DatanetId, Perbill)>,
}

sp_api::decl_runtime_apis! {
	/// Who earned what: rewards, receipts, lineage, earnings, statistics, dry runs, listings.
	#[api_version(1)]
	pub trait AttributionApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// `who`'s claimable credits and pool rewards, and lifetime earnings by role and pool.
		fn account_rewards(who: AccountId) -> AccountRewards<Balance>;

		/// The receipt of a settled inference call, while it is kept.
		fn receipt(inference: InferenceId) -> Option<ReceiptView<AccountId, Balance, BlockNumber>>;

		/// A model's lineage with owners and royalty rates.
		fn lineage(model: ModelId) -> Option<ModelLineage<AccountId>>;

		/// What a model's calls paid, by party and by datanet.
		fn model_earnings(model: ModelId) -> Option<ModelEarnings<Balance>>;

		/// A datanet's contributions, contributors, share, versions and pool.
		fn datanet_stats(datanet: DatanetId) -> Option<DatanetStats<AccountId, Balance>>;

		/// How `fee` for a call on `model` served by `provider` would split now under
		/// `attribution`: the settlement's own computation.
		fn dry_run(
			model: ModelId,
			provider: AccountId,
			fee: Balance,
			attribution: AttributionInput,
		) -> Result<ReceiptView<AccountId, Balance, BlockNumber>, DispatchError>;

		/// A page of a datanet's contributions, from after `start`.
		fn datanet_contributions(
			datanet: DatanetId,
			start: Option<ContributionId>,
			limit: u32,
		) -> Page<ContributionView<AccountId>, ContributionId>;

		/// A page of an account's contributions (all datanets), from after `start`.
		fn contributor_contributions(
			who: AccountId,
			start: Option<ContributionId>,
			limit: u32,
		) -> Page<ContributionView<AccountId>, ContributionId>;

		/// A page of the models trained on a datanet, from after `start`.
		fn datanet_models(datanet: DatanetId, start: Option<ModelId>, limit: u32) -> Page<ModelId, ModelId>;

		/// A page of a model's direct derivatives, from after `start`.
		fn model_derivatives(model: ModelId, start: Option<ModelId>, limit: u32) -> Page<ModelId, ModelId>;
	}
}
