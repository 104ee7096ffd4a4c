//! Datanet pools: pro rata to share, settled before every share change.

use super::scene;
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};

#[test]
fn a_pool_pays_pro_rata_to_share_with_bounded_dust() {
	build_and_execute(|| {
		let (datanet, _, adapter) = scene();
		// Pool gets 400 (no attribution); shares: 2 -> 2, 3 -> 1.
		assert_ok!(settle(1, adapter, 1_000, &attribution(&[], &[])));
		assert_eq!(Rewards::pool_rewards(datanet, &2), 266);
		assert_eq!(Rewards::pool_rewards(datanet, &3), 133);
		let before = free(2);
		assert_ok!(Rewards::claim_pool(RuntimeOrigin::signed(2), datanet));
		assert_eq!(free(2), before + 266);
		assert_eq!(
			last_event(),
			RuntimeEvent::Rewards(Event::PoolClaimed { datanet, who: 2, amount: 266 })
		);
		assert_noop!(
			Rewards::claim_pool(RuntimeOrigin::signed(2), datanet),
			Error::<Test>::NothingToClaim
		);
		assert_eq!(PoolMembers::<Test>::get(datanet, 2).claimed, 266);
		assert_eq!(AccountTotals::<Test>::get(2).from_pools, 266);
	});
}

#[test]
fn a_share_change_settles_the_contributor_at_the_old_share_first() {
	build_and_execute(|| {
		let (datanet, _, adapter) = scene();
		assert_ok!(settle(1, adapter, 750, &attribution(&[], &[]))); // pool 300 over 2:1
															   // Account 3 doubles its share, then grading lifts account 2's first contribution to 4.
		contribute(3, datanet);
		assert_ok!(Datanets::grade_contribution(RuntimeOrigin::signed(1), 0, 4));
		// Shares now 2 -> 5, 3 -> 2: the next 700 split 500 / 200.
		assert_ok!(settle(2, adapter, 1_750, &attribution(&[], &[])));
		assert_eq!(Rewards::pool_rewards(datanet, &2), 200 + 500);
		assert_eq!(Rewards::pool_rewards(datanet, &3), 100 + 200);
	});
}

#[test]
fn a_contributor_removed_from_a_datanet_keeps_what_they_earned() {
	build_and_execute(|| {
		let (datanet, _, adapter) = scene();
		assert_ok!(settle(1, adapter, 750, &attribution(&[], &[]))); // pool 300 over 2:1
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(1), 2));
		assert_eq!(Datanets::contributor_share(datanet, &3), 0);
		assert_eq!(PoolMembers::<Test>::get(datanet, 3).pending, 100);
		// Later payments go to the remaining contributor only.
		assert_ok!(settle(2, adapter, 750, &attribution(&[], &[])));
		assert_eq!(Rewards::pool_rewards(datanet, &3), 100);
		assert_eq!(Rewards::pool_rewards(datanet, &2), 500);
		assert_ok!(Rewards::claim_pool(RuntimeOrigin::signed(3), datanet));
		// Nothing at stake, owed or... claimed is kept as the lifetime record.
		assert_eq!(PoolMembers::<Test>::get(datanet, 3).claimed, 100);
	});
}

#[test]
fn joining_after_a_payment_earns_nothing_from_it() {
	build_and_execute(|| {
		let (datanet, _, adapter) = scene();
		assert_ok!(settle(1, adapter, 750, &attribution(&[], &[])));
		contribute(4, datanet);
		assert_eq!(Rewards::pool_rewards(datanet, &4), 0);
		assert_noop!(
			Rewards::claim_pool(RuntimeOrigin::signed(4), datanet),
			Error::<Test>::NothingToClaim
		);
	});
}

use openledger_primitives::DatanetsInspect;
