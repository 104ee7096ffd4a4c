//! A test runtime with the real datanets, models, rewards and inference pallets, and a batch
//! builder that does what a provider does off chain.
#![allow(clippy::arithmetic_side_effects)]

use crate as pallet_batches;
use crate::{CallRecord, PayerClaim, RecordReveal, ScoresOf};
use frame_support::{assert_ok, derive_impl, traits::ConstU32};
use openledger_formulas::{
	batch as formulas, merkle,
	plan::{plan, ServedCall},
	Hash,
};
use openledger_primitives::{
	bounded, BatchScores, ChallengeCourt, ChallengeEvidence, ContributionId, DatanetId,
	EpochNumber, InferenceId, ModelId, ModelKind,
};
use sp_core::H256;
use sp_runtime::{testing::TestSignature, Perbill};

pub type AccountId = u64;
pub type Balance = u128;
type Block = frame_system::mocking::MockBlock<Test>;

use openledger_test_support::Treasury;
pub use openledger_test_support::TREASURY;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		Balances: pallet_balances,
		Datanets: pallet_datanets,
		Models: pallet_models,
		Rewards: pallet_rewards,
		Inference: pallet_inference,
		Batches: pallet_batches,
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
	type ExistentialDeposit = ExistentialDeposit;
	type RuntimeHoldReason = RuntimeHoldReason;
}

#[derive_impl(pallet_datanets::config_preludes::TestDefaultConfig)]
impl pallet_datanets::Config for Test {
	type Currency = Balances;
	type Treasury = Treasury;
	type OnShareChange = Rewards;
}

#[derive_impl(pallet_models::config_preludes::TestDefaultConfig)]
impl pallet_models::Config for Test {
	type Currency = Balances;
	type Datanets = Datanets;
	type Requests = (Inference, Batches);
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = Datanets;
}

#[derive_impl(pallet_rewards::config_preludes::TestDefaultConfig)]
impl pallet_rewards::Config for Test {
	type Currency = Balances;
	type Models = Models;
	type Datanets = Datanets;
	type Treasury = Treasury;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = (Datanets, Models);
}

/// No court: batches are not challenged through per-call challenges.
pub struct NoCourt;
impl ChallengeCourt<AccountId> for NoCourt {
	type MaxParties = ConstU32<12>;
	type MaxUriLength = ConstU32<64>;

	fn open_case(
		_inference: InferenceId,
		_claimant: &AccountId,
		_parties: frame_support::BoundedVec<AccountId, ConstU32<12>>,
		_evidence: ChallengeEvidence<ConstU32<64>>,
	) -> Result<(), sp_runtime::DispatchError> {
		Err(sp_runtime::DispatchError::Other("no court in this test runtime"))
	}

	fn open_case_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

#[derive_impl(pallet_inference::config_preludes::TestDefaultConfig)]
impl pallet_inference::Config for Test {
	type Currency = Balances;
	type Models = Models;
	type Datanets = Datanets;
	type Rewards = Rewards;
	type Court = NoCourt;
	type Batches = Batches;
	type Treasury = Treasury;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = (Datanets, Models);
}

/// Test signatures: the signer and the exact message.
#[cfg(feature = "runtime-benchmarks")]
pub struct TestSigner;
#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<AccountId, TestSignature> for TestSigner {
	fn signer(seed: u32) -> AccountId {
		1_000 + u64::from(seed)
	}
	fn sign(who: &AccountId, message: &[u8]) -> TestSignature {
		TestSignature(*who, message.to_vec())
	}
	fn model_with_contributions(contributions: u32, depth: u32) -> (ModelId, Vec<ContributionId>) {
		use openledger_primitives::{DatanetsBenchmarkHelper, ModelsBenchmarkHelper};
		let (datanet, _) = <Datanets as DatanetsBenchmarkHelper>::datanet_with_version(0);
		let mut ids = vec![pallet_datanets::NextContributionId::<Test>::get() - 1];
		ids.extend(<Datanets as DatanetsBenchmarkHelper>::add_contributors(
			datanet,
			1,
			contributions.saturating_sub(1),
		));
		let version = <Datanets as DatanetsBenchmarkHelper>::publish_version(datanet);
		(<Models as ModelsBenchmarkHelper>::model_with_lineage(depth, &[(datanet, version)]), ids)
	}
}

/// The most parties of a dispute here: provider, challenger, 4 payers, owners, contributors.
pub type MaxParties = ConstU32<24>;
/// The evidence a dispute brings to the court here.
pub type Evidence = ChallengeEvidence<ConstU32<64>>;

