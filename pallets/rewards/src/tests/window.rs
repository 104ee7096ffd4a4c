//! Datanets that live forever (issue 26, item 7): a datanet publishes versions without end; the
//! versions older than its window of `MaxVersions` retire, its pool folds the epochs only they
//! told apart into epoch 0, and every citable version keeps paying by the weights it committed
//! to, to the planck, across every fold.

use super::scene;
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok, traits::Get};
use openledger_primitives::{citable_from, DatanetsInspect, ModelKind};
use sp_runtime::Perbill;

/// The datanets test prelude's `MaxVersions`.
const WINDOW: u32 = 4;

#[test]
fn a_datanet_publishes_past_its_window_and_pays_every_citable_version_exactly() {
	build_and_execute(|| {
		let (datanet, _, adapter) = scene();
		let window: u32 = <Datanets as DatanetsInspect<AccountId>>::MaxVersions::get();
		assert_eq!(window, WINDOW);
		// Account 2 holds 2 (two contributions), account 3 one contribution (id 2), regraded
		// to `w = 2 + v mod 3` before each version `v`; a model citing `v` pays 100 × (2 + w)
		// into the pool: 200 to account 2, 100 × w to account 3, exactly.
		let (mut to_2, mut to_3) = (0u128, 0u128);
		for version in 2..=13u32 {
			let weight = 2 + version % 3;
			assert_ok!(Datanets::grade_contribution(RuntimeOrigin::signed(1), 2, weight));
			assert_eq!(publish(1, datanet), version);
			let model =
				register_model(12, ModelKind::Base, &[(datanet, Perbill::one())], Perbill::zero());
			let fee = 250 * u128::from(2 + weight);
			assert_ok!(settle(version.into(), model, fee, &attribution(&[], &[])));
			to_2 += 200;
			to_3 += 100 * u128::from(weight);
			// The pool keeps at most one epoch per citable version.
			let kept = Pools::<Test>::get(datanet).epochs;
			assert!(kept.len() as u32 <= WINDOW + 1);
			assert!(kept.iter().all(|part| part.epoch > citable_from(version, WINDOW)));
			assert_eq!(Rewards::pool_rewards(datanet, &2), to_2);
			assert_eq!(Rewards::pool_rewards(datanet, &3), to_3);
		}
		// Versions 1 to 8 are retired; the epochs they told apart were folded.
		assert_eq!(citable_from(13, WINDOW), 9);
		let folded: Vec<u32> = FoldedEpochs::<Test>::iter_prefix(datanet).map(|(e, _)| e).collect();
		assert!(!folded.is_empty() && folded.iter().all(|epoch| *epoch <= 9));
		System::assert_has_event(Event::EpochsFolded { datanet, up_to: 9, epochs: 1 }.into());
		// Account 2 was never touched since version 1: its change of epoch 1 was folded and is
		// settled exactly when it claims.
		assert!(MemberEpochs::<Test>::get(datanet, 2).iter().any(|part| part.epoch == 1));
		let before = free(2);
		assert_ok!(Rewards::claim_pool(RuntimeOrigin::signed(2), datanet));
		assert_eq!(free(2), before + to_2);
		assert!(MemberEpochs::<Test>::get(datanet, 2).is_empty());
		let before = free(3);
		assert_ok!(Rewards::claim_pool(RuntimeOrigin::signed(3), datanet));
		assert_eq!(free(3), before + to_3);

		// The adapter cites version 1, now retired: its pool part stays with the treasury.
		assert_ok!(settle(100, adapter, 1_000, &attribution(&[], &[])));
		let receipt = Receipts::<Test>::get(100).unwrap();
		assert!(receipt.pools.is_empty());
		assert_eq!(receipt.treasury, 1_000 * 5 / 100 + 400);
		assert_eq!(Rewards::pool_rewards(datanet, &2), 0);
		// And no new model may cite a retired version.
		assert_noop!(
			Models::register_model(
				RuntimeOrigin::signed(12),
				openledger_primitives::bounded(b"model".to_vec()),
				openledger_primitives::bounded(vec![]),
				sp_core::H256::repeat_byte(1),
				ModelKind::Base,
				openledger_primitives::bounded(vec![(datanet, 8, Perbill::one())]),
				10,
				pallet_models::DerivativeTerms { allowed: true, royalty: Perbill::zero() }
			),
			pallet_models::Error::<Test>::VersionRetired
		);
	});
}
