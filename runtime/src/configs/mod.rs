//! `Config` of every pallet in the runtime.

pub mod batches;
pub mod governance;
pub mod tracks;

use governance::{ContentModerationOrigin, DisputeFallbackOrigin, EconomicParamsOrigin};

use crate::{
	weights::{block_weights::BlockExecutionWeight, extrinsic_weights::ExtrinsicBaseWeight},
	Court, Datanets, Inference, Models, Rewards, MILLI_OPEN, OPEN,
};
use crate::{
	AccountId, Aura, Balance, Balances, Block, BlockNumber, Hash, Nonce, OriginCaller, PalletInfo,
	Runtime, RuntimeCall, RuntimeEvent, RuntimeFreezeReason, RuntimeHoldReason, RuntimeOrigin,
	RuntimeTask, System, DAYS, EXISTENTIAL_DEPOSIT, HOURS, MINUTES, SLOT_DURATION, SS58_PREFIX,
	VERSION,
};

use frame_support::{
	derive_impl,
	dispatch::DispatchClass,
	parameter_types,
	traits::{ConstBool, ConstU128, ConstU32, ConstU64, ConstU8, VariantCountOf},
	weights::{constants::WEIGHT_REF_TIME_PER_SECOND, ConstantMultiplier, Weight},
	PalletId,
};
use frame_system::limits::{BlockLength, BlockWeights};
use pallet_transaction_payment::{ConstFeeMultiplier, FungibleAdapter, Multiplier};
use sp_consensus_aura::sr25519::AuthorityId as AuraId;
use sp_runtime::{traits::AccountIdConversion, traits::One, Perbill};

/// Normal extrinsics may fill three quarters of the block; the last quarter is kept for
/// operational (governance, system) ones.
const NORMAL_DISPATCH_RATIO: Perbill = Perbill::from_percent(75);
/// Two seconds of compute per block.
const MAXIMUM_BLOCK_WEIGHT: Weight =
	Weight::from_parts(2u64 * WEIGHT_REF_TIME_PER_SECOND, u64::MAX);
/// `part` of the largest block's weight (both ref time and proof size).
pub(crate) fn part_of_block(part: Perbill) -> Weight {
	Weight::from_parts(
		part.mul_floor(MAXIMUM_BLOCK_WEIGHT.ref_time()),
		part.mul_floor(MAXIMUM_BLOCK_WEIGHT.proof_size()),
	)
}
/// What normal extrinsics may fill: `NORMAL_DISPATCH_RATIO` of the block.
fn normal_block_weight() -> Weight {
	part_of_block(NORMAL_DISPATCH_RATIO)
}
/// Largest block, in bytes.
const MAX_BLOCK_LENGTH: u32 = 5 * 1024 * 1024;

parameter_types! {
	pub const BlockHashCount: BlockNumber = 2400;
	pub const Version: sp_version::RuntimeVersion = VERSION;
	/// Two seconds of compute per 6 s block, as on the reference hardware of the weights; the
	/// block and extrinsic base weights are our own (`benchmark overhead`).
	pub RuntimeBlockWeights: BlockWeights = BlockWeights::builder()
		.base_block(BlockExecutionWeight::get())
		.for_class(DispatchClass::all(), |weights| {
			weights.base_extrinsic = ExtrinsicBaseWeight::get();
		})
		.for_class(DispatchClass::Normal, |weights| {
			weights.max_total = Some(normal_block_weight());
		})
		.for_class(DispatchClass::Operational, |weights| {
			weights.max_total = Some(MAXIMUM_BLOCK_WEIGHT);
			weights.reserved = Some(
				MAXIMUM_BLOCK_WEIGHT.saturating_sub(normal_block_weight()),
			);
		})
		.avg_block_initialization(Perbill::from_percent(10))
		.build_or_panic();
	/// 5 MiB blocks, of which normal extrinsics may fill `NORMAL_DISPATCH_RATIO`.
	pub RuntimeBlockLength: BlockLength = BlockLength::builder()
		.max_length(MAX_BLOCK_LENGTH)
		.modify_max_length_for_class(DispatchClass::Normal, |max| {
			*max = NORMAL_DISPATCH_RATIO.mul_floor(MAX_BLOCK_LENGTH)
		})
		.build();
	pub const SS58Prefix: u16 = SS58_PREFIX;
	/// The account that receives the treasury's parts (splits, slashes, rounding remainders).
	pub const TreasuryPalletId: PalletId = PalletId(*b"ol/trsry");
	pub TreasuryAccount: AccountId = TreasuryPalletId::get().into_account_truncating();
}

