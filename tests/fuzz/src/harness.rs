//! The harness: blocks authored the way the node authors them, extrinsics applied the way
//! `Executive` applies them, and every invariant checked after each step.

use std::{collections::BTreeSet, sync::OnceLock};

use codec::{DecodeLimit, Encode};
use frame_support::{
	dispatch::{DispatchClass, GetDispatchInfo},
	traits::{Get, GetCallMetadata},
};
use openledger_runtime::{
	AccountId, Executive, Header, Runtime, RuntimeCall, RuntimeEvent, SignedPayload, TxExtension,
	UncheckedExtrinsic, SLOT_DURATION,
};
use rand_chacha::rand_core::SeedableRng;
use sp_consensus_aura::{Slot, AURA_ENGINE_ID};
use sp_core::{sr25519, Pair, H256};
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	generic::Era,
	traits::{Applyable, Checkable, Header as _},
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	Digest, DigestItem, Storage,
};

use crate::{
	filter::allowed,
	input::{decode_ops, Op, MAX_CALL_DEPTH},
	oracle::Oracle,
};

type System = frame_system::Pallet<Runtime>;

/// Milliseconds since the epoch at genesis: block `n` is authored at `GENESIS_TIME + n` slots.
const GENESIS_TIME: u64 = 1_767_225_600_000;

/// What a run did.
#[derive(Debug, Default, Clone)]
pub struct Stats {
	/// Extrinsics applied (dispatched, successfully or not).
	pub applied: u64,
	/// Of those, how many dispatched without error.
	pub succeeded: u64,
	/// Extrinsics the transaction checks refused (too expensive for the signer, stale nonce,
	/// block full, …): nothing dispatched.
	pub refused: u64,
	/// Calls the filter kept from being sent.
	pub filtered: u64,
	/// Blocks authored.
	pub blocks: u64,
	/// Settlements the oracle checked, and those it could not attribute to one state (see
	/// [`Oracle`]).
	pub settlements: u64,
	/// Settlements that happened in the same extrinsic or hook as a datanet or model change.
	pub ambiguous: u64,
	/// Of the settlements checked, those of batches of calls.
	pub batch_settlements: u64,
	/// Tail claims of batches the oracle checked.
	pub tail_claims: u64,
	/// Verdicts the court applied to disputes of batches.
	pub dispute_verdicts: u64,
	/// The pallets (by index) of the outermost calls that dispatched without error.
	pub pallets_ok: BTreeSet<u8>,
}

impl Stats {
	/// Add another run's figures to these.
	pub fn add(&mut self, other: &Stats) {
		self.applied += other.applied;
		self.succeeded += other.succeeded;
		self.refused += other.refused;
		self.filtered += other.filtered;
		self.blocks += other.blocks;
		self.settlements += other.settlements;
		self.ambiguous += other.ambiguous;
		self.batch_settlements += other.batch_settlements;
		self.tail_claims += other.tail_claims;
		self.dispute_verdicts += other.dispute_verdicts;
		self.pallets_ok.extend(other.pallets_ok.iter().copied());
	}
}

/// A step of a run, for the message of a broken invariant.
#[derive(Clone, Copy, Debug, Default)]
pub enum Step {
	/// Nothing applied yet.
	#[default]
	Genesis,
	/// `on_initialize` and the timestamp inherent of a block.
	Initialization(u32),
	/// A signed extrinsic: its index in its block, the call and the signer (a dev account).
	Extrinsic { block: u32, index: u32, pallet: &'static str, call: &'static str, signer: usize },
	/// `on_idle` and `on_finalize` of a block.
	Finalization(u32),
}

impl std::fmt::Display for Step {
	fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
		match self {
			Step::Genesis => write!(f, "genesis"),
			Step::Initialization(block) => write!(f, "initialization of block {block}"),
			Step::Extrinsic { block, index, pallet, call, signer } => write!(
				f,
				"extrinsic {index} of block {block} ({pallet}.{call}, signed by dev account {signer})"
			),
			Step::Finalization(block) => write!(f, "finalization of block {block}"),
		}
	}
}

thread_local! {
	static STEP: std::cell::Cell<Step> = const { std::cell::Cell::new(Step::Genesis) };
}

/// The step that was being applied or checked last on this thread: where an invariant broke.
pub fn last_step() -> Step {
	STEP.get()
}

fn set_step(step: Step) {
	STEP.set(step);
}