frame_support::parameter_types! {
	/// The existential deposit: 1, raised by a test that needs a refund below it.
	pub static ExistentialDeposit: Balance = 1;
	/// The cases the court was asked to open: case id, parties and evidence.
	pub static OpenedCases: Vec<(u64, Vec<AccountId>, Evidence)> = Vec::new();
}

/// A court that records the cases it opens, holding nothing; tests apply its verdicts.
pub struct RecordingCourt;
impl ChallengeCourt<AccountId> for RecordingCourt {
	type MaxParties = MaxParties;
	type MaxUriLength = ConstU32<64>;

	fn open_case(
		case: u64,
		_claimant: &AccountId,
		parties: frame_support::BoundedVec<AccountId, MaxParties>,
		evidence: Evidence,
	) -> Result<(), sp_runtime::DispatchError> {
		OpenedCases::mutate(|cases| cases.push((case, parties.into_inner(), evidence)));
		Ok(())
	}

	fn open_case_weight() -> frame_support::weights::Weight {
		frame_support::weights::Weight::zero()
	}
}

#[derive_impl(pallet_batches::config_preludes::TestDefaultConfig)]
impl pallet_batches::Config for Test {
	type Currency = Balances;
	type Rewards = Rewards;
	type Providers = Inference;
	type Datanets = Datanets;
	type Models = Models;
	type Court = RecordingCourt;
	type Signature = TestSignature;
	type Treasury = Treasury;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = TestSigner;
}

pub const PROVIDER: AccountId = 40;
pub const OTHER_PROVIDER: AccountId = 41;
pub const PAYERS: [AccountId; 3] = [50, 51, 52];
pub const OWNER: AccountId = 10;
pub const CURATOR: AccountId = 1;
pub const ENDOWMENT: Balance = 1_000_000;
pub const STAKE: Balance = 10_000;
pub const ESCROW: Balance = 5_000;

/// Accounts 1..=20, the providers and the payers hold [`ENDOWMENT`].
pub fn new_test_ext() -> sp_io::TestExternalities {
	let balances = (1..=20)
		.chain([PROVIDER, OTHER_PROVIDER])
		.chain(PAYERS)
		.map(|who| (who, ENDOWMENT))
		.collect();
	openledger_test_support::new_test_ext::<Test>(
		balances,
		|t| {
			use sp_runtime::BuildStorage;
			pallet_rewards::GenesisConfig::<Test>::default().assimilate_storage(t).unwrap();
			pallet_batches::GenesisConfig::<Test>::default().assimilate_storage(t).unwrap();
		},
		|| OpenedCases::set(Vec::new()),
	)
}

openledger_test_support::impl_test_helpers!(
	runtime: Test,
	invariants: [Batches, Inference, Rewards, Models, Datanets],
);

/// The scene: a datanet of `contributors` (one contribution each, ids from 0), a base model of
/// [`OWNER`] trained on it, [`PROVIDER`] and [`OTHER_PROVIDER`] serving it with [`STAKE`], and
/// each payer's escrow of [`ESCROW`] with [`PROVIDER`].
pub struct Scene {
	pub datanet: DatanetId,
	pub model: ModelId,
	#[allow(dead_code)]
	pub contributions: Vec<ContributionId>,
}

pub fn scene(contributors: &[AccountId]) -> Scene {
	let origin = RuntimeOrigin::signed(CURATOR);
	assert_ok!(Datanets::create_datanet(
		origin.clone(),
		bounded(b"data".to_vec()),
		bounded(vec![]),
		bounded(vec![]),
		bounded(vec![]),
		pallet_datanets::CurationMode::Open,
		10
	));
	let datanet = pallet_datanets::NextDatanetId::<Test>::get() - 1;
	let mut contributions = Vec::new();
	for who in contributors {
		let id = pallet_datanets::NextContributionId::<Test>::get();
		assert_ok!(Datanets::contribute(
			RuntimeOrigin::signed(*who),
			datanet,
			H256::from_low_u64_be(id + 1),
			1,
			bounded(vec![])
		));
		contributions.push(id);
	}
	assert_ok!(Datanets::publish_version(origin, datanet));
	assert_ok!(Models::register_model(
		RuntimeOrigin::signed(OWNER),
		bounded(b"model".to_vec()),
		bounded(vec![]),
		H256::repeat_byte(1),
		ModelKind::Base,
		bounded(vec![(datanet, 1, Perbill::one())]),
		100,
		pallet_models::DerivativeTerms { allowed: true, royalty: Perbill::from_percent(10) }
	));
	let model = pallet_models::NextModelId::<Test>::get() - 1;
	for provider in [PROVIDER, OTHER_PROVIDER] {
		assert_ok!(Inference::register_provider(
			RuntimeOrigin::signed(provider),
			bounded(vec![model]),
			STAKE
		));
	}
	for payer in PAYERS {
		assert_ok!(Batches::open_escrow(RuntimeOrigin::signed(payer), PROVIDER, ESCROW));
	}
	Scene { datanet, model, contributions }
}

