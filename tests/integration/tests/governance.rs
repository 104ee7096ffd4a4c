//! Governance through the real runtime, on the `development` genesis (compressed track
//! periods): every formerly-sudo call is refused from a signed origin and from the wrong
//! track, and succeeds through its own track; a referendum on `economic_params` passes by vote
//! and changes the split policy; the technical committee whitelists a call that the
//! `whitelisted_caller` track dispatches; a court case nobody can judge goes to a
//! `dispute_fallback` decision that slashes the provider.

use codec::Encode;
use frame_support::{
	assert_noop, assert_ok,
	traits::{fungible::Inspect, StorePreimage, UnfilteredDispatchable},
};
use openledger_integration_tests::{check_invariants, development_ext, next_block};
use openledger_primitives::{bounded, Attribution};
use openledger_runtime::{
	configs::tracks::ids, genesis_config_presets::testnet_court_parameters, AccountId, Balance,
	Balances, Court, Inference, OriginCaller, Preimage, Referenda, Runtime, RuntimeCall,
	RuntimeOrigin, TechnicalCommittee, Whitelist, OPEN,
};
use pallet_conviction_voting::{AccountVote, Conviction, Vote};
use pallet_governance_origins::Origin as Track;
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{self, Alice, Bob, Charlie, Dave, Eve, Ferdie};
use sp_runtime::{traits::Hash, DispatchError, Perbill};

fn free(who: &AccountId) -> Balance {
	<Balances as Inspect<AccountId>>::balance(who)
}

fn track(origin: Track) -> RuntimeOrigin {
	RuntimeOrigin::from(origin)
}

fn signed(who: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(who.to_account_id())
}

/// A split policy other than genesis's.
fn new_policy() -> pallet_rewards::SplitPolicy {
	pallet_rewards::SplitPolicy {
		treasury: Perbill::from_percent(10),
		provider: Perbill::from_percent(20),
		model: Perbill::from_percent(30),
		data: Perbill::from_percent(40),
	}
}

/// Each privileged call of the OpenLedger pallets, with the track that decides it. A signed
/// account is refused with `BadOrigin`, except by the datanets calls a curator also makes,
/// which refuse one that does not curate the datanet with `NotCurator`.
fn privileged_calls() -> Vec<(&'static str, RuntimeCall, Track)> {
	let mut params = testnet_court_parameters();
	params.min_juror_stake = 20 * OPEN;
	vec![
		(
			"Rewards::set_policy",
			RuntimeCall::Rewards(pallet_rewards::Call::set_policy { policy: new_policy() }),
			Track::EconomicParams,
		),
		(
			"Inference::set_min_provider_stake",
			RuntimeCall::Inference(pallet_inference::Call::set_min_provider_stake {
				amount: 200 * OPEN,
			}),
			Track::EconomicParams,
		),
		(
			"Court::set_parameters",
			RuntimeCall::Court(pallet_court::Call::set_parameters { parameters: params }),
			Track::EconomicParams,
		),
		(
			"Datanets::grade_contribution",
			RuntimeCall::Datanets(pallet_datanets::Call::grade_contribution {
				contribution: 0,
				weight: 3,
			}),
			Track::ContentModeration,
		),
		(
			"Datanets::accept_contribution",
			// Ferdie's contribution 4 awaits Bob, the curator.
			RuntimeCall::Datanets(pallet_datanets::Call::accept_contribution { contribution: 4 }),
			Track::ContentModeration,
		),
		(
			"Datanets::remove_contribution",
			RuntimeCall::Datanets(pallet_datanets::Call::remove_contribution { contribution: 1 }),
			Track::ContentModeration,
		),
	]
}

#[test]
fn every_privileged_call_is_refused_from_a_signed_origin_and_the_wrong_track() {
	development_ext().execute_with(|| {
		for (name, call, right) in privileged_calls() {
			let refused = |origin: RuntimeOrigin| {
				let result = call.clone().dispatch_bypass_filter(origin);
				assert_eq!(
					result.map_err(|e| e.error),
					Err(DispatchError::BadOrigin),
					"{name} must be refused"
				);
			};
			// Eve is neither a curator nor a contributor of the seeded contributions.
			let by_eve = call.clone().dispatch_bypass_filter(signed(Eve)).map_err(|e| e.error);
			let not_curator = pallet_datanets::Error::<Runtime>::NotCurator.into();
			let expected =
				if name.starts_with("Datanets") { not_curator } else { DispatchError::BadOrigin };
			assert_eq!(by_eve, Err(expected), "{name} from a signed account");
			for wrong in [
				Track::EconomicParams,
				Track::ContentModeration,
				Track::DisputeFallback,
				Track::WhitelistedCaller,
				Track::ReferendumCanceller,
				Track::ReferendumKiller,
			] {
				if wrong != right {
					refused(track(wrong));
				}
			}
			let through_track = call.dispatch_bypass_filter(track(right));
			assert!(through_track.is_ok(), "{name} through its track: {through_track:?}");
			check_invariants();
		}
		assert_eq!(pallet_rewards::Policy::<Runtime>::get(), new_policy());
		assert_eq!(pallet_inference::MinProviderStake::<Runtime>::get(), 200 * OPEN);
	});
}