/// The `development` genesis, built once per process.
fn genesis() -> &'static Storage {
	static GENESIS: OnceLock<Storage> = OnceLock::new();
	GENESIS.get_or_init(openledger_integration_tests::development_storage)
}

/// The `development` genesis's hash as the runtime reads it (`frame_system::BlockHash(0)`):
/// what batched calls' receipts name.
pub fn genesis_hash() -> [u8; 32] {
	sp_io::TestExternalities::new(genesis().clone())
		.execute_with(|| frame_system::BlockHash::<Runtime>::get(0).0)
}

/// The signers: the twelve well-known dev accounts (Alice is the dev chain's sudo key).
pub fn signers() -> Vec<sr25519::Pair> {
	Sr25519Keyring::well_known().map(|k| k.pair()).collect()
}

/// A chain at the `development` genesis and the state of the block being authored.
pub struct Fuzzer {
	ext: sp_io::TestExternalities,
	signers: Vec<sr25519::Pair>,
	accounts: Vec<AccountId>,
	parent: H256,
	number: u32,
	oracle: Oracle,
	/// What the run did so far.
	pub stats: Stats,
}

impl Default for Fuzzer {
	fn default() -> Self {
		Self::new()
	}
}

impl Fuzzer {
	/// A chain at genesis with block 1 open.
	pub fn new() -> Self {
		let signers = signers();
		let accounts = signers.iter().map(|p| AccountId::from(p.public())).collect();
		let mut ext = sp_io::TestExternalities::new(genesis().clone());
		let parent = ext.execute_with(|| frame_system::BlockHash::<Runtime>::get(0));
		let mut fuzzer = Self {
			ext,
			signers,
			accounts,
			parent,
			number: 0,
			oracle: Oracle::default(),
			stats: Stats::default(),
		};
		fuzzer.ext.execute_with(|| fuzzer.oracle.watch(fuzzer.accounts.iter().cloned()));
		fuzzer.start_block();
		fuzzer
	}

	/// Run every operation `bytes` spell, then end the block and claim everything (checking
	/// that the claims pay what the oracle expects). Panics on any broken invariant.
	pub fn run(bytes: &[u8]) -> Stats {
		let mut fuzzer = Self::new();
		for op in decode_ops(bytes) {
			fuzzer.apply(op);
		}
		fuzzer.finish();
		fuzzer.stats
	}

	/// The hash of the last block finalized.
	pub fn head(&self) -> H256 {
		self.parent
	}

	/// Apply one operation and check every invariant after it.
	pub fn apply(&mut self, op: Op) {
		match op {
			Op::Advance(blocks) => {
				for _ in 0..blocks {
					self.end_block();
					self.start_block();
				}
			}
			Op::Extrinsic { signer, call } => {
				if !allowed(&call) {
					self.stats.filtered += 1;
					return;
				}
				let signer = usize::from(signer) % self.signers.len();
				self.signed(signer, *call);
			}
		}
	}

	/// End the open block, and claim every account's rewards in a last block: every claim
	/// must pay what the oracle expects.
	pub fn finish(&mut self) {
		self.end_block();
		self.start_block();
		let (next, bound) = self.ext.execute_with(|| {
			let bound: u32 = <Runtime as pallet_rewards::Config>::MaxClaimPools::get();
			(pallet_datanets::NextDatanetId::<Runtime>::get(), bound.max(1))
		});
		let all: Vec<_> = (0..next).collect();
		for signer in 0..self.signers.len() {
			self.signed(signer, RuntimeCall::Rewards(pallet_rewards::Call::claim {}));
			for chunk in all.chunks(bound as usize) {
				let datanets = chunk.to_vec().try_into().expect("chunks of MaxClaimPools");
				self.signed(
					signer,
					RuntimeCall::Rewards(pallet_rewards::Call::claim_all { datanets }),
				);
			}
		}
		self.end_block();
		self.ext.execute_with(|| self.oracle.check_all());
	}

