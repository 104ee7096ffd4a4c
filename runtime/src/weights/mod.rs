//! Weights of the FRAME pallets and of blocks, extrinsics and database accesses, measured on this
//! chain's reference machine by `benchmarks/run.sh` (the OpenLedger pallets keep theirs in their
//! own crates).

use core::marker::PhantomData;
use frame_support::weights::Weight;

pub mod block_weights;
pub mod extrinsic_weights;
pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_balances;
pub mod pallet_collective;
pub mod pallet_conviction_voting;
pub mod pallet_grandpa;
pub mod pallet_preimage;
pub mod pallet_referenda;
pub mod pallet_scheduler;
pub mod pallet_sudo;
pub mod pallet_timestamp;
pub mod pallet_transaction_payment;
pub mod pallet_utility;
pub mod pallet_whitelist;
pub mod paritydb_weights;

/// GRANDPA's `WeightInfo`, from its two measured benchmarks. The trait's `report_equivocation`
/// has no benchmark of its own: GRANDPA benchmarks only the proof check, and the rest (membership
/// proof, offence report) belongs to a staking/session setup this chain does not have. Reports
/// cannot be made here anyway: `KeyOwnerProof` is `Void`, so the call never decodes.
pub struct GrandpaWeight<T>(PhantomData<T>);
impl<T: ::frame_system::Config> ::pallet_grandpa::WeightInfo for GrandpaWeight<T> {
	fn report_equivocation(_validator_count: u32, _max_nominators_per_validator: u32) -> Weight {
		use self::pallet_grandpa::WeightInfo;
		self::pallet_grandpa::SubstrateWeight::<T>::check_equivocation_proof(1)
	}

	fn note_stalled() -> Weight {
		use self::pallet_grandpa::WeightInfo;
		self::pallet_grandpa::SubstrateWeight::<T>::note_stalled()
	}
}
