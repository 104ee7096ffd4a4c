//! The split policy and per-model data sides.

use super::scene;
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::{DispatchError, Perbill};

fn policy(treasury: u32, provider: u32, model: u32, data: u32) -> SplitPolicy {
	SplitPolicy {
		treasury: Perbill::from_percent(treasury),
		provider: Perbill::from_percent(provider),
		model: Perbill::from_percent(model),
		data: Perbill::from_percent(data),
	}
}

#[test]
fn governance_sets_a_complete_policy_within_bounds() {
	build_and_execute(|| {
		assert_ok!(Rewards::set_policy(RuntimeOrigin::root(), policy(10, 10, 30, 50)));
		assert_eq!(Policy::<Test>::get(), policy(10, 10, 30, 50));
		assert_eq!(last_event(), Event::PolicySet { policy: policy(10, 10, 30, 50) });
		assert_noop!(
			Rewards::set_policy(RuntimeOrigin::signed(1), policy(10, 10, 30, 50)),
			DispatchError::BadOrigin
		);
		assert_noop!(
			Rewards::set_policy(RuntimeOrigin::root(), policy(10, 10, 30, 49)),
			Error::<Test>::PolicyNotComplete
		);
		assert_noop!(
			Rewards::set_policy(RuntimeOrigin::root(), policy(5, 0, 90, 5)),
			Error::<Test>::DataSideOutOfBounds
		);
	});
}

#[test]
fn a_model_owner_moves_the_data_side_within_bounds() {
	build_and_execute(|| {
		let (_, _, adapter) = scene();
		assert_noop!(
			Rewards::set_model_data_side(
				RuntimeOrigin::signed(10),
				adapter,
				Some(Perbill::from_percent(60))
			),
			Error::<Test>::NotModelOwner
		);
		assert_noop!(
			Rewards::set_model_data_side(RuntimeOrigin::signed(11), 42, None),
			Error::<Test>::UnknownModel
		);
		assert_noop!(
			Rewards::set_model_data_side(
				RuntimeOrigin::signed(11),
				adapter,
				Some(Perbill::from_percent(5))
			),
			Error::<Test>::DataSideOutOfBounds
		);
		// Model 35% + data 40% = 75% < 78% <= the 80% bound.
		assert_noop!(
			Rewards::set_model_data_side(
				RuntimeOrigin::signed(11),
				adapter,
				Some(Perbill::from_percent(78))
			),
			Error::<Test>::DataSideAboveModelSide
		);
		assert_ok!(Rewards::set_model_data_side(
			RuntimeOrigin::signed(11),
			adapter,
			Some(Perbill::from_percent(60))
		));
		assert_eq!(
			last_event(),
			Event::ModelDataSideSet { model: adapter, data_side: Some(Perbill::from_percent(60)) }
		);
		assert_ok!(settle(1, adapter, 1_000, &attribution(&[], &[])));
		let receipt = Receipts::<Test>::get(1).unwrap();
		// Data 60%, model side 15% (of which the base's 10%).
		assert_eq!(receipt.pools[0].amount, 600);
		assert_eq!(receipt.owner.amount + receipt.ancestors[0].amount, 150);
		assert_eq!(receipt.data_side, Perbill::from_percent(60));
		assert_ok!(Rewards::set_model_data_side(RuntimeOrigin::signed(11), adapter, None));
		assert_eq!(ModelDataSide::<Test>::get(adapter), None);
	});
}
