//! Types stored and returned by the rewards pallet.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*, traits::fungible::Inspect, CloneNoBound, DebugNoBound, DefaultNoBound,
	EqNoBound, PartialEqNoBound,
};
use openledger_primitives::{Attribution, ContributionId, DatanetId, ModelId, ModelsInspect};
use scale_info::TypeInfo;
use sp_core::U256;
use sp_runtime::{Perbill, Saturating};

pub(crate) type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
/// Balance of the currency fees are paid in.
pub type BalanceOf<T> = <<T as Config>::Currency as Inspect<AccountIdOf<T>>>::Balance;
pub(crate) type BlockNumberOf<T> = frame_system::pallet_prelude::BlockNumberFor<T>;
/// Most ancestors of a model, as the models pallet bounds them.
pub type MaxLineageDepthOf<T> =
	<<T as Config>::Models as ModelsInspect<AccountIdOf<T>, BalanceOf<T>>>::MaxLineageDepth;
/// An attribution as this pallet accepts it.
pub type AttributionOf<T> =
	Attribution<<T as Config>::MaxAttributedContributions, <T as Config>::MaxAttributedDatanets>;

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
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Pool<T: Config> {
	/// Rewards per unit of share ever paid in, scaled by [`crate::pool::ACC_SCALE`] (1e18).
	pub reward_per_share: U256,
	/// Everything ever paid into the pool.
	pub paid_in: BalanceOf<T>,
	/// Everything ever claimed from the pool.
	pub paid_out: BalanceOf<T>,
	/// Everything ever paid to its contributors directly, by attribution.
	pub direct: BalanceOf<T>,
	/// Number of settlements that paid into the pool.
	pub settlements: u64,
	/// Number of times a member's accrued reward was rounded down to the planck (share changes
	/// and claims); with `settlements` it bounds the pool's rounding dust.
	pub roundings: u64,
}

impl<T: Config> Default for Pool<T> {
	fn default() -> Self {
		Self {
			reward_per_share: U256::zero(),
			paid_in: Default::default(),
			paid_out: Default::default(),
			direct: Default::default(),
			settlements: 0,
			roundings: 0,
		}
	}
}

/// One contributor's position in a datanet's pool.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct PoolMember<T: Config> {
	/// `share × reward_per_share` when the share last changed or was claimed on: what the
	/// contributor is not owed.
	pub debt: U256,
	/// Earned at an earlier share and not claimed yet.
	pub pending: BalanceOf<T>,
	/// Claimed so far.
	pub claimed: BalanceOf<T>,
}

impl<T: Config> Default for PoolMember<T> {
	fn default() -> Self {
		Self { debt: U256::zero(), pending: Default::default(), claimed: Default::default() }
	}
}

/// What an account earned over its lifetime, by role. Counters only grow.
#[derive(
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	DefaultNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct AccountEarnings<T: Config> {
	/// As owner of the model that served a call.
	pub as_owner: BalanceOf<T>,
	/// As owner of an ancestor, through royalties.
	pub as_ancestor: BalanceOf<T>,
	/// As the provider who served a call.
	pub as_provider: BalanceOf<T>,
	/// As contributor of attributed contributions, paid directly.
	pub as_contributor: BalanceOf<T>,
	/// Claimed from datanet pools.
	pub from_pools: BalanceOf<T>,
	/// Claimed in total (credits and pools).
	pub claimed: BalanceOf<T>,
}

/// What a model's calls paid, over its lifetime. Counters only grow.
#[derive(
	Encode,
	Decode,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
	DefaultNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct ModelEarnings<T: Config> {
	/// Settled calls.
	pub calls: u64,
	/// Their fees.
	pub fees: BalanceOf<T>,
	/// To the model's owner.
	pub to_owner: BalanceOf<T>,
	/// To its ancestors as royalties.
	pub to_ancestors: BalanceOf<T>,
	/// To providers.
	pub to_providers: BalanceOf<T>,
	/// To the data side (contributors and pools).
	pub to_data: BalanceOf<T>,
	/// To the treasury, remainders included.
	pub to_treasury: BalanceOf<T>,
	/// Royalties it received as an ancestor of other models (paid to its owner).
	pub royalties_received: BalanceOf<T>,
}

/// An ancestor's royalty in a receipt.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct AncestorPart<AccountId, Balance> {
	/// The ancestor model.
	pub model: ModelId,
	/// Its owner, who was credited.
	pub owner: AccountId,
	/// What it kept of what reached it.
	pub amount: Balance,
}

/// An attributed contribution's direct payment in a receipt.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct ContributorPart<AccountId, Balance> {
	/// The contribution.
	pub contribution: ContributionId,
	/// Its datanet.
	pub datanet: DatanetId,
	/// Its contributor, who was credited.
	pub contributor: AccountId,
	/// The amount.
	pub amount: Balance,
}

/// A payment into a datanet's pool in a receipt.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct PoolPart<Balance> {
	/// The datanet.
	pub datanet: DatanetId,
	/// The amount.
	pub amount: Balance,
}

/// Who got what from one settled inference call. The parts sum to exactly `fee`.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Receipt<T: Config> {
	/// The model that served the call.
	pub model: ModelId,
	/// The fee paid.
	pub fee: BalanceOf<T>,
	/// The treasury's part, rounding remainders and unpayable parts included.
	pub treasury: BalanceOf<T>,
	/// The provider and its part.
	pub provider: (AccountIdOf<T>, BalanceOf<T>),
	/// The model's owner and what it kept of the model side.
	pub owner: (AccountIdOf<T>, BalanceOf<T>),
	/// Each ancestor, nearest first, and the royalty it kept.
	pub ancestors: BoundedVec<AncestorPart<AccountIdOf<T>, BalanceOf<T>>, MaxLineageDepthOf<T>>,
	/// Each attributed contribution that was paid, and its contributor's part.
	pub contributors:
		BoundedVec<ContributorPart<AccountIdOf<T>, BalanceOf<T>>, T::MaxAttributedContributions>,
	/// Each datanet pool paid into, and how much.
	pub pools: BoundedVec<PoolPart<BalanceOf<T>>, T::MaxAttributedDatanets>,
	/// The attribution it paid on.
	pub attribution: AttributionOf<T>,
	/// The data side rate it was split with (the policy's or the model's own).
	pub data_side: Perbill,
	/// Block of settlement (zero in a dry run).
	pub settled_at: BlockNumberOf<T>,
}

/// How much work one split did: the `settle` benchmark's components, so a settlement is charged
/// for its own size rather than the worst case.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SplitSize {
	/// Ancestors credited along the lineage.
	pub ancestors: u32,
	/// Attributed contributions looked at (paid, or skipped when no longer accepted).
	pub contributions: u32,
	/// Datanets whose pools were considered (named, or the model's training datanets).
	pub datanets: u32,
}
