//! Contributions, versions, and what cuts across them (hook, deposits, genesis, try_state).
#![allow(clippy::arithmetic_side_effects)]

use super::*;
use codec::{Decode, Encode};

// ---- contribute --------------------------------------------------------------------------

#[test]
fn contribute_to_curated_datanet_is_pending() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		let free_before = Balances::balance(&ALICE);
		let c = contribute(ALICE, id, 1);
		assert_eq!(status(c), Some(ContributionStatus::Pending));
		assert_eq!(held(HoldReason::ContributionDeposit, ALICE), CONTRIBUTION_DEPOSIT);
		assert_eq!(Balances::balance(&ALICE), free_before - CONTRIBUTION_DEPOSIT);
		assert_eq!(share(id, ALICE), 0);
		assert!(take_share_changes().is_empty(), "pending contributions hold no share");
		assert_eq!(
			last_event(),
			Event::ContributionSubmitted {
				contribution: c,
				datanet: id,
				contributor: ALICE,
				content_hash: hash(1),
				size: 1024,
				deposit: CONTRIBUTION_DEPOSIT,
			}
		);
		let info = DatanetRecords::<Test>::get(id).unwrap();
		assert_eq!((info.pending, info.accepted, info.log_len), (1, 0, 0));
	});
}

#[test]
fn contribute_to_open_datanet_is_accepted_at_once() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Open);
		let c = contribute(ALICE, id, 1);
		assert_eq!(status(c), Some(ContributionStatus::Accepted));
		assert_eq!(share(id, ALICE), 1);
		assert_eq!(Datanets::total_share(id), 1);
		assert_eq!(take_share_changes(), vec![(id, ALICE, 0, 1, true)]);
		let info = DatanetRecords::<Test>::get(id).unwrap();
		assert_eq!((info.pending, info.accepted, info.contributors, info.log_len), (0, 1, 1, 1));
		assert!(
			matches!(last_event(), Event::ContributionAccepted { contribution, weight: 1, .. } if contribution == c)
		);
	});
}

#[test]
fn contribute_refuses_bad_input() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		let go = |who, datanet, h: u8, size, uri: Vec<u8>| {
			Datanets::contribute(RuntimeOrigin::signed(who), datanet, hash(h), size, bounded(uri))
		};
		assert_noop!(go(ALICE, 9, 1, 1, vec![]), Error::<Test>::UnknownDatanet);
		assert_noop!(go(ALICE, id, 1, 0, vec![]), Error::<Test>::ZeroSize);
		// An over-long URI does not even decode: the call never reaches the pallet.
		let long = (4u8, id, hash(1), 1u64, vec![b'u'; 33]);
		assert!(crate::Call::<Test>::decode(&mut &long.encode()[..]).is_err());
		contribute(ALICE, id, 1);
		assert_noop!(go(ALICE, id, 1, 1, vec![]), Error::<Test>::DuplicateContent);
		// The same content in another datanet is fine.
		let other = create(BOB, CurationMode::Curated);
		assert_ok!(go(BOB, other, 1, 1, vec![]));
		assert_noop!(
			Datanets::contribute(RuntimeOrigin::root(), id, hash(5), 1, bounded(vec![])),
			DispatchError::BadOrigin
		);
		// Account 8 has no funds at all.
		assert_noop!(go(8, id, 5, 1, vec![]), Error::<Test>::InsufficientBalance);
	});
}

#[test]
fn contribution_bounds_per_contributor_and_datanet() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		for n in 1..=3 {
			contribute(ALICE, id, n);
		}
		assert_ok!(Datanets::accept_contribution(RuntimeOrigin::signed(CURATOR), 2));
		contribute(ALICE, id, 4);
		assert_noop!(
			Datanets::contribute(RuntimeOrigin::signed(ALICE), id, hash(5), 1, bounded(vec![])),
			Error::<Test>::TooManyContributionsFromContributor
		);
		contribute(BOB, id, 5);
		contribute(BOB, id, 6);
		assert_noop!(
			Datanets::contribute(RuntimeOrigin::signed(4), id, hash(7), 1, bounded(vec![])),
			Error::<Test>::TooManyContributions
		);
		// Rejecting frees a slot for the contributor and the datanet.
		assert_ok!(Datanets::reject_contribution(RuntimeOrigin::signed(CURATOR), 0));
		contribute(ALICE, id, 7);
	});
}

