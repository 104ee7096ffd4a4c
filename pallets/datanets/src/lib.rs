// The crate documentation (the algorithm, its arithmetic) is in README.md, so that it reads
// on its own and this file holds the FRAME declarations.
#![doc = include_str!("../README.md")]
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
mod contribution;
mod datanet;
mod inspect;
mod queries;
// Native builds (unit tests of every pallet, the runtime's tests, try-runtime) check these
// invariants; the on-chain wasm (no `std`) does not carry them.
#[cfg(any(feature = "std", feature = "try-runtime"))]
mod invariants;
pub mod migrations;
#[cfg(test)]
mod mock;
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
		traits::fungible::{Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use openledger_primitives::{
		ContributionId, ContributionWeight, DatanetId, OnShareChange, VersionNumber,
	};
	use sp_core::H256;
	use sp_runtime::traits::StaticLookup;

	/// The in-code storage version. 1: pending counts per contributor; 2: the accepted-set log
	/// is stored (new maps; see [`crate::migrations`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit of a datanet, held from its creator.
		DatanetDeposit,
		/// The deposit of a contribution, held from its contributor (the stake of an accepted
		/// one).
		ContributionDeposit,
	}

	/// Default configurations of this pallet, for `#[derive_impl]`.
	pub mod config_preludes {
		use super::*;
		use frame_support::{
			derive_impl,
			traits::{ConstU128, ConstU32, ConstU64},
		};

		/// The configuration of this pallet in the OpenLedger pallets' test runtimes (`u64`
		/// accounts, `u128` balances): small bounds so tests reach them, no share-change
		/// listener. A mock sets `Currency` and `Treasury` itself.
		pub struct TestDefaultConfig;

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
		impl frame_system::DefaultConfig for TestDefaultConfig {}

		#[frame_support::register_default_impl(TestDefaultConfig)]
		impl DefaultConfig for TestDefaultConfig {
			#[inject_runtime_type]
			type RuntimeHoldReason = ();
			type ModerationOrigin = frame_system::EnsureRoot<Self::AccountId>;
			type OnShareChange = ();
			type DatanetDeposit = ConstU128<100>;
			type MinContributionDeposit = ConstU128<10>;
			type MaxContributionDeposit = ConstU128<1_000>;
			type MaxNameLength = ConstU32<16>;
			type MaxDescriptionLength = ConstU32<16>;
			type MaxUriLength = ConstU32<16>;
			type MaxLicenseLength = ConstU32<8>;
			type MaxContributionsPerDatanet = ConstU32<64>;
			type MaxContributionsPerContributor = ConstU32<16>;
			type MaxVersions = ConstU32<4>;
			type MaxWeight = ConstU32<10>;
			type MaxPendingPerContributor = ConstU32<3>;
			type PendingExpiry = ConstU64<30>;
			type WeightInfo = ();
		}
	}

	#[pallet::config(with_default)]
	pub trait Config: frame_system::Config {
		/// The overarching hold reason.
		#[pallet::no_default_bounds]
		type RuntimeHoldReason: From<HoldReason>;

		/// The currency deposits are held in.
		#[pallet::no_default]
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Mutate<Self::AccountId>;

		/// Content moderation (the `content_moderation` track): may remove accepted
		/// contributions of any datanet for bad data, and accept, reject or grade any
		/// contribution (a curator may not decide on their own).
		#[pallet::no_default_bounds]
		type ModerationOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Receives slashed contribution deposits.
		#[pallet::no_default]
		type Treasury: Get<Self::AccountId>;

		/// Told before a contributor's share in a datanet changes (reward pools).
		#[pallet::no_default_bounds]
		type OnShareChange: OnShareChange<Self::AccountId>;

		/// Deposit held for creating a datanet; it also covers its versions.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type DatanetDeposit: Get<BalanceOf<Self>>;

		/// Lowest contribution deposit a datanet may ask for (above zero).
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type MinContributionDeposit: Get<BalanceOf<Self>>;

		/// Highest contribution deposit a datanet may ask for.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type MaxContributionDeposit: Get<BalanceOf<Self>>;

		/// Longest datanet name, in bytes.
		#[pallet::constant]
		type MaxNameLength: Get<u32>;

		/// Longest datanet description, in bytes.
		#[pallet::constant]
		type MaxDescriptionLength: Get<u32>;

		/// Longest URI (of a datanet or a contribution), in bytes.
		#[pallet::constant]
		type MaxUriLength: Get<u32>;

		/// Longest license tag, in bytes.
		#[pallet::constant]
		type MaxLicenseLength: Get<u32>;

		/// Most contribution records (pending, accepted, removed) one datanet may hold.
		#[pallet::constant]
		type MaxContributionsPerDatanet: Get<u32>;

		/// Most pending and accepted contributions one contributor may have in one datanet.
		#[pallet::constant]
		type MaxContributionsPerContributor: Get<u32>;

		/// How far back versions stay citable: a datanet publishes versions without end, and
		/// the latest `MaxVersions + 1` of them can be cited and paid
		/// ([`openledger_primitives::citable_from`]); reward pools keep one epoch per citable
		/// version.
		#[pallet::constant]
		type MaxVersions: Get<u32>;

		/// Highest weight a curator may grade a contribution.
		#[pallet::constant]
		type MaxWeight: Get<ContributionWeight>;

		/// Most contributions one contributor may have pending in one datanet: a flood costs
		/// the flooder the curator's attention, not the datanet its room.
		#[pallet::constant]
		type MaxPendingPerContributor: Get<u32>;

		/// Blocks after submission from which anyone may expire a contribution still pending
		/// (its deposit returns to the contributor).
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type PendingExpiry: Get<BlockNumberFor<Self>>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// The id the next datanet will get.
	#[pallet::storage]
	pub type NextDatanetId<T> = StorageValue<_, DatanetId, ValueQuery>;

	/// Datanets by id.
	#[pallet::storage]
	pub type Datanets<T: Config> = StorageMap<_, Blake2_128Concat, DatanetId, DatanetInfo<T>>;

	/// The id the next contribution will get (unique across datanets).
	#[pallet::storage]
	pub type NextContributionId<T> = StorageValue<_, ContributionId, ValueQuery>;

	/// Contributions by id: pending, accepted and removed ones.
	#[pallet::storage]
	pub type Contributions<T: Config> =
		StorageMap<_, Blake2_128Concat, ContributionId, Contribution<T>>;

	/// When each accepted contribution joined the accepted set: the position in its datanet's
	/// log of the entry that added it (it is in every version whose log is longer) and its
	/// epoch, the first version that includes it. Contributions accepted before this map
	/// existed have no entry: position 0, epoch 0 (in every version).
	#[pallet::storage]
	pub type AcceptedAt<T> = StorageMap<_, Twox64Concat, ContributionId, Acceptance>;

	/// Content in use per datanet, to refuse duplicates, keyed by the content hash bound to its
	/// contributor ([`Pallet::content_key`]; a bare content hash for contributions made before
	/// that). A removed contribution leaves only its entry here (a tombstone pointing at its
	/// deleted id), so its content stays refused to its contributor without a record counting
	/// against the datanet's bound.
	#[pallet::storage]
	pub type ContentHashes<T> =
		StorageDoubleMap<_, Blake2_128Concat, DatanetId, Identity, H256, ContributionId>;

	/// Contribution ids of each datanet (for paged listings).
	#[pallet::storage]
	pub type DatanetContributions<T> =
		StorageDoubleMap<_, Blake2_128Concat, DatanetId, Twox64Concat, ContributionId, ()>;

	/// Contribution ids of each contributor (for paged listings).
	#[pallet::storage]
	pub type ContributorContributions<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, ContributionId, ()>;

	/// Each contributor's share and contribution count in a datanet.
	#[pallet::storage]
	pub type Contributors<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		DatanetId,
		Blake2_128Concat,
		T::AccountId,
		ContributorInfo,
	>;

	/// Pending contributions per datanet and contributor, bounded by
	/// [`Config::MaxPendingPerContributor`]. Contributions pending before this count existed
	/// are not in it (it may undercount them until they are decided or expire).
	#[pallet::storage]
	pub type PendingOf<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		DatanetId,
		Blake2_128Concat,
		T::AccountId,
		u32,
		ValueQuery,
	>;

	/// The accepted-set log of each datanet by position, so that anyone can list a version's
	/// exact contributions from the chain and check them against its commitment. Entries made
	/// before storage version 2 are not stored (they are in the events of their blocks).
	/// Each entry is one accept, regrade or drop, paid for by the contribution's deposit or by
	/// the curator's transaction.
	#[pallet::storage]
	pub type Log<T> = StorageDoubleMap<_, Twox64Concat, DatanetId, Twox64Concat, u64, LogEntry>;

	/// Published versions of each datanet, numbered from 1.
	#[pallet::storage]
	pub type Versions<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		DatanetId,
		Twox64Concat,
		VersionNumber,
		VersionInfo<BlockNumberFor<T>>,
	>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A datanet was created and its deposit held.
		DatanetCreated {
			/// The datanet.
			datanet: DatanetId,
			/// The curator.
			curator: T::AccountId,
			/// Open or curated.
			mode: CurationMode,
			/// Deposit each contribution holds.
			contribution_deposit: BalanceOf<T>,
			/// The deposit held from the creator.
			deposit: BalanceOf<T>,
		},
		/// A datanet's metadata changed.
		DatanetMetadataUpdated {
			/// The datanet.
			datanet: DatanetId,
		},
		/// A datanet has a new curator.
		CuratorshipTransferred {
			/// The datanet.
			datanet: DatanetId,
			/// The previous holder.
			from: T::AccountId,
			/// The new holder.
			to: T::AccountId,
		},
		/// A datanet was closed.
		DatanetClosed {
			/// The datanet.
			datanet: DatanetId,
		},
		/// A datanet's creation deposit went back to its depositor.
		DatanetDepositReleased {
			/// The datanet.
			datanet: DatanetId,
			/// Who the deposit returned to.
			depositor: T::AccountId,
			/// The deposit returned.
			amount: BalanceOf<T>,
		},
		/// A contribution was submitted and its deposit held.
		ContributionSubmitted {
			/// The contribution.
			contribution: ContributionId,
			/// The datanet.
			datanet: DatanetId,
			/// Its contributor.
			contributor: T::AccountId,
			/// Hash of the content.
			content_hash: H256,
			/// Size of the content in bytes.
			size: u64,
			/// The deposit held from the contributor.
			deposit: BalanceOf<T>,
		},
		/// A contribution joined the accepted set (accepted-set log entry, `op` 0).
		ContributionAccepted {
			/// The contribution.
			contribution: ContributionId,
			/// The datanet.
			datanet: DatanetId,
			/// Its contributor.
			contributor: T::AccountId,
			/// Its weight.
			weight: ContributionWeight,
			/// The accepted-set log's hash chain after this change.
			log_root: H256,
		},
		/// A pending contribution was rejected and its deposit returned.
		ContributionRejected {
			/// The contribution.
			contribution: ContributionId,
			/// The datanet.
			datanet: DatanetId,
			/// Its contributor.
			contributor: T::AccountId,
			/// The deposit returned.
			deposit_returned: BalanceOf<T>,
		},
		/// A pending contribution was rejected as spam and its deposit slashed to the treasury.
		ContributionRejectedAsSpam {
			/// The contribution.
			contribution: ContributionId,
			/// The datanet.
			datanet: DatanetId,
			/// Its contributor.
			contributor: T::AccountId,
			/// The deposit slashed.
			slashed: BalanceOf<T>,
		},
		/// A contribution pending for longer than `PendingExpiry` was expired and its deposit
		/// returned.
		ContributionExpired {
			/// The contribution.
			contribution: ContributionId,
			/// The datanet.
			datanet: DatanetId,
			/// Its contributor.
			contributor: T::AccountId,
			/// The deposit returned.
			deposit_returned: BalanceOf<T>,
		},
		/// The curator changed the deposit new contributions hold.
		ContributionDepositSet {
			/// The datanet.
			datanet: DatanetId,
			/// The deposit each new contribution holds.
			deposit: BalanceOf<T>,
		},
		/// An accepted contribution was regraded (accepted-set log entry, `op` 1).
		ContributionGraded {
			/// The contribution.
			contribution: ContributionId,
			/// The datanet.
			datanet: DatanetId,
			/// The weight before.
			old_weight: ContributionWeight,
			/// The weight after.
			new_weight: ContributionWeight,
			/// The accepted-set log's hash chain after this change.
			log_root: H256,
		},
		/// A contribution was withdrawn by its contributor and its deposit returned. If it was
		/// accepted, this is an accepted-set log entry (`op` 2) and `log_root` is the new root.
		ContributionWithdrawn {
			/// The contribution.
			contribution: ContributionId,
			/// The datanet.
			datanet: DatanetId,
			/// Its contributor.
			contributor: T::AccountId,
			/// The deposit returned.
			deposit_returned: BalanceOf<T>,
			/// Whether it was accepted (it left the accepted set).
			was_accepted: bool,
			/// The accepted-set log's hash chain after this change.
			log_root: H256,
		},
		/// An accepted contribution was removed for bad data and its deposit slashed to the
		/// treasury (accepted-set log entry, `op` 2).
		ContributionRemoved {
			/// The contribution.
			contribution: ContributionId,
			/// The datanet.
			datanet: DatanetId,
			/// Its contributor.
			contributor: T::AccountId,
			/// The deposit slashed to the treasury.
			slashed: BalanceOf<T>,
			/// Removed by the governance origin rather than the curator.
			by_governance: bool,
			/// The accepted-set log's hash chain after this change.
			log_root: H256,
		},
		/// A contributor's share in a datanet changed.
		ShareChanged {
			/// The datanet.
			datanet: DatanetId,
			/// Its contributor.
			contributor: T::AccountId,
			/// The share before.
			old_share: openledger_primitives::Share,
			/// The share after.
			new_share: openledger_primitives::Share,
			/// The datanet's total share after.
			total_share: openledger_primitives::Share,
		},
		/// A version of a datanet was published.
		VersionPublished {
			/// The datanet.
			datanet: DatanetId,
			/// The version number.
			version: VersionNumber,
			/// Accepted contributions at publication.
			contributions: u32,
			/// Total share of the accepted set at publication.
			total_share: openledger_primitives::Share,
			/// The accepted-set commitment of the version.
			commitment: H256,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// No datanet with this id.
		UnknownDatanet,
		/// No contribution with this id.
		UnknownContribution,
		/// Only the datanet's curator may do this.
		NotCurator,
		/// Only the contribution's contributor may do this.
		NotContributor,
		/// The datanet is closed.
		DatanetClosed,
		/// The name is longer than `MaxNameLength`.
		NameTooLong,
		/// The description is longer than `MaxDescriptionLength`.
		DescriptionTooLong,
		/// The URI is longer than `MaxUriLength`.
		UriTooLong,
		/// The license tag is longer than `MaxLicenseLength`.
		LicenseTooLong,
		/// A datanet needs a name.
		EmptyName,
		/// The contribution deposit is outside `[MinContributionDeposit, MaxContributionDeposit]`.
		ContributionDepositOutOfBounds,
		/// Content of zero bytes cannot be contributed.
		ZeroSize,
		/// This content hash is already in the datanet.
		DuplicateContent,
		/// The datanet holds `MaxContributionsPerDatanet` contribution records.
		TooManyContributions,
		/// The contributor has `MaxPendingPerContributor` contributions pending in this datanet.
		TooManyPending,
		/// The contribution has not been pending for `PendingExpiry` blocks yet.
		NotExpired,
		/// The contributor has `MaxContributionsPerContributor` contributions in this datanet.
		TooManyContributionsFromContributor,
		/// The contribution is not pending.
		NotPending,
		/// The contribution is not accepted.
		NotAccepted,
		/// The weight is outside `[1, MaxWeight]`.
		WeightOutOfBounds,
		/// The datanet still has pending contributions.
		HasPendingContributions,
		/// An accepted contribution can only be withdrawn once its datanet is closed.
		DatanetStillActive,
		/// The accepted set has not changed since the latest version.
		VersionUnchanged,
		/// The contribution was removed for bad data.
		AlreadyRemoved,
		/// The account is already the curator.
		AlreadyCurator,
		/// The account cannot pay the deposit.
		InsufficientBalance,
		/// An id or counter would overflow.
		Overflow,
		/// A counter or amount would go below zero: the pallet's records disagree.
		Underflow,
		/// A curator cannot accept, reject or grade their own contribution; the governance
		/// origin decides on it.
		OwnContribution,
	}

	/// A datanet to create at genesis: curator, name, mode, contribution deposit.
	pub type GenesisDatanet<T> =
		(<T as frame_system::Config>::AccountId, Vec<u8>, CurationMode, BalanceOf<T>);

	/// A contribution to make at genesis: datanet, contributor, content hash, size, URI, and
	/// (in a curated datanet) whether the curator accepts it.
	pub type GenesisContribution<T> =
		(DatanetId, <T as frame_system::Config>::AccountId, H256, u64, Vec<u8>, bool);

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Datanets to create, ids from 0.
		pub datanets: Vec<GenesisDatanet<T>>,
		/// Contributions to make, in order.
		pub contributions: Vec<GenesisContribution<T>>,
		/// Datanets whose curator publishes a version once the contributions are in.
		pub versions: Vec<DatanetId>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			for (curator, name, mode, deposit) in &self.datanets {
				let created = Pallet::<T>::do_create_datanet(
					curator.clone(),
					name.clone(),
					Vec::new(),
					Vec::new(),
					Vec::new(),
					*mode,
					*deposit,
				);
				if let Err(e) = created {
					panic!("genesis datanet of {curator:?}: {e:?}");
				}
			}
			for (datanet, who, hash, size, uri, accept) in &self.contributions {
				let result =
					Pallet::<T>::do_contribute(who.clone(), *datanet, *hash, *size, uri.clone())
						.and_then(|id| {
							let pending = Contributions::<T>::get(id).is_some_and(|c| {
								c.status == openledger_primitives::ContributionStatus::Pending
							});
							// Genesis decides as governance would.
							if *accept && pending {
								Pallet::<T>::do_accept(None, id)
							} else {
								Ok(())
							}
						});
				if let Err(e) = result {
					panic!("genesis contribution {hash:?} to datanet {datanet}: {e:?}");
				}
			}
			for datanet in &self.versions {
				let published = Datanets::<T>::get(datanet)
					.ok_or_else(|| Error::<T>::UnknownDatanet.into())
					.and_then(|info| Pallet::<T>::do_publish_version(&info.curator, *datanet));
				if let Err(e) = published {
					panic!("genesis version of datanet {datanet}: {e:?}");
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
		/// Create a datanet curated by the caller, holding [`Config::DatanetDeposit`].
		///
		/// `contribution_deposit` is what each contribution will hold from its contributor; it
		/// must lie within `[MinContributionDeposit, MaxContributionDeposit]`.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::create_datanet())]
		pub fn create_datanet(
			origin: OriginFor<T>,
			name: BoundedVec<u8, T::MaxNameLength>,
			description: BoundedVec<u8, T::MaxDescriptionLength>,
			uri: BoundedVec<u8, T::MaxUriLength>,
			license: BoundedVec<u8, T::MaxLicenseLength>,
			mode: CurationMode,
			contribution_deposit: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_create_datanet(
				who,
				name.into_inner(),
				description.into_inner(),
				uri.into_inner(),
				license.into_inner(),
				mode,
				contribution_deposit,
			)
			.map(|_| ())
		}

		/// Replace a datanet's metadata. Curator only; the datanet must be active.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::update_metadata())]
		pub fn update_metadata(
			origin: OriginFor<T>,
			datanet: DatanetId,
			name: BoundedVec<u8, T::MaxNameLength>,
			description: BoundedVec<u8, T::MaxDescriptionLength>,
			uri: BoundedVec<u8, T::MaxUriLength>,
			license: BoundedVec<u8, T::MaxLicenseLength>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_update_metadata(
				&who,
				datanet,
				name.into_inner(),
				description.into_inner(),
				uri.into_inner(),
				license.into_inner(),
			)
		}

		/// Hand a datanet's curatorship to another account. Curator only; the creation deposit
		/// stays with whoever paid it.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::transfer_curatorship())]
		pub fn transfer_curatorship(
			origin: OriginFor<T>,
			datanet: DatanetId,
			new_curator: <T::Lookup as StaticLookup>::Source,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			let new_curator = T::Lookup::lookup(new_curator)?;
			Self::do_transfer_curatorship(&who, datanet, new_curator)
		}

		/// Close a datanet: no new contributions, grades or versions. Refused while
		/// contributions are pending. The creation deposit is returned now if no contribution
		/// is accepted, otherwise when the last accepted one leaves.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::close_datanet())]
		pub fn close_datanet(origin: OriginFor<T>, datanet: DatanetId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_close_datanet(&who, datanet)
		}

		/// Contribute data to an active datanet: its content hash (unique in the datanet), its
		/// size in bytes (non-zero) and where to fetch it. Holds the datanet's contribution
		/// deposit. In an open datanet the contribution is accepted at once.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::contribute())]
		pub fn contribute(
			origin: OriginFor<T>,
			datanet: DatanetId,
			content_hash: H256,
			size: u64,
			uri: BoundedVec<u8, T::MaxUriLength>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_contribute(who, datanet, content_hash, size, uri.into_inner()).map(|_| ())
		}

		/// Accept a pending contribution with weight 1; its deposit stays held as stake.
		/// The datanet's curator (not for their own contribution) or
		/// [`Config::ModerationOrigin`].
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::accept_contribution())]
		pub fn accept_contribution(
			origin: OriginFor<T>,
			contribution: ContributionId,
		) -> DispatchResult {
			let decider = Self::decider(origin)?;
			Self::do_accept(decider.as_ref(), contribution)
		}

		/// Reject a pending contribution and return its deposit. The datanet's curator (not for
		/// their own contribution) or [`Config::ModerationOrigin`].
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::reject_contribution())]
		pub fn reject_contribution(
			origin: OriginFor<T>,
			contribution: ContributionId,
		) -> DispatchResult {
			let decider = Self::decider(origin)?;
			Self::do_reject(decider.as_ref(), contribution, Rejection::Refund)
		}

		/// Reject a pending contribution as spam: its deposit is slashed to the treasury, so a
		/// flood costs the flooder. The datanet's curator (not for their own contribution) or
		/// [`Config::ModerationOrigin`].
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::reject_as_spam())]
		pub fn reject_as_spam(
			origin: OriginFor<T>,
			contribution: ContributionId,
		) -> DispatchResult {
			let decider = Self::decider(origin)?;
			Self::do_reject(decider.as_ref(), contribution, Rejection::Slash)
		}

		/// As anyone, end a contribution pending for more than [`Config::PendingExpiry`]
		/// blocks: its deposit returns to the contributor and its record is deleted. A curator
		/// who never decides cannot keep a contributor's deposit held.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::expire_contribution())]
		pub fn expire_contribution(
			origin: OriginFor<T>,
			contribution: ContributionId,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_expire_contribution(contribution)
		}

		/// Set the deposit each new contribution to an active datanet holds, within
		/// `[MinContributionDeposit, MaxContributionDeposit]`; contributions already made keep
		/// theirs. Curator only.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::set_contribution_deposit())]
		pub fn set_contribution_deposit(
			origin: OriginFor<T>,
			datanet: DatanetId,
			deposit: BalanceOf<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_set_contribution_deposit(&who, datanet, deposit)
		}

		/// Set an accepted contribution's attribution weight within `[1, MaxWeight]`; the
		/// datanet must be active. The datanet's curator (not for their own contribution) or
		/// [`Config::ModerationOrigin`].
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::grade_contribution())]
		pub fn grade_contribution(
			origin: OriginFor<T>,
			contribution: ContributionId,
			weight: ContributionWeight,
		) -> DispatchResult {
			let decider = Self::decider(origin)?;
			Self::do_grade(decider.as_ref(), contribution, weight)
		}

		/// Withdraw one's own contribution and get its deposit back: a pending one at any time,
		/// an accepted one once its datanet is closed.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::withdraw_contribution())]
		pub fn withdraw_contribution(
			origin: OriginFor<T>,
			contribution: ContributionId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(&who, contribution)
		}

		/// Remove an accepted contribution for bad data; its deposit is slashed to the
		/// treasury, its record deleted, and its content hash stays refused (a tombstone that
		/// does not count against `MaxContributionsPerDatanet`). The datanet's curator or
		/// [`Config::ModerationOrigin`].
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::remove_contribution())]
		pub fn remove_contribution(
			origin: OriginFor<T>,
			contribution: ContributionId,
		) -> DispatchResult {
			let remover = Self::decider(origin)?;
			Self::do_remove(remover.as_ref(), contribution)
		}

		/// Publish the next version of a datanet: an immutable snapshot of its accepted set
		/// (count, total share, commitment). Curator only; refused when nothing changed since
		/// the latest version. Charged for the pools folding every epoch they keep; refunded
		/// to what they folded (one epoch at most, as a rule).
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::publish_version()
			.saturating_add(T::OnShareChange::version_published_weight()))]
		pub fn publish_version(
			origin: OriginFor<T>,
			datanet: DatanetId,
		) -> DispatchResultWithPostInfo {
			let who = ensure_signed(origin)?;
			let (_, retiring) = Self::do_publish_version(&who, datanet)?;
			Ok(Some(T::WeightInfo::publish_version().saturating_add(retiring)).into())
		}
	}
}
