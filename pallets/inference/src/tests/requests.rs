//! Requests, results with attributions, cancellation.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use openledger_primitives::bounded;
use sp_core::H256;

#[test]
fn a_request_holds_the_price_in_escrow() {
	build_and_execute(|| {
		let scene = scene();
		let before = free(USER);
		let id = request(scene.adapter);
		assert_eq!(id, 0);
		assert_eq!(held(HoldReason::Escrow, USER), PRICE);
		assert_eq!(held(HoldReason::RequestDeposit, USER), DEPOSIT);
		assert_eq!(free(USER), before - PRICE - DEPOSIT);
		let stored = Requests::<Test>::get(id).unwrap();
		assert_eq!(
			(stored.fee, stored.deadline, stored.status),
			(PRICE, 1 + DEADLINE, RequestStatus::Requested)
		);
		assert_eq!(Providers::<Test>::get(PROVIDER).unwrap().open_requests, 1);
		assert_eq!(
			last_event(),
			Event::Requested {
				inference: 0,
				user: USER,
				model: scene.adapter,
				provider: PROVIDER,
				fee: PRICE,
				input_hash: H256::repeat_byte(9),
				deadline: 1 + DEADLINE,
			}
		);
		assert_eq!(request(scene.base), 1);
	});
}

#[test]
fn bad_requests_are_refused_and_move_no_funds() {
	build_and_execute(|| {
		let scene = scene();
		let call = |who: u64, model: u32, provider: u64, max_fee: u128| {
			Inference::request_inference(
				RuntimeOrigin::signed(who),
				model,
				provider,
				H256::zero(),
				max_fee,
			)
		};
		assert_noop!(call(USER, 9, PROVIDER, PRICE), Error::<Test>::UnknownModel);
		assert_noop!(call(USER, scene.base, 12, PRICE), Error::<Test>::UnknownProvider);
		assert_noop!(call(USER, scene.base, PROVIDER, PRICE - 1), Error::<Test>::PriceAboveMaxFee);
		assert_noop!(call(30, scene.base, PROVIDER, PRICE), Error::<Test>::InsufficientBalance);
		assert_ok!(Inference::remove_model(RuntimeOrigin::signed(PROVIDER), scene.base));
		assert_noop!(call(USER, scene.base, PROVIDER, PRICE), Error::<Test>::NotServingModel);
		assert_ok!(Models::deprecate(RuntimeOrigin::signed(11), scene.adapter));
		assert_noop!(call(USER, scene.adapter, PROVIDER, PRICE), Error::<Test>::ModelNotActive);
	});
}

#[test]
fn the_provider_answers_with_an_attribution_of_the_lineage() {
	build_and_execute(|| {
		let scene = scene();
		let id = request(scene.adapter);
		// Contribution 4 of the adapter's own datanet, 0 of the base's; both datanets.
		let attribution =
			attribution(&[(4, 30), (0, 20)], &[(scene.adapter_data, 25), (scene.data, 25)]);
		answer(id, attribution.clone());
		assert_eq!(Attributions::<Test>::get(id), Some(attribution));
		assert_eq!(
			Requests::<Test>::get(id).unwrap().status,
			RequestStatus::Answered { output_hash: H256::repeat_byte(8), at: 1 }
		);
		assert_eq!(
			last_event(),
			Event::ResultSubmitted {
				inference: id,
				output_hash: H256::repeat_byte(8),
				contributions: 2,
				datanets: 2,
			}
		);
		assert_eq!(SettlementQueueBounds::<Test>::get(), (0, 1));
	});
}

#[test]
fn bad_results_are_refused() {
	build_and_execute(|| {
		let scene = scene();
		let id = request(scene.adapter);
		let submit = |who: u64, id: u64, a: TestAttribution| {
			Inference::submit_result(RuntimeOrigin::signed(who), id, H256::zero(), a)
		};
		let none = || attribution(&[], &[]);
		assert_noop!(submit(USER, id, none()), Error::<Test>::NotAssignedProvider);
		assert_noop!(submit(PROVIDER, 7, none()), Error::<Test>::UnknownRequest);
		assert_noop!(
			submit(PROVIDER, id, attribution(&[(0, 60)], &[(scene.data, 41)])),
			Error::<Test>::ScoresOverHundredPercent
		);
		assert_noop!(
			submit(PROVIDER, id, attribution(&[(3, 10)], &[])),
			Error::<Test>::ContributionNotAttributable
		);
		assert_noop!(
			submit(PROVIDER, id, attribution(&[], &[(scene.unrelated, 10)])),
			Error::<Test>::DatanetNotAttributable
		);
		assert_noop!(
			submit(PROVIDER, id, attribution(&[(0, 10), (0, 10)], &[])),
			Error::<Test>::DuplicateContribution
		);
		assert_noop!(
			submit(PROVIDER, id, attribution(&[], &[(scene.data, 10), (scene.data, 10)])),
			Error::<Test>::DuplicateDatanet
		);
		assert_noop!(
			submit(PROVIDER, id, attribution(&[(99, 10)], &[])),
			Error::<Test>::UnknownContribution
		);
		// A removed contribution leaves no record to attribute.
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(1), 2));
		assert_noop!(
			submit(PROVIDER, id, attribution(&[(2, 10)], &[])),
			Error::<Test>::UnknownContribution
		);
		// The deadline block itself is still in time; the next is late.
		run_to(1 + DEADLINE + 1);
		assert_noop!(submit(PROVIDER, id, none()), Error::<Test>::DeadlinePassed);
		let late = request(scene.base);
		run_to(1 + DEADLINE + 1 + DEADLINE);
		answer(late, none());
		assert_noop!(submit(PROVIDER, late, none()), Error::<Test>::AlreadyAnswered);
	});
}

