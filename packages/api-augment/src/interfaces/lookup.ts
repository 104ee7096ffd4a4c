// Auto-generated via `yarn polkadot-types-from-defs`, do not edit
/* eslint-disable */

/* eslint-disable sort-keys */

export default {
  /**
   * Lookup9: frame_system::pallet::Call<T>
   **/
  FrameSystemCall: {
    _enum: {
      remark: {
        remark: 'Bytes',
      },
      set_heap_pages: {
        pages: 'u64',
      },
      set_code: {
        code: 'Bytes',
      },
      set_code_without_checks: {
        code: 'Bytes',
      },
      set_storage: {
        items: 'Vec<(Bytes,Bytes)>',
      },
      kill_storage: {
        _alias: {
          keys_: 'keys',
        },
        keys_: 'Vec<Bytes>',
      },
      kill_prefix: {
        prefix: 'Bytes',
        subkeys: 'u32',
      },
      remark_with_event: {
        remark: 'Bytes',
      },
      __Unused8: 'Null',
      authorize_upgrade: {
        codeHash: 'H256',
      },
      authorize_upgrade_without_checks: {
        codeHash: 'H256',
      },
      apply_authorized_upgrade: {
        code: 'Bytes'
      }
    }
  },
  /**
   * Lookup16: pallet_timestamp::pallet::Call<T>
   **/
  PalletTimestampCall: {
    _enum: {
      set: {
        now: 'Compact<u64>'
      }
    }
  },
  /**
   * Lookup18: pallet_grandpa::pallet::Call<T>
   **/
  PalletGrandpaCall: {
    _enum: {
      report_equivocation: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      report_equivocation_unsigned: {
        equivocationProof: 'SpConsensusGrandpaEquivocationProof',
        keyOwnerProof: 'SpCoreVoid',
      },
      note_stalled: {
        delay: 'u32',
        bestFinalizedBlockNumber: 'u32'
      }
    }
  },
  /**
   * Lookup19: sp_consensus_grandpa::EquivocationProof<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocationProof: {
    setId: 'u64',
    equivocation: 'SpConsensusGrandpaEquivocation'
  },
  /**
   * Lookup20: sp_consensus_grandpa::Equivocation<primitive_types::H256, N>
   **/
  SpConsensusGrandpaEquivocation: {
    _enum: {
      Prevote: 'FinalityGrandpaEquivocationPrevote',
      Precommit: 'FinalityGrandpaEquivocationPrecommit'
    }
  },
  /**
   * Lookup21: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Prevote<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrevote: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrevote,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup22: sp_consensus_grandpa::app::Public
   **/
  SpConsensusGrandpaAppPublic: '[u8;32]',
  /**
   * Lookup23: finality_grandpa::Prevote<primitive_types::H256, N>
   **/
  FinalityGrandpaPrevote: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup24: sp_consensus_grandpa::app::Signature
   **/
  SpConsensusGrandpaAppSignature: '[u8;64]',
  /**
   * Lookup27: finality_grandpa::Equivocation<sp_consensus_grandpa::app::Public, finality_grandpa::Precommit<primitive_types::H256, N>, sp_consensus_grandpa::app::Signature>
   **/
  FinalityGrandpaEquivocationPrecommit: {
    roundNumber: 'u64',
    identity: 'SpConsensusGrandpaAppPublic',
    first: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)',
    second: '(FinalityGrandpaPrecommit,SpConsensusGrandpaAppSignature)'
  },
  /**
   * Lookup28: finality_grandpa::Precommit<primitive_types::H256, N>
   **/
  FinalityGrandpaPrecommit: {
    targetHash: 'H256',
    targetNumber: 'u32'
  },
  /**
   * Lookup30: sp_core::Void
   **/
  SpCoreVoid: 'Null',
  /**
   * Lookup31: pallet_balances::pallet::Call<T, I>
   **/
  PalletBalancesCall: {
    _enum: {
      transfer_allow_death: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      __Unused1: 'Null',
      force_transfer: {
        source: 'MultiAddress',
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_keep_alive: {
        dest: 'MultiAddress',
        value: 'Compact<u128>',
      },
      transfer_all: {
        dest: 'MultiAddress',
        keepAlive: 'bool',
      },
      force_unreserve: {
        who: 'MultiAddress',
        amount: 'u128',
      },
      upgrade_accounts: {
        who: 'Vec<AccountId32>',
      },
      __Unused7: 'Null',
      force_set_balance: {
        who: 'MultiAddress',
        newFree: 'Compact<u128>',
      },
      force_adjust_total_issuance: {
        direction: 'PalletBalancesAdjustmentDirection',
        delta: 'Compact<u128>',
      },
      burn: {
        value: 'Compact<u128>',
        keepAlive: 'bool'
      }
    }
  },
  /**
   * Lookup36: pallet_balances::types::AdjustmentDirection
   **/
  PalletBalancesAdjustmentDirection: {
    _enum: ['Increase', 'Decrease']
  },
  /**
   * Lookup37: pallet_sudo::pallet::Call<T>
   **/
  PalletSudoCall: {
    _enum: {
      sudo: {
        call: 'Call',
      },
      sudo_unchecked_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      set_key: {
        _alias: {
          new_: 'new',
        },
        new_: 'MultiAddress',
      },
      sudo_as: {
        who: 'MultiAddress',
        call: 'Call',
      },
      remove_key: 'Null'
    }
  },
  /**
   * Lookup38: sp_weights::weight_v2::Weight
   **/
  SpWeightsWeightV2Weight: {
    refTime: 'Compact<u64>',
    proofSize: 'Compact<u64>'
  },
  /**
   * Lookup39: pallet_utility::pallet::Call<T>
   **/
  PalletUtilityCall: {
    _enum: {
      batch: {
        calls: 'Vec<Call>',
      },
      as_derivative: {
        index: 'u16',
        call: 'Call',
      },
      batch_all: {
        calls: 'Vec<Call>',
      },
      dispatch_as: {
        asOrigin: 'OpenledgerRuntimeOriginCaller',
        call: 'Call',
      },
      force_batch: {
        calls: 'Vec<Call>',
      },
      with_weight: {
        call: 'Call',
        weight: 'SpWeightsWeightV2Weight',
      },
      if_else: {
        main: 'Call',
        fallback: 'Call',
      },
      dispatch_as_fallible: {
        asOrigin: 'OpenledgerRuntimeOriginCaller',
        call: 'Call'
      }
    }
  },
  /**
   * Lookup42: openledger_runtime::OriginCaller
   **/
  OpenledgerRuntimeOriginCaller: {
    _enum: {
      system: 'FrameSupportDispatchRawOrigin',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      __Unused9: 'Null',
      __Unused10: 'Null',
      __Unused11: 'Null',
      Origins: 'PalletGovernanceOriginsOrigin',
      __Unused13: 'Null',
      TechnicalCommittee: 'PalletCollectiveRawOrigin'
    }
  },
  /**
   * Lookup43: frame_support::dispatch::RawOrigin<sp_core::crypto::AccountId32>
   **/
  FrameSupportDispatchRawOrigin: {
    _enum: {
      Root: 'Null',
      Signed: 'AccountId32',
      None: 'Null',
      Authorized: 'Null'
    }
  },
  /**
   * Lookup44: pallet_governance_origins::pallet::Origin
   **/
  PalletGovernanceOriginsOrigin: {
    _enum: ['EconomicParams', 'ContentModeration', 'DisputeFallback', 'ReferendumCanceller', 'ReferendumKiller', 'WhitelistedCaller']
  },
  /**
   * Lookup45: pallet_collective::RawOrigin<sp_core::crypto::AccountId32, I>
   **/
  PalletCollectiveRawOrigin: {
    _enum: {
      Members: '(u32,u32)',
      Member: 'AccountId32',
      _Phantom: 'Null'
    }
  },
  /**
   * Lookup46: pallet_scheduler::pallet::Call<T>
   **/
  PalletSchedulerCall: {
    _enum: {
      schedule: {
        when: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      cancel: {
        when: 'u32',
        index: 'u32',
      },
      schedule_named: {
        id: '[u8;32]',
        when: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      cancel_named: {
        id: '[u8;32]',
      },
      schedule_after: {
        after: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      schedule_named_after: {
        id: '[u8;32]',
        after: 'u32',
        maybePeriodic: 'Option<(u32,u32)>',
        priority: 'u8',
        call: 'Call',
      },
      set_retry: {
        task: '(u32,u32)',
        retries: 'u8',
        period: 'u32',
      },
      set_retry_named: {
        id: '[u8;32]',
        retries: 'u8',
        period: 'u32',
      },
      cancel_retry: {
        task: '(u32,u32)',
      },
      cancel_retry_named: {
        id: '[u8;32]'
      }
    }
  },
  /**
   * Lookup49: pallet_preimage::pallet::Call<T>
   **/
  PalletPreimageCall: {
    _enum: {
      note_preimage: {
        bytes: 'Bytes',
      },
      unnote_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      request_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      unrequest_preimage: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      ensure_updated: {
        hashes: 'Vec<H256>'
      }
    }
  },
  /**
   * Lookup51: pallet_referenda::pallet::Call<T, I>
   **/
  PalletReferendaCall: {
    _enum: {
      submit: {
        proposalOrigin: 'OpenledgerRuntimeOriginCaller',
        proposal: 'FrameSupportPreimagesBounded',
        enactmentMoment: 'FrameSupportScheduleDispatchTime',
      },
      place_decision_deposit: {
        index: 'u32',
      },
      refund_decision_deposit: {
        index: 'u32',
      },
      cancel: {
        index: 'u32',
      },
      kill: {
        index: 'u32',
      },
      nudge_referendum: {
        index: 'u32',
      },
      one_fewer_deciding: {
        track: 'u16',
      },
      refund_submission_deposit: {
        index: 'u32',
      },
      set_metadata: {
        index: 'u32',
        maybeHash: 'Option<H256>'
      }
    }
  },
  /**
   * Lookup52: frame_support::traits::preimages::Bounded<openledger_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>
   **/
  FrameSupportPreimagesBounded: {
    _enum: {
      Legacy: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Inline: 'Bytes',
      Lookup: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
        len: 'u32'
      }
    }
  },
  /**
   * Lookup53: sp_runtime::traits::BlakeTwo256
   **/
  SpRuntimeBlakeTwo256: 'Null',
  /**
   * Lookup55: frame_support::traits::schedule::DispatchTime<BlockNumber>
   **/
  FrameSupportScheduleDispatchTime: {
    _enum: {
      At: 'u32',
      After: 'u32'
    }
  },
  /**
   * Lookup57: pallet_conviction_voting::pallet::Call<T, I>
   **/
  PalletConvictionVotingCall: {
    _enum: {
      vote: {
        pollIndex: 'Compact<u32>',
        vote: 'PalletConvictionVotingVoteAccountVote',
      },
      delegate: {
        class: 'u16',
        to: 'MultiAddress',
        conviction: 'PalletConvictionVotingConviction',
        balance: 'u128',
      },
      undelegate: {
        class: 'u16',
      },
      unlock: {
        class: 'u16',
        target: 'MultiAddress',
      },
      remove_vote: {
        class: 'Option<u16>',
        index: 'u32',
      },
      remove_other_vote: {
        target: 'MultiAddress',
        class: 'u16',
        index: 'u32'
      }
    }
  },
  /**
   * Lookup59: pallet_conviction_voting::vote::AccountVote<Balance>
   **/
  PalletConvictionVotingVoteAccountVote: {
    _enum: {
      Standard: {
        vote: 'Vote',
        balance: 'u128',
      },
      Split: {
        aye: 'u128',
        nay: 'u128',
      },
      SplitAbstain: {
        aye: 'u128',
        nay: 'u128',
        abstain: 'u128'
      }
    }
  },
  /**
   * Lookup61: pallet_conviction_voting::conviction::Conviction
   **/
  PalletConvictionVotingConviction: {
    _enum: ['None', 'Locked1x', 'Locked2x', 'Locked3x', 'Locked4x', 'Locked5x', 'Locked6x']
  },
  /**
   * Lookup63: pallet_whitelist::pallet::Call<T>
   **/
  PalletWhitelistCall: {
    _enum: {
      whitelist_call: {
        callHash: 'H256',
      },
      remove_whitelisted_call: {
        callHash: 'H256',
      },
      dispatch_whitelisted_call: {
        callHash: 'H256',
        callEncodedLen: 'u32',
        callWeightWitness: 'SpWeightsWeightV2Weight',
      },
      dispatch_whitelisted_call_with_preimage: {
        call: 'Call',
      },
      remove_deferred_dispatch: {
        callHash: 'H256'
      }
    }
  },
  /**
   * Lookup64: pallet_collective::pallet::Call<T, I>
   **/
  PalletCollectiveCall: {
    _enum: {
      set_members: {
        newMembers: 'Vec<AccountId32>',
        prime: 'Option<AccountId32>',
        oldCount: 'u32',
      },
      execute: {
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      propose: {
        threshold: 'Compact<u32>',
        proposal: 'Call',
        lengthBound: 'Compact<u32>',
      },
      vote: {
        proposal: 'H256',
        index: 'Compact<u32>',
        approve: 'bool',
      },
      __Unused4: 'Null',
      disapprove_proposal: {
        proposalHash: 'H256',
      },
      close: {
        proposalHash: 'H256',
        index: 'Compact<u32>',
        proposalWeightBound: 'SpWeightsWeightV2Weight',
        lengthBound: 'Compact<u32>',
      },
      kill: {
        proposalHash: 'H256',
      },
      release_proposal_cost: {
        proposalHash: 'H256'
      }
    }
  },
  /**
   * Lookup66: pallet_datanets::pallet::Call<T>
   **/
  PalletDatanetsCall: {
    _enum: {
      create_datanet: {
        name: 'Bytes',
        description: 'Bytes',
        uri: 'Bytes',
        license: 'Bytes',
        mode: 'PalletDatanetsCurationMode',
        contributionDeposit: 'u128',
      },
      update_metadata: {
        datanet: 'u32',
        name: 'Bytes',
        description: 'Bytes',
        uri: 'Bytes',
        license: 'Bytes',
      },
      transfer_curatorship: {
        datanet: 'u32',
        newCurator: 'MultiAddress',
      },
      close_datanet: {
        datanet: 'u32',
      },
      contribute: {
        _alias: {
          size_: 'size',
        },
        datanet: 'u32',
        contentHash: 'H256',
        size_: 'u64',
        uri: 'Bytes',
      },
      accept_contribution: {
        contribution: 'u64',
      },
      reject_contribution: {
        contribution: 'u64',
      },
      grade_contribution: {
        contribution: 'u64',
        weight: 'u32',
      },
      withdraw_contribution: {
        contribution: 'u64',
      },
      remove_contribution: {
        contribution: 'u64',
      },
      publish_version: {
        datanet: 'u32',
      },
      expire_contribution: {
        contribution: 'u64',
      },
      reject_as_spam: {
        contribution: 'u64',
      },
      set_contribution_deposit: {
        datanet: 'u32',
        deposit: 'u128'
      }
    }
  },
  /**
   * Lookup71: pallet_datanets::types::CurationMode
   **/
  PalletDatanetsCurationMode: {
    _enum: ['Open', 'Curated']
  },
  /**
   * Lookup72: pallet_models::pallet::Call<T>
   **/
  PalletModelsCall: {
    _enum: {
      register_model: {
        name: 'Bytes',
        uri: 'Bytes',
        artifactHash: 'H256',
        kind: 'OpenledgerPrimitivesModelKind',
        training: 'Vec<(u32,u32,Perbill)>',
        price: 'u128',
        terms: 'PalletModelsDerivativeTerms',
      },
      update_price: {
        model: 'u32',
        price: 'u128',
      },
      update_metadata: {
        model: 'u32',
        name: 'Bytes',
        uri: 'Bytes',
      },
      transfer_ownership: {
        model: 'u32',
        newOwner: 'MultiAddress',
      },
      deprecate: {
        model: 'u32',
      },
      set_derivative_terms: {
        model: 'u32',
        terms: 'PalletModelsDerivativeTerms',
      },
      release_deposit: {
        model: 'u32'
      }
    }
  },
  /**
   * Lookup73: openledger_primitives::types::ModelKind
   **/
  OpenledgerPrimitivesModelKind: {
    _enum: {
      Base: 'Null',
      FineTune: {
        parent: 'u32',
      },
      Adapter: {
        base: 'u32'
      }
    }
  },
  /**
   * Lookup78: pallet_models::types::DerivativeTerms
   **/
  PalletModelsDerivativeTerms: {
    allowed: 'bool',
    royalty: 'Perbill'
  },
  /**
   * Lookup79: pallet_inference::pallet::Call<T>
   **/
  PalletInferenceCall: {
    _enum: {
      register_provider: {
        models: 'Vec<u32>',
        stake: 'u128',
      },
      add_model: {
        model: 'u32',
      },
      remove_model: {
        model: 'u32',
      },
      unbond: 'Null',
      withdraw_unbonded: 'Null',
      request_inference: {
        model: 'u32',
        provider: 'AccountId32',
        inputHash: 'H256',
        maxFee: 'u128',
      },
      submit_result: {
        inference: 'u64',
        outputHash: 'H256',
        attribution: 'OpenledgerPrimitivesAttribution',
      },
      cancel: {
        inference: 'u64',
      },
      challenge: {
        inference: 'u64',
        outputUri: 'Bytes',
      },
      __Unused9: 'Null',
      settle: {
        inference: 'u64',
      },
      set_min_provider_stake: {
        amount: 'u128',
      },
      bond_extra: {
        amount: 'u128',
      },
      __Unused13: 'Null',
      expire_request: {
        inference: 'u64'
      }
    }
  },
  /**
   * Lookup82: openledger_primitives::types::Attribution<MaxContributions, MaxDatanets>
   **/
  OpenledgerPrimitivesAttribution: {
    contributions: 'Vec<(u64,Perbill)>',
    datanets: 'Vec<(u32,Perbill)>'
  },
  /**
   * Lookup89: pallet_rewards::pallet::Call<T>
   **/
  PalletRewardsCall: {
    _enum: {
      set_policy: {
        policy: 'PalletRewardsSplitPolicy',
      },
      set_model_data_side: {
        model: 'u32',
        dataSide: 'Option<Perbill>',
      },
      claim: 'Null',
      claim_pool: {
        datanet: 'u32',
      },
      claim_all: {
        datanets: 'Vec<u32>'
      }
    }
  },
  /**
   * Lookup90: pallet_rewards::types::SplitPolicy
   **/
  PalletRewardsSplitPolicy: {
    treasury: 'Perbill',
    provider: 'Perbill',
    model: 'Perbill',
    data: 'Perbill'
  },
  /**
   * Lookup92: pallet_court::pallet::Call<T>
   **/
  PalletCourtCall: {
    _enum: {
      join_jury: {
        stake: 'u128',
      },
      add_stake: {
        amount: 'u128',
      },
      leave_jury: 'Null',
      withdraw_juror: 'Null',
      draw_jury: {
        inference: 'u64',
      },
      commit_vote: {
        inference: 'u64',
        commitment: 'H256',
      },
      reveal_vote: {
        inference: 'u64',
        upheld: 'bool',
        salt: '[u8;32]',
      },
      tally: {
        inference: 'u64',
      },
      appeal: {
        inference: 'u64',
      },
      finalize: {
        inference: 'u64',
      },
      decide: {
        inference: 'u64',
        upheld: 'bool',
      },
      expire_case: {
        inference: 'u64',
      },
      set_parameters: {
        parameters: 'PalletCourtCourtParameters'
      }
    }
  },
  /**
   * Lookup93: pallet_court::types::CourtParameters<Balance, BlockNumber>
   **/
  PalletCourtCourtParameters: {
    minJurorStake: 'u128',
    jurySize: 'u32',
    drawDelay: 'u32',
    commitPeriod: 'u32',
    revealPeriod: 'u32',
    appealPeriod: 'u32',
    appealBond: 'u128',
    jurorFee: 'u128',
    incoherencePenalty: 'Perbill',
    fallbackTimeout: 'u32',
    leaveDelay: 'u32'
  },
  /**
   * Lookup94: pallet_batches::pallet::Call<T>
   **/
  PalletBatchesCall: {
    _enum: {
      open_escrow: {
        provider: 'AccountId32',
        amount: 'u128',
      },
      top_up: {
        provider: 'AccountId32',
        amount: 'u128',
      },
      request_unlock: {
        provider: 'AccountId32',
      },
      withdraw: {
        provider: 'AccountId32',
      },
      submit_batch: {
        model: 'u32',
        epoch: 'u32',
        claims: 'Vec<PalletBatchesPayerClaim>',
        callsRoot: 'H256',
        scores: 'OpenledgerPrimitivesBatchScores',
        tailRoot: 'H256',
        tailLeaves: 'u32',
      },
      reveal_records: {
        batch: 'u64',
        reveals: 'Vec<PalletBatchesRecordReveal>',
      },
      settle_batch: {
        batch: 'u64',
        reveals: 'Vec<PalletBatchesRecordReveal>',
      },
      claim_tail: {
        batch: 'u64',
        position: 'u32',
        contribution: 'u64',
        weight: 'u128',
        proof: 'Vec<H256>',
      },
      close_batch: {
        batch: 'u64',
      },
      dispute_batch: {
        batch: 'u64',
        disputed: 'PalletBatchesDisputedCall',
        evidenceUri: 'Bytes'
      }
    }
  },
  /**
   * Lookup96: pallet_batches::types::PayerClaim<T>
   **/
  PalletBatchesPayerClaim: {
    payer: 'AccountId32',
    sequence: 'u64',
    cumulativeFee: 'u128',
    requestHash: 'H256',
    receiptsRoot: 'H256',
    signature: 'SpRuntimeMultiSignature'
  },
  /**
   * Lookup97: sp_runtime::MultiSignature
   **/
  SpRuntimeMultiSignature: {
    _enum: {
      Ed25519: '[u8;64]',
      Sr25519: '[u8;64]',
      Ecdsa: '[u8;65]',
      Eth: '[u8;65]'
    }
  },
  /**
   * Lookup100: openledger_primitives::types::BatchScores<MaxContributions, MaxDatanets>
   **/
  OpenledgerPrimitivesBatchScores: {
    contributions: 'Vec<(u64,u128)>',
    datanets: 'Vec<(u32,u128)>',
    tail: 'u128'
  },
  /**
   * Lookup108: pallet_batches::types::RecordReveal<T>
   **/
  PalletBatchesRecordReveal: {
    sample: 'u32',
    record: 'PalletBatchesCallRecord',
    proof: 'Vec<H256>',
    receiptProof: 'Vec<H256>'
  },
  /**
   * Lookup109: pallet_batches::types::CallRecord<Balance>
   **/
  PalletBatchesCallRecord: {
    payerIndex: 'u32',
    sequence: 'u64',
    cumulativeFee: 'u128',
    requestHash: 'H256',
    outputHash: 'H256',
    attributionHash: 'H256'
  },
  /**
   * Lookup112: pallet_batches::types::DisputedCall<T>
   **/
  PalletBatchesDisputedCall: {
    _enum: {
      Record: {
        record: 'PalletBatchesCallRecord',
        proof: 'Vec<H256>',
      },
      Acknowledged: {
        payerIndex: 'u32',
        sequence: 'u64',
        outputHash: 'H256',
        attributionHash: 'H256',
        signature: 'SpRuntimeMultiSignature',
      },
      Aggregate: 'Null'
    }
  },
  /**
   * Lookup113: frame_system::extensions::check_non_zero_sender::CheckNonZeroSender<T>
   **/
  FrameSystemExtensionsCheckNonZeroSender: 'Null',
  /**
   * Lookup114: frame_system::extensions::check_spec_version::CheckSpecVersion<T>
   **/
  FrameSystemExtensionsCheckSpecVersion: 'Null',
  /**
   * Lookup115: frame_system::extensions::check_tx_version::CheckTxVersion<T>
   **/
  FrameSystemExtensionsCheckTxVersion: 'Null',
  /**
   * Lookup116: frame_system::extensions::check_genesis::CheckGenesis<T>
   **/
  FrameSystemExtensionsCheckGenesis: 'Null',
  /**
   * Lookup119: frame_system::extensions::check_nonce::CheckNonce<T>
   **/
  FrameSystemExtensionsCheckNonce: 'Compact<u32>',
  /**
   * Lookup120: frame_system::extensions::check_weight::CheckWeight<T>
   **/
  FrameSystemExtensionsCheckWeight: 'Null',
  /**
   * Lookup121: pallet_transaction_payment::ChargeTransactionPayment<T>
   **/
  PalletTransactionPaymentChargeTransactionPayment: 'Compact<u128>',
  /**
   * Lookup122: frame_metadata_hash_extension::CheckMetadataHash<T>
   **/
  FrameMetadataHashExtensionCheckMetadataHash: {
    mode: 'FrameMetadataHashExtensionMode'
  },
  /**
   * Lookup123: frame_metadata_hash_extension::Mode
   **/
  FrameMetadataHashExtensionMode: {
    _enum: ['Disabled', 'Enabled']
  },
  /**
   * Lookup125: frame_system::extensions::weight_reclaim::WeightReclaim<T>
   **/
  FrameSystemExtensionsWeightReclaim: 'Null',
  /**
   * Lookup126: frame_system::AccountInfo<Nonce, pallet_balances::types::AccountData<Balance>>
   **/
  FrameSystemAccountInfo: {
    nonce: 'u32',
    consumers: 'u32',
    providers: 'u32',
    sufficients: 'u32',
    data: 'PalletBalancesAccountData'
  },
  /**
   * Lookup127: pallet_balances::types::AccountData<Balance>
   **/
  PalletBalancesAccountData: {
    free: 'u128',
    reserved: 'u128',
    frozen: 'u128',
    flags: 'u128'
  },
  /**
   * Lookup129: frame_support::dispatch::PerDispatchClass<sp_weights::weight_v2::Weight>
   **/
  FrameSupportDispatchPerDispatchClassWeight: {
    normal: 'SpWeightsWeightV2Weight',
    operational: 'SpWeightsWeightV2Weight',
    mandatory: 'SpWeightsWeightV2Weight'
  },
  /**
   * Lookup130: sp_runtime::generic::digest::Digest
   **/
  SpRuntimeDigest: {
    logs: 'Vec<SpRuntimeDigestDigestItem>'
  },
  /**
   * Lookup132: sp_runtime::generic::digest::DigestItem
   **/
  SpRuntimeDigestDigestItem: {
    _enum: {
      Other: 'Bytes',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      Consensus: '([u8;4],Bytes)',
      Seal: '([u8;4],Bytes)',
      PreRuntime: '([u8;4],Bytes)',
      __Unused7: 'Null',
      RuntimeEnvironmentUpdated: 'Null'
    }
  },
  /**
   * Lookup135: frame_system::EventRecord<openledger_runtime::RuntimeEvent, primitive_types::H256>
   **/
  FrameSystemEventRecord: {
    phase: 'FrameSystemPhase',
    event: 'Event',
    topics: 'Vec<H256>'
  },
  /**
   * Lookup137: frame_system::pallet::Event<T>
   **/
  FrameSystemEvent: {
    _enum: {
      ExtrinsicSuccess: {
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      ExtrinsicFailed: {
        dispatchError: 'SpRuntimeDispatchError',
        dispatchInfo: 'FrameSystemDispatchEventInfo',
      },
      CodeUpdated: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      NewAccount: {
        account: 'AccountId32',
      },
      KilledAccount: {
        account: 'AccountId32',
      },
      Remarked: {
        _alias: {
          hash_: 'hash',
        },
        sender: 'AccountId32',
        hash_: 'H256',
      },
      UpgradeAuthorized: {
        codeHash: 'H256',
        checkVersion: 'bool',
      },
      RejectedInvalidAuthorizedUpgrade: {
        codeHash: 'H256',
        error: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup138: frame_system::DispatchEventInfo
   **/
  FrameSystemDispatchEventInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup139: frame_support::dispatch::DispatchClass
   **/
  FrameSupportDispatchDispatchClass: {
    _enum: ['Normal', 'Operational', 'Mandatory']
  },
  /**
   * Lookup140: frame_support::dispatch::Pays
   **/
  FrameSupportDispatchPays: {
    _enum: ['Yes', 'No']
  },
  /**
   * Lookup141: sp_runtime::DispatchError
   **/
  SpRuntimeDispatchError: {
    _enum: {
      Other: 'Null',
      CannotLookup: 'Null',
      BadOrigin: 'Null',
      Module: 'SpRuntimeModuleError',
      ConsumerRemaining: 'Null',
      NoProviders: 'Null',
      TooManyConsumers: 'Null',
      Token: 'SpRuntimeTokenError',
      Arithmetic: 'SpArithmeticArithmeticError',
      Transactional: 'SpRuntimeTransactionalError',
      Exhausted: 'Null',
      Corruption: 'Null',
      Unavailable: 'Null',
      RootNotAllowed: 'Null',
      Trie: 'SpRuntimeProvingTrieTrieError'
    }
  },
  /**
   * Lookup142: sp_runtime::ModuleError
   **/
  SpRuntimeModuleError: {
    index: 'u8',
    error: '[u8;4]'
  },
  /**
   * Lookup143: sp_runtime::TokenError
   **/
  SpRuntimeTokenError: {
    _enum: ['FundsUnavailable', 'OnlyProvider', 'BelowMinimum', 'CannotCreate', 'UnknownAsset', 'Frozen', 'Unsupported', 'CannotCreateHold', 'NotExpendable', 'Blocked']
  },
  /**
   * Lookup144: sp_arithmetic::ArithmeticError
   **/
  SpArithmeticArithmeticError: {
    _enum: ['Underflow', 'Overflow', 'DivisionByZero']
  },
  /**
   * Lookup145: sp_runtime::TransactionalError
   **/
  SpRuntimeTransactionalError: {
    _enum: ['LimitReached', 'NoLayer']
  },
  /**
   * Lookup146: sp_runtime::proving_trie::TrieError
   **/
  SpRuntimeProvingTrieTrieError: {
    _enum: ['InvalidStateRoot', 'IncompleteDatabase', 'ValueAtIncompleteKey', 'DecoderError', 'InvalidHash', 'DuplicateKey', 'ExtraneousNode', 'ExtraneousValue', 'ExtraneousHashReference', 'InvalidChildReference', 'ValueMismatch', 'IncompleteProof', 'RootMismatch', 'DecodeError']
  },
  /**
   * Lookup147: pallet_grandpa::pallet::Event
   **/
  PalletGrandpaEvent: {
    _enum: {
      NewAuthorities: {
        authoritySet: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
      },
      Paused: 'Null',
      Resumed: 'Null'
    }
  },
  /**
   * Lookup150: pallet_balances::pallet::Event<T, I>
   **/
  PalletBalancesEvent: {
    _enum: {
      Endowed: {
        account: 'AccountId32',
        freeBalance: 'u128',
      },
      DustLost: {
        account: 'AccountId32',
        amount: 'u128',
      },
      Transfer: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BalanceSet: {
        who: 'AccountId32',
        free: 'u128',
      },
      Reserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unreserved: {
        who: 'AccountId32',
        amount: 'u128',
      },
      ReserveRepatriated: {
        from: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
        destinationStatus: 'FrameSupportTokensMiscBalanceStatus',
      },
      Deposit: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Withdraw: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Slashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Minted: {
        who: 'AccountId32',
        amount: 'u128',
      },
      MintedCredit: {
        amount: 'u128',
      },
      Burned: {
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedDebt: {
        amount: 'u128',
      },
      Suspended: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Restored: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Upgraded: {
        who: 'AccountId32',
      },
      Issued: {
        amount: 'u128',
      },
      Rescinded: {
        amount: 'u128',
      },
      Locked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Unlocked: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Frozen: {
        who: 'AccountId32',
        amount: 'u128',
      },
      Thawed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      TotalIssuanceForced: {
        _alias: {
          new_: 'new',
        },
        old: 'u128',
        new_: 'u128',
      },
      Held: {
        reason: 'OpenledgerRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      BurnedHeld: {
        reason: 'OpenledgerRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      TransferOnHold: {
        reason: 'OpenledgerRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        amount: 'u128',
      },
      TransferAndHold: {
        reason: 'OpenledgerRuntimeRuntimeHoldReason',
        source: 'AccountId32',
        dest: 'AccountId32',
        transferred: 'u128',
      },
      Released: {
        reason: 'OpenledgerRuntimeRuntimeHoldReason',
        who: 'AccountId32',
        amount: 'u128',
      },
      Unexpected: 'PalletBalancesUnexpectedKind'
    }
  },
  /**
   * Lookup151: frame_support::traits::tokens::misc::BalanceStatus
   **/
  FrameSupportTokensMiscBalanceStatus: {
    _enum: ['Free', 'Reserved']
  },
  /**
   * Lookup152: openledger_runtime::RuntimeHoldReason
   **/
  OpenledgerRuntimeRuntimeHoldReason: {
    _enum: {
      __Unused0: 'Null',
      __Unused1: 'Null',
      __Unused2: 'Null',
      __Unused3: 'Null',
      __Unused4: 'Null',
      __Unused5: 'Null',
      __Unused6: 'Null',
      __Unused7: 'Null',
      __Unused8: 'Null',
      Preimage: 'PalletPreimageHoldReason',
      __Unused10: 'Null',
      __Unused11: 'Null',
      __Unused12: 'Null',
      __Unused13: 'Null',
      TechnicalCommittee: 'PalletCollectiveHoldReason',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      Datanets: 'PalletDatanetsHoldReason',
      Models: 'PalletModelsHoldReason',
      Inference: 'PalletInferenceHoldReason',
      Rewards: 'PalletRewardsHoldReason',
      Court: 'PalletCourtHoldReason',
      Batches: 'PalletBatchesHoldReason'
    }
  },
  /**
   * Lookup153: pallet_preimage::pallet::HoldReason
   **/
  PalletPreimageHoldReason: {
    _enum: ['Preimage']
  },
  /**
   * Lookup154: pallet_collective::pallet::HoldReason<I>
   **/
  PalletCollectiveHoldReason: {
    _enum: ['ProposalSubmission']
  },
  /**
   * Lookup155: pallet_datanets::pallet::HoldReason
   **/
  PalletDatanetsHoldReason: {
    _enum: ['DatanetDeposit', 'ContributionDeposit']
  },
  /**
   * Lookup156: pallet_models::pallet::HoldReason
   **/
  PalletModelsHoldReason: {
    _enum: ['ModelDeposit']
  },
  /**
   * Lookup157: pallet_inference::pallet::HoldReason
   **/
  PalletInferenceHoldReason: {
    _enum: ['ProviderStake', 'Escrow', 'RequestDeposit', 'ChallengeBond']
  },
  /**
   * Lookup158: pallet_rewards::pallet::HoldReason
   **/
  PalletRewardsHoldReason: {
    _enum: ['ReceiptDeposit']
  },
  /**
   * Lookup159: pallet_court::pallet::HoldReason
   **/
  PalletCourtHoldReason: {
    _enum: ['JurorStake', 'AppealBond', 'JuryFee']
  },
  /**
   * Lookup160: pallet_batches::pallet::HoldReason
   **/
  PalletBatchesHoldReason: {
    _enum: ['Escrow', 'EscrowDeposit', 'BatchDeposit', 'DisputeBond']
  },
  /**
   * Lookup161: pallet_balances::pallet::UnexpectedKind
   **/
  PalletBalancesUnexpectedKind: {
    _enum: ['BalanceUpdated', 'FailedToMutateAccount']
  },
  /**
   * Lookup162: pallet_transaction_payment::pallet::Event<T>
   **/
  PalletTransactionPaymentEvent: {
    _enum: {
      TransactionFeePaid: {
        who: 'AccountId32',
        actualFee: 'u128',
        tip: 'u128'
      }
    }
  },
  /**
   * Lookup163: pallet_sudo::pallet::Event<T>
   **/
  PalletSudoEvent: {
    _enum: {
      Sudid: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>',
      },
      KeyChanged: {
        _alias: {
          new_: 'new',
        },
        old: 'Option<AccountId32>',
        new_: 'AccountId32',
      },
      KeyRemoved: 'Null',
      SudoAsDone: {
        sudoResult: 'Result<Null, SpRuntimeDispatchError>'
      }
    }
  },
  /**
   * Lookup165: pallet_utility::pallet::Event
   **/
  PalletUtilityEvent: {
    _enum: {
      BatchInterrupted: {
        index: 'u32',
        error: 'SpRuntimeDispatchError',
      },
      BatchCompleted: 'Null',
      BatchCompletedWithErrors: 'Null',
      ItemCompleted: 'Null',
      ItemFailed: {
        error: 'SpRuntimeDispatchError',
      },
      DispatchedAs: {
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      IfElseMainSuccess: 'Null',
      IfElseFallbackCalled: {
        mainError: 'SpRuntimeDispatchError'
      }
    }
  },
  /**
   * Lookup166: pallet_scheduler::pallet::Event<T>
   **/
  PalletSchedulerEvent: {
    _enum: {
      Scheduled: {
        when: 'u32',
        index: 'u32',
      },
      Canceled: {
        when: 'u32',
        index: 'u32',
      },
      Dispatched: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      RetrySet: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
        period: 'u32',
        retries: 'u8',
      },
      RetryCancelled: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      CallUnavailable: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      PeriodicFailed: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      RetryFailed: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      PermanentlyOverweight: {
        task: '(u32,u32)',
        id: 'Option<[u8;32]>',
      },
      AgendaIncomplete: {
        when: 'u32'
      }
    }
  },
  /**
   * Lookup167: pallet_preimage::pallet::Event<T>
   **/
  PalletPreimageEvent: {
    _enum: {
      Noted: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Requested: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256',
      },
      Cleared: {
        _alias: {
          hash_: 'hash',
        },
        hash_: 'H256'
      }
    }
  },
  /**
   * Lookup168: pallet_referenda::pallet::Event<T, I>
   **/
  PalletReferendaEvent: {
    _enum: {
      Submitted: {
        index: 'u32',
        track: 'u16',
        proposal: 'FrameSupportPreimagesBounded',
      },
      DecisionDepositPlaced: {
        index: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      DecisionDepositRefunded: {
        index: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      DepositSlashed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      DecisionStarted: {
        index: 'u32',
        track: 'u16',
        proposal: 'FrameSupportPreimagesBounded',
        tally: 'PalletConvictionVotingTally',
      },
      ConfirmStarted: {
        index: 'u32',
      },
      ConfirmAborted: {
        index: 'u32',
      },
      Confirmed: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      Approved: {
        index: 'u32',
      },
      Rejected: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      TimedOut: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      Cancelled: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      Killed: {
        index: 'u32',
        tally: 'PalletConvictionVotingTally',
      },
      SubmissionDepositRefunded: {
        index: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      MetadataSet: {
        _alias: {
          hash_: 'hash',
        },
        index: 'u32',
        hash_: 'H256',
      },
      MetadataCleared: {
        _alias: {
          hash_: 'hash',
        },
        index: 'u32',
        hash_: 'H256'
      }
    }
  },
  /**
   * Lookup169: pallet_conviction_voting::types::Tally<Votes, Total>
   **/
  PalletConvictionVotingTally: {
    ayes: 'u128',
    nays: 'u128',
    support: 'u128'
  },
  /**
   * Lookup170: pallet_conviction_voting::pallet::Event<T, I>
   **/
  PalletConvictionVotingEvent: {
    _enum: {
      Delegated: '(AccountId32,AccountId32,u16)',
      Undelegated: '(AccountId32,u16)',
      Voted: {
        who: 'AccountId32',
        vote: 'PalletConvictionVotingVoteAccountVote',
        pollIndex: 'u32',
      },
      VoteRemoved: {
        who: 'AccountId32',
        vote: 'PalletConvictionVotingVoteAccountVote',
        pollIndex: 'u32',
      },
      VoteUnlocked: {
        who: 'AccountId32',
        class: 'u16'
      }
    }
  },
  /**
   * Lookup171: pallet_whitelist::pallet::Event<T>
   **/
  PalletWhitelistEvent: {
    _enum: {
      CallWhitelisted: {
        callHash: 'H256',
      },
      WhitelistedCallRemoved: {
        callHash: 'H256',
      },
      WhitelistedCallDispatched: {
        callHash: 'H256',
        result: 'Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo>',
      },
      DispatchDeferred: {
        callHash: 'H256',
      },
      DeferredDispatchRemoved: {
        callHash: 'H256',
      },
      DeferredDispatchExecuted: {
        callHash: 'H256',
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup173: frame_support::dispatch::PostDispatchInfo
   **/
  FrameSupportDispatchPostDispatchInfo: {
    actualWeight: 'Option<SpWeightsWeightV2Weight>',
    paysFee: 'FrameSupportDispatchPays'
  },
  /**
   * Lookup175: sp_runtime::DispatchErrorWithPostInfo<frame_support::dispatch::PostDispatchInfo>
   **/
  SpRuntimeDispatchErrorWithPostInfo: {
    postInfo: 'FrameSupportDispatchPostDispatchInfo',
    error: 'SpRuntimeDispatchError'
  },
  /**
   * Lookup176: pallet_collective::pallet::Event<T, I>
   **/
  PalletCollectiveEvent: {
    _enum: {
      Proposed: {
        account: 'AccountId32',
        proposalIndex: 'u32',
        proposalHash: 'H256',
        threshold: 'u32',
      },
      Voted: {
        account: 'AccountId32',
        proposalHash: 'H256',
        voted: 'bool',
        yes: 'u32',
        no: 'u32',
      },
      Approved: {
        proposalHash: 'H256',
      },
      Disapproved: {
        proposalHash: 'H256',
      },
      Executed: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      MemberExecuted: {
        proposalHash: 'H256',
        result: 'Result<Null, SpRuntimeDispatchError>',
      },
      Closed: {
        proposalHash: 'H256',
        yes: 'u32',
        no: 'u32',
      },
      Killed: {
        proposalHash: 'H256',
      },
      ProposalCostBurned: {
        proposalHash: 'H256',
        who: 'AccountId32',
      },
      ProposalCostReleased: {
        proposalHash: 'H256',
        who: 'AccountId32'
      }
    }
  },
  /**
   * Lookup177: pallet_datanets::pallet::Event<T>
   **/
  PalletDatanetsEvent: {
    _enum: {
      DatanetCreated: {
        datanet: 'u32',
        curator: 'AccountId32',
        mode: 'PalletDatanetsCurationMode',
        contributionDeposit: 'u128',
        deposit: 'u128',
      },
      DatanetMetadataUpdated: {
        datanet: 'u32',
      },
      CuratorshipTransferred: {
        datanet: 'u32',
        from: 'AccountId32',
        to: 'AccountId32',
      },
      DatanetClosed: {
        datanet: 'u32',
      },
      DatanetDepositReleased: {
        datanet: 'u32',
        depositor: 'AccountId32',
        amount: 'u128',
      },
      ContributionSubmitted: {
        _alias: {
          size_: 'size',
        },
        contribution: 'u64',
        datanet: 'u32',
        contributor: 'AccountId32',
        contentHash: 'H256',
        size_: 'u64',
        deposit: 'u128',
      },
      ContributionAccepted: {
        contribution: 'u64',
        datanet: 'u32',
        contributor: 'AccountId32',
        weight: 'u32',
        logRoot: 'H256',
      },
      ContributionRejected: {
        contribution: 'u64',
        datanet: 'u32',
        contributor: 'AccountId32',
        depositReturned: 'u128',
      },
      ContributionRejectedAsSpam: {
        contribution: 'u64',
        datanet: 'u32',
        contributor: 'AccountId32',
        slashed: 'u128',
      },
      ContributionExpired: {
        contribution: 'u64',
        datanet: 'u32',
        contributor: 'AccountId32',
        depositReturned: 'u128',
      },
      ContributionDepositSet: {
        datanet: 'u32',
        deposit: 'u128',
      },
      ContributionGraded: {
        contribution: 'u64',
        datanet: 'u32',
        oldWeight: 'u32',
        newWeight: 'u32',
        logRoot: 'H256',
      },
      ContributionWithdrawn: {
        contribution: 'u64',
        datanet: 'u32',
        contributor: 'AccountId32',
        depositReturned: 'u128',
        wasAccepted: 'bool',
        logRoot: 'H256',
      },
      ContributionRemoved: {
        contribution: 'u64',
        datanet: 'u32',
        contributor: 'AccountId32',
        slashed: 'u128',
        byGovernance: 'bool',
        logRoot: 'H256',
      },
      ShareChanged: {
        datanet: 'u32',
        contributor: 'AccountId32',
        oldShare: 'u64',
        newShare: 'u64',
        totalShare: 'u64',
      },
      VersionPublished: {
        datanet: 'u32',
        version: 'u32',
        contributions: 'u32',
        totalShare: 'u64',
        commitment: 'H256'
      }
    }
  },
  /**
   * Lookup178: pallet_models::pallet::Event<T>
   **/
  PalletModelsEvent: {
    _enum: {
      ModelRegistered: {
        model: 'u32',
        owner: 'AccountId32',
        kind: 'OpenledgerPrimitivesModelKind',
        price: 'u128',
        deposit: 'u128',
      },
      PriceUpdated: {
        model: 'u32',
        price: 'u128',
      },
      MetadataUpdated: {
        model: 'u32',
      },
      OwnershipTransferred: {
        model: 'u32',
        from: 'AccountId32',
        to: 'AccountId32',
      },
      ModelDeprecated: {
        model: 'u32',
      },
      DepositReleased: {
        model: 'u32',
        depositor: 'AccountId32',
        amount: 'u128',
      },
      DerivativeTermsChanged: {
        model: 'u32',
        terms: 'PalletModelsDerivativeTerms'
      }
    }
  },
  /**
   * Lookup179: pallet_inference::pallet::Event<T>
   **/
  PalletInferenceEvent: {
    _enum: {
      StakeSlashed: {
        provider: 'AccountId32',
        amount: 'u128',
        to: 'AccountId32',
      },
      ProviderRegistered: {
        provider: 'AccountId32',
        stake: 'u128',
        models: 'Vec<u32>',
      },
      ServingStarted: {
        provider: 'AccountId32',
        model: 'u32',
      },
      ServingStopped: {
        provider: 'AccountId32',
        model: 'u32',
      },
      Unbonding: {
        provider: 'AccountId32',
        withdrawableAt: 'u32',
      },
      ProviderLeft: {
        provider: 'AccountId32',
        stake: 'u128',
      },
      StakeBonded: {
        provider: 'AccountId32',
        amount: 'u128',
        stake: 'u128',
      },
      MinProviderStakeSet: {
        amount: 'u128',
      },
      Requested: {
        inference: 'u64',
        user: 'AccountId32',
        model: 'u32',
        provider: 'AccountId32',
        fee: 'u128',
        inputHash: 'H256',
        deadline: 'u32',
      },
      ResultSubmitted: {
        inference: 'u64',
        outputHash: 'H256',
        contributions: 'u32',
        datanets: 'u32',
      },
      RequestExpired: {
        inference: 'u64',
        refund: 'u128',
      },
      ExpiryFailed: {
        inference: 'u64',
        error: 'SpRuntimeDispatchError',
      },
      Cancelled: {
        inference: 'u64',
        refund: 'u128',
      },
      Challenged: {
        inference: 'u64',
        challenger: 'AccountId32',
        bond: 'u128',
      },
      ChallengeUpheld: {
        inference: 'u64',
        slashed: 'u128',
        toChallenger: 'u128',
        refund: 'u128',
      },
      ChallengeUndecided: {
        inference: 'u64',
        bond: 'u128',
      },
      ChallengeRejected: {
        inference: 'u64',
        bond: 'u128',
      },
      JuryFeeReimbursed: {
        inference: 'u64',
        by: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      Settled: {
        inference: 'u64',
        fee: 'u128',
      },
      SettlementFailed: {
        inference: 'u64',
        error: 'SpRuntimeDispatchError',
        refund: 'u128'
      }
    }
  },
  /**
   * Lookup180: pallet_rewards::pallet::Event<T>
   **/
  PalletRewardsEvent: {
    _enum: {
      PolicySet: {
        policy: 'PalletRewardsSplitPolicy',
      },
      ModelDataSideSet: {
        model: 'u32',
        dataSide: 'Option<Perbill>',
      },
      Settled: {
        inference: 'u64',
        model: 'u32',
        fee: 'u128',
        toTreasury: 'u128',
        toProvider: 'u128',
        toModelSide: 'u128',
        toDataSide: 'u128',
      },
      BatchSettled: {
        batch: 'u64',
        model: 'u32',
        calls: 'u64',
        fees: 'u128',
        toTreasury: 'u128',
        toProvider: 'u128',
        toModelSide: 'u128',
        toDataSide: 'u128',
        toTail: 'u128',
      },
      CreditsClaimed: {
        who: 'AccountId32',
        amount: 'u128',
      },
      EpochsFolded: {
        datanet: 'u32',
        upTo: 'u32',
        epochs: 'u32',
      },
      PoolClaimed: {
        datanet: 'u32',
        who: 'AccountId32',
        amount: 'u128',
      },
      ReceiptPruned: {
        inference: 'u64'
      }
    }
  },
  /**
   * Lookup181: pallet_court::pallet::Event<T>
   **/
  PalletCourtEvent: {
    _enum: {
      JurorJoined: {
        juror: 'AccountId32',
        stake: 'u128',
      },
      StakeAdded: {
        juror: 'AccountId32',
        amount: 'u128',
        stake: 'u128',
      },
      JurorLeft: {
        juror: 'AccountId32',
        from: 'u32',
      },
      JurorEvicted: {
        juror: 'AccountId32',
        stake: 'u128',
        by: 'AccountId32',
      },
      JurorWithdrawn: {
        juror: 'AccountId32',
        stake: 'u128',
      },
      CaseOpened: {
        inference: 'u64',
        drawAt: 'u32',
      },
      CandidatesFixed: {
        inference: 'u64',
        round: 'u32',
        candidates: 'u32',
        stake: 'u128',
      },
      CaseStalled: {
        inference: 'u64',
        error: 'SpRuntimeDispatchError',
      },
      DrawRescheduled: {
        inference: 'u64',
        drawAt: 'u32',
      },
      JuryDrawn: {
        inference: 'u64',
        round: 'u32',
        jurors: 'Vec<AccountId32>',
        commitEnd: 'u32',
        revealEnd: 'u32',
      },
      VoteCommitted: {
        inference: 'u64',
        round: 'u32',
        juror: 'AccountId32',
      },
      VoteRevealed: {
        inference: 'u64',
        round: 'u32',
        juror: 'AccountId32',
        upheld: 'bool',
      },
      RoundRuled: {
        inference: 'u64',
        round: 'u32',
        upheld: 'bool',
        upheldVotes: 'u32',
        rejectedVotes: 'u32',
        appealUntil: 'u32',
      },
      Appealed: {
        inference: 'u64',
        round: 'u32',
        appellant: 'AccountId32',
        bond: 'u128',
      },
      SentToGovernance: {
        inference: 'u64',
        reason: 'PalletCourtFallbackReason',
        until: 'u32',
      },
      JuryFeeHeld: {
        inference: 'u64',
        round: 'u32',
        payer: 'AccountId32',
        amount: 'u128',
      },
      JuryFeeReturned: {
        inference: 'u64',
        round: 'u32',
        payer: 'AccountId32',
        amount: 'u128',
      },
      JurorPaid: {
        inference: 'u64',
        round: 'u32',
        juror: 'AccountId32',
        amount: 'u128',
      },
      JurorSlashed: {
        inference: 'u64',
        juror: 'AccountId32',
        amount: 'u128',
      },
      JurorRewarded: {
        inference: 'u64',
        juror: 'AccountId32',
        amount: 'u128',
      },
      AppealBondSettled: {
        inference: 'u64',
        appellant: 'AccountId32',
        bond: 'u128',
        returned: 'bool',
      },
      CaseClosed: {
        inference: 'u64',
        verdict: 'OpenledgerPrimitivesVerdict',
      },
      ParametersSet: {
        parameters: 'PalletCourtCourtParameters'
      }
    }
  },
  /**
   * Lookup183: pallet_court::types::FallbackReason
   **/
  PalletCourtFallbackReason: {
    _enum: ['AppealsExhausted', 'TooFewJurors']
  },
  /**
   * Lookup184: openledger_primitives::types::Verdict
   **/
  OpenledgerPrimitivesVerdict: {
    _enum: ['Upheld', 'Rejected', 'Undecided']
  },
  /**
   * Lookup185: pallet_batches::pallet::Event<T>
   **/
  PalletBatchesEvent: {
    _enum: {
      EscrowOpened: {
        payer: 'AccountId32',
        provider: 'AccountId32',
        amount: 'u128',
      },
      EscrowToppedUp: {
        payer: 'AccountId32',
        provider: 'AccountId32',
        amount: 'u128',
        total: 'u128',
      },
      UnlockRequested: {
        payer: 'AccountId32',
        provider: 'AccountId32',
        at: 'u32',
        lastEpoch: 'u32',
      },
      EscrowWithdrawn: {
        payer: 'AccountId32',
        provider: 'AccountId32',
        amount: 'u128',
      },
      FeeRefunded: {
        batch: 'u64',
        payer: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128',
      },
      BatchSubmitted: {
        batch: 'u64',
        provider: 'AccountId32',
        model: 'u32',
        epoch: 'u32',
        calls: 'u64',
        fees: 'u128',
        seedAt: 'u32',
      },
      RecordsRevealed: {
        batch: 'u64',
        records: 'Vec<PalletBatchesRevealedRecord>',
      },
      BatchSettled: {
        batch: 'u64',
        tail: 'u128',
        claimsUntil: 'u32',
      },
      BatchVoided: {
        batch: 'u64',
        missing: 'u32',
        slashed: 'u128',
      },
      TailClaimed: {
        batch: 'u64',
        contribution: 'u64',
        contributor: 'AccountId32',
        amount: 'u128',
      },
      BatchClosed: {
        batch: 'u64',
        unclaimed: 'u128',
      },
      BatchDisputed: {
        dispute: 'u64',
        case: 'u64',
        batch: 'u64',
        challenger: 'AccountId32',
        subject: 'PalletBatchesDisputeSubject',
        bond: 'u128',
      },
      DisputeUpheld: {
        dispute: 'u64',
        batch: 'u64',
        slashed: 'u128',
        toChallenger: 'u128',
      },
      DisputeRejected: {
        dispute: 'u64',
        batch: 'u64',
        toProvider: 'u128',
      },
      DisputeUndecided: {
        dispute: 'u64',
        batch: 'u64',
      },
      JuryFeeReimbursed: {
        dispute: 'u64',
        by: 'AccountId32',
        to: 'AccountId32',
        amount: 'u128'
      }
    }
  },
  /**
   * Lookup187: pallet_batches::types::RevealedRecord<sp_core::crypto::AccountId32>
   **/
  PalletBatchesRevealedRecord: {
    sample: 'u32',
    position: 'u64',
    payer: 'AccountId32',
    sequence: 'u64',
    outputHash: 'H256',
    attributionHash: 'H256'
  },
  /**
   * Lookup189: pallet_batches::types::DisputeSubject
   **/
  PalletBatchesDisputeSubject: {
    _enum: {
      Call: {
        payerIndex: 'u32',
        sequence: 'u64',
        outputHash: 'H256',
        attributionHash: 'H256',
      },
      Aggregate: 'Null'
    }
  },
  /**
   * Lookup190: frame_system::Phase
   **/
  FrameSystemPhase: {
    _enum: {
      ApplyExtrinsic: 'u32',
      Finalization: 'Null',
      Initialization: 'Null'
    }
  },
  /**
   * Lookup192: frame_system::LastRuntimeUpgradeInfo
   **/
  FrameSystemLastRuntimeUpgradeInfo: {
    specVersion: 'Compact<u32>',
    specName: 'Text'
  },
  /**
   * Lookup195: frame_system::CodeUpgradeAuthorization<T>
   **/
  FrameSystemCodeUpgradeAuthorization: {
    codeHash: 'H256',
    checkVersion: 'bool'
  },
  /**
   * Lookup196: frame_system::limits::BlockWeights
   **/
  FrameSystemLimitsBlockWeights: {
    baseBlock: 'SpWeightsWeightV2Weight',
    maxBlock: 'SpWeightsWeightV2Weight',
    perClass: 'FrameSupportDispatchPerDispatchClassWeightsPerClass'
  },
  /**
   * Lookup197: frame_support::dispatch::PerDispatchClass<frame_system::limits::WeightsPerClass>
   **/
  FrameSupportDispatchPerDispatchClassWeightsPerClass: {
    normal: 'FrameSystemLimitsWeightsPerClass',
    operational: 'FrameSystemLimitsWeightsPerClass',
    mandatory: 'FrameSystemLimitsWeightsPerClass'
  },
  /**
   * Lookup198: frame_system::limits::WeightsPerClass
   **/
  FrameSystemLimitsWeightsPerClass: {
    baseExtrinsic: 'SpWeightsWeightV2Weight',
    maxExtrinsic: 'Option<SpWeightsWeightV2Weight>',
    maxTotal: 'Option<SpWeightsWeightV2Weight>',
    reserved: 'Option<SpWeightsWeightV2Weight>'
  },
  /**
   * Lookup199: frame_system::limits::BlockLength
   **/
  FrameSystemLimitsBlockLength: {
    max: 'FrameSupportDispatchPerDispatchClassU32',
    maxHeaderSize: 'Option<u32>'
  },
  /**
   * Lookup200: frame_support::dispatch::PerDispatchClass<T>
   **/
  FrameSupportDispatchPerDispatchClassU32: {
    normal: 'u32',
    operational: 'u32',
    mandatory: 'u32'
  },
  /**
   * Lookup202: sp_weights::RuntimeDbWeight
   **/
  SpWeightsRuntimeDbWeight: {
    read: 'u64',
    write: 'u64'
  },
  /**
   * Lookup203: sp_version::RuntimeVersion
   **/
  SpVersionRuntimeVersion: {
    specName: 'Text',
    implName: 'Text',
    authoringVersion: 'u32',
    specVersion: 'u32',
    implVersion: 'u32',
    apis: 'Vec<([u8;8],u32)>',
    transactionVersion: 'u32',
    systemVersion: 'u8'
  },
  /**
   * Lookup208: frame_system::pallet::Error<T>
   **/
  FrameSystemError: {
    _enum: ['InvalidSpecName', 'SpecVersionNeedsToIncrease', 'FailedToExtractRuntimeVersion', 'NonDefaultComposite', 'NonZeroRefCount', 'CallFiltered', 'MultiBlockMigrationsOngoing', 'NothingAuthorized', 'Unauthorized']
  },
  /**
   * Lookup209: sp_runtime::generic::block::Block<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, openledger_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup210: sp_runtime::generic::header::Header<Number, Hash>
   **/
  SpRuntimeHeader: {
    parentHash: 'H256',
    number: 'Compact<u32>',
    stateRoot: 'H256',
    extrinsicsRoot: 'H256',
    digest: 'SpRuntimeDigest'
  },
  /**
   * Lookup215: sp_consensus_aura::sr25519::app_sr25519::Public
   **/
  SpConsensusAuraSr25519AppSr25519Public: '[u8;32]',
  /**
   * Lookup218: pallet_grandpa::StoredState<N>
   **/
  PalletGrandpaStoredState: {
    _enum: {
      Live: 'Null',
      PendingPause: {
        scheduledAt: 'u32',
        delay: 'u32',
      },
      Paused: 'Null',
      PendingResume: {
        scheduledAt: 'u32',
        delay: 'u32'
      }
    }
  },
  /**
   * Lookup219: pallet_grandpa::StoredPendingChange<N, Limit>
   **/
  PalletGrandpaStoredPendingChange: {
    scheduledAt: 'u32',
    delay: 'u32',
    nextAuthorities: 'Vec<(SpConsensusGrandpaAppPublic,u64)>',
    forced: 'Option<u32>'
  },
  /**
   * Lookup221: pallet_grandpa::pallet::Error<T>
   **/
  PalletGrandpaError: {
    _enum: ['PauseFailed', 'ResumeFailed', 'ChangePending', 'TooSoon', 'InvalidKeyOwnershipProof', 'InvalidEquivocationProof', 'DuplicateOffenceReport']
  },
  /**
   * Lookup223: pallet_balances::types::BalanceLock<Balance>
   **/
  PalletBalancesBalanceLock: {
    id: '[u8;8]',
    amount: 'u128',
    reasons: 'PalletBalancesReasons'
  },
  /**
   * Lookup224: pallet_balances::types::Reasons
   **/
  PalletBalancesReasons: {
    _enum: ['Fee', 'Misc', 'All']
  },
  /**
   * Lookup227: pallet_balances::types::ReserveData<ReserveIdentifier, Balance>
   **/
  PalletBalancesReserveData: {
    id: '[u8;8]',
    amount: 'u128'
  },
  /**
   * Lookup230: frame_support::traits::tokens::misc::IdAmount<openledger_runtime::RuntimeHoldReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeHoldReason: {
    id: 'OpenledgerRuntimeRuntimeHoldReason',
    amount: 'u128'
  },
  /**
   * Lookup233: frame_support::traits::tokens::misc::IdAmount<openledger_runtime::RuntimeFreezeReason, Balance>
   **/
  FrameSupportTokensMiscIdAmountRuntimeFreezeReason: {
    id: 'OpenledgerRuntimeRuntimeFreezeReason',
    amount: 'u128'
  },
  /**
   * Lookup234: openledger_runtime::RuntimeFreezeReason
   **/
  OpenledgerRuntimeRuntimeFreezeReason: 'Null',
  /**
   * Lookup236: pallet_balances::pallet::Error<T, I>
   **/
  PalletBalancesError: {
    _enum: ['VestingBalance', 'LiquidityRestrictions', 'InsufficientBalance', 'ExistentialDeposit', 'Expendability', 'ExistingVestingSchedule', 'DeadAccount', 'TooManyReserves', 'TooManyHolds', 'TooManyFreezes', 'IssuanceDeactivated', 'DeltaZero']
  },
  /**
   * Lookup238: pallet_transaction_payment::Releases
   **/
  PalletTransactionPaymentReleases: {
    _enum: ['V1Ancient', 'V2']
  },
  /**
   * Lookup239: frame_support::traits::storage::NoDrop<frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>>
   **/
  FrameSupportStorageNoDrop: 'FrameSupportTokensFungibleImbalance',
  /**
   * Lookup240: frame_support::traits::tokens::fungible::imbalance::Imbalance<B, OnDrop, OppositeOnDrop>
   **/
  FrameSupportTokensFungibleImbalance: {
    amount: 'u128'
  },
  /**
   * Lookup241: pallet_sudo::pallet::Error<T>
   **/
  PalletSudoError: {
    _enum: ['RequireSudo']
  },
  /**
   * Lookup242: pallet_utility::pallet::Error<T>
   **/
  PalletUtilityError: {
    _enum: ['TooManyCalls']
  },
  /**
   * Lookup245: pallet_scheduler::Scheduled<Name, frame_support::traits::preimages::Bounded<openledger_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, BlockNumber, openledger_runtime::OriginCaller, sp_core::crypto::AccountId32>
   **/
  PalletSchedulerScheduled: {
    maybeId: 'Option<[u8;32]>',
    priority: 'u8',
    call: 'FrameSupportPreimagesBounded',
    maybePeriodic: 'Option<(u32,u32)>',
    origin: 'OpenledgerRuntimeOriginCaller'
  },
  /**
   * Lookup247: pallet_scheduler::RetryConfig<Period>
   **/
  PalletSchedulerRetryConfig: {
    totalRetries: 'u8',
    remaining: 'u8',
    period: 'u32'
  },
  /**
   * Lookup248: pallet_scheduler::pallet::Error<T>
   **/
  PalletSchedulerError: {
    _enum: ['FailedToSchedule', 'NotFound', 'TargetBlockNumberInPast', 'RescheduleNoChange', 'Named']
  },
  /**
   * Lookup249: pallet_preimage::OldRequestStatus<sp_core::crypto::AccountId32, Balance>
   **/
  PalletPreimageOldRequestStatus: {
    _enum: {
      Unrequested: {
        deposit: '(AccountId32,u128)',
        len: 'u32',
      },
      Requested: {
        deposit: 'Option<(AccountId32,u128)>',
        count: 'u32',
        len: 'Option<u32>'
      }
    }
  },
  /**
   * Lookup252: pallet_preimage::RequestStatus<sp_core::crypto::AccountId32, frame_support::traits::tokens::fungible::HoldConsideration<A, F, R, D, Fp>>
   **/
  PalletPreimageRequestStatus: {
    _enum: {
      Unrequested: {
        ticket: '(AccountId32,u128)',
        len: 'u32',
      },
      Requested: {
        maybeTicket: 'Option<(AccountId32,u128)>',
        count: 'u32',
        maybeLen: 'Option<u32>'
      }
    }
  },
  /**
   * Lookup258: pallet_preimage::pallet::Error<T>
   **/
  PalletPreimageError: {
    _enum: ['TooBig', 'AlreadyNoted', 'NotAuthorized', 'NotNoted', 'Requested', 'NotRequested', 'TooMany', 'TooFew']
  },
  /**
   * Lookup259: pallet_referenda::types::ReferendumInfo<TrackId, openledger_runtime::OriginCaller, Moment, frame_support::traits::preimages::Bounded<openledger_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, Balance, pallet_conviction_voting::types::Tally<Votes, Total>, sp_core::crypto::AccountId32, ScheduleAddress>
   **/
  PalletReferendaReferendumInfo: {
    _enum: {
      Ongoing: 'PalletReferendaReferendumStatus',
      Approved: '(u32,Option<PalletReferendaDeposit>,Option<PalletReferendaDeposit>)',
      Rejected: '(u32,Option<PalletReferendaDeposit>,Option<PalletReferendaDeposit>)',
      Cancelled: '(u32,Option<PalletReferendaDeposit>,Option<PalletReferendaDeposit>)',
      TimedOut: '(u32,Option<PalletReferendaDeposit>,Option<PalletReferendaDeposit>)',
      Killed: 'u32'
    }
  },
  /**
   * Lookup260: pallet_referenda::types::ReferendumStatus<TrackId, openledger_runtime::OriginCaller, Moment, frame_support::traits::preimages::Bounded<openledger_runtime::RuntimeCall, sp_runtime::traits::BlakeTwo256>, Balance, pallet_conviction_voting::types::Tally<Votes, Total>, sp_core::crypto::AccountId32, ScheduleAddress>
   **/
  PalletReferendaReferendumStatus: {
    track: 'u16',
    origin: 'OpenledgerRuntimeOriginCaller',
    proposal: 'FrameSupportPreimagesBounded',
    enactment: 'FrameSupportScheduleDispatchTime',
    submitted: 'u32',
    submissionDeposit: 'PalletReferendaDeposit',
    decisionDeposit: 'Option<PalletReferendaDeposit>',
    deciding: 'Option<PalletReferendaDecidingStatus>',
    tally: 'PalletConvictionVotingTally',
    inQueue: 'bool',
    alarm: 'Option<(u32,(u32,u32))>'
  },
  /**
   * Lookup261: pallet_referenda::types::Deposit<sp_core::crypto::AccountId32, Balance>
   **/
  PalletReferendaDeposit: {
    who: 'AccountId32',
    amount: 'u128'
  },
  /**
   * Lookup264: pallet_referenda::types::DecidingStatus<BlockNumber>
   **/
  PalletReferendaDecidingStatus: {
    since: 'u32',
    confirming: 'Option<u32>'
  },
  /**
   * Lookup270: pallet_referenda::types::TrackDetails<Balance, Moment, Name>
   **/
  PalletReferendaTrackDetails: {
    name: 'Text',
    maxDeciding: 'u32',
    decisionDeposit: 'u128',
    preparePeriod: 'u32',
    decisionPeriod: 'u32',
    confirmPeriod: 'u32',
    minEnactmentPeriod: 'u32',
    minApproval: 'PalletReferendaCurve',
    minSupport: 'PalletReferendaCurve'
  },
  /**
   * Lookup271: pallet_referenda::types::Curve
   **/
  PalletReferendaCurve: {
    _enum: {
      LinearDecreasing: {
        length: 'Perbill',
        floor: 'Perbill',
        ceil: 'Perbill',
      },
      SteppedDecreasing: {
        begin: 'Perbill',
        end: 'Perbill',
        step: 'Perbill',
        period: 'Perbill',
      },
      Reciprocal: {
        factor: 'i64',
        xOffset: 'i64',
        yOffset: 'i64'
      }
    }
  },
  /**
   * Lookup274: pallet_referenda::pallet::Error<T, I>
   **/
  PalletReferendaError: {
    _enum: ['NotOngoing', 'HasDeposit', 'BadTrack', 'Full', 'QueueEmpty', 'BadReferendum', 'NothingToDo', 'NoTrack', 'Unfinished', 'NoPermission', 'NoDeposit', 'BadStatus', 'PreimageNotExist', 'PreimageStoredWithDifferentLength']
  },
  /**
   * Lookup276: pallet_conviction_voting::vote::Voting<Balance, sp_core::crypto::AccountId32, BlockNumber, PollIndex, MaxVotes>
   **/
  PalletConvictionVotingVoteVoting: {
    _enum: {
      Casting: 'PalletConvictionVotingVoteCasting',
      Delegating: 'PalletConvictionVotingVoteDelegating'
    }
  },
  /**
   * Lookup277: pallet_conviction_voting::vote::Casting<Balance, BlockNumber, PollIndex, MaxVotes>
   **/
  PalletConvictionVotingVoteCasting: {
    votes: 'Vec<(u32,PalletConvictionVotingVoteAccountVote)>',
    delegations: 'PalletConvictionVotingDelegations',
    prior: 'PalletConvictionVotingVotePriorLock'
  },
  /**
   * Lookup281: pallet_conviction_voting::types::Delegations<Balance>
   **/
  PalletConvictionVotingDelegations: {
    votes: 'u128',
    capital: 'u128'
  },
  /**
   * Lookup282: pallet_conviction_voting::vote::PriorLock<BlockNumber, Balance>
   **/
  PalletConvictionVotingVotePriorLock: '(u32,u128)',
  /**
   * Lookup283: pallet_conviction_voting::vote::Delegating<Balance, sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletConvictionVotingVoteDelegating: {
    balance: 'u128',
    target: 'AccountId32',
    conviction: 'PalletConvictionVotingConviction',
    delegations: 'PalletConvictionVotingDelegations',
    prior: 'PalletConvictionVotingVotePriorLock'
  },
  /**
   * Lookup287: pallet_conviction_voting::pallet::Error<T, I>
   **/
  PalletConvictionVotingError: {
    _enum: ['NotOngoing', 'NotVoter', 'NoPermission', 'NoPermissionYet', 'AlreadyDelegating', 'AlreadyVoting', 'InsufficientFunds', 'NotDelegating', 'Nonsense', 'MaxVotesReached', 'ClassNeeded', 'BadClass']
  },
  /**
   * Lookup288: pallet_governance_origins::pallet::TrackTiming<BlockNumber>
   **/
  PalletGovernanceOriginsTrackTiming: {
    _enum: {
      Production: 'Null',
      Compressed: {
        period: 'u32'
      }
    }
  },
  /**
   * Lookup289: pallet_whitelist::pallet::Error<T>
   **/
  PalletWhitelistError: {
    _enum: ['UnavailablePreImage', 'UndecodableCall', 'InvalidCallWeightWitness', 'CallIsNotWhitelisted', 'CallAlreadyWhitelisted', 'DeferredDispatchNotFound', 'DeferredDispatchNotExpired', 'AlreadyDeferred', 'DeferredDispatchExpired']
  },
  /**
   * Lookup291: pallet_collective::Votes<sp_core::crypto::AccountId32, BlockNumber>
   **/
  PalletCollectiveVotes: {
    index: 'u32',
    threshold: 'u32',
    ayes: 'Vec<AccountId32>',
    nays: 'Vec<AccountId32>',
    end: 'u32'
  },
  /**
   * Lookup292: pallet_collective::pallet::Error<T, I>
   **/
  PalletCollectiveError: {
    _enum: ['NotMember', 'DuplicateProposal', 'ProposalMissing', 'WrongIndex', 'DuplicateVote', 'AlreadyInitialized', 'TooEarly', 'TooManyProposals', 'WrongProposalWeight', 'WrongProposalLength', 'PrimeAccountNotMember', 'ProposalActive']
  },
  /**
   * Lookup293: pallet_datanets::types::DatanetInfo<T>
   **/
  PalletDatanetsDatanetInfo: {
    curator: 'AccountId32',
    depositor: 'AccountId32',
    deposit: 'u128',
    metadata: 'PalletDatanetsDatanetMetadata',
    mode: 'PalletDatanetsCurationMode',
    contributionDeposit: 'u128',
    status: 'PalletDatanetsDatanetStatus',
    pending: 'u32',
    accepted: 'u32',
    removed: 'u32',
    rejected: 'u32',
    contributors: 'u32',
    totalShare: 'u64',
    logLen: 'u64',
    logRoot: 'H256',
    latestVersion: 'u32',
    createdAt: 'u32'
  },
  /**
   * Lookup294: pallet_datanets::types::DatanetMetadata<T>
   **/
  PalletDatanetsDatanetMetadata: {
    name: 'Bytes',
    description: 'Bytes',
    uri: 'Bytes',
    license: 'Bytes'
  },
  /**
   * Lookup295: pallet_datanets::types::DatanetStatus
   **/
  PalletDatanetsDatanetStatus: {
    _enum: ['Active', 'Closed']
  },
  /**
   * Lookup296: pallet_datanets::types::Contribution<T>
   **/
  PalletDatanetsContribution: {
    _alias: {
      size_: 'size'
    },
    datanet: 'u32',
    contributor: 'AccountId32',
    contentHash: 'H256',
    size_: 'u64',
    uri: 'Bytes',
    status: 'OpenledgerPrimitivesContributionStatus',
    weight: 'u32',
    deposit: 'u128',
    submittedAt: 'u32'
  },
  /**
   * Lookup297: openledger_primitives::types::ContributionStatus
   **/
  OpenledgerPrimitivesContributionStatus: {
    _enum: ['Pending', 'Accepted', 'Rejected', 'Removed']
  },
  /**
   * Lookup298: pallet_datanets::types::Acceptance
   **/
  PalletDatanetsAcceptance: {
    position: 'u64',
    epoch: 'u32'
  },
  /**
   * Lookup303: pallet_datanets::types::ContributorInfo
   **/
  PalletDatanetsContributorInfo: {
    share: 'u64',
    contributions: 'u32'
  },
  /**
   * Lookup304: pallet_datanets::types::LogEntry
   **/
  PalletDatanetsLogEntry: {
    op: 'PalletDatanetsLogOp',
    contribution: 'u64',
    contentHash: 'H256',
    weight: 'u32'
  },
  /**
   * Lookup305: pallet_datanets::types::LogOp
   **/
  PalletDatanetsLogOp: {
    _enum: ['Add', 'Regrade', 'Drop']
  },
  /**
   * Lookup306: pallet_datanets::types::VersionInfo<BlockNumber>
   **/
  PalletDatanetsVersionInfo: {
    contributions: 'u32',
    totalShare: 'u64',
    logLen: 'u64',
    commitment: 'H256',
    publishedAt: 'u32'
  },
  /**
   * Lookup307: pallet_datanets::pallet::Error<T>
   **/
  PalletDatanetsError: {
    _enum: ['UnknownDatanet', 'UnknownContribution', 'NotCurator', 'NotContributor', 'DatanetClosed', 'NameTooLong', 'DescriptionTooLong', 'UriTooLong', 'LicenseTooLong', 'EmptyName', 'ContributionDepositOutOfBounds', 'ZeroSize', 'DuplicateContent', 'TooManyContributions', 'TooManyPending', 'NotExpired', 'TooManyContributionsFromContributor', 'NotPending', 'NotAccepted', 'WeightOutOfBounds', 'HasPendingContributions', 'DatanetStillActive', 'VersionUnchanged', 'AlreadyRemoved', 'AlreadyCurator', 'InsufficientBalance', 'Overflow', 'Underflow', 'OwnContribution']
  },
  /**
   * Lookup308: pallet_models::types::ModelInfo<T>
   **/
  PalletModelsModelInfo: {
    owner: 'AccountId32',
    depositor: 'AccountId32',
    deposit: 'u128',
    metadata: 'PalletModelsModelMetadata',
    artifactHash: 'H256',
    kind: 'OpenledgerPrimitivesModelKind',
    training: 'Vec<OpenledgerPrimitivesTrainingSource>',
    price: 'u128',
    terms: 'PalletModelsDerivativeTerms',
    lineage: 'Vec<PalletModelsLineageLink>',
    status: 'OpenledgerPrimitivesModelStatus',
    derivatives: 'u32',
    registeredAt: 'u32'
  },
  /**
   * Lookup309: pallet_models::types::ModelMetadata<T>
   **/
  PalletModelsModelMetadata: {
    name: 'Bytes',
    uri: 'Bytes'
  },
  /**
   * Lookup311: openledger_primitives::types::TrainingSource
   **/
  OpenledgerPrimitivesTrainingSource: {
    datanet: 'u32',
    version: 'u32',
    share: 'Perbill'
  },
  /**
   * Lookup314: pallet_models::types::LineageLink
   **/
  PalletModelsLineageLink: {
    model: 'u32',
    royalty: 'Perbill'
  },
  /**
   * Lookup316: openledger_primitives::types::ModelStatus
   **/
  OpenledgerPrimitivesModelStatus: {
    _enum: ['Active', 'Deprecated']
  },
  /**
   * Lookup317: pallet_models::pallet::Error<T>
   **/
  PalletModelsError: {
    _enum: ['UnknownModel', 'NotOwner', 'EmptyName', 'NameTooLong', 'UriTooLong', 'PriceBelowMinimum', 'RoyaltyTooHigh', 'TooManyTrainingDatanets', 'NoTrainingData', 'UnknownDatanet', 'UnknownVersion', 'VersionRetired', 'DuplicateDatanet', 'SharesNotWhole', 'UnknownParent', 'ParentDeprecated', 'DerivativesNotAllowed', 'LineageTooDeep', 'RoyaltyStackTooHigh', 'AlreadyDeprecated', 'NotDeprecated', 'DepositAlreadyReleased', 'RequestsStillOpen', 'AlreadyOwner', 'UnderChallenge', 'InsufficientBalance', 'Overflow']
  },
  /**
   * Lookup318: pallet_inference::types::ProviderInfo<T>
   **/
  PalletInferenceProviderInfo: {
    stake: 'u128',
    models: 'Vec<u32>',
    openRequests: 'u32',
    unbondingAt: 'Option<u32>'
  },
  /**
   * Lookup319: pallet_inference::types::Request<T>
   **/
  PalletInferenceRequest: {
    user: 'AccountId32',
    model: 'u32',
    provider: 'AccountId32',
    fee: 'u128',
    deposit: 'u128',
    inputHash: 'H256',
    deadline: 'u32',
    status: 'PalletInferenceRequestStatus'
  },
  /**
   * Lookup320: pallet_inference::types::RequestStatus<T>
   **/
  PalletInferenceRequestStatus: {
    _enum: {
      Requested: 'Null',
      Answered: {
        outputHash: 'H256',
        at: 'u32',
      },
      Challenged: {
        outputHash: 'H256',
        at: 'u32',
        challenger: 'AccountId32',
        bond: 'u128'
      }
    }
  },
  /**
   * Lookup322: pallet_inference::pallet::Error<T>
   **/
  PalletInferenceError: {
    _enum: ['AlreadyProvider', 'UnknownProvider', 'NoModels', 'TooManyModels', 'AlreadyServing', 'NotServingModel', 'StakeBelowMinimum', 'InsufficientBalance', 'ProviderUnbonding', 'OpenRequests', 'NotUnbonding', 'UnbondingNotDue', 'UnknownModel', 'ModelNotActive', 'PriceAboveMaxFee', 'UnknownRequest', 'RequestClosed', 'NotAssignedProvider', 'AlreadyAnswered', 'DeadlinePassed', 'ScoresOverHundredPercent', 'DuplicateContribution', 'DuplicateDatanet', 'UnknownContribution', 'ContributionNotAccepted', 'ContributionNotAttributable', 'DatanetNotAttributable', 'NotRequester', 'DeadlineNotReached', 'NotAnswered', 'ChallengeWindowClosed', 'ChallengeWindowOpen', 'UnderChallenge', 'NotChallenged', 'EscrowMissing', 'Overflow', 'Underflow', 'ZeroAmount', 'TooManyParties', 'ContributionNotInCitedVersion']
  },
  /**
   * Lookup323: pallet_rewards::types::AccountLedger<Balance>
   **/
  PalletRewardsAccountLedger: {
    credits: 'u128',
    lifetime: 'PalletRewardsAccountEarnings'
  },
  /**
   * Lookup324: pallet_rewards::types::AccountEarnings<Balance>
   **/
  PalletRewardsAccountEarnings: {
    asOwner: 'u128',
    asAncestor: 'u128',
    asProvider: 'u128',
    asContributor: 'u128',
    fromPools: 'u128',
    claimed: 'u128'
  },
  /**
   * Lookup325: pallet_rewards::types::PoolRecord<T>
   **/
  PalletRewardsPoolRecord: {
    pool: 'PalletRewardsPool',
    epochs: 'Vec<PalletRewardsEpochPool>'
  },
  /**
   * Lookup326: pallet_rewards::types::Pool<Balance>
   **/
  PalletRewardsPool: {
    rewardPerShare: 'U256',
    paidIn: 'u128',
    claimed: 'u128',
    direct: 'u128',
    payments: 'u64',
    roundings: 'u64'
  },
  /**
   * Lookup330: pallet_rewards::types::EpochPool
   **/
  PalletRewardsEpochPool: {
    epoch: 'u32',
    change: 'i128',
    rewardPerShare: 'U256'
  },
  /**
   * Lookup334: pallet_rewards::types::MemberEpoch
   **/
  PalletRewardsMemberEpoch: {
    epoch: 'u32',
    change: 'i128',
    debt: 'U256'
  },
  /**
   * Lookup337: pallet_rewards::types::FoldedEpoch
   **/
  PalletRewardsFoldedEpoch: {
    rewardPerShare: 'U256',
    zeroAtFold: 'U256'
  },
  /**
   * Lookup338: pallet_rewards::types::PoolMember<Balance>
   **/
  PalletRewardsPoolMember: {
    debt: 'U256',
    pending: 'u128',
    claimed: 'u128'
  },
  /**
   * Lookup339: pallet_rewards::types::ModelEarnings<Balance>
   **/
  PalletRewardsModelEarnings: {
    calls: 'u64',
    fees: 'u128',
    toOwner: 'u128',
    toAncestors: 'u128',
    toProviders: 'u128',
    toData: 'u128',
    toTreasury: 'u128',
    royaltiesReceived: 'u128'
  },
  /**
   * Lookup340: pallet_rewards::types::Receipt<T>
   **/
  PalletRewardsReceipt: {
    model: 'u32',
    fee: 'u128',
    treasury: 'u128',
    provider: 'PalletRewardsPayee',
    owner: 'PalletRewardsPayee',
    ancestors: 'Vec<PalletRewardsAncestorPart>',
    contributors: 'Vec<PalletRewardsContributorPart>',
    pools: 'Vec<PalletRewardsPoolPart>',
    attribution: 'OpenledgerPrimitivesAttribution',
    dataSide: 'Perbill',
    settledAt: 'u32'
  },
  /**
   * Lookup341: pallet_rewards::types::Payee<sp_core::crypto::AccountId32, Balance>
   **/
  PalletRewardsPayee: {
    account: 'AccountId32',
    amount: 'u128'
  },
  /**
   * Lookup343: pallet_rewards::types::AncestorPart<sp_core::crypto::AccountId32, Balance>
   **/
  PalletRewardsAncestorPart: {
    model: 'u32',
    owner: 'AccountId32',
    amount: 'u128'
  },
  /**
   * Lookup346: pallet_rewards::types::ContributorPart<sp_core::crypto::AccountId32, Balance>
   **/
  PalletRewardsContributorPart: {
    contribution: 'u64',
    datanet: 'u32',
    contributor: 'AccountId32',
    amount: 'u128'
  },
  /**
   * Lookup349: pallet_rewards::types::PoolPart<Balance>
   **/
  PalletRewardsPoolPart: {
    datanet: 'u32',
    amount: 'u128'
  },
  /**
   * Lookup351: frame_support::PalletId
   **/
  FrameSupportPalletId: '[u8;8]',
  /**
   * Lookup352: pallet_rewards::pallet::Error<T>
   **/
  PalletRewardsError: {
    _enum: ['TailHolderCannotReceive', 'PolicyNotComplete', 'DataSideOutOfBounds', 'DataSideAboveModelSide', 'UnknownModel', 'NotModelOwner', 'AlreadySettled', 'ScoresOverHundredPercent', 'NothingToClaim', 'Overflow', 'Underflow', 'PoolOverflow', 'TreasuryCannotReceive', 'PalletAccountCannotReceive']
  },
  /**
   * Lookup353: pallet_court::types::JurorInfo<T>
   **/
  PalletCourtJurorInfo: {
    stake: 'u128',
    seats: 'u32',
    leavingSince: 'Option<u32>'
  },
  /**
   * Lookup355: pallet_court::types::Case<T>
   **/
  PalletCourtCase: {
    evidence: 'OpenledgerPrimitivesChallengeEvidence',
    parties: 'Vec<AccountId32>',
    rounds: 'u32',
    phase: 'PalletCourtPhase'
  },
  /**
   * Lookup356: openledger_primitives::types::ChallengeEvidence<MaxUriLength>
   **/
  OpenledgerPrimitivesChallengeEvidence: {
    model: 'u32',
    outputHash: 'H256',
    outputUri: 'Bytes'
  },
  /**
   * Lookup358: pallet_court::types::Phase<BlockNumber>
   **/
  PalletCourtPhase: {
    _enum: {
      Drawing: {
        at: 'u32',
      },
      Voting: {
        commitEnd: 'u32',
        revealEnd: 'u32',
      },
      Appealable: {
        until: 'u32',
      },
      Fallback: {
        until: 'u32'
      }
    }
  },
  /**
   * Lookup360: pallet_court::types::Round<T>
   **/
  PalletCourtRound: {
    seats: 'Vec<PalletCourtSeat>',
    ruling: 'Option<bool>',
    appeal: 'Option<(AccountId32,u128)>'
  },
  /**
   * Lookup362: pallet_court::types::Seat<T>
   **/
  PalletCourtSeat: {
    juror: 'AccountId32',
    stake: 'u128',
    vote: 'PalletCourtVote'
  },
  /**
   * Lookup363: pallet_court::types::Vote
   **/
  PalletCourtVote: {
    _enum: {
      None: 'Null',
      Committed: 'H256',
      Revealed: 'bool'
    }
  },
  /**
   * Lookup368: pallet_court::types::JuryFee<T>
   **/
  PalletCourtJuryFee: {
    payer: 'AccountId32',
    amount: 'u128'
  },
  /**
   * Lookup371: pallet_court::pallet::Error<T>
   **/
  PalletCourtError: {
    _enum: ['NoParameters', 'InvalidParameters', 'AlreadyJuror', 'NotJuror', 'StakeTooLow', 'PoolFull', 'AlreadyLeaving', 'NotLeaving', 'LeaveDelayNotPassed', 'StillSeated', 'InsufficientBalance', 'UnknownCase', 'CaseExists', 'NotDrawing', 'DrawTooEarly', 'NotVoting', 'NotDrawn', 'CommitClosed', 'AlreadyCommitted', 'RevealNotOpen', 'RevealClosed', 'NothingToReveal', 'CommitmentMismatch', 'TallyTooEarly', 'NotAppealable', 'AppealClosed', 'AppealOpen', 'NotInFallback', 'FallbackNotExpired', 'UnknownJuror', 'UnknownRound', 'Overflow']
  },
  /**
   * Lookup373: pallet_batches::types::Escrow<T>
   **/
  PalletBatchesEscrow: {
    amount: 'u128',
    deposit: 'u128',
    unlock: 'Option<PalletBatchesUnlock>'
  },
  /**
   * Lookup375: pallet_batches::types::Unlock<BlockNumber>
   **/
  PalletBatchesUnlock: {
    at: 'u32',
    lastEpoch: 'u32'
  },
  /**
   * Lookup376: pallet_batches::types::Batch<T>
   **/
  PalletBatchesBatch: {
    provider: 'AccountId32',
    model: 'u32',
    epoch: 'u32',
    calls: 'u64',
    fees: 'u128',
    payers: 'Vec<PalletBatchesPayerTotal>',
    callsRoot: 'H256',
    scores: 'OpenledgerPrimitivesBatchScores',
    tailRoot: 'H256',
    tailLeaves: 'u32',
    terms: 'PalletRewardsSplitPolicy',
    deposit: 'u128',
    status: 'PalletBatchesBatchStatus'
  },
  /**
   * Lookup378: pallet_batches::types::PayerTotal<sp_core::crypto::AccountId32, Balance>
   **/
  PalletBatchesPayerTotal: {
    payer: 'AccountId32',
    calls: 'u64',
    fee: 'u128',
    receiptsRoot: 'H256'
  },
  /**
   * Lookup380: pallet_batches::types::BatchStatus<BlockNumber, Balance>
   **/
  PalletBatchesBatchStatus: {
    _enum: {
      Audit: {
        seedAt: 'u32',
        revealBy: 'u32',
        revealed: 'u32',
      },
      Settled: {
        tail: 'u128',
        claimed: 'u128',
        claimsUntil: 'u32',
      },
      Void: {
        closableAt: 'u32'
      }
    }
  },
  /**
   * Lookup382: pallet_batches::types::Dispute<T>
   **/
  PalletBatchesDispute: {
    batch: 'u64',
    challenger: 'AccountId32',
    bond: 'u128',
    subject: 'PalletBatchesDisputeSubject',
    models: 'Vec<u32>'
  },
  /**
   * Lookup384: pallet_batches::pallet::Error<T>
   **/
  PalletBatchesError: {
    _enum: ['ZeroAmount', 'EscrowExists', 'NoEscrow', 'Unlocking', 'NotUnlocking', 'UnlockNotDue', 'InsufficientBalance', 'EpochNotOver', 'SubmitWindowClosed', 'AlreadySubmitted', 'NoPayers', 'DuplicatePayer', 'EmptyClaim', 'BadSignature', 'EscrowInsufficient', 'EscrowUnlocked', 'BadScores', 'BadTail', 'TooManyCalls', 'StakeTooLow', 'UnknownBatch', 'NotInAudit', 'AuditNotStarted', 'RevealWindowClosed', 'AuditNotOver', 'NoSuchSample', 'AlreadyRevealed', 'SeedUnavailable', 'WrongRecord', 'BadProof', 'NotSignedByPayer', 'NotSettled', 'ClaimWindowClosed', 'NotClosable', 'AlreadyClaimed', 'ContributionNotPayable', 'TailExhausted', 'Overflow', 'DisputeWindowClosed', 'UnderDispute', 'BadAcknowledgement', 'UnknownDispute', 'NotADispute', 'TooManyParties', 'UnknownModel']
  },
  /**
   * Lookup388: sp_runtime::generic::block::LazyBlock<sp_runtime::generic::header::Header<Number, Hash>, sp_runtime::generic::unchecked_extrinsic::UncheckedExtrinsic<sp_runtime::multiaddress::MultiAddress<sp_core::crypto::AccountId32, AccountIndex>, openledger_runtime::RuntimeCall, sp_runtime::MultiSignature, Extra>>
   **/
  SpRuntimeBlockLazyBlock: {
    header: 'SpRuntimeHeader',
    extrinsics: 'Vec<Bytes>'
  },
  /**
   * Lookup391: sp_runtime::ExtrinsicInclusionMode
   **/
  SpRuntimeExtrinsicInclusionMode: {
    _enum: ['AllExtrinsics', 'OnlyInherents']
  },
  /**
   * Lookup394: frame_support::view_functions::ViewFunctionId
   **/
  FrameSupportViewFunctionsViewFunctionId: {
    prefix: '[u8;16]',
    suffix: '[u8;16]'
  },
  /**
   * Lookup397: frame_support::view_functions::ViewFunctionDispatchError
   **/
  FrameSupportViewFunctionsViewFunctionDispatchError: {
    _enum: {
      NotImplemented: 'Null',
      NotFound: 'FrameSupportViewFunctionsViewFunctionId',
      Codec: 'Null'
    }
  },
  /**
   * Lookup399: sp_runtime::transaction_validity::TransactionValidityError
   **/
  SpRuntimeTransactionValidityTransactionValidityError: {
    _enum: {
      Invalid: 'SpRuntimeTransactionValidityInvalidTransaction',
      Unknown: 'SpRuntimeTransactionValidityUnknownTransaction'
    }
  },
  /**
   * Lookup400: sp_runtime::transaction_validity::InvalidTransaction
   **/
  SpRuntimeTransactionValidityInvalidTransaction: {
    _enum: {
      Call: 'Null',
      Payment: 'Null',
      Future: 'Null',
      Stale: 'Null',
      BadProof: 'Null',
      AncientBirthBlock: 'Null',
      ExhaustsResources: 'Null',
      Custom: 'u8',
      BadMandatory: 'Null',
      MandatoryValidation: 'Null',
      BadSigner: 'Null',
      IndeterminateImplicit: 'Null',
      UnknownOrigin: 'Null'
    }
  },
  /**
   * Lookup401: sp_runtime::transaction_validity::UnknownTransaction
   **/
  SpRuntimeTransactionValidityUnknownTransaction: {
    _enum: {
      CannotLookup: 'Null',
      NoUnsignedValidator: 'Null',
      Custom: 'u8'
    }
  },
  /**
   * Lookup402: sp_inherents::InherentData
   **/
  SpInherentsInherentData: {
    data: 'BTreeMap<[u8;8], Bytes>'
  },
  /**
   * Lookup406: sp_inherents::CheckInherentsResult
   **/
  SpInherentsCheckInherentsResult: {
    okay: 'bool',
    fatalError: 'bool',
    errors: 'SpInherentsInherentData'
  },
  /**
   * Lookup407: sp_runtime::transaction_validity::TransactionSource
   **/
  SpRuntimeTransactionValidityTransactionSource: {
    _enum: ['InBlock', 'Local', 'External']
  },
  /**
   * Lookup409: sp_runtime::transaction_validity::ValidTransaction
   **/
  SpRuntimeTransactionValidityValidTransaction: {
    priority: 'u64',
    requires: 'Vec<Bytes>',
    provides: 'Vec<Bytes>',
    longevity: 'u64',
    propagate: 'bool'
  },
  /**
   * Lookup412: sp_session::runtime_api::OpaqueGeneratedSessionKeys
   **/
  SpSessionRuntimeApiOpaqueGeneratedSessionKeys: {
    _alias: {
      keys_: 'keys'
    },
    keys_: 'Bytes',
    proof: 'Bytes'
  },
  /**
   * Lookup416: sp_core::crypto::KeyTypeId
   **/
  SpCoreCryptoKeyTypeId: '[u8;4]',
  /**
   * Lookup420: pallet_transaction_payment::types::RuntimeDispatchInfo<Balance, sp_weights::weight_v2::Weight>
   **/
  PalletTransactionPaymentRuntimeDispatchInfo: {
    weight: 'SpWeightsWeightV2Weight',
    class: 'FrameSupportDispatchDispatchClass',
    partialFee: 'u128'
  },
  /**
   * Lookup421: pallet_transaction_payment::types::FeeDetails<Balance>
   **/
  PalletTransactionPaymentFeeDetails: {
    inclusionFee: 'Option<PalletTransactionPaymentInclusionFee>',
    tip: 'u128'
  },
  /**
   * Lookup423: pallet_transaction_payment::types::InclusionFee<Balance>
   **/
  PalletTransactionPaymentInclusionFee: {
    baseFee: 'u128',
    lenFee: 'u128',
    adjustedWeightFee: 'u128'
  },
  /**
   * Lookup424: pallet_rewards::types::AccountRewards<Balance>
   **/
  PalletRewardsAccountRewards: {
    claimableCredits: 'u128',
    claimableTotal: 'u128',
    lifetime: 'PalletRewardsAccountEarnings',
    pools: 'Vec<PalletRewardsPoolPosition>'
  },
  /**
   * Lookup426: pallet_rewards::types::PoolPosition<Balance>
   **/
  PalletRewardsPoolPosition: {
    datanet: 'u32',
    share: 'u64',
    claimable: 'u128',
    claimed: 'u128'
  },
  /**
   * Lookup427: pallet_rewards::types::AccountRewardsPage<Balance>
   **/
  PalletRewardsAccountRewardsPage: {
    rewards: 'PalletRewardsAccountRewards',
    next: 'Option<u32>'
  },
  /**
   * Lookup430: pallet_models::types::ModelLineage<sp_core::crypto::AccountId32>
   **/
  PalletModelsModelLineage: {
    model: 'u32',
    owner: 'AccountId32',
    kind: 'OpenledgerPrimitivesModelKind',
    ancestors: 'Vec<OpenledgerPrimitivesAncestor>'
  },
  /**
   * Lookup432: openledger_primitives::types::Ancestor<sp_core::crypto::AccountId32>
   **/
  OpenledgerPrimitivesAncestor: {
    model: 'u32',
    owner: 'AccountId32',
    royalty: 'Perbill'
  },
  /**
   * Lookup434: pallet_rewards::types::ModelEarningsReport<Balance>
   **/
  PalletRewardsModelEarningsReport: {
    totals: 'PalletRewardsModelEarnings',
    perDatanet: 'Vec<PalletRewardsPoolPart>'
  },
  /**
   * Lookup436: attribution_runtime_api::DatanetReport<sp_core::crypto::AccountId32, Balance>
   **/
  AttributionRuntimeApiDatanetReport: {
    datanet: 'PalletDatanetsDatanetStats',
    pool: 'PalletRewardsPool'
  },
  /**
   * Lookup437: pallet_datanets::types::DatanetStats<sp_core::crypto::AccountId32>
   **/
  PalletDatanetsDatanetStats: {
    curator: 'AccountId32',
    active: 'bool',
    pending: 'u32',
    accepted: 'u32',
    rejected: 'u32',
    removed: 'u32',
    contributors: 'u32',
    totalShare: 'u64',
    latestVersion: 'u32'
  },
  /**
   * Lookup438: openledger_primitives::query::AttributionInput
   **/
  OpenledgerPrimitivesQueryAttributionInput: {
    contributions: 'Vec<(u64,Perbill)>',
    datanets: 'Vec<(u32,Perbill)>'
  },
  /**
   * Lookup442: pallet_datanets::types::ContributionView<sp_core::crypto::AccountId32>
   **/
  PalletDatanetsContributionView: {
    _alias: {
      size_: 'size'
    },
    id: 'u64',
    datanet: 'u32',
    contributor: 'AccountId32',
    status: 'OpenledgerPrimitivesContributionStatus',
    weight: 'u32',
    contentHash: 'H256',
    size_: 'u64'
  },
  /**
   * Lookup447: openledger_primitives::query::Page<pallet_datanets::types::LogEntryView, Key>
   **/
  OpenledgerPrimitivesQueryPageLogEntryView: {
    items: 'Vec<PalletDatanetsLogEntryView>',
    next: 'Option<u64>'
  },
  /**
   * Lookup448: pallet_datanets::types::LogEntryView
   **/
  PalletDatanetsLogEntryView: {
    position: 'u64',
    entry: 'PalletDatanetsLogEntry',
    uri: 'Option<Bytes>'
  },
  /**
   * Lookup450: openledger_primitives::query::Page<Item, Key>
   **/
  OpenledgerPrimitivesQueryPageU32: {
    items: 'Vec<u32>',
    next: 'Option<u32>'
  },
  /**
   * Lookup454: openledger_runtime::RuntimeError
   **/
  OpenledgerRuntimeRuntimeError: {
    _enum: {
      System: 'FrameSystemError',
      __Unused1: 'Null',
      __Unused2: 'Null',
      Grandpa: 'PalletGrandpaError',
      Balances: 'PalletBalancesError',
      __Unused5: 'Null',
      Sudo: 'PalletSudoError',
      Utility: 'PalletUtilityError',
      Scheduler: 'PalletSchedulerError',
      Preimage: 'PalletPreimageError',
      Referenda: 'PalletReferendaError',
      ConvictionVoting: 'PalletConvictionVotingError',
      __Unused12: 'Null',
      Whitelist: 'PalletWhitelistError',
      TechnicalCommittee: 'PalletCollectiveError',
      __Unused15: 'Null',
      __Unused16: 'Null',
      __Unused17: 'Null',
      __Unused18: 'Null',
      __Unused19: 'Null',
      Datanets: 'PalletDatanetsError',
      Models: 'PalletModelsError',
      Inference: 'PalletInferenceError',
      Rewards: 'PalletRewardsError',
      Court: 'PalletCourtError',
      Batches: 'PalletBatchesError'
    }
  }
};
