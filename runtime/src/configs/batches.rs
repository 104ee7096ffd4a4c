//! Paid calls at scale: escrows, signed receipts, audited batches (`pallet-batches`).

use crate::{
	Balance, BlockNumber, Datanets, Inference, Rewards, Runtime, RuntimeHoldReason, Signature,
	MILLI_OPEN, MINUTES, OPEN,
};
use frame_support::{parameter_types, traits::ConstU32, PalletId};
use sp_runtime::Perbill;

use super::TreasuryAccount;

parameter_types! {
	pub const BatchesPalletId: PalletId = PalletId(*b"ol/batch");
	/// A minute per epoch: a provider submits at most one batch per model a minute.
	pub const EpochLength: BlockNumber = MINUTES;
	/// A minute after an epoch to submit its batches.
	pub const SubmitWindow: BlockNumber = MINUTES;
	/// The audit's seed is the hash of the second block after a submission.
	pub const AuditDelay: BlockNumber = 2;
	/// A minute to reveal the samples.
	pub const RevealWindow: BlockNumber = MINUTES;
	/// Five minutes from an unlock request to the withdrawal: more than an epoch (10 blocks),
	/// its submission window (10), the audit's delay (2) and reveal window (10).
	pub const UnlockDelay: BlockNumber = 5 * MINUTES;
	/// A week to claim a tail.
	pub const ClaimWindow: BlockNumber = 7 * crate::DAYS;
	/// A failed audit costs the provider the batch's whole fees (see the pallet's docs).
	pub const SlashOfFees: Perbill = Perbill::one();
	/// An escrow's storage deposit.
	pub const EscrowDeposit: Balance = 10 * MILLI_OPEN;
	/// A batch's storage deposit, until it is closed.
	pub const BatchDeposit: Balance = OPEN;
	/// A minute after the reveal window to dispute a batch, before it settles.
	pub const DisputeWindow: BlockNumber = MINUTES;
	/// A dispute's bond: as a per-call challenge's.
	pub const DisputeBond: Balance = super::ChallengeBond::get();
	/// An upheld dispute pays its challenger a tenth of the slash.
	pub const DisputeReward: Perbill = Perbill::from_percent(10);
}

impl pallet_batches::Config for Runtime {
	type RuntimeHoldReason = RuntimeHoldReason;
	type Currency = crate::Balances;
	type Rewards = Rewards;
	type Providers = Inference;
	type Datanets = Datanets;
	type Models = crate::Models;
	type Court = crate::Court;
	type Signature = Signature;
	type Treasury = TreasuryAccount;
	type PalletId = BatchesPalletId;
	type EpochLength = EpochLength;
	type SubmitWindow = SubmitWindow;
	type AuditDelay = AuditDelay;
	type RevealWindow = RevealWindow;
	type UnlockDelay = UnlockDelay;
	type ClaimWindow = ClaimWindow;
	/// Sixteen samples: a batch with a tenth of its records forged escapes 18.5% of the time,
	/// and pays its whole fees when caught.
	type AuditSamples = ConstU32<16>;
	type SlashOfFees = SlashOfFees;
	type DisputeWindow = DisputeWindow;
	type DisputeBond = DisputeBond;
	type DisputeReward = DisputeReward;
	/// As for a per-call challenge: a contributor the batch pays 5% of its data side or more.
	type MinPartyScore = super::MinPartyScore;
	type MaxPayers = ConstU32<64>;
	/// Up to 2^20 (1,048,576) calls per batch and as many tail contributions.
	type MaxProofLength = ConstU32<20>;
	type EscrowDeposit = EscrowDeposit;
	type BatchDeposit = BatchDeposit;
	type WeightInfo = pallet_batches::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = BatchesBenchmarkHelper;
}

/// Signers from the benchmark host's keystore, and a model from the datanets and models
/// pallets' helpers.
#[cfg(feature = "runtime-benchmarks")]
pub struct BatchesBenchmarkHelper;

#[cfg(feature = "runtime-benchmarks")]
const BENCHMARK_KEY: sp_core::crypto::KeyTypeId = sp_core::crypto::KeyTypeId(*b"bnch");

#[cfg(feature = "runtime-benchmarks")]
impl pallet_batches::BenchmarkHelper<crate::AccountId, Signature> for BatchesBenchmarkHelper {
	fn signer(seed: u32) -> crate::AccountId {
		use sp_runtime::traits::IdentifyAccount;
		let uri = alloc::format!("//payer{seed}").into_bytes();
		let public = sp_io::crypto::sr25519_generate(BENCHMARK_KEY, Some(uri));
		sp_runtime::MultiSigner::from(public).into_account()
	}

	fn sign(who: &crate::AccountId, message: &[u8]) -> Signature {
		let raw: [u8; 32] = *who.as_ref();
		let public = sp_core::sr25519::Public::from_raw(raw);
		let signature = sp_io::crypto::sr25519_sign(BENCHMARK_KEY, &public, message);
		Signature::Sr25519(openledger_primitives::setup(
			"sign a receipt",
			signature.ok_or("the key is not in the keystore"),
		))
	}

	fn model_with_contributions(
		contributions: u32,
		depth: u32,
	) -> (openledger_primitives::ModelId, alloc::vec::Vec<openledger_primitives::ContributionId>) {
		use openledger_primitives::{DatanetsBenchmarkHelper, ModelsBenchmarkHelper};
		let (datanet, _) = <Datanets as DatanetsBenchmarkHelper>::datanet_with_version(0);
		let first = pallet_datanets::NextContributionId::<Runtime>::get().saturating_sub(1);
		let mut ids = alloc::vec![first];
		ids.extend(<Datanets as DatanetsBenchmarkHelper>::add_contributors(
			datanet,
			1,
			contributions.saturating_sub(1),
		));
		let version = <Datanets as DatanetsBenchmarkHelper>::publish_version(datanet);
		let model = <crate::Models as ModelsBenchmarkHelper>::model_with_lineage(
			depth,
			&[(datanet, version)],
		);
		(model, ids)
	}
}