#[test]
fn an_unanswered_request_is_cancelled_after_its_deadline_for_a_full_refund() {
	build_and_execute(|| {
		let scene = scene();
		let before = free(USER);
		let id = request(scene.base);
		assert_noop!(
			Inference::cancel(RuntimeOrigin::signed(USER), 9),
			Error::<Test>::UnknownRequest
		);
		assert_noop!(Inference::cancel(RuntimeOrigin::signed(2), id), Error::<Test>::NotRequester);
		run_to(1 + DEADLINE);
		assert_noop!(
			Inference::cancel(RuntimeOrigin::signed(USER), id),
			Error::<Test>::DeadlineNotReached
		);
		run_to(2 + DEADLINE);
		assert_ok!(Inference::cancel(RuntimeOrigin::signed(USER), id));
		assert_eq!(free(USER), before);
		assert_eq!(last_event(), Event::Cancelled { inference: id, refund: PRICE });
		assert_eq!(Providers::<Test>::get(PROVIDER).unwrap().open_requests, 0);
		assert_noop!(
			Inference::cancel(RuntimeOrigin::signed(USER), id),
			Error::<Test>::RequestClosed
		);
		// An answered request cannot be cancelled.
		let answered = request(scene.base);
		answer(answered, attribution(&[], &[]));
		run_to(3 + 2 * DEADLINE);
		assert_noop!(
			Inference::cancel(RuntimeOrigin::signed(USER), answered),
			Error::<Test>::AlreadyAnswered
		);
	});
}

#[test]
fn anyone_expires_an_unanswered_request_so_it_cannot_hold_the_provider() {
	build_and_execute(|| {
		let scene = scene();
		let before = free(USER);
		let id = request(scene.base);
		// Unanswered, the request keeps the provider from unbonding.
		assert_noop!(
			Inference::unbond(RuntimeOrigin::signed(PROVIDER)),
			Error::<Test>::OpenRequests
		);
		run_to(1 + DEADLINE);
		assert_noop!(
			Inference::expire_request(RuntimeOrigin::signed(PROVIDER), id),
			Error::<Test>::DeadlineNotReached
		);
		run_to(2 + DEADLINE);
		// Anyone (here the provider itself): the user gets the fee and the deposit back.
		assert_ok!(Inference::expire_request(RuntimeOrigin::signed(PROVIDER), id));
		assert_eq!(free(USER), before);
		assert_eq!(last_event(), Event::RequestExpired { inference: id, refund: PRICE });
		assert_noop!(
			Inference::expire_request(RuntimeOrigin::signed(2), id),
			Error::<Test>::RequestClosed
		);
		assert_ok!(Inference::unbond(RuntimeOrigin::signed(PROVIDER)));
	});
}

#[test]
fn an_answered_request_does_not_expire() {
	build_and_execute(|| {
		let scene = scene();
		let id = request(scene.base);
		answer(id, attribution(&[], &[]));
		run_to(2 + DEADLINE);
		assert_noop!(
			Inference::expire_request(RuntimeOrigin::signed(2), id),
			Error::<Test>::AlreadyAnswered
		);
	});
}

#[test]
fn data_added_after_the_cited_version_cannot_be_attributed() {
	build_and_execute(|| {
		let scene = scene();
		// The base model cites version 1 of `data`. The provider contributes to that open
		// datanet afterwards (accepted at once) and names its own contribution.
		let late = pallet_datanets::NextContributionId::<Test>::get();
		assert_ok!(Datanets::contribute(
			RuntimeOrigin::signed(PROVIDER),
			scene.data,
			H256::repeat_byte(0xee),
			1,
			bounded(vec![])
		));
		let id = request(scene.base);
		let submit = |a: TestAttribution| {
			Inference::submit_result(RuntimeOrigin::signed(PROVIDER), id, H256::zero(), a)
		};
		assert_noop!(
			submit(attribution(&[(late, 50)], &[])),
			Error::<Test>::ContributionNotInCitedVersion
		);
		// Contributions that were in version 1 stay attributable.
		assert_ok!(submit(attribution(&[(0, 50)], &[])));
		// A model trained on version 2 may name it: the late contribution is in that version.
		assert_ok!(Datanets::publish_version(RuntimeOrigin::signed(1), scene.data));
		assert_ok!(Models::register_model(
			RuntimeOrigin::signed(10),
			bounded(b"v2".to_vec()),
			bounded(vec![]),
			H256::repeat_byte(2),
			openledger_primitives::ModelKind::Base,
			bounded(vec![(scene.data, 2, sp_runtime::Perbill::one())]),
			PRICE,
			pallet_models::DerivativeTerms { allowed: true, royalty: sp_runtime::Perbill::zero() }
		));
		let retrained = pallet_models::NextModelId::<Test>::get() - 1;
		assert_ok!(Inference::add_model(RuntimeOrigin::signed(PROVIDER), retrained));
		let id2 = request(retrained);
		answer(id2, attribution(&[(late, 50)], &[]));
	});
}