// ---- accept / reject / grade --------------------------------------------------------------

#[test]
fn accept_keeps_deposit_and_adds_share() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		let c = contribute(ALICE, id, 1);
		assert_noop!(
			Datanets::accept_contribution(RuntimeOrigin::signed(ALICE), c),
			Error::<Test>::NotCurator
		);
		assert_noop!(
			Datanets::accept_contribution(RuntimeOrigin::signed(CURATOR), 42),
			Error::<Test>::UnknownContribution
		);
		assert_ok!(Datanets::accept_contribution(RuntimeOrigin::signed(CURATOR), c));
		assert_eq!(status(c), Some(ContributionStatus::Accepted));
		assert_eq!(held(HoldReason::ContributionDeposit, ALICE), CONTRIBUTION_DEPOSIT);
		assert_eq!(share(id, ALICE), 1);
		assert_eq!(take_share_changes(), vec![(id, ALICE, 0, 1, true)]);
		let info = DatanetRecords::<Test>::get(id).unwrap();
		assert_eq!(
			last_event(),
			Event::ContributionAccepted {
				contribution: c,
				datanet: id,
				contributor: ALICE,
				weight: 1,
				log_root: info.log_root,
			}
		);
		assert_noop!(
			Datanets::accept_contribution(RuntimeOrigin::signed(CURATOR), c),
			Error::<Test>::NotPending
		);
	});
}

#[test]
fn reject_returns_deposit_and_deletes_record() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		let c = contribute(ALICE, id, 1);
		let free_before = Balances::balance(&ALICE);
		assert_noop!(
			Datanets::reject_contribution(RuntimeOrigin::signed(BOB), c),
			Error::<Test>::NotCurator
		);
		assert_ok!(Datanets::reject_contribution(RuntimeOrigin::signed(CURATOR), c));
		assert_eq!(Balances::balance(&ALICE), free_before + CONTRIBUTION_DEPOSIT);
		assert_eq!(held(HoldReason::ContributionDeposit, ALICE), 0);
		assert_eq!(status(c), None);
		assert!(take_share_changes().is_empty());
		assert_eq!(
			last_event(),
			Event::ContributionRejected {
				contribution: c,
				datanet: id,
				contributor: ALICE,
				deposit_returned: CONTRIBUTION_DEPOSIT,
			}
		);
		let info = DatanetRecords::<Test>::get(id).unwrap();
		assert_eq!((info.pending, info.rejected), (0, 1));
		assert_noop!(
			Datanets::reject_contribution(RuntimeOrigin::signed(CURATOR), c),
			Error::<Test>::UnknownContribution
		);
		// Rejected content may be submitted again.
		contribute(ALICE, id, 1);
		let open = create(CURATOR, CurationMode::Open);
		let accepted = contribute(BOB, open, 1);
		assert_noop!(
			Datanets::reject_contribution(RuntimeOrigin::signed(CURATOR), accepted),
			Error::<Test>::NotPending
		);
	});
}

#[test]
fn grade_changes_share_within_bounds() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Open);
		let a = contribute(ALICE, id, 1);
		contribute(ALICE, id, 2);
		contribute(BOB, id, 3);
		take_share_changes();
		assert_ok!(Datanets::grade_contribution(RuntimeOrigin::signed(CURATOR), a, 10));
		assert_eq!(share(id, ALICE), 11);
		assert_eq!(Datanets::total_share(id), 12);
		assert_eq!(take_share_changes(), vec![(id, ALICE, 2, 11, true)]);
		assert!(matches!(
			last_event(),
			Event::ContributionGraded { old_weight: 1, new_weight: 10, .. }
		));
		assert_ok!(Datanets::grade_contribution(RuntimeOrigin::signed(CURATOR), a, 1));
		assert_eq!(share(id, ALICE), 2);

		assert_noop!(
			Datanets::grade_contribution(RuntimeOrigin::signed(CURATOR), a, 0),
			Error::<Test>::WeightOutOfBounds
		);
		assert_noop!(
			Datanets::grade_contribution(RuntimeOrigin::signed(CURATOR), a, 11),
			Error::<Test>::WeightOutOfBounds
		);
		assert_noop!(
			Datanets::grade_contribution(RuntimeOrigin::signed(ALICE), a, 2),
			Error::<Test>::NotCurator
		);
		let curated = create(CURATOR, CurationMode::Curated);
		let pending = contribute(ALICE, curated, 9);
		assert_noop!(
			Datanets::grade_contribution(RuntimeOrigin::signed(CURATOR), pending, 2),
			Error::<Test>::NotAccepted
		);
	});
}

