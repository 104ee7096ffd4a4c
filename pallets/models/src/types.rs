//! Types stored by the models pallet.

use crate::Config;
use alloc::vec::Vec;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*, traits::fungible::Inspect, CloneNoBound, DebugNoBound, EqNoBound,
	PartialEqNoBound,
};
use openledger_primitives::{Ancestor, ModelId, ModelKind, ModelStatus, TrainingSource};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Perbill;

pub(crate) type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
/// Balance of the currency prices and deposits are in.
pub type BalanceOf<T> = <<T as Config>::Currency as Inspect<AccountIdOf<T>>>::Balance;
pub(crate) type BlockNumberOf<T> = frame_system::pallet_prelude::BlockNumberFor<T>;

/// What a model offers to models derived from it.
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
pub struct DerivativeTerms {
	/// Whether fine-tunes and adapters of it may be registered.
	pub allowed: bool,
	/// The rate a derivative owes it on what reaches it (fixed when the derivative registers).
	pub royalty: Perbill,
}

/// One link of a model's lineage: an ancestor and the royalty rate it is owed on what reaches
/// it, fixed when the link was made.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct LineageLink {
	/// The ancestor.
	pub model: ModelId,
	/// Its rate.
	pub royalty: Perbill,
}

/// Descriptive metadata of a model.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct ModelMetadata<T: Config> {
	/// Human-readable name.
	pub name: BoundedVec<u8, T::MaxNameLength>,
	/// Where the model card can be found.
	pub uri: BoundedVec<u8, T::MaxUriLength>,
}

/// A registered model.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct ModelInfo<T: Config> {
	/// Receives the model's part of each fee; may change it.
	pub owner: AccountIdOf<T>,
	/// Who paid the registration deposit.
	pub depositor: AccountIdOf<T>,
	/// Registration deposit held from `depositor`.
	pub deposit: BalanceOf<T>,
	/// Name and model card.
	pub metadata: ModelMetadata<T>,
	/// Hash of the weights or adapter file.
	pub artifact_hash: H256,
	/// Base, fine-tune or adapter (with its parent).
	pub kind: ModelKind,
	/// The datanet versions it was trained on; shares sum to 100% (empty only for a base).
	pub training: BoundedVec<TrainingSource, T::MaxTrainingDatanets>,
	/// Price of one inference call.
	pub price: BalanceOf<T>,
	/// What it offers to its derivatives.
	pub terms: DerivativeTerms,
	/// Its ancestors, nearest first, each with the royalty fixed at registration.
	pub lineage: BoundedVec<LineageLink, T::MaxLineageDepth>,
	/// Active or deprecated.
	pub status: ModelStatus,
	/// Number of models registered as its direct derivatives.
	pub derivatives: u32,
	/// Block of registration.
	pub registered_at: BlockNumberOf<T>,
}

/// A model and its ancestors up to its base, nearest first, with each ancestor's current owner
/// and royalty rate (a query result).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ModelLineage<AccountId> {
	/// The model.
	pub model: ModelId,
	/// Its owner.
	pub owner: AccountId,
	/// Base, fine-tune or adapter.
	pub kind: ModelKind,
	/// Its ancestors, nearest first.
	pub ancestors: Vec<Ancestor<AccountId>>,
}
