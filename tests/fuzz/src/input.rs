//! How bytes become operations. The format is deliberately simple so that a coverage-guided
//! fuzzer mutating raw bytes and the seeded generator ([`crate::generate`]) speak it alike:
//!
//! ```text
//! op := tag:u8 rest
//!   tag % 16 == 0  : advance 1 + (n:u8 % 8) blocks
//!   tag % 64 == 1  : advance 1 + (n:u8 % 64) blocks
//!   otherwise      : a signed extrinsic: signer:u8 (modulo the signers) then a SCALE
//!                    RuntimeCall (decoded with a depth limit)
//! ```
//!
//! Decoding stops at the first byte string that is not a call: the rest of the input is
//! ignored, as a mutation that breaks a call breaks what follows it.

use codec::DecodeLimit;
use openledger_runtime::RuntimeCall;

/// How deep calls may nest (`utility.batch` in `sudo.sudo` in …): the limit Executive applies
/// to whole extrinsics.
pub const MAX_CALL_DEPTH: u32 = frame_support::MAX_EXTRINSIC_DEPTH;

/// One step of a fuzz input.
#[derive(Debug, Clone)]
pub enum Op {
	/// End the current block and author this many more (the last one stays open).
	Advance(u32),
	/// A signed extrinsic: the index of the signer (modulo the signer set) and the call.
	Extrinsic { signer: u8, call: Box<RuntimeCall> },
}

/// The operations `bytes` spell, in order.
pub fn decode_ops(mut bytes: &[u8]) -> Vec<Op> {
	let mut ops = Vec::new();
	while let Some((&tag, rest)) = bytes.split_first() {
		bytes = rest;
		if tag % 16 == 0 || tag % 64 == 1 {
			let Some((&n, rest)) = bytes.split_first() else { break };
			bytes = rest;
			let blocks = if tag % 16 == 0 { 1 + u32::from(n % 8) } else { 1 + u32::from(n % 64) };
			ops.push(Op::Advance(blocks));
			continue;
		}
		let Some((&signer, rest)) = bytes.split_first() else { break };
		bytes = rest;
		match RuntimeCall::decode_with_depth_limit(MAX_CALL_DEPTH, &mut bytes) {
			Ok(call) => ops.push(Op::Extrinsic { signer, call: Box::new(call) }),
			Err(_) => break,
		}
	}
	ops
}

/// The tag byte of an extrinsic (any byte that is neither advance tag).
pub const EXTRINSIC_TAG: u8 = 2;
/// The tag byte of a short advance.
pub const ADVANCE_TAG: u8 = 0;
/// The tag byte of a long advance.
pub const LONG_ADVANCE_TAG: u8 = 1;
