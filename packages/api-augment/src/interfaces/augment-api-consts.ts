// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/consts';

import type { ApiTypes, AugmentedConst } from '@polkadot/api-base/types';
import type { Vec, u128, u16, u32, u64, u8 } from '@polkadot/types-codec';
import type { Codec, ITuple } from '@polkadot/types-codec/types';
import type { AccountId32, Perbill } from '@polkadot/types/interfaces/runtime';
import type { FrameSupportPalletId, FrameSystemLimitsBlockLength, FrameSystemLimitsBlockWeights, PalletReferendaTrackDetails, SpVersionRuntimeVersion, SpWeightsRuntimeDbWeight, SpWeightsWeightV2Weight } from '@polkadot/types/lookup';

export type __AugmentedConst<ApiType extends ApiTypes> = AugmentedConst<ApiType>;

declare module '@polkadot/api-base/types/consts' {
  interface AugmentedConsts<ApiType extends ApiTypes> {
    aura: {
      /**
       * The slot duration Aura should run with, expressed in milliseconds.
       * 
       * The effective value of this type can be changed with a runtime upgrade.
       * 
       * For backwards compatibility either use [`MinimumPeriodTimesTwo`] or a const.
       **/
      slotDuration: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    balances: {
      /**
       * The minimum amount required to keep an account open. MUST BE GREATER THAN ZERO!
       * 
       * If you *really* need it to be zero, you can enable the feature `insecure_zero_ed` for
       * this pallet. However, you do so at your own risk: this will open up a major DoS vector.
       * In case you have multiple sources of provider references, you may also get unexpected
       * behaviour if you set this to zero.
       * 
       * Bottom line: Do yourself a favour and make it at least one!
       **/
      existentialDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * The maximum number of individual freeze locks that can exist on an account at any time.
       **/
      maxFreezes: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of locks that should exist on an account.
       * Not strictly enforced, but used for weight estimation.
       * 
       * Use of locks is deprecated in favour of freezes. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxLocks: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of named reserves that can exist on an account.
       * 
       * Use of reserves is deprecated in favour of holds. See `https://github.com/paritytech/substrate/pull/12951/`
       **/
      maxReserves: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    batches: {
      /**
       * Blocks from a batch's submission to the block whose hash seeds its audit.
       **/
      auditDelay: u32 & AugmentedConst<ApiType>;
      /**
       * Records sampled per batch (at most 32).
       **/
      auditSamples: u32 & AugmentedConst<ApiType>;
      /**
       * The deposit held with a batch, until it is closed.
       **/
      batchDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Blocks after settlement in which the tail can be claimed.
       **/
      claimWindow: u32 & AugmentedConst<ApiType>;
      /**
       * The bond a dispute holds from its challenger until the verdict: lost to the provider
       * when rejected.
       **/
      disputeBond: u128 & AugmentedConst<ApiType>;
      /**
       * The part of an upheld dispute's slash paid to its challenger (the rest to the
       * treasury).
       **/
      disputeReward: Perbill & AugmentedConst<ApiType>;
      /**
       * Blocks after the seed block in which a batch may be disputed; it settles only after
       * them, with no dispute open. Samples may be revealed during them too.
       **/
      disputeWindow: u32 & AugmentedConst<ApiType>;
      /**
       * Blocks per epoch.
       **/
      epochLength: u32 & AugmentedConst<ApiType>;
      /**
       * The deposit held with an escrow.
       **/
      escrowDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Most payers in one batch.
       **/
      maxPayers: u32 & AugmentedConst<ApiType>;
      /**
       * Longest Merkle proof (tree height): at most `2^MaxProofLength` calls or tail leaves.
       **/
      maxProofLength: u32 & AugmentedConst<ApiType>;
      /**
       * The least part of a batch's fee-weighted attribution that makes a directly paid
       * contributor a party of its disputes: the provider chooses the attribution, so a
       * contributor named at a negligible part is not kept off the jury for it.
       **/
      minPartyScore: Perbill & AugmentedConst<ApiType>;
      /**
       * This pallet's account, which holds the tails until they are claimed.
       **/
      palletId: FrameSupportPalletId & AugmentedConst<ApiType>;
      /**
       * Blocks after the dispute window in which the samples must still be revealed: the
       * provider's time to settle with its reveals ([`Pallet::settle_batch`]).
       **/
      revealWindow: u32 & AugmentedConst<ApiType>;
      /**
       * What a batch that fails its audit, or is shown wrong by a dispute, costs its
       * provider, as a part of its fees.
       **/
      slashOfFees: Perbill & AugmentedConst<ApiType>;
      /**
       * Blocks after an epoch in which its batches may be submitted.
       **/
      submitWindow: u32 & AugmentedConst<ApiType>;
      /**
       * Where slashes, and the rest of a tail nobody claimed, go.
       **/
      treasury: AccountId32 & AugmentedConst<ApiType>;
      /**
       * Blocks from an unlock request to the escrow's withdrawal: more than an epoch, its
       * submission window and the audit (checked by `integrity_test`).
       **/
      unlockDelay: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    convictionVoting: {
      /**
       * The maximum number of concurrent votes an account may have.
       * 
       * Also used to compute weight, an overly large value can lead to extrinsics with large
       * weight estimation: see `delegate` for instance.
       **/
      maxVotes: u32 & AugmentedConst<ApiType>;
      /**
       * The minimum period of vote locking.
       * 
       * It should be no shorter than enactment period to ensure that in the case of an approval,
       * those successful voters are locked into the consequences that their votes entail.
       **/
      voteLockingPeriod: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    court: {
      /**
       * Most appeals to a larger jury; the next appeal goes to governance.
       **/
      maxAppeals: u32 & AugmentedConst<ApiType>;
      /**
       * Most cases with a deadline at one block ([`Agenda`]); a case that finds every block of
       * [`SCHEDULE_SPREAD`] full waits for the extrinsics (anyone may call them).
       **/
      maxDuePerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Most jurors in the pool (each draw reads them all).
       **/
      maxJurors: u32 & AugmentedConst<ApiType>;
      /**
       * Most jurors of one round: at least the jury of the last appeal.
       **/
      maxJurySize: u32 & AugmentedConst<ApiType>;
      /**
       * Most accounts that may not judge one case.
       **/
      maxParties: u32 & AugmentedConst<ApiType>;
      /**
       * Most seats a juror holds at once, over all open cases.
       **/
      maxSeatsPerJuror: u32 & AugmentedConst<ApiType>;
      /**
       * Longest URI of a challenge's output.
       **/
      maxUriLength: u32 & AugmentedConst<ApiType>;
      /**
       * Receives forfeited appeal bonds and what rounding leaves of a penalty.
       **/
      treasury: AccountId32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    datanets: {
      /**
       * Deposit held for creating a datanet; it also covers its versions.
       **/
      datanetDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Highest contribution deposit a datanet may ask for.
       **/
      maxContributionDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Most pending and accepted contributions one contributor may have in one datanet.
       **/
      maxContributionsPerContributor: u32 & AugmentedConst<ApiType>;
      /**
       * Most contribution records (pending, accepted, removed) one datanet may hold.
       **/
      maxContributionsPerDatanet: u32 & AugmentedConst<ApiType>;
      /**
       * Longest datanet description, in bytes.
       **/
      maxDescriptionLength: u32 & AugmentedConst<ApiType>;
      /**
       * Longest license tag, in bytes.
       **/
      maxLicenseLength: u32 & AugmentedConst<ApiType>;
      /**
       * Longest datanet name, in bytes.
       **/
      maxNameLength: u32 & AugmentedConst<ApiType>;
      /**
       * Most contributions one contributor may have pending in one datanet: a flood costs
       * the flooder the curator's attention, not the datanet its room.
       **/
      maxPendingPerContributor: u32 & AugmentedConst<ApiType>;
      /**
       * Longest URI (of a datanet or a contribution), in bytes.
       **/
      maxUriLength: u32 & AugmentedConst<ApiType>;
      /**
       * How far back versions stay citable: a datanet publishes versions without end, and
       * the latest `MaxVersions + 1` of them can be cited and paid
       * ([`openledger_primitives::citable_from`]); reward pools keep one epoch per citable
       * version.
       **/
      maxVersions: u32 & AugmentedConst<ApiType>;
      /**
       * Highest weight a curator may grade a contribution.
       **/
      maxWeight: u32 & AugmentedConst<ApiType>;
      /**
       * Lowest contribution deposit a datanet may ask for (above zero).
       **/
      minContributionDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Blocks after submission from which anyone may expire a contribution still pending
       * (its deposit returns to the contributor).
       **/
      pendingExpiry: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    grandpa: {
      /**
       * Max Authorities in use
       **/
      maxAuthorities: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of nominators for each validator.
       **/
      maxNominators: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum number of entries to keep in the set id to session index mapping.
       * 
       * Since the `SetIdSession` map is only used for validating equivocations this
       * value should relate to the bonding duration of whatever staking system is
       * being used (if any). If equivocation handling is not enabled then this value
       * can be zero.
       **/
      maxSetIdSessionEntries: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    inference: {
      /**
       * Bond held from a challenger.
       **/
      challengeBond: u128 & AugmentedConst<ApiType>;
      /**
       * Part of a slash paid to the challenger; the treasury gets the rest.
       **/
      challengerReward: Perbill & AugmentedConst<ApiType>;
      /**
       * Part of the provider's stake slashed when a challenge is upheld.
       **/
      challengeSlash: Perbill & AugmentedConst<ApiType>;
      /**
       * Blocks after a result during which it may be challenged (0: none).
       **/
      challengeWindow: u32 & AugmentedConst<ApiType>;
      /**
       * Minimum provider stake until governance sets one.
       **/
      defaultMinProviderStake: u128 & AugmentedConst<ApiType>;
      /**
       * Most models one provider serves.
       **/
      maxModelsPerProvider: u32 & AugmentedConst<ApiType>;
      /**
       * Least score (added up over its contributions) that makes an attributed contributor
       * a party of a challenge, who may not judge it. Below it a contributor's interest in
       * the outcome is that small score's part of the fee, and a provider cannot keep a
       * juror out of its case by naming one of its contributions at a negligible score:
       * each juror it excludes is paid at least this part of the data side if the call
       * settles.
       **/
      minPartyScore: Perbill & AugmentedConst<ApiType>;
      /**
       * Deposit held per open request for its storage.
       **/
      requestDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Blocks a provider has to answer a request.
       **/
      responseDeadline: u32 & AugmentedConst<ApiType>;
      /**
       * Receives the part of a slashed stake that does not go to the challenger.
       **/
      treasury: AccountId32 & AugmentedConst<ApiType>;
      /**
       * Blocks between starting to unbond and withdrawing the stake.
       **/
      unbondingDelay: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    models: {
      /**
       * Most ancestors of one model.
       **/
      maxLineageDepth: u32 & AugmentedConst<ApiType>;
      /**
       * Longest model name, in bytes.
       **/
      maxNameLength: u32 & AugmentedConst<ApiType>;
      /**
       * Highest royalty rate a model may ask of its derivatives.
       **/
      maxRoyalty: Perbill & AugmentedConst<ApiType>;
      /**
       * Most datanets one model may be trained on.
       **/
      maxTrainingDatanets: u32 & AugmentedConst<ApiType>;
      /**
       * Longest model card URI, in bytes.
       **/
      maxUriLength: u32 & AugmentedConst<ApiType>;
      /**
       * Lowest price of an inference call (zero allows free models).
       **/
      minPrice: u128 & AugmentedConst<ApiType>;
      /**
       * Deposit held for registering a model.
       **/
      modelDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    referenda: {
      /**
       * Quantization level for the referendum wakeup scheduler. A higher number will result in
       * fewer storage reads/writes needed for smaller voters, but also result in delays to the
       * automatic referendum status changes. Explicit servicing instructions are unaffected.
       **/
      alarmInterval: u32 & AugmentedConst<ApiType>;
      /**
       * Maximum size of the referendum queue for a single track.
       **/
      maxQueued: u32 & AugmentedConst<ApiType>;
      /**
       * The minimum amount to be used as a deposit for a public referendum proposal.
       **/
      submissionDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * A list of tracks.
       * 
       * Note: if the tracks are dynamic, the value in the static metadata might be inaccurate.
       **/
      tracks: Vec<ITuple<[u16, PalletReferendaTrackDetails]>> & AugmentedConst<ApiType>;
      /**
       * The number of blocks after submission that a referendum must begin being decided by.
       * Once this passes, then anyone may cancel the referendum.
       **/
      undecidingTimeout: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    rewards: {
      /**
       * Most contributions one attribution may name.
       **/
      maxAttributedContributions: u32 & AugmentedConst<ApiType>;
      /**
       * Most datanets one attribution may name.
       **/
      maxAttributedDatanets: u32 & AugmentedConst<ApiType>;
      /**
       * Most pools one [`Pallet::claim_all`] claims from.
       **/
      maxClaimPools: u32 & AugmentedConst<ApiType>;
      /**
       * Highest data side a policy or a model's owner may set.
       **/
      maxDataSide: Perbill & AugmentedConst<ApiType>;
      /**
       * Lowest data side a policy or a model's owner may set.
       **/
      minDataSide: Perbill & AugmentedConst<ApiType>;
      /**
       * The pallet's account, where rewards wait to be claimed.
       **/
      palletId: FrameSupportPalletId & AugmentedConst<ApiType>;
      /**
       * Deposit held from the payer of a settled call while its receipt is kept. The request
       * deposit of the inference pallet should be at least as large: it is released just
       * before, so the receipt deposit is always available.
       **/
      receiptDeposit: u128 & AugmentedConst<ApiType>;
      /**
       * How many blocks a receipt is kept after settlement.
       **/
      receiptRetention: u32 & AugmentedConst<ApiType>;
      /**
       * Receives the treasury part and every rounding remainder; must exist (the genesis
       * build endows it with the existential deposit if it does not).
       **/
      treasury: AccountId32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    scheduler: {
      /**
       * The maximum weight that may be scheduled per block for any dispatchables.
       **/
      maximumWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
      /**
       * The maximum number of scheduled calls in the queue for a single block.
       * 
       * NOTE:
       * + Dependent pallets' benchmarks might require a higher limit for the setting. Set a
       * higher limit under `runtime-benchmarks` feature.
       **/
      maxScheduledPerBlock: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    system: {
      /**
       * Maximum number of block number to block hash mappings to keep (oldest pruned first).
       **/
      blockHashCount: u32 & AugmentedConst<ApiType>;
      /**
       * The maximum length of a block (in bytes).
       **/
      blockLength: FrameSystemLimitsBlockLength & AugmentedConst<ApiType>;
      /**
       * Block & extrinsics weights: base values and limits.
       **/
      blockWeights: FrameSystemLimitsBlockWeights & AugmentedConst<ApiType>;
      /**
       * The weight of runtime database operations the runtime can invoke.
       **/
      dbWeight: SpWeightsRuntimeDbWeight & AugmentedConst<ApiType>;
      /**
       * The designated SS58 prefix of this chain.
       * 
       * This replaces the "ss58Format" property declared in the chain spec. Reason is
       * that the runtime should know about the prefix in order to make use of it as
       * an identifier of the chain.
       **/
      ss58Prefix: u16 & AugmentedConst<ApiType>;
      /**
       * Get the chain's in-code version.
       **/
      version: SpVersionRuntimeVersion & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    technicalCommittee: {
      /**
       * The maximum weight of a dispatch call that can be proposed and executed.
       **/
      maxProposalWeight: SpWeightsWeightV2Weight & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    timestamp: {
      /**
       * The minimum period between blocks.
       * 
       * Be aware that this is different to the *expected* period that the block production
       * apparatus provides. Your chosen consensus system will generally work with this to
       * determine a sensible block time. For example, in the Aura pallet it will be double this
       * period on default settings.
       **/
      minimumPeriod: u64 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    transactionPayment: {
      /**
       * A fee multiplier for `Operational` extrinsics to compute "virtual tip" to boost their
       * `priority`
       * 
       * This value is multiplied by the `final_fee` to obtain a "virtual tip" that is later
       * added to a tip component in regular `priority` calculations.
       * It means that a `Normal` transaction can front-run a similarly-sized `Operational`
       * extrinsic (with no tip), by including a tip value greater than the virtual tip.
       * 
       * ```rust,ignore
       * // For `Normal`
       * let priority = priority_calc(tip);
       * 
       * // For `Operational`
       * let virtual_tip = (inclusion_fee + tip) * OperationalFeeMultiplier;
       * let priority = priority_calc(tip + virtual_tip);
       * ```
       * 
       * Note that since we use `final_fee` the multiplier applies also to the regular `tip`
       * sent with the transaction. So, not only does the transaction get a priority bump based
       * on the `inclusion_fee`, but we also amplify the impact of tips applied to `Operational`
       * transactions.
       **/
      operationalFeeMultiplier: u8 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
    utility: {
      /**
       * The limit on the number of batched calls.
       **/
      batchedCallsLimit: u32 & AugmentedConst<ApiType>;
      /**
       * Generic const
       **/
      [key: string]: Codec;
    };
  } // AugmentedConsts
} // declare module
