//! # Attribution runtime API
//!
//! [`AttributionApi`] answers, at any block, who earned what on the OpenLedger appchain: an
//! account's claimable and lifetime rewards, the receipt of an inference call, a model's lineage
//! and earnings, a datanet's statistics, how a fee would split today (the settlement's own code
//! path), and paged listings.
//!
//! The answers are computed by the pallets that own the storage (their `api_*` functions) and
//! returned in the pallets' own types; the runtime's implementation only delegates. Adding a
//! query touches that pallet, this trait and, if wanted, one RPC method.
//!
//! Every return type carries `TypeInfo`, so `@polkadot/api` reaches the API from metadata alone
//! (`api.call.attributionApi.*`). The types also serialize to JSON for the `attribution_*` RPC
//! methods: camelCase fields, balances as decimal strings, scores as parts per billion.
//!
//! Listings are pages in storage order: pass the `next` key of a page as the `start` of the
//! following one. A page holds at most [`MAX_PAGE_SIZE`] items.
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

use codec::{Codec, Decode, Encode};
use scale_info::TypeInfo;
use sp_runtime::DispatchError;

pub use openledger_primitives::{
	AttributionInput, ContributionId, DatanetId, InferenceId, ModelId, Page, VersionNumber,
	MAX_PAGE_SIZE,
};
pub use pallet_datanets::{
	ContributionView, DatanetStats, LogEntry, LogEntryView, LogOp, VersionInfo,
};
pub use pallet_models::ModelLineage;
pub use pallet_rewards::{AccountRewards, AccountRewardsPage, ModelEarningsReport, Pool};

/// A datanet's statistics (from the datanets pallet) with its reward pool (from the rewards
/// pallet).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[cfg_attr(feature = "std", derive(serde::Serialize), serde(rename_all = "camelCase"))]
#[cfg_attr(
	feature = "std",
	serde(bound(serialize = "AccountId: serde::Serialize, Balance: core::fmt::Display"))
)]
pub struct DatanetReport<AccountId, Balance> {
	/// Curator, status, contribution counts, share and latest version.
	pub datanet: DatanetStats<AccountId>,
	/// What its pool received and paid.
	pub pool: Pool<Balance>,
}

sp_api::decl_runtime_apis! {
	/// Who earned what: rewards, receipts, lineage, earnings, statistics, dry runs, listings.
	///
	/// `Receipt` is the rewards pallet's receipt type in the runtime
	/// (`pallet_rewards::Receipt<Runtime>`): who got what from one call.
	///
	/// Version 3 adds [`AttributionApi::account_rewards_page`]; version 4
	/// [`AttributionApi::version_log`].
	#[api_version(4)]
	pub trait AttributionApi<AccountId, Balance, BlockNumber, Receipt>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
		Receipt: Codec,
	{
		/// `who`'s claimable credits, lifetime earnings by role, and its first
		/// [`MAX_PAGE_SIZE`] pools (see [`AttributionApi::account_rewards_page`] for the rest).
		fn account_rewards(who: AccountId) -> AccountRewards<Balance>;

		/// `who`'s claimable credits, lifetime earnings by role, and a page of at most `limit`
		/// of the pools it has a position in, from after the datanet `start` (since version 3).
		fn account_rewards_page(
			who: AccountId,
			start: Option<DatanetId>,
			limit: u32,
		) -> AccountRewardsPage<Balance>;

		/// The receipt of a settled inference call, while it is kept.
		fn receipt(inference: InferenceId) -> Option<Receipt>;

		/// A model's lineage with owners and royalty rates.
		fn lineage(model: ModelId) -> Option<ModelLineage<AccountId>>;

		/// What a model's calls paid, by party and by datanet.
		fn model_earnings(model: ModelId) -> Option<ModelEarningsReport<Balance>>;

		/// A datanet's contributions, contributors, share, versions and pool.
		fn datanet_stats(datanet: DatanetId) -> Option<DatanetReport<AccountId, Balance>>;

		/// How `fee` for a call on `model` served by `provider` would split now under
		/// `attribution`: the settlement's own computation (a receipt with `settled_at` zero).
		fn dry_run(
			model: ModelId,
			provider: AccountId,
			fee: Balance,
			attribution: AttributionInput,
		) -> Result<Receipt, DispatchError>;

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

		/// A page of a datanet's published versions with their commitments, in order, from
		/// after version `start`.
		fn datanet_versions(
			datanet: DatanetId,
			start: Option<VersionNumber>,
			limit: u32,
		) -> Page<(VersionNumber, VersionInfo<BlockNumber>), VersionNumber>;

		/// A page of the accepted-set log entries a datanet version's commitment covers, from
		/// after position `start`: replayed, they reproduce the commitment and list the
		/// version's exact contributions with their weights (see `pallet-datanets`; since
		/// version 4).
		fn version_log(
			datanet: DatanetId,
			version: VersionNumber,
			start: Option<u64>,
			limit: u32,
		) -> Page<LogEntryView, u64>;

		/// A page of the models trained on a datanet, from after `start`.
		fn datanet_models(datanet: DatanetId, start: Option<ModelId>, limit: u32) -> Page<ModelId, ModelId>;

		/// A page of a model's direct derivatives, from after `start`.
		fn model_derivatives(model: ModelId, start: Option<ModelId>, limit: u32) -> Page<ModelId, ModelId>;
	}
}
