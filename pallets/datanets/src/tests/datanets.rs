//! Datanet lifecycle: create, update metadata, transfer curatorship, close.
#![allow(clippy::arithmetic_side_effects)]

use super::*;
use codec::{Decode, Encode};

// ---- create / update / transfer / close -------------------------------------------------

#[test]
fn create_datanet_holds_deposit_and_emits() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		assert_eq!(id, 0);
		let info = DatanetRecords::<Test>::get(id).unwrap();
		assert_eq!(info.curator, CURATOR);
		assert_eq!(info.mode, CurationMode::Curated);
		assert_eq!(info.status, DatanetStatus::Active);
		assert_eq!(info.metadata.license.to_vec(), b"CC-BY-4.0".to_vec());
		assert_eq!(held(HoldReason::DatanetDeposit, CURATOR), DATANET_DEPOSIT);
		assert_eq!(
			last_event(),
			Event::DatanetCreated {
				datanet: 0,
				curator: CURATOR,
				mode: CurationMode::Curated,
				contribution_deposit: CONTRIBUTION_DEPOSIT,
				deposit: DATANET_DEPOSIT,
			}
		);
		assert_eq!(create(ALICE, CurationMode::Open), 1);
	});
}

#[test]
fn create_datanet_refuses_bad_input() {
	build_and_execute(|| {
		let o = || RuntimeOrigin::signed(CURATOR);
		let ok = |v: &[u8]| v.to_vec();
		let cases: Vec<BadCreate> = vec![
			(vec![], ok(b"d"), ok(b"u"), ok(b"l"), 20, Error::EmptyName),
			(ok(b"n"), ok(b"d"), ok(b"u"), ok(b"l"), 9, Error::ContributionDepositOutOfBounds),
			(ok(b"n"), ok(b"d"), ok(b"u"), ok(b"l"), 1_001, Error::ContributionDepositOutOfBounds),
		];
		for (name, description, uri, license, deposit, error) in cases {
			assert_noop!(
				Datanets::create_datanet(
					o(),
					bounded(name),
					bounded(description),
					bounded(uri),
					bounded(license),
					CurationMode::Open,
					deposit
				),
				error
			);
		}
		// Over-long metadata does not even decode: such a call never reaches the pallet (and
		// never enters the transaction pool).
		let long = [
			(vec![b'n'; 17], ok(b"d"), ok(b"u"), ok(b"l")),
			(ok(b"n"), vec![b'd'; 65], ok(b"u"), ok(b"l")),
			(ok(b"n"), ok(b"d"), vec![b'u'; 33], ok(b"l")),
			(ok(b"n"), ok(b"d"), ok(b"u"), vec![b'l'; 13]),
		];
		for (name, description, uri, license) in long {
			let create = (0u8, &name, &description, &uri, &license, CurationMode::Open, 20u128);
			assert!(crate::Call::<Test>::decode(&mut &create.encode()[..]).is_err());
			let update = (1u8, 0u32, &name, &description, &uri, &license);
			assert!(crate::Call::<Test>::decode(&mut &update.encode()[..]).is_err());
		}
		// Bounds are inclusive.
		assert_ok!(Datanets::create_datanet(
			o(),
			bounded(vec![b'n'; 16]),
			bounded(vec![b'd'; 64]),
			bounded(vec![b'u'; 32]),
			bounded(vec![b'l'; 12]),
			CurationMode::Open,
			1_000
		));
		assert_noop!(
			Datanets::create_datanet(
				RuntimeOrigin::signed(POOR),
				bounded(ok(b"n")),
				bounded(vec![]),
				bounded(vec![]),
				bounded(vec![]),
				CurationMode::Open,
				10
			),
			Error::<Test>::InsufficientBalance
		);
		assert_noop!(
			Datanets::create_datanet(
				RuntimeOrigin::root(),
				bounded(ok(b"n")),
				bounded(vec![]),
				bounded(vec![]),
				bounded(vec![]),
				CurationMode::Open,
				10
			),
			DispatchError::BadOrigin
		);
	});
}

#[test]
fn update_metadata_by_curator_only() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Open);
		assert_ok!(Datanets::update_metadata(
			RuntimeOrigin::signed(CURATOR),
			id,
			bounded(b"New name".to_vec()),
			bounded(b"New description".to_vec()),
			bounded(b"https://new".to_vec()),
			bounded(b"MIT".to_vec())
		));
		let info = DatanetRecords::<Test>::get(id).unwrap();
		assert_eq!(info.metadata.name.to_vec(), b"New name".to_vec());
		assert_eq!(info.metadata.license.to_vec(), b"MIT".to_vec());
		assert_eq!(last_event(), Event::DatanetMetadataUpdated { datanet: id });

		let update = |who, datanet, name: Vec<u8>| {
			Datanets::update_metadata(
				RuntimeOrigin::signed(who),
				datanet,
				bounded(name),
				bounded(vec![]),
				bounded(vec![]),
				bounded(vec![]),
			)
		};
		assert_noop!(update(ALICE, id, b"x".to_vec()), Error::<Test>::NotCurator);
		assert_noop!(update(CURATOR, 9, b"x".to_vec()), Error::<Test>::UnknownDatanet);
		assert_ok!(Datanets::close_datanet(RuntimeOrigin::signed(CURATOR), id));
		assert_noop!(update(CURATOR, id, b"x".to_vec()), Error::<Test>::DatanetClosed);
	});
}