/// Submit `call` on the track of `origin`, place the decision deposit, and vote aye with
/// everyone's whole free balance but a margin; the referendum's index.
fn referendum(call: RuntimeCall, origin: OriginCaller) -> u32 {
	let index = pallet_referenda::ReferendumCount::<Runtime>::get();
	let proposal = <Preimage as StorePreimage>::bound(call).unwrap();
	assert_ok!(Referenda::submit(
		signed(Alice),
		Box::new(origin),
		proposal,
		frame_support::traits::schedule::DispatchTime::After(1),
	));
	assert_ok!(Referenda::place_decision_deposit(signed(Alice), index));
	for voter in [Alice, Bob, Charlie, Dave, Eve, Ferdie] {
		let who = voter.to_account_id();
		let vote = AccountVote::Standard {
			vote: Vote { aye: true, conviction: Conviction::Locked1x },
			balance: free(&who) - 10 * OPEN,
		};
		assert_ok!(pallet_conviction_voting::Pallet::<Runtime>::vote(
			RuntimeOrigin::signed(who),
			index,
			vote
		));
	}
	index
}

/// Blocks until `index` is approved and enacted (at most 40).
fn until_enacted(index: u32) -> u32 {
	for block in 1..=40 {
		next_block();
		let approved = matches!(
			pallet_referenda::ReferendumInfoFor::<Runtime>::get(index),
			Some(pallet_referenda::ReferendumInfo::Approved(..))
		);
		if approved && pallet_scheduler::Agenda::<Runtime>::iter().all(|(_, a)| a.is_empty()) {
			return block;
		}
	}
	panic!("referendum {index} not enacted within 40 blocks");
}

#[test]
fn a_referendum_on_economic_params_changes_the_split_policy() {
	development_ext().execute_with(|| {
		let call = RuntimeCall::Rewards(pallet_rewards::Call::set_policy { policy: new_policy() });
		let index = referendum(call, OriginCaller::Origins(Track::EconomicParams));
		let status = pallet_referenda::ReferendumInfoFor::<Runtime>::get(index).unwrap();
		let pallet_referenda::ReferendumInfo::Ongoing(status) = status else { panic!() };
		assert_eq!(status.track, ids::ECONOMIC_PARAMS);
		assert_ne!(pallet_rewards::Policy::<Runtime>::get(), new_policy());
		let blocks = until_enacted(index);
		assert_eq!(pallet_rewards::Policy::<Runtime>::get(), new_policy());
		// Prepare, decide and confirm are 5 blocks each on this preset.
		assert!(blocks <= 20, "took {blocks} blocks");
		check_invariants();
	});
}

#[test]
fn a_referendum_on_the_wrong_track_cannot_set_the_policy() {
	development_ext().execute_with(|| {
		let call = RuntimeCall::Rewards(pallet_rewards::Call::set_policy { policy: new_policy() });
		let index = referendum(call, OriginCaller::Origins(Track::ContentModeration));
		until_enacted(index);
		// Enacted with the content-moderation origin: the call failed, the policy stands.
		assert_ne!(pallet_rewards::Policy::<Runtime>::get(), new_policy());
	});
}

