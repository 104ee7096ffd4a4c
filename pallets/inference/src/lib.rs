//! # Inference pallet
//!
//! Paid inference calls with Proof-of-Attribution results.
//!
//! - **Providers** bond a stake (held, at least [`MinProviderStake`], set by governance) and
//!   serve a bounded list of models; a model's owner may serve their own. A provider may
//!   **bond extra** stake at any time (e.g. back above the minimum after a slash). Unbonding
//!   waits [`Config::UnbondingDelay`] blocks and is refused while a request assigned to the
//!   provider is open.
//! - A user **requests** a call on an active model through a provider serving it, with an input
//!   hash and the most they will pay; the model's current price is held in escrow, with a
//!   [`Config::RequestDeposit`] for the request's storage. The provider must answer within
//!   [`Config::ResponseDeadline`] blocks; after that the user may **cancel**, and anyone may
//!   **expire** the request (the provider has the reason to: it frees its stake), both for a
//!   full refund of fee and deposit to the user; `on_idle` expires overdue requests by itself,
//!   oldest first, from a queue in deadline order ([`ExpiryQueue`]). The split terms of the call
//!   ([`InferenceRewards::terms`]: the policy's rates with the model's data side) are fixed at
//!   request ([`RequestTerms`]) and handed to the split at settlement.
//! - A deprecated model's deposit returns once none of its requests is open: this pallet counts
//!   them per model ([`OpenRequestsOf`], read by `pallet-models` through
//!   [`openledger_primitives::ModelRequests`]).
//! - The provider **submits the result**: an output hash and the [`Attribution`]: accepted
//!   contributions and datanets the model (or one of its ancestors) was trained on, with scores
//!   summing to at most 100%, each named once, within the bounds [`Config::Rewards`] owns. It is
//!   stored against the request id.
//! - For [`Config::ChallengeWindow`] blocks anyone may **challenge** the result with a
//!   [`Config::ChallengeBond`], naming where the output can be fetched so that anyone can
//!   re-run its attribution. The challenge opens a case in [`Config::Court`] (a jury of staked
//!   jurors, appeals, a governance fallback), whose parties (provider, challenger, paying user,
//!   the owners the call pays, contributors scored at least [`Config::MinPartyScore`]) may not
//!   judge it. The result does not settle while the case is open. The court's verdict
//!   ([`openledger_primitives::ChallengeVerdicts`]) comes with the arbitration fees the
//!   winning side advanced to the court, which the losing side reimburses: upheld takes them
//!   out of the provider's stake first, then slashes [`Config::ChallengeSlash`] of what is left
//!   (the challenger gets [`Config::ChallengerReward`] of it, the treasury the rest), refunds
//!   the user, returns the bond and ends the request; rejected takes them out of the bond,
//!   gives the rest of the bond to the provider, and the result settles; undecided (nobody decided in time) returns the bond and the result settles, slashing
//!   nobody. Every hold of this pallet thus has a way back that no single party can block.
//! - After the window the result is **settled**, by anyone or in `on_idle` (oldest first,
//!   within the weight given): the escrowed fee leaves the user's hold as a credit and goes to
//!   [`Config::Rewards`], which splits it. This pallet never splits.
//!
//! [`Attribution`]: openledger_primitives::Attribution
//! [`InferenceRewards::terms`]: openledger_primitives::InferenceRewards::terms
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

