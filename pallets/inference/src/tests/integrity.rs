//! Issue 14: terms fixed at request (A4), expiry in `on_idle` (B6), the reads `on_idle`
//! charges when nothing is due (D16), and a deprecated model's deposit (B9).

use crate::{mock::*, weights::WeightInfo, *};
use frame_support::{assert_noop, assert_ok, traits::Hooks, weights::Weight};
use sp_runtime::Perbill;
use sp_runtime::Saturating;

const PLENTY: Weight = Weight::from_parts(u64::MAX, u64::MAX);

#[test]
fn the_split_terms_are_fixed_when_the_call_is_requested() {
	build_and_execute(|| {
		let scene = scene();
		let id = request(scene.adapter);
		let requested_under = pallet_rewards::Pallet::<Test>::terms_for(scene.adapter);
		assert_eq!(RequestTerms::<Test>::get(id), Some(requested_under));
		answer(id, attribution(&[(4, 50)], &[]));
		// Between request and settlement the owner moves the data side to the minimum and
		// governance moves the provider's part: neither reaches this call.
		assert_ok!(Rewards::set_model_data_side(
			RuntimeOrigin::signed(11),
			scene.adapter,
			Some(Perbill::from_percent(10))
		));
		let mut policy = pallet_rewards::Policy::<Test>::get();
		policy.treasury = policy.treasury.saturating_add(policy.provider);
		policy.provider = Perbill::zero();
		assert_ok!(Rewards::set_policy(RuntimeOrigin::root(), policy));
		run_to(1 + CHALLENGE_WINDOW);
		assert_ok!(Inference::settle(RuntimeOrigin::signed(2), id));
		let receipt = pallet_rewards::Receipts::<Test>::get(id).unwrap();
		assert_eq!(receipt.data_side, requested_under.data);
		assert_eq!(receipt.provider.amount, requested_under.provider.mul_floor(PRICE));
		assert_eq!(RequestTerms::<Test>::get(id), None);
		// A call requested now is split by the new terms.
		let later = request(scene.adapter);
		let now_terms = RequestTerms::<Test>::get(later).unwrap();
		assert_eq!(now_terms.data, Perbill::from_percent(10));
		assert_eq!(now_terms.provider, Perbill::zero());
	});
}

#[test]
fn on_idle_expires_overdue_requests_within_its_weight() {
	build_and_execute(|| {
		let scene = scene();
		let first = request(scene.base);
		let answered = request(scene.adapter);
		let second = request(scene.base);
		answer(answered, attribution(&[], &[]));
		assert_eq!(Providers::<Test>::get(PROVIDER).unwrap().open_requests, 3);
		let before = free(USER);
		// At the deadline nothing is due.
		System::set_block_number(1 + DEADLINE);
		Inference::on_idle(1 + DEADLINE, PLENTY);
		assert!(Requests::<Test>::contains_key(first));
		// After it, only enough weight for one expiry: the oldest goes.
		System::set_block_number(2 + DEADLINE);
		let db = <Test as frame_system::Config>::DbWeight::get();
		let one = <() as WeightInfo>::settle_queued(0)
			+ db.reads(5)
			+ <() as WeightInfo>::expire_request();
		Inference::on_idle(2 + DEADLINE, one);
		assert!(!Requests::<Test>::contains_key(first));
		assert!(Requests::<Test>::contains_key(second));
		assert_eq!(last_event(), Event::RequestExpired { inference: first, refund: PRICE });
		// The rest: the answered one is skipped (it settles), the unanswered one expires.
		Inference::on_idle(2 + DEADLINE, PLENTY);
		assert!(!Requests::<Test>::contains_key(second));
		assert!(!Requests::<Test>::contains_key(answered));
		// Two refunds; the settled call's request deposit returned, its receipt's held.
		assert_eq!(free(USER), before + 2 * (PRICE + DEPOSIT) + DEPOSIT - RECEIPT_DEPOSIT);
		assert_eq!(Providers::<Test>::get(PROVIDER).unwrap().open_requests, 0);
		assert_eq!(ExpiryQueueBounds::<Test>::get(), (3, 3));
	});
}

