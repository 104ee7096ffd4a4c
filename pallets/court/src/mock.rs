//! A test runtime: balances and the court, with a recorder of verdicts standing in for the
//! inference pallet (the real composition is tested in the runtime and end to end).
#![allow(clippy::arithmetic_side_effects)]

use crate as pallet_court;
use crate::{CourtParameters, ParametersOf, PartiesOf};
use frame_support::{assert_ok, derive_impl, parameter_types, traits::ConstU128, weights::Weight};
use openledger_primitives::{
	bounded, ChallengeCourt, ChallengeEvidence, ChallengeVerdicts, InferenceId, Verdict,
};
use sp_core::H256;
use sp_runtime::{BuildStorage, DispatchError, Perbill};

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

use openledger_test_support::Treasury;
pub use openledger_test_support::TREASURY;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Court: pallet_court,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
	type AccountData = pallet_balances::AccountData<Balance>;
}

#[derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
impl pallet_balances::Config for Test {
	type Balance = Balance;
	type AccountStore = System;
	type ExistentialDeposit = ConstU128<1>;
	type RuntimeHoldReason = RuntimeHoldReason;
}

parameter_types! {
	/// Inference calls under challenge, with the verdicts applied to them so far.
	pub static Challenged: Vec<InferenceId> = Vec::new();
	/// Verdicts applied, in order.
	pub static Applied: Vec<(InferenceId, Verdict)> = Vec::new();
	/// The fees each verdict had the losing side reimburse, in order.
	pub static Owed: Vec<(InferenceId, Vec<(AccountId, Balance)>)> = Vec::new();
}

/// Stands in for the inference pallet: accepts a verdict once for a challenged call.
pub struct RecordVerdicts;
impl ChallengeVerdicts<AccountId, Balance> for RecordVerdicts {
	fn apply_verdict(
		inference: InferenceId,
		verdict: Verdict,
		owed: &[(AccountId, Balance)],
	) -> Result<(), DispatchError> {
		let mut challenged = Challenged::get();
		let index = challenged
			.iter()
			.position(|id| *id == inference)
			.ok_or(DispatchError::Other("not challenged"))?;
		challenged.remove(index);
		Challenged::set(challenged);
		Applied::mutate(|applied| applied.push((inference, verdict)));
		Owed::mutate(|all| all.push((inference, owed.to_vec())));
		Ok(())
	}

	fn apply_verdict_weight(_owed: u32) -> Weight {
		Weight::from_parts(1_000, 0)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn challenged_inference(seed: u32) -> InferenceId {
		let inference = InferenceId::from(seed);
		open(inference, &[PROVIDER, CHALLENGER]);
		inference
	}
}

/// The court's test prelude: juries of 3, 7 and 15 (two appeals to a jury, the third to
/// governance), 64 jurors, four seats each.
#[derive_impl(pallet_court::config_preludes::TestDefaultConfig)]
impl pallet_court::Config for Test {
	type Currency = Balances;
	type Verdicts = RecordVerdicts;
	type ParamsOrigin = frame_system::EnsureRoot<AccountId>;
	type FallbackOrigin = frame_system::EnsureRoot<AccountId>;
	type Treasury = Treasury;
}

pub const PROVIDER: AccountId = 70;
pub const CHALLENGER: AccountId = 71;
pub const OWNER: AccountId = 72;
pub const ENDOWMENT: Balance = 1_000_000;
pub const MIN_STAKE: Balance = 100;
pub const APPEAL_BOND: Balance = 50;
/// Arbitration fee of one seat.
pub const JUROR_FEE: Balance = 4;
pub const DRAW_DELAY: u64 = 1;
pub const COMMIT: u64 = 3;
pub const REVEAL: u64 = 3;
pub const APPEAL: u64 = 2;
pub const FALLBACK: u64 = 10;
pub const LEAVE: u64 = 5;

/// The parameters of the tests: juries of 3, 7 and 15; a tenth of a drawn stake at stake.
pub fn parameters() -> ParametersOf<Test> {
	CourtParameters {
		min_juror_stake: MIN_STAKE,
		jury_size: 3,
		draw_delay: DRAW_DELAY,
		commit_period: COMMIT,
		reveal_period: REVEAL,
		appeal_period: APPEAL,
		appeal_bond: APPEAL_BOND,
		juror_fee: JUROR_FEE,
		incoherence_penalty: Perbill::from_percent(10),
		fallback_timeout: FALLBACK,
		leave_delay: LEAVE,
	}
}

/// Accounts 1..=63, the parties and the treasury hold [`ENDOWMENT`]; account 90 holds 10.
pub fn new_test_ext() -> sp_io::TestExternalities {
	new_test_ext_with_jurors(Vec::new())
}

/// As [`new_test_ext`], with `jurors` in the pool from genesis.
pub fn new_test_ext_with_jurors(jurors: Vec<(AccountId, Balance)>) -> sp_io::TestExternalities {
	let balances = (1..=63)
		.chain([PROVIDER, CHALLENGER, OWNER, TREASURY])
		.map(|who| (who, ENDOWMENT))
		.chain([(90, 10)])
		.collect();
	openledger_test_support::new_test_ext::<Test>(
		balances,
		move |t| {
			pallet_court::GenesisConfig::<Test> { parameters: Some(parameters()), jurors }
				.assimilate_storage(t)
				.unwrap()
		},
		|| {
			Challenged::set(Vec::new());
			Applied::set(Vec::new());
			Owed::set(Vec::new());
		},
	)
}

openledger_test_support::impl_test_helpers!(runtime: Test, invariants: [Court]);

/// Go to block `n`, recording a hash for each block left so that draws see fresh seeds.
pub fn run_to(n: u64) {
	openledger_test_support::run_to::<Test>(n, |next| {
		let left = next - 1;
		let hash = H256(sp_io::hashing::blake2_256(&left.to_le_bytes()));
		frame_system::BlockHash::<Test>::insert(left, hash);
		System::set_parent_hash(hash);
	});
}

/// As [`run_to`], running the court's `on_idle` with all the weight it wants in each block.
pub fn run_to_idle(n: u64) {
	use frame_support::traits::Hooks;
	while System::block_number() < n {
		run_to(System::block_number() + 1);
		Court::on_idle(System::block_number(), Weight::MAX);
	}
}

/// Open a case for `inference` (marked challenged) with `parties`, brought by [`CHALLENGER`].
pub fn open(inference: InferenceId, parties: &[AccountId]) {
	open_by(inference, CHALLENGER, parties);
}

/// Open a case for `inference` (marked challenged) with `parties`, brought by `claimant`.
pub fn open_by(inference: InferenceId, claimant: AccountId, parties: &[AccountId]) {
	Challenged::mutate(|challenged| challenged.push(inference));
	let parties: PartiesOf<Test> = bounded(parties.to_vec());
	let evidence = ChallengeEvidence {
		model: 0,
		output_hash: H256::repeat_byte(7),
		output_uri: bounded(b"file:///tmp/output.txt".to_vec()),
	};
	assert_ok!(<Court as ChallengeCourt<AccountId>>::open_case(
		inference, &claimant, parties, evidence
	));
}

/// Jurors `who` join with `stake` each.
pub fn join(who: impl IntoIterator<Item = AccountId>, stake: Balance) {
	for juror in who {
		assert_ok!(Court::join_jury(RuntimeOrigin::signed(juror), stake));
	}
}
