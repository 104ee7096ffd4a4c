//! Types stored and returned by the rewards pallet.

use crate::Config;
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*, traits::fungible::Inspect, CloneNoBound, DebugNoBound, EqNoBound,
	PartialEqNoBound,
};
use openledger_primitives::{
	as_string, Attribution, BatchScores, ContributionId, DatanetId, DatanetsInspect, ModelId,
	ModelsInspect, Share, VersionNumber,
};
use scale_info::TypeInfo;
use sp_core::U256;
use sp_runtime::{Perbill, Saturating};

/// Account id of the runtime.
pub type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
/// Balance of the currency fees are paid in.
pub type BalanceOf<T> = <<T as Config>::Currency as Inspect<AccountIdOf<T>>>::Balance;
/// Block number of the runtime.
pub type BlockNumberOf<T> = frame_system::pallet_prelude::BlockNumberFor<T>;
/// Most ancestors of a model, as the models pallet bounds them.
pub type MaxLineageDepthOf<T> =
	<<T as Config>::Models as ModelsInspect<AccountIdOf<T>, BalanceOf<T>>>::MaxLineageDepth;
/// Most pools one settlement pays: every named datanet and every training datanet of the model.
pub struct MaxPoolsOf<T>(core::marker::PhantomData<T>);
impl<T: Config> Get<u32> for MaxPoolsOf<T> {
	fn get() -> u32 {
		let training =
			<<T as Config>::Models as ModelsInspect<AccountIdOf<T>, BalanceOf<T>>>::MaxTrainingDatanets::get();
		T::MaxAttributedDatanets::get().saturating_add(training)
	}
}

/// An attribution as this pallet accepts it.
pub type AttributionOf<T> =
	Attribution<<T as Config>::MaxAttributedContributions, <T as Config>::MaxAttributedDatanets>;
/// A batch's aggregated scores within this pallet's attribution bounds.
pub type BatchScoresOf<T> =
	BatchScores<<T as Config>::MaxAttributedContributions, <T as Config>::MaxAttributedDatanets>;

/// How every fee is split, in four parts that sum to exactly 100%.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct SplitPolicy {
	/// To the treasury.
	pub treasury: Perbill,
	/// To the provider who served the call.
	pub provider: Perbill,
	/// To the model side: the model's owner and, through royalties, its ancestors.
	pub model: Perbill,
	/// To the data side: attributed contributors and datanet pools.
	pub data: Perbill,
}

impl SplitPolicy {
	/// Whether the four parts sum to exactly 100%.
	pub fn is_complete(&self) -> bool {
		[self.treasury, self.provider, self.model, self.data]
			.iter()
			.try_fold(0u32, |sum, part| sum.checked_add(part.deconstruct()))
			== Some(Perbill::one().deconstruct())
	}

	/// The `(model, data)` parts for a model whose owner chose `data_side`: the data side moves
	/// within what the model and data sides have together, and the model side takes the rest.
	pub fn model_and_data(&self, data_side: Option<Perbill>) -> (Perbill, Perbill) {
		let together = self.model.saturating_add(self.data);
		let data = data_side.unwrap_or(self.data).min(together);
		(together.saturating_sub(data), data)
	}
}

/// A datanet's reward pool: what it received and paid, and its reward per share.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default, serde::Serialize,
)]
#[serde(rename_all = "camelCase", bound(serialize = "Balance: core::fmt::Display"))]
pub struct Pool<Balance> {
	/// Rewards per unit of share ever paid in, scaled by [`crate::pool::ACC_SCALE`] (1e18).
	#[serde(with = "as_string")]
	pub reward_per_share: U256,
	/// Everything ever paid into the pool.
	#[serde(with = "as_string")]
	pub paid_in: Balance,
	/// Everything ever claimed from the pool.
	#[serde(with = "as_string")]
	pub claimed: Balance,
	/// Everything ever paid to its contributors directly, by attribution.
	#[serde(with = "as_string")]
	pub direct: Balance,
	/// Number of settlements that paid into the pool.
	pub payments: u64,
	/// Number of times a member's accrued reward was rounded down to the planck (share changes
	/// and claims); with `payments` it bounds the pool's rounding dust.
	pub roundings: u64,
}

