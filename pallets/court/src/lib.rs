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
mod benchmarking;
mod draw;
mod fees;
// Native builds (unit tests, the runtime's tests, try-runtime) check these invariants; the
// on-chain wasm (no `std`) does not carry them.
#[cfg(any(feature = "std", feature = "try-runtime"))]
mod invariants;
mod jurors;
pub mod migrations;
#[cfg(test)]
mod mock;
mod schedule;
#[cfg(test)]
mod tests;
pub mod types;
mod verdict;
mod voting;
pub mod weights;

pub use draw::weighted_draw;
pub use schedule::SCHEDULE_SPREAD;
pub use voting::commitment;

// FRAME's macro expansion inside this module uses `expect` and friends; the pallet's own logic
// lives in the `do_*` functions of the topical modules, where the workspace's lints apply.
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
		traits::fungible::{Balanced, BalancedHold, Mutate, MutateHold},
	};
	use frame_system::pallet_prelude::*;
	use openledger_primitives::{ChallengeVerdicts, InferenceId};
	use sp_core::H256;

	/// The in-code storage version: 1 fixes draw candidates and keeps an agenda of deadlines
	/// ([`crate::migrations::MigrateV0ToV1`]); 2 adds arbitration fees
	/// ([`crate::migrations::MigrateV1ToV2`]).
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// A juror's stake.
		JurorStake,
		/// An appellant's bond.
		AppealBond,
		/// An arbitration fee advanced for a jury not yet paid.
		JuryFee,
	}

	/// Default configurations of this pallet, for `#[derive_impl]`.
	pub mod config_preludes {
		use super::*;
		use frame_support::{derive_impl, traits::ConstU32};

		/// The court in the OpenLedger pallets' test runtimes (`u64` accounts, `u128`
		/// balances): a pool of 64 jurors, juries of 3, 7 and 15 (two appeals, the third to
		/// governance), four seats per juror and small bounds, so tests reach them. A mock sets
		/// the currency, where verdicts go, the two origins and the treasury.
		pub struct TestDefaultConfig;

		#[derive_impl(frame_system::config_preludes::TestDefaultConfig, no_aggregated_types)]
		impl frame_system::DefaultConfig for TestDefaultConfig {}

		#[frame_support::register_default_impl(TestDefaultConfig)]
		impl DefaultConfig for TestDefaultConfig {
			#[inject_runtime_type]
			type RuntimeHoldReason = ();
			type MaxJurors = ConstU32<64>;
			type MaxJurySize = ConstU32<15>;
			type MaxAppeals = ConstU32<2>;
			type MaxSeatsPerJuror = ConstU32<4>;
			type MaxDuePerBlock = ConstU32<4>;
			type MaxParties = ConstU32<8>;
			type MaxUriLength = ConstU32<64>;
			type WeightInfo = ();
		}
	}

	#[pallet::config(with_default)]
	pub trait Config: frame_system::Config {
		/// The overarching hold reason.
		#[pallet::no_default_bounds]
		type RuntimeHoldReason: From<HoldReason>;

		/// The currency stakes and bonds are in.
		#[pallet::no_default]
		type Currency: MutateHold<Self::AccountId, Reason = Self::RuntimeHoldReason>
			+ BalancedHold<Self::AccountId>
			+ Mutate<Self::AccountId>
			+ Balanced<Self::AccountId>;

		/// Applies verdicts to challenged results.
		#[pallet::no_default]
		type Verdicts: ChallengeVerdicts<Self::AccountId, BalanceOf<Self>>;

		/// Sets the court's parameters (the `economic_params` track).
		#[pallet::no_default]
		type ParamsOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Decides a case whose appeals are exhausted (the `dispute_fallback` track).
		#[pallet::no_default]
		type FallbackOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// Receives forfeited appeal bonds and what rounding leaves of a penalty.
		#[pallet::no_default]
		#[pallet::constant]
		type Treasury: Get<Self::AccountId>;

		/// Most jurors in the pool (each draw reads them all).
		#[pallet::constant]
		type MaxJurors: Get<u32>;

		/// Most jurors of one round: at least the jury of the last appeal.
		#[pallet::constant]
		type MaxJurySize: Get<u32>;

		/// Most appeals to a larger jury; the next appeal goes to governance.
		#[pallet::constant]
		type MaxAppeals: Get<u32>;

		/// Most seats a juror holds at once, over all open cases.
		#[pallet::constant]
		type MaxSeatsPerJuror: Get<u32>;

		/// Most cases with a deadline at one block ([`Agenda`]); a case that finds every block of
		/// [`SCHEDULE_SPREAD`] full waits for the extrinsics (anyone may call them).
		#[pallet::constant]
		type MaxDuePerBlock: Get<u32>;

		/// Most accounts that may not judge one case.
		#[pallet::constant]
		type MaxParties: Get<u32>;

		/// Longest URI of a challenge's output.
		#[pallet::constant]
		type MaxUriLength: Get<u32>;

		/// Weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// The court's parameters, set at genesis and by [`Config::ParamsOrigin`].
	#[pallet::storage]
	pub type Parameters<T: Config> = StorageValue<_, ParametersOf<T>, OptionQuery>;

	/// Jurors, in the pool or leaving it.
	#[pallet::storage]
	pub type Jurors<T: Config> = StorageMap<_, Blake2_128Concat, T::AccountId, JurorInfo<T>>;

	/// Jurors that may be drawn (joined, not leaving), in joining order.
	#[pallet::storage]
	pub type Pool<T: Config> = StorageValue<_, BoundedVec<T::AccountId, T::MaxJurors>, ValueQuery>;

	/// Open cases, by the challenged inference call.
	#[pallet::storage]
	pub type Cases<T: Config> = StorageMap<_, Twox64Concat, InferenceId, Case<T>>;

	/// The rounds of open cases, by inference call and round (from 0).
	#[pallet::storage]
	pub type Rounds<T: Config> =
		StorageDoubleMap<_, Twox64Concat, InferenceId, Twox64Concat, u32, Round<T>>;

	/// The candidates of each case's next draw, fixed when the case (or the appeal that opens
	/// the round) was submitted, before the draw's seed existed: jurors joining, adding stake
	/// or leaving afterwards change nothing for that draw. Removed by the draw.
	#[pallet::storage]
	pub type DrawCandidates<T: Config> = StorageMap<_, Twox64Concat, InferenceId, CandidatesOf<T>>;

	/// The arbitration fee advanced for each round of an open case, by inference call and
	/// round: held from its payer until the case closes, then paid to the round's jurors who
	/// revealed (the rest to the treasury); returned when the round's jury could not be drawn.
	#[pallet::storage]
	pub type JuryFees<T: Config> =
		StorageDoubleMap<_, Twox64Concat, InferenceId, Twox64Concat, u32, JuryFee<T>>;

	/// Cases by the block after which their phase's deadline has passed (draw block, end of the
	/// reveal, appeal or fallback period): `on_idle` advances them from there by itself.
	#[pallet::storage]
	pub type Agenda<T: Config> =
		StorageMap<_, Twox64Concat, BlockNumberFor<T>, DueCasesOf<T>, ValueQuery>;

	/// The first block of [`Agenda`] that `on_idle` has not cleared yet.
	#[pallet::storage]
	pub type AgendaCursor<T: Config> = StorageValue<_, BlockNumberFor<T>, OptionQuery>;

	/// Genesis: the court's parameters and a first pool of jurors.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// The court's parameters; without them no case can be drawn or joined.
		pub parameters: Option<ParametersOf<T>>,
		/// Jurors in the pool from the start, each with its stake held (needs `parameters`).
		pub jurors: alloc::vec::Vec<(T::AccountId, BalanceOf<T>)>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			if let Some(parameters) = &self.parameters {
				assert!(
					Pallet::<T>::valid_parameters(parameters),
					"court parameters must be valid"
				);
				Parameters::<T>::put(parameters);
			}
			for (juror, stake) in &self.jurors {
				assert!(
					Pallet::<T>::do_join(juror, *stake).is_ok(),
					"a genesis juror must be able to join with its stake"
				);
			}
		}
	}

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A juror joined the pool with `stake` held.
		JurorJoined {
			/// The juror.
			juror: T::AccountId,
			/// Its stake.
			stake: BalanceOf<T>,
		},
		/// A juror's stake grew by `amount` to `stake`.
		StakeAdded {
			/// The juror.
			juror: T::AccountId,
			/// The amount added.
			amount: BalanceOf<T>,
			/// Its stake now.
			stake: BalanceOf<T>,
		},
		/// A juror left the pool; it may withdraw from block `from`, once in no open case.
		JurorLeft {
			/// The juror.
			juror: T::AccountId,
			/// First block it may withdraw in.
			from: BlockNumberFor<T>,
		},
		/// A full pool took a juror with a larger stake than its smallest: that juror is out of
		/// the pool as if it had left (it may withdraw after the leave delay).
		JurorEvicted {
			/// The juror evicted.
			juror: T::AccountId,
			/// Its stake.
			stake: BalanceOf<T>,
			/// The juror that took its place.
			by: T::AccountId,
		},
		/// A juror withdrew its stake.
		JurorWithdrawn {
			/// The juror.
			juror: T::AccountId,
			/// The stake released.
			stake: BalanceOf<T>,
		},
		/// A case was opened; its jury may be drawn after block `draw_at`.
		CaseOpened {
			/// The challenged call.
			inference: InferenceId,
			/// The block whose hash seeds the draw.
			draw_at: BlockNumberFor<T>,
		},
		/// The candidates of a case's next draw were fixed: `candidates` jurors of the pool,
		/// `stake` in all.
		CandidatesFixed {
			/// The case.
			inference: InferenceId,
			/// The round they may be drawn for.
			round: u32,
			/// How many jurors may be drawn.
			candidates: u32,
			/// Their stakes, added up.
			stake: BalanceOf<T>,
		},
		/// `on_idle` could not advance a case whose deadline passed; the extrinsics still can.
		CaseStalled {
			/// The case.
			inference: InferenceId,
			/// Why.
			error: DispatchError,
		},
		/// The draw block's hash is no longer kept, or the case had no fixed candidates: the
		/// draw moved to after block `draw_at`.
		DrawRescheduled {
			/// The case.
			inference: InferenceId,
			/// The block whose hash will seed the draw.
			draw_at: BlockNumberFor<T>,
		},
		/// A round's jury was drawn.
		JuryDrawn {
			/// The case.
			inference: InferenceId,
			/// The round (0 for the first).
			round: u32,
			/// The drawn jurors.
			jurors: BoundedVec<T::AccountId, T::MaxJurySize>,
			/// Last block to commit in.
			commit_end: BlockNumberFor<T>,
			/// Last block to reveal in.
			reveal_end: BlockNumberFor<T>,
		},
		/// A drawn juror committed its vote.
		VoteCommitted {
			/// The case.
			inference: InferenceId,
			/// The round.
			round: u32,
			/// The juror.
			juror: T::AccountId,
		},
		/// A drawn juror revealed its vote.
		VoteRevealed {
			/// The case.
			inference: InferenceId,
			/// The round.
			round: u32,
			/// The juror.
			juror: T::AccountId,
			/// `true` upholds the challenge.
			upheld: bool,
		},
		/// A round was tallied; its ruling may be appealed until `appeal_until`.
		RoundRuled {
			/// The case.
			inference: InferenceId,
			/// The round.
			round: u32,
			/// `true` upholds the challenge.
			upheld: bool,
			/// Revealed votes to uphold.
			upheld_votes: u32,
			/// Revealed votes to reject.
			rejected_votes: u32,
			/// Last block to appeal in.
			appeal_until: BlockNumberFor<T>,
		},
		/// A round's ruling was appealed, holding `bond`.
		Appealed {
			/// The case.
			inference: InferenceId,
			/// The round appealed.
			round: u32,
			/// Who appealed.
			appellant: T::AccountId,
			/// The bond held.
			bond: BalanceOf<T>,
		},
		/// The case went to a `dispute_fallback` referendum; after `until` it may be closed
		/// undecided.
		SentToGovernance {
			/// The case.
			inference: InferenceId,
			/// Why.
			reason: FallbackReason,
			/// Last block the referendum may decide in.
			until: BlockNumberFor<T>,
		},
		/// The arbitration fee of a round was advanced and held.
		JuryFeeHeld {
			/// The case.
			inference: InferenceId,
			/// The round it pays for.
			round: u32,
			/// Who advanced it.
			payer: T::AccountId,
			/// The fee.
			amount: BalanceOf<T>,
		},
		/// A round's jury could not be drawn: its fee went back to who advanced it.
		JuryFeeReturned {
			/// The case.
			inference: InferenceId,
			/// The round.
			round: u32,
			/// Who advanced it.
			payer: T::AccountId,
			/// The fee.
			amount: BalanceOf<T>,
		},
		/// A juror who revealed its vote was paid its seat's arbitration fee.
		JurorPaid {
			/// The case.
			inference: InferenceId,
			/// The round.
			round: u32,
			/// The juror.
			juror: T::AccountId,
			/// The fee.
			amount: BalanceOf<T>,
		},
		/// An incoherent juror lost part of its stake.
		JurorSlashed {
			/// The case.
			inference: InferenceId,
			/// The juror.
			juror: T::AccountId,
			/// The amount slashed.
			amount: BalanceOf<T>,
		},
		/// A coherent juror received its part of the penalties.
		JurorRewarded {
			/// The case.
			inference: InferenceId,
			/// The juror.
			juror: T::AccountId,
			/// The amount received.
			amount: BalanceOf<T>,
		},
		/// An appeal bond was returned (`true`) or forfeited to the treasury (`false`).
		AppealBondSettled {
			/// The case.
			inference: InferenceId,
			/// The appellant.
			appellant: T::AccountId,
			/// The bond.
			bond: BalanceOf<T>,
			/// Whether it was returned.
			returned: bool,
		},
		/// The case closed with `verdict`, which was applied to the inference call.
		CaseClosed {
			/// The case.
			inference: InferenceId,
			/// The verdict.
			verdict: openledger_primitives::Verdict,
		},
		/// Governance set the court's parameters.
		ParametersSet {
			/// The new parameters.
			parameters: ParametersOf<T>,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The court has no parameters yet.
		NoParameters,
		/// Parameters refused: jury size even or zero, the last appeal's jury above
		/// `MaxJurySize`, a period of zero blocks, a zero minimum stake or juror fee, or a
		/// jury's fee beyond the balance type.
		InvalidParameters,
		/// The caller is already a juror.
		AlreadyJuror,
		/// The caller is not a juror.
		NotJuror,
		/// The stake is below the minimum juror stake.
		StakeTooLow,
		/// The pool holds `MaxJurors` jurors, none with a smaller stake than the one offered.
		PoolFull,
		/// The juror already left the pool.
		AlreadyLeaving,
		/// The juror has not left the pool.
		NotLeaving,
		/// The leave delay has not passed.
		LeaveDelayNotPassed,
		/// The juror still sits in an open case.
		StillSeated,
		/// Not enough free balance to hold the stake or bond.
		InsufficientBalance,
		/// No open case for this inference call.
		UnknownCase,
		/// A case for this inference call is already open.
		CaseExists,
		/// The case is not waiting for its draw.
		NotDrawing,
		/// The draw's block has not passed yet.
		DrawTooEarly,
		/// The case is not in a voting round.
		NotVoting,
		/// The caller holds no seat in the current round.
		NotDrawn,
		/// The commit period has ended.
		CommitClosed,
		/// The juror already committed in this round.
		AlreadyCommitted,
		/// Revealing has not opened: not everyone committed and the commit period runs.
		RevealNotOpen,
		/// The reveal period has ended.
		RevealClosed,
		/// The juror did not commit, or already revealed.
		NothingToReveal,
		/// The vote and salt do not hash to the commitment.
		CommitmentMismatch,
		/// The round cannot be tallied yet: votes are still to be revealed.
		TallyTooEarly,
		/// The case has no appealable ruling.
		NotAppealable,
		/// The appeal period has ended.
		AppealClosed,
		/// The appeal period has not ended.
		AppealOpen,
		/// The case is not waiting for governance.
		NotInFallback,
		/// The fallback timeout has not passed.
		FallbackNotExpired,
		/// A juror of the case has no record (storage is inconsistent).
		UnknownJuror,
		/// The case's round is missing (storage is inconsistent).
		UnknownRound,
		/// An amount overflowed.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}

		fn on_idle(now: BlockNumberFor<T>, remaining: Weight) -> Weight {
			Self::advance_due(now, remaining)
		}

		fn integrity_test() {
			assert!(T::MaxJurySize::get() >= 1, "a jury has at least one seat");
			assert!(T::MaxSeatsPerJuror::get() >= 1, "a juror may sit at least once");
			assert!(T::MaxDuePerBlock::get() >= 1, "a block's agenda holds at least one case");
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Join the jury pool with `stake` (at least the minimum), held until withdrawn.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::join_jury())]
		pub fn join_jury(origin: OriginFor<T>, stake: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_join(&who, stake)
		}

		/// As a juror in the pool, hold `amount` more as stake.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::add_stake())]
		pub fn add_stake(origin: OriginFor<T>, amount: BalanceOf<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_add_stake(&who, amount)
		}

		/// Leave the pool: no longer drawn; the stake may be withdrawn after the leave delay,
		/// once in no open case.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::leave_jury())]
		pub fn leave_jury(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_leave(&who)
		}

		/// Withdraw the stake after leaving and stop being a juror.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::withdraw_juror())]
		pub fn withdraw_juror(origin: OriginFor<T>) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(&who)
		}

		/// As anyone, draw the jury of the case's next round once its draw block has passed.
		/// Charged for the largest pool and jury; the rest is refunded.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::draw_jury(T::MaxJurors::get(), T::MaxJurySize::get()))]
		pub fn draw_jury(
			origin: OriginFor<T>,
			inference: InferenceId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let (pool, drawn) = Self::do_draw(inference)?;
			Ok(Some(T::WeightInfo::draw_jury(pool, drawn)).into())
		}

		/// As a drawn juror, commit `commitment` =
		/// `blake2_256(SCALE(juror, inference, round, upheld, salt))`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::commit_vote())]
		pub fn commit_vote(
			origin: OriginFor<T>,
			inference: InferenceId,
			commitment: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_commit(&who, inference, commitment)
		}

		/// As a drawn juror, reveal the committed vote.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::reveal_vote())]
		pub fn reveal_vote(
			origin: OriginFor<T>,
			inference: InferenceId,
			upheld: bool,
			salt: [u8; 32],
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reveal(&who, inference, upheld, salt)
		}

		/// As anyone, tally the current round once every juror revealed or the reveal period
		/// ended; its ruling may then be appealed.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::tally())]
		pub fn tally(origin: OriginFor<T>, inference: InferenceId) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_tally(inference)
		}

		/// As anyone, appeal the latest ruling within the appeal period, holding the appeal
		/// bond (doubling with each appeal): a larger jury is drawn, or after the last appeal
		/// the case goes to a `dispute_fallback` referendum.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::appeal())]
		pub fn appeal(origin: OriginFor<T>, inference: InferenceId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_appeal(&who, inference)
		}

		/// As anyone, close a case whose latest ruling was not appealed in time: the ruling
		/// becomes the verdict. Charged for every round full, plus applying the verdict; the
		/// seats the case did not have are refunded.
		#[pallet::call_index(9)]
		#[pallet::weight(Pallet::<T>::closing_weight(T::WeightInfo::finalize(Pallet::<T>::max_seats())))]
		pub fn finalize(
			origin: OriginFor<T>,
			inference: InferenceId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let seats = Self::do_finalize(inference)?;
			Ok(Some(Self::closing_weight(T::WeightInfo::finalize(seats))).into())
		}

		/// Decide a case waiting for governance ([`Config::FallbackOrigin`]).
		#[pallet::call_index(10)]
		#[pallet::weight(Pallet::<T>::closing_weight(T::WeightInfo::decide(Pallet::<T>::max_seats())))]
		pub fn decide(
			origin: OriginFor<T>,
			inference: InferenceId,
			upheld: bool,
		) -> DispatchResultWithPostInfo {
			T::FallbackOrigin::ensure_origin(origin)?;
			let seats = Self::do_decide(inference, upheld)?;
			Ok(Some(Self::closing_weight(T::WeightInfo::decide(seats))).into())
		}

		/// As anyone, close a case governance did not decide within the fallback timeout:
		/// undecided, nobody slashed, every bond returned.
		#[pallet::call_index(11)]
		#[pallet::weight(Pallet::<T>::closing_weight(T::WeightInfo::expire_case(Pallet::<T>::max_seats())))]
		pub fn expire_case(
			origin: OriginFor<T>,
			inference: InferenceId,
		) -> DispatchResultWithPostInfo {
			ensure_signed(origin)?;
			let seats = Self::do_expire(inference)?;
			Ok(Some(Self::closing_weight(T::WeightInfo::expire_case(seats))).into())
		}

		/// Set the court's parameters ([`Config::ParamsOrigin`]). Open cases keep their
		/// current phase's deadlines; later phases use the new values.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::set_parameters())]
		pub fn set_parameters(origin: OriginFor<T>, parameters: ParametersOf<T>) -> DispatchResult {
			T::ParamsOrigin::ensure_origin(origin)?;
			ensure!(Self::valid_parameters(&parameters), Error::<T>::InvalidParameters);
			Parameters::<T>::put(&parameters);
			Self::deposit_event(Event::ParametersSet { parameters });
			Ok(())
		}
	}
}
