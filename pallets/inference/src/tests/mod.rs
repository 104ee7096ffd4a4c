//! Unit tests of the inference pallet; every test ends with all pallets' `try_state`.
#![allow(clippy::arithmetic_side_effects)]

mod challenges;
mod integrity;
mod providers;
mod requests;
mod settlement;
