//! OpenGov: referenda on tracks, conviction voting, the scheduler and preimages that enact
//! them, the technical committee and the whitelist for urgent fixes.
//!
//! Each of the OpenLedger pallets' privileged calls asks for the origin of one track (or root),
//! never for a wider one:
//!
//! | call | origin |
//! |---|---|
//! | `Rewards::set_policy`, `Inference::set_min_provider_stake`, `Court::set_parameters` | `economic_params` |
//! | `Datanets::{accept, reject, reject_as_spam, grade, remove}_contribution` by governance | `content_moderation` |
//! | `Court::decide` | `dispute_fallback` |
//! | `Referenda::cancel` / `kill` | `referendum_canceller` / `referendum_killer` |
//! | `Whitelist::dispatch_whitelisted_call*` | `whitelisted_caller` |
//! | anything else (runtime upgrades, …) | `root` |
//!
//! The periods of the tracks are in [`super::tracks`].

use super::{part_of_block, tracks::TracksInfo};
use crate::{
	AccountId, Balance, Balances, BlockNumber, OriginCaller, Preimage, Referenda, Runtime,
	RuntimeCall, RuntimeEvent, RuntimeHoldReason, RuntimeOrigin, Scheduler, System, DAYS,
	MILLI_OPEN, OPEN,
};
use frame_support::{
	parameter_types,
	traits::{
		fungible::HoldConsideration, AsEnsureOriginWithArg, ConstU32, EitherOf, EqualPrivilegeOnly,
		LinearStoragePrice,
	},
	weights::Weight,
};
use frame_system::{EnsureRoot, EnsureSigned};
use pallet_governance_origins::{
	EnsureContentModeration, EnsureDisputeFallback, EnsureEconomicParams,
	EnsureReferendumCanceller, EnsureReferendumKiller, EnsureWhitelistedCaller,
};
use sp_runtime::Perbill;

/// Root, or a passed `economic_params` referendum.
pub type EconomicParamsOrigin = EitherOf<EnsureRoot<AccountId>, EnsureEconomicParams>;
/// Root, or a passed `content_moderation` referendum.
pub type ContentModerationOrigin = EitherOf<EnsureRoot<AccountId>, EnsureContentModeration>;
/// Root, or a passed `dispute_fallback` referendum.
pub type DisputeFallbackOrigin = EitherOf<EnsureRoot<AccountId>, EnsureDisputeFallback>;

impl pallet_governance_origins::Config for Runtime {}

parameter_types! {
	/// Scheduled calls (enactments) may use 80% of a block.
	pub MaximumSchedulerWeight: Weight = part_of_block(Perbill::from_percent(80));
}

impl pallet_scheduler::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeOrigin = RuntimeOrigin;
	type PalletsOrigin = OriginCaller;
	type RuntimeCall = RuntimeCall;
	type MaximumWeight = MaximumSchedulerWeight;
	/// Only root schedules directly; referenda schedule through their own origin.
	type ScheduleOrigin = EnsureRoot<AccountId>;
	type OriginPrivilegeCmp = EqualPrivilegeOnly;
	type MaxScheduledPerBlock = ConstU32<50>;
	type WeightInfo = crate::weights::pallet_scheduler::WeightInfo<Runtime>;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

parameter_types! {
	pub const PreimageBaseDeposit: Balance = OPEN;
	pub const PreimageByteDeposit: Balance = 10 * MILLI_OPEN / 1_000;
	pub const PreimageHoldReason: RuntimeHoldReason =
		RuntimeHoldReason::Preimage(pallet_preimage::HoldReason::Preimage);
}

impl pallet_preimage::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::pallet_preimage::WeightInfo<Runtime>;
	type Currency = Balances;
	type ManagerOrigin = EnsureRoot<AccountId>;
	/// A noted preimage holds 1 OPEN plus 0.01 milli-OPEN per byte, returned when unnoted.
	type Consideration = HoldConsideration<
		AccountId,
		Balances,
		PreimageHoldReason,
		LinearStoragePrice<PreimageBaseDeposit, PreimageByteDeposit, Balance>,
	>;
}

