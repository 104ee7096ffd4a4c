//! # Models pallet
//!
//! The registry of AI models on the chain and their **lineage**.
//!
//! - A model has an owner, metadata, an artifact hash (its weights or adapter file), a
//!   [`openledger_primitives::ModelKind`] (`Base`, `FineTune { parent }`, `Adapter { base }`),
//!   the datanet versions it was trained on as `(datanet, version, share)` with shares summing
//!   to exactly 100%, a price per inference call, [`DerivativeTerms`] it offers to models
//!   derived from it, and a status.
//!   Registering holds [`Config::ModelDeposit`].
//! - **Lineage**: a derivative records its ancestors up to its base, nearest first, each with
//!   the royalty rate owed to it, *fixed at registration*: the parent's current
//!   `terms.royalty`, followed by the parent's own lineage. Later changes of terms apply only to
//!   derivatives registered afterwards. Depth is bounded by [`Config::MaxLineageDepth`]; cycles
//!   are impossible because a parent must exist before its derivative (ids only grow). The
//!   royalty rates along a lineage sum to at most 100%.
//! - Royalties (paid by the rewards pallet): of the model side of a fee, each ancestor receives
//!   its rate of what reaches it, and passes the rest up no further; the owner keeps what
//!   remains.
//!
//! Other pallets read models through [`openledger_primitives::ModelsInspect`], implemented by
//! [`Pallet`]: owner, price, status, training datanets and lineage with owners, in one call
//! bounded by `1 + MaxLineageDepth` reads.
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmark_helper;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod inspect;
mod queries;
// Native builds (unit tests of every pallet, the runtime's tests, try-runtime) check these
// invariants; the on-chain wasm (no `std`) does not carry them.
#[cfg(any(feature = "std", feature = "try-runtime"))]
mod invariants;
#[cfg(test)]
mod mock;
mod registry;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

