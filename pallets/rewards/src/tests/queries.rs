//! Issue 14, E17: account queries are bounded per call, whatever the account's contributions.

use super::scene;
use crate::{mock::*, *};
use frame_support::{assert_ok, traits::Hooks};
use openledger_primitives::DatanetsInspect;

#[test]
fn account_rewards_come_in_pages_and_keep_pools_after_every_contribution_left() {
	build_and_execute(|| {
		let (datanet, _, adapter) = scene();
		// Account 3 in three more pools: four datanets in all, with rewards in the first.
		let others: Vec<_> = (0..3).map(|_| open_datanet(1)).collect();
		for other in &others {
			contribute(3, *other);
		}
		assert_ok!(settle(1, adapter, 1_000, &attribution(&[], &[])));
		let first = Rewards::api_account_rewards_page(3, None, 2);
		assert_eq!(first.rewards.pools.len(), 2);
		let next = first.next.expect("more pools");
		let second = Rewards::api_account_rewards_page(3, Some(next), 2);
		assert_eq!(second.rewards.pools.len(), 2);
		assert_eq!(second.next, None);
		let mut seen: Vec<_> =
			first.rewards.pools.iter().chain(&second.rewards.pools).map(|p| p.datanet).collect();
		seen.sort();
		let mut expected = vec![datanet];
		expected.extend(&others);
		expected.sort();
		assert_eq!(seen, expected);
		// Withdrawing every contribution keeps the pool with unclaimed rewards listed.
		assert_ok!(Datanets::close_datanet(RuntimeOrigin::signed(1), datanet));
		assert_ok!(Datanets::withdraw_contribution(RuntimeOrigin::signed(3), 2));
		assert_eq!(Datanets::contributor_share(datanet, &3), 0);
		let all = Rewards::api_account_rewards(3);
		let position = all.pools.iter().find(|p| p.datanet == datanet).expect("still listed");
		assert_eq!((position.share, position.claimable), (0, 133));
		assert_eq!(all.claimable_total, 133);
	});
}

/// G20: pool records of storage version 1 join the index over the blocks after the upgrade,
/// within the weight `on_idle` is given.
#[test]
fn pool_records_of_the_previous_layout_are_indexed_over_several_blocks() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	build_and_execute(|| {
		let (_, _, adapter) = scene();
		for _ in 0..3 {
			let other = open_datanet(1);
			contribute(3, other);
		}
		assert_ok!(settle(1, adapter, 1_000, &attribution(&[], &[])));
		// The layout of version 1: no index.
		let _ = MemberPools::<Test>::clear(u32::MAX, None);
		StorageVersion::new(1).put::<Pallet<Test>>();
		crate::migrations::MigrateV1ToV2::<Test>::on_runtime_upgrade();
		assert_eq!(Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(2));
		let records = PoolMembers::<Test>::iter_keys().count();
		assert!(records >= 5);
		// Weight for two records a block: the index fills up over the blocks.
		let db = <Test as frame_system::Config>::DbWeight::get();
		let two = db.reads_writes(1, 1) + db.reads_writes(2, 2);
		let mut blocks = 0;
		while MemberIndexCursor::<Test>::exists() {
			Rewards::on_idle(1, two);
			blocks += 1;
			assert!(blocks <= records, "the index advances every block");
		}
		assert!(blocks >= records / 2);
		assert_eq!(MemberPools::<Test>::iter_keys().count(), records);
		assert_eq!(Rewards::api_account_rewards(3).pools.len(), 4);
	});
}