	fn start_block(&mut self) {
		self.oracle.note_call(None);
		let number = self.number + 1;
		let now = GENESIS_TIME + u64::from(number) * SLOT_DURATION;
		let slot = Slot::from(now / SLOT_DURATION);
		let digest = Digest { logs: vec![DigestItem::PreRuntime(AURA_ENGINE_ID, slot.encode())] };
		let header = Header::new(number, H256::zero(), H256::zero(), self.parent, digest);
		let oracle = &mut self.oracle;
		let stats = &mut self.stats;
		set_step(Step::Initialization(number));
		self.ext.execute_with(|| {
			Executive::initialize_block(&header);
			let now = RuntimeCall::Timestamp(pallet_timestamp::Call::set { now });
			let inherent = UncheckedExtrinsic::new_bare(now);
			Executive::apply_extrinsic(inherent)
				.expect("the timestamp inherent is valid")
				.expect("the timestamp inherent dispatches");
			// The scheduler's enactments (on_initialize) are a step of their own for the oracle;
			// the invariants are checked once the block is finalized.
			oracle.after_step(0, stats);
		});
		self.number = number;
	}

	fn end_block(&mut self) {
		self.oracle.note_call(None);
		let oracle = &mut self.oracle;
		let stats = &mut self.stats;
		set_step(Step::Finalization(self.number));
		let header = self.ext.execute_with(|| {
			let first = event_count();
			let header = Executive::finalize_block();
			oracle.after_step(first, stats);
			check_state(oracle);
			header
		});
		self.parent = header.hash();
		self.stats.blocks += 1;
		// Keep the overlay small: what is committed is read from the backend.
		if self.number.is_multiple_of(32) {
			self.ext.commit_all().expect("the overlay commits");
		}
	}

	/// Sign `call` by `signer` and apply it as `Executive::apply_extrinsic` does; a full block
	/// is ended and the extrinsic applied again in the next.
	fn signed(&mut self, signer: usize, call: RuntimeCall) {
		for _ in 0..2 {
			match self.try_signed(signer, call.clone()) {
				Err(TransactionValidityError::Invalid(InvalidTransaction::ExhaustsResources)) => {
					self.end_block();
					self.start_block();
				}
				Err(_) => {
					self.stats.refused += 1;
					return;
				}
				Ok(()) => return,
			}
		}
		self.stats.refused += 1;
	}

	fn try_signed(
		&mut self,
		signer: usize,
		call: RuntimeCall,
	) -> Result<(), TransactionValidityError> {
		let pair = &self.signers[signer];
		let who = self.accounts[signer].clone();
		self.oracle.note_call(Some(call.clone()));
		let oracle = &mut self.oracle;
		let stats = &mut self.stats;
		self.ext.execute_with(|| {
			let uxt = sign(pair, &who, call);
			// What Executive::apply_extrinsic does, with the post-dispatch info kept.
			let encoded = uxt.encode();
			let len = encoded.len();
			let uxt =
				UncheckedExtrinsic::decode_all_with_depth_limit(MAX_CALL_DEPTH, &mut &encoded[..])
					.map_err(|_| InvalidTransaction::Call)?;
			let pallet = uxt.function.encode().first().copied().unwrap_or_default();
			let xt = uxt.check(&frame_system::ChainContext::<Runtime>::default())?;
			let info = xt.get_dispatch_info();
			let meta = xt.function.get_call_metadata();
			let step = Step::Extrinsic {
				block: System::block_number(),
				index: System::extrinsic_index().unwrap_or_default(),
				pallet: meta.pallet_name,
				call: meta.function_name,
				signer,
			};
			set_step(step);
			if !System::inherents_applied() {
				Executive::inherents_applied();
			}
			let first = event_count();
			// The block builder applies each extrinsic in a storage transaction and drops what
			// an invalid one changed (a nonce bumped before its fee could not be paid, say).
			sp_io::storage::start_transaction();
			System::note_extrinsic(encoded);
			let result = match xt.apply::<Runtime>(&info, len) {
				// A failed mandatory call (an inherent's call, signed) is invalid, as Executive
				// has it.
				Ok(Err(_)) if info.class == DispatchClass::Mandatory => {
					sp_io::storage::rollback_transaction();
					return Err(InvalidTransaction::BadMandatory.into());
				}
				Ok(result) => {
					sp_io::storage::commit_transaction();
					result
				}
				Err(invalid) => {
					sp_io::storage::rollback_transaction();
					return Err(invalid);
				}
			};
			let post = match &result {
				Ok(post) => *post,
				Err(error) => error.post_info,
			};
			if let Some(actual) = post.actual_weight {
				let charged = info.total_weight();
				assert!(
					actual.all_lte(charged),
					"{step} used {actual:?}, more than the {charged:?} charged before dispatch",
				);
			}
			System::note_applied_extrinsic(&result, info);
			stats.applied += 1;
			if result.is_ok() {
				stats.succeeded += 1;
				stats.pallets_ok.insert(pallet);
			}
			oracle.after_step(first, stats);
			check_state(oracle);
			Ok(())
		})
	}
}

