//! # OpenLedger primitives
//!
//! What the OpenLedger pallets share, so that each depends on these definitions rather than on
//! another pallet's internals:
//!
//! - **ids** of datanets, contributions, models and inference calls;
//! - **domain types** that cross pallet boundaries ([`ContributionStatus`], [`ContributionInfo`]);
//! - **traits** through which pallets talk:
//!   - [`DatanetsInspect`]: read-only view of datanets, their versions, contributions and shares
//!     (implemented by `pallet-datanets`);
//!   - [`OnShareChange`]: a hook `pallet-datanets` calls *before* a contributor's share in a
//!     datanet changes, so a reward pool can settle that contributor first;
//!   - [`ModelsInspect`]: a model's owner, price, status, training datanets and lineage with
//!     royalty rates, in one bounded call (implemented by `pallet-models`);
//!   - [`InferenceRewards`]: hands the escrowed fee of a settled inference call, with its
//!     [`Attribution`], to whoever splits it (implemented by `pallet-rewards`, called by
//!     `pallet-inference`).
//!
//! ## Writing a pallet against these traits
//!
//! A pallet that needs datanet data declares `type Datanets: DatanetsInspect<Self::AccountId>`
//! in its `Config`, and the runtime sets it to `pallet_datanets::Pallet<Runtime>`. A pallet that
//! keeps per-contributor accounting (e.g. reward pools) implements [`OnShareChange`] and is named
//! in `pallet_datanets::Config::OnShareChange` (a tuple when several pallets listen). Neither
//! pallet imports the other.
#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::{DispatchError, Get},
	traits::tokens::fungible,
	weights::Weight,
	BoundedVec, CloneNoBound, DebugNoBound, DefaultNoBound, EqNoBound, PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

/// Identifies a datanet (a community dataset). Assigned in sequence from 0.
pub type DatanetId = u32;
/// Identifies a contribution. Unique across all datanets, assigned in sequence from 0.
pub type ContributionId = u64;
/// Identifies a registered model. Assigned in sequence from 0.
pub type ModelId = u32;
/// Identifies a paid inference call. Assigned in sequence from 0.
pub type InferenceId = u64;
/// Number of a published datanet version: 1, 2, … (0 means "none yet").
pub type VersionNumber = u32;
/// Attribution weight of one accepted contribution (1 by default; graded by the curator).
pub type ContributionWeight = u32;
/// A contributor's share in a datanet: the sum of the weights of their accepted contributions.
/// A datanet's total share is the sum over its contributors.
pub type Share = u64;

/// Where a contribution stands.
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
pub enum ContributionStatus {
	/// Submitted to a curated datanet, awaiting the curator. Deposit held.
	Pending,
	/// Part of the datanet: counts towards its contributor's share. Deposit held as stake.
	Accepted,
	/// Refused by the curator. Deposit returned.
	Rejected,
	/// Removed for bad data. Deposit slashed to the treasury.
	Removed,
}

/// What other pallets may know about a contribution.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ContributionInfo<AccountId> {
	/// The datanet it belongs to.
	pub datanet: DatanetId,
	/// Who contributed it.
	pub contributor: AccountId,
	/// Its status.
	pub status: ContributionStatus,
	/// Its attribution weight (meaningful when accepted).
	pub weight: ContributionWeight,
}

/// Read-only view of datanets, implemented by `pallet-datanets`. Every method is one or two
/// storage reads.
pub trait DatanetsInspect<AccountId> {
	/// Whether `datanet` exists (open or closed).
	fn datanet_exists(datanet: DatanetId) -> bool;
	/// Whether `datanet` exists and accepts contributions.
	fn datanet_is_active(datanet: DatanetId) -> bool;
	/// The curator of `datanet`.
	fn curator(datanet: DatanetId) -> Option<AccountId>;
	/// Whether `version` of `datanet` has been published.
	fn version_exists(datanet: DatanetId, version: VersionNumber) -> bool;
	/// A contribution's datanet, contributor, status and weight.
	fn contribution(contribution: ContributionId) -> Option<ContributionInfo<AccountId>>;
	/// The sum of the weights of `who`'s accepted contributions in `datanet`.
	fn contributor_share(datanet: DatanetId, who: &AccountId) -> Share;
	/// The sum of all contributor shares of `datanet`.
	fn total_share(datanet: DatanetId) -> Share;
}

