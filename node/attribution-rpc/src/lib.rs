//! # Attribution RPC
//!
//! `attribution_*` JSON-RPC methods over [`AttributionApi`], each taking an optional block hash
//! (the best block when omitted). Balances travel as decimal strings; unknown ids answer `null`;
//! bad parameters (a page over [`MAX_PAGE_SIZE`], a fee that is not a number, a score above
//! 100%, a dry-run list over [`MAX_DRY_RUN_PAIRS`]) answer a JSON-RPC "invalid params" error
//! saying what is wrong. Every method runs as a blocking task, off the server's event loop, so
//! slow answers queue on the node's blocking pool rather than stall other connections.
//!
//! | method | parameters | result |
//! |---|---|---|
//! | `attribution_accountRewards` | account | claimable and lifetime rewards, the first pools |
//! | `attribution_accountRewardsPage` | account, start, limit | the same, a page of pools |
//! | `attribution_receipt` | inference id | who got what, or `null` |
//! | `attribution_lineage` | model id | ancestors with owners and royalties, or `null` |
//! | `attribution_modelEarnings` | model id | fees by party and datanet, or `null` |
//! | `attribution_datanetStats` | datanet id | contributions, share, versions, pool, or `null` |
//! | `attribution_dryRun` | model, provider, fee, attribution | the split settlement would make |
//! | `attribution_datanetContributions` | datanet, start, limit | a page of contributions |
//! | `attribution_contributorContributions` | account, start, limit | a page of contributions |
//! | `attribution_datanetVersions` | datanet, start, limit | a page of `[version, snapshot]` |
//! | `attribution_versionLog` | datanet, version, start, limit | a page of the log a version commits to |
//! | `attribution_datanetModels` | datanet, start, limit | a page of model ids |
//! | `attribution_modelDerivatives` | model, start, limit | a page of model ids |

use std::{fmt::Display, str::FromStr, sync::Arc};

pub use attribution_runtime_api::AttributionApi as AttributionRuntimeApi;
use attribution_runtime_api::{
	AccountRewardsPage, AttributionInput, ContributionView, DatanetReport, LogEntryView,
	ModelEarningsReport, ModelLineage, Page, VersionInfo, MAX_PAGE_SIZE,
};
use codec::Codec;
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::ErrorCode, ErrorObject, ErrorObjectOwned},
};
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use sp_api::{ApiExt, ProvideRuntimeApi};
use sp_blockchain::HeaderBackend;
use sp_runtime::{traits::Block as BlockT, Perbill};

/// Most pairs of each list of a dry-run attribution the RPC reads: past it, the request is
/// refused while it is parsed, before anything is decoded into memory or sent to the runtime
/// (which refuses far shorter lists anyway).
pub const MAX_DRY_RUN_PAIRS: usize = 1_024;

/// A list that refuses, while being parsed, to hold more than [`MAX_DRY_RUN_PAIRS`] items.
#[derive(Serialize, Clone, Debug, Default)]
pub struct BoundedList<T>(pub Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for BoundedList<T> {
	fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
		struct Visitor<T>(std::marker::PhantomData<T>);
		impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Visitor<T> {
			type Value = BoundedList<T>;
			fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
				write!(f, "a list of at most {MAX_DRY_RUN_PAIRS} pairs")
			}
			fn visit_seq<A: serde::de::SeqAccess<'de>>(
				self,
				mut seq: A,
			) -> Result<Self::Value, A::Error> {
				let mut items = Vec::new();
				while let Some(item) = seq.next_element()? {
					if items.len() == MAX_DRY_RUN_PAIRS {
						return Err(serde::de::Error::custom(format!(
							"more than {MAX_DRY_RUN_PAIRS} pairs"
						)));
					}
					items.push(item);
				}
				Ok(BoundedList(items))
			}
		}
		deserializer.deserialize_seq(Visitor(std::marker::PhantomData))
	}
}

/// An attribution to dry-run: scores in parts per billion (1,000,000,000 = 100%).
#[derive(Deserialize, Serialize, Clone, Debug, Default)]
pub struct DryRunAttribution {
	/// `[contribution, score]` pairs.
	#[serde(default)]
	pub contributions: BoundedList<(u64, u32)>,
	/// `[datanet, score]` pairs.
	#[serde(default)]
	pub datanets: BoundedList<(u32, u32)>,
}