#[derive_impl(frame_system::config_preludes::SolochainDefaultConfig)]
impl frame_system::Config for Runtime {
	type Block = Block;
	type BlockWeights = RuntimeBlockWeights;
	type BlockLength = RuntimeBlockLength;
	type SystemWeightInfo = crate::weights::frame_system::WeightInfo<Runtime>;
	type ExtensionsWeightInfo = crate::weights::frame_system_extensions::WeightInfo<Runtime>;
	type AccountId = AccountId;
	type Nonce = Nonce;
	type Hash = Hash;
	type BlockHashCount = BlockHashCount;
	/// The node stores state in ParityDB (no RocksDB in this tree); measured on a populated
	/// dev chain by `benchmarks/run.sh storage`.
	type DbWeight = crate::weights::paritydb_weights::constants::ParityDbWeight;
	type Version = Version;
	type AccountData = pallet_balances::AccountData<Balance>;
	type SS58Prefix = SS58Prefix;
	type MaxConsumers = ConstU32<16>;
}

impl pallet_aura::Config for Runtime {
	type AuthorityId = AuraId;
	type DisabledValidators = ();
	type MaxAuthorities = ConstU32<32>;
	type AllowMultipleBlocksPerSlot = ConstBool<false>;
	type SlotDuration = pallet_aura::MinimumPeriodTimesTwo<Runtime>;
}

impl pallet_grandpa::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type WeightInfo = crate::weights::GrandpaWeight<Runtime>;
	type MaxAuthorities = ConstU32<32>;
	type MaxNominators = ConstU32<0>;
	type MaxSetIdSessionEntries = ConstU64<0>;
	type KeyOwnerProof = sp_core::Void;
	type EquivocationReportSystem = ();
}

impl pallet_timestamp::Config for Runtime {
	type Moment = u64;
	type OnTimestampSet = Aura;
	type MinimumPeriod = ConstU64<{ SLOT_DURATION / 2 }>;
	type WeightInfo = crate::weights::pallet_timestamp::WeightInfo<Runtime>;
}

impl pallet_balances::Config for Runtime {
	type MaxLocks = ConstU32<50>;
	type MaxReserves = ();
	type ReserveIdentifier = [u8; 8];
	type Balance = Balance;
	type RuntimeEvent = RuntimeEvent;
	type DustRemoval = ();
	type ExistentialDeposit = ConstU128<EXISTENTIAL_DEPOSIT>;
	type AccountStore = System;
	type WeightInfo = crate::weights::pallet_balances::WeightInfo<Runtime>;
	type FreezeIdentifier = RuntimeFreezeReason;
	type MaxFreezes = VariantCountOf<RuntimeFreezeReason>;
	type RuntimeHoldReason = RuntimeHoldReason;
	type RuntimeFreezeReason = RuntimeFreezeReason;
	type DoneSlashHandler = ();
}

parameter_types! {
	pub FeeMultiplier: Multiplier = Multiplier::one();
	/// 10^7 planck per unit of ref time: a balance transfer costs about 0.002 OPEN.
	pub const WeightFeeFactor: Balance = 10_000_000;
}

impl pallet_transaction_payment::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type OnChargeTransaction = FungibleAdapter<Balances, ()>;
	type OperationalFeeMultiplier = ConstU8<5>;
	type WeightToFee = ConstantMultiplier<Balance, WeightFeeFactor>;
	/// One micro-OPEN per encoded byte.
	type LengthToFee = ConstantMultiplier<Balance, ConstU128<{ crate::MICRO_OPEN }>>;
	type FeeMultiplierUpdate = ConstFeeMultiplier<FeeMultiplier>;
	type WeightInfo = crate::weights::pallet_transaction_payment::WeightInfo<Runtime>;
}