/// Called by `pallet-datanets` **before** `who`'s share in `datanet` changes from `old_share`
/// to `new_share` (on accept, grade, removal and withdrawal of accepted contributions), while
/// storage still holds the old value. A reward pool settles `who`'s pending rewards at
/// `old_share` and resets its debt for `new_share`; the pool's accumulator cannot move between
/// this call and the change, as both happen in the same extrinsic.
///
/// The hook must not fail: it only does accounting. Its cost is charged by the caller through
/// [`OnShareChange::weight`].
pub trait OnShareChange<AccountId> {
	/// `who`'s share in `datanet` is about to change.
	fn before_share_change(datanet: DatanetId, who: &AccountId, old_share: Share, new_share: Share);

	/// Upper bound of the weight of one [`OnShareChange::before_share_change`] call.
	fn weight() -> Weight;
}

/// Several listeners: each is called in turn, and their weights add up.
#[impl_trait_for_tuples::impl_for_tuples(8)]
impl<AccountId> OnShareChange<AccountId> for Tuple {
	fn before_share_change(
		datanet: DatanetId,
		who: &AccountId,
		old_share: Share,
		new_share: Share,
	) {
		for_tuples!( #( Tuple::before_share_change(datanet, who, old_share, new_share); )* );
	}

	fn weight() -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.saturating_add(Tuple::weight()); )* );
		weight
	}
}

/// What a model is, and what it derives from. Fixed at registration.
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
pub enum ModelKind {
	/// Trained from scratch (or imported): the root of a lineage.
	Base,
	/// Further training of `parent`'s weights.
	FineTune {
		/// The model it was fine-tuned from.
		parent: ModelId,
	},
	/// An adapter (e.g. LoRA) applied on top of `base`.
	Adapter {
		/// The model it adapts.
		base: ModelId,
	},
}

impl ModelKind {
	/// The model this one derives from, if any.
	pub fn parent(&self) -> Option<ModelId> {
		match self {
			ModelKind::Base => None,
			ModelKind::FineTune { parent } => Some(*parent),
			ModelKind::Adapter { base } => Some(*base),
		}
	}
}

/// Whether a model takes new inference requests.
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
)]
pub enum ModelStatus {
	/// Takes new inference requests and derivatives.
	Active,
	/// No new inference requests or derivatives; existing requests finish.
	Deprecated,
}

/// One dataset a model was trained on: a published datanet version and its part of the
/// training (the parts of a model sum to 100%).
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
pub struct TrainingSource {
	/// The datanet.
	pub datanet: DatanetId,
	/// The version of it that was used.
	pub version: VersionNumber,
	/// Its part of the training data.
	pub share: Perbill,
}

/// One ancestor in a model's lineage, nearest first.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct Ancestor<AccountId> {
	/// The ancestor model.
	pub model: ModelId,
	/// Its current owner, who receives its royalties.
	pub owner: AccountId,
	/// Its rate of what reaches it from below, fixed when the derivative below it registered.
	pub royalty: Perbill,
}

/// Everything another pallet needs to charge for and pay out a model's inference calls.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[scale_info(skip_type_params(MaxTraining, MaxDepth))]
pub struct ModelView<AccountId, Balance, MaxTraining: Get<u32>, MaxDepth: Get<u32>> {
	/// Who receives the model's own part.
	pub owner: AccountId,
	/// Price of one inference call.
	pub price: Balance,
	/// Active or deprecated.
	pub status: ModelStatus,
	/// What it is and derives from.
	pub kind: ModelKind,
	/// The datanet versions it was trained on.
	pub training: BoundedVec<TrainingSource, MaxTraining>,
	/// Its ancestors, nearest first, with their owners and royalty rates.
	pub lineage: BoundedVec<Ancestor<AccountId>, MaxDepth>,
}

/// Read-only view of models, implemented by `pallet-models`.
pub trait ModelsInspect<AccountId, Balance> {
	/// Most training datanets of one model.
	type MaxTrainingDatanets: Get<u32>;
	/// Most ancestors of one model.
	type MaxLineageDepth: Get<u32>;

	/// The model with its lineage; at most `1 + MaxLineageDepth` storage reads.
	#[allow(clippy::type_complexity)]
	fn model(
		model: ModelId,
	) -> Option<ModelView<AccountId, Balance, Self::MaxTrainingDatanets, Self::MaxLineageDepth>>;

	/// The model's status and price per call, if it exists: what a request needs, in one read
	/// (the lineage is not loaded).
	fn status_and_price(model: ModelId) -> Option<(ModelStatus, Balance)>;
}