/// The `attribution_*` methods.
#[rpc(
	server,
	server_bounds(
		BlockHash: DeserializeOwned + Send + Sync + 'static,
		AccountId: Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
		Balance: Clone + Display + Send + Sync + 'static,
		BlockNumber: Clone + Serialize + Send + Sync + 'static,
		Receipt: Clone + Serialize + Send + Sync + 'static,
	)
)]
pub trait AttributionApi<BlockHash, AccountId, Balance, BlockNumber, Receipt> {
	/// An account's claimable credits, lifetime earnings by role, and its first
	/// [`MAX_PAGE_SIZE`] pools; `next` starts `attribution_accountRewardsPage` for the rest.
	#[method(name = "attribution_accountRewards", blocking)]
	fn account_rewards(
		&self,
		who: AccountId,
		at: Option<BlockHash>,
	) -> RpcResult<AccountRewardsPage<Balance>>;

	/// A page of an account's rewards: credits, lifetime earnings, and `limit` of its pools
	/// from after the datanet `start`.
	#[method(name = "attribution_accountRewardsPage", blocking)]
	fn account_rewards_page(
		&self,
		who: AccountId,
		start: Option<u32>,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<AccountRewardsPage<Balance>>;

	/// The receipt of a settled inference call, `null` when unknown or pruned.
	#[method(name = "attribution_receipt", blocking)]
	fn receipt(&self, inference: u64, at: Option<BlockHash>) -> RpcResult<Option<Receipt>>;

	/// A model's lineage with owners and royalty rates, `null` when unknown.
	#[method(name = "attribution_lineage", blocking)]
	fn lineage(
		&self,
		model: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Option<ModelLineage<AccountId>>>;

	/// A model's earnings, `null` when unknown.
	#[method(name = "attribution_modelEarnings", blocking)]
	fn model_earnings(
		&self,
		model: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Option<ModelEarningsReport<Balance>>>;

	/// A datanet's statistics, `null` when unknown.
	#[method(name = "attribution_datanetStats", blocking)]
	fn datanet_stats(
		&self,
		datanet: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Option<DatanetReport<AccountId, Balance>>>;

	/// How `fee` (a decimal string, in planck) would split on `model` served by `provider`.
	#[method(name = "attribution_dryRun", blocking)]
	fn dry_run(
		&self,
		model: u32,
		provider: AccountId,
		fee: String,
		attribution: Option<DryRunAttribution>,
		at: Option<BlockHash>,
	) -> RpcResult<Receipt>;

	/// A page of a datanet's contributions from after `start`.
	#[method(name = "attribution_datanetContributions", blocking)]
	fn datanet_contributions(
		&self,
		datanet: u32,
		start: Option<u64>,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Page<ContributionView<AccountId>, u64>>;

	/// A page of an account's contributions from after `start`.
	#[method(name = "attribution_contributorContributions", blocking)]
	fn contributor_contributions(
		&self,
		who: AccountId,
		start: Option<u64>,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Page<ContributionView<AccountId>, u64>>;

	/// A page of a datanet's published versions (number and snapshot) from after `start`.
	#[method(name = "attribution_datanetVersions", blocking)]
	fn datanet_versions(
		&self,
		datanet: u32,
		start: Option<u32>,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Page<(u32, VersionInfo<BlockNumber>), u32>>;

	/// A page of the accepted-set log entries version `version` of a datanet commits to, from
	/// after position `start` (empty on a runtime before attribution API version 4).
	#[method(name = "attribution_versionLog", blocking)]
	fn version_log(
		&self,
		datanet: u32,
		version: u32,
		start: Option<u64>,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Page<LogEntryView, u64>>;

	/// A page of the models trained on a datanet from after `start`.
	#[method(name = "attribution_datanetModels", blocking)]
	fn datanet_models(
		&self,
		datanet: u32,
		start: Option<u32>,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Page<u32, u32>>;

	/// A page of a model's direct derivatives from after `start`.
	#[method(name = "attribution_modelDerivatives", blocking)]
	fn model_derivatives(
		&self,
		model: u32,
		start: Option<u32>,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<Page<u32, u32>>;
}

/// Serves the `attribution_*` methods from the client's runtime API.
pub struct Attribution<C, B> {
	client: Arc<C>,
	_block: std::marker::PhantomData<B>,
}

impl<C, B> Attribution<C, B> {
	/// Over `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _block: Default::default() }
	}
}

fn invalid(message: String) -> ErrorObjectOwned {
	ErrorObject::owned(ErrorCode::InvalidParams.code(), message, None::<()>)
}

fn runtime_error(error: impl Display) -> ErrorObjectOwned {
	ErrorObject::owned(1, "runtime API call failed", Some(error.to_string()))
}

fn check_limit(limit: u32) -> RpcResult<u32> {
	if limit == 0 || limit > MAX_PAGE_SIZE {
		return Err(invalid(format!("page size {limit} is not within 1..={MAX_PAGE_SIZE}")));
	}
	Ok(limit)
}

fn perbill(score: u32) -> RpcResult<Perbill> {
	if score > Perbill::one().deconstruct() {
		return Err(invalid(format!("score {score} is above 100% (1000000000 parts)")));
	}
	Ok(Perbill::from_parts(score))
}

impl<C, B, AccountId, Balance, BlockNumber, Receipt>
	AttributionApiServer<<B as BlockT>::Hash, AccountId, Balance, BlockNumber, Receipt>
	for Attribution<C, B>
where
	B: BlockT,
	C: ProvideRuntimeApi<B> + HeaderBackend<B> + Send + Sync + 'static,
	C::Api: AttributionRuntimeApi<B, AccountId, Balance, BlockNumber, Receipt>,
	AccountId: Codec + Clone + Serialize + DeserializeOwned + Send + Sync + 'static,
	Balance: Codec + Clone + Display + FromStr + Send + Sync + 'static,
	BlockNumber: Codec + Clone + Serialize + Send + Sync + 'static,
	Receipt: Codec + Clone + Serialize + Send + Sync + 'static,
{
	fn account_rewards(
		&self,
		who: AccountId,
		at: Option<B::Hash>,
	) -> RpcResult<AccountRewardsPage<Balance>> {
		self.account_rewards_page(who, None, MAX_PAGE_SIZE, at)
	}

	fn account_rewards_page(
		&self,
		who: AccountId,
		start: Option<u32>,
		limit: u32,
		at: Option<B::Hash>,
	) -> RpcResult<AccountRewardsPage<Balance>> {
		let limit = check_limit(limit)?;
		self.api(at, |api, hash| {
			let version = api_version::<B, _, AccountId, Balance, BlockNumber, Receipt>(api, hash)?;
			if version >= 3 {
				return api.account_rewards_page(hash, who, start, limit);
			}
			// A runtime before paging answers every pool at once.
			Ok(AccountRewardsPage { rewards: api.account_rewards(hash, who)?, next: None })
		})
	}

	fn receipt(&self, inference: u64, at: Option<B::Hash>) -> RpcResult<Option<Receipt>> {
		self.api(at, |api, hash| api.receipt(hash, inference))
	}

	fn lineage(
		&self,
		model: u32,
		at: Option<B::Hash>,
	) -> RpcResult<Option<ModelLineage<AccountId>>> {
		self.api(at, |api, hash| api.lineage(hash, model))
	}

	fn model_earnings(
		&self,
		model: u32,
		at: Option<B::Hash>,
	) -> RpcResult<Option<ModelEarningsReport<Balance>>> {
		self.api(at, |api, hash| api.model_earnings(hash, model))
	}

	fn datanet_stats(
		&self,
		datanet: u32,
		at: Option<B::Hash>,
	) -> RpcResult<Option<DatanetReport<AccountId, Balance>>> {
		self.api(at, |api, hash| api.datanet_stats(hash, datanet))
	}

	fn dry_run(
		&self,
		model: u32,
		provider: AccountId,
		fee: String,
		attribution: Option<DryRunAttribution>,
		at: Option<B::Hash>,
	) -> RpcResult<Receipt> {
		let fee: Balance = fee
			.parse()
			.map_err(|_| invalid(format!("fee {fee:?} is not a whole number of planck")))?;
		let attribution = attribution.unwrap_or_default();
		let input = AttributionInput {
			contributions: attribution
				.contributions
				.0
				.into_iter()
				.map(|(id, score)| Ok((id, perbill(score)?)))
				.collect::<RpcResult<_>>()?,
			datanets: attribution
				.datanets
				.0
				.into_iter()
				.map(|(id, score)| Ok((id, perbill(score)?)))
				.collect::<RpcResult<_>>()?,
		};
		self.api(at, |api, hash| api.dry_run(hash, model, provider, fee, input))?
			.map_err(|e| ErrorObject::owned(2, "the split was refused", Some(format!("{e:?}"))))
	}

	fn datanet_contributions(
		&self,
		datanet: u32,
		start: Option<u64>,
		limit: u32,
		at: Option<B::Hash>,
	) -> RpcResult<Page<ContributionView<AccountId>, u64>> {
		let limit = check_limit(limit)?;
		self.api(at, |api, hash| api.datanet_contributions(hash, datanet, start, limit))
	}

	fn contributor_contributions(
		&self,
		who: AccountId,
		start: Option<u64>,
		limit: u32,
		at: Option<B::Hash>,
	) -> RpcResult<Page<ContributionView<AccountId>, u64>> {
		let limit = check_limit(limit)?;
		self.api(at, |api, hash| api.contributor_contributions(hash, who, start, limit))
	}

	fn datanet_versions(
		&self,
		datanet: u32,
		start: Option<u32>,
		limit: u32,
		at: Option<B::Hash>,
	) -> RpcResult<Page<(u32, VersionInfo<BlockNumber>), u32>> {
		let limit = check_limit(limit)?;
		self.api(at, |api, hash| api.datanet_versions(hash, datanet, start, limit))
	}

	fn version_log(
		&self,
		datanet: u32,
		version: u32,
		start: Option<u64>,
		limit: u32,
		at: Option<B::Hash>,
	) -> RpcResult<Page<LogEntryView, u64>> {
		let limit = check_limit(limit)?;
		self.api(at, |api, hash| {
			let level = api_version::<B, _, AccountId, Balance, BlockNumber, Receipt>(api, hash)?;
			if level < 4 {
				return Ok(Page { items: Vec::new(), next: None });
			}
			api.version_log(hash, datanet, version, start, limit)
		})
	}

	fn datanet_models(
		&self,
		datanet: u32,
		start: Option<u32>,
		limit: u32,
		at: Option<B::Hash>,
	) -> RpcResult<Page<u32, u32>> {
		let limit = check_limit(limit)?;
		self.api(at, |api, hash| api.datanet_models(hash, datanet, start, limit))
	}

	fn model_derivatives(
		&self,
		model: u32,
		start: Option<u32>,
		limit: u32,
		at: Option<B::Hash>,
	) -> RpcResult<Page<u32, u32>> {
		let limit = check_limit(limit)?;
		self.api(at, |api, hash| api.model_derivatives(hash, model, start, limit))
	}
}

/// The attribution API version of the runtime at `hash` (0 when it has none), so that methods
/// newer than a block's runtime answer as that runtime can.
fn api_version<B, Api, AccountId, Balance, BlockNumber, Receipt>(
	api: &Api,
	hash: B::Hash,
) -> Result<u32, sp_api::ApiError>
where
	B: BlockT,
	Api: ApiExt<B>,
	AccountId: Codec,
	Balance: Codec,
	BlockNumber: Codec,
	Receipt: Codec,
{
	Ok(api
		.api_version::<dyn AttributionRuntimeApi<B, AccountId, Balance, BlockNumber, Receipt>>(
			hash,
		)?
		.unwrap_or_default())
}

impl<C, B> Attribution<C, B>
where
	B: BlockT,
	C: ProvideRuntimeApi<B> + HeaderBackend<B>,
{
	/// Call the runtime API at `at` (the best block when `None`).
	fn api<R>(
		&self,
		at: Option<B::Hash>,
		call: impl FnOnce(&C::Api, B::Hash) -> Result<R, sp_api::ApiError>,
	) -> RpcResult<R> {
		let hash = at.unwrap_or_else(|| self.client.info().best_hash);
		let api = self.client.runtime_api();
		call(&api, hash).map_err(runtime_error)
	}
}
