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
		assert_eq!(Accounts::<Test>::get(2).lifetime.from_pools, 266);
	});
}

/// Issue 26, regrade sandwich: a share change counts from the next version on. A model citing
/// version 1 keeps paying by version 1's shares after a regrade; one citing version 2 pays by the
/// new ones.
#[test]
fn a_share_change_counts_from_the_next_version_on() {
	build_and_execute(|| {
		let (datanet, _, adapter) = scene();
		// Pool 300 over 2:1.
		assert_ok!(settle(1, adapter, 750, &attribution(&[], &[])));
		// Grading lifts account 2's first contribution to 4 (shares 5:1 from version 2 on); the
		// adapter cites version 1: the next 600 still split 400 / 200.
		assert_ok!(Datanets::grade_contribution(RuntimeOrigin::signed(1), 0, 4));
		assert_ok!(settle(2, adapter, 1_500, &attribution(&[], &[])));
		assert_eq!(Rewards::pool_rewards(datanet, &2), 200 + 400);
		assert_eq!(Rewards::pool_rewards(datanet, &3), 100 + 200);
		// Lowering it back changes nothing for version 1 either.
		assert_ok!(Datanets::grade_contribution(RuntimeOrigin::signed(1), 0, 1));
		assert_ok!(Datanets::grade_contribution(RuntimeOrigin::signed(1), 0, 4));
		// A model citing version 2 pays 5:1: 600 split 500 / 100.
		publish(1, datanet);
		let newer =
			register_model(12, ModelKind::Base, &[(datanet, Perbill::one())], Perbill::zero());
		assert_ok!(settle(3, newer, 1_500, &attribution(&[], &[])));
		assert_eq!(Rewards::pool_rewards(datanet, &2), 600 + 500);
		assert_eq!(Rewards::pool_rewards(datanet, &3), 300 + 100);
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
		// Removed since, it keeps what it earned and still earns from version 2, which holds it.
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(1), late));
		assert_eq!(Rewards::pool_rewards(datanet, &4), 100);
		assert_ok!(settle(4, newer, 1_250, &attribution(&[], &[])));
		assert_eq!(Rewards::pool_rewards(datanet, &4), 200);
		// A model citing version 3 (without it) pays it nothing.
		publish(1, datanet);
		let newest =
			register_model(13, ModelKind::Base, &[(datanet, Perbill::one())], Perbill::zero());
		assert_ok!(settle(5, newest, 1_000, &attribution(&[], &[]))); // pool 400 over 2:2
		assert_eq!(Rewards::pool_rewards(datanet, &4), 200);
	});
}

#[test]
fn a_contributor_removed_from_a_datanet_keeps_earning_from_the_versions_that_hold_them() {
	build_and_execute(|| {
		let (datanet, _, adapter) = scene();
		assert_ok!(settle(1, adapter, 750, &attribution(&[], &[]))); // pool 300 over 2:1
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(1), 2));
		assert_eq!(Datanets::contributor_share(datanet, &3), 0);
		assert_eq!(PoolMembers::<Test>::get(datanet, 3).pending, 100);
		// The adapter cites version 1, which holds the removed contribution: 300 over 2:1 again.
		assert_ok!(settle(2, adapter, 750, &attribution(&[], &[])));
		assert_eq!(Rewards::pool_rewards(datanet, &3), 200);
		assert_eq!(Rewards::pool_rewards(datanet, &2), 400);
		assert_ok!(Rewards::claim_pool(RuntimeOrigin::signed(3), datanet));
		assert_eq!(PoolMembers::<Test>::get(datanet, 3).claimed, 200);
		// A model citing version 2 (without it) pays only the remaining contributor.
		publish(1, datanet);
		let newer =
			register_model(12, ModelKind::Base, &[(datanet, Perbill::one())], Perbill::zero());
		assert_ok!(settle(3, newer, 750, &attribution(&[], &[])));
		assert_eq!(Rewards::pool_rewards(datanet, &3), 0);
		assert_eq!(Rewards::pool_rewards(datanet, &2), 700);
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

/// Storage version 3: the epochs of version 2 (the share of the contributions accepted in each
/// epoch) become changes of the same size, and nobody's rewards move.
#[test]
fn epochs_of_storage_version_2_become_signed_changes() {
	use crate::migrations::{v2, v4};
	use codec::Encode;
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	build_and_execute(|| {
		let (datanet, _, adapter) = scene();
		// Account 3 joins after version 1 (epoch 2), then version 2 is published and paid.
		contribute(3, datanet);
		publish(1, datanet);
		let newer =
			register_model(12, ModelKind::Base, &[(datanet, Perbill::one())], Perbill::zero());
		assert_ok!(settle(1, adapter, 750, &attribution(&[], &[])));
		assert_ok!(settle(2, newer, 1_000, &attribution(&[], &[])));
		let owed = [2, 3].map(|who| Rewards::pool_rewards(datanet, &who));
		let (pool_epochs, member_epochs) =
			(Pools::<Test>::get(datanet).epochs, MemberEpochs::<Test>::get(datanet, 3));
		// The same records as version 2 stored them (every change a gain).
		let pool: Vec<v2::EpochPool> = pool_epochs
			.iter()
			.map(|e| v2::EpochPool {
				epoch: e.epoch,
				share: e.change as u64,
				reward_per_share: e.reward_per_share,
			})
			.collect();
		let member: Vec<v2::MemberEpoch> = MemberEpochs::<Test>::get(datanet, 3)
			.iter()
			.map(|e| v2::MemberEpoch { epoch: e.epoch, share: e.change as u64, debt: e.debt })
			.collect();
		assert_eq!((pool.len(), member.len()), (2, 2));
		// Version 2 kept a pool's epochs apart from the pool (as version 4 did).
		Pools::<Test>::mutate(datanet, |record| record.epochs = Default::default());
		frame_support::storage::unhashed::put_raw(
			&v4::PoolEpochs::<Test>::hashed_key_for(datanet),
			&pool.encode(),
		);
		frame_support::storage::unhashed::put_raw(
			&MemberEpochs::<Test>::hashed_key_for(datanet, 3),
			&member.encode(),
		);
		StorageVersion::new(2).put::<Pallet<Test>>();
		crate::migrations::MigrateV2ToV3::<Test>::on_runtime_upgrade();
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(3));
		assert_eq!(v4::PoolEpochs::<Test>::get(datanet), pool_epochs);
		assert_eq!(MemberEpochs::<Test>::get(datanet, 3), member_epochs);
		// Version 5 moves them into the pool's record, exactly.
		crate::migrations::MigrateV3ToV4::<Test>::on_runtime_upgrade();
		crate::migrations::MigrateV4ToV5::<Test>::on_runtime_upgrade();
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(5));
		assert_eq!(Pools::<Test>::get(datanet).epochs, pool_epochs);
		assert!(v4::PoolEpochs::<Test>::iter().next().is_none());
		assert_eq!([2, 3].map(|who| Rewards::pool_rewards(datanet, &who)), owed);
	});
}