// ---- withdraw / remove --------------------------------------------------------------------

#[test]
fn withdraw_pending_returns_deposit() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		let c = contribute(ALICE, id, 1);
		assert_noop!(
			Datanets::withdraw_contribution(RuntimeOrigin::signed(BOB), c),
			Error::<Test>::NotContributor
		);
		assert_noop!(
			Datanets::withdraw_contribution(RuntimeOrigin::signed(ALICE), 77),
			Error::<Test>::UnknownContribution
		);
		let free_before = Balances::balance(&ALICE);
		assert_ok!(Datanets::withdraw_contribution(RuntimeOrigin::signed(ALICE), c));
		assert_eq!(Balances::balance(&ALICE), free_before + CONTRIBUTION_DEPOSIT);
		assert_eq!(status(c), None);
		assert!(take_share_changes().is_empty());
		assert!(matches!(last_event(), Event::ContributionWithdrawn { was_accepted: false, .. }));
	});
}

#[test]
fn withdraw_accepted_only_from_closed_datanet() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Open);
		let c = contribute(ALICE, id, 1);
		take_share_changes();
		assert_noop!(
			Datanets::withdraw_contribution(RuntimeOrigin::signed(ALICE), c),
			Error::<Test>::DatanetStillActive
		);
		assert_ok!(Datanets::close_datanet(RuntimeOrigin::signed(CURATOR), id));
		assert_ok!(Datanets::withdraw_contribution(RuntimeOrigin::signed(ALICE), c));
		assert_eq!(take_share_changes(), vec![(id, ALICE, 1, 0, true)]);
		assert_eq!(share(id, ALICE), 0);
		assert_eq!(held(HoldReason::ContributionDeposit, ALICE), 0);
		assert_eq!(DatanetRecords::<Test>::get(id).unwrap().contributors, 0);
	});
}

#[test]
fn remove_slashes_deposit_to_treasury() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Open);
		let a = contribute(ALICE, id, 1);
		let b = contribute(BOB, id, 2);
		take_share_changes();
		let treasury_before = Balances::balance(&TREASURY);
		assert_noop!(
			Datanets::remove_contribution(RuntimeOrigin::signed(ALICE), a),
			Error::<Test>::NotCurator
		);
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(CURATOR), a));
		assert_eq!(Balances::balance(&TREASURY), treasury_before + CONTRIBUTION_DEPOSIT);
		assert_eq!(held(HoldReason::ContributionDeposit, ALICE), 0);
		// Only a tombstone stays: the content remains refused, the record is gone.
		assert_eq!(status(a), None);
		let key = Datanets::content_key(&ALICE, hash(1));
		assert_eq!(crate::ContentHashes::<Test>::get(id, key), Some(a));
		assert_eq!(take_share_changes(), vec![(id, ALICE, 1, 0, true)]);
		assert!(matches!(
			last_event(),
			Event::ContributionRemoved { slashed: CONTRIBUTION_DEPOSIT, by_governance: false, .. }
		));
		// Governance may remove from any datanet.
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::root(), b));
		assert!(matches!(last_event(), Event::ContributionRemoved { by_governance: true, .. }));
		// A removed contribution has no record left.
		assert_noop!(
			Datanets::remove_contribution(RuntimeOrigin::root(), b),
			Error::<Test>::UnknownContribution
		);
		assert_noop!(
			Datanets::remove_contribution(RuntimeOrigin::root(), 99),
			Error::<Test>::UnknownContribution
		);
		assert_noop!(
			Datanets::withdraw_contribution(RuntimeOrigin::signed(BOB), b),
			Error::<Test>::UnknownContribution
		);
		// Removed content stays refused.
		assert_noop!(
			Datanets::contribute(RuntimeOrigin::signed(ALICE), id, hash(1), 1, bounded(vec![])),
			Error::<Test>::DuplicateContent
		);
		assert_eq!(DatanetRecords::<Test>::get(id).unwrap().removed, 2);
	});
}

// ---- versions -----------------------------------------------------------------------------

