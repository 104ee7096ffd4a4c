//! The OpenLedger appchain runtime.
//!
//! Pallets are composed in [`runtime`]; their configuration lives in [`configs`], the runtime
//! APIs in [`apis`] and the genesis presets (`development`, `local_testnet`) in
//! [`genesis_config_presets`].
#![cfg_attr(not(feature = "std"), no_std)]
// `#[frame_support::runtime]` expands deeply nested types.
#![recursion_limit = "256"]

pub mod apis;
#[cfg(feature = "runtime-benchmarks")]
mod benchmarks;
pub mod configs;
pub mod genesis_config_presets;
pub mod weights;

extern crate alloc;

use alloc::{borrow::Cow, vec::Vec};
use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Opaque types: what the node needs to know about the runtime's blocks without depending on
/// its calls and events.
pub mod opaque {
	use super::*;
	use sp_runtime::{generic, traits::Hash as HashT};

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;

	impl_opaque_keys! {
		/// The session keys of a validator: Aura for authoring, GRANDPA for finality.
		pub struct SessionKeys {
			pub aura: Aura,
			pub grandpa: Grandpa,
		}
	}
}

/// The runtime's identity. `spec_version` must be bumped on every change of runtime logic.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: Cow::Borrowed("openledger"),
	impl_name: Cow::Borrowed("openledger"),
	authoring_version: 1,
	spec_version: 118,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 2,
	system_version: 1,
};

/// Aura slot (block) time, in milliseconds.
pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
/// Aura slot duration: one block per slot.
pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

// Time in blocks, for `Config` constants expressed in wall-clock terms.
pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
pub const HOURS: BlockNumber = MINUTES * 60;
pub const DAYS: BlockNumber = HOURS * 24;

/// The token: OPEN, 18 decimals. One planck is 10^-18 OPEN.
pub const TOKEN_SYMBOL: &str = "OPEN";
/// Decimals of the OPEN token.
pub const TOKEN_DECIMALS: u8 = 18;
/// One OPEN, in planck.
pub const OPEN: Balance = 1_000_000_000_000_000_000;
/// One thousandth of an OPEN.
pub const MILLI_OPEN: Balance = OPEN / 1_000;
/// One millionth of an OPEN.
pub const MICRO_OPEN: Balance = OPEN / 1_000_000;
/// Smallest balance an account may hold.
pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_OPEN;
/// The SS58 address format of this chain: the runtime and the chain spec properties use this.
pub const SS58_PREFIX: u16 = 42;

/// Signature scheme of transactions.
pub type Signature = MultiSignature;
/// An account id: the public key behind a signature.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;
/// Balance of an account, in planck.
pub type Balance = u128;
/// Transaction counter of an account.
pub type Nonce = u32;
/// Hash of a block.
pub type Hash = sp_core::H256;
/// Block number.
pub type BlockNumber = u32;
/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;
/// Block header type.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
/// Block type.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;
/// A block that has been signed and is ready for import.
pub type SignedBlock = generic::SignedBlock<Block>;
/// Block identifier.
pub type BlockId = generic::BlockId<Block>;

/// The transaction extensions checked for every signed transaction.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// Unchecked extrinsic type as expected by this runtime.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;
/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

/// Who got what from one settled inference call: the rewards pallet's receipt, as the
/// attribution runtime API returns it.
pub type Receipt = pallet_rewards::Receipt<Runtime>;

/// Storage migrations run on runtime upgrade, each applied once by its storage version.
type Migrations = (
	pallet_datanets::migrations::MigrateV0ToV1<Runtime>,
	pallet_datanets::migrations::MigrateV1ToV2<Runtime>,
	pallet_inference::migrations::MigrateV0ToV1<Runtime>,
	// The court's parameters first: the next step opens cases.
	pallet_court::migrations::InitializeParameters<Runtime, configs::ProductionCourtParameters>,
	pallet_court::migrations::MigrateV0ToV1<Runtime>,
	pallet_court::migrations::MigrateV1ToV2<Runtime, configs::ProductionJurorFee>,
	pallet_inference::migrations::MigrateV1ToV2<Runtime>,
	pallet_inference::migrations::MigrateV2ToV3<Runtime>,
	pallet_inference::migrations::MigrateV3ToV4<Runtime>,
	pallet_inference::migrations::MigrateV4ToV5<Runtime>,
	pallet_rewards::migrations::MigrateV0ToV1<Runtime>,
	pallet_rewards::migrations::MigrateV1ToV2<Runtime>,
	pallet_rewards::migrations::MigrateV2ToV3<Runtime>,
	pallet_rewards::migrations::MigrateV3ToV4<Runtime>,
	pallet_rewards::migrations::MigrateV4ToV5<Runtime>,
	pallet_batches::migrations::CreateAccount<Runtime>,
	pallet_batches::migrations::MigrateV1ToV2<Runtime>,
	pallet_batches::migrations::MigrateV2ToV3<Runtime>,
);

/// Executive: dispatches calls to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

#[frame_support::runtime]
mod runtime {
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	#[runtime::pallet_index(0)]
	pub type System = frame_system;

	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;

	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;

	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;

	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;

	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;

	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;

	#[runtime::pallet_index(7)]
	pub type Utility = pallet_utility;

	// Governance (OpenGov) takes indices 8 to 14.
	#[runtime::pallet_index(8)]
	pub type Scheduler = pallet_scheduler;

	#[runtime::pallet_index(9)]
	pub type Preimage = pallet_preimage;

	#[runtime::pallet_index(10)]
	pub type Referenda = pallet_referenda;

	#[runtime::pallet_index(11)]
	pub type ConvictionVoting = pallet_conviction_voting;

	#[runtime::pallet_index(12)]
	pub type Origins = pallet_governance_origins;

	#[runtime::pallet_index(13)]
	pub type Whitelist = pallet_whitelist;

	#[runtime::pallet_index(14)]
	pub type TechnicalCommittee = pallet_collective<Instance1>;

	// OpenLedger pallets take indices from 20 on.
	#[runtime::pallet_index(20)]
	pub type Datanets = pallet_datanets;

	#[runtime::pallet_index(21)]
	pub type Models = pallet_models;

	#[runtime::pallet_index(22)]
	pub type Inference = pallet_inference;

	#[runtime::pallet_index(23)]
	pub type Rewards = pallet_rewards;

	#[runtime::pallet_index(24)]
	pub type Court = pallet_court;

	#[runtime::pallet_index(25)]
	pub type Batches = pallet_batches;
}