parameter_types! {
	/// Votes stay locked a week per conviction doubling (1x conviction: one week).
	pub const VoteLockingPeriod: BlockNumber = 7 * DAYS;
}

impl pallet_conviction_voting::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::pallet_conviction_voting::WeightInfo<Runtime>;
	type Currency = Balances;
	type Polls = Referenda;
	/// Support is measured against the active issuance.
	type MaxTurnout =
		frame_support::traits::tokens::currency::ActiveIssuanceOf<Balances, Self::AccountId>;
	type MaxVotes = ConstU32<64>;
	type VoteLockingPeriod = VoteLockingPeriod;
	type BlockNumberProvider = System;
	type VotingHooks = ();
}

parameter_types! {
	pub const SubmissionDeposit: Balance = OPEN;
	/// A referendum that never gets its decision deposit times out after two weeks.
	pub const UndecidingTimeout: BlockNumber = 14 * DAYS;
}

impl pallet_referenda::Config for Runtime {
	type RuntimeCall = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::pallet_referenda::WeightInfo<Runtime>;
	type Scheduler = Scheduler;
	type Currency = Balances;
	/// Any account may submit, with the submission deposit.
	type SubmitOrigin = AsEnsureOriginWithArg<EnsureSigned<AccountId>>;
	type CancelOrigin = EitherOf<EnsureRoot<AccountId>, EnsureReferendumCanceller>;
	type KillOrigin = EitherOf<EnsureRoot<AccountId>, EnsureReferendumKiller>;
	/// Deposits of killed referenda are burnt.
	type Slash = ();
	type Votes = pallet_conviction_voting::VotesOf<Runtime>;
	type Tally = pallet_conviction_voting::TallyOf<Runtime>;
	type SubmissionDeposit = SubmissionDeposit;
	type MaxQueued = ConstU32<100>;
	type UndecidingTimeout = UndecidingTimeout;
	type AlarmInterval = ConstU32<1>;
	type Tracks = TracksInfo;
	type Preimages = Preimage;
	type BlockNumberProvider = System;
}

parameter_types! {
	/// A motion of the technical committee lasts at most three days.
	pub const TechnicalMotionDuration: BlockNumber = 3 * DAYS;
	pub MaxProposalWeight: Weight = part_of_block(Perbill::from_percent(50));
}

/// The technical committee: a handful of experts who may whitelist an urgent call, which the
/// `whitelisted_caller` track then dispatches with a short referendum.
pub type TechnicalCollective = pallet_collective::Instance1;

impl pallet_collective::Config<TechnicalCollective> for Runtime {
	type RuntimeOrigin = RuntimeOrigin;
	type Proposal = RuntimeCall;
	type RuntimeEvent = RuntimeEvent;
	type MotionDuration = TechnicalMotionDuration;
	type MaxProposals = ConstU32<20>;
	type MaxMembers = ConstU32<16>;
	type DefaultVote = pallet_collective::PrimeDefaultVote;
	type WeightInfo = crate::weights::pallet_collective::WeightInfo<Runtime>;
	/// Its members change by a root referendum.
	type SetMembersOrigin = EnsureRoot<AccountId>;
	type MaxProposalWeight = MaxProposalWeight;
	type DisapproveOrigin = EnsureRoot<AccountId>;
	type KillOrigin = EnsureRoot<AccountId>;
	type Consideration = ();
}

impl pallet_whitelist::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	/// Two thirds of the technical committee whitelist a call.
	type WhitelistOrigin = EitherOf<
		EnsureRoot<AccountId>,
		pallet_collective::EnsureProportionAtLeast<AccountId, TechnicalCollective, 2, 3>,
	>;
	type DispatchWhitelistedOrigin = EitherOf<EnsureRoot<AccountId>, EnsureWhitelistedCaller>;
	type Preimages = Preimage;
	type DeferredDispatchExpiration = ConstU32<{ 7 * DAYS }>;
	type BlockNumberProvider = System;
	type WeightInfo = crate::weights::pallet_whitelist::WeightInfo<Runtime>;
}