#[test]
fn publish_version_snapshots_accepted_set() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Open);
		assert_noop!(
			Datanets::publish_version(RuntimeOrigin::signed(CURATOR), id),
			Error::<Test>::VersionUnchanged
		);
		let a = contribute(ALICE, id, 1);
		contribute(BOB, id, 2);
		assert_ok!(Datanets::grade_contribution(RuntimeOrigin::signed(CURATOR), a, 3));
		assert_noop!(
			Datanets::publish_version(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::NotCurator
		);
		assert_ok!(Datanets::publish_version(RuntimeOrigin::signed(CURATOR), id));
		let v1 = Versions::<Test>::get(id, 1).unwrap();
		assert_eq!((v1.contributions, v1.total_share, v1.log_len), (2, 4, 3));
		assert!(Datanets::version_exists(id, 1));
		assert!(!Datanets::version_exists(id, 2));
		assert_eq!(
			last_event(),
			Event::VersionPublished {
				datanet: id,
				version: 1,
				contributions: 2,
				total_share: 4,
				commitment: v1.commitment,
			}
		);
		assert_noop!(
			Datanets::publish_version(RuntimeOrigin::signed(CURATOR), id),
			Error::<Test>::VersionUnchanged
		);
		contribute(ALICE, id, 3);
		assert_ok!(Datanets::publish_version(RuntimeOrigin::signed(CURATOR), id));
		contribute(ALICE, id, 4);
		assert_ok!(Datanets::publish_version(RuntimeOrigin::signed(CURATOR), id));
		// Past the window of `MaxVersions` (3 here): versions have no end.
		for weight in 5..9 {
			assert_ok!(Datanets::grade_contribution(RuntimeOrigin::signed(CURATOR), a, weight));
			assert_ok!(Datanets::publish_version(RuntimeOrigin::signed(CURATOR), id));
		}
		assert_eq!(crate::Datanets::<Test>::get(id).unwrap().latest_version, 7);
		assert_eq!(openledger_primitives::citable_from(7, 3), 4);
		// Versions are immutable.
		assert_eq!(Versions::<Test>::get(id, 1).unwrap(), v1);
	});
}

#[test]
fn commitment_can_be_recomputed_from_events() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Open);
		let a = contribute(ALICE, id, 1);
		let b = contribute(BOB, id, 2);
		assert_ok!(Datanets::grade_contribution(RuntimeOrigin::signed(CURATOR), b, 7));
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(CURATOR), a));
		assert_ok!(Datanets::publish_version(RuntimeOrigin::signed(CURATOR), id));

		// Replay the documented formula over the events, as an indexer would.
		use codec::Encode;
		let mut root = H256::zero();
		let mut n: u64 = 0;
		let submitted: alloc::collections::BTreeMap<u64, H256> = System::events()
			.into_iter()
			.filter_map(|record| match record.event {
				RuntimeEvent::Datanets(Event::ContributionSubmitted {
					contribution,
					content_hash,
					..
				}) => Some((contribution, content_hash)),
				_ => None,
			})
			.collect();
		let hash_of = |c: u64| submitted[&c];
		for record in System::events() {
			let entry = match record.event {
				RuntimeEvent::Datanets(Event::ContributionAccepted {
					contribution,
					weight,
					..
				}) => Some((LogOp::Add, contribution, weight)),
				RuntimeEvent::Datanets(Event::ContributionGraded {
					contribution,
					new_weight,
					..
				}) => Some((LogOp::Regrade, contribution, new_weight)),
				RuntimeEvent::Datanets(Event::ContributionRemoved { contribution, .. }) => {
					Some((LogOp::Drop, contribution, 0))
				}
				_ => None,
			};
			if let Some((op, c, w)) = entry {
				root = H256(sp_io::hashing::blake2_256(&(root, n, op, c, hash_of(c), w).encode()));
				n += 1;
			}
		}
		assert_eq!(n, 4);
		assert_eq!(Versions::<Test>::get(id, 1).unwrap().commitment, root);
		assert_ne!(root, H256::zero());
	});
}

// ---- cross-cutting ------------------------------------------------------------------------

