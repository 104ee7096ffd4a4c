//! Arbitration fees on the real runtime (issue 26, item 4): a juror who reveals is paid more
//! than committing and revealing cost it, and a challenge the jury rejects costs the challenger
//! its bond and the jury's fee, all of it paid to the jurors who worked and to the provider.

use codec::Encode;
use frame_support::{assert_ok, dispatch::GetDispatchInfo, traits::fungible::InspectHold};
use openledger_integration_tests::{answered_call, check_invariants, development_ext, next_block};
use openledger_runtime::{
	configs::production_court_parameters, genesis_config_presets::testnet_court_parameters,
	AccountId, Balance, Balances, Court, Inference, Runtime, RuntimeCall, RuntimeOrigin,
};
use pallet_court::Phase;
use sp_keyring::Sr25519Keyring::{self, *};

fn signed(who: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.to_account_id())
}

/// What a signed extrinsic carrying `call` costs in fees, with room for its address,
/// signature and extensions (a signed extrinsic's envelope is about 110 bytes; 200 are
/// counted).
fn fee_of(call: RuntimeCall) -> Balance {
	let len = call.encoded_size() as u32 + 200;
	openledger_runtime::TransactionPayment::compute_fee(len, &call.get_dispatch_info(), 0)
}

#[test]
fn a_jurors_fee_pays_for_committing_and_revealing_in_every_preset() {
	development_ext().execute_with(|| {
		let commit = fee_of(RuntimeCall::Court(pallet_court::Call::commit_vote {
			inference: u64::MAX,
			commitment: sp_core::H256::repeat_byte(1),
		}));
		let reveal = fee_of(RuntimeCall::Court(pallet_court::Call::reveal_vote {
			inference: u64::MAX,
			upheld: true,
			salt: [1; 32],
		}));
		for (preset, parameters) in [
			("development and local", testnet_court_parameters()),
			("production", production_court_parameters()),
		] {
			assert!(
				parameters.juror_fee > commit + reveal,
				"{preset}: a seat's fee {} does not cover committing ({commit}) and revealing \
				 ({reveal})",
				parameters.juror_fee
			);
		}
	});
}

/// The self-challenge of issue 26: Ferdie pays for a call and challenges it herself, hoping
/// for her fee back. The dev chain's jurors reject it; she loses her bond to the provider and
/// the jury's fee to the jurors, who are each paid for their seat.
#[test]
fn a_rejected_self_challenge_costs_the_bond_and_the_jurys_fee() {
	development_ext().execute_with(|| {
		let ferdie = Ferdie.to_account_id();
		let id = answered_call(0);
		let before = Balances::free_balance(&ferdie);
		let provider_before = Balances::free_balance(Dave.to_account_id());
		assert_ok!(Inference::challenge(
			signed(Ferdie),
			id,
			openledger_primitives::bounded(b"https://example.org/output.txt".to_vec())
		));
		let parameters = pallet_court::Parameters::<Runtime>::get().expect("court parameters");
		let jury_fee = 3 * parameters.juror_fee;
		assert_eq!(
			Balances::balance_on_hold(&pallet_court::HoldReason::JuryFee.into(), &ferdie),
			jury_fee
		);
		let case = || pallet_court::Cases::<Runtime>::get(id).expect("the case is open");
		let Phase::Drawing { at } = case().phase else { panic!("not drawing") };
		// `on_idle` draws the jury in the first block after `at`.
		while frame_system::Pallet::<Runtime>::block_number() <= at + 1 {
			next_block();
		}
		assert!(matches!(case().phase, Phase::Voting { .. }), "on_idle drew the jury");
		let jurors: Vec<AccountId> = pallet_court::Rounds::<Runtime>::get(id, 0)
			.expect("drawn")
			.seats
			.into_iter()
			.map(|seat| seat.juror)
			.collect();
		let jurors_before: Vec<Balance> = jurors.iter().map(Balances::free_balance).collect();
		let salt = [3u8; 32];
		for juror in &jurors {
			let commitment = pallet_court::commitment(juror, id, 0, false, &salt);
			assert_ok!(Court::commit_vote(RuntimeOrigin::signed(juror.clone()), id, commitment));
		}
		for juror in &jurors {
			assert_ok!(Court::reveal_vote(RuntimeOrigin::signed(juror.clone()), id, false, salt));
		}
		// on_idle tallies and, after the appeal period, closes the case.
		while pallet_court::Cases::<Runtime>::get(id).is_some() {
			next_block();
		}
		let bond = <Runtime as pallet_inference::Config>::ChallengeBond::get();
		assert_eq!(Balances::free_balance(&ferdie), before - bond - jury_fee);
		assert_eq!(Balances::free_balance(Dave.to_account_id()), provider_before + bond);
		for (juror, before) in jurors.iter().zip(jurors_before) {
			assert_eq!(Balances::free_balance(juror), before + parameters.juror_fee);
		}
		check_invariants();
	});
}