/// A datanet's pool as stored: epoch 0 with the pool's totals, and the epochs it keeps apart.
/// One item, so that paying into the pool reads and writes it once.
#[derive(
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	frame_support::DefaultNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct PoolRecord<T: Config> {
	/// Epoch 0 (what counts in every version) and the totals.
	pub pool: Pool<BalanceOf<T>>,
	/// The epochs from 1, sorted, each with the net change of share that counts from it on
	/// (kept once created, at most one per version).
	pub epochs: BoundedVec<EpochPool, MaxEpochsOf<T>>,
}

/// The part of a datanet's pool that belongs to one epoch: the net change of share that
/// counts from version `epoch` on (contributions accepted or graded up, minus those graded down,
/// removed or withdrawn, while `epoch` was the next version), and the reward per share paid to
/// versions from `epoch` on. The share of version `v` is epoch 0's (the [`Pool`] itself: what
/// counts in every version) plus the changes of the epochs up to `v`.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct EpochPool {
	/// The epoch: the first version its changes count in.
	pub epoch: VersionNumber,
	/// The net change of share (negative when more share left than joined). Kept at zero while
	/// members still hold changes in the epoch that cancel out.
	pub change: ShareChange,
	/// Rewards per unit of share paid to versions from `epoch` on, scaled by
	/// [`crate::pool::ACC_SCALE`].
	pub reward_per_share: U256,
}

/// An epoch folded into epoch 0 once every version telling it apart was retired: what its
/// members need to be settled exactly when next touched.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct FoldedEpoch {
	/// The epoch's reward per share when it was folded.
	pub reward_per_share: U256,
	/// Epoch 0's reward per share then: what epoch 0 gained since, the folded epoch gained too
	/// (every payable version holds both).
	pub zero_at_fold: U256,
}

/// A contributor's net change of share in one epoch of a datanet's pool, and its debt there.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct MemberEpoch {
	/// The epoch.
	pub epoch: VersionNumber,
	/// The contributor's net change of share in it; never zero when stored.
	pub change: ShareChange,
	/// `|change| × reward_per_share` of the epoch when last settled.
	pub debt: U256,
}

/// A signed change of share: what joined minus what left (shares are `u64`, so any sum of
/// them fits).
pub type ShareChange = i128;

/// Most epochs of one datanet: one per version, and the one after the latest.
pub struct MaxEpochsOf<T>(core::marker::PhantomData<T>);
impl<T: Config> Get<u32> for MaxEpochsOf<T> {
	fn get() -> u32 {
		<<T as Config>::Datanets as DatanetsInspect<AccountIdOf<T>>>::MaxVersions::get()
			.saturating_add(1)
	}
}

/// One contributor's position in a datanet's pool: their epoch-0 debt, and what they earned
/// in every epoch but did not claim yet.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
pub struct PoolMember<Balance> {
	/// `share × reward_per_share` of their epoch-0 share (see [`EpochPool`]) when it last
	/// changed or was claimed on: what the contributor is not owed there.
	pub debt: U256,
	/// Earned at an earlier share and not claimed yet.
	pub pending: Balance,
	/// Claimed so far.
	pub claimed: Balance,
}

/// What an account earned over its lifetime, by role. Counters only grow.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default, serde::Serialize,
)]
#[serde(rename_all = "camelCase", bound(serialize = "Balance: core::fmt::Display"))]
pub struct AccountEarnings<Balance> {
	/// As owner of the model that served a call.
	#[serde(with = "as_string")]
	pub as_owner: Balance,
	/// As owner of an ancestor, through royalties.
	#[serde(with = "as_string")]
	pub as_ancestor: Balance,
	/// As the provider who served a call.
	#[serde(with = "as_string")]
	pub as_provider: Balance,
	/// As contributor of attributed contributions, paid directly.
	#[serde(with = "as_string")]
	pub as_contributor: Balance,
	/// Claimed from datanet pools.
	#[serde(with = "as_string")]
	pub from_pools: Balance,
	/// Claimed in total (credits and pools).
	#[serde(with = "as_string")]
	pub claimed: Balance,
}

