//! Types stored by the court.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*, traits::fungible::Inspect, CloneNoBound, DebugNoBound, EqNoBound,
	PartialEqNoBound,
};
use openledger_primitives::{ChallengeCourt, ChallengeEvidence, InferenceId};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::Perbill;

pub(crate) type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
/// Balance of the currency stakes and bonds are in.
pub type BalanceOf<T> = <<T as Config>::Currency as Inspect<AccountIdOf<T>>>::Balance;
pub(crate) type BlockNumberOf<T> = frame_system::pallet_prelude::BlockNumberFor<T>;
/// The court's parameters in this runtime's balance and block number.
pub type ParametersOf<T> = CourtParameters<BalanceOf<T>, BlockNumberOf<T>>;
/// A case's evidence within this court's bound.
pub type EvidenceOf<T> = ChallengeEvidence<<T as Config>::MaxUriLength>;
/// The accounts that may not judge a case.
pub type PartiesOf<T> =
	BoundedVec<AccountIdOf<T>, <crate::Pallet<T> as ChallengeCourt<AccountIdOf<T>>>::MaxParties>;

/// The jurors a round may be drawn from, each with the stake it had, fixed when the case or
/// the appeal that opened the round was submitted: before the draw's seed exists.
pub type CandidatesOf<T> = BoundedVec<(AccountIdOf<T>, BalanceOf<T>), <T as Config>::MaxJurors>;
/// The cases with a deadline at one block.
pub type DueCasesOf<T> = BoundedVec<InferenceId, <T as Config>::MaxDuePerBlock>;

/// What governance (the `economic_params` track) sets: stakes, jury size, periods, bonds and
/// the penalty of incoherent jurors.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct CourtParameters<Balance, BlockNumber> {
	/// Least stake to join the jury pool and to be drawn.
	pub min_juror_stake: Balance,
	/// Jurors of a case's first round (odd); each appeal's jury is `2n + 1` of the previous.
	pub jury_size: u32,
	/// Blocks between a case (or an appeal) and its draw: the draw's seed is the hash of a
	/// block that did not exist when the case was opened.
	pub draw_delay: BlockNumber,
	/// Blocks drawn jurors have to commit their votes.
	pub commit_period: BlockNumber,
	/// Blocks after the commit period to reveal them.
	pub reveal_period: BlockNumber,
	/// Blocks after a round's ruling during which anyone may appeal it.
	pub appeal_period: BlockNumber,
	/// Bond of the first appeal; each further appeal's bond doubles.
	pub appeal_bond: Balance,
	/// Arbitration fee of one seat, advanced for a whole jury by whoever asks for it (the
	/// challenger for the first, each appellant for the next) and paid to each juror who
	/// reveals; the losing side reimburses the winning side's. At least what committing and
	/// revealing a vote cost in transaction fees, so a juror who reveals is never out of pocket.
	pub juror_fee: Balance,
	/// Part of a drawn stake an incoherent juror (voted against the outcome, or did not
	/// reveal) loses to the coherent ones.
	pub incoherence_penalty: Perbill,
	/// Blocks a case waits for the `dispute_fallback` referendum before anyone may close it
	/// without a verdict.
	pub fallback_timeout: BlockNumber,
	/// Blocks between leaving the pool and withdrawing the stake.
	pub leave_delay: BlockNumber,
}

/// A juror: its stake and how many seats it holds in undecided cases.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct JurorInfo<T: Config> {
	/// Held under [`crate::HoldReason::JurorStake`].
	pub stake: BalanceOf<T>,
	/// Seats in rounds of cases not yet closed (a juror may sit in several rounds of a case).
	pub seats: u32,
	/// Set when the juror left the pool: the block it left at.
	pub leaving_since: Option<BlockNumberOf<T>>,
}

/// Where a case stands.
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
pub enum Phase<BlockNumber> {
	/// The next round's jury may be drawn by anyone after block `at`.
	Drawing {
		/// The block whose hash seeds the draw.
		at: BlockNumber,
	},
	/// Drawn jurors commit until `commit_end`, then reveal until `reveal_end`. Revealing
	/// starts early once every juror has committed; the round may be tallied early once every
	/// juror has revealed.
	Voting {
		/// Last block to commit in.
		commit_end: BlockNumber,
		/// Last block to reveal in.
		reveal_end: BlockNumber,
	},
	/// The latest round ruled; anyone may appeal until `until`, after which anyone may close
	/// the case with that ruling.
	Appealable {
		/// Last block to appeal in.
		until: BlockNumber,
	},
	/// Appeals are exhausted (or too few jurors could be drawn): a `dispute_fallback`
	/// referendum decides; after `until` anyone may close the case without a verdict.
	Fallback {
		/// Last block the referendum may decide in.
		until: BlockNumber,
	},
}

impl<BlockNumber: Copy> Phase<BlockNumber> {
	/// The last block of this phase: after it the case is due to advance (draw, tally, close
	/// with the ruling, close undecided).
	pub fn deadline(&self) -> BlockNumber {
		match *self {
			Phase::Drawing { at } => at,
			Phase::Voting { reveal_end, .. } => reveal_end,
			Phase::Appealable { until } | Phase::Fallback { until } => until,
		}
	}
}

/// A challenge under judgement.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Case<T: Config> {
	/// What the challenger brought: model, output hash, where to fetch the output.
	pub evidence: EvidenceOf<T>,
	/// Who may not be drawn: provider, challenger, paying user, the owners of the model and of
	/// its ancestors, attributed contributors (see the crate docs' "Conflicts").
	pub parties: PartiesOf<T>,
	/// Rounds drawn so far (`Rounds` holds `0..rounds`).
	pub rounds: u32,
	/// Where it stands.
	pub phase: Phase<BlockNumberOf<T>>,
}

/// A drawn juror's vote in one round.
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
pub enum Vote {
	/// Nothing yet.
	None,
	/// `blake2_256(SCALE(juror, inference, round, upheld, salt))`.
	Committed(H256),
	/// The revealed vote: `true` upholds the challenge.
	Revealed(bool),
}

/// One seat of a jury.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Seat<T: Config> {
	/// The juror.
	pub juror: AccountIdOf<T>,
	/// Its stake when drawn: what the penalty is a fraction of, and its weight in the reward.
	pub stake: BalanceOf<T>,
	/// Its vote.
	pub vote: Vote,
}

/// One round of a case: its jury, its ruling, and the appeal against that ruling.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Round<T: Config> {
	/// The drawn jurors, each once.
	pub seats: BoundedVec<Seat<T>, T::MaxJurySize>,
	/// `true` upholds the challenge; set when the round is tallied.
	pub ruling: Option<bool>,
	/// Who appealed this round's ruling and the bond held from them.
	pub appeal: Option<(AccountIdOf<T>, BalanceOf<T>)>,
}

/// The arbitration fee of one round of a case, advanced before its jury is drawn.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct JuryFee<T: Config> {
	/// Who advanced it (the challenger for round 0, the appellant for a later round), held
	/// under [`crate::HoldReason::JuryFee`].
	pub payer: AccountIdOf<T>,
	/// `juror_fee` times the round's jury size.
	pub amount: BalanceOf<T>,
}

/// Why a case went to a `dispute_fallback` referendum.
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
pub enum FallbackReason {
	/// The last jury round was appealed.
	AppealsExhausted,
	/// Too few eligible jurors to draw the round's jury.
	TooFewJurors,
}
