//! Types stored by the inference pallet.

use crate::Config;
use codec::{Decode, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*, traits::fungible::Inspect, CloneNoBound, DebugNoBound, EqNoBound,
	PartialEqNoBound,
};
use openledger_primitives::{AttributionFor, ChallengeCourt, InferenceRewards, ModelId};
use scale_info::TypeInfo;
use sp_core::H256;

pub(crate) type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
/// Balance of the currency fees and stakes are in.
pub type BalanceOf<T> = <<T as Config>::Currency as Inspect<AccountIdOf<T>>>::Balance;
pub(crate) type BlockNumberOf<T> = frame_system::pallet_prelude::BlockNumberFor<T>;
/// An attribution as this pallet accepts it: within the bounds the rewards pallet owns.
pub type AttributionOf<T> =
	AttributionFor<<T as Config>::Rewards, AccountIdOf<T>, <T as Config>::Currency>;
/// Most contributions one attribution names (owned by [`Config::Rewards`]).
pub type MaxAttributedContributionsOf<T> = <<T as Config>::Rewards as InferenceRewards<
	AccountIdOf<T>,
	<T as Config>::Currency,
>>::MaxAttributedContributions;
/// Most datanets one attribution names (owned by [`Config::Rewards`]).
pub type MaxAttributedDatanetsOf<T> = <<T as Config>::Rewards as InferenceRewards<
	AccountIdOf<T>,
	<T as Config>::Currency,
>>::MaxAttributedDatanets;

/// Longest output URI a challenge may name (owned by [`Config::Court`]).
pub type MaxUriLengthOf<T> = <<T as Config>::Court as ChallengeCourt<AccountIdOf<T>>>::MaxUriLength;
/// The accounts that may not judge a challenge (bounded by [`Config::Court`]).
pub type PartiesOf<T> = BoundedVec<
	AccountIdOf<T>,
	<<T as Config>::Court as ChallengeCourt<AccountIdOf<T>>>::MaxParties,
>;
/// The split terms [`Config::Rewards`] fixes for a request.
pub type TermsOf<T> =
	<<T as Config>::Rewards as InferenceRewards<AccountIdOf<T>, <T as Config>::Currency>>::Terms;

/// A registered inference provider.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct ProviderInfo<T: Config> {
	/// Bonded stake, held; slashed when a challenge against one of its results is upheld.
	pub stake: BalanceOf<T>,
	/// The models it serves.
	pub models: BoundedVec<ModelId, T::MaxModelsPerProvider>,
	/// Requests assigned to it that have not ended (requested, answered or challenged).
	pub open_requests: u32,
	/// When unbonding, the block from which the stake may be withdrawn.
	pub unbonding_at: Option<BlockNumberOf<T>>,
}

/// Where a request stands.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub enum RequestStatus<T: Config> {
	/// Waiting for the provider's result until the deadline.
	Requested,
	/// Answered at block `at`; challengeable until `at + ChallengeWindow`, then settled.
	Answered {
		/// Hash of the output.
		output_hash: H256,
		/// Block of the result.
		at: BlockNumberOf<T>,
	},
	/// Answered, then challenged; the court decides.
	Challenged {
		/// Hash of the output.
		output_hash: H256,
		/// Block of the result.
		at: BlockNumberOf<T>,
		/// Who challenged it.
		challenger: AccountIdOf<T>,
		/// The bond held from the challenger.
		bond: BalanceOf<T>,
	},
}

/// A paid inference call.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Request<T: Config> {
	/// Who asked and paid.
	pub user: AccountIdOf<T>,
	/// The model asked.
	pub model: ModelId,
	/// The provider assigned.
	pub provider: AccountIdOf<T>,
	/// The fee held in escrow: the model's price when requested.
	pub fee: BalanceOf<T>,
	/// The deposit held for the request's storage, returned when it ends.
	pub deposit: BalanceOf<T>,
	/// Hash of the input.
	pub input_hash: H256,
	/// Last block a result is accepted in; the user may cancel after it.
	pub deadline: BlockNumberOf<T>,
	/// Where it stands.
	pub status: RequestStatus<T>,
}

/// How a model's count of open challenges ([`crate::OpenCasesOf`]) changes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CaseChange {
	/// A challenge whose outcome pays the model's owner was opened.
	Opened,
	/// That challenge's verdict was applied.
	Closed,
}

/// How a provider's count of open requests changes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RequestChange {
	/// A request was assigned to it.
	Opened,
	/// One of its requests ended (settled, cancelled or resolved).
	Ended,
}

/// What becomes of a request's escrowed fee when the request ends.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum EscrowOutcome {
	/// The fee returns to the user.
	Refund,
	/// The fee was already taken out of the hold for the rewards split.
	Settled,
}