/// An account's record: credits to claim, and what it earned over its lifetime. One storage
/// item, so that crediting an account costs one read and one write.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default)]
pub struct AccountLedger<Balance> {
	/// Claimable with `claim` (owner, ancestor, provider, contributor paid directly).
	pub credits: Balance,
	/// Lifetime earnings by role.
	pub lifetime: AccountEarnings<Balance>,
}

/// What a model's calls paid, over its lifetime. Counters only grow.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, Default, serde::Serialize,
)]
#[serde(rename_all = "camelCase", bound(serialize = "Balance: core::fmt::Display"))]
pub struct ModelEarnings<Balance> {
	/// Settled calls.
	pub calls: u64,
	/// Their fees.
	#[serde(with = "as_string")]
	pub fees: Balance,
	/// To the model's owner.
	#[serde(with = "as_string")]
	pub to_owner: Balance,
	/// To its ancestors as royalties.
	#[serde(with = "as_string")]
	pub to_ancestors: Balance,
	/// To providers.
	#[serde(with = "as_string")]
	pub to_providers: Balance,
	/// To the data side (contributors and pools).
	#[serde(with = "as_string")]
	pub to_data: Balance,
	/// To the treasury, remainders included.
	#[serde(with = "as_string")]
	pub to_treasury: Balance,
	/// Royalties it received as an ancestor of other models (paid to its owner).
	#[serde(with = "as_string")]
	pub royalties_received: Balance,
}

/// Derives shared by the parts of a receipt and the query results: SCALE and `TypeInfo` for
/// storage and the runtime API, JSON (camelCase, balances as decimal strings) for the RPC.
macro_rules! report_type {
	($(#[$meta:meta])* pub struct $name:ident $($rest:tt)*) => {
		#[derive(
			Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, serde::Serialize,
		)]
		#[serde(rename_all = "camelCase")]
		$(#[$meta])*
		pub struct $name $($rest)*
	};
}

report_type! {
	/// An account and what it was paid, in a receipt.
	#[serde(bound(serialize = "AccountId: serde::Serialize, Balance: core::fmt::Display"))]
	pub struct Payee<AccountId, Balance> {
		/// Who was credited.
		pub account: AccountId,
		/// How much.
		#[serde(with = "as_string")]
		pub amount: Balance,
	}
}

report_type! {
	/// An ancestor's royalty in a receipt.
	#[serde(bound(serialize = "AccountId: serde::Serialize, Balance: core::fmt::Display"))]
	pub struct AncestorPart<AccountId, Balance> {
		/// The ancestor model.
		pub model: ModelId,
		/// Its owner, who was credited.
		pub owner: AccountId,
		/// What it kept of what reached it.
		#[serde(with = "as_string")]
		pub amount: Balance,
	}
}

report_type! {
	/// An attributed contribution's direct payment in a receipt.
	#[serde(bound(serialize = "AccountId: serde::Serialize, Balance: core::fmt::Display"))]
	pub struct ContributorPart<AccountId, Balance> {
		/// The contribution.
		pub contribution: ContributionId,
		/// Its datanet.
		pub datanet: DatanetId,
		/// Its contributor, who was credited.
		pub contributor: AccountId,
		/// The amount.
		#[serde(with = "as_string")]
		pub amount: Balance,
	}
}

report_type! {
	/// A payment into (or, in lifetime totals, to) a datanet.
	#[serde(bound(serialize = "Balance: core::fmt::Display"))]
	pub struct PoolPart<Balance> {
		/// The datanet.
		pub datanet: DatanetId,
		/// The amount.
		#[serde(with = "as_string")]
		pub amount: Balance,
	}
}

