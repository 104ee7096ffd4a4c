//! Providers: registration, models served, unbonding.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, BoundedVec};
use openledger_primitives::bounded;
use sp_core::H256;
use sp_runtime::DispatchError;

fn models(ids: &[u32]) -> BoundedVec<u32, frame_support::traits::ConstU32<3>> {
	ids.to_vec().try_into().unwrap()
}

#[test]
fn a_provider_bonds_its_stake_for_the_models_it_serves() {
	build_and_execute(|| {
		let scene = scene();
		assert_eq!(held(HoldReason::ProviderStake, PROVIDER), STAKE);
		let provider = Providers::<Test>::get(PROVIDER).unwrap();
		assert_eq!(provider.models.to_vec(), vec![scene.base, scene.adapter]);
		// A model's owner serves their own model.
		assert_ok!(Inference::register_provider(
			RuntimeOrigin::signed(10),
			models(&[scene.base]),
			STAKE * 2
		));
		assert_eq!(
			last_event(),
			Event::ProviderRegistered { provider: 10, stake: STAKE * 2, models: vec![scene.base] }
		);
	});
}

#[test]
fn bad_registrations_are_refused() {
	build_and_execute(|| {
		let scene = scene();
		let who = RuntimeOrigin::signed(12);
		assert_noop!(
			Inference::register_provider(
				RuntimeOrigin::signed(PROVIDER),
				models(&[scene.base]),
				STAKE
			),
			Error::<Test>::AlreadyProvider
		);
		assert_noop!(
			Inference::register_provider(who.clone(), models(&[]), STAKE),
			Error::<Test>::NoModels
		);
		assert_noop!(
			Inference::register_provider(who.clone(), models(&[scene.base]), STAKE - 1),
			Error::<Test>::StakeBelowMinimum
		);
		assert_noop!(
			Inference::register_provider(who.clone(), models(&[7]), STAKE),
			Error::<Test>::UnknownModel
		);
		assert_noop!(
			Inference::register_provider(who.clone(), models(&[scene.base, scene.base]), STAKE),
			Error::<Test>::AlreadyServing
		);
		assert_noop!(
			Inference::register_provider(RuntimeOrigin::signed(30), models(&[scene.base]), STAKE),
			Error::<Test>::InsufficientBalance
		);
		assert_ok!(Models::deprecate(RuntimeOrigin::signed(10), scene.base));
		assert_noop!(
			Inference::register_provider(who, models(&[scene.base]), STAKE),
			Error::<Test>::ModelNotActive
		);
	});
}

#[test]
fn models_are_added_and_removed() {
	build_and_execute(|| {
		let scene = scene();
		let provider = RuntimeOrigin::signed(PROVIDER);
		assert_noop!(
			Inference::add_model(provider.clone(), scene.base),
			Error::<Test>::AlreadyServing
		);
		assert_noop!(
			Inference::add_model(RuntimeOrigin::signed(12), scene.base),
			Error::<Test>::UnknownProvider
		);
		assert_ok!(Inference::remove_model(provider.clone(), scene.base));
		assert_eq!(last_event(), Event::ServingStopped { provider: PROVIDER, model: scene.base });
		assert_noop!(
			Inference::remove_model(provider.clone(), scene.base),
			Error::<Test>::NotServingModel
		);
		assert_ok!(Inference::add_model(provider.clone(), scene.base));
		assert_eq!(last_event(), Event::ServingStarted { provider: PROVIDER, model: scene.base });
		// A third model fits (bound 3), a fourth does not.
		let third = {
			assert_ok!(Models::register_model(
				RuntimeOrigin::signed(12),
				bounded(b"m".to_vec()),
				bounded(vec![]),
				sp_core::H256::zero(),
				openledger_primitives::ModelKind::Base,
				bounded(vec![]),
				PRICE,
				pallet_models::DerivativeTerms { allowed: false, royalty: Default::default() }
			));
			pallet_models::NextModelId::<Test>::get() - 1
		};
		assert_ok!(Inference::add_model(provider.clone(), third));
		assert_ok!(Models::register_model(
			RuntimeOrigin::signed(12),
			bounded(b"m".to_vec()),
			bounded(vec![]),
			sp_core::H256::zero(),
			openledger_primitives::ModelKind::Base,
			bounded(vec![]),
			PRICE,
			pallet_models::DerivativeTerms { allowed: false, royalty: Default::default() }
		));
		assert_noop!(Inference::add_model(provider, third + 1), Error::<Test>::TooManyModels);
	});
}

#[test]
fn unbonding_waits_for_open_requests_and_the_delay() {
	build_and_execute(|| {
		let scene = scene();
		let provider = RuntimeOrigin::signed(PROVIDER);
		let id = request(scene.base);
		assert_noop!(Inference::unbond(provider.clone()), Error::<Test>::OpenRequests);
		assert_noop!(Inference::withdraw_unbonded(provider.clone()), Error::<Test>::NotUnbonding);
		answer(id, attribution(&[], &[]));
		run_to(1 + CHALLENGE_WINDOW);
		assert_ok!(Inference::settle(RuntimeOrigin::signed(USER), id));

		assert_ok!(Inference::unbond(provider.clone()));
		let due = 1 + CHALLENGE_WINDOW + UNBONDING;
		assert_eq!(last_event(), Event::Unbonding { provider: PROVIDER, withdrawable_at: due });
		assert_noop!(Inference::unbond(provider.clone()), Error::<Test>::ProviderUnbonding);
		// Unbonding providers take no new requests and no new models.
		assert_noop!(
			Inference::request_inference(
				RuntimeOrigin::signed(USER),
				scene.base,
				PROVIDER,
				Default::default(),
				PRICE
			),
			Error::<Test>::ProviderUnbonding
		);
		assert_noop!(
			Inference::add_model(provider.clone(), scene.adapter),
			Error::<Test>::ProviderUnbonding
		);
		run_to(due - 1);
		assert_noop!(
			Inference::withdraw_unbonded(provider.clone()),
			Error::<Test>::UnbondingNotDue
		);
		run_to(due);
		let before = free(PROVIDER);
		assert_ok!(Inference::withdraw_unbonded(provider));
		assert_eq!(free(PROVIDER), before + STAKE);
		assert!(!Providers::<Test>::contains_key(PROVIDER));
	});
}