/// The Proof-of-Attribution result of one inference call: which contributions and datanets the
/// answer drew on, and how much.
///
/// Scores are parts of the fee's data side: each listed contribution's contributor is paid its
/// score of it directly; what the contributions leave goes to the listed datanets' reward pools
/// pro rata to their scores (or to the model's training datanets pro rata to training share when
/// no datanet is listed). All scores together are at most 100%; ids appear at most once.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	DefaultNoBound,
)]
#[scale_info(skip_type_params(MaxContributions, MaxDatanets))]
#[codec(mel_bound())]
pub struct Attribution<MaxContributions: Get<u32>, MaxDatanets: Get<u32>> {
	/// `(contribution, score)` pairs.
	pub contributions: BoundedVec<(ContributionId, Perbill), MaxContributions>,
	/// `(datanet, score)` pairs.
	pub datanets: BoundedVec<(DatanetId, Perbill), MaxDatanets>,
}

impl<C: Get<u32>, D: Get<u32>> Attribution<C, D> {
	/// The sum of all scores, `None` above 100%.
	pub fn total_score(&self) -> Option<Perbill> {
		let parts =
			self.contributions.iter().map(|(_, s)| s).chain(self.datanets.iter().map(|(_, s)| s));
		let mut total: u32 = 0;
		for score in parts {
			total = total.checked_add(score.deconstruct())?;
		}
		(total <= Perbill::one().deconstruct()).then(|| Perbill::from_parts(total))
	}
}

/// Receives the fee of a settled inference call and pays everyone it is owed to
/// (implemented by `pallet-rewards`).
///
/// The caller moves the escrowed fee out of the payer's account as a [`fungible::Credit`], so
/// the money cannot be created or lost on the way. On `Err` the caller must discard every storage
/// change made since it took the credit (an extrinsic does so by itself; a hook uses a storage
/// layer), and nothing is paid.
pub trait InferenceRewards<AccountId, Currency, MaxContributions, MaxDatanets>
where
	Currency: fungible::Balanced<AccountId>,
	MaxContributions: Get<u32>,
	MaxDatanets: Get<u32>,
{
	/// Split `fee`, paid for `inference` on `model` and served by `provider`, according to
	/// `attribution`. Returns the weight this split used (its lineage depth, attribution and
	/// pools), never more than [`InferenceRewards::settle_weight`], so the caller can charge
	/// what was done rather than the worst case.
	fn settle(
		inference: InferenceId,
		model: ModelId,
		provider: &AccountId,
		fee: fungible::Credit<AccountId, Currency>,
		attribution: &Attribution<MaxContributions, MaxDatanets>,
	) -> Result<Weight, DispatchError>;

	/// Upper bound of the weight of one [`InferenceRewards::settle`] call.
	fn settle_weight() -> Weight;
}

/// Creates datanet versions for other pallets' benchmarks, so they need not know how datanets
/// are made. Implemented by `pallet-datanets` under `runtime-benchmarks`.
#[cfg(feature = "runtime-benchmarks")]
pub trait DatanetsBenchmarkHelper {
	/// A new datanet with one accepted contribution and version 1 published.
	fn datanet_with_version(seed: u32) -> (DatanetId, VersionNumber);

	/// `count` new funded contributors, each with one accepted contribution in the open
	/// `datanet` (as made by [`Self::datanet_with_version`]); their contributions' ids.
	fn add_contributors(
		datanet: DatanetId,
		first_seed: u32,
		count: u32,
	) -> alloc::vec::Vec<ContributionId>;
}

/// A pair of helpers: the first makes datanets, the second models; lets a `Config` name both
/// as `(Datanets, Models)`.
#[cfg(feature = "runtime-benchmarks")]
impl<D: DatanetsBenchmarkHelper, M> DatanetsBenchmarkHelper for (D, M) {
	fn datanet_with_version(seed: u32) -> (DatanetId, VersionNumber) {
		D::datanet_with_version(seed)
	}

	fn add_contributors(
		datanet: DatanetId,
		first_seed: u32,
		count: u32,
	) -> alloc::vec::Vec<ContributionId> {
		D::add_contributors(datanet, first_seed, count)
	}
}

/// Creates models for other pallets' benchmarks. Implemented by `pallet-models` under
/// `runtime-benchmarks`.
#[cfg(feature = "runtime-benchmarks")]
pub trait ModelsBenchmarkHelper {
	/// A model with `depth` ancestors (each owed a non-zero royalty, each with its own owner),
	/// trained on `training` in equal shares; its id.
	fn model_with_lineage(depth: u32, training: &[(DatanetId, VersionNumber)]) -> ModelId;
}

#[cfg(feature = "runtime-benchmarks")]
impl<D, M: ModelsBenchmarkHelper> ModelsBenchmarkHelper for (D, M) {
	fn model_with_lineage(depth: u32, training: &[(DatanetId, VersionNumber)]) -> ModelId {
		M::model_with_lineage(depth, training)
	}
}
