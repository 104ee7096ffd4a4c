//! Unit tests of the rewards pallet; every test ends with all pallets' `try_state`.
#![allow(clippy::arithmetic_side_effects)]

mod claims;
mod policy;
mod pools;
mod properties;
mod receipts;
mod split;
mod window;

use crate::mock::*;
use openledger_primitives::{DatanetId, ModelId, ModelKind};
use sp_runtime::Perbill;

/// The common scene: datanet 0 (curator 1) with contributions of 2 (two) and 3 (one) and
/// version 1; a base model of 10 trained on it with a 10% royalty for derivatives, and an
/// adapter of 11 on the base, trained on it too. Returns (datanet, base, adapter).
pub(crate) fn scene() -> (DatanetId, ModelId, ModelId) {
	let datanet = open_datanet(1);
	contribute(2, datanet);
	contribute(2, datanet);
	contribute(3, datanet);
	publish(1, datanet);
	let base = register_model(
		10,
		ModelKind::Base,
		&[(datanet, Perbill::one())],
		Perbill::from_percent(10),
	);
	let adapter = register_model(
		11,
		ModelKind::Adapter { base },
		&[(datanet, Perbill::one())],
		Perbill::zero(),
	);
	(datanet, base, adapter)
}
mod queries;