/// Who got what from one settled inference call (or, with `settled_at` zero, a dry run). The
/// parts sum to exactly `fee`.
#[derive(
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	serde::Serialize,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
#[serde(
	rename_all = "camelCase",
	bound(serialize = "AccountIdOf<T>: serde::Serialize, BalanceOf<T>: core::fmt::Display, \
		BlockNumberOf<T>: serde::Serialize")
)]
pub struct Receipt<T: Config> {
	/// The model that served the call.
	pub model: ModelId,
	/// The fee paid.
	#[serde(with = "as_string")]
	pub fee: BalanceOf<T>,
	/// The treasury's part, rounding remainders and unpayable parts included.
	#[serde(with = "as_string")]
	pub treasury: BalanceOf<T>,
	/// The provider and its part.
	pub provider: Payee<AccountIdOf<T>, BalanceOf<T>>,
	/// The model's owner and what it kept of the model side.
	pub owner: Payee<AccountIdOf<T>, BalanceOf<T>>,
	/// Each ancestor, nearest first, and the royalty it kept.
	pub ancestors: BoundedVec<AncestorPart<AccountIdOf<T>, BalanceOf<T>>, MaxLineageDepthOf<T>>,
	/// Each attributed contribution that was paid, and its contributor's part.
	pub contributors:
		BoundedVec<ContributorPart<AccountIdOf<T>, BalanceOf<T>>, T::MaxAttributedContributions>,
	/// Each datanet pool paid into (named, or a training datanet of the model), and how much.
	pub pools: BoundedVec<PoolPart<BalanceOf<T>>, MaxPoolsOf<T>>,
	/// The attribution it paid on.
	pub attribution: AttributionOf<T>,
	/// The data side rate it was split with (the policy's or the model's own).
	pub data_side: Perbill,
	/// Block of settlement (zero in a dry run).
	pub settled_at: BlockNumberOf<T>,
}

report_type! {
	/// An account's position in one datanet's pool (a query result).
	#[serde(bound(serialize = "Balance: core::fmt::Display"))]
	pub struct PoolPosition<Balance> {
		/// The datanet.
		pub datanet: DatanetId,
		/// The account's share in it now.
		pub share: Share,
		/// Claimable from the pool now.
		#[serde(with = "as_string")]
		pub claimable: Balance,
		/// Claimed from the pool so far.
		#[serde(with = "as_string")]
		pub claimed: Balance,
	}
}

/// An account's rewards: what it can claim now, and what it earned over its lifetime (a query
/// result).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, serde::Serialize)]
#[serde(rename_all = "camelCase", bound(serialize = "Balance: core::fmt::Display"))]
pub struct AccountRewards<Balance> {
	/// Credits claimable with `rewards.claim` (owner, ancestor, provider, contributor).
	#[serde(with = "as_string")]
	pub claimable_credits: Balance,
	/// Credits and every pool together.
	#[serde(with = "as_string")]
	pub claimable_total: Balance,
	/// Lifetime earnings by role.
	pub lifetime: AccountEarnings<Balance>,
	/// The first [`openledger_primitives::MAX_PAGE_SIZE`] pools the account has a position in.
	pub pools: Vec<PoolPosition<Balance>>,
}

/// A page of an account's rewards: its credits, its lifetime earnings, and one page of the
/// pools it has a position in (a query result; in JSON, the fields of [`AccountRewards`] and
/// `next`).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, serde::Serialize)]
#[serde(rename_all = "camelCase", bound(serialize = "Balance: core::fmt::Display"))]
pub struct AccountRewardsPage<Balance> {
	/// Credits, lifetime earnings, and this page's pools (`claimable_total`: credits and the
	/// pools of this page).
	#[serde(flatten)]
	pub rewards: AccountRewards<Balance>,
	/// The datanet to start the next page after (`None`: this was the last).
	pub next: Option<DatanetId>,
}

/// A model's lifetime earnings with the data side broken down by datanet (a query result).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, serde::Serialize)]
#[serde(rename_all = "camelCase", bound(serialize = "Balance: core::fmt::Display"))]
pub struct ModelEarningsReport<Balance> {
	/// The lifetime counters.
	pub totals: ModelEarnings<Balance>,
	/// The data side by datanet (pools and direct payments).
	pub per_datanet: Vec<PoolPart<Balance>>,
}

/// How much work one split did: the `settle` benchmark's components, so a settlement is charged
/// for its own size rather than the worst case.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SplitSize {
	/// Ancestors credited along the lineage.
	pub ancestors: u32,
	/// Attributed contributions looked at (paid, or skipped when no longer accepted).
	pub contributions: u32,
	/// Datanets whose pools were considered: the named ones and the model's training ones.
	pub datanets: u32,
}
