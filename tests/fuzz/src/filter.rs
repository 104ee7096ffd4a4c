//! Calls the fuzzer does not send, wherever they are nested: the root-only calls that change
//! state outside the rules by design (raw storage writes, a new runtime, the issuance set by
//! hand) and the ones that declare their own weight. Everything else in the runtime is fuzzed,
//! root calls included (through Alice, the dev chain's sudo key).

use codec::Decode;
use frame_support::traits::Bounded;
use openledger_runtime::RuntimeCall;

use crate::input::MAX_CALL_DEPTH;

/// Whether `call`, and every call nested in it, may be sent.
pub fn allowed(call: &RuntimeCall) -> bool {
	use RuntimeCall as C;
	match call {
		C::System(call) => matches!(
			call,
			frame_system::Call::remark { .. } | frame_system::Call::remark_with_event { .. }
		),
		C::Balances(pallet_balances::Call::force_adjust_total_issuance { .. }) => false,
		C::Sudo(pallet_sudo::Call::sudo { call })
		| C::Sudo(pallet_sudo::Call::sudo_as { call, .. }) => allowed(call),
		// Root states its weight: nothing to check it against.
		C::Sudo(pallet_sudo::Call::sudo_unchecked_weight { .. }) => false,
		C::Utility(call) => utility_allowed(call),
		C::Scheduler(
			pallet_scheduler::Call::schedule { call, .. }
			| pallet_scheduler::Call::schedule_named { call, .. }
			| pallet_scheduler::Call::schedule_after { call, .. }
			| pallet_scheduler::Call::schedule_named_after { call, .. },
		) => allowed(call),
		C::Preimage(pallet_preimage::Call::note_preimage { bytes }) => bytes_allowed(bytes),
		C::Referenda(pallet_referenda::Call::submit {
			proposal: Bounded::Inline(bytes), ..
		}) => bytes_allowed(bytes),
		C::Whitelist(pallet_whitelist::Call::dispatch_whitelisted_call_with_preimage { call }) => {
			allowed(call)
		}
		C::TechnicalCommittee(pallet_collective::Call::propose { proposal, .. })
		| C::TechnicalCommittee(pallet_collective::Call::execute { proposal, .. }) => allowed(proposal),
		_ => true,
	}
}

fn utility_allowed(call: &pallet_utility::Call<openledger_runtime::Runtime>) -> bool {
	use pallet_utility::Call as U;
	match call {
		U::batch { calls } | U::batch_all { calls } | U::force_batch { calls } => {
			calls.iter().all(allowed)
		}
		U::as_derivative { call, .. }
		| U::dispatch_as { call, .. }
		| U::dispatch_as_fallible { call, .. } => allowed(call),
		U::if_else { main, fallback } => allowed(main) && allowed(fallback),
		U::with_weight { .. } => false,
		_ => true,
	}
}

/// Bytes that may later be dispatched as a call (a preimage, an inline proposal).
fn bytes_allowed(bytes: &[u8]) -> bool {
	use codec::DecodeLimit;
	match RuntimeCall::decode_with_depth_limit(MAX_CALL_DEPTH, &mut &bytes[..]) {
		Ok(call) => allowed(&call),
		Err(_) => RuntimeCall::decode(&mut &bytes[..]).is_err(),
	}
}