mod attribution;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod challenge;
// Native builds (unit tests of every pallet, the runtime's tests, try-runtime) check these
// invariants; the on-chain wasm (no `std`) does not carry them.
#[cfg(any(feature = "std", feature = "try-runtime"))]
mod invariants;
pub mod migrations;
#[cfg(test)]
mod mock;
mod provider;
mod request;
mod settlement;
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
	clippy::indexing_slicing
)]
#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use alloc::vec::Vec;
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Balanced, BalancedHold, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use openledger_primitives::{
		ChallengeCourt, DatanetsInspect, InferenceId, InferenceRewards, ModelId, ModelsInspect,
	};
	use sp_core::H256;
	use sp_runtime::Perbill;

	/// The in-code storage version. 1: request terms, the expiry queue and open requests per
	/// model (new maps only; requests of version 0 keep working without them). 2: challenges
	/// are decided by [`Config::Court`] (each challenge of version 1 gets a case).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(5);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A provider's bonded stake.
		ProviderStake,
		/// A request's fee, until it is settled or refunded.
		Escrow,
		/// A request's storage deposit.
		RequestDeposit,
		/// A challenger's bond.
		ChallengeBond,
	}

	/// Default configurations of this pallet, for `#[derive_impl]`.
	pub mod config_preludes {
		use super::*;
		use frame_support::{
			derive_impl, parameter_types,
			traits::{ConstU128, ConstU32, ConstU64},
		};

		/// The configuration of this pallet in the OpenLedger pallets' test runtimes (`u64`
		/// accounts and block numbers, `u128` balances): short periods and small bounds. A mock
		/// sets `Currency`, `Models`, `Datanets`, `Rewards` and `Treasury` itself.
		pub struct TestDefaultConfig;

		parameter_types! {
			/// A tenth of the stake is slashed when a challenge is upheld.
			pub const TestChallengeSlash: Perbill = Perbill::from_percent(10);
			/// Half of a slash goes to the challenger.
			pub const TestChallengerReward: Perbill = Perbill::from_percent(50);
			/// A contributor scored 5% or more is a party.
			pub const TestMinPartyScore: Perbill = Perbill::from_percent(5);
		}

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
		impl frame_system::DefaultConfig for TestDefaultConfig {}

		#[frame_support::register_default_impl(TestDefaultConfig)]
		impl DefaultConfig for TestDefaultConfig {
			#[inject_runtime_type]
			type RuntimeHoldReason = ();
			type ParamsOrigin = frame_system::EnsureRoot<Self::AccountId>;
			type MaxModelsPerProvider = ConstU32<3>;
			type DefaultMinProviderStake = ConstU128<1_000>;
			type RequestDeposit = ConstU128<5>;
			type ResponseDeadline = ConstU64<5>;
			type ChallengeWindow = ConstU64<3>;
			type ChallengeBond = ConstU128<200>;
			type ChallengeSlash = TestChallengeSlash;
			type ChallengerReward = TestChallengerReward;
			type MinPartyScore = TestMinPartyScore;
			type UnbondingDelay = ConstU64<4>;
			type WeightInfo = ();
		}
	}

	#[pallet::config(with_default)]
	pub trait Config: frame_system::Config {
		/// The overarching hold reason.
		#[pallet::no_default_bounds]
		type RuntimeHoldReason: From<HoldReason>;

		/// The currency fees, stakes and bonds are in.
		#[pallet::no_default]
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ BalancedHold<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ Balanced<Self::AccountId>;

		/// Models: prices, status, training datanets, lineage.
		#[pallet::no_default]
		type Models: ModelsInspect<Self::AccountId, BalanceOf<Self>>;

		/// Datanets and contributions, to check attributions.
		#[pallet::no_default]
		type Datanets: DatanetsInspect<Self::AccountId>;

		/// Splits settled fees; owns the bounds of an attribution.
		#[pallet::no_default]
		type Rewards: InferenceRewards<Self::AccountId, Self::Currency>;

		/// Decides challenges: opens a case per challenge and answers with a verdict.
		#[pallet::no_default]
		type Court: ChallengeCourt<Self::AccountId>;

		/// Which providers have batches of paid calls open (`pallet-batches`): they may not
		/// unbond or leave, since their stake backs the batches.
		#[pallet::no_default]
		type Batches: openledger_primitives::ProviderBatches<Self::AccountId>;

		/// Sets the minimum provider stake (the `economic_params` track).
		#[pallet::no_default_bounds]
		type ParamsOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Receives the part of a slashed stake that does not go to the challenger.
		#[pallet::constant]
		#[pallet::no_default]
		type Treasury: Get<Self::AccountId>;

		/// Most models one provider serves.
		#[pallet::constant]
		type MaxModelsPerProvider: Get<u32>;

		/// Minimum provider stake until governance sets one.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type DefaultMinProviderStake: Get<BalanceOf<Self>>;

		/// Deposit held per open request for its storage.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type RequestDeposit: Get<BalanceOf<Self>>;

		/// Blocks a provider has to answer a request.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type ResponseDeadline: Get<BlockNumberFor<Self>>;

		/// Blocks after a result during which it may be challenged (0: none).
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type ChallengeWindow: Get<BlockNumberFor<Self>>;

		/// Bond held from a challenger.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type ChallengeBond: Get<BalanceOf<Self>>;

		/// Part of the provider's stake slashed when a challenge is upheld.
		#[pallet::constant]
		type ChallengeSlash: Get<Perbill>;

		/// Part of a slash paid to the challenger; the treasury gets the rest.
		#[pallet::constant]
		type ChallengerReward: Get<Perbill>;

		/// Least score (added up over its contributions) that makes an attributed contributor
		/// a party of a challenge, who may not judge it. Below it a contributor's interest in
		/// the outcome is that small score's part of the fee, and a provider cannot keep a
		/// juror out of its case by naming one of its contributions at a negligible score:
		/// each juror it excludes is paid at least this part of the data side if the call
		/// settles.
		#[pallet::constant]
		type MinPartyScore: Get<Perbill>;

		/// Blocks between starting to unbond and withdrawing the stake.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type UnbondingDelay: Get<BlockNumberFor<Self>>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// Makes datanets, contributions and models for the benchmarks.
		#[pallet::no_default]
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: openledger_primitives::DatanetsBenchmarkHelper
			+ openledger_primitives::ModelsBenchmarkHelper;
	}

	/// Lowest stake a provider must have bonded to register and take requests.
	#[pallet::storage]
	pub type MinProviderStake<T: Config> =
		StorageValue<_, BalanceOf<T>, ValueQuery, T::DefaultMinProviderStake>;

	/// Registered providers.
	#[pallet::storage]
	pub type Providers<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, ProviderInfo<T>>;

	/// The id the next request will get.
	#[pallet::storage]
	pub type NextInferenceId<T> = StorageValue<_, InferenceId, ValueQuery>;

	/// Open requests (requested, answered or challenged); removed when they end.
	#[pallet::storage]
	pub type Requests<T: Config> = StorageMap<_, Blake2_128Concat, InferenceId, Request<T>>;

	/// The attribution of each answered open request.
	#[pallet::storage]
	pub type Attributions<T: Config> =
		StorageMap<_, Blake2_128Concat, InferenceId, AttributionOf<T>>;

	/// Answered requests in the order they become due for settlement: position -> request.
	#[pallet::storage]
	pub type SettlementQueue<T> = StorageMap<_, Twox64Concat, u64, InferenceId>;

	/// `(first, next)` positions of [`SettlementQueue`].
	#[pallet::storage]
	pub type SettlementQueueBounds<T> = StorageValue<_, (u64, u64), ValueQuery>;

	/// The split terms of each open request, fixed when it was requested (the policy's rates
	/// with the model's data side then). Requests made before this map existed have none and
	/// settle under the terms of their settlement block.
	#[pallet::storage]
	pub type RequestTerms<T: Config> = StorageMap<_, Blake2_128Concat, InferenceId, TermsOf<T>>;

	/// Requests in the order their deadlines pass (deadlines grow with the id, as the response
	/// time is a constant): position -> request. `on_idle` expires the unanswered ones.
	#[pallet::storage]
	pub type ExpiryQueue<T> = StorageMap<_, Twox64Concat, u64, InferenceId>;

	/// `(first, next)` positions of [`ExpiryQueue`].
	#[pallet::storage]
	pub type ExpiryQueueBounds<T> = StorageValue<_, (u64, u64), ValueQuery>;

	/// Open requests per model (requested, answered or challenged), so the models pallet can
	/// release a deprecated model's deposit once none is left.
	#[pallet::storage]
	pub type OpenRequestsOf<T> = StorageMap<_, Twox64Concat, ModelId, u32, ValueQuery>;

	/// Open challenges whose outcome pays each model's owner: per model, the challenges of
	/// calls on it or on a model it is an ancestor of. While it is not zero the model cannot
	/// change hands (`pallet-models` reads it), so no juror becomes the owner, and so a party,
	/// of a case after its parties were fixed. Absent means zero.
	#[pallet::storage]
	pub type OpenCasesOf<T> = StorageMap<_, Twox64Concat, ModelId, u32, ValueQuery>;

	/// One provider to register at genesis: account, models, stake.
	pub type GenesisProvider<T> =
		(<T as frame_system::Config>::AccountId, Vec<ModelId>, BalanceOf<T>);

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Providers registered at genesis.
		pub providers: Vec<GenesisProvider<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (who, models, stake) in &self.providers {
				if let Err(e) = Pallet::<T>::do_register_provider(who, models, *stake) {
					panic!("genesis provider {who:?}: {e:?}");
				}
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A provider's stake was slashed for a batch of calls it could not back.
		StakeSlashed {
			/// The provider.
			provider: T::AccountId,
			/// What was slashed.
			amount: BalanceOf<T>,
			/// Who received it: the treasury, a challenger, a juror fee's payer.
			to: T::AccountId,
		},
		/// A provider registered and bonded its stake.
		ProviderRegistered {
			/// The provider.
			provider: T::AccountId,
			/// The stake bonded.
			stake: BalanceOf<T>,
			/// The models it serves.
			models: Vec<ModelId>,
		},
		/// A provider serves one more model.
		ServingStarted {
			/// The provider.
			provider: T::AccountId,
			/// The model.
			model: ModelId,
		},
		/// A provider stopped serving a model.
		ServingStopped {
			/// The provider.
			provider: T::AccountId,
			/// The model.
			model: ModelId,
		},
		/// A provider started unbonding; it takes no new requests.
		Unbonding {
			/// The provider.
			provider: T::AccountId,
			/// First block the stake may be withdrawn.
			withdrawable_at: BlockNumberFor<T>,
		},
		/// A provider withdrew its stake and left.
		ProviderLeft {
			/// The provider.
			provider: T::AccountId,
			/// The stake released.
			stake: BalanceOf<T>,
		},
		/// A provider bonded more stake.
		StakeBonded {
			/// The provider.
			provider: T::AccountId,
			/// What it added.
			amount: BalanceOf<T>,
			/// Its stake now.
			stake: BalanceOf<T>,
		},
		/// Governance set the minimum provider stake.
		MinProviderStakeSet {
			/// The new minimum.
			amount: BalanceOf<T>,
		},
		/// A user requested an inference call; its fee is in escrow.
		Requested {
			/// The inference call.
			inference: InferenceId,
			/// Who requested and paid.
			user: T::AccountId,
			/// The model.
			model: ModelId,
			/// The provider assigned.
			provider: T::AccountId,
			/// The fee held in escrow.
			fee: BalanceOf<T>,
			/// Hash of the input.
			input_hash: H256,
			/// Last block for the result.
			deadline: BlockNumberFor<T>,
		},
		/// The provider answered with an attribution.
		ResultSubmitted {
			/// The inference call.
			inference: InferenceId,
			/// Hash of the output.
			output_hash: H256,
			/// Number of contributions attributed.
			contributions: u32,
			/// Number of datanets named.
			datanets: u32,
		},
		/// An unanswered request past its deadline was expired (by anyone); the user got the fee
		/// and deposit back.
		RequestExpired {
			/// The inference call.
			inference: InferenceId,
			/// What the user got back.
			refund: BalanceOf<T>,
		},
		/// `on_idle` could not expire an overdue request (its holds no longer match its record);
		/// it left the expiry queue and can still be ended by `expire_request` or `cancel`.
		ExpiryFailed {
			/// The inference call.
			inference: InferenceId,
			/// Why the refund failed.
			error: DispatchError,
		},
		/// The user cancelled an unanswered request after its deadline and got the fee back.
		Cancelled {
			/// The inference call.
			inference: InferenceId,
			/// What the user got back.
			refund: BalanceOf<T>,
		},
		/// A result was challenged.
		Challenged {
			/// The inference call.
			inference: InferenceId,
			/// Who challenged.
			challenger: T::AccountId,
			/// The challenger's bond.
			bond: BalanceOf<T>,
		},
		/// The court upheld a challenge: provider slashed, user refunded, request ended.
		ChallengeUpheld {
			/// The inference call.
			inference: InferenceId,
			/// Slashed from the provider's stake.
			slashed: BalanceOf<T>,
			/// What the challenger received of it.
			to_challenger: BalanceOf<T>,
			/// What the user got back.
			refund: BalanceOf<T>,
		},
		/// The court closed a challenge undecided: nobody showed the result wrong, so it settles
		/// as answered; the bond was returned, the provider not slashed.
		ChallengeUndecided {
			/// The inference call.
			inference: InferenceId,
			/// The challenger's bond, returned.
			bond: BalanceOf<T>,
		},
		/// The court rejected a challenge: the bond went to the provider; the result settles.
		ChallengeRejected {
			/// The inference call.
			inference: InferenceId,
			/// The bond, now the provider's.
			bond: BalanceOf<T>,
		},
		/// The losing side of a challenge reimbursed an arbitration fee the winning side
		/// advanced (out of the provider's stake, or of the challenger's bond).
		JuryFeeReimbursed {
			/// The inference call.
			inference: InferenceId,
			/// Who lost: the provider or the challenger.
			by: T::AccountId,
			/// Who had advanced the fee.
			to: T::AccountId,
			/// The amount reimbursed.
			amount: BalanceOf<T>,
		},
		/// A result was settled: its fee went to the rewards split.
		Settled {
			/// The inference call.
			inference: InferenceId,
			/// The fee split.
			fee: BalanceOf<T>,
		},
		/// Settlement in `on_idle` failed; the user was refunded and the request ended.
		SettlementFailed {
			/// The inference call.
			inference: InferenceId,
			/// Why the split failed.
			error: DispatchError,
			/// What the user got back (zero if the refund failed too).
			refund: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The account is a provider already.
		AlreadyProvider,
		/// No such provider.
		UnknownProvider,
		/// A provider must serve at least one model.
		NoModels,
		/// The provider serves the most models it may.
		TooManyModels,
		/// The provider serves this model already (or it is listed twice).
		AlreadyServing,
		/// The provider does not serve this model.
		NotServingModel,
		/// The stake is below the minimum.
		StakeBelowMinimum,
		/// Not enough free balance for the stake, fee, deposit or bond.
		InsufficientBalance,
		/// The provider is unbonding and takes no new requests.
		ProviderUnbonding,
		/// Requests assigned to the provider are still open.
		OpenRequests,
		/// The provider is not unbonding.
		NotUnbonding,
		/// The unbonding delay has not passed.
		UnbondingNotDue,
		/// No such model.
		UnknownModel,
		/// The model is deprecated.
		ModelNotActive,
		/// The model's price is above the stated maximum fee.
		PriceAboveMaxFee,
		/// No request with this id was ever made.
		UnknownRequest,
		/// The request has ended (settled, cancelled or resolved).
		RequestClosed,
		/// Only the provider assigned to the request may answer it.
		NotAssignedProvider,
		/// The request has a result already.
		AlreadyAnswered,
		/// The deadline for a result has passed.
		DeadlinePassed,
		/// The scores sum to more than 100%.
		ScoresOverHundredPercent,
		/// A contribution is named twice.
		DuplicateContribution,
		/// A datanet is named twice.
		DuplicateDatanet,
		/// No such contribution.
		UnknownContribution,
		/// The contribution is not accepted.
		ContributionNotAccepted,
		/// The contribution's datanet is not one the model or its ancestors were trained on.
		ContributionNotAttributable,
		/// The datanet is not one the model or its ancestors were trained on.
		DatanetNotAttributable,
		/// Only the user who requested may cancel.
		NotRequester,
		/// The deadline has not passed yet.
		DeadlineNotReached,
		/// The request has no result (yet).
		NotAnswered,
		/// The challenge window is closed (or there is none).
		ChallengeWindowClosed,
		/// The challenge window is still open.
		ChallengeWindowOpen,
		/// The request is under challenge.
		UnderChallenge,
		/// The request is not under challenge.
		NotChallenged,
		/// The escrow is no longer fully held.
		EscrowMissing,
		/// A counter would overflow.
		Overflow,
		/// A counter or amount would go below zero: the pallet's records disagree.
		Underflow,
		/// The amount must not be zero.
		ZeroAmount,
		/// The parties of a challenge (provider, challenger, model owner, attributed
		/// contributors) exceed what the court takes.
		TooManyParties,
		/// The contribution was accepted after the version of its datanet that the model (or an
		/// ancestor) was trained on: it did not train the model.
		ContributionNotInCitedVersion,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_idle(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
			let settled = Self::settle_due(now, remaining);
			let expired = Self::expire_due(now, remaining.saturating_sub(settled));
			settled.saturating_add(expired)
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Become a provider of `models` (each active, each once), bonding `stake` (held, at
		/// least [`MinProviderStake`]).
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_provider(models.len().try_into().unwrap_or(u32::MAX)))]
		pub fn register_provider(
			origin: OriginFor<T>,
			models: BoundedVec<ModelId, T::MaxModelsPerProvider>,
			stake: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_provider(&who, &models, stake)
		}

		/// Serve one more active model.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::add_model())]
		pub fn add_model(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_model(&who, model)
		}

		/// Stop serving a model (open requests on it still finish).
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::remove_model())]
		pub fn remove_model(origin: OriginFor<T>, model: ModelId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_remove_model(&who, model)
		}

		/// Start unbonding: no new requests; the stake may be withdrawn after
		/// [`Config::UnbondingDelay`]. Refused while a request assigned to the caller is open.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::unbond())]
		pub fn unbond(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_unbond(&who)
		}

		/// Withdraw the stake after the unbonding delay and stop being a provider.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::withdraw_unbonded())]
		pub fn withdraw_unbonded(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw_unbonded(&who)
		}

		/// Request an inference call on `model` through `provider`, paying the model's current
		/// price (refused above `max_fee`) into escrow, plus [`Config::RequestDeposit`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::request_inference())]
		pub fn request_inference(
			origin: OriginFor<T>,
			model: ModelId,
			provider: T::AccountId,
			input_hash: H256,
			max_fee: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_request(&who, model, provider, input_hash, max_fee)
		}

		/// As the assigned provider, answer `inference` by its deadline with the output hash and
		/// the attribution.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::submit_result(
			attribution.contributions.len().try_into().unwrap_or(u32::MAX),
			attribution.datanets.len().try_into().unwrap_or(u32::MAX),
		))]
		pub fn submit_result(
			origin: OriginFor<T>,
			inference: InferenceId,
			output_hash: H256,
			attribution: AttributionOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_submit_result(&who, inference, output_hash, attribution)
		}

		/// As the user, get the fee back for a request not answered by its deadline.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::cancel())]
		pub fn cancel(origin: OriginFor<T>, inference: InferenceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_cancel(&who, inference)
		}

		/// Challenge a result within its window, holding [`Config::ChallengeBond`]: the court
		/// opens a case. `output_uri` says where the output (whose hash is on chain) can be
		/// fetched, so that jurors can re-run the attribution.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::challenge()
			.saturating_add(<T::Court as ChallengeCourt<T::AccountId>>::open_case_weight())
			.saturating_add(Pallet::<T>::case_count_weight()))]
		pub fn challenge(
			origin: OriginFor<T>,
			inference: InferenceId,
			output_uri: BoundedVec<u8, MaxUriLengthOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_challenge(&who, inference, output_uri)
		}

		/// Settle a result whose challenge window has passed: its fee goes to the rewards
		/// split. Anyone may call. Charged for the split's real size (lineage, attribution,
		/// pools); the rest of the largest split's weight is refunded.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::settle().saturating_add(T::Rewards::settle_weight()))]
		pub fn settle(origin: OriginFor<T>, inference: InferenceId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let split = Self::do_settle(inference)?;
			Ok(Some(T::WeightInfo::settle().saturating_add(split)).into())
		}

		/// Set the minimum provider stake (for new registrations and new requests);
		/// [`Config::ParamsOrigin`].
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::set_min_provider_stake())]
		pub fn set_min_provider_stake(
			origin: OriginFor<T>,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			T::ParamsOrigin::ensure_origin(origin)?;
			MinProviderStake::<T>::put(amount);
			Self::deposit_event(Event::MinProviderStakeSet { amount });
			Ok(())
		}

		/// As anyone, end a request its provider did not answer by the deadline: the user gets
		/// the fee and deposit back, and the provider's stake is no longer held by it.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::expire_request())]
		pub fn expire_request(origin: OriginFor<T>, inference: InferenceId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_expire_request(inference)
		}

		/// As a provider (not unbonding), hold `amount` more as stake, e.g. to get back above
		/// the minimum after a slash or a raised minimum without unbonding.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::bond_extra())]
		pub fn bond_extra(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_bond_extra(&who, amount)
		}
	}
}
