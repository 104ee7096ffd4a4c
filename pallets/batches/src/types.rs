//! Types stored and taken by the batches pallet.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*, traits::fungible::Inspect, CloneNoBound, DebugNoBound, EqNoBound,
	PartialEqNoBound,
};
use openledger_primitives::{
	BatchId, BatchScoresFor, ChallengeCourt, EpochNumber, InferenceRewards, ModelId,
};
use scale_info::TypeInfo;
use sp_core::H256;

pub(crate) type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
/// Balance of the currency escrows are in.
pub type BalanceOf<T> = <<T as Config>::Currency as Inspect<AccountIdOf<T>>>::Balance;
pub(crate) type BlockNumberOf<T> = frame_system::pallet_prelude::BlockNumberFor<T>;
/// A batch's aggregated scores, within the bounds [`Config::Rewards`] owns.
pub type ScoresOf<T> =
	BatchScoresFor<<T as Config>::Rewards, AccountIdOf<T>, <T as Config>::Currency>;
/// The split terms [`Config::Rewards`] fixes for a batch when it is submitted.
pub type TermsOf<T> =
	<<T as Config>::Rewards as InferenceRewards<AccountIdOf<T>, <T as Config>::Currency>>::Terms;

/// The longest evidence URI the court takes.
pub type MaxUriLengthOf<T> = <<T as Config>::Court as ChallengeCourt<AccountIdOf<T>>>::MaxUriLength;
/// Who may not judge a dispute, within the court's bound.
pub type PartiesOf<T> = BoundedVec<
	AccountIdOf<T>,
	<<T as Config>::Court as ChallengeCourt<AccountIdOf<T>>>::MaxParties,
>;

/// An unlock a payer asked for.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub struct Unlock<BlockNumber> {
	/// From this block what no batch claims may be withdrawn.
	pub at: BlockNumber,
	/// The last epoch whose receipts a batch may still claim from this escrow: the one the
	/// unlock was asked in.
	pub last_epoch: EpochNumber,
}

/// What a payer has escrowed for one provider's calls.
///
/// The funds are in this pallet's account (the escrows' pot), not held on the payer: a batch
/// takes its fees out of the escrows when it is submitted, so settling it moves the batch's
/// total out of the pot once, whatever the number of payers.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Escrow<T: Config> {
	/// What is left for the provider's calls, in the pot: the payer's funds less the fees of
	/// every batch submitted against it (a void batch's fees come back).
	pub amount: BalanceOf<T>,
	/// The storage deposit held with it (`HoldReason::EscrowDeposit`).
	pub deposit: BalanceOf<T>,
	/// The unlock asked for, if any.
	pub unlock: Option<Unlock<BlockNumberOf<T>>>,
}

/// One payer's part of a batch, as submitted: its latest receipt of the epoch, signed.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct PayerClaim<T: Config> {
	/// The payer.
	pub payer: AccountIdOf<T>,
	/// The receipt's sequence number: how many calls the payer made in the epoch.
	pub sequence: u64,
	/// The receipt's cumulative fee: all the payer owes for them.
	pub cumulative_fee: BalanceOf<T>,
	/// The hash of the request of its last call.
	pub request_hash: H256,
	/// The root of the payer's tree of receipts of its calls 1 to `sequence`
	/// (`openledger_formulas::batch::receipt_leaf`), signed with the rest.
	pub receipts_root: H256,
	/// The payer's signature of the receipt (`openledger_formulas::batch::receipt_payload`).
	pub signature: T::Signature,
}

/// One payer's part of a stored batch.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub struct PayerTotal<AccountId, Balance> {
	/// The payer.
	pub payer: AccountId,
	/// Its calls in the batch (its last receipt's sequence number).
	pub calls: u64,
	/// What it pays for them (its last receipt's cumulative fee).
	pub fee: Balance,
	/// The root of its tree of receipts, signed in its last receipt: each of its calls is
	/// proven its by a path to it.
	pub receipts_root: H256,
}

/// A call record as revealed for an audit: the leaf's fields
/// (`openledger_formulas::batch::call_record_leaf`) and which payer it belongs to.
#[derive(
	Encode, Decode, DecodeWithMemTracking, TypeInfo, Clone, PartialEq, Eq, Debug, MaxEncodedLen,
)]
pub struct CallRecord<Balance> {
	/// The payer's place in the batch's list of payers.
	pub payer_index: u32,
	/// The call's sequence number in the payer's calls (from 1).
	pub sequence: u64,
	/// The cumulative fee of the payer's receipt for it.
	pub cumulative_fee: Balance,
	/// The hash of the request.
	pub request_hash: H256,
	/// The hash of the output.
	pub output_hash: H256,
	/// The hash of the call's attribution (`openledger_formulas::batch::attribution_hash`).
	pub attribution_hash: H256,
}

/// The most samples one audit draws (`Config::AuditSamples` is at most this).
pub type MaxSamples = ConstU32<32>;

/// A sampled record as revealed, in `Event::RecordsRevealed`: what anyone re-runs.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct RevealedRecord<AccountId> {
	/// The sample.
	pub sample: u32,
	/// The record's position among the calls.
	pub position: u64,
	/// The payer of the call.
	pub payer: AccountId,
	/// The call's sequence number.
	pub sequence: u64,
	/// The output's hash.
	pub output_hash: H256,
	/// The attribution's hash.
	pub attribution_hash: H256,
}

/// One audit sample revealed: the sampled record, its path in the tree of calls, and the path
/// of its receipt in its payer's tree of receipts (whose root the payer signed).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub struct RecordReveal<T: Config> {
	/// The sample.
	pub sample: u32,
	/// The record at the sampled position.
	pub record: CallRecord<BalanceOf<T>>,
	/// Its siblings in the tree of calls, from the leaf up.
	pub proof: BoundedVec<H256, T::MaxProofLength>,
	/// The siblings of its receipt's leaf in its payer's tree of receipts, from the leaf up.
	pub receipt_proof: BoundedVec<H256, T::MaxProofLength>,
}

