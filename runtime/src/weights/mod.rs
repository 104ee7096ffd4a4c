//! Weights of the FRAME pallets and of blocks and extrinsics, measured on this chain's reference
//! machine by `benchmarks/run.sh` (the OpenLedger pallets keep theirs in their own crates).

pub mod block_weights;
pub mod extrinsic_weights;
pub mod frame_system;
pub mod pallet_balances;
pub mod pallet_sudo;
pub mod pallet_timestamp;
pub mod pallet_utility;
