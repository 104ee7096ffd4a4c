// The crate documentation (the algorithm, its arithmetic) is in README.md, so that it reads
// on its own and this file holds the FRAME declarations.
#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

mod audit;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
mod dispute;
mod escrow;
#[cfg(any(feature = "std", feature = "try-runtime"))]
mod invariants;
pub mod migrations;
#[cfg(test)]
mod mock;
mod settle;
mod submit;
#[cfg(test)]
mod tests;
pub mod types;
pub mod weights;

/// What the benchmarks need from the runtime: signers (a runtime's signature cannot be made
/// from nothing) and a model with accepted contributions.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper<AccountId, Signature> {
	/// A new account able to sign, from `seed`.
	fn signer(seed: u32) -> AccountId;
	/// `who`'s signature of `message`.
	fn sign(who: &AccountId, message: &[u8]) -> Signature;
	/// A model with `depth` ancestors trained on a datanet with `contributions` accepted
	/// contributions (at least one), each of its own contributor; the model and the
	/// contributions.
	fn model_with_contributions(
		contributions: u32,
		depth: u32,
	) -> (openledger_primitives::ModelId, alloc::vec::Vec<openledger_primitives::ContributionId>);
}

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
	use frame_support::{
		pallet_prelude::*,
		traits::fungible::{Balanced, Mutate, MutateHold},
		PalletId,
	};
	use frame_system::pallet_prelude::*;
	use openledger_primitives::{
		BatchId, BatchRewards, ChallengeCourt, ContributionId, DatanetsInspect, DisputeId,
		EpochNumber, ModelId, ModelsInspect, ProviderStakes,
	};
	use sp_core::H256;
	use sp_runtime::{
		traits::{IdentifyAccount, Saturating, Verify},
		Perbill,
	};

	/// The in-code storage version. 1: the first; 2: escrows pooled in this pallet's account;
	/// 3: disputes before the samples are due ([`crate::migrations`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(3);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A payer's escrowed funds, as storage version 1 held them. Version 2 keeps them in
		/// this pallet's account instead ([`crate::migrations::v2`] moves them): nothing is
		/// held for this reason any more. Kept so the other reasons keep their encoding.
		Escrow,
		/// An escrow's storage deposit.
		EscrowDeposit,
		/// A batch's storage deposit, held from its provider.
		BatchDeposit,
		/// A dispute's bond, held from its challenger until the court's verdict.
		DisputeBond,
	}

	/// Default configurations of this pallet, for `#[derive_impl]`.
	pub mod config_preludes {
		use super::*;
		use frame_support::{
			derive_impl, parameter_types,
			traits::{ConstU128, ConstU32, ConstU64},
		};

		/// The configuration of this pallet in the OpenLedger pallets' test runtimes (`u64`
		/// accounts and block numbers, `u128` balances): epochs of 10 blocks, short windows and
		/// small bounds. A mock sets `Currency`, `Rewards`, `Providers`, `Datanets`,
		/// `Signature` and `Treasury` itself.
		pub struct TestDefaultConfig;

		parameter_types! {
			/// The batches pallet's account in the test runtimes.
			pub const TestBatchesPalletId: PalletId = PalletId(*b"ol/batch");
			/// A failed audit costs the whole batch's fees.
			pub const TestSlashOfFees: Perbill = Perbill::one();
			/// An upheld dispute pays its challenger a fifth of the slash.
			pub const TestDisputeReward: Perbill = Perbill::from_percent(20);
			/// A contribution the batch pays 5% of its data side or more makes its contributor a
			/// party.
			pub const TestMinPartyScore: Perbill = Perbill::from_percent(5);
		}

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
		impl frame_system::DefaultConfig for TestDefaultConfig {}

		#[frame_support::register_default_impl(TestDefaultConfig)]
		impl DefaultConfig for TestDefaultConfig {
			#[inject_runtime_type]
			type RuntimeHoldReason = ();
			type PalletId = TestBatchesPalletId;
			type EpochLength = ConstU64<10>;
			type SubmitWindow = ConstU64<5>;
			type AuditDelay = ConstU64<2>;
			type RevealWindow = ConstU64<3>;
			type UnlockDelay = ConstU64<25>;
			type ClaimWindow = ConstU64<10>;
			type AuditSamples = ConstU32<4>;
			type SlashOfFees = TestSlashOfFees;
			type DisputeWindow = ConstU64<3>;
			type DisputeBond = ConstU128<50>;
			type DisputeReward = TestDisputeReward;
			type MinPartyScore = TestMinPartyScore;
			type MaxPayers = ConstU32<4>;
			type MaxProofLength = ConstU32<8>;
			type EscrowDeposit = ConstU128<5>;
			type BatchDeposit = ConstU128<7>;
			type WeightInfo = ();
		}
	}

	#[pallet::config(with_default)]
	pub trait Config: frame_system::Config {
		/// The overarching hold reason.
		#[pallet::no_default_bounds]
		type RuntimeHoldReason: From<HoldReason>;
		/// The currency of escrows, fees and deposits.
		#[pallet::no_default]
		type Currency: Mutate<Self::AccountId>
			+ MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ Balanced<Self::AccountId>
			+ frame_support::traits::fungible::BalancedHold<Self::AccountId>;
		/// Splits a batch's fees (`pallet-rewards`).
		#[pallet::no_default]
		type Rewards: BatchRewards<Self::AccountId, Self::Currency>;
		/// Providers' stakes (`pallet-inference`).
		#[pallet::no_default]
		type Providers: ProviderStakes<Self::AccountId, BalanceOf<Self>>;
		/// Contributions, for the tail's claims (`pallet-datanets`).
		#[pallet::no_default]
		type Datanets: DatanetsInspect<Self::AccountId>;
		/// Models, for the owners a batch pays (parties of its disputes; `pallet-models`).
		#[pallet::no_default]
		type Models: ModelsInspect<Self::AccountId, BalanceOf<Self>>;
		/// The court that decides disputes (`pallet-court`).
		#[pallet::no_default]
		type Court: ChallengeCourt<Self::AccountId>;
		/// The signature payers sign receipts with.
		#[pallet::no_default]
		type Signature: Verify<Signer: IdentifyAccount<AccountId = Self::AccountId>>
			+ Parameter
			+ DecodeWithMemTracking;
		/// Where slashes, and the rest of a tail nobody claimed, go.
		#[pallet::constant]
		#[pallet::no_default]
		type Treasury: Get<Self::AccountId>;
		/// This pallet's account, which holds the tails until they are claimed.
		#[pallet::constant]
		type PalletId: Get<PalletId>;
		/// Blocks per epoch.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type EpochLength: Get<BlockNumberFor<Self>>;
		/// Blocks after an epoch in which its batches may be submitted.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type SubmitWindow: Get<BlockNumberFor<Self>>;
		/// Blocks from a batch's submission to the block whose hash seeds its audit.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type AuditDelay: Get<BlockNumberFor<Self>>;
		/// Blocks after the dispute window in which the samples must still be revealed: the
		/// provider's time to settle with its reveals ([`Pallet::settle_batch`]).
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type RevealWindow: Get<BlockNumberFor<Self>>;
		/// Blocks from an unlock request to the escrow's withdrawal: more than an epoch, its
		/// submission window and the audit (checked by `integrity_test`).
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type UnlockDelay: Get<BlockNumberFor<Self>>;
		/// Blocks after settlement in which the tail can be claimed.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type ClaimWindow: Get<BlockNumberFor<Self>>;
		/// Records sampled per batch (at most 32).
		#[pallet::constant]
		type AuditSamples: Get<u32>;
		/// What a batch that fails its audit, or is shown wrong by a dispute, costs its
		/// provider, as a part of its fees.
		#[pallet::constant]
		type SlashOfFees: Get<Perbill>;
		/// Blocks after the seed block in which a batch may be disputed; it settles only after
		/// them, with no dispute open. Samples may be revealed during them too.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type DisputeWindow: Get<BlockNumberFor<Self>>;
		/// The bond a dispute holds from its challenger until the verdict: lost to the provider
		/// when rejected.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type DisputeBond: Get<BalanceOf<Self>>;
		/// The part of an upheld dispute's slash paid to its challenger (the rest to the
		/// treasury).
		#[pallet::constant]
		type DisputeReward: Get<Perbill>;
		/// The least part of a batch's fee-weighted attribution that makes a directly paid
		/// contributor a party of its disputes: the provider chooses the attribution, so a
		/// contributor named at a negligible part is not kept off the jury for it.
		#[pallet::constant]
		type MinPartyScore: Get<Perbill>;
		/// Most payers in one batch.
		#[pallet::constant]
		type MaxPayers: Get<u32>;
		/// Longest Merkle proof (tree height): at most `2^MaxProofLength` calls or tail leaves.
		#[pallet::constant]
		type MaxProofLength: Get<u32>;
		/// The deposit held with an escrow.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type EscrowDeposit: Get<BalanceOf<Self>>;
		/// The deposit held with a batch, until it is closed.
		#[pallet::no_default_bounds]
		#[pallet::constant]
		type BatchDeposit: Get<BalanceOf<Self>>;
		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
		/// Makes signers for benchmarks.
		#[cfg(feature = "runtime-benchmarks")]
		#[pallet::no_default]
		type BenchmarkHelper: crate::BenchmarkHelper<Self::AccountId, Self::Signature>;
	}

	/// Escrows by payer and provider.
	#[pallet::storage]
	pub type Escrows<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		Escrow<T>,
	>;

	/// Batches by id, until closed.
	#[pallet::storage]
	pub type Batches<T: Config> = StorageMap<_, Twox64Concat, BatchId, Batch<T>>;

	/// The batch of a provider, model and epoch: at most one, until it is closed (after the
	/// epoch's submission window, so it cannot be submitted twice).
	#[pallet::storage]
	pub type BatchOf<T: Config> = StorageNMap<
		_,
		(
			NMapKey<Blake2_128Concat, T::AccountId>,
			NMapKey<Twox64Concat, ModelId>,
			NMapKey<Twox64Concat, EpochNumber>,
		),
		BatchId,
	>;

	/// The id the next batch gets.
	#[pallet::storage]
	pub type NextBatchId<T> = StorageValue<_, BatchId, ValueQuery>;

	/// The fees of each provider's unsettled batches: at most its stake.
	#[pallet::storage]
	pub type PendingFees<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, BalanceOf<T>, ValueQuery>;

	/// Open disputes by id, until the court's verdict is applied.
	#[pallet::storage]
	pub type Disputes<T: Config> = StorageMap<_, Twox64Concat, DisputeId, Dispute<T>>;

	/// The id the next dispute gets.
	#[pallet::storage]
	pub type NextDisputeId<T> = StorageValue<_, DisputeId, ValueQuery>;

	/// Open disputes per batch: a batch settles and closes only with none.
	#[pallet::storage]
	pub type OpenDisputes<T> = StorageMap<_, Twox64Concat, BatchId, u32, ValueQuery>;

	/// Open disputes per model whose owner the disputed batch pays (the called model and its
	/// ancestors): such a model cannot change hands until they are decided.
	#[pallet::storage]
	pub type OpenDisputesOf<T> = StorageMap<_, Twox64Concat, ModelId, u32, ValueQuery>;

	/// Claimed tail leaves: per batch, one bit per leaf position in chunks of 128.
	#[pallet::storage]
	pub type TailClaimed<T> =
		StorageDoubleMap<_, Twox64Concat, BatchId, Twox64Concat, u32, u128, ValueQuery>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A payer opened an escrow with a provider.
		EscrowOpened {
			/// The payer.
			payer: T::AccountId,
			/// The provider.
			provider: T::AccountId,
			/// What it holds.
			amount: BalanceOf<T>,
		},
		/// A payer added to an escrow.
		EscrowToppedUp {
			/// The payer.
			payer: T::AccountId,
			/// The provider.
			provider: T::AccountId,
			/// What was added.
			amount: BalanceOf<T>,
			/// What it holds now.
			total: BalanceOf<T>,
		},
		/// A payer asked to unlock an escrow.
		UnlockRequested {
			/// The payer.
			payer: T::AccountId,
			/// The provider.
			provider: T::AccountId,
			/// From when it can be withdrawn.
			at: BlockNumberFor<T>,
			/// The last epoch whose receipts still count.
			last_epoch: EpochNumber,
		},
		/// A payer withdrew its unlocked escrow, which closed (its deposit released).
		EscrowWithdrawn {
			/// The payer.
			payer: T::AccountId,
			/// The provider.
			provider: T::AccountId,
			/// What was paid back.
			amount: BalanceOf<T>,
		},
		/// The fees of a void batch went back to a payer whose escrow had closed meanwhile.
		FeeRefunded {
			/// The batch.
			batch: BatchId,
			/// The payer.
			payer: T::AccountId,
			/// Who received it: the payer, or the treasury when the payer's account could not
			/// (reaped, and the fee below the existential deposit).
			to: T::AccountId,
			/// What was paid back.
			amount: BalanceOf<T>,
		},
		/// A provider submitted a batch.
		BatchSubmitted {
			/// The batch.
			batch: BatchId,
			/// The provider.
			provider: T::AccountId,
			/// The model.
			model: ModelId,
			/// The epoch.
			epoch: EpochNumber,
			/// Its calls.
			calls: u64,
			/// Its fees.
			fees: BalanceOf<T>,
			/// The block whose hash seeds its audit.
			seed_at: BlockNumberFor<T>,
		},
		/// Sampled call records were revealed (one event per call, not per record: an event
		/// costs about as much as checking a record's path).
		RecordsRevealed {
			/// The batch.
			batch: BatchId,
			/// Each record revealed, in the order of the call.
			records: BoundedVec<RevealedRecord<T::AccountId>, MaxSamples>,
		},
		/// A batch passed its audit and was split.
		BatchSettled {
			/// The batch.
			batch: BatchId,
			/// What its tail received.
			tail: BalanceOf<T>,
			/// Until when the tail can be claimed.
			claims_until: BlockNumberFor<T>,
		},
		/// A batch failed its audit: nothing is paid and its provider was slashed.
		BatchVoided {
			/// The batch.
			batch: BatchId,
			/// Samples not revealed.
			missing: u32,
			/// What was slashed.
			slashed: BalanceOf<T>,
		},
		/// A contribution's part of a tail was claimed.
		TailClaimed {
			/// The batch.
			batch: BatchId,
			/// The contribution.
			contribution: ContributionId,
			/// Its contributor, credited.
			contributor: T::AccountId,
			/// What was credited.
			amount: BalanceOf<T>,
		},
		/// A batch was closed: its unclaimed tail went to the treasury, its deposit returned.
		BatchClosed {
			/// The batch.
			batch: BatchId,
			/// Unclaimed tail sent to the treasury.
			unclaimed: BalanceOf<T>,
		},
		/// A batch was disputed: the court opened case `case`.
		BatchDisputed {
			/// The dispute.
			dispute: DisputeId,
			/// Its court case.
			case: u64,
			/// The batch.
			batch: BatchId,
			/// Who disputes it.
			challenger: T::AccountId,
			/// What is disputed.
			subject: DisputeSubject,
			/// The bond held.
			bond: BalanceOf<T>,
		},
		/// The court upheld a dispute: the batch is void (if it was not already), its provider
		/// slashed, part of it to the challenger, whose bond returned.
		DisputeUpheld {
			/// The dispute.
			dispute: DisputeId,
			/// The batch.
			batch: BatchId,
			/// What was slashed for it (nothing when the batch was already void).
			slashed: BalanceOf<T>,
			/// Of which the challenger received.
			to_challenger: BalanceOf<T>,
		},
		/// The court rejected a dispute: the challenger's bond went to the provider.
		DisputeRejected {
			/// The dispute.
			dispute: DisputeId,
			/// The batch.
			batch: BatchId,
			/// The bond paid to the provider (after reimbursing the arbitration fees).
			to_provider: BalanceOf<T>,
		},
		/// The court did not decide a dispute: the bond returned, nobody slashed.
		DisputeUndecided {
			/// The dispute.
			dispute: DisputeId,
			/// The batch.
			batch: BatchId,
		},
		/// The losing side of a dispute reimbursed an arbitration fee.
		JuryFeeReimbursed {
			/// The dispute.
			dispute: DisputeId,
			/// Who paid (the provider or the challenger).
			by: T::AccountId,
			/// Who had advanced the fee.
			to: T::AccountId,
			/// What was paid.
			amount: BalanceOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// Nothing to hold or add.
		ZeroAmount,
		/// The payer already has an escrow with this provider.
		EscrowExists,
		/// No escrow of this payer with this provider.
		NoEscrow,
		/// The escrow is unlocking: it cannot be topped up.
		Unlocking,
		/// No unlock was asked for.
		NotUnlocking,
		/// The unlock delay has not passed.
		UnlockNotDue,
		/// Not enough funds, or the hold failed.
		InsufficientBalance,
		/// The epoch has not ended yet.
		EpochNotOver,
		/// The epoch's submission window has passed.
		SubmitWindowClosed,
		/// The provider already submitted a batch for this model and epoch.
		AlreadySubmitted,
		/// A batch needs at least one payer.
		NoPayers,
		/// A payer is listed twice.
		DuplicatePayer,
		/// A payer's claim has no calls or no fee.
		EmptyClaim,
		/// A receipt's signature does not verify.
		BadSignature,
		/// The escrow does not hold what the claim asks.
		EscrowInsufficient,
		/// The escrow's unlock voids receipts of this epoch.
		EscrowUnlocked,
		/// The scores exceed the fees or name an id twice.
		BadScores,
		/// The tail has weight but no leaves, or more leaves than a proof can reach.
		BadTail,
		/// More calls than a proof can reach.
		TooManyCalls,
		/// The provider's unsettled batches would exceed its stake.
		StakeTooLow,
		/// No such batch.
		UnknownBatch,
		/// The batch is not being audited.
		NotInAudit,
		/// The audit's seed block has not passed yet.
		AuditNotStarted,
		/// The reveal window has passed.
		RevealWindowClosed,
		/// Too early to settle: the dispute window (every sample revealed) or the reveal window
		/// (a sample missing) has not passed.
		AuditNotOver,
		/// No such sample.
		NoSuchSample,
		/// The sample was already revealed.
		AlreadyRevealed,
		/// The seed block's hash is no longer known.
		SeedUnavailable,
		/// The record is not the one sampled, or does not match its payer's claim.
		WrongRecord,
		/// The Merkle proof does not verify.
		BadProof,
		/// The revealed call is not in its payer's signed tree of receipts.
		NotSignedByPayer,
		/// The batch is not settled.
		NotSettled,
		/// The claim window has passed.
		ClaimWindowClosed,
		/// The claim window has not passed, or the batch cannot be closed yet.
		NotClosable,
		/// The tail leaf was already claimed.
		AlreadyClaimed,
		/// The contribution is unknown or no longer accepted: its part stays for the treasury.
		ContributionNotPayable,
		/// The claim exceeds what is left of the tail.
		TailExhausted,
		/// An amount left its range.
		Overflow,
		/// The batch's dispute window has passed, or it is no longer in audit.
		DisputeWindowClosed,
		/// The batch has open disputes: it settles or closes after their verdicts.
		UnderDispute,
		/// The provider's signature of the acknowledgement does not verify.
		BadAcknowledgement,
		/// No such dispute.
		UnknownDispute,
		/// The case is not a dispute of a batch.
		NotADispute,
		/// More parties than the court takes.
		TooManyParties,
		/// The model the batch's calls were on is gone.
		UnknownModel,
	}

	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		#[serde(skip)]
		_config: core::marker::PhantomData<T>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			Pallet::<T>::ensure_account_exists();
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			let audit = T::AuditDelay::get()
				.saturating_add(T::DisputeWindow::get())
				.saturating_add(T::RevealWindow::get());
			let after_epoch =
				T::EpochLength::get().saturating_add(T::SubmitWindow::get()).saturating_add(audit);
			assert!(
				T::UnlockDelay::get() > after_epoch,
				"an unlock must outlast an epoch, its submission window and the audit"
			);
			assert!(!T::EpochLength::get().is_zero(), "epochs need a length");
			assert!(T::AuditSamples::get() >= 1 && T::AuditSamples::get() <= 32);
			assert!(T::MaxProofLength::get() <= 32);
			let hashes_kept: BlockNumberFor<T> = <T as frame_system::Config>::BlockHashCount::get();
			assert!(
				audit < hashes_kept,
				"the seed block's hash must still be known when the reveal window ends"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::view_functions]
	impl<T: Config> Pallet<T> {
		/// A stored batch: its payers, roots, scores and where it stands.
		pub fn batch(id: BatchId) -> Option<Batch<T>> {
			Batches::<T>::get(id)
		}

		/// A payer's escrow with a provider.
		pub fn escrow(payer: T::AccountId, provider: T::AccountId) -> Option<Escrow<T>> {
			Escrows::<T>::get(payer, provider)
		}

		/// The positions among a batch's calls its audit samples fall on, sample by sample,
		/// once the seed block is past (`None` before, or for no batch in audit).
		pub fn audit_positions(id: BatchId) -> Option<alloc::vec::Vec<u64>> {
			Pallet::<T>::sampled_positions(id)
		}

		/// The epoch of the current block: receipts signed now name it.
		pub fn current_epoch() -> EpochNumber {
			Pallet::<T>::epoch_of(frame_system::Pallet::<T>::block_number())
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Open an escrow with `provider`: `amount` for its calls moves to this pallet's
		/// account, the escrow deposit is held.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::open_escrow())]
		pub fn open_escrow(
			origin: OriginFor<T>,
			provider: T::AccountId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let payer = ensure_signed(origin)?;
			Self::do_open_escrow(&payer, &provider, amount)
		}

		/// Add `amount` to the escrow with `provider` (not while unlocking).
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::top_up())]
		pub fn top_up(
			origin: OriginFor<T>,
			provider: T::AccountId,
			amount: BalanceOf<T>,
		) -> DispatchResult {
			let payer = ensure_signed(origin)?;
			Self::do_top_up(&payer, &provider, amount)
		}

		/// Ask to unlock the escrow with `provider`: receipts of later epochs are void, and
		/// the escrow is withdrawable after [`Config::UnlockDelay`].
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::request_unlock())]
		pub fn request_unlock(origin: OriginFor<T>, provider: T::AccountId) -> DispatchResult {
			let payer = ensure_signed(origin)?;
			Self::do_request_unlock(&payer, &provider)
		}

		/// Withdraw an unlocked escrow (what submitted batches took is no longer in it) and
		/// close it, releasing its deposit.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw())]
		pub fn withdraw(origin: OriginFor<T>, provider: T::AccountId) -> DispatchResult {
			let payer = ensure_signed(origin)?;
			Self::do_withdraw(&payer, &provider)
		}

		/// As a provider, submit the batch of `model`'s calls in `epoch`: each payer's last
		/// signed receipt, the root of the call records, the aggregated scores and the tail
		/// tree's root and size.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::submit_batch(claims.len().try_into().unwrap_or(u32::MAX)))]
		pub fn submit_batch(
			origin: OriginFor<T>,
			model: ModelId,
			epoch: EpochNumber,
			claims: BoundedVec<PayerClaim<T>, T::MaxPayers>,
			calls_root: H256,
			scores: ScoresOf<T>,
			tail_root: H256,
			tail_leaves: u32,
		) -> DispatchResult {
			let provider = ensure_signed(origin)?;
			Self::do_submit_batch(
				&provider,
				model,
				epoch,
				claims,
				calls_root,
				scores,
				tail_root,
				tail_leaves,
			)
		}

		/// Reveal records of `batch`'s audit samples: each sampled record with its Merkle path
		/// and its receipt's path in its payer's tree of receipts (all at once, or a few at a
		/// time).
		#[pallet::call_index(5)]
		#[pallet::weight(Pallet::<T>::reveal_weight(reveals))]
		pub fn reveal_records(
			origin: OriginFor<T>,
			batch: BatchId,
			reveals: BoundedVec<RecordReveal<T>, MaxSamples>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_reveal_records(batch, &reveals)
		}

		/// Settle `batch`, revealing `reveals` first (its provider's usual step: the audit and
		/// the split in one call): every sample revealed and its dispute window over, split its
		/// fees; a sample still missing after the reveal window, void it (slash the provider,
		/// the fees back to the escrows).
		#[pallet::call_index(6)]
		#[pallet::weight(Pallet::<T>::settle_weight(reveals))]
		pub fn settle_batch(
			origin: OriginFor<T>,
			batch: BatchId,
			reveals: BoundedVec<RecordReveal<T>, MaxSamples>,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			Self::do_settle_batch(batch, &reveals)
		}

		/// Credit `contribution`'s part of `batch`'s tail to its contributor: its leaf
		/// `(contribution, weight)` at `position` of the tail tree, with the proof.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::claim_tail(proof.len().try_into().unwrap_or(u32::MAX)))]
		pub fn claim_tail(
			origin: OriginFor<T>,
			batch: BatchId,
			position: u32,
			contribution: ContributionId,
			weight: u128,
			proof: BoundedVec<H256, T::MaxProofLength>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_claim_tail(batch, position, contribution, weight, &proof)
		}

		/// Close `batch` once it can be: after the claim window (the tail's rest to the
		/// treasury) or, when void, after its epoch's submission window. Returns the deposit.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::close_batch(Pallet::<T>::max_claim_chunks()))]
		pub fn close_batch(origin: OriginFor<T>, batch: BatchId) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			Self::do_close_batch(batch)
		}

		/// Dispute `batch` before it settles (until [`Config::DisputeWindow`] blocks after its
		/// reveal window): a record of it, a call its provider acknowledged to its payer, or
		/// its aggregated attribution, with where the output (or the records) can be fetched.
		/// Holds [`Config::DisputeBond`] and the first jury's fee, and opens a court case whose
		/// parties are everyone the batch pays or costs; the batch settles only after the
		/// verdict.
		#[pallet::call_index(9)]
		#[pallet::weight(Pallet::<T>::dispute_weight(disputed))]
		pub fn dispute_batch(
			origin: OriginFor<T>,
			batch: BatchId,
			disputed: DisputedCall<T>,
			evidence_uri: BoundedVec<u8, MaxUriLengthOf<T>>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_dispute_batch(&who, batch, disputed, evidence_uri)
		}
	}
}