#[test]
fn transfer_curatorship_moves_powers_not_deposit() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		let c = contribute(ALICE, id, 1);
		assert_noop!(
			Datanets::transfer_curatorship(RuntimeOrigin::signed(ALICE), id, BOB),
			Error::<Test>::NotCurator
		);
		assert_noop!(
			Datanets::transfer_curatorship(RuntimeOrigin::signed(CURATOR), id, CURATOR),
			Error::<Test>::AlreadyCurator
		);
		assert_noop!(
			Datanets::transfer_curatorship(RuntimeOrigin::signed(CURATOR), 5, BOB),
			Error::<Test>::UnknownDatanet
		);
		assert_ok!(Datanets::transfer_curatorship(RuntimeOrigin::signed(CURATOR), id, BOB));
		assert_eq!(
			last_event(),
			Event::CuratorshipTransferred { datanet: id, from: CURATOR, to: BOB }
		);
		assert_eq!(Datanets::curator(id), Some(BOB));
		assert_noop!(
			Datanets::accept_contribution(RuntimeOrigin::signed(CURATOR), c),
			Error::<Test>::NotCurator
		);
		assert_ok!(Datanets::accept_contribution(RuntimeOrigin::signed(BOB), c));
		// The deposit stays with who paid it and returns to them.
		assert_eq!(held(HoldReason::DatanetDeposit, CURATOR), DATANET_DEPOSIT);
		assert_eq!(held(HoldReason::DatanetDeposit, BOB), 0);
	});
}

#[test]
fn close_empty_datanet_returns_deposit() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Curated);
		let c = contribute(ALICE, id, 1);
		assert_noop!(
			Datanets::close_datanet(RuntimeOrigin::signed(CURATOR), id),
			Error::<Test>::HasPendingContributions
		);
		assert_noop!(
			Datanets::close_datanet(RuntimeOrigin::signed(ALICE), id),
			Error::<Test>::NotCurator
		);
		assert_ok!(Datanets::reject_contribution(RuntimeOrigin::signed(CURATOR), c));
		let free_before = Balances::balance(&CURATOR);
		assert_ok!(Datanets::close_datanet(RuntimeOrigin::signed(CURATOR), id));
		assert_eq!(Balances::balance(&CURATOR), free_before + DATANET_DEPOSIT);
		assert_eq!(held(HoldReason::DatanetDeposit, CURATOR), 0);
		assert!(System::events().iter().any(|r| r.event
			== RuntimeEvent::Datanets(Event::DatanetDepositReleased {
				datanet: id,
				depositor: CURATOR,
				amount: DATANET_DEPOSIT
			})));
		assert_eq!(last_event(), Event::DatanetClosed { datanet: id });
		assert!(!Datanets::datanet_is_active(id));
		assert!(Datanets::datanet_exists(id));
		assert_noop!(
			Datanets::close_datanet(RuntimeOrigin::signed(CURATOR), id),
			Error::<Test>::DatanetClosed
		);
	});
}

#[test]
fn closed_datanet_keeps_deposit_until_last_accepted_leaves() {
	build_and_execute(|| {
		let id = create(CURATOR, CurationMode::Open);
		let a = contribute(ALICE, id, 1);
		let b = contribute(BOB, id, 2);
		assert_ok!(Datanets::close_datanet(RuntimeOrigin::signed(CURATOR), id));
		assert_eq!(held(HoldReason::DatanetDeposit, CURATOR), DATANET_DEPOSIT);
		// Nothing new enters a closed datanet.
		assert_noop!(
			Datanets::contribute(RuntimeOrigin::signed(ALICE), id, hash(3), 1, bounded(vec![])),
			Error::<Test>::DatanetClosed
		);
		assert_noop!(
			Datanets::grade_contribution(RuntimeOrigin::signed(CURATOR), a, 2),
			Error::<Test>::DatanetClosed
		);
		assert_noop!(
			Datanets::publish_version(RuntimeOrigin::signed(CURATOR), id),
			Error::<Test>::DatanetClosed
		);
		assert_ok!(Datanets::withdraw_contribution(RuntimeOrigin::signed(ALICE), a));
		assert_eq!(held(HoldReason::DatanetDeposit, CURATOR), DATANET_DEPOSIT);
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(CURATOR), b));
		assert_eq!(held(HoldReason::DatanetDeposit, CURATOR), 0);
		assert_eq!(DatanetRecords::<Test>::get(id).unwrap().deposit, 0);
	});
}