impl pallet_sudo::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type WeightInfo = crate::weights::pallet_sudo::WeightInfo<Runtime>;
}

impl pallet_utility::Config for Runtime {
	type RuntimeEvent = RuntimeEvent;
	type RuntimeCall = RuntimeCall;
	type PalletsOrigin = OriginCaller;
	type WeightInfo = crate::weights::pallet_utility::WeightInfo<Runtime>;
}

parameter_types! {
	pub const DatanetDeposit: Balance = 10 * OPEN;
	pub const MinContributionDeposit: Balance = 10 * MILLI_OPEN;
	pub const MaxContributionDeposit: Balance = 100 * OPEN;
	/// A contribution nobody decides on within two weeks can be expired by anyone.
	pub const PendingExpiry: BlockNumber = 14 * DAYS;
}

impl pallet_datanets::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type ModerationOrigin = ContentModerationOrigin;
	type Treasury = TreasuryAccount;
	/// Reward pools settle each contributor before their share changes.
	type OnShareChange = Rewards;
	type DatanetDeposit = DatanetDeposit;
	type MinContributionDeposit = MinContributionDeposit;
	type MaxContributionDeposit = MaxContributionDeposit;
	type MaxNameLength = ConstU32<64>;
	type MaxDescriptionLength = ConstU32<512>;
	type MaxUriLength = ConstU32<256>;
	type MaxLicenseLength = ConstU32<32>;
	type MaxContributionsPerDatanet = ConstU32<100_000>;
	type MaxContributionsPerContributor = ConstU32<10_000>;
	/// Each version is an epoch of the reward pools, which a settlement walks: 64 keeps a
	/// pool's epochs within 3 KiB.
	type MaxVersions = ConstU32<64>;
	type MaxWeight = ConstU32<100>;
	type MaxPendingPerContributor = ConstU32<100>;
	type PendingExpiry = PendingExpiry;
	type WeightInfo = pallet_datanets::weights::SubstrateWeight<Runtime>;
}

parameter_types! {
	pub const ModelDeposit: Balance = 5 * OPEN;
	/// Free models are allowed; the price is whatever the owner asks.
	pub const MinModelPrice: Balance = 0;
	pub const MaxRoyalty: Perbill = Perbill::from_percent(50);
}

impl pallet_models::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Datanets = Datanets;
	type ModelDeposit = ModelDeposit;
	type MinPrice = MinModelPrice;
	type MaxRoyalty = MaxRoyalty;
	type MaxNameLength = ConstU32<64>;
	type MaxUriLength = ConstU32<256>;
	type MaxTrainingDatanets = ConstU32<16>;
	type MaxLineageDepth = ConstU32<8>;
	/// A deprecated model's deposit returns once no request on it is open.
	/// Per-call requests and challenges, and disputes of batches.
	type Requests = (Inference, crate::Batches);
	type WeightInfo = pallet_models::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Datanets;
}

parameter_types! {
	pub const RewardsPalletId: PalletId = PalletId(*b"ol/rwrds");
	/// A model's owner may move the data side of their model between 20% and 70%.
	pub const MinDataSide: Perbill = Perbill::from_percent(20);
	pub const MaxDataSide: Perbill = Perbill::from_percent(70);
	/// Receipts are kept a week.
	pub const ReceiptRetention: BlockNumber = 7 * DAYS;
	/// What a receipt holds from the payer while it is kept: the request deposit, which is
	/// released just before, so it is always there.
	pub const ReceiptDeposit: Balance = 10 * MILLI_OPEN;
}

impl pallet_rewards::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type ReceiptDeposit = ReceiptDeposit;
	type Currency = Balances;
	type Models = Models;
	type Datanets = Datanets;
	type PolicyOrigin = EconomicParamsOrigin;
	type PalletId = RewardsPalletId;
	type Treasury = TreasuryAccount;
	type MinDataSide = MinDataSide;
	type MaxDataSide = MaxDataSide;
	/// Most contributions one attribution names; the inference pallet takes this bound from
	/// here.
	type MaxAttributedContributions = ConstU32<32>;
	/// Most datanets one attribution names: at least the most training datanets of a model, so
	/// a pool can be paid per training datanet.
	type MaxAttributedDatanets = ConstU32<16>;
	type MaxClaimPools = ConstU32<16>;
	type ReceiptRetention = ReceiptRetention;
	type WeightInfo = pallet_rewards::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = (Datanets, Models);
}

