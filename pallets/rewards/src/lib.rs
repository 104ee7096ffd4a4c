//! # Rewards pallet
//!
//! The split engine: takes the fee of a settled inference call (from `pallet-inference`, through
//! [`openledger_primitives::InferenceRewards`]) and pays everyone who made the answer possible,
//! exactly, at a cost that does not grow with the number of contributors.
//!
//! ## Settlement of one fee `F`
//!
//! The [`SplitPolicy`] (set by [`Config::PolicyOrigin`]) gives treasury / provider / model side
//! / data side rates summing to exactly 100%; a model's owner may move the data side of their
//! model within [`Config::MinDataSide`]..=[`Config::MaxDataSide`] (the model side takes the
//! difference). The rates of a call are those in force when it was requested (see below). Every
//! part is the party's exact share of `F` (the product of the rates that lead to it), rounded
//! down once, in integers (`U512`, so no product overflows), never a rate of a part already
//! rounded: no party is ever more than one planck short of the exact rational split (the
//! runtime fuzzer's economic oracle checks this):
//!
//! 1. the **provider** gets its rate of `F`;
//! 2. the **model side** `M` goes down the lineage: the parent receives its royalty rate of `M`,
//!    the grandparent its rate of what reached the parent, and so on; each keeps what it does
//!    not pass up, and the model's **owner** keeps `M` minus what reached the parent;
//! 3. the **data side** `D`: each attributed contribution still accepted credits its contributor
//!    `score × D`; each named datanet's pool receives `score × D` (scores of contributions and
//!    datanets are absolute parts of `D`, summing to at most 100%); what no score claims goes
//!    to the model's **training datanets** pro rata to their training shares, never where the
//!    provider points (a datanet with no accepted contributions cannot hold rewards; its part
//!    stays with the treasury);
//! 4. the **treasury** gets its rate plus every remainder, so the parts sum to exactly `F`.
//!
//! The same function ([`Pallet::compute_split`]) computes settlements and dry runs.
//!
//! ## Pools: the contributors of the cited version, O(1) in their number
//!
//! A datanet's pool pays the contributions of the **version the model cites** (the latest one
//! its lineage cites, [`openledger_primitives::ModelsInspect::attributable_versions`]), pro rata
//! to their weights: a contribution accepted after that version receives nothing from the
//! model's settlements, and one removed or withdrawn since keeps what it had earned.
//!
//! Shares change in **epochs**: a change (a contribution accepted, regraded, removed or
//! withdrawn) counts from the datanet's next version on, its epoch, and in no version published
//! before it, so each version pays by the weights it committed to: a regrade, removal or
//! withdrawal after version `v` changes nothing for a model citing `v` (a curator cannot raise a
//! contribution for one settlement and lower it back). Epoch 0 counts in every version. The pool
//! keeps, per epoch, the net (signed) change of share and a reward per unit of share (`U256`,
//! scaled by 1e18), all in one [`Pools`] record: epoch 0 and the others. Version `v` holds epoch 0
//! and the changes of epochs `1..=v`: its share `S_v` is the datanet's total share less the
//! changes of the epochs after `v`. Paying `A` for version `v` adds `⌊A·1e18/S_v⌋` to the
//! reward per share of epoch 0 and of every epoch up to `v`. A contributor holds a change per
//! epoch ([`MemberEpochs`]; epoch 0: their share now less those changes) and a debt per epoch;
//! they are owed `pending + ⌊(Σ_gains (|c_e|·rps_e − debt_e) − Σ_losses (|c_e|·rps_e −
//! debt_e))/1e18⌋`, which is exactly `Σ` over payments of their share in the paid version times
//! its increment, never negative (their share in every version is). `pallet-datanets` calls
//! this pallet's [`openledger_primitives::OnShareChange`] before any share changes, naming the
//! next version as the epoch; the hook moves what was earned into `pending`, adds the change to
//! that epoch, and resets the debts. Settling into a pool and claiming from it read a constant
//! number of storage items whatever the number of contributors, and walk at most one entry per
//! citable version (the datanets pallet's `MaxVersions` + 1, 65 in the runtime).
//!
//! ## Datanets that live forever: retired versions, folded epochs
//!
//! A datanet publishes versions without end; only the latest `MaxVersions + 1` are citable
//! ([`openledger_primitives::citable_from`]). When version `L` is published, the pool **folds**
//! every epoch up to `citable_from(L)` into epoch 0 (`Pallet::fold_epochs`, one epoch per
//! version as a rule): every citable version holds them all, so its share does not move, and
//! from then on a payment raises epoch 0's reward per share where it raised theirs. Each folded
//! epoch keeps its reward per share and epoch 0's at the fold ([`FoldedEpochs`]): a member's
//! change there has earned `|c|·(rps_e + rps_0 − rps_0_at_fold)`, which settles it exactly the
//! next time the member claims or changes share, when the change joins their epoch-0 share.
//! A call whose model cites a retired version pays that datanet's pool part to the treasury:
//! paying it by a later version would let a curator choose, by publishing, which weights an
//! old model pays by; a retired version's own weights can no longer be told apart.
//!
//! ## Claims and solvency
//!
//! Everything credited (as owner, ancestor, provider or attributed contributor) and everything
//! paid into pools sits in the pallet's account ([`Config::PalletId`]) until claimed with
//! [`Pallet::claim`], [`Pallet::claim_pool`] or [`Pallet::claim_all`]. The account keeps the
//! existential deposit plus at least everything claimable; the difference is pool rounding dust,
//! bounded per pool (checked by `try_state`).
//!
//! ## One record per account and per pool
//!
//! A split credits several accounts and pays several pools, and storage is what it costs:
//! an account's credits and its lifetime earnings are one [`Accounts`] record, and a pool's
//! epoch 0, totals and later epochs one [`Pools`] record, so each party paid costs one read
//! and one write.
//!
//! ## Receipts
//!
//! Each settlement stores a [`Receipt`] (who got what, and the attribution it paid on), kept for
//! [`Config::ReceiptRetention`] blocks and pruned oldest first in `on_idle`, within the weight it
//! is given. The receipt holds [`Config::ReceiptDeposit`] from the user who paid the call until
//! it is pruned (as much as they can hold: a settlement is never refused for it). Lifetime
//! counters per account, model and datanet are kept forever.
//!
//! ## Terms fixed at request
//!
//! The rates a call is split by ([`Pallet::terms_for`]: the policy with the model's own data
//! side) are taken when the call is requested; `pallet-inference` stores them with the request
//! and hands them back at settlement, so neither governance nor the model's owner can move the
//! data side of a call already paid for.
//!
//! ## Queries
//!
//! The attribution runtime API delegates to this pallet's `api_*` functions
//! ([`Pallet::api_account_rewards_page`], [`Pallet::api_receipt`],
//! [`Pallet::api_model_earnings`], [`Pallet::api_pool`], [`Pallet::api_dry_run`]), which answer
//! in this pallet's own types. An account's pools come from an index ([`MemberPools`]), a page
//! at a time, so a query's cost does not grow with the account's contributions.
//!
//! ## Bounds
//!
//! This pallet owns the bounds of an attribution ([`Config::MaxAttributedContributions`],
//! [`Config::MaxAttributedDatanets`]); `pallet-inference` takes them from here through
//! [`openledger_primitives::InferenceRewards`].
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod claim;
// Native builds (unit tests of every pallet, the runtime's tests, try-runtime) check these
// invariants; the on-chain wasm (no `std`) does not carry them.
#[cfg(any(feature = "std", feature = "try-runtime"))]
mod invariants;
pub mod migrations;
#[cfg(test)]
mod mock;
mod policy;
pub mod pool;
mod queries;
mod receipts;
mod split;
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
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Balanced, Mutate, MutateHold},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use openledger_primitives::{
		BatchId, DatanetId, DatanetsInspect, InferenceId, ModelId, ModelsInspect, VersionNumber,
	};
	use sp_runtime::Perbill;

	/// The in-code storage version. 1: receipt deposits (a new map; receipts of version 0 are
	/// pruned without one). 2: the pools of each account. 3: signed changes per epoch of pools
	/// and [`MemberEpochs`]. 4: one record per account ([`Accounts`]). 5: a pool's epochs in its
	/// [`Pools`] record (see [`crate::migrations`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(5);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A stored receipt's deposit, until the receipt is pruned.
		ReceiptDeposit,
	}

	/// Default configurations of this pallet, for `#[derive_impl]`.
	pub mod config_preludes {
		use super::*;
		use frame_support::{
			derive_impl, parameter_types,
			traits::{ConstU128, ConstU32, ConstU64},
		};

		/// The configuration of this pallet in the OpenLedger pallets' test runtimes (`u64`
		/// accounts and block numbers, `u128` balances): small bounds so tests reach them. A
		/// mock sets `Currency`, `Models`, `Datanets` and `Treasury` itself.
		pub struct TestDefaultConfig;

		parameter_types! {
			/// The rewards account of the test runtimes.
			pub const TestRewardsPalletId: PalletId = PalletId(*b"ol/rwrds");
			/// A model's owner may move its data side between 10% and 80%.
			pub const TestMinDataSide: Perbill = Perbill::from_percent(10);
			/// See [`TestMinDataSide`].
			pub const TestMaxDataSide: Perbill = Perbill::from_percent(80);
		}

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
		impl frame_system::DefaultConfig for TestDefaultConfig {}

		#[frame_support::register_default_impl(TestDefaultConfig)]
		impl DefaultConfig for TestDefaultConfig {
			#[inject_runtime_type]
			type RuntimeHoldReason = ();
			type ReceiptDeposit = ConstU128<3>;
			type PolicyOrigin = frame_system::EnsureRoot<Self::AccountId>;
			type PalletId = TestRewardsPalletId;
			type MinDataSide = TestMinDataSide;
			type MaxDataSide = TestMaxDataSide;
			type MaxAttributedContributions = ConstU32<4>;
			type MaxAttributedDatanets = ConstU32<3>;
			type MaxClaimPools = ConstU32<4>;
			type ReceiptRetention = ConstU64<10>;
			type WeightInfo = ();
		}
	}

	#[pallet::config(with_default)]
	pub trait Config: frame_system::Config {
		/// The overarching hold reason.
		#[pallet::no_default_bounds]
		type RuntimeHoldReason: From<HoldReason>;

		/// The currency fees are paid in.
		#[pallet::no_default]
		type Currency: Mutate<Self::AccountId>
			+ Balanced<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>;

		/// Models, their owners and lineage.
		#[pallet::no_default]
		type Models: ModelsInspect<Self::AccountId, BalanceOf<Self>>;

		/// Datanets, contributions and contributor shares.
		#[pallet::no_default]
		type Datanets: DatanetsInspect<Self::AccountId>;

		/// Who sets the split policy.
		#[pallet::no_default_bounds]
		type PolicyOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The pallet's account, where rewards wait to be claimed.
		#[pallet::constant]
		type PalletId: Get<PalletId>;

		/// Receives the treasury part and every rounding remainder; must exist (the genesis
		/// build endows it with the existential deposit if it does not).
		#[pallet::constant]
		#[pallet::no_default]
		type Treasury: Get<Self::AccountId>;

		/// Lowest data side a policy or a model's owner may set.
		#[pallet::constant]
		type MinDataSide: Get<Perbill>;

		/// Highest data side a policy or a model's owner may set.
		#[pallet::constant]
		type MaxDataSide: Get<Perbill>;

		/// Most contributions one attribution may name.
		#[pallet::constant]
		type MaxAttributedContributions: Get<u32>;

		/// Most datanets one attribution may name.
		#[pallet::constant]
		type MaxAttributedDatanets: Get<u32>;

		/// Most pools one [`Pallet::claim_all`] claims from.
		#[pallet::constant]
		type MaxClaimPools: Get<u32>;

		/// Deposit held from the payer of a settled call while its receipt is kept. The request
		/// deposit of the inference pallet should be at least as large: it is released just
		/// before, so the receipt deposit is always available.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type ReceiptDeposit: Get<BalanceOf<Self>>;

		/// How many blocks a receipt is kept after settlement.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type ReceiptRetention: Get<BlockNumberFor<Self>>;

		/// Weights of this pallet's calls and hooks.
		type WeightInfo: WeightInfo;

		/// Makes datanets, contributors and models for the benchmarks.
		#[pallet::no_default]
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: openledger_primitives::DatanetsBenchmarkHelper
			+ openledger_primitives::ModelsBenchmarkHelper;
	}

	/// The split policy every settlement uses.
	#[pallet::storage]
	pub type Policy<T> = StorageValue<_, SplitPolicy, ValueQuery, DefaultPolicy>;

	/// The policy until genesis or governance sets one: 5% treasury, 20% provider, 35% model
	/// side, 40% data side.
	#[pallet::type_value]
	pub fn DefaultPolicy() -> SplitPolicy {
		SplitPolicy {
			treasury: Perbill::from_percent(5),
			provider: Perbill::from_percent(20),
			model: Perbill::from_percent(35),
			data: Perbill::from_percent(40),
		}
	}

	/// Data side a model's owner chose for their model, instead of the policy's.
	#[pallet::storage]
	pub type ModelDataSide<T> = StorageMap<_, Blake2_128Concat, ModelId, Perbill>;

	/// Each account's claimable credits (as owner, ancestor, provider or attributed
	/// contributor) and lifetime earnings by role.
	#[pallet::storage]
	pub type Accounts<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, AccountLedger<BalanceOf<T>>, ValueQuery>;

	/// Each datanet's reward pool: epoch 0 with its totals, and its later epochs.
	#[pallet::storage]
	pub type Pools<T: Config> =
		StorageMap<_, Blake2_128Concat, DatanetId, PoolRecord<T>, ValueQuery>;

	/// Each contributor's net changes of share in the epochs (from 1) of a datanet's pool,
	/// sorted, each non-zero; their epoch-0 share is their share now less these changes.
	#[pallet::storage]
	pub type MemberEpochs<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		DatanetId,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<MemberEpoch, MaxEpochsOf<T>>,
		ValueQuery,
	>;

	/// The pools each account has a position in (a [`PoolMembers`] record: a share, rewards
	/// not claimed yet, or claims made), for paged account queries.
	#[pallet::storage]
	pub type MemberPools<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, DatanetId, ()>;

	/// Where indexing the [`PoolMembers`] records of storage version 0 into [`MemberPools`]
	/// stands: the raw key of the last record indexed (empty: not started). Removed when done;
	/// `on_idle` advances it within its weight.
	#[pallet::storage]
	pub type MemberIndexCursor<T> = StorageValue<_, BoundedVec<u8, ConstU32<256>>>;

	/// The epochs of each datanet's pool folded into epoch 0 (see
	/// `Pallet::fold_epochs`), kept for the members that still hold a change there until
	/// they are next settled; one per retired epoch at most, as the datanet's log keeps one
	/// entry per change.
	#[pallet::storage]
	pub type FoldedEpochs<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, DatanetId, Twox64Concat, VersionNumber, FoldedEpoch>;

	/// Each contributor's position in a datanet's pool.
	#[pallet::storage]
	pub type PoolMembers<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		DatanetId,
		Blake2_128Concat,
		T::AccountId,
		PoolMember<BalanceOf<T>>,
		ValueQuery,
	>;

	/// Lifetime earnings per model.
	#[pallet::storage]
	pub type ModelTotals<T: Config> =
		StorageMap<_, Blake2_128Concat, ModelId, ModelEarnings<BalanceOf<T>>, ValueQuery>;

	/// Lifetime data-side payments of each model's calls by datanet (pools and direct).
	#[pallet::storage]
	pub type ModelDatanetTotals<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		ModelId,
		Blake2_128Concat,
		DatanetId,
		BalanceOf<T>,
		ValueQuery,
	>;

	/// Receipts of settled inference calls, kept [`Config::ReceiptRetention`] blocks.
	#[pallet::storage]
	pub type Receipts<T: Config> = StorageMap<_, Blake2_128Concat, InferenceId, Receipt<T>>;

	/// Receipts in settlement order, for pruning: position -> inference.
	#[pallet::storage]
	pub type ReceiptQueue<T> = StorageMap<_, Twox64Concat, u64, InferenceId>;

	/// Who holds the deposit of each stored receipt, and how much. Receipts stored before
	/// deposits existed have none.
	#[pallet::storage]
	pub type ReceiptDeposits<T: Config> =
		StorageMap<_, Twox64Concat, InferenceId, (T::AccountId, BalanceOf<T>)>;

	/// `(first, next)` positions of [`ReceiptQueue`]: the entries still queued.
	#[pallet::storage]
	pub type ReceiptQueueBounds<T> = StorageValue<_, (u64, u64), ValueQuery>;

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The split policy; the built-in default when `None`.
		pub policy: Option<SplitPolicy>,
		/// Ties the config to the runtime.
		#[serde(skip)]
		pub _config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(policy) = self.policy {
				if let Err(e) = Pallet::<T>::ensure_policy(&policy) {
					panic!("genesis split policy {policy:?}: {e:?}");
				}
				Policy::<T>::put(policy);
			}
			Pallet::<T>::ensure_accounts_exist();
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// Governance set a new split policy.
		PolicySet {
			/// The new policy.
			policy: SplitPolicy,
		},
		/// A model's owner chose a data side for it (`None`: back to the policy's).
		ModelDataSideSet {
			/// The model.
			model: ModelId,
			/// The model's data side (`None`: the policy's).
			data_side: Option<Perbill>,
		},
		/// An inference call's fee was split; its receipt holds who got what.
		Settled {
			/// The inference call.
			inference: InferenceId,
			/// The model.
			model: ModelId,
			/// The fee split.
			fee: BalanceOf<T>,
			/// To the treasury, remainders included.
			to_treasury: BalanceOf<T>,
			/// To the provider.
			to_provider: BalanceOf<T>,
			/// To the model side (owner and ancestors).
			to_model_side: BalanceOf<T>,
			/// To the data side (contributors and pools).
			to_data_side: BalanceOf<T>,
		},
		/// The fees of a batch of calls were split as one.
		BatchSettled {
			/// The batch.
			batch: BatchId,
			/// The model.
			model: ModelId,
			/// How many calls it holds.
			calls: u64,
			/// The fees split.
			fees: BalanceOf<T>,
			/// To the treasury, remainders included.
			to_treasury: BalanceOf<T>,
			/// To the provider.
			to_provider: BalanceOf<T>,
			/// To the model side (owner and ancestors).
			to_model_side: BalanceOf<T>,
			/// To the data side (contributors, pools and the tail).
			to_data_side: BalanceOf<T>,
			/// To the tail's holder, claimed from it by contributors with proofs.
			to_tail: BalanceOf<T>,
		},
		/// An account claimed its credits.
		CreditsClaimed {
			/// Who claimed.
			who: T::AccountId,
			/// What was paid out.
			amount: BalanceOf<T>,
		},
		/// A datanet's latest version retired the versions before `up_to`: its pool folded the
		/// epochs only they told apart into epoch 0.
		EpochsFolded {
			/// The datanet.
			datanet: DatanetId,
			/// The oldest version still citable.
			up_to: VersionNumber,
			/// How many epochs folded.
			epochs: u32,
		},
		/// A contributor claimed from a datanet's pool.
		PoolClaimed {
			/// The datanet.
			datanet: DatanetId,
			/// The contributor who claimed.
			who: T::AccountId,
			/// What was paid out.
			amount: BalanceOf<T>,
		},
		/// A receipt passed its retention period and was removed.
		ReceiptPruned {
			/// The inference call.
			inference: InferenceId,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The holder of a batch's tail could not receive it.
		TailHolderCannotReceive,
		/// The policy's four parts do not sum to exactly 100%.
		PolicyNotComplete,
		/// The data side is outside `MinDataSide..=MaxDataSide`.
		DataSideOutOfBounds,
		/// The data side is above what the policy's model and data sides have together.
		DataSideAboveModelSide,
		/// No such model.
		UnknownModel,
		/// Only the model's owner may do this.
		NotModelOwner,
		/// This inference call was settled already.
		AlreadySettled,
		/// The attribution's scores sum to more than 100%.
		ScoresOverHundredPercent,
		/// Nothing to claim.
		NothingToClaim,
		/// An amount or counter would overflow.
		Overflow,
		/// A counter or amount would go below zero: the pallet's records disagree.
		Underflow,
		/// The pool's reward per share would leave its safe range; the fee cannot be pooled.
		PoolOverflow,
		/// The treasury account cannot receive its part (it does not exist).
		TreasuryCannotReceive,
		/// The pallet account cannot receive the rewards (it does not exist).
		PalletAccountCannotReceive,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn on_idle(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
			let pruned = Self::prune_receipts(now, remaining);
			pruned.saturating_add(Self::index_members(remaining.saturating_sub(pruned)))
		}

		fn integrity_test() {
			assert!(T::MinDataSide::get() <= T::MaxDataSide::get(), "data side bounds reversed");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Set the split policy: four parts summing to exactly 100%, the data side within
		/// `MinDataSide..=MaxDataSide`. Applies to every later settlement.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::set_policy())]
		pub fn set_policy(origin: OriginFor<T>, policy: SplitPolicy) -> DispatchResult {
			T::PolicyOrigin::ensure_origin(origin)?;
			Self::do_set_policy(policy)
		}

		/// As the owner of `model`, choose its data side within `MinDataSide..=MaxDataSide`
		/// (and at most the policy's model and data sides together); `None` returns to the
		/// policy's. The model side takes the difference.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::set_model_data_side())]
		pub fn set_model_data_side(
			origin: OriginFor<T>,
			model: ModelId,
			data_side: Option<Perbill>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_model_data_side(&who, model, data_side)
		}

		/// Claim everything credited to the caller as owner, ancestor, provider or attributed
		/// contributor.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::claim())]
		pub fn claim(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let amount = Self::take_credits(&who);
			ensure!(!amount.is_zero(), Error::<T>::NothingToClaim);
			Self::pay(&who, amount)
		}

		/// Claim the caller's rewards from `datanet`'s pool.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::claim_pool())]
		pub fn claim_pool(origin: OriginFor<T>, datanet: DatanetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let amount = Self::take_pool_rewards(&who, datanet)?;
			ensure!(!amount.is_zero(), Error::<T>::NothingToClaim);
			Self::pay(&who, amount)
		}

		/// Claim the caller's credits and their rewards from each of `datanets`' pools, in one
		/// transfer.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::claim_all(datanets.len().try_into().unwrap_or(u32::MAX)))]
		pub fn claim_all(
			origin: OriginFor<T>,
			datanets: BoundedVec<DatanetId, T::MaxClaimPools>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_claim_all(&who, &datanets)
		}
	}
}
