// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Null, Option, Result, U8aFixed, Vec, bool, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, H256, Perbill } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportDispatchPostDispatchInfo, FrameSupportPreimagesBounded, FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, OpenledgerPrimitivesModelKind, OpenledgerPrimitivesVerdict, OpenledgerRuntimeRuntimeHoldReason, PalletBalancesUnexpectedKind, PalletBatchesDisputeSubject, PalletBatchesRevealedRecord, PalletConvictionVotingTally, PalletConvictionVotingVoteAccountVote, PalletCourtCourtParameters, PalletCourtFallbackReason, PalletDatanetsCurationMode, PalletModelsDerivativeTerms, PalletRewardsSplitPolicy, SpConsensusGrandpaAppPublic, SpRuntimeDispatchError, SpRuntimeDispatchErrorWithPostInfo } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: OpenledgerRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: OpenledgerRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: OpenledgerRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: OpenledgerRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: OpenledgerRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: OpenledgerRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: OpenledgerRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: OpenledgerRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: OpenledgerRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: OpenledgerRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    batches: {
      /**
       * A batch was closed: its unclaimed tail went to the treasury, its deposit returned.
       **/
      BatchClosed: AugmentedEvent<ApiType, [batch: u64, unclaimed: u128], { batch: u64, unclaimed: u128 }>;
      /**
       * A batch was disputed: the court opened case `case`.
       **/
      BatchDisputed: AugmentedEvent<ApiType, [dispute: u64, case_: u64, batch: u64, challenger: AccountId32, subject: PalletBatchesDisputeSubject, bond: u128], { dispute: u64, case: u64, batch: u64, challenger: AccountId32, subject: PalletBatchesDisputeSubject, bond: u128 }>;
      /**
       * A batch passed its audit and was split.
       **/
      BatchSettled: AugmentedEvent<ApiType, [batch: u64, tail: u128, claimsUntil: u32], { batch: u64, tail: u128, claimsUntil: u32 }>;
      /**
       * A provider submitted a batch.
       **/
      BatchSubmitted: AugmentedEvent<ApiType, [batch: u64, provider: AccountId32, model: u32, epoch: u32, calls: u64, fees: u128, seedAt: u32], { batch: u64, provider: AccountId32, model: u32, epoch: u32, calls: u64, fees: u128, seedAt: u32 }>;
      /**
       * A batch failed its audit: nothing is paid and its provider was slashed.
       **/
      BatchVoided: AugmentedEvent<ApiType, [batch: u64, missing: u32, slashed: u128], { batch: u64, missing: u32, slashed: u128 }>;
      /**
       * The court rejected a dispute: the challenger's bond went to the provider.
       **/
      DisputeRejected: AugmentedEvent<ApiType, [dispute: u64, batch: u64, toProvider: u128], { dispute: u64, batch: u64, toProvider: u128 }>;
      /**
       * The court did not decide a dispute: the bond returned, nobody slashed.
       **/
      DisputeUndecided: AugmentedEvent<ApiType, [dispute: u64, batch: u64], { dispute: u64, batch: u64 }>;
      /**
       * The court upheld a dispute: the batch is void (if it was not already), its provider
       * slashed, part of it to the challenger, whose bond returned.
       **/
      DisputeUpheld: AugmentedEvent<ApiType, [dispute: u64, batch: u64, slashed: u128, toChallenger: u128], { dispute: u64, batch: u64, slashed: u128, toChallenger: u128 }>;
      /**
       * A payer opened an escrow with a provider.
       **/
      EscrowOpened: AugmentedEvent<ApiType, [payer: AccountId32, provider: AccountId32, amount: u128], { payer: AccountId32, provider: AccountId32, amount: u128 }>;
      /**
       * A payer added to an escrow.
       **/
      EscrowToppedUp: AugmentedEvent<ApiType, [payer: AccountId32, provider: AccountId32, amount: u128, total: u128], { payer: AccountId32, provider: AccountId32, amount: u128, total: u128 }>;
      /**
       * A payer withdrew its unlocked escrow, which closed (its deposit released).
       **/
      EscrowWithdrawn: AugmentedEvent<ApiType, [payer: AccountId32, provider: AccountId32, amount: u128], { payer: AccountId32, provider: AccountId32, amount: u128 }>;
      /**
       * The fees of a void batch went back to a payer whose escrow had closed meanwhile.
       **/
      FeeRefunded: AugmentedEvent<ApiType, [batch: u64, payer: AccountId32, to: AccountId32, amount: u128], { batch: u64, payer: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The losing side of a dispute reimbursed an arbitration fee.
       **/
      JuryFeeReimbursed: AugmentedEvent<ApiType, [dispute: u64, by: AccountId32, to: AccountId32, amount: u128], { dispute: u64, by: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * Sampled call records were revealed (one event per call, not per record: an event
       * costs about as much as checking a record's path).
       **/
      RecordsRevealed: AugmentedEvent<ApiType, [batch: u64, records: Vec<PalletBatchesRevealedRecord>], { batch: u64, records: Vec<PalletBatchesRevealedRecord> }>;
      /**
       * A contribution's part of a tail was claimed.
       **/
      TailClaimed: AugmentedEvent<ApiType, [batch: u64, contribution: u64, contributor: AccountId32, amount: u128], { batch: u64, contribution: u64, contributor: AccountId32, amount: u128 }>;
      /**
       * A payer asked to unlock an escrow.
       **/
      UnlockRequested: AugmentedEvent<ApiType, [payer: AccountId32, provider: AccountId32, at: u32, lastEpoch: u32], { payer: AccountId32, provider: AccountId32, at: u32, lastEpoch: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    convictionVoting: {
      /**
       * An account has delegated their vote to another account. \[who, target\]
       **/
      Delegated: AugmentedEvent<ApiType, [AccountId32, AccountId32, u16]>;
      /**
       * An \[account\] has cancelled a previous delegation operation.
       **/
      Undelegated: AugmentedEvent<ApiType, [AccountId32, u16]>;
      /**
       * An account has voted
       **/
      Voted: AugmentedEvent<ApiType, [who: AccountId32, vote: PalletConvictionVotingVoteAccountVote, pollIndex: u32], { who: AccountId32, vote: PalletConvictionVotingVoteAccountVote, pollIndex: u32 }>;
      /**
       * A vote has been removed
       **/
      VoteRemoved: AugmentedEvent<ApiType, [who: AccountId32, vote: PalletConvictionVotingVoteAccountVote, pollIndex: u32], { who: AccountId32, vote: PalletConvictionVotingVoteAccountVote, pollIndex: u32 }>;
      /**
       * The lockup period of a conviction vote expired, and the funds have been unlocked.
       **/
      VoteUnlocked: AugmentedEvent<ApiType, [who: AccountId32, class_: u16], { who: AccountId32, class: u16 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    court: {
      /**
       * An appeal bond was returned (`true`) or forfeited to the treasury (`false`).
       **/
      AppealBondSettled: AugmentedEvent<ApiType, [inference: u64, appellant: AccountId32, bond: u128, returned: bool], { inference: u64, appellant: AccountId32, bond: u128, returned: bool }>;
      /**
       * A round's ruling was appealed, holding `bond`.
       **/
      Appealed: AugmentedEvent<ApiType, [inference: u64, round: u32, appellant: AccountId32, bond: u128], { inference: u64, round: u32, appellant: AccountId32, bond: u128 }>;
      /**
       * The candidates of a case's next draw were fixed: `candidates` jurors of the pool,
       * `stake` in all.
       **/
      CandidatesFixed: AugmentedEvent<ApiType, [inference: u64, round: u32, candidates: u32, stake: u128], { inference: u64, round: u32, candidates: u32, stake: u128 }>;
      /**
       * The case closed with `verdict`, which was applied to the inference call.
       **/
      CaseClosed: AugmentedEvent<ApiType, [inference: u64, verdict: OpenledgerPrimitivesVerdict], { inference: u64, verdict: OpenledgerPrimitivesVerdict }>;
      /**
       * A case was opened; its jury may be drawn after block `draw_at`.
       **/
      CaseOpened: AugmentedEvent<ApiType, [inference: u64, drawAt: u32], { inference: u64, drawAt: u32 }>;
      /**
       * `on_idle` could not advance a case whose deadline passed; the extrinsics still can.
       **/
      CaseStalled: AugmentedEvent<ApiType, [inference: u64, error: SpRuntimeDispatchError], { inference: u64, error: SpRuntimeDispatchError }>;
      /**
       * The draw block's hash is no longer kept, or the case had no fixed candidates: the
       * draw moved to after block `draw_at`.
       **/
      DrawRescheduled: AugmentedEvent<ApiType, [inference: u64, drawAt: u32], { inference: u64, drawAt: u32 }>;
      /**
       * A full pool took a juror with a larger stake than its smallest: that juror is out of
       * the pool as if it had left (it may withdraw after the leave delay).
       **/
      JurorEvicted: AugmentedEvent<ApiType, [juror: AccountId32, stake: u128, by: AccountId32], { juror: AccountId32, stake: u128, by: AccountId32 }>;
      /**
       * A juror joined the pool with `stake` held.
       **/
      JurorJoined: AugmentedEvent<ApiType, [juror: AccountId32, stake: u128], { juror: AccountId32, stake: u128 }>;
      /**
       * A juror left the pool; it may withdraw from block `from`, once in no open case.
       **/
      JurorLeft: AugmentedEvent<ApiType, [juror: AccountId32, from: u32], { juror: AccountId32, from: u32 }>;
      /**
       * A juror who revealed its vote was paid its seat's arbitration fee.
       **/
      JurorPaid: AugmentedEvent<ApiType, [inference: u64, round: u32, juror: AccountId32, amount: u128], { inference: u64, round: u32, juror: AccountId32, amount: u128 }>;
      /**
       * A coherent juror received its part of the penalties.
       **/
      JurorRewarded: AugmentedEvent<ApiType, [inference: u64, juror: AccountId32, amount: u128], { inference: u64, juror: AccountId32, amount: u128 }>;
      /**
       * An incoherent juror lost part of its stake.
       **/
      JurorSlashed: AugmentedEvent<ApiType, [inference: u64, juror: AccountId32, amount: u128], { inference: u64, juror: AccountId32, amount: u128 }>;
      /**
       * A juror withdrew its stake.
       **/
      JurorWithdrawn: AugmentedEvent<ApiType, [juror: AccountId32, stake: u128], { juror: AccountId32, stake: u128 }>;
      /**
       * A round's jury was drawn.
       **/
      JuryDrawn: AugmentedEvent<ApiType, [inference: u64, round: u32, jurors: Vec<AccountId32>, commitEnd: u32, revealEnd: u32], { inference: u64, round: u32, jurors: Vec<AccountId32>, commitEnd: u32, revealEnd: u32 }>;
      /**
       * The arbitration fee of a round was advanced and held.
       **/
      JuryFeeHeld: AugmentedEvent<ApiType, [inference: u64, round: u32, payer: AccountId32, amount: u128], { inference: u64, round: u32, payer: AccountId32, amount: u128 }>;
      /**
       * A round's jury could not be drawn: its fee went back to who advanced it.
       **/
      JuryFeeReturned: AugmentedEvent<ApiType, [inference: u64, round: u32, payer: AccountId32, amount: u128], { inference: u64, round: u32, payer: AccountId32, amount: u128 }>;
      /**
       * Governance set the court's parameters.
       **/
      ParametersSet: AugmentedEvent<ApiType, [parameters: PalletCourtCourtParameters], { parameters: PalletCourtCourtParameters }>;
      /**
       * A round was tallied; its ruling may be appealed until `appeal_until`.
       **/
      RoundRuled: AugmentedEvent<ApiType, [inference: u64, round: u32, upheld: bool, upheldVotes: u32, rejectedVotes: u32, appealUntil: u32], { inference: u64, round: u32, upheld: bool, upheldVotes: u32, rejectedVotes: u32, appealUntil: u32 }>;
      /**
       * The case went to a `dispute_fallback` referendum; after `until` it may be closed
       * undecided.
       **/
      SentToGovernance: AugmentedEvent<ApiType, [inference: u64, reason: PalletCourtFallbackReason, until: u32], { inference: u64, reason: PalletCourtFallbackReason, until: u32 }>;
      /**
       * A juror's stake grew by `amount` to `stake`.
       **/
      StakeAdded: AugmentedEvent<ApiType, [juror: AccountId32, amount: u128, stake: u128], { juror: AccountId32, amount: u128, stake: u128 }>;
      /**
       * A drawn juror committed its vote.
       **/
      VoteCommitted: AugmentedEvent<ApiType, [inference: u64, round: u32, juror: AccountId32], { inference: u64, round: u32, juror: AccountId32 }>;
      /**
       * A drawn juror revealed its vote.
       **/
      VoteRevealed: AugmentedEvent<ApiType, [inference: u64, round: u32, juror: AccountId32, upheld: bool], { inference: u64, round: u32, juror: AccountId32, upheld: bool }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    datanets: {
      /**
       * A contribution joined the accepted set (accepted-set log entry, `op` 0).
       **/
      ContributionAccepted: AugmentedEvent<ApiType, [contribution: u64, datanet: u32, contributor: AccountId32, weight: u32, logRoot: H256], { contribution: u64, datanet: u32, contributor: AccountId32, weight: u32, logRoot: H256 }>;
      /**
       * The curator changed the deposit new contributions hold.
       **/
      ContributionDepositSet: AugmentedEvent<ApiType, [datanet: u32, deposit: u128], { datanet: u32, deposit: u128 }>;
      /**
       * A contribution pending for longer than `PendingExpiry` was expired and its deposit
       * returned.
       **/
      ContributionExpired: AugmentedEvent<ApiType, [contribution: u64, datanet: u32, contributor: AccountId32, depositReturned: u128], { contribution: u64, datanet: u32, contributor: AccountId32, depositReturned: u128 }>;
      /**
       * An accepted contribution was regraded (accepted-set log entry, `op` 1).
       **/
      ContributionGraded: AugmentedEvent<ApiType, [contribution: u64, datanet: u32, oldWeight: u32, newWeight: u32, logRoot: H256], { contribution: u64, datanet: u32, oldWeight: u32, newWeight: u32, logRoot: H256 }>;
      /**
       * A pending contribution was rejected and its deposit returned.
       **/
      ContributionRejected: AugmentedEvent<ApiType, [contribution: u64, datanet: u32, contributor: AccountId32, depositReturned: u128], { contribution: u64, datanet: u32, contributor: AccountId32, depositReturned: u128 }>;
      /**
       * A pending contribution was rejected as spam and its deposit slashed to the treasury.
       **/
      ContributionRejectedAsSpam: AugmentedEvent<ApiType, [contribution: u64, datanet: u32, contributor: AccountId32, slashed: u128], { contribution: u64, datanet: u32, contributor: AccountId32, slashed: u128 }>;
      /**
       * An accepted contribution was removed for bad data and its deposit slashed to the
       * treasury (accepted-set log entry, `op` 2).
       **/
      ContributionRemoved: AugmentedEvent<ApiType, [contribution: u64, datanet: u32, contributor: AccountId32, slashed: u128, byGovernance: bool, logRoot: H256], { contribution: u64, datanet: u32, contributor: AccountId32, slashed: u128, byGovernance: bool, logRoot: H256 }>;
      /**
       * A contribution was submitted and its deposit held.
       **/
      ContributionSubmitted: AugmentedEvent<ApiType, [contribution: u64, datanet: u32, contributor: AccountId32, contentHash: H256, size_: u64, deposit: u128], { contribution: u64, datanet: u32, contributor: AccountId32, contentHash: H256, size_: u64, deposit: u128 }>;
      /**
       * A contribution was withdrawn by its contributor and its deposit returned. If it was
       * accepted, this is an accepted-set log entry (`op` 2) and `log_root` is the new root.
       **/
      ContributionWithdrawn: AugmentedEvent<ApiType, [contribution: u64, datanet: u32, contributor: AccountId32, depositReturned: u128, wasAccepted: bool, logRoot: H256], { contribution: u64, datanet: u32, contributor: AccountId32, depositReturned: u128, wasAccepted: bool, logRoot: H256 }>;
      /**
       * A datanet has a new curator.
       **/
      CuratorshipTransferred: AugmentedEvent<ApiType, [datanet: u32, from: AccountId32, to: AccountId32], { datanet: u32, from: AccountId32, to: AccountId32 }>;
      /**
       * A datanet was closed.
       **/
      DatanetClosed: AugmentedEvent<ApiType, [datanet: u32], { datanet: u32 }>;
      /**
       * A datanet was created and its deposit held.
       **/
      DatanetCreated: AugmentedEvent<ApiType, [datanet: u32, curator: AccountId32, mode: PalletDatanetsCurationMode, contributionDeposit: u128, deposit: u128], { datanet: u32, curator: AccountId32, mode: PalletDatanetsCurationMode, contributionDeposit: u128, deposit: u128 }>;
      /**
       * A datanet's creation deposit went back to its depositor.
       **/
      DatanetDepositReleased: AugmentedEvent<ApiType, [datanet: u32, depositor: AccountId32, amount: u128], { datanet: u32, depositor: AccountId32, amount: u128 }>;
      /**
       * A datanet's metadata changed.
       **/
      DatanetMetadataUpdated: AugmentedEvent<ApiType, [datanet: u32], { datanet: u32 }>;
      /**
       * A contributor's share in a datanet changed.
       **/
      ShareChanged: AugmentedEvent<ApiType, [datanet: u32, contributor: AccountId32, oldShare: u64, newShare: u64, totalShare: u64], { datanet: u32, contributor: AccountId32, oldShare: u64, newShare: u64, totalShare: u64 }>;
      /**
       * A version of a datanet was published.
       **/
      VersionPublished: AugmentedEvent<ApiType, [datanet: u32, version: u32, contributions: u32, totalShare: u64, commitment: H256], { datanet: u32, version: u32, contributions: u32, totalShare: u64, commitment: H256 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    grandpa: {
      /**
       * New authority set has been applied.
       **/
      NewAuthorities: AugmentedEvent<ApiType, [authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>], { authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>> }>;
      /**
       * Current authority set has been paused.
       **/
      Paused: AugmentedEvent<ApiType, []>;
      /**
       * Current authority set has been resumed.
       **/
      Resumed: AugmentedEvent<ApiType, []>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    inference: {
      /**
       * The user cancelled an unanswered request after its deadline and got the fee back.
       **/
      Cancelled: AugmentedEvent<ApiType, [inference: u64, refund: u128], { inference: u64, refund: u128 }>;
      /**
       * A result was challenged.
       **/
      Challenged: AugmentedEvent<ApiType, [inference: u64, challenger: AccountId32, bond: u128], { inference: u64, challenger: AccountId32, bond: u128 }>;
      /**
       * The court rejected a challenge: the bond went to the provider; the result settles.
       **/
      ChallengeRejected: AugmentedEvent<ApiType, [inference: u64, bond: u128], { inference: u64, bond: u128 }>;
      /**
       * The court closed a challenge undecided: nobody showed the result wrong, so it settles
       * as answered; the bond was returned, the provider not slashed.
       **/
      ChallengeUndecided: AugmentedEvent<ApiType, [inference: u64, bond: u128], { inference: u64, bond: u128 }>;
      /**
       * The court upheld a challenge: provider slashed, user refunded, request ended.
       **/
      ChallengeUpheld: AugmentedEvent<ApiType, [inference: u64, slashed: u128, toChallenger: u128, refund: u128], { inference: u64, slashed: u128, toChallenger: u128, refund: u128 }>;
      /**
       * `on_idle` could not expire an overdue request (its holds no longer match its record);
       * it left the expiry queue and can still be ended by `expire_request` or `cancel`.
       **/
      ExpiryFailed: AugmentedEvent<ApiType, [inference: u64, error: SpRuntimeDispatchError], { inference: u64, error: SpRuntimeDispatchError }>;
      /**
       * The losing side of a challenge reimbursed an arbitration fee the winning side
       * advanced (out of the provider's stake, or of the challenger's bond).
       **/
      JuryFeeReimbursed: AugmentedEvent<ApiType, [inference: u64, by: AccountId32, to: AccountId32, amount: u128], { inference: u64, by: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * Governance set the minimum provider stake.
       **/
      MinProviderStakeSet: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * A provider withdrew its stake and left.
       **/
      ProviderLeft: AugmentedEvent<ApiType, [provider: AccountId32, stake: u128], { provider: AccountId32, stake: u128 }>;
      /**
       * A provider registered and bonded its stake.
       **/
      ProviderRegistered: AugmentedEvent<ApiType, [provider: AccountId32, stake: u128, models: Vec<u32>], { provider: AccountId32, stake: u128, models: Vec<u32> }>;
      /**
       * A user requested an inference call; its fee is in escrow.
       **/
      Requested: AugmentedEvent<ApiType, [inference: u64, user: AccountId32, model: u32, provider: AccountId32, fee: u128, inputHash: H256, deadline: u32], { inference: u64, user: AccountId32, model: u32, provider: AccountId32, fee: u128, inputHash: H256, deadline: u32 }>;
      /**
       * An unanswered request past its deadline was expired (by anyone); the user got the fee
       * and deposit back.
       **/
      RequestExpired: AugmentedEvent<ApiType, [inference: u64, refund: u128], { inference: u64, refund: u128 }>;
      /**
       * The provider answered with an attribution.
       **/
      ResultSubmitted: AugmentedEvent<ApiType, [inference: u64, outputHash: H256, contributions: u32, datanets: u32], { inference: u64, outputHash: H256, contributions: u32, datanets: u32 }>;
      /**
       * A provider serves one more model.
       **/
      ServingStarted: AugmentedEvent<ApiType, [provider: AccountId32, model: u32], { provider: AccountId32, model: u32 }>;
      /**
       * A provider stopped serving a model.
       **/
      ServingStopped: AugmentedEvent<ApiType, [provider: AccountId32, model: u32], { provider: AccountId32, model: u32 }>;
      /**
       * A result was settled: its fee went to the rewards split.
       **/
      Settled: AugmentedEvent<ApiType, [inference: u64, fee: u128], { inference: u64, fee: u128 }>;
      /**
       * Settlement in `on_idle` failed; the user was refunded and the request ended.
       **/
      SettlementFailed: AugmentedEvent<ApiType, [inference: u64, error: SpRuntimeDispatchError, refund: u128], { inference: u64, error: SpRuntimeDispatchError, refund: u128 }>;
      /**
       * A provider bonded more stake.
       **/
      StakeBonded: AugmentedEvent<ApiType, [provider: AccountId32, amount: u128, stake: u128], { provider: AccountId32, amount: u128, stake: u128 }>;
      /**
       * A provider's stake was slashed for a batch of calls it could not back.
       **/
      StakeSlashed: AugmentedEvent<ApiType, [provider: AccountId32, amount: u128, to: AccountId32], { provider: AccountId32, amount: u128, to: AccountId32 }>;
      /**
       * A provider started unbonding; it takes no new requests.
       **/
      Unbonding: AugmentedEvent<ApiType, [provider: AccountId32, withdrawableAt: u32], { provider: AccountId32, withdrawableAt: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    models: {
      /**
       * A deprecated model's registration deposit returned to its depositor.
       **/
      DepositReleased: AugmentedEvent<ApiType, [model: u32, depositor: AccountId32, amount: u128], { model: u32, depositor: AccountId32, amount: u128 }>;
      /**
       * A model's terms for future derivatives changed.
       **/
      DerivativeTermsChanged: AugmentedEvent<ApiType, [model: u32, terms: PalletModelsDerivativeTerms], { model: u32, terms: PalletModelsDerivativeTerms }>;
      /**
       * A model's metadata changed.
       **/
      MetadataUpdated: AugmentedEvent<ApiType, [model: u32], { model: u32 }>;
      /**
       * A model takes no new inference requests or derivatives.
       **/
      ModelDeprecated: AugmentedEvent<ApiType, [model: u32], { model: u32 }>;
      /**
       * A model was registered and its deposit held.
       **/
      ModelRegistered: AugmentedEvent<ApiType, [model: u32, owner: AccountId32, kind: OpenledgerPrimitivesModelKind, price: u128, deposit: u128], { model: u32, owner: AccountId32, kind: OpenledgerPrimitivesModelKind, price: u128, deposit: u128 }>;
      /**
       * A model has a new owner.
       **/
      OwnershipTransferred: AugmentedEvent<ApiType, [model: u32, from: AccountId32, to: AccountId32], { model: u32, from: AccountId32, to: AccountId32 }>;
      /**
       * A model's price changed.
       **/
      PriceUpdated: AugmentedEvent<ApiType, [model: u32, price: u128], { model: u32, price: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    preimage: {
      /**
       * A preimage has ben cleared.
       **/
      Cleared: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * A preimage has been noted.
       **/
      Noted: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * A preimage has been requested.
       **/
      Requested: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    referenda: {
      /**
       * A referendum has been approved and its proposal has been scheduled.
       **/
      Approved: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * A referendum has been cancelled.
       **/
      Cancelled: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      ConfirmAborted: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * A referendum has ended its confirmation phase and is ready for approval.
       **/
      Confirmed: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      ConfirmStarted: AugmentedEvent<ApiType, [index: u32], { index: u32 }>;
      /**
       * The decision deposit has been placed.
       **/
      DecisionDepositPlaced: AugmentedEvent<ApiType, [index: u32, who: AccountId32, amount: u128], { index: u32, who: AccountId32, amount: u128 }>;
      /**
       * The decision deposit has been refunded.
       **/
      DecisionDepositRefunded: AugmentedEvent<ApiType, [index: u32, who: AccountId32, amount: u128], { index: u32, who: AccountId32, amount: u128 }>;
      /**
       * A referendum has moved into the deciding phase.
       **/
      DecisionStarted: AugmentedEvent<ApiType, [index: u32, track: u16, proposal: FrameSupportPreimagesBounded, tally: PalletConvictionVotingTally], { index: u32, track: u16, proposal: FrameSupportPreimagesBounded, tally: PalletConvictionVotingTally }>;
      /**
       * A deposit has been slashed.
       **/
      DepositSlashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * A referendum has been killed.
       **/
      Killed: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      /**
       * Metadata for a referendum has been cleared.
       **/
      MetadataCleared: AugmentedEvent<ApiType, [index: u32, hash_: H256], { index: u32, hash_: H256 }>;
      /**
       * Metadata for a referendum has been set.
       **/
      MetadataSet: AugmentedEvent<ApiType, [index: u32, hash_: H256], { index: u32, hash_: H256 }>;
      /**
       * A proposal has been rejected by referendum.
       **/
      Rejected: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      /**
       * The submission deposit has been refunded.
       **/
      SubmissionDepositRefunded: AugmentedEvent<ApiType, [index: u32, who: AccountId32, amount: u128], { index: u32, who: AccountId32, amount: u128 }>;
      /**
       * A referendum has been submitted.
       **/
      Submitted: AugmentedEvent<ApiType, [index: u32, track: u16, proposal: FrameSupportPreimagesBounded], { index: u32, track: u16, proposal: FrameSupportPreimagesBounded }>;
      /**
       * A referendum has been timed out without being decided.
       **/
      TimedOut: AugmentedEvent<ApiType, [index: u32, tally: PalletConvictionVotingTally], { index: u32, tally: PalletConvictionVotingTally }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    rewards: {
      /**
       * The fees of a batch of calls were split as one.
       **/
      BatchSettled: AugmentedEvent<ApiType, [batch: u64, model: u32, calls: u64, fees: u128, toTreasury: u128, toProvider: u128, toModelSide: u128, toDataSide: u128, toTail: u128], { batch: u64, model: u32, calls: u64, fees: u128, toTreasury: u128, toProvider: u128, toModelSide: u128, toDataSide: u128, toTail: u128 }>;
      /**
       * An account claimed its credits.
       **/
      CreditsClaimed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * A datanet's latest version retired the versions before `up_to`: its pool folded the
       * epochs only they told apart into epoch 0.
       **/
      EpochsFolded: AugmentedEvent<ApiType, [datanet: u32, upTo: u32, epochs: u32], { datanet: u32, upTo: u32, epochs: u32 }>;
      /**
       * A model's owner chose a data side for it (`None`: back to the policy's).
       **/
      ModelDataSideSet: AugmentedEvent<ApiType, [model: u32, dataSide: Option<Perbill>], { model: u32, dataSide: Option<Perbill> }>;
      /**
       * Governance set a new split policy.
       **/
      PolicySet: AugmentedEvent<ApiType, [policy: PalletRewardsSplitPolicy], { policy: PalletRewardsSplitPolicy }>;
      /**
       * A contributor claimed from a datanet's pool.
       **/
      PoolClaimed: AugmentedEvent<ApiType, [datanet: u32, who: AccountId32, amount: u128], { datanet: u32, who: AccountId32, amount: u128 }>;
      /**
       * A receipt passed its retention period and was removed.
       **/
      ReceiptPruned: AugmentedEvent<ApiType, [inference: u64], { inference: u64 }>;
      /**
       * An inference call's fee was split; its receipt holds who got what.
       **/
      Settled: AugmentedEvent<ApiType, [inference: u64, model: u32, fee: u128, toTreasury: u128, toProvider: u128, toModelSide: u128, toDataSide: u128], { inference: u64, model: u32, fee: u128, toTreasury: u128, toProvider: u128, toModelSide: u128, toDataSide: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    scheduler: {
      /**
       * Agenda is incomplete from `when`.
       **/
      AgendaIncomplete: AugmentedEvent<ApiType, [when: u32], { when: u32 }>;
      /**
       * The call for the provided hash was not found so the task has been aborted.
       **/
      CallUnavailable: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * Canceled some task.
       **/
      Canceled: AugmentedEvent<ApiType, [when: u32, index: u32], { when: u32, index: u32 }>;
      /**
       * Dispatched some task.
       **/
      Dispatched: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>, result: Result<Null, SpRuntimeDispatchError>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed>, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The given task was unable to be renewed since the agenda is full at that block.
       **/
      PeriodicFailed: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * The given task can never be executed since it is overweight.
       **/
      PermanentlyOverweight: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * Cancel a retry configuration for some task.
       **/
      RetryCancelled: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * The given task was unable to be retried since the agenda is full at that block or there
       * was not enough weight to reschedule it.
       **/
      RetryFailed: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>], { task: ITuple<[u32, u32]>, id: Option<U8aFixed> }>;
      /**
       * Set a retry configuration for some task.
       **/
      RetrySet: AugmentedEvent<ApiType, [task: ITuple<[u32, u32]>, id: Option<U8aFixed>, period: u32, retries: u8], { task: ITuple<[u32, u32]>, id: Option<U8aFixed>, period: u32, retries: u8 }>;
      /**
       * Scheduled some task.
       **/
      Scheduled: AugmentedEvent<ApiType, [when: u32, index: u32], { when: u32, index: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    sudo: {
      /**
       * The sudo key has been updated.
       **/
      KeyChanged: AugmentedEvent<ApiType, [old: Option<AccountId32>, new_: AccountId32], { old: Option<AccountId32>, new_: AccountId32 }>;
      /**
       * The key was permanently removed.
       **/
      KeyRemoved: AugmentedEvent<ApiType, []>;
      /**
       * A sudo call just took place.
       **/
      Sudid: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A [sudo_as](Pallet::sudo_as) call just took place.
       **/
      SudoAsDone: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    technicalCommittee: {
      /**
       * A motion was approved by the required threshold.
       **/
      Approved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A proposal was closed because its threshold was reached or after its duration was up.
       **/
      Closed: AugmentedEvent<ApiType, [proposalHash: H256, yes: u32, no: u32], { proposalHash: H256, yes: u32, no: u32 }>;
      /**
       * A motion was not approved by the required threshold.
       **/
      Disapproved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A motion was executed; result will be `Ok` if it returned without error.
       **/
      Executed: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A proposal was killed.
       **/
      Killed: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A single member did some action; result will be `Ok` if it returned without error.
       **/
      MemberExecuted: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Some cost for storing a proposal was burned.
       **/
      ProposalCostBurned: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * Some cost for storing a proposal was released.
       **/
      ProposalCostReleased: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * A motion (given hash) has been proposed (by given account) with a threshold (given
       * `MemberCount`).
       **/
      Proposed: AugmentedEvent<ApiType, [account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32], { account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32 }>;
      /**
       * A motion (given hash) has been voted on by given account, leaving
       * a tally (yes votes and no votes given respectively as `MemberCount`).
       **/
      Voted: AugmentedEvent<ApiType, [account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32], { account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    utility: {
      /**
       * Batch of dispatches completed fully with no error.
       **/
      BatchCompleted: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches completed but has errors.
       **/
      BatchCompletedWithErrors: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches did not complete fully. Index of first failing dispatch given, as
       * well as the error.
       **/
      BatchInterrupted: AugmentedEvent<ApiType, [index: u32, error: SpRuntimeDispatchError], { index: u32, error: SpRuntimeDispatchError }>;
      /**
       * A call was dispatched.
       **/
      DispatchedAs: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The fallback call was dispatched.
       **/
      IfElseFallbackCalled: AugmentedEvent<ApiType, [mainError: SpRuntimeDispatchError], { mainError: SpRuntimeDispatchError }>;
      /**
       * Main call was dispatched.
       **/
      IfElseMainSuccess: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with no error.
       **/
      ItemCompleted: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with error.
       **/
      ItemFailed: AugmentedEvent<ApiType, [error: SpRuntimeDispatchError], { error: SpRuntimeDispatchError }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    whitelist: {
      CallWhitelisted: AugmentedEvent<ApiType, [callHash: H256], { callHash: H256 }>;
      /**
       * A relayer (signed origin) executed a deferred dispatch.
       * 
       * Emitted whenever the deferred entry is consumed by a relayer, regardless of whether the
       * inner call itself succeeded; the inner call's outcome is reported separately by
       * [`Event::WhitelistedCallDispatched`].
       **/
      DeferredDispatchExecuted: AugmentedEvent<ApiType, [callHash: H256, who: AccountId32], { callHash: H256, who: AccountId32 }>;
      /**
       * A deferred dispatch entry has been removed after expiration.
       **/
      DeferredDispatchRemoved: AugmentedEvent<ApiType, [callHash: H256], { callHash: H256 }>;
      /**
       * A call dispatch has been deferred to a future provided block.
       **/
      DispatchDeferred: AugmentedEvent<ApiType, [callHash: H256], { callHash: H256 }>;
      WhitelistedCallDispatched: AugmentedEvent<ApiType, [callHash: H256, result: Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo>], { callHash: H256, result: Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo> }>;
      WhitelistedCallRemoved: AugmentedEvent<ApiType, [callHash: H256], { callHash: H256 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
  } // AugmentedEvents
} // declare module