#[test]
fn on_idle_charges_the_queue_heads_it_reads_when_none_is_due() {
	build_and_execute(|| {
		let scene = scene();
		let unanswered = request(scene.base);
		let id = request(scene.base);
		answer(id, attribution(&[], &[]));
		// Both queues have a head, neither due: the reads are still charged.
		let used = Inference::on_idle(1, PLENTY);
		let db = <Test as frame_system::Config>::DbWeight::get();
		let looked = <() as WeightInfo>::settle_queued(0) + db.reads(2) + db.reads(3);
		assert_eq!(used, looked);
		assert!(Requests::<Test>::contains_key(id));
		assert!(Requests::<Test>::contains_key(unanswered));
	});
}

#[test]
fn a_deprecated_model_returns_its_deposit_once_no_request_is_open() {
	build_and_execute(|| {
		let scene = scene();
		let id = request(scene.base);
		let model_deposit = pallet_models::Models::<Test>::get(scene.base).unwrap().deposit;
		assert_ok!(Models::deprecate(RuntimeOrigin::signed(10), scene.base));
		// A request is open: the deposit stays.
		assert_eq!(pallet_models::Models::<Test>::get(scene.base).unwrap().deposit, model_deposit);
		assert_noop!(
			Models::release_deposit(RuntimeOrigin::signed(3), scene.base),
			pallet_models::Error::<Test>::RequestsStillOpen
		);
		assert_noop!(
			Models::release_deposit(RuntimeOrigin::signed(3), scene.adapter),
			pallet_models::Error::<Test>::NotDeprecated
		);
		run_to(2 + DEADLINE);
		assert_ok!(Inference::expire_request(RuntimeOrigin::signed(3), id));
		let owner_free = free(10);
		assert_ok!(Models::release_deposit(RuntimeOrigin::signed(3), scene.base));
		assert_eq!(free(10), owner_free + model_deposit);
		let record = pallet_models::Models::<Test>::get(scene.base).unwrap();
		assert_eq!(
			(record.deposit, record.status),
			(0, openledger_primitives::ModelStatus::Deprecated)
		);
		assert_noop!(
			Models::release_deposit(RuntimeOrigin::signed(3), scene.base),
			pallet_models::Error::<Test>::DepositAlreadyReleased
		);
		// With no request open, deprecating returns the deposit at once.
		let owner_free = free(11);
		assert_ok!(Models::deprecate(RuntimeOrigin::signed(11), scene.adapter));
		assert_eq!(free(11), owner_free + model_deposit);
	});
}

/// Issue 14, G20: requests made under storage version 0 (no terms, not in the expiry queue,
/// not counted per model) still settle, expire and end after the migration to version 1.
#[test]
fn requests_of_the_previous_layout_work_after_the_migration() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	build_and_execute(|| {
		let scene = scene();
		let answered = request(scene.adapter);
		let unanswered = request(scene.base);
		answer(answered, attribution(&[(4, 50)], &[]));
		// The layout of version 0: none of the new maps.
		let _ = RequestTerms::<Test>::clear(u32::MAX, None);
		let _ = ExpiryQueue::<Test>::clear(u32::MAX, None);
		ExpiryQueueBounds::<Test>::kill();
		let _ = OpenRequestsOf::<Test>::clear(u32::MAX, None);
		StorageVersion::new(0).put::<Pallet<Test>>();

		crate::migrations::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(1));
		check_invariants();
		// Running it again does nothing.
		crate::migrations::MigrateV0ToV1::<Test>::on_runtime_upgrade();

		// The answered one settles under the terms of today; the unanswered one is expired by
		// hand once overdue (on_idle does not know it); the model counts stay at zero.
		run_to(2 + DEADLINE);
		assert_ok!(Inference::settle(RuntimeOrigin::signed(2), answered));
		let terms = pallet_rewards::Pallet::<Test>::terms_for(scene.adapter);
		let receipt = pallet_rewards::Receipts::<Test>::get(answered).unwrap();
		assert_eq!(receipt.data_side, terms.data);
		Inference::on_idle(2 + DEADLINE, PLENTY);
		assert!(Requests::<Test>::contains_key(unanswered));
		assert_ok!(Inference::expire_request(RuntimeOrigin::signed(3), unanswered));
		assert_eq!(OpenRequestsOf::<Test>::get(scene.base), 0);
		assert_eq!(Providers::<Test>::get(PROVIDER).unwrap().open_requests, 0);
		// A new request after the upgrade is fully tracked.
		let fresh = request(scene.base);
		assert_eq!(OpenRequestsOf::<Test>::get(scene.base), 1);
		assert!(RequestTerms::<Test>::contains_key(fresh));
	});
}