#[test]
fn hook_runs_before_every_share_change() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		let a = contribute(ALICE, id, 1);
		let b = contribute(ALICE, id, 2);
		assert_ok!(Datanets::accept_contribution(RuntimeOrigin::signed(CURATOR), a));
		assert_ok!(Datanets::accept_contribution(RuntimeOrigin::signed(CURATOR), b));
		assert_ok!(Datanets::grade_contribution(RuntimeOrigin::signed(CURATOR), a, 4));
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(CURATOR), b));
		assert_ok!(Datanets::close_datanet(RuntimeOrigin::signed(CURATOR), id));
		assert_ok!(Datanets::withdraw_contribution(RuntimeOrigin::signed(ALICE), a));
		let calls = take_share_changes();
		assert_eq!(
			calls,
			vec![
				(id, ALICE, 0, 1, true),
				(id, ALICE, 1, 2, true),
				(id, ALICE, 2, 5, true),
				(id, ALICE, 5, 4, true),
				(id, ALICE, 4, 0, true),
			]
		);
		// Each hook call matches a ShareChanged event, in order.
		let events: Vec<_> = System::events()
			.into_iter()
			.filter_map(|r| match r.event {
				RuntimeEvent::Datanets(Event::ShareChanged { old_share, new_share, .. }) => {
					Some((old_share, new_share))
				}
				_ => None,
			})
			.collect();
		assert_eq!(events, calls.iter().map(|c| (c.2, c.3)).collect::<Vec<_>>());
	});
}

#[test]
fn deposits_are_conserved() {
	build_and_execute(|| {
		let issuance = Balances::total_issuance();
		let id = create(CURATOR, CurationMode::Curated);
		let mut contributions: Vec<u64> = (1..=3).map(|n| contribute(ALICE, id, n)).collect();
		assert_ok!(Datanets::accept_contribution(RuntimeOrigin::signed(CURATOR), contributions[0]));
		contributions.push(contribute(ALICE, id, 4));
		let paid = 4 * CONTRIBUTION_DEPOSIT;
		let free_after_paying = Balances::balance(&ALICE);
		assert_ok!(Datanets::accept_contribution(RuntimeOrigin::signed(CURATOR), contributions[1]));
		assert_ok!(Datanets::reject_contribution(RuntimeOrigin::signed(CURATOR), contributions[2]));
		assert_ok!(Datanets::withdraw_contribution(RuntimeOrigin::signed(ALICE), contributions[3]));
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::root(), contributions[1]));

		let held_now = held(HoldReason::ContributionDeposit, ALICE);
		let returned = Balances::balance(&ALICE) - free_after_paying;
		let slashed = Balances::balance(&TREASURY) - 1;
		assert_eq!((held_now, returned, slashed), (20, 40, 20));
		assert_eq!(held_now + returned + slashed, paid);
		assert_eq!(Balances::total_issuance(), issuance, "deposits neither mint nor burn");
	});
}

#[test]
fn failed_hold_changes_nothing() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Open);
		assert_ok!(Balances::transfer_allow_death(RuntimeOrigin::signed(BOB), 4, ENDOWMENT - 5));
		assert_noop!(
			Datanets::contribute(RuntimeOrigin::signed(BOB), id, hash(1), 1, bounded(vec![])),
			Error::<Test>::InsufficientBalance
		);
		assert!(take_share_changes().is_empty());
	});
}

#[test]
fn inspect_trait_reports_contributions() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Open);
		let c = contribute(ALICE, id, 1);
		let info = Datanets::contribution(c).unwrap();
		assert_eq!(info.datanet, id);
		assert_eq!(info.contributor, ALICE);
		assert_eq!(info.status, ContributionStatus::Accepted);
		assert_eq!(info.weight, 1);
		assert!(Datanets::contribution(c + 1).is_none());
		assert_eq!(Datanets::curator(id), Some(CURATOR));
		assert_eq!(Datanets::curator(id + 1), None);
		assert_eq!(Datanets::total_share(id + 1), 0);
	});
}