parameter_types! {
	pub const MinProviderStake: Balance = 100 * OPEN;
	pub const RequestDeposit: Balance = 10 * MILLI_OPEN;
	/// A provider has 10 minutes to answer.
	pub const ResponseDeadline: BlockNumber = 10 * MINUTES;
	/// Results may be challenged for a minute before they settle.
	pub const ChallengeWindow: BlockNumber = MINUTES;
	pub const ChallengeBond: Balance = 10 * OPEN;
	pub const ChallengeSlash: Perbill = Perbill::from_percent(10);
	pub const ChallengerReward: Perbill = Perbill::from_percent(50);
	/// A contributor the attribution scores 5% or more (over its contributions) is a party of
	/// a challenge: at most 20 of them, each paid at least 5% of the data side if the call
	/// settles; below that a juror's interest is too small to keep it out.
	pub const MinPartyScore: Perbill = Perbill::from_percent(5);
	/// An hour between unbonding and withdrawing a provider's stake.
	pub const UnbondingDelay: BlockNumber = HOURS;
}

impl pallet_inference::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	type Models = Models;
	type Datanets = Datanets;
	type Rewards = Rewards;
	/// The jury court decides challenges.
	type Court = Court;
	/// A provider with batches of paid calls open cannot leave.
	type Batches = crate::Batches;
	type ParamsOrigin = EconomicParamsOrigin;
	type Treasury = TreasuryAccount;
	type MaxModelsPerProvider = ConstU32<16>;
	type DefaultMinProviderStake = MinProviderStake;
	type RequestDeposit = RequestDeposit;
	type ResponseDeadline = ResponseDeadline;
	type ChallengeWindow = ChallengeWindow;
	type ChallengeBond = ChallengeBond;
	type ChallengeSlash = ChallengeSlash;
	type ChallengerReward = ChallengerReward;
	type MinPartyScore = MinPartyScore;
	type UnbondingDelay = UnbondingDelay;
	type WeightInfo = pallet_inference::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = (Datanets, Models);
}

/// A production seat's arbitration fee: 2 OPEN, above what committing and revealing a vote
/// cost in transaction fees (a test in `tests/integration` checks it against the real fees).
pub const PRODUCTION_JUROR_FEE: Balance = 2 * OPEN;

/// The court's parameters for a production chain: a day to commit, a day to reveal, a day to
/// appeal; two weeks for a `dispute_fallback` referendum (longer than the track's own periods
/// add up to); a week before a juror that left gets its stake back.
pub fn production_court_parameters() -> pallet_court::ParametersOf<Runtime> {
	pallet_court::CourtParameters {
		min_juror_stake: 100 * OPEN,
		jury_size: 3,
		draw_delay: 2,
		commit_period: DAYS,
		reveal_period: DAYS,
		appeal_period: DAYS,
		appeal_bond: 50 * OPEN,
		juror_fee: PRODUCTION_JUROR_FEE,
		incoherence_penalty: Perbill::from_percent(10),
		fallback_timeout: 14 * DAYS,
		leave_delay: 7 * DAYS,
	}
}

parameter_types! {
	/// [`production_court_parameters`], for the migration that gives an upgraded chain its
	/// court.
	pub ProductionCourtParameters: pallet_court::ParametersOf<Runtime> =
		production_court_parameters();
	/// [`PRODUCTION_JUROR_FEE`], for the migration that gives the court's parameters a fee.
	pub const ProductionJurorFee: Balance = PRODUCTION_JUROR_FEE;
}