#[test]
fn the_committee_whitelists_a_call_that_the_whitelisted_track_dispatches() {
	development_ext().execute_with(|| {
		let call = RuntimeCall::Rewards(pallet_rewards::Call::set_policy { policy: new_policy() });
		let hash = <Runtime as frame_system::Config>::Hashing::hash_of(&call);
		assert_ok!(Preimage::note_preimage(signed(Alice), call.encode()));
		// Two of the three committee members whitelist it.
		let whitelist =
			RuntimeCall::Whitelist(pallet_whitelist::Call::whitelist_call { call_hash: hash });
		let length = whitelist.encoded_size() as u32;
		assert_ok!(TechnicalCommittee::propose(
			signed(Alice),
			2,
			Box::new(whitelist.clone()),
			length
		));
		let proposal = <Runtime as frame_system::Config>::Hashing::hash_of(&whitelist);
		assert_ok!(TechnicalCommittee::vote(signed(Alice), proposal, 0, true));
		assert_ok!(TechnicalCommittee::vote(signed(Bob), proposal, 0, true));
		assert_ok!(TechnicalCommittee::close(
			signed(Charlie),
			proposal,
			0,
			frame_support::weights::Weight::from_parts(10_000_000_000, 1_000_000),
			length
		));
		assert!(pallet_whitelist::WhitelistedCall::<Runtime>::contains_key(hash));
		// A signed account cannot dispatch it (only a call whose dispatch was deferred may be
		// dispatched by anyone, and none was); the whitelisted_caller track can.
		let weight = frame_support::weights::Weight::from_parts(10_000_000_000, 1_000_000);
		let call_len = call.encoded_size() as u32;
		assert_noop!(
			Whitelist::dispatch_whitelisted_call(signed(Alice), hash, call_len, weight),
			pallet_whitelist::Error::<Runtime>::DeferredDispatchNotFound
		);
		assert_ok!(Whitelist::dispatch_whitelisted_call(
			track(Track::WhitelistedCaller),
			hash,
			call_len,
			weight
		));
		assert_eq!(pallet_rewards::Policy::<Runtime>::get(), new_policy());
	});
}

#[test]
fn the_canceller_and_killer_tracks_end_referenda() {
	development_ext().execute_with(|| {
		let call = RuntimeCall::System(frame_system::Call::remark { remark: vec![1] });
		let first = referendum(call.clone(), OriginCaller::Origins(Track::EconomicParams));
		let second = referendum(call, OriginCaller::Origins(Track::EconomicParams));
		assert_noop!(Referenda::cancel(signed(Alice), first), DispatchError::BadOrigin);
		assert_noop!(
			Referenda::cancel(track(Track::ReferendumKiller), first),
			DispatchError::BadOrigin
		);
		assert_ok!(Referenda::cancel(track(Track::ReferendumCanceller), first));
		assert_noop!(
			Referenda::kill(track(Track::ReferendumCanceller), second),
			DispatchError::BadOrigin
		);
		assert_ok!(Referenda::kill(track(Track::ReferendumKiller), second));
	});
}

#[test]
fn a_case_without_jurors_goes_to_the_dispute_fallback_track_which_slashes_the_provider() {
	development_ext().execute_with(|| {
		let (user, provider, challenger) =
			(Ferdie.to_account_id(), Dave.to_account_id(), Eve.to_account_id());
		let stake = pallet_inference::Providers::<Runtime>::get(&provider).unwrap().stake;
		// The dev chain's jurors leave the pool before the call: no jury can be drawn.
		for juror in pallet_court::Pool::<Runtime>::get() {
			assert_ok!(Court::leave_jury(RuntimeOrigin::signed(juror)));
		}
		assert_ok!(Inference::request_inference(
			RuntimeOrigin::signed(user),
			0,
			provider.clone(),
			H256::repeat_byte(1),
			OPEN
		));
		assert_ok!(Inference::submit_result(
			RuntimeOrigin::signed(provider.clone()),
			0,
			H256::repeat_byte(2),
			Attribution::default()
		));
		assert_ok!(Inference::challenge(
			RuntimeOrigin::signed(challenger),
			0,
			bounded(b"https://example.org/output.txt".to_vec())
		));
		assert!(pallet_court::Cases::<Runtime>::contains_key(0));
		// The pool is empty: the draw sends the case to governance.
		next_block();
		next_block();
		assert_ok!(Court::draw_jury(signed(Alice), 0));
		assert!(matches!(
			pallet_court::Cases::<Runtime>::get(0).unwrap().phase,
			pallet_court::Phase::Fallback { .. }
		));
		assert_noop!(Court::decide(signed(Alice), 0, true), DispatchError::BadOrigin);
		assert_noop!(
			Court::decide(track(Track::EconomicParams), 0, true),
			DispatchError::BadOrigin
		);
		// Settlement waits for the verdict (the referendum decides well within the fallback
		// timeout of 50 blocks, after which the case would close undecided by itself).
		for _ in 0..10 {
			next_block();
		}
		assert!(pallet_inference::Requests::<Runtime>::contains_key(0));
		let index = referendum(
			RuntimeCall::Court(pallet_court::Call::decide { inference: 0, upheld: true }),
			OriginCaller::Origins(Track::DisputeFallback),
		);
		until_enacted(index);
		assert!(!pallet_court::Cases::<Runtime>::contains_key(0));
		assert!(!pallet_inference::Requests::<Runtime>::contains_key(0));
		let slashed = stake - pallet_inference::Providers::<Runtime>::get(&provider).unwrap().stake;
		assert_eq!(slashed, stake / 10);
		check_invariants();
	});
}
