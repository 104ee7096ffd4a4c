//! Calls the fuzzer does not send, wherever they are nested: the root-only calls that change
//! state outside the rules by design (raw storage writes, a new runtime, the issuance set by
//! hand, funds taken from a pallet's own account or a call made as that account) and the ones
//! that declare their own weight. Everything else in the runtime is fuzzed, root calls included
//! (through Alice, the dev chain's sudo key).

use codec::Decode;
use frame_support::traits::Bounded;
use openledger_runtime::{AccountId, Address, OriginCaller, RuntimeCall};

use crate::input::MAX_CALL_DEPTH;

/// Whether `call`, and every call nested in it, may be sent.
pub fn allowed(call: &RuntimeCall) -> bool {
	use RuntimeCall as C;
	match call {
		C::System(call) => matches!(
			call,
			frame_system::Call::remark { .. } | frame_system::Call::remark_with_event { .. }
		),
		C::Balances(call) => balances_allowed(call),
		C::Sudo(pallet_sudo::Call::sudo { call }) => allowed(call),
		C::Sudo(pallet_sudo::Call::sudo_as { who, call }) => !is_pallet(who) && allowed(call),
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
		U::as_derivative { call, .. } => allowed(call),
		U::dispatch_as { as_origin, call } | U::dispatch_as_fallible { as_origin, call } => {
			!matches!(&**as_origin, OriginCaller::system(frame_system::RawOrigin::Signed(who))
				if is_pallet_account(who))
				&& allowed(call)
		}
		U::if_else { main, fallback } => allowed(main) && allowed(fallback),
		U::with_weight { .. } => false,
		_ => true,
	}
}

/// Root may set any balance, but not one a pallet keeps its books against (the rewards
/// account holds every unclaimed credit), nor take from it.
fn balances_allowed(call: &pallet_balances::Call<openledger_runtime::Runtime>) -> bool {
	use pallet_balances::Call as B;
	match call {
		B::force_adjust_total_issuance { .. } => false,
		B::force_transfer { source: who, .. }
		| B::force_set_balance { who, .. }
		| B::force_unreserve { who, .. } => !is_pallet(who),
		_ => true,
	}
}

/// Whether `address` names a pallet's own account.
fn is_pallet(address: &Address) -> bool {
	matches!(address, Address::Id(who) if is_pallet_account(who))
}

/// A pallet's own account (`PalletId::into_account_truncating`: `modl` and the pallet's id).
/// Nobody holds its key; only root can act as it or take from it, outside every rule.
fn is_pallet_account(who: &AccountId) -> bool {
	AsRef::<[u8]>::as_ref(who).starts_with(b"modl")
}

/// Bytes that may later be dispatched as a call (a preimage, an inline proposal).
fn bytes_allowed(bytes: &[u8]) -> bool {
	use codec::DecodeLimit;
	match RuntimeCall::decode_with_depth_limit(MAX_CALL_DEPTH, &mut &bytes[..]) {
		Ok(call) => allowed(&call),
		Err(_) => RuntimeCall::decode(&mut &bytes[..]).is_err(),
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use sp_keyring::Sr25519Keyring;

	fn rewards_account() -> AccountId {
		pallet_rewards::Pallet::<openledger_runtime::Runtime>::account_id()
	}

	fn burn() -> Box<RuntimeCall> {
		Box::new(RuntimeCall::Balances(pallet_balances::Call::burn { value: 3, keep_alive: true }))
	}

	#[test]
	fn root_never_acts_as_or_takes_from_a_pallet_account() {
		// The sequence the long run found: sudo_as the rewards account, burning from it.
		let as_rewards = RuntimeCall::Sudo(pallet_sudo::Call::sudo_as {
			who: Address::Id(rewards_account()),
			call: burn(),
		});
		assert!(!allowed(&as_rewards));
		let as_bob = RuntimeCall::Sudo(pallet_sudo::Call::sudo_as {
			who: Address::Id(Sr25519Keyring::Bob.to_account_id()),
			call: burn(),
		});
		assert!(allowed(&as_bob));

		let dispatch_as = |who: AccountId| {
			RuntimeCall::Utility(pallet_utility::Call::dispatch_as {
				as_origin: Box::new(OriginCaller::system(frame_system::RawOrigin::Signed(who))),
				call: burn(),
			})
		};
		assert!(!allowed(&dispatch_as(rewards_account())));
		assert!(allowed(&dispatch_as(Sr25519Keyring::Bob.to_account_id())));

		let force_transfer = |source: AccountId| {
			RuntimeCall::Sudo(pallet_sudo::Call::sudo {
				call: Box::new(RuntimeCall::Balances(pallet_balances::Call::force_transfer {
					source: Address::Id(source),
					dest: Address::Id(Sr25519Keyring::Bob.to_account_id()),
					value: 1,
				})),
			})
		};
		assert!(!allowed(&force_transfer(rewards_account())));
		assert!(allowed(&force_transfer(Sr25519Keyring::Alice.to_account_id())));
		// Paying into a pallet account is anyone's right.
		let pay_in = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Address::Id(rewards_account()),
			value: 1,
		});
		assert!(allowed(&pay_in));
	}
}