impl pallet_court::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = Balances;
	/// Verdicts go to the challenged results and the disputed batches.
	type Verdicts = CaseVerdicts;
	type ParamsOrigin = EconomicParamsOrigin;
	type FallbackOrigin = DisputeFallbackOrigin;
	type Treasury = TreasuryAccount;
	/// Each draw reads every juror of the pool: 256 keeps a draw within a few milliseconds.
	type MaxJurors = ConstU32<256>;
	/// Juries of 3, 7, 15 and 31 with the genesis jury size; three appeals to a jury.
	type MaxJurySize = ConstU32<31>;
	type MaxAppeals = ConstU32<3>;
	type MaxSeatsPerJuror = ConstU32<16>;
	/// Cases whose deadline falls in one block and that `on_idle` advances from there.
	type MaxDuePerBlock = ConstU32<32>;
	/// A challenge: provider, challenger, paying user, the model's owner, up to 8 ancestor
	/// owners and up to 32 attributed contributors (44). A batch dispute: provider, challenger,
	/// up to 64 payers, the owners (9) and up to 20 contributors at 5% or more (95). Tests keep
	/// both within the bound, so that no call or batch can be made undisputable by naming too
	/// many parties.
	type MaxParties = ConstU32<100>;
	type MaxUriLength = ConstU32<256>;
	type WeightInfo = pallet_court::weights::SubstrateWeight<Runtime>;
}

/// Routes each court verdict to what its case decides: a per-call result (`pallet-inference`)
/// or a dispute of a batch (`pallet-batches`), by the case id's kind
/// ([`openledger_primitives::CaseSubject`]).
pub struct CaseVerdicts;

impl openledger_primitives::ChallengeVerdicts<AccountId, Balance> for CaseVerdicts {
	fn apply_verdict(
		case: u64,
		verdict: openledger_primitives::Verdict,
		owed: &[(AccountId, Balance)],
	) -> Result<(), sp_runtime::DispatchError> {
		use openledger_primitives::CaseSubject;
		match CaseSubject::of(case) {
			CaseSubject::Inference(_) => Inference::apply_verdict(case, verdict, owed),
			CaseSubject::BatchDispute(_) => crate::Batches::apply_verdict(case, verdict, owed),
		}
	}

	fn apply_verdict_weight(owed: u32) -> Weight {
		Inference::apply_verdict_weight(owed).max(crate::Batches::apply_verdict_weight(owed))
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn challenged_inference(seed: u32) -> u64 {
		// The court's own weights do not include the verdict (charged apart, as the heavier of
		// the two kinds above); its benchmarks close a per-call challenge, whose setup keeps
		// the block numbers they rely on.
		Inference::challenged_inference(seed)
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	/// Settlement releases the request deposit just before the receipt's is held, so the
	/// receipt deposit is always available in full.
	#[test]
	fn the_request_deposit_covers_the_receipt_deposit() {
		assert!(RequestDeposit::get() >= ReceiptDeposit::get());
	}

	/// Every party a challenge can have fits the court's bound: otherwise a provider could
	/// name enough contributors to make its answer unchallengeable (`TooManyParties`).
	#[test]
	fn every_party_of_a_challenge_fits_the_court() {
		use frame_support::traits::Get;
		let fixed: u32 = 4; // provider, challenger, paying user, the model's owner
		let ancestors: u32 = <Runtime as pallet_models::Config>::MaxLineageDepth::get();
		let contributors: u32 =
			<Runtime as pallet_rewards::Config>::MaxAttributedContributions::get();
		let bound: u32 = <Runtime as pallet_court::Config>::MaxParties::get();
		assert!(fixed + ancestors + contributors <= bound);
	}

	/// Every party a batch dispute can have fits the court's bound: provider and challenger,
	/// every payer, the model's owner and its ancestors', and the contributors paid at least
	/// the party threshold (no more than its inverse of them).
	#[test]
	fn every_party_of_a_batch_dispute_fits_the_court() {
		use frame_support::traits::Get;
		let fixed: u32 = 3; // provider, challenger, the model's owner
		let payers: u32 = <Runtime as pallet_batches::Config>::MaxPayers::get();
		let ancestors: u32 = <Runtime as pallet_models::Config>::MaxLineageDepth::get();
		let threshold = <Runtime as pallet_batches::Config>::MinPartyScore::get();
		let contributors: u32 = Perbill::one().deconstruct() / threshold.deconstruct();
		let bound: u32 = <Runtime as pallet_court::Config>::MaxParties::get();
		assert!(fixed + payers + ancestors + contributors <= bound);
	}
}
