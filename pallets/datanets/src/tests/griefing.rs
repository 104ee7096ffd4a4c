//! Griefing and storage (issue 14, C10): pending caps, pending expiry, rejection as spam,
//! tombstones outside the bound, and the curator's contribution deposit.

use super::*;
use frame_support::traits::Get;

fn pending(datanet: u32, who: AccountId) -> u32 {
	crate::PendingOf::<Test>::get(datanet, who)
}

#[test]
fn pending_contributions_are_capped_per_contributor() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		for n in 1..=3 {
			contribute(ALICE, id, n);
		}
		assert_eq!(pending(id, ALICE), 3);
		// A fourth pending one is refused; others may still contribute.
		assert_noop!(
			Datanets::contribute(RuntimeOrigin::signed(ALICE), id, hash(4), 1, bounded(vec![])),
			Error::<Test>::TooManyPending
		);
		contribute(BOB, id, 5);
		// Deciding one frees a pending slot.
		assert_ok!(Datanets::accept_contribution(RuntimeOrigin::signed(CURATOR), 0));
		assert_eq!(pending(id, ALICE), 2);
		contribute(ALICE, id, 4);
		// An open datanet accepts at once: nothing stays pending, no cap applies.
		let open = create(CURATOR, CurationMode::Open);
		for n in 10..=13 {
			contribute(ALICE, open, n);
		}
		assert_eq!(pending(open, ALICE), 0);
	});
}

#[test]
fn anyone_expires_a_contribution_left_pending() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		let c = contribute(ALICE, id, 1);
		let expiry: u64 = <Test as crate::Config>::PendingExpiry::get();
		System::set_block_number(1 + expiry);
		assert_noop!(
			Datanets::expire_contribution(RuntimeOrigin::signed(BOB), c),
			Error::<Test>::NotExpired
		);
		System::set_block_number(2 + expiry);
		let free = Balances::balance(&ALICE);
		assert_ok!(Datanets::expire_contribution(RuntimeOrigin::signed(BOB), c));
		assert_eq!(status(c), None);
		assert_eq!(held(HoldReason::ContributionDeposit, ALICE), 0);
		assert_eq!(Balances::balance(&ALICE), free + CONTRIBUTION_DEPOSIT);
		assert_eq!(pending(id, ALICE), 0);
		assert!(matches!(
			last_event(),
			Event::ContributionExpired {
				contribution: 0,
				deposit_returned: CONTRIBUTION_DEPOSIT,
				..
			}
		));
		// Its content may be contributed again; accepted contributions do not expire.
		let again = contribute(ALICE, id, 1);
		assert_ok!(Datanets::accept_contribution(RuntimeOrigin::signed(CURATOR), again));
		System::set_block_number(100 + expiry);
		assert_noop!(
			Datanets::expire_contribution(RuntimeOrigin::signed(BOB), again),
			Error::<Test>::NotPending
		);
	});
}

#[test]
fn spam_is_rejected_with_its_deposit_slashed() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		let spam = contribute(ALICE, id, 1);
		let own = contribute(CURATOR, id, 2);
		let treasury = Balances::balance(&TREASURY);
		assert_noop!(
			Datanets::reject_as_spam(RuntimeOrigin::signed(BOB), spam),
			Error::<Test>::NotCurator
		);
		assert_noop!(
			Datanets::reject_as_spam(RuntimeOrigin::signed(CURATOR), own),
			Error::<Test>::OwnContribution
		);
		assert_ok!(Datanets::reject_as_spam(RuntimeOrigin::signed(CURATOR), spam));
		assert_eq!(Balances::balance(&TREASURY), treasury + CONTRIBUTION_DEPOSIT);
		assert_eq!(held(HoldReason::ContributionDeposit, ALICE), 0);
		assert_eq!(status(spam), None);
		assert!(matches!(
			last_event(),
			Event::ContributionRejectedAsSpam { slashed: CONTRIBUTION_DEPOSIT, .. }
		));
		// Governance may too, and only pending contributions are rejected.
		assert_ok!(Datanets::accept_contribution(RuntimeOrigin::root(), own));
		assert_noop!(
			Datanets::reject_as_spam(RuntimeOrigin::root(), own),
			Error::<Test>::NotPending
		);
	});
}

