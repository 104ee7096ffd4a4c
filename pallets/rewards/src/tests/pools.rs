//! Datanet pools: pro rata to share, settled before every share change.

use super::scene;
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use openledger_primitives::{DatanetsInspect, ModelKind};
use sp_runtime::Perbill;

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
		assert_eq!(last_event(), Event::PoolClaimed { datanet, who: 2, amount: 266 });
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
		// Pool 300 over 2:1.
		assert_ok!(settle(1, adapter, 750, &attribution(&[], &[])));
		// Grading lifts account 2's first contribution to 4: shares 2 -> 5, 3 -> 1 in version 1
		// (the one the models cite); the next 600 split 500 / 100.
		assert_ok!(Datanets::grade_contribution(RuntimeOrigin::signed(1), 0, 4));
		assert_ok!(settle(2, adapter, 1_500, &attribution(&[], &[])));
		assert_eq!(Rewards::pool_rewards(datanet, &2), 200 + 500);
		assert_eq!(Rewards::pool_rewards(datanet, &3), 100 + 100);
	});
}

/// Issue 14, A3: a pool pays the contributors of the version the model cites. A contribution
/// accepted after that version (here: account 3's second, and account 4's, after version 1)
/// receives nothing from the model's settlements; once a model cites a version that includes
/// them, they share its payments.
#[test]
fn a_pool_pays_only_the_contributors_of_the_cited_version() {
	build_and_execute(|| {
		let (datanet, _, adapter) = scene();
		// After version 1: account 3 doubles its share, account 4 joins, both in epoch 2.
		contribute(3, datanet);
		let late = contribute(4, datanet);
		assert_eq!(Datanets::total_share(datanet), 5);
		// The adapter cites version 1 (shares 2 -> 2, 3 -> 1): 300 split 200 / 100.
		assert_ok!(settle(1, adapter, 750, &attribution(&[], &[])));
		assert_eq!(Rewards::pool_rewards(datanet, &2), 200);
		assert_eq!(Rewards::pool_rewards(datanet, &3), 100);
		assert_eq!(Rewards::pool_rewards(datanet, &4), 0);
		// Naming the datanet does not reach them either.
		assert_ok!(settle(2, adapter, 1_000, &attribution(&[], &[(datanet, 10)])));
		assert_eq!(Rewards::pool_rewards(datanet, &4), 0);
		// Version 2 includes them: a model citing it pays 2 -> 2, 3 -> 2, 4 -> 1.
		publish(1, datanet);
		let newer =
			register_model(12, ModelKind::Base, &[(datanet, Perbill::one())], Perbill::zero());
		let before = [2, 3, 4].map(|who| Rewards::pool_rewards(datanet, &who));
		assert_ok!(settle(3, newer, 1_250, &attribution(&[], &[]))); // pool 500
		let after = [2, 3, 4].map(|who| Rewards::pool_rewards(datanet, &who));
		assert_eq!(
			[after[0] - before[0], after[1] - before[1], after[2] - before[2]],
			[200, 200, 100]
		);
		// Removed since, it keeps what it earned and earns no more.
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(1), late));
		assert_eq!(Rewards::pool_rewards(datanet, &4), 100);
		assert_ok!(settle(4, newer, 1_250, &attribution(&[], &[])));
		assert_eq!(Rewards::pool_rewards(datanet, &4), 100);
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