/// Move to block `n`, recording a distinct hash for every block passed (the audit's seeds).
pub fn run_to(n: u64) {
	openledger_test_support::run_to::<Test>(n, |block| {
		frame_system::BlockHash::<Test>::insert(block - 1, H256::from_low_u64_be(block * 7919));
	});
}

/// One paid call as the provider served it.
#[derive(Clone, Debug)]
pub struct Call {
	pub payer: AccountId,
	pub fee: Balance,
	pub contributions: Vec<(ContributionId, u32)>,
	pub datanets: Vec<(DatanetId, u32)>,
}

/// A call of `payer` paying `fee`, attributing `contributions` as (id, percent).
pub fn call(payer: AccountId, fee: Balance, contributions: &[(ContributionId, u32)]) -> Call {
	let ppb = |p: u32| Perbill::from_percent(p).deconstruct();
	Call {
		payer,
		fee,
		contributions: contributions.iter().map(|(c, p)| (*c, ppb(*p))).collect(),
		datanets: vec![],
	}
}

/// Five calls of the three payers, 900 in fees. Contribution weights (fee × score): c0 =
/// 100·50% + 200·10% + 200·20% = 110, c1 = 200·30% = 60, c2 = 100·40% = 40.
pub fn five_calls() -> Vec<Call> {
	vec![
		call(PAYERS[0], 100, &[(0, 50)]),
		call(PAYERS[1], 200, &[(1, 30), (0, 10)]),
		call(PAYERS[0], 100, &[(2, 40)]),
		call(PAYERS[2], 300, &[]),
		call(PAYERS[1], 200, &[(0, 20)]),
	]
}

/// The scene with contributors 2, 3 and 4, and [`PROVIDER`]'s batch of [`five_calls`] (c0
/// paid directly) submitted at block 10 as batch 0.
pub fn submitted_five() -> (Scene, Built) {
	let s = scene(&[2, 3, 4]);
	let built = build(PROVIDER, s.model, 0, &five_calls(), 1);
	run_to(10);
	assert_ok!(built.submit());
	(s, built)
}

/// What a provider builds off chain for a batch (`openledger_formulas::plan`), as call
/// arguments of this runtime.
pub struct Built {
	pub provider: AccountId,
	pub model: ModelId,
	pub epoch: EpochNumber,
	pub claims: Vec<PayerClaim<Test>>,
	pub calls_root: H256,
	pub scores: ScoresOf<Test>,
	pub tail: Vec<(ContributionId, u128)>,
	pub tail_root: H256,
	/// Each record in tree order, with its receipt's path in its payer's tree of receipts.
	pub records: Vec<(CallRecord<Balance>, Vec<H256>)>,
	pub leaves: Vec<Hash>,
}

/// The payer's signature of a receipt.
#[allow(clippy::too_many_arguments)]
pub fn sign(
	payer: AccountId,
	provider: AccountId,
	model: ModelId,
	epoch: EpochNumber,
	sequence: u64,
	cumulative_fee: Balance,
	request_hash: H256,
	receipts_root: H256,
) -> TestSignature {
	let payload = formulas::receipt_payload(
		&Batches::genesis_hash(),
		&payer,
		&provider,
		model,
		epoch,
		sequence,
		cumulative_fee,
		request_hash.as_fixed_bytes(),
		receipts_root.as_fixed_bytes(),
	);
	TestSignature(payer, payload)
}

/// Build the batch of `calls` (in the order served), the `direct` heaviest contributions
/// paid directly and the rest in the tail. Each call's request and output hashes derive from
/// its payer and place.
pub fn build(
	provider: AccountId,
	model: ModelId,
	epoch: EpochNumber,
	calls: &[Call],
	direct: usize,
) -> Built {
	let served: Vec<ServedCall<AccountId>> = calls
		.iter()
		.enumerate()
		.map(|(i, c)| ServedCall {
			payer: c.payer,
			fee: c.fee,
			request_hash: H256::from_low_u64_be((c.payer << 32) + i as u64).0,
			output_hash: H256::from_low_u64_be((c.payer << 32) + i as u64 + 1_000_000).0,
			contributions: c.contributions.clone(),
			datanets: c.datanets.clone(),
		})
		.collect();
	let plan = plan(&served, direct).unwrap();
	let claims = plan
		.payers
		.iter()
		.map(|p| PayerClaim {
			payer: p.payer,
			sequence: p.calls,
			cumulative_fee: p.cumulative_fee,
			request_hash: H256(p.last_request),
			receipts_root: H256(p.receipts_root),
			signature: sign(
				p.payer,
				provider,
				model,
				epoch,
				p.calls,
				p.cumulative_fee,
				H256(p.last_request),
				H256(p.receipts_root),
			),
		})
		.collect();
	let records = plan
		.records
		.iter()
		.enumerate()
		.map(|(position, r)| {
			let record = CallRecord {
				payer_index: r.payer_index,
				sequence: r.sequence,
				cumulative_fee: r.cumulative_fee,
				request_hash: H256(r.request_hash),
				output_hash: H256(r.output_hash),
				attribution_hash: H256(r.attribution_hash),
			};
			let receipt_proof = plan.receipt_proof(position).unwrap();
			(record, receipt_proof.into_iter().map(H256).collect())
		})
		.collect();
	Built {
		provider,
		model,
		epoch,
		claims,
		calls_root: H256(plan.calls_root),
		scores: BatchScores {
			contributions: bounded(plan.direct.clone()),
			datanets: bounded(plan.datanets.clone()),
			tail: plan.tail_weight,
		},
		tail: plan.tail.clone(),
		tail_root: H256(plan.tail_root),
		records,
		leaves: plan.records.iter().map(|r| r.leaf).collect(),
	}
}