#[test]
fn genesis_seeds_datanets_and_contributions() {
	let mut t = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
	pallet_balances::GenesisConfig::<Test> {
		balances: vec![(1, ENDOWMENT), (2, ENDOWMENT), (TREASURY, 1)],
		..Default::default()
	}
	.assimilate_storage(&mut t)
	.unwrap();
	crate::GenesisConfig::<Test> {
		datanets: vec![
			(1, b"open".to_vec(), CurationMode::Open, 20),
			(1, b"curated".to_vec(), CurationMode::Curated, 30),
		],
		contributions: vec![
			(0, 2, hash(1), 10, b"u".to_vec(), false),
			(1, 2, hash(2), 10, b"u".to_vec(), true),
			(1, 2, hash(3), 10, b"u".to_vec(), false),
		],
		versions: vec![0, 1],
	}
	.assimilate_storage(&mut t)
	.unwrap();
	sp_io::TestExternalities::new(t).execute_with(|| {
		assert_eq!(status(0), Some(ContributionStatus::Accepted));
		assert_eq!(status(1), Some(ContributionStatus::Accepted));
		assert_eq!(status(2), Some(ContributionStatus::Pending));
		assert_eq!(held(HoldReason::ContributionDeposit, 2), 20 + 30 + 30);
		assert_eq!(held(HoldReason::DatanetDeposit, 1), 2 * DATANET_DEPOSIT);
		assert_eq!(Versions::<Test>::get(1, 1).unwrap().contributions, 1);
		assert!(Datanets::version_exists(0, 1));
		Datanets::do_try_state().unwrap();
	});
}

#[test]
fn try_state_detects_corruption() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Open);
		contribute(ALICE, id, 1);
		DatanetRecords::<Test>::mutate(id, |info| info.as_mut().unwrap().total_share = 5);
		assert!(Datanets::do_try_state().is_err());
		DatanetRecords::<Test>::mutate(id, |info| info.as_mut().unwrap().total_share = 1);
		Contributors::<Test>::mutate(id, ALICE, |c| c.as_mut().unwrap().share = 2);
		assert!(Datanets::do_try_state().is_err());
		Contributors::<Test>::mutate(id, ALICE, |c| c.as_mut().unwrap().share = 1);
		assert_ok!(Datanets::do_try_state());
	});
}

// ---- ids and records out of range ---------------------------------------------------------

#[test]
fn an_exhausted_id_is_refused_as_overflow() {
	build_and_execute(|| {
		NextDatanetId::<Test>::put(u32::MAX);
		assert_noop!(
			Datanets::create_datanet(
				RuntimeOrigin::signed(CURATOR),
				bounded(b"x".to_vec()),
				bounded(vec![]),
				bounded(vec![]),
				bounded(vec![]),
				CurationMode::Open,
				CONTRIBUTION_DEPOSIT
			),
			Error::<Test>::Overflow
		);
		NextDatanetId::<Test>::put(0);
	});
}

#[test]
fn records_that_disagree_are_refused_as_underflow() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		let c = contribute(ALICE, id, 1);
		// Tamper: the contributor's record forgets the pending contribution.
		let real = Contributors::<Test>::get(id, ALICE).unwrap();
		Contributors::<Test>::insert(
			id,
			ALICE,
			crate::ContributorInfo { share: 0, contributions: 0 },
		);
		assert_noop!(
			Datanets::withdraw_contribution(RuntimeOrigin::signed(ALICE), c),
			Error::<Test>::Underflow
		);
		Contributors::<Test>::insert(id, ALICE, real);
	});
}

// ---- who decides ------------------------------------------------------------------------------

#[test]
fn a_curator_cannot_decide_on_their_own_contributions() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		let own = contribute(CURATOR, id, 1);
		let other = contribute(CURATOR, id, 2);
		let curator = || RuntimeOrigin::signed(CURATOR);
		assert_noop!(Datanets::accept_contribution(curator(), own), Error::<Test>::OwnContribution);
		assert_noop!(Datanets::reject_contribution(curator(), own), Error::<Test>::OwnContribution);
		// The governance origin decides instead.
		assert_ok!(Datanets::accept_contribution(RuntimeOrigin::root(), own));
		assert_eq!(status(own), Some(ContributionStatus::Accepted));
		assert_noop!(
			Datanets::grade_contribution(curator(), own, 5),
			Error::<Test>::OwnContribution
		);
		assert_ok!(Datanets::grade_contribution(RuntimeOrigin::root(), own, 5));
		assert_eq!(share(id, CURATOR), 5);
		assert_ok!(Datanets::reject_contribution(RuntimeOrigin::root(), other));
		assert_eq!(status(other), None);
		// Anyone else's contribution is still the curator's to decide.
		let alice = contribute(ALICE, id, 3);
		assert_ok!(Datanets::accept_contribution(curator(), alice));
	});
}
