// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/types/lookup';

import type { BTreeMap, Bytes, Compact, Enum, Null, Option, Result, Struct, Text, U256, U8aFixed, Vec, bool, i128, i64, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { ITuple } from '@polkadot/types-codec/types';
import type { Vote } from '@polkadot/types/interfaces/elections';
import type { AccountId32, Call, H256, MultiAddress, Perbill } from '@polkadot/types/interfaces/runtime';
import type { Event } from '@polkadot/types/interfaces/system';

declare module '@polkadot/types/lookup' {
  /** @name FrameSystemCall (9) */
  interface FrameSystemCall extends Enum {
    readonly isRemark: boolean;
    readonly asRemark: {
      readonly remark: Bytes;
    } & Struct;
    readonly isSetHeapPages: boolean;
    readonly asSetHeapPages: {
      readonly pages: u64;
    } & Struct;
    readonly isSetCode: boolean;
    readonly asSetCode: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetCodeWithoutChecks: boolean;
    readonly asSetCodeWithoutChecks: {
      readonly code: Bytes;
    } & Struct;
    readonly isSetStorage: boolean;
    readonly asSetStorage: {
      readonly items: Vec<ITuple<[Bytes, Bytes]>>;
    } & Struct;
    readonly isKillStorage: boolean;
    readonly asKillStorage: {
      readonly keys_: Vec<Bytes>;
    } & Struct;
    readonly isKillPrefix: boolean;
    readonly asKillPrefix: {
      readonly prefix: Bytes;
      readonly subkeys: u32;
    } & Struct;
    readonly isRemarkWithEvent: boolean;
    readonly asRemarkWithEvent: {
      readonly remark: Bytes;
    } & Struct;
    readonly isAuthorizeUpgrade: boolean;
    readonly asAuthorizeUpgrade: {
      readonly codeHash: H256;
    } & Struct;
    readonly isAuthorizeUpgradeWithoutChecks: boolean;
    readonly asAuthorizeUpgradeWithoutChecks: {
      readonly codeHash: H256;
    } & Struct;
    readonly isApplyAuthorizedUpgrade: boolean;
    readonly asApplyAuthorizedUpgrade: {
      readonly code: Bytes;
    } & Struct;
    readonly type: 'Remark' | 'SetHeapPages' | 'SetCode' | 'SetCodeWithoutChecks' | 'SetStorage' | 'KillStorage' | 'KillPrefix' | 'RemarkWithEvent' | 'AuthorizeUpgrade' | 'AuthorizeUpgradeWithoutChecks' | 'ApplyAuthorizedUpgrade';
  }

  /** @name PalletTimestampCall (16) */
  interface PalletTimestampCall extends Enum {
    readonly isSet: boolean;
    readonly asSet: {
      readonly now: Compact<u64>;
    } & Struct;
    readonly type: 'Set';
  }

  /** @name PalletGrandpaCall (18) */
  interface PalletGrandpaCall extends Enum {
    readonly isReportEquivocation: boolean;
    readonly asReportEquivocation: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isReportEquivocationUnsigned: boolean;
    readonly asReportEquivocationUnsigned: {
      readonly equivocationProof: SpConsensusGrandpaEquivocationProof;
      readonly keyOwnerProof: SpCoreVoid;
    } & Struct;
    readonly isNoteStalled: boolean;
    readonly asNoteStalled: {
      readonly delay: u32;
      readonly bestFinalizedBlockNumber: u32;
    } & Struct;
    readonly type: 'ReportEquivocation' | 'ReportEquivocationUnsigned' | 'NoteStalled';
  }

  /** @name SpConsensusGrandpaEquivocationProof (19) */
  interface SpConsensusGrandpaEquivocationProof extends Struct {
    readonly setId: u64;
    readonly equivocation: SpConsensusGrandpaEquivocation;
  }

  /** @name SpConsensusGrandpaEquivocation (20) */
  interface SpConsensusGrandpaEquivocation extends Enum {
    readonly isPrevote: boolean;
    readonly asPrevote: FinalityGrandpaEquivocationPrevote;
    readonly isPrecommit: boolean;
    readonly asPrecommit: FinalityGrandpaEquivocationPrecommit;
    readonly type: 'Prevote' | 'Precommit';
  }

  /** @name FinalityGrandpaEquivocationPrevote (21) */
  interface FinalityGrandpaEquivocationPrevote extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrevote, SpConsensusGrandpaAppSignature]>;
  }

  /** @name SpConsensusGrandpaAppPublic (22) */
  interface SpConsensusGrandpaAppPublic extends U8aFixed {}

  /** @name FinalityGrandpaPrevote (23) */
  interface FinalityGrandpaPrevote extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpConsensusGrandpaAppSignature (24) */
  interface SpConsensusGrandpaAppSignature extends U8aFixed {}

  /** @name FinalityGrandpaEquivocationPrecommit (27) */
  interface FinalityGrandpaEquivocationPrecommit extends Struct {
    readonly roundNumber: u64;
    readonly identity: SpConsensusGrandpaAppPublic;
    readonly first: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
    readonly second: ITuple<[FinalityGrandpaPrecommit, SpConsensusGrandpaAppSignature]>;
  }

  /** @name FinalityGrandpaPrecommit (28) */
  interface FinalityGrandpaPrecommit extends Struct {
    readonly targetHash: H256;
    readonly targetNumber: u32;
  }

  /** @name SpCoreVoid (30) */
  type SpCoreVoid = Null;

  /** @name PalletBalancesCall (31) */
  interface PalletBalancesCall extends Enum {
    readonly isTransferAllowDeath: boolean;
    readonly asTransferAllowDeath: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isForceTransfer: boolean;
    readonly asForceTransfer: {
      readonly source: MultiAddress;
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferKeepAlive: boolean;
    readonly asTransferKeepAlive: {
      readonly dest: MultiAddress;
      readonly value: Compact<u128>;
    } & Struct;
    readonly isTransferAll: boolean;
    readonly asTransferAll: {
      readonly dest: MultiAddress;
      readonly keepAlive: bool;
    } & Struct;
    readonly isForceUnreserve: boolean;
    readonly asForceUnreserve: {
      readonly who: MultiAddress;
      readonly amount: u128;
    } & Struct;
    readonly isUpgradeAccounts: boolean;
    readonly asUpgradeAccounts: {
      readonly who: Vec<AccountId32>;
    } & Struct;
    readonly isForceSetBalance: boolean;
    readonly asForceSetBalance: {
      readonly who: MultiAddress;
      readonly newFree: Compact<u128>;
    } & Struct;
    readonly isForceAdjustTotalIssuance: boolean;
    readonly asForceAdjustTotalIssuance: {
      readonly direction: PalletBalancesAdjustmentDirection;
      readonly delta: Compact<u128>;
    } & Struct;
    readonly isBurn: boolean;
    readonly asBurn: {
      readonly value: Compact<u128>;
      readonly keepAlive: bool;
    } & Struct;
    readonly type: 'TransferAllowDeath' | 'ForceTransfer' | 'TransferKeepAlive' | 'TransferAll' | 'ForceUnreserve' | 'UpgradeAccounts' | 'ForceSetBalance' | 'ForceAdjustTotalIssuance' | 'Burn';
  }

  /** @name PalletBalancesAdjustmentDirection (36) */
  interface PalletBalancesAdjustmentDirection extends Enum {
    readonly isIncrease: boolean;
    readonly isDecrease: boolean;
    readonly type: 'Increase' | 'Decrease';
  }

  /** @name PalletSudoCall (37) */
  interface PalletSudoCall extends Enum {
    readonly isSudo: boolean;
    readonly asSudo: {
      readonly call: Call;
    } & Struct;
    readonly isSudoUncheckedWeight: boolean;
    readonly asSudoUncheckedWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isSetKey: boolean;
    readonly asSetKey: {
      readonly new_: MultiAddress;
    } & Struct;
    readonly isSudoAs: boolean;
    readonly asSudoAs: {
      readonly who: MultiAddress;
      readonly call: Call;
    } & Struct;
    readonly isRemoveKey: boolean;
    readonly type: 'Sudo' | 'SudoUncheckedWeight' | 'SetKey' | 'SudoAs' | 'RemoveKey';
  }

  /** @name SpWeightsWeightV2Weight (38) */
  interface SpWeightsWeightV2Weight extends Struct {
    readonly refTime: Compact<u64>;
    readonly proofSize: Compact<u64>;
  }

  /** @name PalletUtilityCall (39) */
  interface PalletUtilityCall extends Enum {
    readonly isBatch: boolean;
    readonly asBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isAsDerivative: boolean;
    readonly asAsDerivative: {
      readonly index: u16;
      readonly call: Call;
    } & Struct;
    readonly isBatchAll: boolean;
    readonly asBatchAll: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isDispatchAs: boolean;
    readonly asDispatchAs: {
      readonly asOrigin: OpenledgerRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly isForceBatch: boolean;
    readonly asForceBatch: {
      readonly calls: Vec<Call>;
    } & Struct;
    readonly isWithWeight: boolean;
    readonly asWithWeight: {
      readonly call: Call;
      readonly weight: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isIfElse: boolean;
    readonly asIfElse: {
      readonly main: Call;
      readonly fallback: Call;
    } & Struct;
    readonly isDispatchAsFallible: boolean;
    readonly asDispatchAsFallible: {
      readonly asOrigin: OpenledgerRuntimeOriginCaller;
      readonly call: Call;
    } & Struct;
    readonly type: 'Batch' | 'AsDerivative' | 'BatchAll' | 'DispatchAs' | 'ForceBatch' | 'WithWeight' | 'IfElse' | 'DispatchAsFallible';
  }

  /** @name OpenledgerRuntimeOriginCaller (42) */
  interface OpenledgerRuntimeOriginCaller extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSupportDispatchRawOrigin;
    readonly isOrigins: boolean;
    readonly asOrigins: PalletGovernanceOriginsOrigin;
    readonly isTechnicalCommittee: boolean;
    readonly asTechnicalCommittee: PalletCollectiveRawOrigin;
    readonly type: 'System' | 'Origins' | 'TechnicalCommittee';
  }

  /** @name FrameSupportDispatchRawOrigin (43) */
  interface FrameSupportDispatchRawOrigin extends Enum {
    readonly isRoot: boolean;
    readonly isSigned: boolean;
    readonly asSigned: AccountId32;
    readonly isNone: boolean;
    readonly isAuthorized: boolean;
    readonly type: 'Root' | 'Signed' | 'None' | 'Authorized';
  }

  /** @name PalletGovernanceOriginsOrigin (44) */
  interface PalletGovernanceOriginsOrigin extends Enum {
    readonly isEconomicParams: boolean;
    readonly isContentModeration: boolean;
    readonly isDisputeFallback: boolean;
    readonly isReferendumCanceller: boolean;
    readonly isReferendumKiller: boolean;
    readonly isWhitelistedCaller: boolean;
    readonly type: 'EconomicParams' | 'ContentModeration' | 'DisputeFallback' | 'ReferendumCanceller' | 'ReferendumKiller' | 'WhitelistedCaller';
  }

  /** @name PalletCollectiveRawOrigin (45) */
  interface PalletCollectiveRawOrigin extends Enum {
    readonly isMembers: boolean;
    readonly asMembers: ITuple<[u32, u32]>;
    readonly isMember: boolean;
    readonly asMember: AccountId32;
    readonly isPhantom: boolean;
    readonly type: 'Members' | 'Member' | 'Phantom';
  }

  /** @name PalletSchedulerCall (46) */
  interface PalletSchedulerCall extends Enum {
    readonly isSchedule: boolean;
    readonly asSchedule: {
      readonly when: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isCancel: boolean;
    readonly asCancel: {
      readonly when: u32;
      readonly index: u32;
    } & Struct;
    readonly isScheduleNamed: boolean;
    readonly asScheduleNamed: {
      readonly id: U8aFixed;
      readonly when: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isCancelNamed: boolean;
    readonly asCancelNamed: {
      readonly id: U8aFixed;
    } & Struct;
    readonly isScheduleAfter: boolean;
    readonly asScheduleAfter: {
      readonly after: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isScheduleNamedAfter: boolean;
    readonly asScheduleNamedAfter: {
      readonly id: U8aFixed;
      readonly after: u32;
      readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
      readonly priority: u8;
      readonly call: Call;
    } & Struct;
    readonly isSetRetry: boolean;
    readonly asSetRetry: {
      readonly task: ITuple<[u32, u32]>;
      readonly retries: u8;
      readonly period: u32;
    } & Struct;
    readonly isSetRetryNamed: boolean;
    readonly asSetRetryNamed: {
      readonly id: U8aFixed;
      readonly retries: u8;
      readonly period: u32;
    } & Struct;
    readonly isCancelRetry: boolean;
    readonly asCancelRetry: {
      readonly task: ITuple<[u32, u32]>;
    } & Struct;
    readonly isCancelRetryNamed: boolean;
    readonly asCancelRetryNamed: {
      readonly id: U8aFixed;
    } & Struct;
    readonly type: 'Schedule' | 'Cancel' | 'ScheduleNamed' | 'CancelNamed' | 'ScheduleAfter' | 'ScheduleNamedAfter' | 'SetRetry' | 'SetRetryNamed' | 'CancelRetry' | 'CancelRetryNamed';
  }

  /** @name PalletPreimageCall (49) */
  interface PalletPreimageCall extends Enum {
    readonly isNotePreimage: boolean;
    readonly asNotePreimage: {
      readonly bytes: Bytes;
    } & Struct;
    readonly isUnnotePreimage: boolean;
    readonly asUnnotePreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isRequestPreimage: boolean;
    readonly asRequestPreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isUnrequestPreimage: boolean;
    readonly asUnrequestPreimage: {
      readonly hash_: H256;
    } & Struct;
    readonly isEnsureUpdated: boolean;
    readonly asEnsureUpdated: {
      readonly hashes: Vec<H256>;
    } & Struct;
    readonly type: 'NotePreimage' | 'UnnotePreimage' | 'RequestPreimage' | 'UnrequestPreimage' | 'EnsureUpdated';
  }

  /** @name PalletReferendaCall (51) */
  interface PalletReferendaCall extends Enum {
    readonly isSubmit: boolean;
    readonly asSubmit: {
      readonly proposalOrigin: OpenledgerRuntimeOriginCaller;
      readonly proposal: FrameSupportPreimagesBounded;
      readonly enactmentMoment: FrameSupportScheduleDispatchTime;
    } & Struct;
    readonly isPlaceDecisionDeposit: boolean;
    readonly asPlaceDecisionDeposit: {
      readonly index: u32;
    } & Struct;
    readonly isRefundDecisionDeposit: boolean;
    readonly asRefundDecisionDeposit: {
      readonly index: u32;
    } & Struct;
    readonly isCancel: boolean;
    readonly asCancel: {
      readonly index: u32;
    } & Struct;
    readonly isKill: boolean;
    readonly asKill: {
      readonly index: u32;
    } & Struct;
    readonly isNudgeReferendum: boolean;
    readonly asNudgeReferendum: {
      readonly index: u32;
    } & Struct;
    readonly isOneFewerDeciding: boolean;
    readonly asOneFewerDeciding: {
      readonly track: u16;
    } & Struct;
    readonly isRefundSubmissionDeposit: boolean;
    readonly asRefundSubmissionDeposit: {
      readonly index: u32;
    } & Struct;
    readonly isSetMetadata: boolean;
    readonly asSetMetadata: {
      readonly index: u32;
      readonly maybeHash: Option<H256>;
    } & Struct;
    readonly type: 'Submit' | 'PlaceDecisionDeposit' | 'RefundDecisionDeposit' | 'Cancel' | 'Kill' | 'NudgeReferendum' | 'OneFewerDeciding' | 'RefundSubmissionDeposit' | 'SetMetadata';
  }

  /** @name FrameSupportPreimagesBounded (52) */
  interface FrameSupportPreimagesBounded extends Enum {
    readonly isLegacy: boolean;
    readonly asLegacy: {
      readonly hash_: H256;
    } & Struct;
    readonly isInline: boolean;
    readonly asInline: Bytes;
    readonly isLookup: boolean;
    readonly asLookup: {
      readonly hash_: H256;
      readonly len: u32;
    } & Struct;
    readonly type: 'Legacy' | 'Inline' | 'Lookup';
  }

  /** @name SpRuntimeBlakeTwo256 (53) */
  type SpRuntimeBlakeTwo256 = Null;

  /** @name FrameSupportScheduleDispatchTime (55) */
  interface FrameSupportScheduleDispatchTime extends Enum {
    readonly isAt: boolean;
    readonly asAt: u32;
    readonly isAfter: boolean;
    readonly asAfter: u32;
    readonly type: 'At' | 'After';
  }

  /** @name PalletConvictionVotingCall (57) */
  interface PalletConvictionVotingCall extends Enum {
    readonly isVote: boolean;
    readonly asVote: {
      readonly pollIndex: Compact<u32>;
      readonly vote: PalletConvictionVotingVoteAccountVote;
    } & Struct;
    readonly isDelegate: boolean;
    readonly asDelegate: {
      readonly class: u16;
      readonly to: MultiAddress;
      readonly conviction: PalletConvictionVotingConviction;
      readonly balance: u128;
    } & Struct;
    readonly isUndelegate: boolean;
    readonly asUndelegate: {
      readonly class: u16;
    } & Struct;
    readonly isUnlock: boolean;
    readonly asUnlock: {
      readonly class: u16;
      readonly target: MultiAddress;
    } & Struct;
    readonly isRemoveVote: boolean;
    readonly asRemoveVote: {
      readonly class: Option<u16>;
      readonly index: u32;
    } & Struct;
    readonly isRemoveOtherVote: boolean;
    readonly asRemoveOtherVote: {
      readonly target: MultiAddress;
      readonly class: u16;
      readonly index: u32;
    } & Struct;
    readonly type: 'Vote' | 'Delegate' | 'Undelegate' | 'Unlock' | 'RemoveVote' | 'RemoveOtherVote';
  }

  /** @name PalletConvictionVotingVoteAccountVote (59) */
  interface PalletConvictionVotingVoteAccountVote extends Enum {
    readonly isStandard: boolean;
    readonly asStandard: {
      readonly vote: Vote;
      readonly balance: u128;
    } & Struct;
    readonly isSplit: boolean;
    readonly asSplit: {
      readonly aye: u128;
      readonly nay: u128;
    } & Struct;
    readonly isSplitAbstain: boolean;
    readonly asSplitAbstain: {
      readonly aye: u128;
      readonly nay: u128;
      readonly abstain: u128;
    } & Struct;
    readonly type: 'Standard' | 'Split' | 'SplitAbstain';
  }

  /** @name PalletConvictionVotingConviction (61) */
  interface PalletConvictionVotingConviction extends Enum {
    readonly isNone: boolean;
    readonly isLocked1x: boolean;
    readonly isLocked2x: boolean;
    readonly isLocked3x: boolean;
    readonly isLocked4x: boolean;
    readonly isLocked5x: boolean;
    readonly isLocked6x: boolean;
    readonly type: 'None' | 'Locked1x' | 'Locked2x' | 'Locked3x' | 'Locked4x' | 'Locked5x' | 'Locked6x';
  }

  /** @name PalletWhitelistCall (63) */
  interface PalletWhitelistCall extends Enum {
    readonly isWhitelistCall: boolean;
    readonly asWhitelistCall: {
      readonly callHash: H256;
    } & Struct;
    readonly isRemoveWhitelistedCall: boolean;
    readonly asRemoveWhitelistedCall: {
      readonly callHash: H256;
    } & Struct;
    readonly isDispatchWhitelistedCall: boolean;
    readonly asDispatchWhitelistedCall: {
      readonly callHash: H256;
      readonly callEncodedLen: u32;
      readonly callWeightWitness: SpWeightsWeightV2Weight;
    } & Struct;
    readonly isDispatchWhitelistedCallWithPreimage: boolean;
    readonly asDispatchWhitelistedCallWithPreimage: {
      readonly call: Call;
    } & Struct;
    readonly isRemoveDeferredDispatch: boolean;
    readonly asRemoveDeferredDispatch: {
      readonly callHash: H256;
    } & Struct;
    readonly type: 'WhitelistCall' | 'RemoveWhitelistedCall' | 'DispatchWhitelistedCall' | 'DispatchWhitelistedCallWithPreimage' | 'RemoveDeferredDispatch';
  }

  /** @name PalletCollectiveCall (64) */
  interface PalletCollectiveCall extends Enum {
    readonly isSetMembers: boolean;
    readonly asSetMembers: {
      readonly newMembers: Vec<AccountId32>;
      readonly prime: Option<AccountId32>;
      readonly oldCount: u32;
    } & Struct;
    readonly isExecute: boolean;
    readonly asExecute: {
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isPropose: boolean;
    readonly asPropose: {
      readonly threshold: Compact<u32>;
      readonly proposal: Call;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isVote: boolean;
    readonly asVote: {
      readonly proposal: H256;
      readonly index: Compact<u32>;
      readonly approve: bool;
    } & Struct;
    readonly isDisapproveProposal: boolean;
    readonly asDisapproveProposal: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isClose: boolean;
    readonly asClose: {
      readonly proposalHash: H256;
      readonly index: Compact<u32>;
      readonly proposalWeightBound: SpWeightsWeightV2Weight;
      readonly lengthBound: Compact<u32>;
    } & Struct;
    readonly isKill: boolean;
    readonly asKill: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isReleaseProposalCost: boolean;
    readonly asReleaseProposalCost: {
      readonly proposalHash: H256;
    } & Struct;
    readonly type: 'SetMembers' | 'Execute' | 'Propose' | 'Vote' | 'DisapproveProposal' | 'Close' | 'Kill' | 'ReleaseProposalCost';
  }

  /** @name PalletDatanetsCall (66) */
  interface PalletDatanetsCall extends Enum {
    readonly isCreateDatanet: boolean;
    readonly asCreateDatanet: {
      readonly name: Bytes;
      readonly description: Bytes;
      readonly uri: Bytes;
      readonly license: Bytes;
      readonly mode: PalletDatanetsCurationMode;
      readonly contributionDeposit: u128;
    } & Struct;
    readonly isUpdateMetadata: boolean;
    readonly asUpdateMetadata: {
      readonly datanet: u32;
      readonly name: Bytes;
      readonly description: Bytes;
      readonly uri: Bytes;
      readonly license: Bytes;
    } & Struct;
    readonly isTransferCuratorship: boolean;
    readonly asTransferCuratorship: {
      readonly datanet: u32;
      readonly newCurator: MultiAddress;
    } & Struct;
    readonly isCloseDatanet: boolean;
    readonly asCloseDatanet: {
      readonly datanet: u32;
    } & Struct;
    readonly isContribute: boolean;
    readonly asContribute: {
      readonly datanet: u32;
      readonly contentHash: H256;
      readonly size_: u64;
      readonly uri: Bytes;
    } & Struct;
    readonly isAcceptContribution: boolean;
    readonly asAcceptContribution: {
      readonly contribution: u64;
    } & Struct;
    readonly isRejectContribution: boolean;
    readonly asRejectContribution: {
      readonly contribution: u64;
    } & Struct;
    readonly isGradeContribution: boolean;
    readonly asGradeContribution: {
      readonly contribution: u64;
      readonly weight: u32;
    } & Struct;
    readonly isWithdrawContribution: boolean;
    readonly asWithdrawContribution: {
      readonly contribution: u64;
    } & Struct;
    readonly isRemoveContribution: boolean;
    readonly asRemoveContribution: {
      readonly contribution: u64;
    } & Struct;
    readonly isPublishVersion: boolean;
    readonly asPublishVersion: {
      readonly datanet: u32;
    } & Struct;
    readonly isExpireContribution: boolean;
    readonly asExpireContribution: {
      readonly contribution: u64;
    } & Struct;
    readonly isRejectAsSpam: boolean;
    readonly asRejectAsSpam: {
      readonly contribution: u64;
    } & Struct;
    readonly isSetContributionDeposit: boolean;
    readonly asSetContributionDeposit: {
      readonly datanet: u32;
      readonly deposit: u128;
    } & Struct;
    readonly type: 'CreateDatanet' | 'UpdateMetadata' | 'TransferCuratorship' | 'CloseDatanet' | 'Contribute' | 'AcceptContribution' | 'RejectContribution' | 'GradeContribution' | 'WithdrawContribution' | 'RemoveContribution' | 'PublishVersion' | 'ExpireContribution' | 'RejectAsSpam' | 'SetContributionDeposit';
  }

  /** @name PalletDatanetsCurationMode (71) */
  interface PalletDatanetsCurationMode extends Enum {
    readonly isOpen: boolean;
    readonly isCurated: boolean;
    readonly type: 'Open' | 'Curated';
  }

  /** @name PalletModelsCall (72) */
  interface PalletModelsCall extends Enum {
    readonly isRegisterModel: boolean;
    readonly asRegisterModel: {
      readonly name: Bytes;
      readonly uri: Bytes;
      readonly artifactHash: H256;
      readonly kind: OpenledgerPrimitivesModelKind;
      readonly training: Vec<ITuple<[u32, u32, Perbill]>>;
      readonly price: u128;
      readonly terms: PalletModelsDerivativeTerms;
    } & Struct;
    readonly isUpdatePrice: boolean;
    readonly asUpdatePrice: {
      readonly model: u32;
      readonly price: u128;
    } & Struct;
    readonly isUpdateMetadata: boolean;
    readonly asUpdateMetadata: {
      readonly model: u32;
      readonly name: Bytes;
      readonly uri: Bytes;
    } & Struct;
    readonly isTransferOwnership: boolean;
    readonly asTransferOwnership: {
      readonly model: u32;
      readonly newOwner: MultiAddress;
    } & Struct;
    readonly isDeprecate: boolean;
    readonly asDeprecate: {
      readonly model: u32;
    } & Struct;
    readonly isSetDerivativeTerms: boolean;
    readonly asSetDerivativeTerms: {
      readonly model: u32;
      readonly terms: PalletModelsDerivativeTerms;
    } & Struct;
    readonly isReleaseDeposit: boolean;
    readonly asReleaseDeposit: {
      readonly model: u32;
    } & Struct;
    readonly type: 'RegisterModel' | 'UpdatePrice' | 'UpdateMetadata' | 'TransferOwnership' | 'Deprecate' | 'SetDerivativeTerms' | 'ReleaseDeposit';
  }

  /** @name OpenledgerPrimitivesModelKind (73) */
  interface OpenledgerPrimitivesModelKind extends Enum {
    readonly isBase: boolean;
    readonly isFineTune: boolean;
    readonly asFineTune: {
      readonly parent: u32;
    } & Struct;
    readonly isAdapter: boolean;
    readonly asAdapter: {
      readonly base: u32;
    } & Struct;
    readonly type: 'Base' | 'FineTune' | 'Adapter';
  }

  /** @name PalletModelsDerivativeTerms (78) */
  interface PalletModelsDerivativeTerms extends Struct {
    readonly allowed: bool;
    readonly royalty: Perbill;
  }

  /** @name PalletInferenceCall (79) */
  interface PalletInferenceCall extends Enum {
    readonly isRegisterProvider: boolean;
    readonly asRegisterProvider: {
      readonly models: Vec<u32>;
      readonly stake: u128;
    } & Struct;
    readonly isAddModel: boolean;
    readonly asAddModel: {
      readonly model: u32;
    } & Struct;
    readonly isRemoveModel: boolean;
    readonly asRemoveModel: {
      readonly model: u32;
    } & Struct;
    readonly isUnbond: boolean;
    readonly isWithdrawUnbonded: boolean;
    readonly isRequestInference: boolean;
    readonly asRequestInference: {
      readonly model: u32;
      readonly provider: AccountId32;
      readonly inputHash: H256;
      readonly maxFee: u128;
    } & Struct;
    readonly isSubmitResult: boolean;
    readonly asSubmitResult: {
      readonly inference: u64;
      readonly outputHash: H256;
      readonly attribution: OpenledgerPrimitivesAttribution;
    } & Struct;
    readonly isCancel: boolean;
    readonly asCancel: {
      readonly inference: u64;
    } & Struct;
    readonly isChallenge: boolean;
    readonly asChallenge: {
      readonly inference: u64;
      readonly outputUri: Bytes;
    } & Struct;
    readonly isSettle: boolean;
    readonly asSettle: {
      readonly inference: u64;
    } & Struct;
    readonly isSetMinProviderStake: boolean;
    readonly asSetMinProviderStake: {
      readonly amount: u128;
    } & Struct;
    readonly isBondExtra: boolean;
    readonly asBondExtra: {
      readonly amount: u128;
    } & Struct;
    readonly isExpireRequest: boolean;
    readonly asExpireRequest: {
      readonly inference: u64;
    } & Struct;
    readonly type: 'RegisterProvider' | 'AddModel' | 'RemoveModel' | 'Unbond' | 'WithdrawUnbonded' | 'RequestInference' | 'SubmitResult' | 'Cancel' | 'Challenge' | 'Settle' | 'SetMinProviderStake' | 'BondExtra' | 'ExpireRequest';
  }

  /** @name OpenledgerPrimitivesAttribution (82) */
  interface OpenledgerPrimitivesAttribution extends Struct {
    readonly contributions: Vec<ITuple<[u64, Perbill]>>;
    readonly datanets: Vec<ITuple<[u32, Perbill]>>;
  }

  /** @name PalletRewardsCall (89) */
  interface PalletRewardsCall extends Enum {
    readonly isSetPolicy: boolean;
    readonly asSetPolicy: {
      readonly policy: PalletRewardsSplitPolicy;
    } & Struct;
    readonly isSetModelDataSide: boolean;
    readonly asSetModelDataSide: {
      readonly model: u32;
      readonly dataSide: Option<Perbill>;
    } & Struct;
    readonly isClaim: boolean;
    readonly isClaimPool: boolean;
    readonly asClaimPool: {
      readonly datanet: u32;
    } & Struct;
    readonly isClaimAll: boolean;
    readonly asClaimAll: {
      readonly datanets: Vec<u32>;
    } & Struct;
    readonly type: 'SetPolicy' | 'SetModelDataSide' | 'Claim' | 'ClaimPool' | 'ClaimAll';
  }

  /** @name PalletRewardsSplitPolicy (90) */
  interface PalletRewardsSplitPolicy extends Struct {
    readonly treasury: Perbill;
    readonly provider: Perbill;
    readonly model: Perbill;
    readonly data: Perbill;
  }

  /** @name PalletCourtCall (92) */
  interface PalletCourtCall extends Enum {
    readonly isJoinJury: boolean;
    readonly asJoinJury: {
      readonly stake: u128;
    } & Struct;
    readonly isAddStake: boolean;
    readonly asAddStake: {
      readonly amount: u128;
    } & Struct;
    readonly isLeaveJury: boolean;
    readonly isWithdrawJuror: boolean;
    readonly isDrawJury: boolean;
    readonly asDrawJury: {
      readonly inference: u64;
    } & Struct;
    readonly isCommitVote: boolean;
    readonly asCommitVote: {
      readonly inference: u64;
      readonly commitment: H256;
    } & Struct;
    readonly isRevealVote: boolean;
    readonly asRevealVote: {
      readonly inference: u64;
      readonly upheld: bool;
      readonly salt: U8aFixed;
    } & Struct;
    readonly isTally: boolean;
    readonly asTally: {
      readonly inference: u64;
    } & Struct;
    readonly isAppeal: boolean;
    readonly asAppeal: {
      readonly inference: u64;
    } & Struct;
    readonly isFinalize: boolean;
    readonly asFinalize: {
      readonly inference: u64;
    } & Struct;
    readonly isDecide: boolean;
    readonly asDecide: {
      readonly inference: u64;
      readonly upheld: bool;
    } & Struct;
    readonly isExpireCase: boolean;
    readonly asExpireCase: {
      readonly inference: u64;
    } & Struct;
    readonly isSetParameters: boolean;
    readonly asSetParameters: {
      readonly parameters: PalletCourtCourtParameters;
    } & Struct;
    readonly type: 'JoinJury' | 'AddStake' | 'LeaveJury' | 'WithdrawJuror' | 'DrawJury' | 'CommitVote' | 'RevealVote' | 'Tally' | 'Appeal' | 'Finalize' | 'Decide' | 'ExpireCase' | 'SetParameters';
  }

  /** @name PalletCourtCourtParameters (93) */
  interface PalletCourtCourtParameters extends Struct {
    readonly minJurorStake: u128;
    readonly jurySize: u32;
    readonly drawDelay: u32;
    readonly commitPeriod: u32;
    readonly revealPeriod: u32;
    readonly appealPeriod: u32;
    readonly appealBond: u128;
    readonly jurorFee: u128;
    readonly incoherencePenalty: Perbill;
    readonly fallbackTimeout: u32;
    readonly leaveDelay: u32;
  }

  /** @name PalletBatchesCall (94) */
  interface PalletBatchesCall extends Enum {
    readonly isOpenEscrow: boolean;
    readonly asOpenEscrow: {
      readonly provider: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTopUp: boolean;
    readonly asTopUp: {
      readonly provider: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRequestUnlock: boolean;
    readonly asRequestUnlock: {
      readonly provider: AccountId32;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly provider: AccountId32;
    } & Struct;
    readonly isSubmitBatch: boolean;
    readonly asSubmitBatch: {
      readonly model: u32;
      readonly epoch: u32;
      readonly claims: Vec<PalletBatchesPayerClaim>;
      readonly callsRoot: H256;
      readonly scores: OpenledgerPrimitivesBatchScores;
      readonly tailRoot: H256;
      readonly tailLeaves: u32;
    } & Struct;
    readonly isRevealRecords: boolean;
    readonly asRevealRecords: {
      readonly batch: u64;
      readonly reveals: Vec<PalletBatchesRecordReveal>;
    } & Struct;
    readonly isSettleBatch: boolean;
    readonly asSettleBatch: {
      readonly batch: u64;
      readonly reveals: Vec<PalletBatchesRecordReveal>;
    } & Struct;
    readonly isClaimTail: boolean;
    readonly asClaimTail: {
      readonly batch: u64;
      readonly position: u32;
      readonly contribution: u64;
      readonly weight: u128;
      readonly proof: Vec<H256>;
    } & Struct;
    readonly isCloseBatch: boolean;
    readonly asCloseBatch: {
      readonly batch: u64;
    } & Struct;
    readonly isDisputeBatch: boolean;
    readonly asDisputeBatch: {
      readonly batch: u64;
      readonly disputed: PalletBatchesDisputedCall;
      readonly evidenceUri: Bytes;
    } & Struct;
    readonly type: 'OpenEscrow' | 'TopUp' | 'RequestUnlock' | 'Withdraw' | 'SubmitBatch' | 'RevealRecords' | 'SettleBatch' | 'ClaimTail' | 'CloseBatch' | 'DisputeBatch';
  }

  /** @name PalletBatchesPayerClaim (96) */
  interface PalletBatchesPayerClaim extends Struct {
    readonly payer: AccountId32;
    readonly sequence: u64;
    readonly cumulativeFee: u128;
    readonly requestHash: H256;
    readonly receiptsRoot: H256;
    readonly signature: SpRuntimeMultiSignature;
  }

  /** @name SpRuntimeMultiSignature (97) */
  interface SpRuntimeMultiSignature extends Enum {
    readonly isEd25519: boolean;
    readonly asEd25519: U8aFixed;
    readonly isSr25519: boolean;
    readonly asSr25519: U8aFixed;
    readonly isEcdsa: boolean;
    readonly asEcdsa: U8aFixed;
    readonly isEth: boolean;
    readonly asEth: U8aFixed;
    readonly type: 'Ed25519' | 'Sr25519' | 'Ecdsa' | 'Eth';
  }

  /** @name OpenledgerPrimitivesBatchScores (100) */
  interface OpenledgerPrimitivesBatchScores extends Struct {
    readonly contributions: Vec<ITuple<[u64, u128]>>;
    readonly datanets: Vec<ITuple<[u32, u128]>>;
    readonly tail: u128;
  }

  /** @name PalletBatchesRecordReveal (108) */
  interface PalletBatchesRecordReveal extends Struct {
    readonly sample: u32;
    readonly record: PalletBatchesCallRecord;
    readonly proof: Vec<H256>;
    readonly receiptProof: Vec<H256>;
  }

  /** @name PalletBatchesCallRecord (109) */
  interface PalletBatchesCallRecord extends Struct {
    readonly payerIndex: u32;
    readonly sequence: u64;
    readonly cumulativeFee: u128;
    readonly requestHash: H256;
    readonly outputHash: H256;
    readonly attributionHash: H256;
  }

  /** @name PalletBatchesDisputedCall (112) */
  interface PalletBatchesDisputedCall extends Enum {
    readonly isRecord: boolean;
    readonly asRecord: {
      readonly record: PalletBatchesCallRecord;
      readonly proof: Vec<H256>;
    } & Struct;
    readonly isAcknowledged: boolean;
    readonly asAcknowledged: {
      readonly payerIndex: u32;
      readonly sequence: u64;
      readonly outputHash: H256;
      readonly attributionHash: H256;
      readonly signature: SpRuntimeMultiSignature;
    } & Struct;
    readonly isAggregate: boolean;
    readonly type: 'Record' | 'Acknowledged' | 'Aggregate';
  }

  /** @name FrameSystemExtensionsCheckNonZeroSender (113) */
  type FrameSystemExtensionsCheckNonZeroSender = Null;

  /** @name FrameSystemExtensionsCheckSpecVersion (114) */
  type FrameSystemExtensionsCheckSpecVersion = Null;

  /** @name FrameSystemExtensionsCheckTxVersion (115) */
  type FrameSystemExtensionsCheckTxVersion = Null;

  /** @name FrameSystemExtensionsCheckGenesis (116) */
  type FrameSystemExtensionsCheckGenesis = Null;

  /** @name FrameSystemExtensionsCheckNonce (119) */
  interface FrameSystemExtensionsCheckNonce extends Compact<u32> {}

  /** @name FrameSystemExtensionsCheckWeight (120) */
  type FrameSystemExtensionsCheckWeight = Null;

  /** @name PalletTransactionPaymentChargeTransactionPayment (121) */
  interface PalletTransactionPaymentChargeTransactionPayment extends Compact<u128> {}

  /** @name FrameMetadataHashExtensionCheckMetadataHash (122) */
  interface FrameMetadataHashExtensionCheckMetadataHash extends Struct {
    readonly mode: FrameMetadataHashExtensionMode;
  }

  /** @name FrameMetadataHashExtensionMode (123) */
  interface FrameMetadataHashExtensionMode extends Enum {
    readonly isDisabled: boolean;
    readonly isEnabled: boolean;
    readonly type: 'Disabled' | 'Enabled';
  }

  /** @name FrameSystemExtensionsWeightReclaim (125) */
  type FrameSystemExtensionsWeightReclaim = Null;

  /** @name FrameSystemAccountInfo (126) */
  interface FrameSystemAccountInfo extends Struct {
    readonly nonce: u32;
    readonly consumers: u32;
    readonly providers: u32;
    readonly sufficients: u32;
    readonly data: PalletBalancesAccountData;
  }

  /** @name PalletBalancesAccountData (127) */
  interface PalletBalancesAccountData extends Struct {
    readonly free: u128;
    readonly reserved: u128;
    readonly frozen: u128;
    readonly flags: u128;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeight (129) */
  interface FrameSupportDispatchPerDispatchClassWeight extends Struct {
    readonly normal: SpWeightsWeightV2Weight;
    readonly operational: SpWeightsWeightV2Weight;
    readonly mandatory: SpWeightsWeightV2Weight;
  }

  /** @name SpRuntimeDigest (130) */
  interface SpRuntimeDigest extends Struct {
    readonly logs: Vec<SpRuntimeDigestDigestItem>;
  }

  /** @name SpRuntimeDigestDigestItem (132) */
  interface SpRuntimeDigestDigestItem extends Enum {
    readonly isOther: boolean;
    readonly asOther: Bytes;
    readonly isConsensus: boolean;
    readonly asConsensus: ITuple<[U8aFixed, Bytes]>;
    readonly isSeal: boolean;
    readonly asSeal: ITuple<[U8aFixed, Bytes]>;
    readonly isPreRuntime: boolean;
    readonly asPreRuntime: ITuple<[U8aFixed, Bytes]>;
    readonly isRuntimeEnvironmentUpdated: boolean;
    readonly type: 'Other' | 'Consensus' | 'Seal' | 'PreRuntime' | 'RuntimeEnvironmentUpdated';
  }

  /** @name FrameSystemEventRecord (135) */
  interface FrameSystemEventRecord extends Struct {
    readonly phase: FrameSystemPhase;
    readonly event: Event;
    readonly topics: Vec<H256>;
  }

  /** @name FrameSystemEvent (137) */
  interface FrameSystemEvent extends Enum {
    readonly isExtrinsicSuccess: boolean;
    readonly asExtrinsicSuccess: {
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isExtrinsicFailed: boolean;
    readonly asExtrinsicFailed: {
      readonly dispatchError: SpRuntimeDispatchError;
      readonly dispatchInfo: FrameSystemDispatchEventInfo;
    } & Struct;
    readonly isCodeUpdated: boolean;
    readonly asCodeUpdated: {
      readonly hash_: H256;
    } & Struct;
    readonly isNewAccount: boolean;
    readonly asNewAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isKilledAccount: boolean;
    readonly asKilledAccount: {
      readonly account: AccountId32;
    } & Struct;
    readonly isRemarked: boolean;
    readonly asRemarked: {
      readonly sender: AccountId32;
      readonly hash_: H256;
    } & Struct;
    readonly isUpgradeAuthorized: boolean;
    readonly asUpgradeAuthorized: {
      readonly codeHash: H256;
      readonly checkVersion: bool;
    } & Struct;
    readonly isRejectedInvalidAuthorizedUpgrade: boolean;
    readonly asRejectedInvalidAuthorizedUpgrade: {
      readonly codeHash: H256;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'ExtrinsicSuccess' | 'ExtrinsicFailed' | 'CodeUpdated' | 'NewAccount' | 'KilledAccount' | 'Remarked' | 'UpgradeAuthorized' | 'RejectedInvalidAuthorizedUpgrade';
  }

  /** @name FrameSystemDispatchEventInfo (138) */
  interface FrameSystemDispatchEventInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name FrameSupportDispatchDispatchClass (139) */
  interface FrameSupportDispatchDispatchClass extends Enum {
    readonly isNormal: boolean;
    readonly isOperational: boolean;
    readonly isMandatory: boolean;
    readonly type: 'Normal' | 'Operational' | 'Mandatory';
  }

  /** @name FrameSupportDispatchPays (140) */
  interface FrameSupportDispatchPays extends Enum {
    readonly isYes: boolean;
    readonly isNo: boolean;
    readonly type: 'Yes' | 'No';
  }

  /** @name SpRuntimeDispatchError (141) */
  interface SpRuntimeDispatchError extends Enum {
    readonly isOther: boolean;
    readonly isCannotLookup: boolean;
    readonly isBadOrigin: boolean;
    readonly isModule: boolean;
    readonly asModule: SpRuntimeModuleError;
    readonly isConsumerRemaining: boolean;
    readonly isNoProviders: boolean;
    readonly isTooManyConsumers: boolean;
    readonly isToken: boolean;
    readonly asToken: SpRuntimeTokenError;
    readonly isArithmetic: boolean;
    readonly asArithmetic: SpArithmeticArithmeticError;
    readonly isTransactional: boolean;
    readonly asTransactional: SpRuntimeTransactionalError;
    readonly isExhausted: boolean;
    readonly isCorruption: boolean;
    readonly isUnavailable: boolean;
    readonly isRootNotAllowed: boolean;
    readonly isTrie: boolean;
    readonly asTrie: SpRuntimeProvingTrieTrieError;
    readonly type: 'Other' | 'CannotLookup' | 'BadOrigin' | 'Module' | 'ConsumerRemaining' | 'NoProviders' | 'TooManyConsumers' | 'Token' | 'Arithmetic' | 'Transactional' | 'Exhausted' | 'Corruption' | 'Unavailable' | 'RootNotAllowed' | 'Trie';
  }

  /** @name SpRuntimeModuleError (142) */
  interface SpRuntimeModuleError extends Struct {
    readonly index: u8;
    readonly error: U8aFixed;
  }

  /** @name SpRuntimeTokenError (143) */
  interface SpRuntimeTokenError extends Enum {
    readonly isFundsUnavailable: boolean;
    readonly isOnlyProvider: boolean;
    readonly isBelowMinimum: boolean;
    readonly isCannotCreate: boolean;
    readonly isUnknownAsset: boolean;
    readonly isFrozen: boolean;
    readonly isUnsupported: boolean;
    readonly isCannotCreateHold: boolean;
    readonly isNotExpendable: boolean;
    readonly isBlocked: boolean;
    readonly type: 'FundsUnavailable' | 'OnlyProvider' | 'BelowMinimum' | 'CannotCreate' | 'UnknownAsset' | 'Frozen' | 'Unsupported' | 'CannotCreateHold' | 'NotExpendable' | 'Blocked';
  }

  /** @name SpArithmeticArithmeticError (144) */
  interface SpArithmeticArithmeticError extends Enum {
    readonly isUnderflow: boolean;
    readonly isOverflow: boolean;
    readonly isDivisionByZero: boolean;
    readonly type: 'Underflow' | 'Overflow' | 'DivisionByZero';
  }

  /** @name SpRuntimeTransactionalError (145) */
  interface SpRuntimeTransactionalError extends Enum {
    readonly isLimitReached: boolean;
    readonly isNoLayer: boolean;
    readonly type: 'LimitReached' | 'NoLayer';
  }

  /** @name SpRuntimeProvingTrieTrieError (146) */
  interface SpRuntimeProvingTrieTrieError extends Enum {
    readonly isInvalidStateRoot: boolean;
    readonly isIncompleteDatabase: boolean;
    readonly isValueAtIncompleteKey: boolean;
    readonly isDecoderError: boolean;
    readonly isInvalidHash: boolean;
    readonly isDuplicateKey: boolean;
    readonly isExtraneousNode: boolean;
    readonly isExtraneousValue: boolean;
    readonly isExtraneousHashReference: boolean;
    readonly isInvalidChildReference: boolean;
    readonly isValueMismatch: boolean;
    readonly isIncompleteProof: boolean;
    readonly isRootMismatch: boolean;
    readonly isDecodeError: boolean;
    readonly type: 'InvalidStateRoot' | 'IncompleteDatabase' | 'ValueAtIncompleteKey' | 'DecoderError' | 'InvalidHash' | 'DuplicateKey' | 'ExtraneousNode' | 'ExtraneousValue' | 'ExtraneousHashReference' | 'InvalidChildReference' | 'ValueMismatch' | 'IncompleteProof' | 'RootMismatch' | 'DecodeError';
  }

  /** @name PalletGrandpaEvent (147) */
  interface PalletGrandpaEvent extends Enum {
    readonly isNewAuthorities: boolean;
    readonly asNewAuthorities: {
      readonly authoritySet: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    } & Struct;
    readonly isPaused: boolean;
    readonly isResumed: boolean;
    readonly type: 'NewAuthorities' | 'Paused' | 'Resumed';
  }

  /** @name PalletBalancesEvent (150) */
  interface PalletBalancesEvent extends Enum {
    readonly isEndowed: boolean;
    readonly asEndowed: {
      readonly account: AccountId32;
      readonly freeBalance: u128;
    } & Struct;
    readonly isDustLost: boolean;
    readonly asDustLost: {
      readonly account: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransfer: boolean;
    readonly asTransfer: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBalanceSet: boolean;
    readonly asBalanceSet: {
      readonly who: AccountId32;
      readonly free: u128;
    } & Struct;
    readonly isReserved: boolean;
    readonly asReserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnreserved: boolean;
    readonly asUnreserved: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReserveRepatriated: boolean;
    readonly asReserveRepatriated: {
      readonly from: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
      readonly destinationStatus: FrameSupportTokensMiscBalanceStatus;
    } & Struct;
    readonly isDeposit: boolean;
    readonly asDeposit: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isWithdraw: boolean;
    readonly asWithdraw: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSlashed: boolean;
    readonly asSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMinted: boolean;
    readonly asMinted: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMintedCredit: boolean;
    readonly asMintedCredit: {
      readonly amount: u128;
    } & Struct;
    readonly isBurned: boolean;
    readonly asBurned: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedDebt: boolean;
    readonly asBurnedDebt: {
      readonly amount: u128;
    } & Struct;
    readonly isSuspended: boolean;
    readonly asSuspended: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isRestored: boolean;
    readonly asRestored: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUpgraded: boolean;
    readonly asUpgraded: {
      readonly who: AccountId32;
    } & Struct;
    readonly isIssued: boolean;
    readonly asIssued: {
      readonly amount: u128;
    } & Struct;
    readonly isRescinded: boolean;
    readonly asRescinded: {
      readonly amount: u128;
    } & Struct;
    readonly isLocked: boolean;
    readonly asLocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnlocked: boolean;
    readonly asUnlocked: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFrozen: boolean;
    readonly asFrozen: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isThawed: boolean;
    readonly asThawed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTotalIssuanceForced: boolean;
    readonly asTotalIssuanceForced: {
      readonly old: u128;
      readonly new_: u128;
    } & Struct;
    readonly isHeld: boolean;
    readonly asHeld: {
      readonly reason: OpenledgerRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBurnedHeld: boolean;
    readonly asBurnedHeld: {
      readonly reason: OpenledgerRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferOnHold: boolean;
    readonly asTransferOnHold: {
      readonly reason: OpenledgerRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isTransferAndHold: boolean;
    readonly asTransferAndHold: {
      readonly reason: OpenledgerRuntimeRuntimeHoldReason;
      readonly source: AccountId32;
      readonly dest: AccountId32;
      readonly transferred: u128;
    } & Struct;
    readonly isReleased: boolean;
    readonly asReleased: {
      readonly reason: OpenledgerRuntimeRuntimeHoldReason;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isUnexpected: boolean;
    readonly asUnexpected: PalletBalancesUnexpectedKind;
    readonly type: 'Endowed' | 'DustLost' | 'Transfer' | 'BalanceSet' | 'Reserved' | 'Unreserved' | 'ReserveRepatriated' | 'Deposit' | 'Withdraw' | 'Slashed' | 'Minted' | 'MintedCredit' | 'Burned' | 'BurnedDebt' | 'Suspended' | 'Restored' | 'Upgraded' | 'Issued' | 'Rescinded' | 'Locked' | 'Unlocked' | 'Frozen' | 'Thawed' | 'TotalIssuanceForced' | 'Held' | 'BurnedHeld' | 'TransferOnHold' | 'TransferAndHold' | 'Released' | 'Unexpected';
  }

  /** @name FrameSupportTokensMiscBalanceStatus (151) */
  interface FrameSupportTokensMiscBalanceStatus extends Enum {
    readonly isFree: boolean;
    readonly isReserved: boolean;
    readonly type: 'Free' | 'Reserved';
  }

  /** @name OpenledgerRuntimeRuntimeHoldReason (152) */
  interface OpenledgerRuntimeRuntimeHoldReason extends Enum {
    readonly isPreimage: boolean;
    readonly asPreimage: PalletPreimageHoldReason;
    readonly isTechnicalCommittee: boolean;
    readonly asTechnicalCommittee: PalletCollectiveHoldReason;
    readonly isDatanets: boolean;
    readonly asDatanets: PalletDatanetsHoldReason;
    readonly isModels: boolean;
    readonly asModels: PalletModelsHoldReason;
    readonly isInference: boolean;
    readonly asInference: PalletInferenceHoldReason;
    readonly isRewards: boolean;
    readonly asRewards: PalletRewardsHoldReason;
    readonly isCourt: boolean;
    readonly asCourt: PalletCourtHoldReason;
    readonly isBatches: boolean;
    readonly asBatches: PalletBatchesHoldReason;
    readonly type: 'Preimage' | 'TechnicalCommittee' | 'Datanets' | 'Models' | 'Inference' | 'Rewards' | 'Court' | 'Batches';
  }

  /** @name PalletPreimageHoldReason (153) */
  interface PalletPreimageHoldReason extends Enum {
    readonly isPreimage: boolean;
    readonly type: 'Preimage';
  }

  /** @name PalletCollectiveHoldReason (154) */
  interface PalletCollectiveHoldReason extends Enum {
    readonly isProposalSubmission: boolean;
    readonly type: 'ProposalSubmission';
  }

  /** @name PalletDatanetsHoldReason (155) */
  interface PalletDatanetsHoldReason extends Enum {
    readonly isDatanetDeposit: boolean;
    readonly isContributionDeposit: boolean;
    readonly type: 'DatanetDeposit' | 'ContributionDeposit';
  }

  /** @name PalletModelsHoldReason (156) */
  interface PalletModelsHoldReason extends Enum {
    readonly isModelDeposit: boolean;
    readonly type: 'ModelDeposit';
  }

  /** @name PalletInferenceHoldReason (157) */
  interface PalletInferenceHoldReason extends Enum {
    readonly isProviderStake: boolean;
    readonly isEscrow: boolean;
    readonly isRequestDeposit: boolean;
    readonly isChallengeBond: boolean;
    readonly type: 'ProviderStake' | 'Escrow' | 'RequestDeposit' | 'ChallengeBond';
  }

  /** @name PalletRewardsHoldReason (158) */
  interface PalletRewardsHoldReason extends Enum {
    readonly isReceiptDeposit: boolean;
    readonly type: 'ReceiptDeposit';
  }

  /** @name PalletCourtHoldReason (159) */
  interface PalletCourtHoldReason extends Enum {
    readonly isJurorStake: boolean;
    readonly isAppealBond: boolean;
    readonly isJuryFee: boolean;
    readonly type: 'JurorStake' | 'AppealBond' | 'JuryFee';
  }

  /** @name PalletBatchesHoldReason (160) */
  interface PalletBatchesHoldReason extends Enum {
    readonly isEscrow: boolean;
    readonly isEscrowDeposit: boolean;
    readonly isBatchDeposit: boolean;
    readonly isDisputeBond: boolean;
    readonly type: 'Escrow' | 'EscrowDeposit' | 'BatchDeposit' | 'DisputeBond';
  }

  /** @name PalletBalancesUnexpectedKind (161) */
  interface PalletBalancesUnexpectedKind extends Enum {
    readonly isBalanceUpdated: boolean;
    readonly isFailedToMutateAccount: boolean;
    readonly type: 'BalanceUpdated' | 'FailedToMutateAccount';
  }

  /** @name PalletTransactionPaymentEvent (162) */
  interface PalletTransactionPaymentEvent extends Enum {
    readonly isTransactionFeePaid: boolean;
    readonly asTransactionFeePaid: {
      readonly who: AccountId32;
      readonly actualFee: u128;
      readonly tip: u128;
    } & Struct;
    readonly type: 'TransactionFeePaid';
  }

  /** @name PalletSudoEvent (163) */
  interface PalletSudoEvent extends Enum {
    readonly isSudid: boolean;
    readonly asSudid: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isKeyChanged: boolean;
    readonly asKeyChanged: {
      readonly old: Option<AccountId32>;
      readonly new_: AccountId32;
    } & Struct;
    readonly isKeyRemoved: boolean;
    readonly isSudoAsDone: boolean;
    readonly asSudoAsDone: {
      readonly sudoResult: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly type: 'Sudid' | 'KeyChanged' | 'KeyRemoved' | 'SudoAsDone';
  }

  /** @name PalletUtilityEvent (165) */
  interface PalletUtilityEvent extends Enum {
    readonly isBatchInterrupted: boolean;
    readonly asBatchInterrupted: {
      readonly index: u32;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isBatchCompleted: boolean;
    readonly isBatchCompletedWithErrors: boolean;
    readonly isItemCompleted: boolean;
    readonly isItemFailed: boolean;
    readonly asItemFailed: {
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isDispatchedAs: boolean;
    readonly asDispatchedAs: {
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isIfElseMainSuccess: boolean;
    readonly isIfElseFallbackCalled: boolean;
    readonly asIfElseFallbackCalled: {
      readonly mainError: SpRuntimeDispatchError;
    } & Struct;
    readonly type: 'BatchInterrupted' | 'BatchCompleted' | 'BatchCompletedWithErrors' | 'ItemCompleted' | 'ItemFailed' | 'DispatchedAs' | 'IfElseMainSuccess' | 'IfElseFallbackCalled';
  }

  /** @name PalletSchedulerEvent (166) */
  interface PalletSchedulerEvent extends Enum {
    readonly isScheduled: boolean;
    readonly asScheduled: {
      readonly when: u32;
      readonly index: u32;
    } & Struct;
    readonly isCanceled: boolean;
    readonly asCanceled: {
      readonly when: u32;
      readonly index: u32;
    } & Struct;
    readonly isDispatched: boolean;
    readonly asDispatched: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isRetrySet: boolean;
    readonly asRetrySet: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
      readonly period: u32;
      readonly retries: u8;
    } & Struct;
    readonly isRetryCancelled: boolean;
    readonly asRetryCancelled: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isCallUnavailable: boolean;
    readonly asCallUnavailable: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isPeriodicFailed: boolean;
    readonly asPeriodicFailed: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isRetryFailed: boolean;
    readonly asRetryFailed: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isPermanentlyOverweight: boolean;
    readonly asPermanentlyOverweight: {
      readonly task: ITuple<[u32, u32]>;
      readonly id: Option<U8aFixed>;
    } & Struct;
    readonly isAgendaIncomplete: boolean;
    readonly asAgendaIncomplete: {
      readonly when: u32;
    } & Struct;
    readonly type: 'Scheduled' | 'Canceled' | 'Dispatched' | 'RetrySet' | 'RetryCancelled' | 'CallUnavailable' | 'PeriodicFailed' | 'RetryFailed' | 'PermanentlyOverweight' | 'AgendaIncomplete';
  }

  /** @name PalletPreimageEvent (167) */
  interface PalletPreimageEvent extends Enum {
    readonly isNoted: boolean;
    readonly asNoted: {
      readonly hash_: H256;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly hash_: H256;
    } & Struct;
    readonly isCleared: boolean;
    readonly asCleared: {
      readonly hash_: H256;
    } & Struct;
    readonly type: 'Noted' | 'Requested' | 'Cleared';
  }

  /** @name PalletReferendaEvent (168) */
  interface PalletReferendaEvent extends Enum {
    readonly isSubmitted: boolean;
    readonly asSubmitted: {
      readonly index: u32;
      readonly track: u16;
      readonly proposal: FrameSupportPreimagesBounded;
    } & Struct;
    readonly isDecisionDepositPlaced: boolean;
    readonly asDecisionDepositPlaced: {
      readonly index: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isDecisionDepositRefunded: boolean;
    readonly asDecisionDepositRefunded: {
      readonly index: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isDepositSlashed: boolean;
    readonly asDepositSlashed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isDecisionStarted: boolean;
    readonly asDecisionStarted: {
      readonly index: u32;
      readonly track: u16;
      readonly proposal: FrameSupportPreimagesBounded;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isConfirmStarted: boolean;
    readonly asConfirmStarted: {
      readonly index: u32;
    } & Struct;
    readonly isConfirmAborted: boolean;
    readonly asConfirmAborted: {
      readonly index: u32;
    } & Struct;
    readonly isConfirmed: boolean;
    readonly asConfirmed: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isApproved: boolean;
    readonly asApproved: {
      readonly index: u32;
    } & Struct;
    readonly isRejected: boolean;
    readonly asRejected: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isTimedOut: boolean;
    readonly asTimedOut: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isCancelled: boolean;
    readonly asCancelled: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isKilled: boolean;
    readonly asKilled: {
      readonly index: u32;
      readonly tally: PalletConvictionVotingTally;
    } & Struct;
    readonly isSubmissionDepositRefunded: boolean;
    readonly asSubmissionDepositRefunded: {
      readonly index: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isMetadataSet: boolean;
    readonly asMetadataSet: {
      readonly index: u32;
      readonly hash_: H256;
    } & Struct;
    readonly isMetadataCleared: boolean;
    readonly asMetadataCleared: {
      readonly index: u32;
      readonly hash_: H256;
    } & Struct;
    readonly type: 'Submitted' | 'DecisionDepositPlaced' | 'DecisionDepositRefunded' | 'DepositSlashed' | 'DecisionStarted' | 'ConfirmStarted' | 'ConfirmAborted' | 'Confirmed' | 'Approved' | 'Rejected' | 'TimedOut' | 'Cancelled' | 'Killed' | 'SubmissionDepositRefunded' | 'MetadataSet' | 'MetadataCleared';
  }

  /** @name PalletConvictionVotingTally (169) */
  interface PalletConvictionVotingTally extends Struct {
    readonly ayes: u128;
    readonly nays: u128;
    readonly support: u128;
  }

  /** @name PalletConvictionVotingEvent (170) */
  interface PalletConvictionVotingEvent extends Enum {
    readonly isDelegated: boolean;
    readonly asDelegated: ITuple<[AccountId32, AccountId32, u16]>;
    readonly isUndelegated: boolean;
    readonly asUndelegated: ITuple<[AccountId32, u16]>;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly who: AccountId32;
      readonly vote: PalletConvictionVotingVoteAccountVote;
      readonly pollIndex: u32;
    } & Struct;
    readonly isVoteRemoved: boolean;
    readonly asVoteRemoved: {
      readonly who: AccountId32;
      readonly vote: PalletConvictionVotingVoteAccountVote;
      readonly pollIndex: u32;
    } & Struct;
    readonly isVoteUnlocked: boolean;
    readonly asVoteUnlocked: {
      readonly who: AccountId32;
      readonly class: u16;
    } & Struct;
    readonly type: 'Delegated' | 'Undelegated' | 'Voted' | 'VoteRemoved' | 'VoteUnlocked';
  }

  /** @name PalletWhitelistEvent (171) */
  interface PalletWhitelistEvent extends Enum {
    readonly isCallWhitelisted: boolean;
    readonly asCallWhitelisted: {
      readonly callHash: H256;
    } & Struct;
    readonly isWhitelistedCallRemoved: boolean;
    readonly asWhitelistedCallRemoved: {
      readonly callHash: H256;
    } & Struct;
    readonly isWhitelistedCallDispatched: boolean;
    readonly asWhitelistedCallDispatched: {
      readonly callHash: H256;
      readonly result: Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo>;
    } & Struct;
    readonly isDispatchDeferred: boolean;
    readonly asDispatchDeferred: {
      readonly callHash: H256;
    } & Struct;
    readonly isDeferredDispatchRemoved: boolean;
    readonly asDeferredDispatchRemoved: {
      readonly callHash: H256;
    } & Struct;
    readonly isDeferredDispatchExecuted: boolean;
    readonly asDeferredDispatchExecuted: {
      readonly callHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'CallWhitelisted' | 'WhitelistedCallRemoved' | 'WhitelistedCallDispatched' | 'DispatchDeferred' | 'DeferredDispatchRemoved' | 'DeferredDispatchExecuted';
  }

  /** @name FrameSupportDispatchPostDispatchInfo (173) */
  interface FrameSupportDispatchPostDispatchInfo extends Struct {
    readonly actualWeight: Option<SpWeightsWeightV2Weight>;
    readonly paysFee: FrameSupportDispatchPays;
  }

  /** @name SpRuntimeDispatchErrorWithPostInfo (175) */
  interface SpRuntimeDispatchErrorWithPostInfo extends Struct {
    readonly postInfo: FrameSupportDispatchPostDispatchInfo;
    readonly error: SpRuntimeDispatchError;
  }

  /** @name PalletCollectiveEvent (176) */
  interface PalletCollectiveEvent extends Enum {
    readonly isProposed: boolean;
    readonly asProposed: {
      readonly account: AccountId32;
      readonly proposalIndex: u32;
      readonly proposalHash: H256;
      readonly threshold: u32;
    } & Struct;
    readonly isVoted: boolean;
    readonly asVoted: {
      readonly account: AccountId32;
      readonly proposalHash: H256;
      readonly voted: bool;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isApproved: boolean;
    readonly asApproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isDisapproved: boolean;
    readonly asDisapproved: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isExecuted: boolean;
    readonly asExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isMemberExecuted: boolean;
    readonly asMemberExecuted: {
      readonly proposalHash: H256;
      readonly result: Result<Null, SpRuntimeDispatchError>;
    } & Struct;
    readonly isClosed: boolean;
    readonly asClosed: {
      readonly proposalHash: H256;
      readonly yes: u32;
      readonly no: u32;
    } & Struct;
    readonly isKilled: boolean;
    readonly asKilled: {
      readonly proposalHash: H256;
    } & Struct;
    readonly isProposalCostBurned: boolean;
    readonly asProposalCostBurned: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly isProposalCostReleased: boolean;
    readonly asProposalCostReleased: {
      readonly proposalHash: H256;
      readonly who: AccountId32;
    } & Struct;
    readonly type: 'Proposed' | 'Voted' | 'Approved' | 'Disapproved' | 'Executed' | 'MemberExecuted' | 'Closed' | 'Killed' | 'ProposalCostBurned' | 'ProposalCostReleased';
  }

  /** @name PalletDatanetsEvent (177) */
  interface PalletDatanetsEvent extends Enum {
    readonly isDatanetCreated: boolean;
    readonly asDatanetCreated: {
      readonly datanet: u32;
      readonly curator: AccountId32;
      readonly mode: PalletDatanetsCurationMode;
      readonly contributionDeposit: u128;
      readonly deposit: u128;
    } & Struct;
    readonly isDatanetMetadataUpdated: boolean;
    readonly asDatanetMetadataUpdated: {
      readonly datanet: u32;
    } & Struct;
    readonly isCuratorshipTransferred: boolean;
    readonly asCuratorshipTransferred: {
      readonly datanet: u32;
      readonly from: AccountId32;
      readonly to: AccountId32;
    } & Struct;
    readonly isDatanetClosed: boolean;
    readonly asDatanetClosed: {
      readonly datanet: u32;
    } & Struct;
    readonly isDatanetDepositReleased: boolean;
    readonly asDatanetDepositReleased: {
      readonly datanet: u32;
      readonly depositor: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isContributionSubmitted: boolean;
    readonly asContributionSubmitted: {
      readonly contribution: u64;
      readonly datanet: u32;
      readonly contributor: AccountId32;
      readonly contentHash: H256;
      readonly size_: u64;
      readonly deposit: u128;
    } & Struct;
    readonly isContributionAccepted: boolean;
    readonly asContributionAccepted: {
      readonly contribution: u64;
      readonly datanet: u32;
      readonly contributor: AccountId32;
      readonly weight: u32;
      readonly logRoot: H256;
    } & Struct;
    readonly isContributionRejected: boolean;
    readonly asContributionRejected: {
      readonly contribution: u64;
      readonly datanet: u32;
      readonly contributor: AccountId32;
      readonly depositReturned: u128;
    } & Struct;
    readonly isContributionRejectedAsSpam: boolean;
    readonly asContributionRejectedAsSpam: {
      readonly contribution: u64;
      readonly datanet: u32;
      readonly contributor: AccountId32;
      readonly slashed: u128;
    } & Struct;
    readonly isContributionExpired: boolean;
    readonly asContributionExpired: {
      readonly contribution: u64;
      readonly datanet: u32;
      readonly contributor: AccountId32;
      readonly depositReturned: u128;
    } & Struct;
    readonly isContributionDepositSet: boolean;
    readonly asContributionDepositSet: {
      readonly datanet: u32;
      readonly deposit: u128;
    } & Struct;
    readonly isContributionGraded: boolean;
    readonly asContributionGraded: {
      readonly contribution: u64;
      readonly datanet: u32;
      readonly oldWeight: u32;
      readonly newWeight: u32;
      readonly logRoot: H256;
    } & Struct;
    readonly isContributionWithdrawn: boolean;
    readonly asContributionWithdrawn: {
      readonly contribution: u64;
      readonly datanet: u32;
      readonly contributor: AccountId32;
      readonly depositReturned: u128;
      readonly wasAccepted: bool;
      readonly logRoot: H256;
    } & Struct;
    readonly isContributionRemoved: boolean;
    readonly asContributionRemoved: {
      readonly contribution: u64;
      readonly datanet: u32;
      readonly contributor: AccountId32;
      readonly slashed: u128;
      readonly byGovernance: bool;
      readonly logRoot: H256;
    } & Struct;
    readonly isShareChanged: boolean;
    readonly asShareChanged: {
      readonly datanet: u32;
      readonly contributor: AccountId32;
      readonly oldShare: u64;
      readonly newShare: u64;
      readonly totalShare: u64;
    } & Struct;
    readonly isVersionPublished: boolean;
    readonly asVersionPublished: {
      readonly datanet: u32;
      readonly version: u32;
      readonly contributions: u32;
      readonly totalShare: u64;
      readonly commitment: H256;
    } & Struct;
    readonly type: 'DatanetCreated' | 'DatanetMetadataUpdated' | 'CuratorshipTransferred' | 'DatanetClosed' | 'DatanetDepositReleased' | 'ContributionSubmitted' | 'ContributionAccepted' | 'ContributionRejected' | 'ContributionRejectedAsSpam' | 'ContributionExpired' | 'ContributionDepositSet' | 'ContributionGraded' | 'ContributionWithdrawn' | 'ContributionRemoved' | 'ShareChanged' | 'VersionPublished';
  }

  /** @name PalletModelsEvent (178) */
  interface PalletModelsEvent extends Enum {
    readonly isModelRegistered: boolean;
    readonly asModelRegistered: {
      readonly model: u32;
      readonly owner: AccountId32;
      readonly kind: OpenledgerPrimitivesModelKind;
      readonly price: u128;
      readonly deposit: u128;
    } & Struct;
    readonly isPriceUpdated: boolean;
    readonly asPriceUpdated: {
      readonly model: u32;
      readonly price: u128;
    } & Struct;
    readonly isMetadataUpdated: boolean;
    readonly asMetadataUpdated: {
      readonly model: u32;
    } & Struct;
    readonly isOwnershipTransferred: boolean;
    readonly asOwnershipTransferred: {
      readonly model: u32;
      readonly from: AccountId32;
      readonly to: AccountId32;
    } & Struct;
    readonly isModelDeprecated: boolean;
    readonly asModelDeprecated: {
      readonly model: u32;
    } & Struct;
    readonly isDepositReleased: boolean;
    readonly asDepositReleased: {
      readonly model: u32;
      readonly depositor: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isDerivativeTermsChanged: boolean;
    readonly asDerivativeTermsChanged: {
      readonly model: u32;
      readonly terms: PalletModelsDerivativeTerms;
    } & Struct;
    readonly type: 'ModelRegistered' | 'PriceUpdated' | 'MetadataUpdated' | 'OwnershipTransferred' | 'ModelDeprecated' | 'DepositReleased' | 'DerivativeTermsChanged';
  }

  /** @name PalletInferenceEvent (179) */
  interface PalletInferenceEvent extends Enum {
    readonly isStakeSlashed: boolean;
    readonly asStakeSlashed: {
      readonly provider: AccountId32;
      readonly amount: u128;
      readonly to: AccountId32;
    } & Struct;
    readonly isProviderRegistered: boolean;
    readonly asProviderRegistered: {
      readonly provider: AccountId32;
      readonly stake: u128;
      readonly models: Vec<u32>;
    } & Struct;
    readonly isServingStarted: boolean;
    readonly asServingStarted: {
      readonly provider: AccountId32;
      readonly model: u32;
    } & Struct;
    readonly isServingStopped: boolean;
    readonly asServingStopped: {
      readonly provider: AccountId32;
      readonly model: u32;
    } & Struct;
    readonly isUnbonding: boolean;
    readonly asUnbonding: {
      readonly provider: AccountId32;
      readonly withdrawableAt: u32;
    } & Struct;
    readonly isProviderLeft: boolean;
    readonly asProviderLeft: {
      readonly provider: AccountId32;
      readonly stake: u128;
    } & Struct;
    readonly isStakeBonded: boolean;
    readonly asStakeBonded: {
      readonly provider: AccountId32;
      readonly amount: u128;
      readonly stake: u128;
    } & Struct;
    readonly isMinProviderStakeSet: boolean;
    readonly asMinProviderStakeSet: {
      readonly amount: u128;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly inference: u64;
      readonly user: AccountId32;
      readonly model: u32;
      readonly provider: AccountId32;
      readonly fee: u128;
      readonly inputHash: H256;
      readonly deadline: u32;
    } & Struct;
    readonly isResultSubmitted: boolean;
    readonly asResultSubmitted: {
      readonly inference: u64;
      readonly outputHash: H256;
      readonly contributions: u32;
      readonly datanets: u32;
    } & Struct;
    readonly isRequestExpired: boolean;
    readonly asRequestExpired: {
      readonly inference: u64;
      readonly refund: u128;
    } & Struct;
    readonly isExpiryFailed: boolean;
    readonly asExpiryFailed: {
      readonly inference: u64;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isCancelled: boolean;
    readonly asCancelled: {
      readonly inference: u64;
      readonly refund: u128;
    } & Struct;
    readonly isChallenged: boolean;
    readonly asChallenged: {
      readonly inference: u64;
      readonly challenger: AccountId32;
      readonly bond: u128;
    } & Struct;
    readonly isChallengeUpheld: boolean;
    readonly asChallengeUpheld: {
      readonly inference: u64;
      readonly slashed: u128;
      readonly toChallenger: u128;
      readonly refund: u128;
    } & Struct;
    readonly isChallengeUndecided: boolean;
    readonly asChallengeUndecided: {
      readonly inference: u64;
      readonly bond: u128;
    } & Struct;
    readonly isChallengeRejected: boolean;
    readonly asChallengeRejected: {
      readonly inference: u64;
      readonly bond: u128;
    } & Struct;
    readonly isJuryFeeReimbursed: boolean;
    readonly asJuryFeeReimbursed: {
      readonly inference: u64;
      readonly by: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isSettled: boolean;
    readonly asSettled: {
      readonly inference: u64;
      readonly fee: u128;
    } & Struct;
    readonly isSettlementFailed: boolean;
    readonly asSettlementFailed: {
      readonly inference: u64;
      readonly error: SpRuntimeDispatchError;
      readonly refund: u128;
    } & Struct;
    readonly type: 'StakeSlashed' | 'ProviderRegistered' | 'ServingStarted' | 'ServingStopped' | 'Unbonding' | 'ProviderLeft' | 'StakeBonded' | 'MinProviderStakeSet' | 'Requested' | 'ResultSubmitted' | 'RequestExpired' | 'ExpiryFailed' | 'Cancelled' | 'Challenged' | 'ChallengeUpheld' | 'ChallengeUndecided' | 'ChallengeRejected' | 'JuryFeeReimbursed' | 'Settled' | 'SettlementFailed';
  }

  /** @name PalletRewardsEvent (180) */
  interface PalletRewardsEvent extends Enum {
    readonly isPolicySet: boolean;
    readonly asPolicySet: {
      readonly policy: PalletRewardsSplitPolicy;
    } & Struct;
    readonly isModelDataSideSet: boolean;
    readonly asModelDataSideSet: {
      readonly model: u32;
      readonly dataSide: Option<Perbill>;
    } & Struct;
    readonly isSettled: boolean;
    readonly asSettled: {
      readonly inference: u64;
      readonly model: u32;
      readonly fee: u128;
      readonly toTreasury: u128;
      readonly toProvider: u128;
      readonly toModelSide: u128;
      readonly toDataSide: u128;
    } & Struct;
    readonly isBatchSettled: boolean;
    readonly asBatchSettled: {
      readonly batch: u64;
      readonly model: u32;
      readonly calls: u64;
      readonly fees: u128;
      readonly toTreasury: u128;
      readonly toProvider: u128;
      readonly toModelSide: u128;
      readonly toDataSide: u128;
      readonly toTail: u128;
    } & Struct;
    readonly isCreditsClaimed: boolean;
    readonly asCreditsClaimed: {
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isEpochsFolded: boolean;
    readonly asEpochsFolded: {
      readonly datanet: u32;
      readonly upTo: u32;
      readonly epochs: u32;
    } & Struct;
    readonly isPoolClaimed: boolean;
    readonly asPoolClaimed: {
      readonly datanet: u32;
      readonly who: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isReceiptPruned: boolean;
    readonly asReceiptPruned: {
      readonly inference: u64;
    } & Struct;
    readonly type: 'PolicySet' | 'ModelDataSideSet' | 'Settled' | 'BatchSettled' | 'CreditsClaimed' | 'EpochsFolded' | 'PoolClaimed' | 'ReceiptPruned';
  }

  /** @name PalletCourtEvent (181) */
  interface PalletCourtEvent extends Enum {
    readonly isJurorJoined: boolean;
    readonly asJurorJoined: {
      readonly juror: AccountId32;
      readonly stake: u128;
    } & Struct;
    readonly isStakeAdded: boolean;
    readonly asStakeAdded: {
      readonly juror: AccountId32;
      readonly amount: u128;
      readonly stake: u128;
    } & Struct;
    readonly isJurorLeft: boolean;
    readonly asJurorLeft: {
      readonly juror: AccountId32;
      readonly from: u32;
    } & Struct;
    readonly isJurorEvicted: boolean;
    readonly asJurorEvicted: {
      readonly juror: AccountId32;
      readonly stake: u128;
      readonly by: AccountId32;
    } & Struct;
    readonly isJurorWithdrawn: boolean;
    readonly asJurorWithdrawn: {
      readonly juror: AccountId32;
      readonly stake: u128;
    } & Struct;
    readonly isCaseOpened: boolean;
    readonly asCaseOpened: {
      readonly inference: u64;
      readonly drawAt: u32;
    } & Struct;
    readonly isCandidatesFixed: boolean;
    readonly asCandidatesFixed: {
      readonly inference: u64;
      readonly round: u32;
      readonly candidates: u32;
      readonly stake: u128;
    } & Struct;
    readonly isCaseStalled: boolean;
    readonly asCaseStalled: {
      readonly inference: u64;
      readonly error: SpRuntimeDispatchError;
    } & Struct;
    readonly isDrawRescheduled: boolean;
    readonly asDrawRescheduled: {
      readonly inference: u64;
      readonly drawAt: u32;
    } & Struct;
    readonly isJuryDrawn: boolean;
    readonly asJuryDrawn: {
      readonly inference: u64;
      readonly round: u32;
      readonly jurors: Vec<AccountId32>;
      readonly commitEnd: u32;
      readonly revealEnd: u32;
    } & Struct;
    readonly isVoteCommitted: boolean;
    readonly asVoteCommitted: {
      readonly inference: u64;
      readonly round: u32;
      readonly juror: AccountId32;
    } & Struct;
    readonly isVoteRevealed: boolean;
    readonly asVoteRevealed: {
      readonly inference: u64;
      readonly round: u32;
      readonly juror: AccountId32;
      readonly upheld: bool;
    } & Struct;
    readonly isRoundRuled: boolean;
    readonly asRoundRuled: {
      readonly inference: u64;
      readonly round: u32;
      readonly upheld: bool;
      readonly upheldVotes: u32;
      readonly rejectedVotes: u32;
      readonly appealUntil: u32;
    } & Struct;
    readonly isAppealed: boolean;
    readonly asAppealed: {
      readonly inference: u64;
      readonly round: u32;
      readonly appellant: AccountId32;
      readonly bond: u128;
    } & Struct;
    readonly isSentToGovernance: boolean;
    readonly asSentToGovernance: {
      readonly inference: u64;
      readonly reason: PalletCourtFallbackReason;
      readonly until: u32;
    } & Struct;
    readonly isJuryFeeHeld: boolean;
    readonly asJuryFeeHeld: {
      readonly inference: u64;
      readonly round: u32;
      readonly payer: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isJuryFeeReturned: boolean;
    readonly asJuryFeeReturned: {
      readonly inference: u64;
      readonly round: u32;
      readonly payer: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isJurorPaid: boolean;
    readonly asJurorPaid: {
      readonly inference: u64;
      readonly round: u32;
      readonly juror: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isJurorSlashed: boolean;
    readonly asJurorSlashed: {
      readonly inference: u64;
      readonly juror: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isJurorRewarded: boolean;
    readonly asJurorRewarded: {
      readonly inference: u64;
      readonly juror: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isAppealBondSettled: boolean;
    readonly asAppealBondSettled: {
      readonly inference: u64;
      readonly appellant: AccountId32;
      readonly bond: u128;
      readonly returned: bool;
    } & Struct;
    readonly isCaseClosed: boolean;
    readonly asCaseClosed: {
      readonly inference: u64;
      readonly verdict: OpenledgerPrimitivesVerdict;
    } & Struct;
    readonly isParametersSet: boolean;
    readonly asParametersSet: {
      readonly parameters: PalletCourtCourtParameters;
    } & Struct;
    readonly type: 'JurorJoined' | 'StakeAdded' | 'JurorLeft' | 'JurorEvicted' | 'JurorWithdrawn' | 'CaseOpened' | 'CandidatesFixed' | 'CaseStalled' | 'DrawRescheduled' | 'JuryDrawn' | 'VoteCommitted' | 'VoteRevealed' | 'RoundRuled' | 'Appealed' | 'SentToGovernance' | 'JuryFeeHeld' | 'JuryFeeReturned' | 'JurorPaid' | 'JurorSlashed' | 'JurorRewarded' | 'AppealBondSettled' | 'CaseClosed' | 'ParametersSet';
  }

  /** @name PalletCourtFallbackReason (183) */
  interface PalletCourtFallbackReason extends Enum {
    readonly isAppealsExhausted: boolean;
    readonly isTooFewJurors: boolean;
    readonly type: 'AppealsExhausted' | 'TooFewJurors';
  }

  /** @name OpenledgerPrimitivesVerdict (184) */
  interface OpenledgerPrimitivesVerdict extends Enum {
    readonly isUpheld: boolean;
    readonly isRejected: boolean;
    readonly isUndecided: boolean;
    readonly type: 'Upheld' | 'Rejected' | 'Undecided';
  }

  /** @name PalletBatchesEvent (185) */
  interface PalletBatchesEvent extends Enum {
    readonly isEscrowOpened: boolean;
    readonly asEscrowOpened: {
      readonly payer: AccountId32;
      readonly provider: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isEscrowToppedUp: boolean;
    readonly asEscrowToppedUp: {
      readonly payer: AccountId32;
      readonly provider: AccountId32;
      readonly amount: u128;
      readonly total: u128;
    } & Struct;
    readonly isUnlockRequested: boolean;
    readonly asUnlockRequested: {
      readonly payer: AccountId32;
      readonly provider: AccountId32;
      readonly at: u32;
      readonly lastEpoch: u32;
    } & Struct;
    readonly isEscrowWithdrawn: boolean;
    readonly asEscrowWithdrawn: {
      readonly payer: AccountId32;
      readonly provider: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isFeeRefunded: boolean;
    readonly asFeeRefunded: {
      readonly batch: u64;
      readonly payer: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBatchSubmitted: boolean;
    readonly asBatchSubmitted: {
      readonly batch: u64;
      readonly provider: AccountId32;
      readonly model: u32;
      readonly epoch: u32;
      readonly calls: u64;
      readonly fees: u128;
      readonly seedAt: u32;
    } & Struct;
    readonly isRecordsRevealed: boolean;
    readonly asRecordsRevealed: {
      readonly batch: u64;
      readonly records: Vec<PalletBatchesRevealedRecord>;
    } & Struct;
    readonly isBatchSettled: boolean;
    readonly asBatchSettled: {
      readonly batch: u64;
      readonly tail: u128;
      readonly claimsUntil: u32;
    } & Struct;
    readonly isBatchVoided: boolean;
    readonly asBatchVoided: {
      readonly batch: u64;
      readonly missing: u32;
      readonly slashed: u128;
    } & Struct;
    readonly isTailClaimed: boolean;
    readonly asTailClaimed: {
      readonly batch: u64;
      readonly contribution: u64;
      readonly contributor: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly isBatchClosed: boolean;
    readonly asBatchClosed: {
      readonly batch: u64;
      readonly unclaimed: u128;
    } & Struct;
    readonly isBatchDisputed: boolean;
    readonly asBatchDisputed: {
      readonly dispute: u64;
      readonly case: u64;
      readonly batch: u64;
      readonly challenger: AccountId32;
      readonly subject: PalletBatchesDisputeSubject;
      readonly bond: u128;
    } & Struct;
    readonly isDisputeUpheld: boolean;
    readonly asDisputeUpheld: {
      readonly dispute: u64;
      readonly batch: u64;
      readonly slashed: u128;
      readonly toChallenger: u128;
    } & Struct;
    readonly isDisputeRejected: boolean;
    readonly asDisputeRejected: {
      readonly dispute: u64;
      readonly batch: u64;
      readonly toProvider: u128;
    } & Struct;
    readonly isDisputeUndecided: boolean;
    readonly asDisputeUndecided: {
      readonly dispute: u64;
      readonly batch: u64;
    } & Struct;
    readonly isJuryFeeReimbursed: boolean;
    readonly asJuryFeeReimbursed: {
      readonly dispute: u64;
      readonly by: AccountId32;
      readonly to: AccountId32;
      readonly amount: u128;
    } & Struct;
    readonly type: 'EscrowOpened' | 'EscrowToppedUp' | 'UnlockRequested' | 'EscrowWithdrawn' | 'FeeRefunded' | 'BatchSubmitted' | 'RecordsRevealed' | 'BatchSettled' | 'BatchVoided' | 'TailClaimed' | 'BatchClosed' | 'BatchDisputed' | 'DisputeUpheld' | 'DisputeRejected' | 'DisputeUndecided' | 'JuryFeeReimbursed';
  }

  /** @name PalletBatchesRevealedRecord (187) */
  interface PalletBatchesRevealedRecord extends Struct {
    readonly sample: u32;
    readonly position: u64;
    readonly payer: AccountId32;
    readonly sequence: u64;
    readonly outputHash: H256;
    readonly attributionHash: H256;
  }

  /** @name PalletBatchesDisputeSubject (189) */
  interface PalletBatchesDisputeSubject extends Enum {
    readonly isCall: boolean;
    readonly asCall: {
      readonly payerIndex: u32;
      readonly sequence: u64;
      readonly outputHash: H256;
      readonly attributionHash: H256;
    } & Struct;
    readonly isAggregate: boolean;
    readonly type: 'Call' | 'Aggregate';
  }

  /** @name FrameSystemPhase (190) */
  interface FrameSystemPhase extends Enum {
    readonly isApplyExtrinsic: boolean;
    readonly asApplyExtrinsic: u32;
    readonly isFinalization: boolean;
    readonly isInitialization: boolean;
    readonly type: 'ApplyExtrinsic' | 'Finalization' | 'Initialization';
  }

  /** @name FrameSystemLastRuntimeUpgradeInfo (192) */
  interface FrameSystemLastRuntimeUpgradeInfo extends Struct {
    readonly specVersion: Compact<u32>;
    readonly specName: Text;
  }

  /** @name FrameSystemCodeUpgradeAuthorization (195) */
  interface FrameSystemCodeUpgradeAuthorization extends Struct {
    readonly codeHash: H256;
    readonly checkVersion: bool;
  }

  /** @name FrameSystemLimitsBlockWeights (196) */
  interface FrameSystemLimitsBlockWeights extends Struct {
    readonly baseBlock: SpWeightsWeightV2Weight;
    readonly maxBlock: SpWeightsWeightV2Weight;
    readonly perClass: FrameSupportDispatchPerDispatchClassWeightsPerClass;
  }

  /** @name FrameSupportDispatchPerDispatchClassWeightsPerClass (197) */
  interface FrameSupportDispatchPerDispatchClassWeightsPerClass extends Struct {
    readonly normal: FrameSystemLimitsWeightsPerClass;
    readonly operational: FrameSystemLimitsWeightsPerClass;
    readonly mandatory: FrameSystemLimitsWeightsPerClass;
  }

  /** @name FrameSystemLimitsWeightsPerClass (198) */
  interface FrameSystemLimitsWeightsPerClass extends Struct {
    readonly baseExtrinsic: SpWeightsWeightV2Weight;
    readonly maxExtrinsic: Option<SpWeightsWeightV2Weight>;
    readonly maxTotal: Option<SpWeightsWeightV2Weight>;
    readonly reserved: Option<SpWeightsWeightV2Weight>;
  }

  /** @name FrameSystemLimitsBlockLength (199) */
  interface FrameSystemLimitsBlockLength extends Struct {
    readonly max: FrameSupportDispatchPerDispatchClassU32;
    readonly maxHeaderSize: Option<u32>;
  }

  /** @name FrameSupportDispatchPerDispatchClassU32 (200) */
  interface FrameSupportDispatchPerDispatchClassU32 extends Struct {
    readonly normal: u32;
    readonly operational: u32;
    readonly mandatory: u32;
  }

  /** @name SpWeightsRuntimeDbWeight (202) */
  interface SpWeightsRuntimeDbWeight extends Struct {
    readonly read: u64;
    readonly write: u64;
  }

  /** @name SpVersionRuntimeVersion (203) */
  interface SpVersionRuntimeVersion extends Struct {
    readonly specName: Text;
    readonly implName: Text;
    readonly authoringVersion: u32;
    readonly specVersion: u32;
    readonly implVersion: u32;
    readonly apis: Vec<ITuple<[U8aFixed, u32]>>;
    readonly transactionVersion: u32;
    readonly systemVersion: u8;
  }

  /** @name FrameSystemError (208) */
  interface FrameSystemError extends Enum {
    readonly isInvalidSpecName: boolean;
    readonly isSpecVersionNeedsToIncrease: boolean;
    readonly isFailedToExtractRuntimeVersion: boolean;
    readonly isNonDefaultComposite: boolean;
    readonly isNonZeroRefCount: boolean;
    readonly isCallFiltered: boolean;
    readonly isMultiBlockMigrationsOngoing: boolean;
    readonly isNothingAuthorized: boolean;
    readonly isUnauthorized: boolean;
    readonly type: 'InvalidSpecName' | 'SpecVersionNeedsToIncrease' | 'FailedToExtractRuntimeVersion' | 'NonDefaultComposite' | 'NonZeroRefCount' | 'CallFiltered' | 'MultiBlockMigrationsOngoing' | 'NothingAuthorized' | 'Unauthorized';
  }

  /** @name SpRuntimeBlock (209) */
  interface SpRuntimeBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeHeader (210) */
  interface SpRuntimeHeader extends Struct {
    readonly parentHash: H256;
    readonly number: Compact<u32>;
    readonly stateRoot: H256;
    readonly extrinsicsRoot: H256;
    readonly digest: SpRuntimeDigest;
  }

  /** @name SpConsensusAuraSr25519AppSr25519Public (215) */
  interface SpConsensusAuraSr25519AppSr25519Public extends U8aFixed {}

  /** @name PalletGrandpaStoredState (218) */
  interface PalletGrandpaStoredState extends Enum {
    readonly isLive: boolean;
    readonly isPendingPause: boolean;
    readonly asPendingPause: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly isPaused: boolean;
    readonly isPendingResume: boolean;
    readonly asPendingResume: {
      readonly scheduledAt: u32;
      readonly delay: u32;
    } & Struct;
    readonly type: 'Live' | 'PendingPause' | 'Paused' | 'PendingResume';
  }

  /** @name PalletGrandpaStoredPendingChange (219) */
  interface PalletGrandpaStoredPendingChange extends Struct {
    readonly scheduledAt: u32;
    readonly delay: u32;
    readonly nextAuthorities: Vec<ITuple<[SpConsensusGrandpaAppPublic, u64]>>;
    readonly forced: Option<u32>;
  }

  /** @name PalletGrandpaError (221) */
  interface PalletGrandpaError extends Enum {
    readonly isPauseFailed: boolean;
    readonly isResumeFailed: boolean;
    readonly isChangePending: boolean;
    readonly isTooSoon: boolean;
    readonly isInvalidKeyOwnershipProof: boolean;
    readonly isInvalidEquivocationProof: boolean;
    readonly isDuplicateOffenceReport: boolean;
    readonly type: 'PauseFailed' | 'ResumeFailed' | 'ChangePending' | 'TooSoon' | 'InvalidKeyOwnershipProof' | 'InvalidEquivocationProof' | 'DuplicateOffenceReport';
  }

  /** @name PalletBalancesBalanceLock (223) */
  interface PalletBalancesBalanceLock extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
    readonly reasons: PalletBalancesReasons;
  }

  /** @name PalletBalancesReasons (224) */
  interface PalletBalancesReasons extends Enum {
    readonly isFee: boolean;
    readonly isMisc: boolean;
    readonly isAll: boolean;
    readonly type: 'Fee' | 'Misc' | 'All';
  }

  /** @name PalletBalancesReserveData (227) */
  interface PalletBalancesReserveData extends Struct {
    readonly id: U8aFixed;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeHoldReason (230) */
  interface FrameSupportTokensMiscIdAmountRuntimeHoldReason extends Struct {
    readonly id: OpenledgerRuntimeRuntimeHoldReason;
    readonly amount: u128;
  }

  /** @name FrameSupportTokensMiscIdAmountRuntimeFreezeReason (233) */
  interface FrameSupportTokensMiscIdAmountRuntimeFreezeReason extends Struct {
    readonly id: OpenledgerRuntimeRuntimeFreezeReason;
    readonly amount: u128;
  }

  /** @name OpenledgerRuntimeRuntimeFreezeReason (234) */
  type OpenledgerRuntimeRuntimeFreezeReason = Null;

  /** @name PalletBalancesError (236) */
  interface PalletBalancesError extends Enum {
    readonly isVestingBalance: boolean;
    readonly isLiquidityRestrictions: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isExistentialDeposit: boolean;
    readonly isExpendability: boolean;
    readonly isExistingVestingSchedule: boolean;
    readonly isDeadAccount: boolean;
    readonly isTooManyReserves: boolean;
    readonly isTooManyHolds: boolean;
    readonly isTooManyFreezes: boolean;
    readonly isIssuanceDeactivated: boolean;
    readonly isDeltaZero: boolean;
    readonly type: 'VestingBalance' | 'LiquidityRestrictions' | 'InsufficientBalance' | 'ExistentialDeposit' | 'Expendability' | 'ExistingVestingSchedule' | 'DeadAccount' | 'TooManyReserves' | 'TooManyHolds' | 'TooManyFreezes' | 'IssuanceDeactivated' | 'DeltaZero';
  }

  /** @name PalletTransactionPaymentReleases (238) */
  interface PalletTransactionPaymentReleases extends Enum {
    readonly isV1Ancient: boolean;
    readonly isV2: boolean;
    readonly type: 'V1Ancient' | 'V2';
  }

  /** @name FrameSupportStorageNoDrop (239) */
  interface FrameSupportStorageNoDrop extends FrameSupportTokensFungibleImbalance {}

  /** @name FrameSupportTokensFungibleImbalance (240) */
  interface FrameSupportTokensFungibleImbalance extends Struct {
    readonly amount: u128;
  }

  /** @name PalletSudoError (241) */
  interface PalletSudoError extends Enum {
    readonly isRequireSudo: boolean;
    readonly type: 'RequireSudo';
  }

  /** @name PalletUtilityError (242) */
  interface PalletUtilityError extends Enum {
    readonly isTooManyCalls: boolean;
    readonly type: 'TooManyCalls';
  }

  /** @name PalletSchedulerScheduled (245) */
  interface PalletSchedulerScheduled extends Struct {
    readonly maybeId: Option<U8aFixed>;
    readonly priority: u8;
    readonly call: FrameSupportPreimagesBounded;
    readonly maybePeriodic: Option<ITuple<[u32, u32]>>;
    readonly origin: OpenledgerRuntimeOriginCaller;
  }

  /** @name PalletSchedulerRetryConfig (247) */
  interface PalletSchedulerRetryConfig extends Struct {
    readonly totalRetries: u8;
    readonly remaining: u8;
    readonly period: u32;
  }

  /** @name PalletSchedulerError (248) */
  interface PalletSchedulerError extends Enum {
    readonly isFailedToSchedule: boolean;
    readonly isNotFound: boolean;
    readonly isTargetBlockNumberInPast: boolean;
    readonly isRescheduleNoChange: boolean;
    readonly isNamed: boolean;
    readonly type: 'FailedToSchedule' | 'NotFound' | 'TargetBlockNumberInPast' | 'RescheduleNoChange' | 'Named';
  }

  /** @name PalletPreimageOldRequestStatus (249) */
  interface PalletPreimageOldRequestStatus extends Enum {
    readonly isUnrequested: boolean;
    readonly asUnrequested: {
      readonly deposit: ITuple<[AccountId32, u128]>;
      readonly len: u32;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly deposit: Option<ITuple<[AccountId32, u128]>>;
      readonly count: u32;
      readonly len: Option<u32>;
    } & Struct;
    readonly type: 'Unrequested' | 'Requested';
  }

  /** @name PalletPreimageRequestStatus (252) */
  interface PalletPreimageRequestStatus extends Enum {
    readonly isUnrequested: boolean;
    readonly asUnrequested: {
      readonly ticket: ITuple<[AccountId32, u128]>;
      readonly len: u32;
    } & Struct;
    readonly isRequested: boolean;
    readonly asRequested: {
      readonly maybeTicket: Option<ITuple<[AccountId32, u128]>>;
      readonly count: u32;
      readonly maybeLen: Option<u32>;
    } & Struct;
    readonly type: 'Unrequested' | 'Requested';
  }

  /** @name PalletPreimageError (258) */
  interface PalletPreimageError extends Enum {
    readonly isTooBig: boolean;
    readonly isAlreadyNoted: boolean;
    readonly isNotAuthorized: boolean;
    readonly isNotNoted: boolean;
    readonly isRequested: boolean;
    readonly isNotRequested: boolean;
    readonly isTooMany: boolean;
    readonly isTooFew: boolean;
    readonly type: 'TooBig' | 'AlreadyNoted' | 'NotAuthorized' | 'NotNoted' | 'Requested' | 'NotRequested' | 'TooMany' | 'TooFew';
  }

  /** @name PalletReferendaReferendumInfo (259) */
  interface PalletReferendaReferendumInfo extends Enum {
    readonly isOngoing: boolean;
    readonly asOngoing: PalletReferendaReferendumStatus;
    readonly isApproved: boolean;
    readonly asApproved: ITuple<[u32, Option<PalletReferendaDeposit>, Option<PalletReferendaDeposit>]>;
    readonly isRejected: boolean;
    readonly asRejected: ITuple<[u32, Option<PalletReferendaDeposit>, Option<PalletReferendaDeposit>]>;
    readonly isCancelled: boolean;
    readonly asCancelled: ITuple<[u32, Option<PalletReferendaDeposit>, Option<PalletReferendaDeposit>]>;
    readonly isTimedOut: boolean;
    readonly asTimedOut: ITuple<[u32, Option<PalletReferendaDeposit>, Option<PalletReferendaDeposit>]>;
    readonly isKilled: boolean;
    readonly asKilled: u32;
    readonly type: 'Ongoing' | 'Approved' | 'Rejected' | 'Cancelled' | 'TimedOut' | 'Killed';
  }

  /** @name PalletReferendaReferendumStatus (260) */
  interface PalletReferendaReferendumStatus extends Struct {
    readonly track: u16;
    readonly origin: OpenledgerRuntimeOriginCaller;
    readonly proposal: FrameSupportPreimagesBounded;
    readonly enactment: FrameSupportScheduleDispatchTime;
    readonly submitted: u32;
    readonly submissionDeposit: PalletReferendaDeposit;
    readonly decisionDeposit: Option<PalletReferendaDeposit>;
    readonly deciding: Option<PalletReferendaDecidingStatus>;
    readonly tally: PalletConvictionVotingTally;
    readonly inQueue: bool;
    readonly alarm: Option<ITuple<[u32, ITuple<[u32, u32]>]>>;
  }

  /** @name PalletReferendaDeposit (261) */
  interface PalletReferendaDeposit extends Struct {
    readonly who: AccountId32;
    readonly amount: u128;
  }

  /** @name PalletReferendaDecidingStatus (264) */
  interface PalletReferendaDecidingStatus extends Struct {
    readonly since: u32;
    readonly confirming: Option<u32>;
  }

  /** @name PalletReferendaTrackDetails (270) */
  interface PalletReferendaTrackDetails extends Struct {
    readonly name: Text;
    readonly maxDeciding: u32;
    readonly decisionDeposit: u128;
    readonly preparePeriod: u32;
    readonly decisionPeriod: u32;
    readonly confirmPeriod: u32;
    readonly minEnactmentPeriod: u32;
    readonly minApproval: PalletReferendaCurve;
    readonly minSupport: PalletReferendaCurve;
  }

  /** @name PalletReferendaCurve (271) */
  interface PalletReferendaCurve extends Enum {
    readonly isLinearDecreasing: boolean;
    readonly asLinearDecreasing: {
      readonly length: Perbill;
      readonly floor: Perbill;
      readonly ceil: Perbill;
    } & Struct;
    readonly isSteppedDecreasing: boolean;
    readonly asSteppedDecreasing: {
      readonly begin: Perbill;
      readonly end: Perbill;
      readonly step: Perbill;
      readonly period: Perbill;
    } & Struct;
    readonly isReciprocal: boolean;
    readonly asReciprocal: {
      readonly factor: i64;
      readonly xOffset: i64;
      readonly yOffset: i64;
    } & Struct;
    readonly type: 'LinearDecreasing' | 'SteppedDecreasing' | 'Reciprocal';
  }

  /** @name PalletReferendaError (274) */
  interface PalletReferendaError extends Enum {
    readonly isNotOngoing: boolean;
    readonly isHasDeposit: boolean;
    readonly isBadTrack: boolean;
    readonly isFull: boolean;
    readonly isQueueEmpty: boolean;
    readonly isBadReferendum: boolean;
    readonly isNothingToDo: boolean;
    readonly isNoTrack: boolean;
    readonly isUnfinished: boolean;
    readonly isNoPermission: boolean;
    readonly isNoDeposit: boolean;
    readonly isBadStatus: boolean;
    readonly isPreimageNotExist: boolean;
    readonly isPreimageStoredWithDifferentLength: boolean;
    readonly type: 'NotOngoing' | 'HasDeposit' | 'BadTrack' | 'Full' | 'QueueEmpty' | 'BadReferendum' | 'NothingToDo' | 'NoTrack' | 'Unfinished' | 'NoPermission' | 'NoDeposit' | 'BadStatus' | 'PreimageNotExist' | 'PreimageStoredWithDifferentLength';
  }

  /** @name PalletConvictionVotingVoteVoting (276) */
  interface PalletConvictionVotingVoteVoting extends Enum {
    readonly isCasting: boolean;
    readonly asCasting: PalletConvictionVotingVoteCasting;
    readonly isDelegating: boolean;
    readonly asDelegating: PalletConvictionVotingVoteDelegating;
    readonly type: 'Casting' | 'Delegating';
  }

  /** @name PalletConvictionVotingVoteCasting (277) */
  interface PalletConvictionVotingVoteCasting extends Struct {
    readonly votes: Vec<ITuple<[u32, PalletConvictionVotingVoteAccountVote]>>;
    readonly delegations: PalletConvictionVotingDelegations;
    readonly prior: PalletConvictionVotingVotePriorLock;
  }

  /** @name PalletConvictionVotingDelegations (281) */
  interface PalletConvictionVotingDelegations extends Struct {
    readonly votes: u128;
    readonly capital: u128;
  }

  /** @name PalletConvictionVotingVotePriorLock (282) */
  interface PalletConvictionVotingVotePriorLock extends ITuple<[u32, u128]> {}

  /** @name PalletConvictionVotingVoteDelegating (283) */
  interface PalletConvictionVotingVoteDelegating extends Struct {
    readonly balance: u128;
    readonly target: AccountId32;
    readonly conviction: PalletConvictionVotingConviction;
    readonly delegations: PalletConvictionVotingDelegations;
    readonly prior: PalletConvictionVotingVotePriorLock;
  }

  /** @name PalletConvictionVotingError (287) */
  interface PalletConvictionVotingError extends Enum {
    readonly isNotOngoing: boolean;
    readonly isNotVoter: boolean;
    readonly isNoPermission: boolean;
    readonly isNoPermissionYet: boolean;
    readonly isAlreadyDelegating: boolean;
    readonly isAlreadyVoting: boolean;
    readonly isInsufficientFunds: boolean;
    readonly isNotDelegating: boolean;
    readonly isNonsense: boolean;
    readonly isMaxVotesReached: boolean;
    readonly isClassNeeded: boolean;
    readonly isBadClass: boolean;
    readonly type: 'NotOngoing' | 'NotVoter' | 'NoPermission' | 'NoPermissionYet' | 'AlreadyDelegating' | 'AlreadyVoting' | 'InsufficientFunds' | 'NotDelegating' | 'Nonsense' | 'MaxVotesReached' | 'ClassNeeded' | 'BadClass';
  }

  /** @name PalletGovernanceOriginsTrackTiming (288) */
  interface PalletGovernanceOriginsTrackTiming extends Enum {
    readonly isProduction: boolean;
    readonly isCompressed: boolean;
    readonly asCompressed: {
      readonly period: u32;
    } & Struct;
    readonly type: 'Production' | 'Compressed';
  }

  /** @name PalletWhitelistError (289) */
  interface PalletWhitelistError extends Enum {
    readonly isUnavailablePreImage: boolean;
    readonly isUndecodableCall: boolean;
    readonly isInvalidCallWeightWitness: boolean;
    readonly isCallIsNotWhitelisted: boolean;
    readonly isCallAlreadyWhitelisted: boolean;
    readonly isDeferredDispatchNotFound: boolean;
    readonly isDeferredDispatchNotExpired: boolean;
    readonly isAlreadyDeferred: boolean;
    readonly isDeferredDispatchExpired: boolean;
    readonly type: 'UnavailablePreImage' | 'UndecodableCall' | 'InvalidCallWeightWitness' | 'CallIsNotWhitelisted' | 'CallAlreadyWhitelisted' | 'DeferredDispatchNotFound' | 'DeferredDispatchNotExpired' | 'AlreadyDeferred' | 'DeferredDispatchExpired';
  }

  /** @name PalletCollectiveVotes (291) */
  interface PalletCollectiveVotes extends Struct {
    readonly index: u32;
    readonly threshold: u32;
    readonly ayes: Vec<AccountId32>;
    readonly nays: Vec<AccountId32>;
    readonly end: u32;
  }

  /** @name PalletCollectiveError (292) */
  interface PalletCollectiveError extends Enum {
    readonly isNotMember: boolean;
    readonly isDuplicateProposal: boolean;
    readonly isProposalMissing: boolean;
    readonly isWrongIndex: boolean;
    readonly isDuplicateVote: boolean;
    readonly isAlreadyInitialized: boolean;
    readonly isTooEarly: boolean;
    readonly isTooManyProposals: boolean;
    readonly isWrongProposalWeight: boolean;
    readonly isWrongProposalLength: boolean;
    readonly isPrimeAccountNotMember: boolean;
    readonly isProposalActive: boolean;
    readonly type: 'NotMember' | 'DuplicateProposal' | 'ProposalMissing' | 'WrongIndex' | 'DuplicateVote' | 'AlreadyInitialized' | 'TooEarly' | 'TooManyProposals' | 'WrongProposalWeight' | 'WrongProposalLength' | 'PrimeAccountNotMember' | 'ProposalActive';
  }

  /** @name PalletDatanetsDatanetInfo (293) */
  interface PalletDatanetsDatanetInfo extends Struct {
    readonly curator: AccountId32;
    readonly depositor: AccountId32;
    readonly deposit: u128;
    readonly metadata: PalletDatanetsDatanetMetadata;
    readonly mode: PalletDatanetsCurationMode;
    readonly contributionDeposit: u128;
    readonly status: PalletDatanetsDatanetStatus;
    readonly pending: u32;
    readonly accepted: u32;
    readonly removed: u32;
    readonly rejected: u32;
    readonly contributors: u32;
    readonly totalShare: u64;
    readonly logLen: u64;
    readonly logRoot: H256;
    readonly latestVersion: u32;
    readonly createdAt: u32;
  }

  /** @name PalletDatanetsDatanetMetadata (294) */
  interface PalletDatanetsDatanetMetadata extends Struct {
    readonly name: Bytes;
    readonly description: Bytes;
    readonly uri: Bytes;
    readonly license: Bytes;
  }

  /** @name PalletDatanetsDatanetStatus (295) */
  interface PalletDatanetsDatanetStatus extends Enum {
    readonly isActive: boolean;
    readonly isClosed: boolean;
    readonly type: 'Active' | 'Closed';
  }

  /** @name PalletDatanetsContribution (296) */
  interface PalletDatanetsContribution extends Struct {
    readonly datanet: u32;
    readonly contributor: AccountId32;
    readonly contentHash: H256;
    readonly size_: u64;
    readonly uri: Bytes;
    readonly status: OpenledgerPrimitivesContributionStatus;
    readonly weight: u32;
    readonly deposit: u128;
    readonly submittedAt: u32;
  }

  /** @name OpenledgerPrimitivesContributionStatus (297) */
  interface OpenledgerPrimitivesContributionStatus extends Enum {
    readonly isPending: boolean;
    readonly isAccepted: boolean;
    readonly isRejected: boolean;
    readonly isRemoved: boolean;
    readonly type: 'Pending' | 'Accepted' | 'Rejected' | 'Removed';
  }

  /** @name PalletDatanetsAcceptance (298) */
  interface PalletDatanetsAcceptance extends Struct {
    readonly position: u64;
    readonly epoch: u32;
  }

  /** @name PalletDatanetsContributorInfo (303) */
  interface PalletDatanetsContributorInfo extends Struct {
    readonly share: u64;
    readonly contributions: u32;
  }

  /** @name PalletDatanetsLogEntry (304) */
  interface PalletDatanetsLogEntry extends Struct {
    readonly op: PalletDatanetsLogOp;
    readonly contribution: u64;
    readonly contentHash: H256;
    readonly weight: u32;
  }

  /** @name PalletDatanetsLogOp (305) */
  interface PalletDatanetsLogOp extends Enum {
    readonly isAdd: boolean;
    readonly isRegrade: boolean;
    readonly isDrop: boolean;
    readonly type: 'Add' | 'Regrade' | 'Drop';
  }

  /** @name PalletDatanetsVersionInfo (306) */
  interface PalletDatanetsVersionInfo extends Struct {
    readonly contributions: u32;
    readonly totalShare: u64;
    readonly logLen: u64;
    readonly commitment: H256;
    readonly publishedAt: u32;
  }

  /** @name PalletDatanetsError (307) */
  interface PalletDatanetsError extends Enum {
    readonly isUnknownDatanet: boolean;
    readonly isUnknownContribution: boolean;
    readonly isNotCurator: boolean;
    readonly isNotContributor: boolean;
    readonly isDatanetClosed: boolean;
    readonly isNameTooLong: boolean;
    readonly isDescriptionTooLong: boolean;
    readonly isUriTooLong: boolean;
    readonly isLicenseTooLong: boolean;
    readonly isEmptyName: boolean;
    readonly isContributionDepositOutOfBounds: boolean;
    readonly isZeroSize: boolean;
    readonly isDuplicateContent: boolean;
    readonly isTooManyContributions: boolean;
    readonly isTooManyPending: boolean;
    readonly isNotExpired: boolean;
    readonly isTooManyContributionsFromContributor: boolean;
    readonly isNotPending: boolean;
    readonly isNotAccepted: boolean;
    readonly isWeightOutOfBounds: boolean;
    readonly isHasPendingContributions: boolean;
    readonly isDatanetStillActive: boolean;
    readonly isVersionUnchanged: boolean;
    readonly isAlreadyRemoved: boolean;
    readonly isAlreadyCurator: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isOverflow: boolean;
    readonly isUnderflow: boolean;
    readonly isOwnContribution: boolean;
    readonly type: 'UnknownDatanet' | 'UnknownContribution' | 'NotCurator' | 'NotContributor' | 'DatanetClosed' | 'NameTooLong' | 'DescriptionTooLong' | 'UriTooLong' | 'LicenseTooLong' | 'EmptyName' | 'ContributionDepositOutOfBounds' | 'ZeroSize' | 'DuplicateContent' | 'TooManyContributions' | 'TooManyPending' | 'NotExpired' | 'TooManyContributionsFromContributor' | 'NotPending' | 'NotAccepted' | 'WeightOutOfBounds' | 'HasPendingContributions' | 'DatanetStillActive' | 'VersionUnchanged' | 'AlreadyRemoved' | 'AlreadyCurator' | 'InsufficientBalance' | 'Overflow' | 'Underflow' | 'OwnContribution';
  }

  /** @name PalletModelsModelInfo (308) */
  interface PalletModelsModelInfo extends Struct {
    readonly owner: AccountId32;
    readonly depositor: AccountId32;
    readonly deposit: u128;
    readonly metadata: PalletModelsModelMetadata;
    readonly artifactHash: H256;
    readonly kind: OpenledgerPrimitivesModelKind;
    readonly training: Vec<OpenledgerPrimitivesTrainingSource>;
    readonly price: u128;
    readonly terms: PalletModelsDerivativeTerms;
    readonly lineage: Vec<PalletModelsLineageLink>;
    readonly status: OpenledgerPrimitivesModelStatus;
    readonly derivatives: u32;
    readonly registeredAt: u32;
  }

  /** @name PalletModelsModelMetadata (309) */
  interface PalletModelsModelMetadata extends Struct {
    readonly name: Bytes;
    readonly uri: Bytes;
  }

  /** @name OpenledgerPrimitivesTrainingSource (311) */
  interface OpenledgerPrimitivesTrainingSource extends Struct {
    readonly datanet: u32;
    readonly version: u32;
    readonly share: Perbill;
  }

  /** @name PalletModelsLineageLink (314) */
  interface PalletModelsLineageLink extends Struct {
    readonly model: u32;
    readonly royalty: Perbill;
  }

  /** @name OpenledgerPrimitivesModelStatus (316) */
  interface OpenledgerPrimitivesModelStatus extends Enum {
    readonly isActive: boolean;
    readonly isDeprecated: boolean;
    readonly type: 'Active' | 'Deprecated';
  }

  /** @name PalletModelsError (317) */
  interface PalletModelsError extends Enum {
    readonly isUnknownModel: boolean;
    readonly isNotOwner: boolean;
    readonly isEmptyName: boolean;
    readonly isNameTooLong: boolean;
    readonly isUriTooLong: boolean;
    readonly isPriceBelowMinimum: boolean;
    readonly isRoyaltyTooHigh: boolean;
    readonly isTooManyTrainingDatanets: boolean;
    readonly isNoTrainingData: boolean;
    readonly isUnknownDatanet: boolean;
    readonly isUnknownVersion: boolean;
    readonly isVersionRetired: boolean;
    readonly isDuplicateDatanet: boolean;
    readonly isSharesNotWhole: boolean;
    readonly isUnknownParent: boolean;
    readonly isParentDeprecated: boolean;
    readonly isDerivativesNotAllowed: boolean;
    readonly isLineageTooDeep: boolean;
    readonly isRoyaltyStackTooHigh: boolean;
    readonly isAlreadyDeprecated: boolean;
    readonly isNotDeprecated: boolean;
    readonly isDepositAlreadyReleased: boolean;
    readonly isRequestsStillOpen: boolean;
    readonly isAlreadyOwner: boolean;
    readonly isUnderChallenge: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isOverflow: boolean;
    readonly type: 'UnknownModel' | 'NotOwner' | 'EmptyName' | 'NameTooLong' | 'UriTooLong' | 'PriceBelowMinimum' | 'RoyaltyTooHigh' | 'TooManyTrainingDatanets' | 'NoTrainingData' | 'UnknownDatanet' | 'UnknownVersion' | 'VersionRetired' | 'DuplicateDatanet' | 'SharesNotWhole' | 'UnknownParent' | 'ParentDeprecated' | 'DerivativesNotAllowed' | 'LineageTooDeep' | 'RoyaltyStackTooHigh' | 'AlreadyDeprecated' | 'NotDeprecated' | 'DepositAlreadyReleased' | 'RequestsStillOpen' | 'AlreadyOwner' | 'UnderChallenge' | 'InsufficientBalance' | 'Overflow';
  }

  /** @name PalletInferenceProviderInfo (318) */
  interface PalletInferenceProviderInfo extends Struct {
    readonly stake: u128;
    readonly models: Vec<u32>;
    readonly openRequests: u32;
    readonly unbondingAt: Option<u32>;
  }

  /** @name PalletInferenceRequest (319) */
  interface PalletInferenceRequest extends Struct {
    readonly user: AccountId32;
    readonly model: u32;
    readonly provider: AccountId32;
    readonly fee: u128;
    readonly deposit: u128;
    readonly inputHash: H256;
    readonly deadline: u32;
    readonly status: PalletInferenceRequestStatus;
  }

  /** @name PalletInferenceRequestStatus (320) */
  interface PalletInferenceRequestStatus extends Enum {
    readonly isRequested: boolean;
    readonly isAnswered: boolean;
    readonly asAnswered: {
      readonly outputHash: H256;
      readonly at: u32;
    } & Struct;
    readonly isChallenged: boolean;
    readonly asChallenged: {
      readonly outputHash: H256;
      readonly at: u32;
      readonly challenger: AccountId32;
      readonly bond: u128;
    } & Struct;
    readonly type: 'Requested' | 'Answered' | 'Challenged';
  }

  /** @name PalletInferenceError (322) */
  interface PalletInferenceError extends Enum {
    readonly isAlreadyProvider: boolean;
    readonly isUnknownProvider: boolean;
    readonly isNoModels: boolean;
    readonly isTooManyModels: boolean;
    readonly isAlreadyServing: boolean;
    readonly isNotServingModel: boolean;
    readonly isStakeBelowMinimum: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isProviderUnbonding: boolean;
    readonly isOpenRequests: boolean;
    readonly isNotUnbonding: boolean;
    readonly isUnbondingNotDue: boolean;
    readonly isUnknownModel: boolean;
    readonly isModelNotActive: boolean;
    readonly isPriceAboveMaxFee: boolean;
    readonly isUnknownRequest: boolean;
    readonly isRequestClosed: boolean;
    readonly isNotAssignedProvider: boolean;
    readonly isAlreadyAnswered: boolean;
    readonly isDeadlinePassed: boolean;
    readonly isScoresOverHundredPercent: boolean;
    readonly isDuplicateContribution: boolean;
    readonly isDuplicateDatanet: boolean;
    readonly isUnknownContribution: boolean;
    readonly isContributionNotAccepted: boolean;
    readonly isContributionNotAttributable: boolean;
    readonly isDatanetNotAttributable: boolean;
    readonly isNotRequester: boolean;
    readonly isDeadlineNotReached: boolean;
    readonly isNotAnswered: boolean;
    readonly isChallengeWindowClosed: boolean;
    readonly isChallengeWindowOpen: boolean;
    readonly isUnderChallenge: boolean;
    readonly isNotChallenged: boolean;
    readonly isEscrowMissing: boolean;
    readonly isOverflow: boolean;
    readonly isUnderflow: boolean;
    readonly isZeroAmount: boolean;
    readonly isTooManyParties: boolean;
    readonly isContributionNotInCitedVersion: boolean;
    readonly type: 'AlreadyProvider' | 'UnknownProvider' | 'NoModels' | 'TooManyModels' | 'AlreadyServing' | 'NotServingModel' | 'StakeBelowMinimum' | 'InsufficientBalance' | 'ProviderUnbonding' | 'OpenRequests' | 'NotUnbonding' | 'UnbondingNotDue' | 'UnknownModel' | 'ModelNotActive' | 'PriceAboveMaxFee' | 'UnknownRequest' | 'RequestClosed' | 'NotAssignedProvider' | 'AlreadyAnswered' | 'DeadlinePassed' | 'ScoresOverHundredPercent' | 'DuplicateContribution' | 'DuplicateDatanet' | 'UnknownContribution' | 'ContributionNotAccepted' | 'ContributionNotAttributable' | 'DatanetNotAttributable' | 'NotRequester' | 'DeadlineNotReached' | 'NotAnswered' | 'ChallengeWindowClosed' | 'ChallengeWindowOpen' | 'UnderChallenge' | 'NotChallenged' | 'EscrowMissing' | 'Overflow' | 'Underflow' | 'ZeroAmount' | 'TooManyParties' | 'ContributionNotInCitedVersion';
  }

  /** @name PalletRewardsAccountLedger (323) */
  interface PalletRewardsAccountLedger extends Struct {
    readonly credits: u128;
    readonly lifetime: PalletRewardsAccountEarnings;
  }

  /** @name PalletRewardsAccountEarnings (324) */
  interface PalletRewardsAccountEarnings extends Struct {
    readonly asOwner: u128;
    readonly asAncestor: u128;
    readonly asProvider: u128;
    readonly asContributor: u128;
    readonly fromPools: u128;
    readonly claimed: u128;
  }

  /** @name PalletRewardsPoolRecord (325) */
  interface PalletRewardsPoolRecord extends Struct {
    readonly pool: PalletRewardsPool;
    readonly epochs: Vec<PalletRewardsEpochPool>;
  }

  /** @name PalletRewardsPool (326) */
  interface PalletRewardsPool extends Struct {
    readonly rewardPerShare: U256;
    readonly paidIn: u128;
    readonly claimed: u128;
    readonly direct: u128;
    readonly payments: u64;
    readonly roundings: u64;
  }

  /** @name PalletRewardsEpochPool (330) */
  interface PalletRewardsEpochPool extends Struct {
    readonly epoch: u32;
    readonly change: i128;
    readonly rewardPerShare: U256;
  }

  /** @name PalletRewardsMemberEpoch (334) */
  interface PalletRewardsMemberEpoch extends Struct {
    readonly epoch: u32;
    readonly change: i128;
    readonly debt: U256;
  }

  /** @name PalletRewardsFoldedEpoch (337) */
  interface PalletRewardsFoldedEpoch extends Struct {
    readonly rewardPerShare: U256;
    readonly zeroAtFold: U256;
  }

  /** @name PalletRewardsPoolMember (338) */
  interface PalletRewardsPoolMember extends Struct {
    readonly debt: U256;
    readonly pending: u128;
    readonly claimed: u128;
  }

  /** @name PalletRewardsModelEarnings (339) */
  interface PalletRewardsModelEarnings extends Struct {
    readonly calls: u64;
    readonly fees: u128;
    readonly toOwner: u128;
    readonly toAncestors: u128;
    readonly toProviders: u128;
    readonly toData: u128;
    readonly toTreasury: u128;
    readonly royaltiesReceived: u128;
  }

  /** @name PalletRewardsReceipt (340) */
  interface PalletRewardsReceipt extends Struct {
    readonly model: u32;
    readonly fee: u128;
    readonly treasury: u128;
    readonly provider: PalletRewardsPayee;
    readonly owner: PalletRewardsPayee;
    readonly ancestors: Vec<PalletRewardsAncestorPart>;
    readonly contributors: Vec<PalletRewardsContributorPart>;
    readonly pools: Vec<PalletRewardsPoolPart>;
    readonly attribution: OpenledgerPrimitivesAttribution;
    readonly dataSide: Perbill;
    readonly settledAt: u32;
  }

  /** @name PalletRewardsPayee (341) */
  interface PalletRewardsPayee extends Struct {
    readonly account: AccountId32;
    readonly amount: u128;
  }

  /** @name PalletRewardsAncestorPart (343) */
  interface PalletRewardsAncestorPart extends Struct {
    readonly model: u32;
    readonly owner: AccountId32;
    readonly amount: u128;
  }

  /** @name PalletRewardsContributorPart (346) */
  interface PalletRewardsContributorPart extends Struct {
    readonly contribution: u64;
    readonly datanet: u32;
    readonly contributor: AccountId32;
    readonly amount: u128;
  }

  /** @name PalletRewardsPoolPart (349) */
  interface PalletRewardsPoolPart extends Struct {
    readonly datanet: u32;
    readonly amount: u128;
  }

  /** @name FrameSupportPalletId (351) */
  interface FrameSupportPalletId extends U8aFixed {}

  /** @name PalletRewardsError (352) */
  interface PalletRewardsError extends Enum {
    readonly isTailHolderCannotReceive: boolean;
    readonly isPolicyNotComplete: boolean;
    readonly isDataSideOutOfBounds: boolean;
    readonly isDataSideAboveModelSide: boolean;
    readonly isUnknownModel: boolean;
    readonly isNotModelOwner: boolean;
    readonly isAlreadySettled: boolean;
    readonly isScoresOverHundredPercent: boolean;
    readonly isNothingToClaim: boolean;
    readonly isOverflow: boolean;
    readonly isUnderflow: boolean;
    readonly isPoolOverflow: boolean;
    readonly isTreasuryCannotReceive: boolean;
    readonly isPalletAccountCannotReceive: boolean;
    readonly type: 'TailHolderCannotReceive' | 'PolicyNotComplete' | 'DataSideOutOfBounds' | 'DataSideAboveModelSide' | 'UnknownModel' | 'NotModelOwner' | 'AlreadySettled' | 'ScoresOverHundredPercent' | 'NothingToClaim' | 'Overflow' | 'Underflow' | 'PoolOverflow' | 'TreasuryCannotReceive' | 'PalletAccountCannotReceive';
  }

  /** @name PalletCourtJurorInfo (353) */
  interface PalletCourtJurorInfo extends Struct {
    readonly stake: u128;
    readonly seats: u32;
    readonly leavingSince: Option<u32>;
  }

  /** @name PalletCourtCase (355) */
  interface PalletCourtCase extends Struct {
    readonly evidence: OpenledgerPrimitivesChallengeEvidence;
    readonly parties: Vec<AccountId32>;
    readonly rounds: u32;
    readonly phase: PalletCourtPhase;
  }

  /** @name OpenledgerPrimitivesChallengeEvidence (356) */
  interface OpenledgerPrimitivesChallengeEvidence extends Struct {
    readonly model: u32;
    readonly outputHash: H256;
    readonly outputUri: Bytes;
  }

  /** @name PalletCourtPhase (358) */
  interface PalletCourtPhase extends Enum {
    readonly isDrawing: boolean;
    readonly asDrawing: {
      readonly at: u32;
    } & Struct;
    readonly isVoting: boolean;
    readonly asVoting: {
      readonly commitEnd: u32;
      readonly revealEnd: u32;
    } & Struct;
    readonly isAppealable: boolean;
    readonly asAppealable: {
      readonly until: u32;
    } & Struct;
    readonly isFallback: boolean;
    readonly asFallback: {
      readonly until: u32;
    } & Struct;
    readonly type: 'Drawing' | 'Voting' | 'Appealable' | 'Fallback';
  }

  /** @name PalletCourtRound (360) */
  interface PalletCourtRound extends Struct {
    readonly seats: Vec<PalletCourtSeat>;
    readonly ruling: Option<bool>;
    readonly appeal: Option<ITuple<[AccountId32, u128]>>;
  }

  /** @name PalletCourtSeat (362) */
  interface PalletCourtSeat extends Struct {
    readonly juror: AccountId32;
    readonly stake: u128;
    readonly vote: PalletCourtVote;
  }

  /** @name PalletCourtVote (363) */
  interface PalletCourtVote extends Enum {
    readonly isNone: boolean;
    readonly isCommitted: boolean;
    readonly asCommitted: H256;
    readonly isRevealed: boolean;
    readonly asRevealed: bool;
    readonly type: 'None' | 'Committed' | 'Revealed';
  }

  /** @name PalletCourtJuryFee (368) */
  interface PalletCourtJuryFee extends Struct {
    readonly payer: AccountId32;
    readonly amount: u128;
  }

  /** @name PalletCourtError (371) */
  interface PalletCourtError extends Enum {
    readonly isNoParameters: boolean;
    readonly isInvalidParameters: boolean;
    readonly isAlreadyJuror: boolean;
    readonly isNotJuror: boolean;
    readonly isStakeTooLow: boolean;
    readonly isPoolFull: boolean;
    readonly isAlreadyLeaving: boolean;
    readonly isNotLeaving: boolean;
    readonly isLeaveDelayNotPassed: boolean;
    readonly isStillSeated: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isUnknownCase: boolean;
    readonly isCaseExists: boolean;
    readonly isNotDrawing: boolean;
    readonly isDrawTooEarly: boolean;
    readonly isNotVoting: boolean;
    readonly isNotDrawn: boolean;
    readonly isCommitClosed: boolean;
    readonly isAlreadyCommitted: boolean;
    readonly isRevealNotOpen: boolean;
    readonly isRevealClosed: boolean;
    readonly isNothingToReveal: boolean;
    readonly isCommitmentMismatch: boolean;
    readonly isTallyTooEarly: boolean;
    readonly isNotAppealable: boolean;
    readonly isAppealClosed: boolean;
    readonly isAppealOpen: boolean;
    readonly isNotInFallback: boolean;
    readonly isFallbackNotExpired: boolean;
    readonly isUnknownJuror: boolean;
    readonly isUnknownRound: boolean;
    readonly isOverflow: boolean;
    readonly type: 'NoParameters' | 'InvalidParameters' | 'AlreadyJuror' | 'NotJuror' | 'StakeTooLow' | 'PoolFull' | 'AlreadyLeaving' | 'NotLeaving' | 'LeaveDelayNotPassed' | 'StillSeated' | 'InsufficientBalance' | 'UnknownCase' | 'CaseExists' | 'NotDrawing' | 'DrawTooEarly' | 'NotVoting' | 'NotDrawn' | 'CommitClosed' | 'AlreadyCommitted' | 'RevealNotOpen' | 'RevealClosed' | 'NothingToReveal' | 'CommitmentMismatch' | 'TallyTooEarly' | 'NotAppealable' | 'AppealClosed' | 'AppealOpen' | 'NotInFallback' | 'FallbackNotExpired' | 'UnknownJuror' | 'UnknownRound' | 'Overflow';
  }

  /** @name PalletBatchesEscrow (373) */
  interface PalletBatchesEscrow extends Struct {
    readonly amount: u128;
    readonly deposit: u128;
    readonly unlock: Option<PalletBatchesUnlock>;
  }

  /** @name PalletBatchesUnlock (375) */
  interface PalletBatchesUnlock extends Struct {
    readonly at: u32;
    readonly lastEpoch: u32;
  }

  /** @name PalletBatchesBatch (376) */
  interface PalletBatchesBatch extends Struct {
    readonly provider: AccountId32;
    readonly model: u32;
    readonly epoch: u32;
    readonly calls: u64;
    readonly fees: u128;
    readonly payers: Vec<PalletBatchesPayerTotal>;
    readonly callsRoot: H256;
    readonly scores: OpenledgerPrimitivesBatchScores;
    readonly tailRoot: H256;
    readonly tailLeaves: u32;
    readonly terms: PalletRewardsSplitPolicy;
    readonly deposit: u128;
    readonly status: PalletBatchesBatchStatus;
  }

  /** @name PalletBatchesPayerTotal (378) */
  interface PalletBatchesPayerTotal extends Struct {
    readonly payer: AccountId32;
    readonly calls: u64;
    readonly fee: u128;
    readonly receiptsRoot: H256;
  }

  /** @name PalletBatchesBatchStatus (380) */
  interface PalletBatchesBatchStatus extends Enum {
    readonly isAudit: boolean;
    readonly asAudit: {
      readonly seedAt: u32;
      readonly revealBy: u32;
      readonly revealed: u32;
    } & Struct;
    readonly isSettled: boolean;
    readonly asSettled: {
      readonly tail: u128;
      readonly claimed: u128;
      readonly claimsUntil: u32;
    } & Struct;
    readonly isVoid: boolean;
    readonly asVoid: {
      readonly closableAt: u32;
    } & Struct;
    readonly type: 'Audit' | 'Settled' | 'Void';
  }

  /** @name PalletBatchesDispute (382) */
  interface PalletBatchesDispute extends Struct {
    readonly batch: u64;
    readonly challenger: AccountId32;
    readonly bond: u128;
    readonly subject: PalletBatchesDisputeSubject;
    readonly models: Vec<u32>;
  }

  /** @name PalletBatchesError (384) */
  interface PalletBatchesError extends Enum {
    readonly isZeroAmount: boolean;
    readonly isEscrowExists: boolean;
    readonly isNoEscrow: boolean;
    readonly isUnlocking: boolean;
    readonly isNotUnlocking: boolean;
    readonly isUnlockNotDue: boolean;
    readonly isInsufficientBalance: boolean;
    readonly isEpochNotOver: boolean;
    readonly isSubmitWindowClosed: boolean;
    readonly isAlreadySubmitted: boolean;
    readonly isNoPayers: boolean;
    readonly isDuplicatePayer: boolean;
    readonly isEmptyClaim: boolean;
    readonly isBadSignature: boolean;
    readonly isEscrowInsufficient: boolean;
    readonly isEscrowUnlocked: boolean;
    readonly isBadScores: boolean;
    readonly isBadTail: boolean;
    readonly isTooManyCalls: boolean;
    readonly isStakeTooLow: boolean;
    readonly isUnknownBatch: boolean;
    readonly isNotInAudit: boolean;
    readonly isAuditNotStarted: boolean;
    readonly isRevealWindowClosed: boolean;
    readonly isAuditNotOver: boolean;
    readonly isNoSuchSample: boolean;
    readonly isAlreadyRevealed: boolean;
    readonly isSeedUnavailable: boolean;
    readonly isWrongRecord: boolean;
    readonly isBadProof: boolean;
    readonly isNotSignedByPayer: boolean;
    readonly isNotSettled: boolean;
    readonly isClaimWindowClosed: boolean;
    readonly isNotClosable: boolean;
    readonly isAlreadyClaimed: boolean;
    readonly isContributionNotPayable: boolean;
    readonly isTailExhausted: boolean;
    readonly isOverflow: boolean;
    readonly isDisputeWindowClosed: boolean;
    readonly isUnderDispute: boolean;
    readonly isBadAcknowledgement: boolean;
    readonly isUnknownDispute: boolean;
    readonly isNotADispute: boolean;
    readonly isTooManyParties: boolean;
    readonly isUnknownModel: boolean;
    readonly type: 'ZeroAmount' | 'EscrowExists' | 'NoEscrow' | 'Unlocking' | 'NotUnlocking' | 'UnlockNotDue' | 'InsufficientBalance' | 'EpochNotOver' | 'SubmitWindowClosed' | 'AlreadySubmitted' | 'NoPayers' | 'DuplicatePayer' | 'EmptyClaim' | 'BadSignature' | 'EscrowInsufficient' | 'EscrowUnlocked' | 'BadScores' | 'BadTail' | 'TooManyCalls' | 'StakeTooLow' | 'UnknownBatch' | 'NotInAudit' | 'AuditNotStarted' | 'RevealWindowClosed' | 'AuditNotOver' | 'NoSuchSample' | 'AlreadyRevealed' | 'SeedUnavailable' | 'WrongRecord' | 'BadProof' | 'NotSignedByPayer' | 'NotSettled' | 'ClaimWindowClosed' | 'NotClosable' | 'AlreadyClaimed' | 'ContributionNotPayable' | 'TailExhausted' | 'Overflow' | 'DisputeWindowClosed' | 'UnderDispute' | 'BadAcknowledgement' | 'UnknownDispute' | 'NotADispute' | 'TooManyParties' | 'UnknownModel';
  }

  /** @name SpRuntimeBlockLazyBlock (388) */
  interface SpRuntimeBlockLazyBlock extends Struct {
    readonly header: SpRuntimeHeader;
    readonly extrinsics: Vec<Bytes>;
  }

  /** @name SpRuntimeExtrinsicInclusionMode (391) */
  interface SpRuntimeExtrinsicInclusionMode extends Enum {
    readonly isAllExtrinsics: boolean;
    readonly isOnlyInherents: boolean;
    readonly type: 'AllExtrinsics' | 'OnlyInherents';
  }

  /** @name FrameSupportViewFunctionsViewFunctionId (394) */
  interface FrameSupportViewFunctionsViewFunctionId extends Struct {
    readonly prefix: U8aFixed;
    readonly suffix: U8aFixed;
  }

  /** @name FrameSupportViewFunctionsViewFunctionDispatchError (397) */
  interface FrameSupportViewFunctionsViewFunctionDispatchError extends Enum {
    readonly isNotImplemented: boolean;
    readonly isNotFound: boolean;
    readonly asNotFound: FrameSupportViewFunctionsViewFunctionId;
    readonly isCodec: boolean;
    readonly type: 'NotImplemented' | 'NotFound' | 'Codec';
  }

  /** @name SpRuntimeTransactionValidityTransactionValidityError (399) */
  interface SpRuntimeTransactionValidityTransactionValidityError extends Enum {
    readonly isInvalid: boolean;
    readonly asInvalid: SpRuntimeTransactionValidityInvalidTransaction;
    readonly isUnknown: boolean;
    readonly asUnknown: SpRuntimeTransactionValidityUnknownTransaction;
    readonly type: 'Invalid' | 'Unknown';
  }

  /** @name SpRuntimeTransactionValidityInvalidTransaction (400) */
  interface SpRuntimeTransactionValidityInvalidTransaction extends Enum {
    readonly isCall: boolean;
    readonly isPayment: boolean;
    readonly isFuture: boolean;
    readonly isStale: boolean;
    readonly isBadProof: boolean;
    readonly isAncientBirthBlock: boolean;
    readonly isExhaustsResources: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly isBadMandatory: boolean;
    readonly isMandatoryValidation: boolean;
    readonly isBadSigner: boolean;
    readonly isIndeterminateImplicit: boolean;
    readonly isUnknownOrigin: boolean;
    readonly type: 'Call' | 'Payment' | 'Future' | 'Stale' | 'BadProof' | 'AncientBirthBlock' | 'ExhaustsResources' | 'Custom' | 'BadMandatory' | 'MandatoryValidation' | 'BadSigner' | 'IndeterminateImplicit' | 'UnknownOrigin';
  }

  /** @name SpRuntimeTransactionValidityUnknownTransaction (401) */
  interface SpRuntimeTransactionValidityUnknownTransaction extends Enum {
    readonly isCannotLookup: boolean;
    readonly isNoUnsignedValidator: boolean;
    readonly isCustom: boolean;
    readonly asCustom: u8;
    readonly type: 'CannotLookup' | 'NoUnsignedValidator' | 'Custom';
  }

  /** @name SpInherentsInherentData (402) */
  interface SpInherentsInherentData extends Struct {
    readonly data: BTreeMap<U8aFixed, Bytes>;
  }

  /** @name SpInherentsCheckInherentsResult (406) */
  interface SpInherentsCheckInherentsResult extends Struct {
    readonly okay: bool;
    readonly fatalError: bool;
    readonly errors: SpInherentsInherentData;
  }

  /** @name SpRuntimeTransactionValidityTransactionSource (407) */
  interface SpRuntimeTransactionValidityTransactionSource extends Enum {
    readonly isInBlock: boolean;
    readonly isLocal: boolean;
    readonly isExternal: boolean;
    readonly type: 'InBlock' | 'Local' | 'External';
  }

  /** @name SpRuntimeTransactionValidityValidTransaction (409) */
  interface SpRuntimeTransactionValidityValidTransaction extends Struct {
    readonly priority: u64;
    readonly requires: Vec<Bytes>;
    readonly provides: Vec<Bytes>;
    readonly longevity: u64;
    readonly propagate: bool;
  }

  /** @name SpSessionRuntimeApiOpaqueGeneratedSessionKeys (412) */
  interface SpSessionRuntimeApiOpaqueGeneratedSessionKeys extends Struct {
    readonly keys_: Bytes;
    readonly proof: Bytes;
  }

  /** @name SpCoreCryptoKeyTypeId (416) */
  interface SpCoreCryptoKeyTypeId extends U8aFixed {}

  /** @name PalletTransactionPaymentRuntimeDispatchInfo (420) */
  interface PalletTransactionPaymentRuntimeDispatchInfo extends Struct {
    readonly weight: SpWeightsWeightV2Weight;
    readonly class: FrameSupportDispatchDispatchClass;
    readonly partialFee: u128;
  }

  /** @name PalletTransactionPaymentFeeDetails (421) */
  interface PalletTransactionPaymentFeeDetails extends Struct {
    readonly inclusionFee: Option<PalletTransactionPaymentInclusionFee>;
    readonly tip: u128;
  }

  /** @name PalletTransactionPaymentInclusionFee (423) */
  interface PalletTransactionPaymentInclusionFee extends Struct {
    readonly baseFee: u128;
    readonly lenFee: u128;
    readonly adjustedWeightFee: u128;
  }

  /** @name PalletRewardsAccountRewards (424) */
  interface PalletRewardsAccountRewards extends Struct {
    readonly claimableCredits: u128;
    readonly claimableTotal: u128;
    readonly lifetime: PalletRewardsAccountEarnings;
    readonly pools: Vec<PalletRewardsPoolPosition>;
  }

  /** @name PalletRewardsPoolPosition (426) */
  interface PalletRewardsPoolPosition extends Struct {
    readonly datanet: u32;
    readonly share: u64;
    readonly claimable: u128;
    readonly claimed: u128;
  }

  /** @name PalletRewardsAccountRewardsPage (427) */
  interface PalletRewardsAccountRewardsPage extends Struct {
    readonly rewards: PalletRewardsAccountRewards;
    readonly next: Option<u32>;
  }

  /** @name PalletModelsModelLineage (430) */
  interface PalletModelsModelLineage extends Struct {
    readonly model: u32;
    readonly owner: AccountId32;
    readonly kind: OpenledgerPrimitivesModelKind;
    readonly ancestors: Vec<OpenledgerPrimitivesAncestor>;
  }

  /** @name OpenledgerPrimitivesAncestor (432) */
  interface OpenledgerPrimitivesAncestor extends Struct {
    readonly model: u32;
    readonly owner: AccountId32;
    readonly royalty: Perbill;
  }

  /** @name PalletRewardsModelEarningsReport (434) */
  interface PalletRewardsModelEarningsReport extends Struct {
    readonly totals: PalletRewardsModelEarnings;
    readonly perDatanet: Vec<PalletRewardsPoolPart>;
  }

  /** @name AttributionRuntimeApiDatanetReport (436) */
  interface AttributionRuntimeApiDatanetReport extends Struct {
    readonly datanet: PalletDatanetsDatanetStats;
    readonly pool: PalletRewardsPool;
  }

  /** @name PalletDatanetsDatanetStats (437) */
  interface PalletDatanetsDatanetStats extends Struct {
    readonly curator: AccountId32;
    readonly active: bool;
    readonly pending: u32;
    readonly accepted: u32;
    readonly rejected: u32;
    readonly removed: u32;
    readonly contributors: u32;
    readonly totalShare: u64;
    readonly latestVersion: u32;
  }

  /** @name OpenledgerPrimitivesQueryAttributionInput (438) */
  interface OpenledgerPrimitivesQueryAttributionInput extends Struct {
    readonly contributions: Vec<ITuple<[u64, Perbill]>>;
    readonly datanets: Vec<ITuple<[u32, Perbill]>>;
  }

  /** @name PalletDatanetsContributionView (442) */
  interface PalletDatanetsContributionView extends Struct {
    readonly id: u64;
    readonly datanet: u32;
    readonly contributor: AccountId32;
    readonly status: OpenledgerPrimitivesContributionStatus;
    readonly weight: u32;
    readonly contentHash: H256;
    readonly size_: u64;
  }

  /** @name OpenledgerPrimitivesQueryPageLogEntryView (447) */
  interface OpenledgerPrimitivesQueryPageLogEntryView extends Struct {
    readonly items: Vec<PalletDatanetsLogEntryView>;
    readonly next: Option<u64>;
  }

  /** @name PalletDatanetsLogEntryView (448) */
  interface PalletDatanetsLogEntryView extends Struct {
    readonly position: u64;
    readonly entry: PalletDatanetsLogEntry;
    readonly uri: Option<Bytes>;
  }

  /** @name OpenledgerPrimitivesQueryPageU32 (450) */
  interface OpenledgerPrimitivesQueryPageU32 extends Struct {
    readonly items: Vec<u32>;
    readonly next: Option<u32>;
  }

  /** @name OpenledgerRuntimeRuntimeError (454) */
  interface OpenledgerRuntimeRuntimeError extends Enum {
    readonly isSystem: boolean;
    readonly asSystem: FrameSystemError;
    readonly isGrandpa: boolean;
    readonly asGrandpa: PalletGrandpaError;
    readonly isBalances: boolean;
    readonly asBalances: PalletBalancesError;
    readonly isSudo: boolean;
    readonly asSudo: PalletSudoError;
    readonly isUtility: boolean;
    readonly asUtility: PalletUtilityError;
    readonly isScheduler: boolean;
    readonly asScheduler: PalletSchedulerError;
    readonly isPreimage: boolean;
    readonly asPreimage: PalletPreimageError;
    readonly isReferenda: boolean;
    readonly asReferenda: PalletReferendaError;
    readonly isConvictionVoting: boolean;
    readonly asConvictionVoting: PalletConvictionVotingError;
    readonly isWhitelist: boolean;
    readonly asWhitelist: PalletWhitelistError;
    readonly isTechnicalCommittee: boolean;
    readonly asTechnicalCommittee: PalletCollectiveError;
    readonly isDatanets: boolean;
    readonly asDatanets: PalletDatanetsError;
    readonly isModels: boolean;
    readonly asModels: PalletModelsError;
    readonly isInference: boolean;
    readonly asInference: PalletInferenceError;
    readonly isRewards: boolean;
    readonly asRewards: PalletRewardsError;
    readonly isCourt: boolean;
    readonly asCourt: PalletCourtError;
    readonly isBatches: boolean;
    readonly asBatches: PalletBatchesError;
    readonly type: 'System' | 'Grandpa' | 'Balances' | 'Sudo' | 'Utility' | 'Scheduler' | 'Preimage' | 'Referenda' | 'ConvictionVoting' | 'Whitelist' | 'TechnicalCommittee' | 'Datanets' | 'Models' | 'Inference' | 'Rewards' | 'Court' | 'Batches';
  }

} // declare module