#[test]
fn governance_sets_the_minimum_stake() {
	build_and_execute(|| {
		let scene = scene();
		assert_noop!(
			Inference::set_min_provider_stake(RuntimeOrigin::signed(1), 5),
			DispatchError::BadOrigin
		);
		assert_ok!(Inference::set_min_provider_stake(RuntimeOrigin::root(), STAKE + 1));
		assert_eq!(last_event(), Event::MinProviderStakeSet { amount: STAKE + 1 });
		// The provider's stake is now too low to take requests.
		assert_noop!(
			Inference::request_inference(
				RuntimeOrigin::signed(USER),
				scene.base,
				PROVIDER,
				Default::default(),
				PRICE
			),
			Error::<Test>::StakeBelowMinimum
		);
	});
}

#[test]
fn a_slashed_provider_bonds_extra_without_unbonding() {
	build_and_execute(|| {
		let scene = scene();
		// An upheld challenge slashes 10% of the stake: below the minimum, no new requests.
		let id = request(scene.base);
		answer(id, attribution(&[], &[]));
		assert_ok!(challenge(CHALLENGER, id));
		assert_ok!(verdict(id, openledger_primitives::Verdict::Upheld));
		let call = || {
			Inference::request_inference(
				RuntimeOrigin::signed(USER),
				scene.base,
				PROVIDER,
				H256::zero(),
				PRICE,
			)
		};
		assert_noop!(call(), Error::<Test>::StakeBelowMinimum);
		assert_noop!(
			Inference::bond_extra(RuntimeOrigin::signed(PROVIDER), 0),
			Error::<Test>::ZeroAmount
		);
		assert_noop!(
			Inference::bond_extra(RuntimeOrigin::signed(USER), 100),
			Error::<Test>::UnknownProvider
		);
		assert_ok!(Inference::bond_extra(RuntimeOrigin::signed(PROVIDER), 100));
		assert_eq!(Providers::<Test>::get(PROVIDER).unwrap().stake, STAKE);
		assert_eq!(held(HoldReason::ProviderStake, PROVIDER), STAKE);
		assert_eq!(
			last_event(),
			Event::StakeBonded { provider: PROVIDER, amount: 100, stake: STAKE }
		);
		assert_ok!(call());
		// A provider on its way out cannot.
		assert_ok!(Inference::register_provider(
			RuntimeOrigin::signed(12),
			models(&[scene.base]),
			STAKE
		));
		assert_ok!(Inference::unbond(RuntimeOrigin::signed(12)));
		assert_noop!(
			Inference::bond_extra(RuntimeOrigin::signed(12), 100),
			Error::<Test>::ProviderUnbonding
		);
	});
}

#[test]
fn version_4_drops_the_count_of_open_batches_per_provider() {
	use codec::Encode;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	build_and_execute(|| {
		// Version 3's `OpenBatches`: a count per provider.
		let key = |who: u64| {
			let mut key =
				frame_support::storage::storage_prefix(b"Inference", b"OpenBatches").to_vec();
			key.extend(who.using_encoded(sp_io::hashing::blake2_128));
			key.extend(who.encode());
			key
		};
		for who in [PROVIDER, 7] {
			frame_support::storage::unhashed::put(&key(who), &2u32);
		}
		StorageVersion::new(3).put::<Pallet<Test>>();
		crate::migrations::MigrateV3ToV4::<Test>::on_runtime_upgrade();
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(4));
		for who in [PROVIDER, 7] {
			assert!(frame_support::storage::unhashed::get_raw(&key(who)).is_none());
		}
		// Applied once: a count put back afterwards stays.
		frame_support::storage::unhashed::put(&key(7), &1u32);
		crate::migrations::MigrateV3ToV4::<Test>::on_runtime_upgrade();
		assert!(frame_support::storage::unhashed::get_raw(&key(7)).is_some());
		frame_support::storage::unhashed::kill(&key(7));
	});
}

#[test]
fn version_5_drops_the_count_of_open_batches_per_model() {
	use codec::Encode;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	build_and_execute(|| {
		let scene = scene();
		// Version 4's `OpenBatchesOf`: a count per model, which kept a deprecated model's
		// deposit held.
		let key = |model: openledger_primitives::ModelId| {
			let mut key =
				frame_support::storage::storage_prefix(b"Inference", b"OpenBatchesOf").to_vec();
			key.extend(model.using_encoded(sp_io::hashing::twox_64));
			key.extend(model.encode());
			key
		};
		frame_support::storage::unhashed::put(&key(scene.base), &1u32);
		StorageVersion::new(4).put::<Pallet<Test>>();
		crate::migrations::MigrateV4ToV5::<Test>::on_runtime_upgrade();
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(5));
		assert!(frame_support::storage::unhashed::get_raw(&key(scene.base)).is_none());
		// Its deposit now returns once no request on it is open.
		assert_ok!(Models::deprecate(RuntimeOrigin::signed(10), scene.base));
		assert!(pallet_models::Models::<Test>::get(scene.base).unwrap().deposit == 0);
	});
}