#[test]
fn removed_contributions_leave_only_a_tombstone_outside_the_bound() {
	build_and_execute(|| {
		// The mock allows 6 contributions per datanet and 4 per contributor.
		let id = create(CURATOR, CurationMode::Open);
		let mut ids = Vec::new();
		for n in 1..=3 {
			ids.push(contribute(ALICE, id, n));
			ids.push(contribute(BOB, id, 10 + n));
		}
		assert_noop!(
			Datanets::contribute(RuntimeOrigin::signed(4), id, hash(30), 1, bounded(vec![])),
			Error::<Test>::TooManyContributions
		);
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(CURATOR), ids[0]));
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(CURATOR), ids[1]));
		// Room again, while the removed content stays refused.
		contribute(4, id, 30);
		contribute(4, id, 31);
		assert_noop!(
			Datanets::contribute(RuntimeOrigin::signed(ALICE), id, hash(1), 1, bounded(vec![])),
			Error::<Test>::DuplicateContent
		);
		let info = DatanetRecords::<Test>::get(id).unwrap();
		assert_eq!((info.accepted, info.removed), (6, 2));
	});
}

#[test]
fn curator_sets_the_deposit_of_future_contributions() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		let before = contribute(ALICE, id, 1);
		assert_noop!(
			Datanets::set_contribution_deposit(RuntimeOrigin::signed(ALICE), id, 50),
			Error::<Test>::NotCurator
		);
		assert_noop!(
			Datanets::set_contribution_deposit(RuntimeOrigin::signed(CURATOR), id, 1),
			Error::<Test>::ContributionDepositOutOfBounds
		);
		assert_ok!(Datanets::set_contribution_deposit(RuntimeOrigin::signed(CURATOR), id, 50));
		assert!(matches!(last_event(), Event::ContributionDepositSet { deposit: 50, .. }));
		let after = contribute(ALICE, id, 2);
		assert_eq!(Contributions::<Test>::get(before).unwrap().deposit, CONTRIBUTION_DEPOSIT);
		assert_eq!(Contributions::<Test>::get(after).unwrap().deposit, 50);
		assert_eq!(held(HoldReason::ContributionDeposit, ALICE), CONTRIBUTION_DEPOSIT + 50);
		// The curator's own rejection returns each contribution's own deposit.
		assert_ok!(Datanets::reject_contribution(RuntimeOrigin::signed(CURATOR), before));
		assert_eq!(held(HoldReason::ContributionDeposit, ALICE), 50);
	});
}

/// Issue 14, G20: contributions pending under storage version 0 (not counted per
/// contributor) are decided, withdrawn and expired after the migration to version 1 without
/// disturbing the counts of newer ones.
#[test]
fn pending_contributions_of_the_previous_layout_work_after_the_migration() {
	use frame_support::traits::{GetStorageVersion, OnRuntimeUpgrade, StorageVersion};
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		let old_a = contribute(ALICE, id, 1);
		let old_b = contribute(ALICE, id, 2);
		let _ = crate::PendingOf::<Test>::clear(u32::MAX, None);
		StorageVersion::new(0).put::<crate::Pallet<Test>>();

		crate::migrations::MigrateV0ToV1::<Test>::on_runtime_upgrade();
		assert_eq!(crate::Pallet::<Test>::on_chain_storage_version(), StorageVersion::new(1));
		Datanets::do_try_state().expect("invariants after the migration");

		let fresh = contribute(ALICE, id, 3);
		assert_eq!(pending(id, ALICE), 1);
		assert_ok!(Datanets::accept_contribution(RuntimeOrigin::signed(CURATOR), old_a));
		assert_ok!(Datanets::withdraw_contribution(RuntimeOrigin::signed(ALICE), old_b));
		// The legacy ones took the count down with them, never below zero.
		assert_eq!(pending(id, ALICE), 0);
		assert_ok!(Datanets::reject_contribution(RuntimeOrigin::signed(CURATOR), fresh));
		assert_eq!(pending(id, ALICE), 0);
	});
}

