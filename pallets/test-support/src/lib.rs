//! Shared pieces of the OpenLedger pallets' test runtimes (`u64` accounts, `u128` balances): the
//! treasury account, the attribution bounds the pallets' `config_preludes::TestDefaultConfig`s
//! use, and helpers every such test uses. The pallets' configurations themselves come from
//! their own `config_preludes` through `#[derive_impl]`.
#![no_std]

extern crate alloc;

use alloc::vec::Vec;
use frame_support::{parameter_types, traits::Get};
use openledger_primitives::{Attribution, ContributionId, DatanetId};
use sp_runtime::Perbill;

/// The treasury account of the test runtimes.
pub const TREASURY: u64 = 99;
/// Receipts are kept this many blocks (the rewards prelude's `ReceiptRetention`).
pub const RETENTION: u64 = 10;
/// Most contributions one attribution names (the rewards prelude's bound).
pub const MAX_CONTRIBUTIONS: u32 = 4;
/// Most datanets one attribution names, and most training datanets of a model (the preludes'
/// bounds).
pub const MAX_DATANETS: u32 = 3;

parameter_types! {
	/// [`TREASURY`] as a `Config` constant.
	pub const Treasury: u64 = TREASURY;
}

/// An attribution from `(contribution, percent)` and `(datanet, percent)` pairs.
///
/// # Panics
/// When a list is longer than its bound (a mistake in the test).
pub fn attribution<C: Get<u32>, D: Get<u32>>(
	contributions: &[(ContributionId, u32)],
	datanets: &[(DatanetId, u32)],
) -> Attribution<C, D> {
	let percent = |p: &u32| Perbill::from_percent(*p);
	#[allow(clippy::expect_used)]
	Attribution {
		contributions: contributions
			.iter()
			.map(|(c, p)| (*c, percent(p)))
			.collect::<Vec<_>>()
			.try_into()
			.expect("more contributions than the bound"),
		datanets: datanets
			.iter()
			.map(|(d, p)| (*d, percent(p)))
			.collect::<Vec<_>>()
			.try_into()
			.expect("more datanets than the bound"),
	}
}