// FRAME's macro expansion inside this module uses `expect` and friends; the pallet's own logic
// lives in the `do_*` functions of the topical modules, where the lints above apply.
#[allow(
	clippy::arithmetic_side_effects,
	clippy::unwrap_used,
	clippy::expect_used,
	clippy::indexing_slicing,
	clippy::too_many_arguments
)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use openledger_primitives::{
		DatanetId, DatanetsInspect, ModelId, ModelKind, ModelRequests, TrainingSource,
		VersionNumber,
	};
	use sp_core::H256;
	use sp_runtime::{traits::StaticLookup, Perbill};

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The registration deposit of a model.
		ModelDeposit,
	}

	/// Default configurations of this pallet, for `#[derive_impl]`.
	pub mod config_preludes {
		use super::*;
		use frame_support::{
			derive_impl, parameter_types,
			traits::{ConstU128, ConstU32},
		};

		/// The configuration of this pallet in the OpenLedger pallets' test runtimes (`u64`
		/// accounts, `u128` balances): small bounds so tests reach them. A mock sets `Currency`
		/// and `Datanets` itself.
		pub struct TestDefaultConfig;

		parameter_types! {
			/// A model may ask up to half of what reaches it from its derivatives.
			pub const TestMaxRoyalty: Perbill = Perbill::from_percent(50);
		}

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
		impl frame_system::DefaultConfig for TestDefaultConfig {}

		#[frame_support::register_default_impl(TestDefaultConfig)]
		impl DefaultConfig for TestDefaultConfig {
			#[inject_runtime_type]
			type RuntimeHoldReason = ();
			type ModelDeposit = ConstU128<50>;
			type MinPrice = ConstU128<1>;
			type MaxRoyalty = TestMaxRoyalty;
			type MaxNameLength = ConstU32<16>;
			type MaxUriLength = ConstU32<24>;
			type MaxTrainingDatanets = ConstU32<3>;
			type MaxLineageDepth = ConstU32<3>;
			type Requests = ();
			type WeightInfo = ();
		}
	}

	#[pallet::config(with_default)]
	pub trait Config: frame_system::Config {
		/// The overarching hold reason.
		#[pallet::no_default_bounds]
		type RuntimeHoldReason: From<HoldReason>;

		/// The currency prices and deposits are in.
		#[pallet::no_default]
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// Which datanets and versions exist.
		#[pallet::no_default]
		type Datanets: DatanetsInspect<Self::AccountId>;

		/// Deposit held for registering a model.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type ModelDeposit: Get<BalanceOf<Self>>;

		/// Lowest price of an inference call (zero allows free models).
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type MinPrice: Get<BalanceOf<Self>>;

		/// Highest royalty rate a model may ask of its derivatives.
		#[pallet::constant]
		type MaxRoyalty: Get<Perbill>;

		/// Longest model name, in bytes.
		#[pallet::constant]
		type MaxNameLength: Get<u32>;

		/// Longest model card URI, in bytes.
		#[pallet::constant]
		type MaxUriLength: Get<u32>;

		/// Most datanets one model may be trained on.
		#[pallet::constant]
		type MaxTrainingDatanets: Get<u32>;

		/// Most ancestors of one model.
		#[pallet::constant]
		type MaxLineageDepth: Get<u32>;

		/// Open requests and challenges per model: a deprecated model's deposit returns once no
		/// request is left, and a model under an open challenge cannot change hands.
		type Requests: ModelRequests;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Makes datanet versions for the benchmarks.
		#[pallet::no_default]
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: openledger_primitives::DatanetsBenchmarkHelper;
	}

	/// The id the next model will get.
	#[pallet::storage]
	pub type NextModelId<T> = StorageValue<_, ModelId, ValueQuery>;

	/// Models by id.
	#[pallet::storage]
	pub type Models<T: Config> = StorageMap<_, Blake2_128Concat, ModelId, ModelInfo<T>>;

	/// Models trained on each datanet (for paged listings).
	#[pallet::storage]
	pub type ModelsByDatanet<T> =
		StorageDoubleMap<_, Blake2_128Concat, DatanetId, Twox64Concat, ModelId, ()>;

	/// Direct derivatives of each model (for paged listings).
	#[pallet::storage]
	pub type Derivatives<T> =
		StorageDoubleMap<_, Blake2_128Concat, ModelId, Twox64Concat, ModelId, ()>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A model was registered and its deposit held.
		ModelRegistered {
			/// The model.
			model: ModelId,
			/// Its owner.
			owner: T::AccountId,
			/// Base, fine-tune or adapter.
			kind: ModelKind,
			/// Price of one call.
			price: BalanceOf<T>,
			/// The deposit held.
			deposit: BalanceOf<T>,
		},
		/// A model's price changed.
		PriceUpdated {
			/// The model.
			model: ModelId,
			/// Price of one call.
			price: BalanceOf<T>,
		},
		/// A model's metadata changed.
		MetadataUpdated {
			/// The model.
			model: ModelId,
		},
		/// A model has a new owner.
		OwnershipTransferred {
			/// The model.
			model: ModelId,
			/// The previous holder.
			from: T::AccountId,
			/// The new holder.
			to: T::AccountId,
		},
		/// A model takes no new inference requests or derivatives.
		ModelDeprecated {
			/// The model.
			model: ModelId,
		},
		/// A deprecated model's registration deposit returned to its depositor.
		DepositReleased {
			/// The model.
			model: ModelId,
			/// Who paid the deposit.
			depositor: T::AccountId,
			/// What returned.
			amount: BalanceOf<T>,
		},
		/// A model's terms for future derivatives changed.
		DerivativeTermsChanged {
			/// The model.
			model: ModelId,
			/// The new terms.
			terms: DerivativeTerms,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No model with this id.
		UnknownModel,
		/// Only the model's owner may do this.
		NotOwner,
		/// A model needs a name.
		EmptyName,
		/// The name is longer than `MaxNameLength`.
		NameTooLong,
		/// The URI is longer than `MaxUriLength`.
		UriTooLong,
		/// The price is below `MinPrice`.
		PriceBelowMinimum,
		/// The royalty rate is above `MaxRoyalty`.
		RoyaltyTooHigh,
		/// More training datanets than `MaxTrainingDatanets`.
		TooManyTrainingDatanets,
		/// Only a base model may have no training datanets.
		NoTrainingData,
		/// A training datanet does not exist.
		UnknownDatanet,
		/// A training datanet has no such published version.
		UnknownVersion,
		/// A training datanet's version is retired: older than the datanet's window of citable
		/// versions (`MaxVersions` back from its latest).
		VersionRetired,
		/// A datanet appears twice in the training list.
		DuplicateDatanet,
		/// The training shares do not sum to exactly 100%.
		SharesNotWhole,
		/// The parent model does not exist.
		UnknownParent,
		/// The parent model is deprecated.
		ParentDeprecated,
		/// The parent model allows no derivatives.
		DerivativesNotAllowed,
		/// The lineage would be deeper than `MaxLineageDepth`.
		LineageTooDeep,
		/// The royalty rates along the lineage would sum to more than 100%.
		RoyaltyStackTooHigh,
		/// The model is already deprecated.
		AlreadyDeprecated,
		/// The model is not deprecated.
		NotDeprecated,
		/// The model's deposit was already returned.
		DepositAlreadyReleased,
		/// Requests on the model are still open.
		RequestsStillOpen,
		/// The account already owns the model.
		AlreadyOwner,
		/// A challenge of a call on this model, or on a model derived from it, is open: its
		/// owner is a party of that case until the verdict, so the model cannot change hands.
		UnderChallenge,
		/// The account cannot pay the deposit.
		InsufficientBalance,
		/// An id or counter would overflow.
		Overflow,
	}

	/// One model to register at genesis: owner, name, artifact hash, kind, training sources,
	/// price, derivative terms.
	pub type GenesisModel<T> = (
		<T as frame_system::Config>::AccountId,
		Vec<u8>,
		H256,
		ModelKind,
		Vec<TrainingSource>,
		BalanceOf<T>,
		DerivativeTerms,
	);

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Models registered in order, ids from 0 (parents first).
		pub models: Vec<GenesisModel<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (owner, name, artifact, kind, training, price, terms) in &self.models {
				let registered = Pallet::<T>::do_register(
					owner.clone(),
					name.clone(),
					Vec::new(),
					*artifact,
					*kind,
					training.clone(),
					*price,
					*terms,
				);
				if let Err(e) = registered {
					panic!("genesis model {name:?}: {e:?}");
				}
			}
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Register a model owned by the caller, holding [`Config::ModelDeposit`].
		///
		/// `training` lists `(datanet, version, share)`: published versions, each datanet once,
		/// shares summing to exactly 100%; empty only for a base model. A fine-tune or adapter
		/// needs an active parent that allows derivatives; it owes the parent's current royalty
		/// rate, fixed now, and inherits the parent's lineage.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_model(
			training.len().try_into().unwrap_or(u32::MAX),
			T::MaxLineageDepth::get(),
		))]
		pub fn register_model(
			origin: OriginFor<T>,
			name: BoundedVec<u8, T::MaxNameLength>,
			uri: BoundedVec<u8, T::MaxUriLength>,
			artifact_hash: H256,
			kind: ModelKind,
			training: BoundedVec<(DatanetId, VersionNumber, Perbill), T::MaxTrainingDatanets>,
			price: BalanceOf<T>,
			terms: DerivativeTerms,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let training = training
				.into_iter()
				.map(|(datanet, version, share)| TrainingSource { datanet, version, share })
				.collect();
			let (name, uri) = (name.into_inner(), uri.into_inner());
			Self::do_register(who, name, uri, artifact_hash, kind, training, price, terms)
				.map(|_| ())
		}

		/// Set the price of one inference call (at least [`Config::MinPrice`]). Owner only;
		/// applies to requests made afterwards.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_price())]
		pub fn update_price(
			origin: OriginFor<T>,
			model: ModelId,
			price: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_price(&who, model, price)
		}

		/// Replace a model's name and model card URI. Owner only.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::update_metadata())]
		pub fn update_metadata(
			origin: OriginFor<T>,
			model: ModelId,
			name: BoundedVec<u8, T::MaxNameLength>,
			uri: BoundedVec<u8, T::MaxUriLength>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_metadata(&who, model, name.into_inner(), uri.into_inner())
		}

		/// Hand a model to another owner, who then receives its part of each fee. The deposit
		/// stays with whoever paid it. Refused while a challenge whose outcome pays the model's
		/// owner is open (`UnderChallenge`): the owner is a party of that case, and a transfer
		/// would seat a party on its jury.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::transfer_ownership()
			.saturating_add(T::DbWeight::get().reads(1)))]
		pub fn transfer_ownership(
			origin: OriginFor<T>,
			model: ModelId,
			new_owner: <T::Lookup as StaticLookup>::Source,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let new_owner = T::Lookup::lookup(new_owner)?;
			Self::do_transfer_ownership(&who, model, new_owner)
		}

		/// Deprecate a model: no new inference requests or derivatives; requests already made
		/// finish. Owner only; final.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::deprecate())]
		pub fn deprecate(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_deprecate(&who, model)
		}

		/// Change what the model offers to derivatives registered from now on; existing
		/// derivatives keep the terms they registered under. Owner only.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::set_derivative_terms())]
		pub fn set_derivative_terms(
			origin: OriginFor<T>,
			model: ModelId,
			terms: DerivativeTerms,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_derivative_terms(&who, model, terms)
		}

		/// Return a deprecated model's deposit to whoever paid it, once no request on the model
		/// is open (deprecating does so at once when none is). Anyone may call; the record
		/// stays for lineage.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::release_deposit())]
		pub fn release_deposit(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_release_deposit(model)
		}
	}
}
