//! Settlement by anyone after the window, and in `on_idle` within its weight.

use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::Hooks, weights::Weight};
use openledger_primitives::{InferenceId, InferenceRewards};

#[test]
fn settlement_hands_the_escrow_to_the_rewards_split() {
	build_and_execute(|| {
		let scene = scene();
		let user_before = free(USER);
		let issuance = pallet_balances::TotalIssuance::<Test>::get();
		let id = request(scene.adapter);
		answer(id, attribution(&[(4, 50)], &[]));
		run_to(CHALLENGE_WINDOW);
		assert_noop!(
			Inference::settle(RuntimeOrigin::signed(2), id),
			Error::<Test>::ChallengeWindowOpen
		);
		run_to(1 + CHALLENGE_WINDOW);
		// Charged for this split: one ancestor, one contribution, the adapter's datanet's pool;
		// the largest split's weight was reserved.
		let post = Inference::settle(RuntimeOrigin::signed(2), id).unwrap();
		let split = <() as pallet_rewards::WeightInfo>::settle(1, 1, 1);
		assert_eq!(post.actual_weight, Some(<() as crate::WeightInfo>::settle() + split));
		assert!(split.all_lt(<Test as Config>::Rewards::settle_weight()));
		assert_eq!(last_event(), Event::Settled { inference: id, fee: PRICE });
		// The user paid the price; the request deposit came back and the receipt's is held
		// until the receipt is pruned; nothing was created or lost.
		let receipt_deposit: u128 =
			<<Test as pallet_rewards::Config>::ReceiptDeposit as frame_support::traits::Get<_>>::get();
		assert_eq!(free(USER), user_before - PRICE - receipt_deposit);
		assert_eq!(held(HoldReason::Escrow, USER), 0);
		assert_eq!(pallet_rewards::ReceiptDeposits::<Test>::get(id), Some((USER, receipt_deposit)));
		assert_eq!(pallet_balances::TotalIssuance::<Test>::get(), issuance);
		let receipt = pallet_rewards::Receipts::<Test>::get(id).unwrap();
		assert_eq!(receipt.fee, PRICE);
		assert_eq!(receipt.provider.account, PROVIDER);
		assert_eq!(receipt.contributors[0].contributor, 7);
		assert_eq!(Providers::<Test>::get(PROVIDER).unwrap().open_requests, 0);
		assert_noop!(Inference::settle(RuntimeOrigin::signed(2), id), Error::<Test>::RequestClosed);
		assert_noop!(Inference::settle(RuntimeOrigin::signed(2), 9), Error::<Test>::UnknownRequest);
	});
}

#[test]
fn unanswered_requests_cannot_be_settled() {
	build_and_execute(|| {
		let scene = scene();
		let id = request(scene.base);
		run_to(10);
		assert_noop!(Inference::settle(RuntimeOrigin::signed(2), id), Error::<Test>::NotAnswered);
	});
}

#[test]
fn on_idle_settles_due_results_oldest_first_within_its_weight() {
	build_and_execute(|| {
		let scene = scene();
		let ids: Vec<u64> = (0..3).map(|_| request(scene.base)).collect();
		for id in &ids {
			answer(*id, attribution(&[], &[]));
		}
		let worst = Inference::settle_due_per_request();
		// The look: the queue's bounds, and its head's entry and request even when not due.
		let db = <Test as frame_system::Config>::DbWeight::get();
		let base = <() as crate::WeightInfo>::settle_queued(0) + db.reads(2);
		// Each one is counted at its size: the base model, no attribution, its datanet's pool.
		let one = Inference::settle_due_own() + <() as pallet_rewards::WeightInfo>::settle(0, 0, 1);
		assert!(one.all_lt(worst));
		// Not due yet: nothing settles, whatever the weight.
		Inference::settle_due(CHALLENGE_WINDOW, Weight::MAX);
		assert_eq!(SettlementQueueBounds::<Test>::get(), (0, 3));
		let due = 1 + CHALLENGE_WINDOW;
		System::set_block_number(due);
		// (The settlement part of `on_idle`; the expiry part is tested with expiries.)
		// Room for the look, not for the largest settlement: only the look.
		assert_eq!(Inference::settle_due(due, base + worst - Weight::from_parts(1, 0)), base);
		assert!(Requests::<Test>::contains_key(ids[0]));
		// Room for the largest settlement once: one settles, charged its own size.
		assert_eq!(Inference::settle_due(due, base + worst), base + one);
		assert!(!Requests::<Test>::contains_key(ids[0]));
		assert!(Requests::<Test>::contains_key(ids[1]));
		// Less than the look costs: nothing at all.
		assert_eq!(Inference::settle_due(due, base / 2), Weight::zero());
		// Enough for the rest.
		assert_eq!(Inference::settle_due(due, Weight::MAX), base + one * 2);
		assert_eq!(SettlementQueueBounds::<Test>::get(), (3, 3));
		assert!(pallet_rewards::Receipts::<Test>::contains_key(ids[2]));
	});
}