/// `call`, signed by `pair` with its next nonce, immortal, no tip.
fn sign(pair: &sr25519::Pair, who: &AccountId, call: RuntimeCall) -> UncheckedExtrinsic {
	let nonce = System::account_nonce(who);
	let extension: TxExtension = (
		frame_system::CheckNonZeroSender::new(),
		frame_system::CheckSpecVersion::new(),
		frame_system::CheckTxVersion::new(),
		frame_system::CheckGenesis::new(),
		frame_system::CheckEra::from(Era::Immortal),
		frame_system::CheckNonce::from(nonce),
		frame_system::CheckWeight::new(),
		pallet_transaction_payment::ChargeTransactionPayment::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::new(false),
		frame_system::WeightReclaim::new(),
	);
	let payload = SignedPayload::new(call, extension).expect("the extensions' implicit data");
	let signature = payload.using_encoded(|bytes| sign_deterministically(pair, bytes));
	let (call, extension, _) = payload.deconstruct();
	UncheckedExtrinsic::new_signed(call, who.clone().into(), signature.into(), extension)
}

/// `message` signed by `pair` as `sr25519::Pair::sign` signs it (the same key, context and
/// verification), but with the signature's nonce drawn from ChaCha20 seeded by the message's hash
/// instead of the thread's RNG. An input then replays to the same blocks: the signature is in
/// the extrinsics root, so in the block hash, which seeds the court's juror draws.
pub(crate) fn sign_deterministically(pair: &sr25519::Pair, message: &[u8]) -> sr25519::Signature {
	let secret = schnorrkel::SecretKey::from_bytes(&pair.to_raw_vec())
		.expect("an sr25519 pair's secret is a schnorrkel secret key");
	let transcript = schnorrkel::signing_context(b"substrate").bytes(message);
	let rng = rand_chacha::ChaCha20Rng::from_seed(sp_io::hashing::blake2_256(message));
	let signature = secret.to_keypair().sign(schnorrkel::context::attach_rng(transcript, rng));
	sr25519::Signature::from_raw(signature.to_bytes())
}

/// How many events the block holds so far (`frame_system`'s `EventCount`, read by its key:
/// the storage item is private).
fn event_count() -> u32 {
	let key =
		[sp_io::hashing::twox_128(b"System"), sp_io::hashing::twox_128(b"EventCount")].concat();
	frame_support::storage::unhashed::get_or_default(&key)
}

/// Every invariant that must hold between steps.
fn check_state(oracle: &mut Oracle) {
	openledger_integration_tests::check_invariants();
	check_issuance();
	check_solvency();
	oracle.check_all();
}

/// Total issuance is the sum of every account's free and reserved (held) balance.
fn check_issuance() {
	let sum = frame_system::Account::<Runtime>::iter_values()
		.try_fold(0u128, |sum, account| {
			sum.checked_add(account.data.free)?.checked_add(account.data.reserved)
		})
		.expect("balances sum below u128::MAX");
	let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
	assert_eq!(sum, issuance, "total issuance is not the sum of all balances");
}

/// The rewards account holds everything credited and not claimed, and everything paid into
/// pools and not claimed.
fn check_solvency() {
	let credits: u128 =
		pallet_rewards::Accounts::<Runtime>::iter_values().map(|account| account.credits).sum();
	let pools: u128 = pallet_rewards::Pools::<Runtime>::iter_values()
		.map(|record| {
			let pool = record.pool;
			pool.paid_in.checked_sub(pool.claimed).expect("a pool never pays more than it got")
		})
		.sum();
	let account = pallet_rewards::Pallet::<Runtime>::account_id();
	let balance = frame_system::Account::<Runtime>::get(&account).data.free;
	assert!(
		balance >= credits + pools,
		"rewards account insolvent: {balance} held, {credits} credited and {pools} in pools owed"
	);
}

/// An event of the runtime, for the oracle.
pub(crate) fn events_since(first: u32) -> Vec<RuntimeEvent> {
	System::read_events_no_consensus().skip(first as usize).map(|record| record.event).collect()
}