/// Issue 26, regrade sandwich: each share change names the next version as its epoch, so it
/// counts from that version on and the published versions keep the shares they committed to
/// (a regrade, removal or withdrawal after version 1 changes nothing for version 1).
#[test]
fn share_changes_count_from_the_next_version() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Open);
		let first = contribute(ALICE, id, 1);
		assert_ok!(Datanets::publish_version(RuntimeOrigin::signed(CURATOR), id));
		let second = contribute(BOB, id, 2);
		assert_ok!(Datanets::grade_contribution(RuntimeOrigin::signed(CURATOR), first, 5));
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(CURATOR), second));
		assert_ok!(Datanets::publish_version(RuntimeOrigin::signed(CURATOR), id));
		// Its acceptance still places it in versions 1 and later.
		assert_eq!(crate::AcceptedAt::<Test>::get(first).map(|a| a.epoch), Some(1));
		// Accepted data leaves by withdrawal once the datanet is closed.
		assert_ok!(Datanets::close_datanet(RuntimeOrigin::signed(CURATOR), id));
		assert_ok!(Datanets::withdraw_contribution(RuntimeOrigin::signed(ALICE), first));
		// Before version 1: epoch 1; after it: epoch 2, whichever contribution changed; after
		// version 2: epoch 3.
		assert_eq!(take_share_change_epochs(), vec![1, 2, 2, 2, 3]);
	});
}

/// Issue 14, C11: a content hash seen in the transaction pool cannot be taken first or locked
/// out by someone else. The copy is the copier's own contribution (the curator's to reject or
/// remove), and the tombstone of a removed copy refuses the copier only.
#[test]
fn a_front_run_content_hash_does_not_lock_out_its_contributor() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Open);
		// Bob copies Alice's hash from the pool and gets in first.
		let copy = contribute(BOB, id, 1);
		let original = contribute(ALICE, id, 1);
		assert_ne!(copy, original);
		// The curator removes the copy: the tombstone refuses Bob, not Alice.
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(CURATOR), copy));
		assert_noop!(
			Datanets::contribute(RuntimeOrigin::signed(BOB), id, hash(1), 1, bounded(vec![])),
			Error::<Test>::DuplicateContent
		);
		// Alice's own duplicate is still refused while hers stands.
		assert_noop!(
			Datanets::contribute(RuntimeOrigin::signed(ALICE), id, hash(1), 1, bounded(vec![])),
			Error::<Test>::DuplicateContent
		);
	});
}

/// Contributions indexed by their bare content hash (before content was bound to
/// contributors) are found, withdrawn and removed as before.
#[test]
fn contributions_indexed_by_bare_hash_still_work() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		let legacy = contribute(ALICE, id, 1);
		let removed = contribute(BOB, id, 2);
		// The layout before: bare content hashes.
		for (c, who, n) in [(legacy, ALICE, 1), (removed, BOB, 2)] {
			crate::ContentHashes::<Test>::remove(id, Datanets::content_key(&who, hash(n)));
			crate::ContentHashes::<Test>::insert(id, hash(n), c);
		}
		Datanets::do_try_state().expect("bare hashes are a valid index");
		assert_ok!(Datanets::withdraw_contribution(RuntimeOrigin::signed(ALICE), legacy));
		assert!(!crate::ContentHashes::<Test>::contains_key(id, hash(1)));
		assert_ok!(Datanets::accept_contribution(RuntimeOrigin::signed(CURATOR), removed));
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(CURATOR), removed));
		assert_eq!(crate::ContentHashes::<Test>::get(id, hash(2)), Some(removed));
	});
}