#[test]
fn on_idle_skips_ended_and_challenged_requests() {
	build_and_execute(|| {
		let scene = scene();
		let settled = request(scene.base);
		let challenged = request(scene.base);
		answer(settled, attribution(&[], &[]));
		answer(challenged, attribution(&[], &[]));
		assert_ok!(challenge(CHALLENGER, challenged));
		run_to(1 + CHALLENGE_WINDOW);
		assert_ok!(Inference::settle(RuntimeOrigin::signed(2), settled));
		Inference::on_idle(1 + CHALLENGE_WINDOW, Weight::MAX);
		assert_eq!(SettlementQueueBounds::<Test>::get(), (2, 2));
		// Rejecting the challenge queues the result again.
		assert_ok!(verdict(challenged, openledger_primitives::Verdict::Rejected));
		Inference::on_idle(1 + CHALLENGE_WINDOW, Weight::MAX);
		assert!(!Requests::<Test>::contains_key(challenged));
		assert!(pallet_rewards::Receipts::<Test>::contains_key(challenged));
	});
}

#[test]
fn a_settlement_that_fails_in_on_idle_refunds_the_user() {
	build_and_execute(|| {
		let scene = scene();
		let before = free(USER);
		let id = request(scene.base);
		answer(id, attribution(&[], &[]));
		// The rewards pallet refuses: the pool is at its limit.
		pallet_rewards::Pools::<Test>::mutate(scene.data, |record| {
			record.pool.reward_per_share = pallet_rewards::pool::reward_per_share_limit()
		});
		run_to(1 + CHALLENGE_WINDOW);
		assert_noop!(
			Inference::settle(RuntimeOrigin::signed(2), id),
			pallet_rewards::Error::<Test>::PoolOverflow
		);
		Inference::on_idle(1 + CHALLENGE_WINDOW, Weight::MAX);
		assert_eq!(
			last_event(),
			Event::SettlementFailed {
				inference: id,
				error: pallet_rewards::Error::<Test>::PoolOverflow.into(),
				refund: PRICE
			}
		);
		assert_eq!(free(USER), before);
		pallet_rewards::Pools::<Test>::mutate(scene.data, |record| {
			record.pool.reward_per_share = Default::default()
		});
	});
}

#[test]
fn try_state_catches_escrow_that_is_not_held() {
	new_test_ext().execute_with(|| {
		let scene = scene();
		let id = request(scene.base);
		assert!(Inference::do_try_state().is_ok());
		Requests::<Test>::mutate(id, |r| r.as_mut().unwrap().fee += 1);
		assert_eq!(Inference::do_try_state(), Err("escrow differs from open fees".into()));
	});
}

#[test]
fn an_escrow_no_longer_held_is_refused() {
	use frame_support::traits::{fungible::MutateHold, tokens::Precision};
	build_and_execute(|| {
		let scene = scene();
		let id = request(scene.base);
		answer(id, attribution(&[], &[]));
		run_to(1 + CHALLENGE_WINDOW);
		// Tamper: part of the escrow leaves its hold behind the pallet's back.
		let escrow = HoldReason::Escrow.into();
		assert_ok!(Balances::release(&escrow, &USER, 1, Precision::Exact));
		assert_noop!(Inference::settle(RuntimeOrigin::signed(2), id), Error::<Test>::EscrowMissing);
		assert_ok!(Balances::hold(&escrow, &USER, 1));
	});
}

#[test]
fn counters_out_of_range_are_refused() {
	build_and_execute(|| {
		let scene = scene();
		NextInferenceId::<Test>::put(InferenceId::MAX);
		assert_noop!(
			Inference::request_inference(
				RuntimeOrigin::signed(USER),
				scene.base,
				PROVIDER,
				sp_core::H256::zero(),
				PRICE
			),
			Error::<Test>::Overflow
		);
		NextInferenceId::<Test>::put(0);
		// Tamper: the provider's count forgets an open request, so ending it finds none.
		let id = request(scene.base);
		Providers::<Test>::mutate(PROVIDER, |p| p.as_mut().unwrap().open_requests = 0);
		run_to(2 + DEADLINE);
		assert_noop!(Inference::cancel(RuntimeOrigin::signed(USER), id), Error::<Test>::Underflow);
		Providers::<Test>::mutate(PROVIDER, |p| p.as_mut().unwrap().open_requests = 1);
	});
}
