//! Domain types that cross pallet boundaries.

use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::Get, BoundedVec, CloneNoBound, DebugNoBound, DefaultNoBound, EqNoBound,
	PartialEqNoBound,
};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

use crate::ids::*;

/// Balances as decimal strings in JSON: JavaScript numbers cannot hold 18-decimal amounts.
/// Use as `#[serde(with = "openledger_primitives::as_string")]` on a balance field.
pub mod as_string {
	/// Serialize `value` with its `Display` form.
	pub fn serialize<S: serde::Serializer, T: core::fmt::Display>(
		value: &T,
		serializer: S,
	) -> Result<S::Ok, S::Error> {
		serializer.collect_str(value)
	}
}

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

/// One ancestor in a model's lineage as the split sees it, nearest first: the ancestor, its
/// *current* owner, and its royalty rate. (The models pallet stores an owner-less
/// `LineageLink`; owners are read when a lineage is handed out.)
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, serde::Serialize,
)]
#[serde(rename_all = "camelCase")]
pub struct Ancestor<AccountId> {
	/// The ancestor model.
	pub model: ModelId,
	/// Its current owner, who receives its royalties.
	pub owner: AccountId,
	/// Its rate of what reaches it from below, fixed when the derivative below it registered.
	pub royalty: Perbill,
}

/// What the split needs to pay out a model's inference calls: who owns it, what it was trained
/// on, and who is owed royalties.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug)]
#[scale_info(skip_type_params(MaxTraining, MaxDepth))]
pub struct ModelPayees<AccountId, MaxTraining: Get<u32>, MaxDepth: Get<u32>> {
	/// Who receives the model's own part.
	pub owner: AccountId,
	/// What it derives from (base, fine-tune or adapter).
	pub kind: ModelKind,
	/// The datanet versions it was trained on.
	pub training: BoundedVec<TrainingSource, MaxTraining>,
	/// Its ancestors, nearest first, with their current owners and royalty rates.
	pub lineage: BoundedVec<Ancestor<AccountId>, MaxDepth>,
}

/// Why an [`Attribution`] is not well formed.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AttributionError {
	/// The scores sum to more than 100%.
	ScoresOverHundredPercent,
	/// A contribution is named twice.
	DuplicateContribution,
	/// A datanet is named twice.
	DuplicateDatanet,
}

/// The Proof-of-Attribution result of one inference call: which contributions and datanets the
/// answer drew on, and how much.
///
/// Scores are absolute parts of the fee's data side: each listed contribution's contributor is
/// paid its score of it directly, and each listed datanet's reward pool receives its own score
/// of it. What no score claims goes to the model's training datanets pro rata to their training
/// shares (never where the provider points). All scores together are at most 100%; ids appear
/// at most once ([`Attribution::check`] is the one place that rule is written). The split
/// itself is `pallet-rewards`' (its crate docs).
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
	serde::Serialize,
)]
#[scale_info(skip_type_params(MaxContributions, MaxDatanets))]
#[codec(mel_bound())]
#[serde(bound(serialize = ""))]
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

	/// Whether the attribution is well formed: scores sum to at most 100% and every
	/// contribution and datanet is named at most once. Bounded by `C + D` (and sorts at most
	/// that many ids).
	pub fn check(&self) -> Result<Perbill, AttributionError> {
		let total = self.total_score().ok_or(AttributionError::ScoresOverHundredPercent)?;
		named_once(&self.contributions, &self.datanets)?;
		Ok(total)
	}
}

/// Every contribution and every datanet of `contributions` and `datanets` named once.
fn named_once<S, T>(
	contributions: &[(ContributionId, S)],
	datanets: &[(DatanetId, T)],
) -> Result<(), AttributionError> {
	if has_duplicates(contributions.iter().map(|(id, _)| *id)) {
		return Err(AttributionError::DuplicateContribution);
	}
	if has_duplicates(datanets.iter().map(|(id, _)| *id)) {
		return Err(AttributionError::DuplicateDatanet);
	}
	Ok(())
}

fn has_duplicates<Id: Ord>(ids: impl Iterator<Item = Id>) -> bool {
	let mut ids: Vec<Id> = ids.collect();
	let len = ids.len();
	ids.sort_unstable();
	ids.dedup();
	ids.len() != len
}

/// The aggregated attribution of a batch of calls, in **fee-weighted parts**: a call of fee
/// `f` scoring an id `s` parts per billion adds `f × s` to it
/// (`openledger_formulas::batch::call_weight`), so a batch whose fees total `F` states every
/// weight out of `F × 10⁹`. The largest contributions are named in `contributions` and paid
/// directly; every other contribution's weight is in the batch's tail tree, whose weights sum
/// to `tail`, and is claimed with a proof. What no weight claims goes to the model's training
/// datanets by training share, as in a per-call split.
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
pub struct BatchScores<MaxContributions: Get<u32>, MaxDatanets: Get<u32>> {
	/// `(contribution, weight)` pairs paid directly.
	pub contributions: BoundedVec<(ContributionId, u128), MaxContributions>,
	/// `(datanet, weight)` pairs paid into the datanets' pools.
	pub datanets: BoundedVec<(DatanetId, u128), MaxDatanets>,
	/// The sum of the tail tree's weights.
	pub tail: u128,
}

impl<C: Get<u32>, D: Get<u32>> BatchScores<C, D> {
	/// Whether the scores are well formed for fees totalling `fee`: every weight together at
	/// most `fee × 10⁹` (100%), every contribution and datanet named at most once. Returns the
	/// denominator `fee × 10⁹`.
	pub fn check(&self, fee: u128) -> Result<u128, AttributionError> {
		let whole =
			fee.checked_mul(1_000_000_000).ok_or(AttributionError::ScoresOverHundredPercent)?;
		let mut total = self.tail;
		let weights =
			self.contributions.iter().map(|(_, w)| w).chain(self.datanets.iter().map(|(_, w)| w));
		for weight in weights {
			total = total.checked_add(*weight).ok_or(AttributionError::ScoresOverHundredPercent)?;
		}
		if total > whole {
			return Err(AttributionError::ScoresOverHundredPercent);
		}
		named_once(&self.contributions, &self.datanets)?;
		Ok(whole)
	}
}

/// What the court decided about a challenged inference result.
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
pub enum Verdict {
	/// The result was wrong: the provider is slashed, the user refunded, the bond returned.
	Upheld,
	/// The result stands: the challenger's bond goes to the provider and the call settles.
	Rejected,
	/// Nobody decided in time: the user is refunded and the bond returned, nobody is slashed.
	Undecided,
}

/// What a challenger brings so that anyone can re-run the attribution of a result: the
/// model, the output's hash (already on chain) and where to get the output.
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
)]
#[scale_info(skip_type_params(MaxUriLength))]
pub struct ChallengeEvidence<MaxUriLength: Get<u32>> {
	/// The model that produced the result (its manifest names the indexes to re-run on).
	pub model: ModelId,
	/// Hash of the output the provider committed to.
	pub output_hash: sp_core::H256,
	/// Where the output can be fetched (`file://`, `http(s)://`); jurors check its hash.
	pub output_uri: BoundedVec<u8, MaxUriLength>,
}