/// Where a batch stands.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug)]
pub enum BatchStatus<BlockNumber, Balance> {
	/// Submitted; the audit's samples come from the hash of block `seed_at`, and must be
	/// revealed by block `reveal_by`. `revealed` has bit `i` set once sample `i` was.
	Audit {
		/// The block whose hash seeds the samples.
		seed_at: BlockNumber,
		/// The last block a sample may be revealed in.
		reveal_by: BlockNumber,
		/// One bit per sample revealed.
		revealed: u32,
	},
	/// Split; the tail's `tail` is claimable with proofs until `claims_until`.
	Settled {
		/// What the tail received.
		tail: Balance,
		/// What has been claimed of it.
		claimed: Balance,
		/// The first block no claim is accepted in; the batch can then be closed.
		claims_until: BlockNumber,
	},
	/// A sample was not revealed: the batch pays nothing, its fees stay with the payers, and
	/// the provider was slashed. Kept until `closable_at` so it cannot be submitted again.
	Void {
		/// The first block it may be closed in (its epoch's submission window has ended).
		closable_at: BlockNumber,
	},
}

/// A submitted batch: one provider's calls on one model in one epoch.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Batch<T: Config> {
	/// The provider that served the calls and submitted the batch.
	pub provider: AccountIdOf<T>,
	/// The model the calls were on.
	pub model: ModelId,
	/// The epoch the calls were made in.
	pub epoch: EpochNumber,
	/// How many calls it holds: the sum of the payers' sequence numbers.
	pub calls: u64,
	/// What the calls pay in all: the sum of the payers' cumulative fees.
	pub fees: BalanceOf<T>,
	/// Each payer's calls and fee, in the order of the tree of calls.
	pub payers: BoundedVec<PayerTotal<AccountIdOf<T>, BalanceOf<T>>, T::MaxPayers>,
	/// The Merkle root over the call records, in the payers' order, each payer's by sequence.
	pub calls_root: H256,
	/// The aggregated attribution.
	pub scores: ScoresOf<T>,
	/// The Merkle root over every tail contribution's weight.
	pub tail_root: H256,
	/// How many leaves the tail tree has.
	pub tail_leaves: u32,
	/// The split terms fixed at submission.
	pub terms: TermsOf<T>,
	/// The storage deposit held from the provider (`HoldReason::BatchDeposit`).
	pub deposit: BalanceOf<T>,
	/// Where it stands.
	pub status: BatchStatus<BlockNumberOf<T>, BalanceOf<T>>,
}

/// What a dispute of a batch says its provider committed to and is wrong: the court's jurors
/// re-run the call (or the aggregation) and compare.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
pub enum DisputedCall<T: Config> {
	/// A record of the batch's tree of calls, sampled or not, with its Merkle path: its output
	/// is not what the model gives for the request, or its attribution is not the engine's.
	Record {
		/// The record.
		record: CallRecord<BalanceOf<T>>,
		/// Its siblings in the tree of calls, from the leaf up.
		proof: BoundedVec<H256, T::MaxProofLength>,
	},
	/// A call as the provider acknowledged it to its payer (the payer's own evidence, for a
	/// call the batch need not reveal): its output or attribution is wrong.
	Acknowledged {
		/// The payer's place in the batch's list of payers.
		payer_index: u32,
		/// The call's sequence number.
		sequence: u64,
		/// The output's hash the provider acknowledged.
		output_hash: H256,
		/// The attribution's hash the provider acknowledged.
		attribution_hash: H256,
		/// The provider's signature of the acknowledgement
		/// (`openledger_formulas::batch::ack_payload`).
		signature: T::Signature,
	},
	/// The batch's aggregated attribution (its scores and tail) is not the fee-weighted sum of
	/// its records' attributions, or its records were not published for anyone to check.
	Aggregate,
}

/// What a dispute is about, as stored: enough for the jurors to find what to re-run.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum DisputeSubject {
	/// The call at `position` of the tree of calls, or (for an acknowledged call not placed
	/// in the tree) of the payer's `sequence`, with what the provider committed to.
	Call {
		/// The payer's place in the batch's list of payers.
		payer_index: u32,
		/// The call's sequence number.
		sequence: u64,
		/// The output's hash.
		output_hash: H256,
		/// The attribution's hash.
		attribution_hash: H256,
	},
	/// The batch's aggregated attribution.
	Aggregate,
}

/// The most models a batch pays the owners of: the called model and each ancestor.
pub struct MaxPaidModels<T>(core::marker::PhantomData<T>);

impl<T: Config> Get<u32> for MaxPaidModels<T> {
	fn get() -> u32 {
		use openledger_primitives::ModelsInspect;
		<T::Models as ModelsInspect<AccountIdOf<T>, BalanceOf<T>>>::MaxLineageDepth::get()
			.saturating_add(1)
	}
}

/// An open dispute of a batch, until the court's verdict.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Dispute<T: Config> {
	/// The disputed batch.
	pub batch: BatchId,
	/// Who disputes it, holding the bond.
	pub challenger: AccountIdOf<T>,
	/// The bond held (`HoldReason::DisputeBond`).
	pub bond: BalanceOf<T>,
	/// What is disputed.
	pub subject: DisputeSubject,
	/// The models whose owners the batch pays (the called model, then its ancestors), counted
	/// in `OpenDisputesOf` until the verdict: fixed here, so the verdict applies whatever
	/// becomes of them meanwhile.
	pub models: BoundedVec<ModelId, MaxPaidModels<T>>,
}