impl Built {
	/// Submit it as its provider.
	pub fn submit(&self) -> sp_runtime::DispatchResult {
		Batches::submit_batch(
			RuntimeOrigin::signed(self.provider),
			self.model,
			self.epoch,
			bounded(self.claims.clone()),
			self.calls_root,
			self.scores.clone(),
			self.tail_root,
			self.tail.len() as u32,
		)
	}

	/// Reveal sample `sample` of batch `id` honestly.
	pub fn reveal(&self, id: u64, sample: u32) -> sp_runtime::DispatchResult {
		self.reveal_all(id, sample..sample + 1)
	}

	/// The honest reveal of sample `sample` of batch `id`.
	pub fn revealed(&self, id: u64, sample: u32) -> RecordReveal<Test> {
		let position = self.sampled(id, sample);
		let (record, receipt_proof) = self.records[position as usize].clone();
		let proof = merkle::proof(&self.leaves, position as usize).unwrap();
		RecordReveal {
			sample,
			record,
			proof: bounded(proof.into_iter().map(H256).collect::<Vec<_>>()),
			receipt_proof: bounded(receipt_proof),
		}
	}

	/// Reveal `samples` of batch `id` honestly, in one call.
	pub fn reveal_all(&self, id: u64, samples: std::ops::Range<u32>) -> sp_runtime::DispatchResult {
		let reveals: Vec<_> = samples.map(|sample| self.revealed(id, sample)).collect();
		Batches::reveal_records(RuntimeOrigin::signed(self.provider), id, bounded(reveals))
	}

	/// Settle batch `id`, revealing `samples` honestly in the same call.
	pub fn settle_revealing(
		&self,
		id: u64,
		samples: std::ops::Range<u32>,
	) -> sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo> {
		let reveals: Vec<_> = samples.map(|sample| self.revealed(id, sample)).collect();
		Batches::settle_batch(RuntimeOrigin::signed(self.provider), id, bounded(reveals))
	}

	/// The position sample `sample` of batch `id` falls on.
	pub fn sampled(&self, id: u64, sample: u32) -> u64 {
		let crate::BatchStatus::Audit { seed_at, .. } =
			crate::Batches::<Test>::get(id).unwrap().status
		else {
			panic!("not in audit")
		};
		let seed = Batches::audit_seed(id, seed_at).expect("seed known");
		formulas::audit_position(&seed, sample, self.records.len() as u64)
	}

	/// Claim the tail leaf of `contribution`.
	pub fn claim(&self, id: u64, contribution: ContributionId) -> sp_runtime::DispatchResult {
		let position = self.tail.iter().position(|(c, _)| *c == contribution).unwrap();
		let leaves: Vec<Hash> =
			self.tail.iter().map(|(c, w)| formulas::tail_leaf(*c, *w)).collect();
		let proof = merkle::proof(&leaves, position).unwrap();
		Batches::claim_tail(
			RuntimeOrigin::signed(99),
			id,
			position as u32,
			contribution,
			self.tail[position].1,
			bounded(proof.into_iter().map(H256).collect::<Vec<_>>()),
		)
	}
}

/// What `who` holds in this pallet for `reason`.
pub fn held(reason: crate::HoldReason, who: AccountId) -> Balance {
	<Balances as frame_support::traits::fungible::InspectHold<AccountId>>::balance_on_hold(
		&RuntimeHoldReason::Batches(reason),
		&who,
	)
}

/// `who`'s claimable rewards.
pub fn credits(who: AccountId) -> Balance {
	pallet_rewards::Accounts::<Test>::get(who).credits
}
