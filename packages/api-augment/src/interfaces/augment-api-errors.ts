// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    batches: {
      /**
       * The tail leaf was already claimed.
       **/
      AlreadyClaimed: AugmentedError<ApiType>;
      /**
       * The sample was already revealed.
       **/
      AlreadyRevealed: AugmentedError<ApiType>;
      /**
       * The provider already submitted a batch for this model and epoch.
       **/
      AlreadySubmitted: AugmentedError<ApiType>;
      /**
       * Too early to settle: the dispute window (every sample revealed) or the reveal window
       * (a sample missing) has not passed.
       **/
      AuditNotOver: AugmentedError<ApiType>;
      /**
       * The audit's seed block has not passed yet.
       **/
      AuditNotStarted: AugmentedError<ApiType>;
      /**
       * The provider's signature of the acknowledgement does not verify.
       **/
      BadAcknowledgement: AugmentedError<ApiType>;
      /**
       * The Merkle proof does not verify.
       **/
      BadProof: AugmentedError<ApiType>;
      /**
       * The scores exceed the fees or name an id twice.
       **/
      BadScores: AugmentedError<ApiType>;
      /**
       * A receipt's signature does not verify.
       **/
      BadSignature: AugmentedError<ApiType>;
      /**
       * The tail has weight but no leaves, or more leaves than a proof can reach.
       **/
      BadTail: AugmentedError<ApiType>;
      /**
       * The claim window has passed.
       **/
      ClaimWindowClosed: AugmentedError<ApiType>;
      /**
       * The contribution is unknown or no longer accepted: its part stays for the treasury.
       **/
      ContributionNotPayable: AugmentedError<ApiType>;
      /**
       * The batch's dispute window has passed, or it is no longer in audit.
       **/
      DisputeWindowClosed: AugmentedError<ApiType>;
      /**
       * A payer is listed twice.
       **/
      DuplicatePayer: AugmentedError<ApiType>;
      /**
       * A payer's claim has no calls or no fee.
       **/
      EmptyClaim: AugmentedError<ApiType>;
      /**
       * The epoch has not ended yet.
       **/
      EpochNotOver: AugmentedError<ApiType>;
      /**
       * The payer already has an escrow with this provider.
       **/
      EscrowExists: AugmentedError<ApiType>;
      /**
       * The escrow does not hold what the claim asks.
       **/
      EscrowInsufficient: AugmentedError<ApiType>;
      /**
       * The escrow's unlock voids receipts of this epoch.
       **/
      EscrowUnlocked: AugmentedError<ApiType>;
      /**
       * Not enough funds, or the hold failed.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * No escrow of this payer with this provider.
       **/
      NoEscrow: AugmentedError<ApiType>;
      /**
       * A batch needs at least one payer.
       **/
      NoPayers: AugmentedError<ApiType>;
      /**
       * No such sample.
       **/
      NoSuchSample: AugmentedError<ApiType>;
      /**
       * The case is not a dispute of a batch.
       **/
      NotADispute: AugmentedError<ApiType>;
      /**
       * The claim window has not passed, or the batch cannot be closed yet.
       **/
      NotClosable: AugmentedError<ApiType>;
      /**
       * The batch is not being audited.
       **/
      NotInAudit: AugmentedError<ApiType>;
      /**
       * The batch is not settled.
       **/
      NotSettled: AugmentedError<ApiType>;
      /**
       * The revealed call is not in its payer's signed tree of receipts.
       **/
      NotSignedByPayer: AugmentedError<ApiType>;
      /**
       * No unlock was asked for.
       **/
      NotUnlocking: AugmentedError<ApiType>;
      /**
       * An amount left its range.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The reveal window has passed.
       **/
      RevealWindowClosed: AugmentedError<ApiType>;
      /**
       * The seed block's hash is no longer known.
       **/
      SeedUnavailable: AugmentedError<ApiType>;
      /**
       * The provider's unsettled batches would exceed its stake.
       **/
      StakeTooLow: AugmentedError<ApiType>;
      /**
       * The epoch's submission window has passed.
       **/
      SubmitWindowClosed: AugmentedError<ApiType>;
      /**
       * The claim exceeds what is left of the tail.
       **/
      TailExhausted: AugmentedError<ApiType>;
      /**
       * More calls than a proof can reach.
       **/
      TooManyCalls: AugmentedError<ApiType>;
      /**
       * More parties than the court takes.
       **/
      TooManyParties: AugmentedError<ApiType>;
      /**
       * The batch has open disputes: it settles or closes after their verdicts.
       **/
      UnderDispute: AugmentedError<ApiType>;
      /**
       * No such batch.
       **/
      UnknownBatch: AugmentedError<ApiType>;
      /**
       * No such dispute.
       **/
      UnknownDispute: AugmentedError<ApiType>;
      /**
       * The model the batch's calls were on is gone.
       **/
      UnknownModel: AugmentedError<ApiType>;
      /**
       * The escrow is unlocking: it cannot be topped up.
       **/
      Unlocking: AugmentedError<ApiType>;
      /**
       * The unlock delay has not passed.
       **/
      UnlockNotDue: AugmentedError<ApiType>;
      /**
       * The record is not the one sampled, or does not match its payer's claim.
       **/
      WrongRecord: AugmentedError<ApiType>;
      /**
       * Nothing to hold or add.
       **/
      ZeroAmount: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    convictionVoting: {
      /**
       * The account is already delegating.
       **/
      AlreadyDelegating: AugmentedError<ApiType>;
      /**
       * The account currently has votes attached to it and the operation cannot succeed until
       * these are removed through `remove_vote`.
       **/
      AlreadyVoting: AugmentedError<ApiType>;
      /**
       * The class ID supplied is invalid.
       **/
      BadClass: AugmentedError<ApiType>;
      /**
       * The class must be supplied since it is not easily determinable from the state.
       **/
      ClassNeeded: AugmentedError<ApiType>;
      /**
       * Too high a balance was provided that the account cannot afford.
       **/
      InsufficientFunds: AugmentedError<ApiType>;
      /**
       * Maximum number of votes reached.
       **/
      MaxVotesReached: AugmentedError<ApiType>;
      /**
       * Delegation to oneself makes no sense.
       **/
      Nonsense: AugmentedError<ApiType>;
      /**
       * The actor has no permission to conduct the action.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * The actor has no permission to conduct the action right now but will do in the future.
       **/
      NoPermissionYet: AugmentedError<ApiType>;
      /**
       * The account is not currently delegating.
       **/
      NotDelegating: AugmentedError<ApiType>;
      /**
       * Poll is not ongoing.
       **/
      NotOngoing: AugmentedError<ApiType>;
      /**
       * The given account did not vote on the poll.
       **/
      NotVoter: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    court: {
      /**
       * The juror already committed in this round.
       **/
      AlreadyCommitted: AugmentedError<ApiType>;
      /**
       * The caller is already a juror.
       **/
      AlreadyJuror: AugmentedError<ApiType>;
      /**
       * The juror already left the pool.
       **/
      AlreadyLeaving: AugmentedError<ApiType>;
      /**
       * The appeal period has ended.
       **/
      AppealClosed: AugmentedError<ApiType>;
      /**
       * The appeal period has not ended.
       **/
      AppealOpen: AugmentedError<ApiType>;
      /**
       * A case for this inference call is already open.
       **/
      CaseExists: AugmentedError<ApiType>;
      /**
       * The commit period has ended.
       **/
      CommitClosed: AugmentedError<ApiType>;
      /**
       * The vote and salt do not hash to the commitment.
       **/
      CommitmentMismatch: AugmentedError<ApiType>;
      /**
       * The draw's block has not passed yet.
       **/
      DrawTooEarly: AugmentedError<ApiType>;
      /**
       * The fallback timeout has not passed.
       **/
      FallbackNotExpired: AugmentedError<ApiType>;
      /**
       * Not enough free balance to hold the stake or bond.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * Parameters refused: jury size even or zero, the last appeal's jury above
       * `MaxJurySize`, a period of zero blocks, a zero minimum stake or juror fee, or a
       * jury's fee beyond the balance type.
       **/
      InvalidParameters: AugmentedError<ApiType>;
      /**
       * The leave delay has not passed.
       **/
      LeaveDelayNotPassed: AugmentedError<ApiType>;
      /**
       * The court has no parameters yet.
       **/
      NoParameters: AugmentedError<ApiType>;
      /**
       * The case has no appealable ruling.
       **/
      NotAppealable: AugmentedError<ApiType>;
      /**
       * The case is not waiting for its draw.
       **/
      NotDrawing: AugmentedError<ApiType>;
      /**
       * The caller holds no seat in the current round.
       **/
      NotDrawn: AugmentedError<ApiType>;
      /**
       * The juror did not commit, or already revealed.
       **/
      NothingToReveal: AugmentedError<ApiType>;
      /**
       * The case is not waiting for governance.
       **/
      NotInFallback: AugmentedError<ApiType>;
      /**
       * The caller is not a juror.
       **/
      NotJuror: AugmentedError<ApiType>;
      /**
       * The juror has not left the pool.
       **/
      NotLeaving: AugmentedError<ApiType>;
      /**
       * The case is not in a voting round.
       **/
      NotVoting: AugmentedError<ApiType>;
      /**
       * An amount overflowed.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The pool holds `MaxJurors` jurors, none with a smaller stake than the one offered.
       **/
      PoolFull: AugmentedError<ApiType>;
      /**
       * The reveal period has ended.
       **/
      RevealClosed: AugmentedError<ApiType>;
      /**
       * Revealing has not opened: not everyone committed and the commit period runs.
       **/
      RevealNotOpen: AugmentedError<ApiType>;
      /**
       * The stake is below the minimum juror stake.
       **/
      StakeTooLow: AugmentedError<ApiType>;
      /**
       * The juror still sits in an open case.
       **/
      StillSeated: AugmentedError<ApiType>;
      /**
       * The round cannot be tallied yet: votes are still to be revealed.
       **/
      TallyTooEarly: AugmentedError<ApiType>;
      /**
       * No open case for this inference call.
       **/
      UnknownCase: AugmentedError<ApiType>;
      /**
       * A juror of the case has no record (storage is inconsistent).
       **/
      UnknownJuror: AugmentedError<ApiType>;
      /**
       * The case's round is missing (storage is inconsistent).
       **/
      UnknownRound: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    datanets: {
      /**
       * The account is already the curator.
       **/
      AlreadyCurator: AugmentedError<ApiType>;
      /**
       * The contribution was removed for bad data.
       **/
      AlreadyRemoved: AugmentedError<ApiType>;
      /**
       * The contribution deposit is outside `[MinContributionDeposit, MaxContributionDeposit]`.
       **/
      ContributionDepositOutOfBounds: AugmentedError<ApiType>;
      /**
       * The datanet is closed.
       **/
      DatanetClosed: AugmentedError<ApiType>;
      /**
       * An accepted contribution can only be withdrawn once its datanet is closed.
       **/
      DatanetStillActive: AugmentedError<ApiType>;
      /**
       * The description is longer than `MaxDescriptionLength`.
       **/
      DescriptionTooLong: AugmentedError<ApiType>;
      /**
       * This content hash is already in the datanet.
       **/
      DuplicateContent: AugmentedError<ApiType>;
      /**
       * A datanet needs a name.
       **/
      EmptyName: AugmentedError<ApiType>;
      /**
       * The datanet still has pending contributions.
       **/
      HasPendingContributions: AugmentedError<ApiType>;
      /**
       * The account cannot pay the deposit.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The license tag is longer than `MaxLicenseLength`.
       **/
      LicenseTooLong: AugmentedError<ApiType>;
      /**
       * The name is longer than `MaxNameLength`.
       **/
      NameTooLong: AugmentedError<ApiType>;
      /**
       * The contribution is not accepted.
       **/
      NotAccepted: AugmentedError<ApiType>;
      /**
       * Only the contribution's contributor may do this.
       **/
      NotContributor: AugmentedError<ApiType>;
      /**
       * Only the datanet's curator may do this.
       **/
      NotCurator: AugmentedError<ApiType>;
      /**
       * The contribution has not been pending for `PendingExpiry` blocks yet.
       **/
      NotExpired: AugmentedError<ApiType>;
      /**
       * The contribution is not pending.
       **/
      NotPending: AugmentedError<ApiType>;
      /**
       * An id or counter would overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * A curator cannot accept, reject or grade their own contribution; the governance
       * origin decides on it.
       **/
      OwnContribution: AugmentedError<ApiType>;
      /**
       * The datanet holds `MaxContributionsPerDatanet` contribution records.
       **/
      TooManyContributions: AugmentedError<ApiType>;
      /**
       * The contributor has `MaxContributionsPerContributor` contributions in this datanet.
       **/
      TooManyContributionsFromContributor: AugmentedError<ApiType>;
      /**
       * The contributor has `MaxPendingPerContributor` contributions pending in this datanet.
       **/
      TooManyPending: AugmentedError<ApiType>;
      /**
       * A counter or amount would go below zero: the pallet's records disagree.
       **/
      Underflow: AugmentedError<ApiType>;
      /**
       * No contribution with this id.
       **/
      UnknownContribution: AugmentedError<ApiType>;
      /**
       * No datanet with this id.
       **/
      UnknownDatanet: AugmentedError<ApiType>;
      /**
       * The URI is longer than `MaxUriLength`.
       **/
      UriTooLong: AugmentedError<ApiType>;
      /**
       * The accepted set has not changed since the latest version.
       **/
      VersionUnchanged: AugmentedError<ApiType>;
      /**
       * The weight is outside `[1, MaxWeight]`.
       **/
      WeightOutOfBounds: AugmentedError<ApiType>;
      /**
       * Content of zero bytes cannot be contributed.
       **/
      ZeroSize: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    grandpa: {
      /**
       * Attempt to signal GRANDPA change with one already pending.
       **/
      ChangePending: AugmentedError<ApiType>;
      /**
       * A given equivocation report is valid but already previously reported.
       **/
      DuplicateOffenceReport: AugmentedError<ApiType>;
      /**
       * An equivocation proof provided as part of an equivocation report is invalid.
       **/
      InvalidEquivocationProof: AugmentedError<ApiType>;
      /**
       * A key ownership proof provided as part of an equivocation report is invalid.
       **/
      InvalidKeyOwnershipProof: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA pause when the authority set isn't live
       * (either paused or already pending pause).
       **/
      PauseFailed: AugmentedError<ApiType>;
      /**
       * Attempt to signal GRANDPA resume when the authority set isn't paused
       * (either live or already pending resume).
       **/
      ResumeFailed: AugmentedError<ApiType>;
      /**
       * Cannot signal forced change so soon after last.
       **/
      TooSoon: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    inference: {
      /**
       * The request has a result already.
       **/
      AlreadyAnswered: AugmentedError<ApiType>;
      /**
       * The account is a provider already.
       **/
      AlreadyProvider: AugmentedError<ApiType>;
      /**
       * The provider serves this model already (or it is listed twice).
       **/
      AlreadyServing: AugmentedError<ApiType>;
      /**
       * The challenge window is closed (or there is none).
       **/
      ChallengeWindowClosed: AugmentedError<ApiType>;
      /**
       * The challenge window is still open.
       **/
      ChallengeWindowOpen: AugmentedError<ApiType>;
      /**
       * The contribution is not accepted.
       **/
      ContributionNotAccepted: AugmentedError<ApiType>;
      /**
       * The contribution's datanet is not one the model or its ancestors were trained on.
       **/
      ContributionNotAttributable: AugmentedError<ApiType>;
      /**
       * The contribution was accepted after the version of its datanet that the model (or an
       * ancestor) was trained on: it did not train the model.
       **/
      ContributionNotInCitedVersion: AugmentedError<ApiType>;
      /**
       * The datanet is not one the model or its ancestors were trained on.
       **/
      DatanetNotAttributable: AugmentedError<ApiType>;
      /**
       * The deadline has not passed yet.
       **/
      DeadlineNotReached: AugmentedError<ApiType>;
      /**
       * The deadline for a result has passed.
       **/
      DeadlinePassed: AugmentedError<ApiType>;
      /**
       * A contribution is named twice.
       **/
      DuplicateContribution: AugmentedError<ApiType>;
      /**
       * A datanet is named twice.
       **/
      DuplicateDatanet: AugmentedError<ApiType>;
      /**
       * The escrow is no longer fully held.
       **/
      EscrowMissing: AugmentedError<ApiType>;
      /**
       * Not enough free balance for the stake, fee, deposit or bond.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The model is deprecated.
       **/
      ModelNotActive: AugmentedError<ApiType>;
      /**
       * A provider must serve at least one model.
       **/
      NoModels: AugmentedError<ApiType>;
      /**
       * The request has no result (yet).
       **/
      NotAnswered: AugmentedError<ApiType>;
      /**
       * Only the provider assigned to the request may answer it.
       **/
      NotAssignedProvider: AugmentedError<ApiType>;
      /**
       * The request is not under challenge.
       **/
      NotChallenged: AugmentedError<ApiType>;
      /**
       * Only the user who requested may cancel.
       **/
      NotRequester: AugmentedError<ApiType>;
      /**
       * The provider does not serve this model.
       **/
      NotServingModel: AugmentedError<ApiType>;
      /**
       * The provider is not unbonding.
       **/
      NotUnbonding: AugmentedError<ApiType>;
      /**
       * Requests assigned to the provider are still open.
       **/
      OpenRequests: AugmentedError<ApiType>;
      /**
       * A counter would overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The model's price is above the stated maximum fee.
       **/
      PriceAboveMaxFee: AugmentedError<ApiType>;
      /**
       * The provider is unbonding and takes no new requests.
       **/
      ProviderUnbonding: AugmentedError<ApiType>;
      /**
       * The request has ended (settled, cancelled or resolved).
       **/
      RequestClosed: AugmentedError<ApiType>;
      /**
       * The scores sum to more than 100%.
       **/
      ScoresOverHundredPercent: AugmentedError<ApiType>;
      /**
       * The stake is below the minimum.
       **/
      StakeBelowMinimum: AugmentedError<ApiType>;
      /**
       * The provider serves the most models it may.
       **/
      TooManyModels: AugmentedError<ApiType>;
      /**
       * The parties of a challenge (provider, challenger, model owner, attributed
       * contributors) exceed what the court takes.
       **/
      TooManyParties: AugmentedError<ApiType>;
      /**
       * The unbonding delay has not passed.
       **/
      UnbondingNotDue: AugmentedError<ApiType>;
      /**
       * The request is under challenge.
       **/
      UnderChallenge: AugmentedError<ApiType>;
      /**
       * A counter or amount would go below zero: the pallet's records disagree.
       **/
      Underflow: AugmentedError<ApiType>;
      /**
       * No such contribution.
       **/
      UnknownContribution: AugmentedError<ApiType>;
      /**
       * No such model.
       **/
      UnknownModel: AugmentedError<ApiType>;
      /**
       * No such provider.
       **/
      UnknownProvider: AugmentedError<ApiType>;
      /**
       * No request with this id was ever made.
       **/
      UnknownRequest: AugmentedError<ApiType>;
      /**
       * The amount must not be zero.
       **/
      ZeroAmount: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    models: {
      /**
       * The model is already deprecated.
       **/
      AlreadyDeprecated: AugmentedError<ApiType>;
      /**
       * The account already owns the model.
       **/
      AlreadyOwner: AugmentedError<ApiType>;
      /**
       * The model's deposit was already returned.
       **/
      DepositAlreadyReleased: AugmentedError<ApiType>;
      /**
       * The parent model allows no derivatives.
       **/
      DerivativesNotAllowed: AugmentedError<ApiType>;
      /**
       * A datanet appears twice in the training list.
       **/
      DuplicateDatanet: AugmentedError<ApiType>;
      /**
       * A model needs a name.
       **/
      EmptyName: AugmentedError<ApiType>;
      /**
       * The account cannot pay the deposit.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The lineage would be deeper than `MaxLineageDepth`.
       **/
      LineageTooDeep: AugmentedError<ApiType>;
      /**
       * The name is longer than `MaxNameLength`.
       **/
      NameTooLong: AugmentedError<ApiType>;
      /**
       * The model is not deprecated.
       **/
      NotDeprecated: AugmentedError<ApiType>;
      /**
       * Only the model's owner may do this.
       **/
      NotOwner: AugmentedError<ApiType>;
      /**
       * Only a base model may have no training datanets.
       **/
      NoTrainingData: AugmentedError<ApiType>;
      /**
       * An id or counter would overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The parent model is deprecated.
       **/
      ParentDeprecated: AugmentedError<ApiType>;
      /**
       * The price is below `MinPrice`.
       **/
      PriceBelowMinimum: AugmentedError<ApiType>;
      /**
       * Requests on the model are still open.
       **/
      RequestsStillOpen: AugmentedError<ApiType>;
      /**
       * The royalty rates along the lineage would sum to more than 100%.
       **/
      RoyaltyStackTooHigh: AugmentedError<ApiType>;
      /**
       * The royalty rate is above `MaxRoyalty`.
       **/
      RoyaltyTooHigh: AugmentedError<ApiType>;
      /**
       * The training shares do not sum to exactly 100%.
       **/
      SharesNotWhole: AugmentedError<ApiType>;
      /**
       * More training datanets than `MaxTrainingDatanets`.
       **/
      TooManyTrainingDatanets: AugmentedError<ApiType>;
      /**
       * A challenge of a call on this model, or on a model derived from it, is open: its
       * owner is a party of that case until the verdict, so the model cannot change hands.
       **/
      UnderChallenge: AugmentedError<ApiType>;
      /**
       * A training datanet does not exist.
       **/
      UnknownDatanet: AugmentedError<ApiType>;
      /**
       * No model with this id.
       **/
      UnknownModel: AugmentedError<ApiType>;
      /**
       * The parent model does not exist.
       **/
      UnknownParent: AugmentedError<ApiType>;
      /**
       * A training datanet has no such published version.
       **/
      UnknownVersion: AugmentedError<ApiType>;
      /**
       * The URI is longer than `MaxUriLength`.
       **/
      UriTooLong: AugmentedError<ApiType>;
      /**
       * A training datanet's version is retired: older than the datanet's window of citable
       * versions (`MaxVersions` back from its latest).
       **/
      VersionRetired: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    preimage: {
      /**
       * Preimage has already been noted on-chain.
       **/
      AlreadyNoted: AugmentedError<ApiType>;
      /**
       * The user is not authorized to perform this action.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The preimage cannot be removed since it has not yet been noted.
       **/
      NotNoted: AugmentedError<ApiType>;
      /**
       * The preimage request cannot be removed since no outstanding requests exist.
       **/
      NotRequested: AugmentedError<ApiType>;
      /**
       * A preimage may not be removed when there are outstanding requests.
       **/
      Requested: AugmentedError<ApiType>;
      /**
       * Preimage is too large to store on-chain.
       **/
      TooBig: AugmentedError<ApiType>;
      /**
       * Too few hashes were requested to be upgraded (i.e. zero).
       **/
      TooFew: AugmentedError<ApiType>;
      /**
       * More than `MAX_HASH_UPGRADE_BULK_COUNT` hashes were requested to be upgraded at once.
       **/
      TooMany: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    referenda: {
      /**
       * The referendum index provided is invalid in this context.
       **/
      BadReferendum: AugmentedError<ApiType>;
      /**
       * The referendum status is invalid for this operation.
       **/
      BadStatus: AugmentedError<ApiType>;
      /**
       * The track identifier given was invalid.
       **/
      BadTrack: AugmentedError<ApiType>;
      /**
       * There are already a full complement of referenda in progress for this track.
       **/
      Full: AugmentedError<ApiType>;
      /**
       * Referendum's decision deposit is already paid.
       **/
      HasDeposit: AugmentedError<ApiType>;
      /**
       * The deposit cannot be refunded since none was made.
       **/
      NoDeposit: AugmentedError<ApiType>;
      /**
       * The deposit refunder is not the depositor.
       **/
      NoPermission: AugmentedError<ApiType>;
      /**
       * There was nothing to do in the advancement.
       **/
      NothingToDo: AugmentedError<ApiType>;
      /**
       * Referendum is not ongoing.
       **/
      NotOngoing: AugmentedError<ApiType>;
      /**
       * No track exists for the proposal origin.
       **/
      NoTrack: AugmentedError<ApiType>;
      /**
       * The preimage does not exist.
       **/
      PreimageNotExist: AugmentedError<ApiType>;
      /**
       * The preimage is stored with a different length than the one provided.
       **/
      PreimageStoredWithDifferentLength: AugmentedError<ApiType>;
      /**
       * The queue of the track is empty.
       **/
      QueueEmpty: AugmentedError<ApiType>;
      /**
       * Any deposit cannot be refunded until after the decision is over.
       **/
      Unfinished: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    rewards: {
      /**
       * This inference call was settled already.
       **/
      AlreadySettled: AugmentedError<ApiType>;
      /**
       * The data side is above what the policy's model and data sides have together.
       **/
      DataSideAboveModelSide: AugmentedError<ApiType>;
      /**
       * The data side is outside `MinDataSide..=MaxDataSide`.
       **/
      DataSideOutOfBounds: AugmentedError<ApiType>;
      /**
       * Nothing to claim.
       **/
      NothingToClaim: AugmentedError<ApiType>;
      /**
       * Only the model's owner may do this.
       **/
      NotModelOwner: AugmentedError<ApiType>;
      /**
       * An amount or counter would overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The pallet account cannot receive the rewards (it does not exist).
       **/
      PalletAccountCannotReceive: AugmentedError<ApiType>;
      /**
       * The policy's four parts do not sum to exactly 100%.
       **/
      PolicyNotComplete: AugmentedError<ApiType>;
      /**
       * The pool's reward per share would leave its safe range; the fee cannot be pooled.
       **/
      PoolOverflow: AugmentedError<ApiType>;
      /**
       * The attribution's scores sum to more than 100%.
       **/
      ScoresOverHundredPercent: AugmentedError<ApiType>;
      /**
       * The holder of a batch's tail could not receive it.
       **/
      TailHolderCannotReceive: AugmentedError<ApiType>;
      /**
       * The treasury account cannot receive its part (it does not exist).
       **/
      TreasuryCannotReceive: AugmentedError<ApiType>;
      /**
       * A counter or amount would go below zero: the pallet's records disagree.
       **/
      Underflow: AugmentedError<ApiType>;
      /**
       * No such model.
       **/
      UnknownModel: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    scheduler: {
      /**
       * Failed to schedule a call
       **/
      FailedToSchedule: AugmentedError<ApiType>;
      /**
       * Attempt to use a non-named function on a named task.
       **/
      Named: AugmentedError<ApiType>;
      /**
       * Cannot find the scheduled call.
       **/
      NotFound: AugmentedError<ApiType>;
      /**
       * Reschedule failed because it does not change scheduled time.
       **/
      RescheduleNoChange: AugmentedError<ApiType>;
      /**
       * Given target block number is in the past.
       **/
      TargetBlockNumberInPast: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    sudo: {
      /**
       * Sender must be the Sudo account.
       **/
      RequireSudo: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    technicalCommittee: {
      /**
       * Members are already initialized!
       **/
      AlreadyInitialized: AugmentedError<ApiType>;
      /**
       * Duplicate proposals not allowed
       **/
      DuplicateProposal: AugmentedError<ApiType>;
      /**
       * Duplicate vote ignored
       **/
      DuplicateVote: AugmentedError<ApiType>;
      /**
       * Account is not a member
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Prime account is not a member
       **/
      PrimeAccountNotMember: AugmentedError<ApiType>;
      /**
       * Proposal is still active.
       **/
      ProposalActive: AugmentedError<ApiType>;
      /**
       * Proposal must exist
       **/
      ProposalMissing: AugmentedError<ApiType>;
      /**
       * The close call was made too early, before the end of the voting.
       **/
      TooEarly: AugmentedError<ApiType>;
      /**
       * There can only be a maximum of `MaxProposals` active proposals.
       **/
      TooManyProposals: AugmentedError<ApiType>;
      /**
       * Mismatched index
       **/
      WrongIndex: AugmentedError<ApiType>;
      /**
       * The given length bound for the proposal was too low.
       **/
      WrongProposalLength: AugmentedError<ApiType>;
      /**
       * The given weight bound for the proposal was too low.
       **/
      WrongProposalWeight: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    utility: {
      /**
       * Too many calls batched.
       **/
      TooManyCalls: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    whitelist: {
      /**
       * The dispatch has already been deferred.
       **/
      AlreadyDeferred: AugmentedError<ApiType>;
      /**
       * The call was already whitelisted; No-Op.
       **/
      CallAlreadyWhitelisted: AugmentedError<ApiType>;
      /**
       * The call was not whitelisted.
       **/
      CallIsNotWhitelisted: AugmentedError<ApiType>;
      /**
       * The deferred dispatch has expired.
       **/
      DeferredDispatchExpired: AugmentedError<ApiType>;
      /**
       * The deferred dispatch entry has not yet expired.
       **/
      DeferredDispatchNotExpired: AugmentedError<ApiType>;
      /**
       * No deferred dispatch entry exists for this call hash.
       **/
      DeferredDispatchNotFound: AugmentedError<ApiType>;
      /**
       * The weight of the decoded call was higher than the witness.
       **/
      InvalidCallWeightWitness: AugmentedError<ApiType>;
      /**
       * The preimage of the call hash could not be loaded.
       **/
      UnavailablePreImage: AugmentedError<ApiType>;
      /**
       * The call could not be decoded.
       **/
      UndecodableCall: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
