//! Settlement: who gets what, exactly.

use super::scene;
use crate::{mock::*, *};
use frame_support::{assert_noop, assert_ok};
use openledger_primitives::{Attribution, ContributionStatus, ModelKind};
use sp_runtime::Perbill;

#[test]
fn a_fee_splits_exactly_as_the_design_says() {
	build_and_execute(|| {
		let (datanet, base, adapter) = scene();
		let pallet_before = free(Rewards::account_id());
		let treasury_before = free(TREASURY);
		// Policy 5 / 20 / 35 / 40; contribution 0 (of account 2) scores 50%.
		assert_ok!(settle(7, adapter, 1_000, &attribution(&[(0, 50)], &[])));

		let receipt = Receipts::<Test>::get(7).unwrap();
		assert_eq!(receipt.fee, 1_000);
		assert_eq!(receipt.provider, Payee { account: PROVIDER, amount: 200 });
		// Model side 350: the base gets 10% of it, the adapter's owner keeps the rest.
		assert_eq!(receipt.owner, Payee { account: 11, amount: 315 });
		assert_eq!(
			receipt.ancestors.to_vec(),
			vec![AncestorPart { model: base, owner: 10, amount: 35 }]
		);
		// Data side 400: 50% to contribution 0's contributor, the rest to the pool.
		assert_eq!(
			receipt.contributors.to_vec(),
			vec![ContributorPart { contribution: 0, datanet, contributor: 2, amount: 200 }]
		);
		assert_eq!(receipt.pools.to_vec(), vec![PoolPart { datanet, amount: 200 }]);
		assert_eq!(receipt.treasury, 50);
		assert_eq!(receipt.settled_at, 1);

		assert_eq!(Accounts::<Test>::get(PROVIDER).credits, 200);
		assert_eq!(Accounts::<Test>::get(11).credits, 315);
		assert_eq!(Accounts::<Test>::get(10).credits, 35);
		assert_eq!(Accounts::<Test>::get(2).credits, 200);
		assert_eq!(Pools::<Test>::get(datanet).pool.paid_in, 200);
		assert_eq!(Pools::<Test>::get(datanet).pool.direct, 200);
		assert_eq!(free(Rewards::account_id()), pallet_before + 950);
		assert_eq!(free(TREASURY), treasury_before + 50);
		assert_eq!(
			last_event(),
			Event::Settled {
				inference: 7,
				model: adapter,
				fee: 1_000,
				to_treasury: 50,
				to_provider: 200,
				to_model_side: 350,
				to_data_side: 400,
			}
		);
		let totals = ModelTotals::<Test>::get(adapter);
		assert_eq!(
			(totals.calls, totals.fees, totals.to_owner, totals.to_ancestors, totals.to_data),
			(1, 1_000, 315, 35, 400)
		);
		assert_eq!(ModelTotals::<Test>::get(base).royalties_received, 35);
		assert_eq!(ModelDatanetTotals::<Test>::get(adapter, datanet), 400);
		assert_eq!(Accounts::<Test>::get(2).lifetime.as_contributor, 200);
		assert_eq!(Accounts::<Test>::get(10).lifetime.as_ancestor, 35);
	});
}

#[test]
fn settlement_moves_money_without_creating_any() {
	build_and_execute(|| {
		let (_, _, adapter) = scene();
		let issuance = pallet_balances::TotalIssuance::<Test>::get();
		let payer = free(PAYER);
		assert_ok!(settle(1, adapter, 12_345, &attribution(&[(0, 33), (2, 17)], &[])));
		// The fee, and the receipt's deposit held (not spent).
		assert_eq!(free(PAYER), payer - 12_345 - RECEIPT_DEPOSIT);
		assert_eq!(pallet_balances::TotalIssuance::<Test>::get(), issuance);
	});
}

#[test]
fn rounding_remainders_go_to_the_treasury() {
	build_and_execute(|| {
		let (_, _, adapter) = scene();
		// 7 planck, each part its exact share rounded down once: provider ⌊1.4⌋ = 1, owner
		// ⌊2.205⌋ = 2 (90% of the model side 2.45), royalty ⌊0.245⌋ = 0, contribution 0 ⌊0.924⌋
		// = 0 (33% of the data side 2.8), pool ⌊1.876⌋ = 1; treasury 7 - 1 - 2 - 0 - 0 - 1 = 3.
		assert_ok!(settle(1, adapter, 7, &attribution(&[(0, 33)], &[])));
		let receipt = Receipts::<Test>::get(1).unwrap();
		assert_eq!(receipt.provider.amount, 1);
		assert_eq!(receipt.owner.amount, 2);
		assert_eq!(receipt.ancestors[0].amount, 0);
		assert_eq!(receipt.contributors[0].amount, 0);
		assert_eq!(receipt.pools[0].amount, 1);
		assert_eq!(receipt.treasury, 3);
	});
}

#[test]
fn royalties_climb_the_lineage_each_on_what_reaches_it() {
	build_and_execute(|| {
		let (datanet, base, _) = scene();
		let training = [(datanet, Perbill::one())];
		// base (10, owed 10% by its derivatives) <- fine-tune (12, owed 20%) <- fine-tune (13).
		let middle = register_model(
			12,
			ModelKind::FineTune { parent: base },
			&training,
			Perbill::from_percent(20),
		);
		let leaf =
			register_model(13, ModelKind::FineTune { parent: middle }, &training, Perbill::zero());
		assert_ok!(settle(1, leaf, 10_000, &attribution(&[], &[])));
		let receipt = Receipts::<Test>::get(1).unwrap();
		// Model side 3,500: 20% (700) reaches the middle model, 10% of that (70) the base.
		assert_eq!(receipt.owner, Payee { account: 13, amount: 2_800 });
		assert_eq!(
			receipt.ancestors.to_vec(),
			vec![
				AncestorPart { model: middle, owner: 12, amount: 630 },
				AncestorPart { model: base, owner: 10, amount: 70 },
			]
		);
		// No attribution: the whole data side to the training datanet's pool.
		assert_eq!(receipt.pools.to_vec(), vec![PoolPart { datanet, amount: 4_000 }]);
	});
}

#[test]
fn datanet_scores_are_absolute_and_the_rest_follows_training_shares() {
	build_and_execute(|| {
		let (first, base, _) = scene();
		let second = open_datanet(4);
		contribute(5, second);
		publish(4, second);
		let _ = base;
		let model = register_model(
			12,
			ModelKind::Base,
			&[(first, Perbill::from_percent(50)), (second, Perbill::from_percent(50))],
			Perbill::zero(),
		);
		// Data side 4,000: contribution 3 (account 5) 25% = 1,000; `first` 30% = 1,200;
		// `second` 10% = 400; the 1,400 no score claims goes by training share, 700 each.
		let second_contribution = 3;
		assert_ok!(settle(
			1,
			model,
			10_000,
			&attribution(&[(second_contribution, 25)], &[(first, 30), (second, 10)])
		));
		let receipt = Receipts::<Test>::get(1).unwrap();
		assert_eq!(receipt.contributors[0].contributor, 5);
		assert_eq!(receipt.contributors[0].amount, 1_000);
		assert_eq!(
			receipt.pools.to_vec(),
			vec![
				PoolPart { datanet: first, amount: 1_900 },
				PoolPart { datanet: second, amount: 1_100 }
			]
		);
	});
}

#[test]
fn a_contribution_no_longer_accepted_is_paid_through_the_pool() {
	build_and_execute(|| {
		let (datanet, _, adapter) = scene();
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(1), 2));
		assert_ne!(
			pallet_datanets::Contributions::<Test>::get(2).map(|c| c.status),
			Some(ContributionStatus::Accepted)
		);
		assert_ok!(settle(1, adapter, 1_000, &attribution(&[(2, 50)], &[])));
		let receipt = Receipts::<Test>::get(1).unwrap();
		assert!(receipt.contributors.is_empty());
		assert_eq!(receipt.pools.to_vec(), vec![PoolPart { datanet, amount: 400 }]);
	});
}

#[test]
fn bad_settlements_pay_nothing() {
	build_and_execute(|| {
		let (_, _, adapter) = scene();
		assert_ok!(settle(1, adapter, 1_000, &attribution(&[], &[])));
		let payer = free(PAYER);
		let pallet = free(Rewards::account_id());
		assert_noop!(
			settle(1, adapter, 1_000, &attribution(&[], &[])),
			Error::<Test>::AlreadySettled
		);
		assert_noop!(settle(2, 99, 1_000, &attribution(&[], &[])), Error::<Test>::UnknownModel);
		assert_noop!(
			settle(2, adapter, 1_000, &attribution(&[(0, 60)], &[(0, 50)])),
			Error::<Test>::ScoresOverHundredPercent
		);
		assert_eq!(free(PAYER), payer);
		assert_eq!(free(Rewards::account_id()), pallet);
	});
}

#[test]
fn a_pool_at_its_limit_refuses_the_fee() {
	build_and_execute(|| {
		let (datanet, _, adapter) = scene();
		Pools::<Test>::mutate(datanet, |record| {
			record.pool.reward_per_share = crate::pool::reward_per_share_limit()
		});
		let payer = free(PAYER);
		assert_noop!(
			settle(1, adapter, 1_000, &attribution(&[], &[])),
			Error::<Test>::PoolOverflow
		);
		assert_eq!(free(PAYER), payer);
		// Undo the tampering so the closing invariants see a consistent pool.
		Pools::<Test>::mutate(datanet, |record| record.pool.reward_per_share = Default::default());
	});
}

#[test]
fn a_dry_run_is_the_settlement() {
	build_and_execute(|| {
		let (_, _, adapter) = scene();
		let attribution = attribution(&[(0, 20), (1, 10)], &[]);
		let dry = Rewards::compute_split(adapter, &PROVIDER, 98_765, &attribution).unwrap();
		assert_ok!(settle(1, adapter, 98_765, &attribution));
		let receipt = Receipts::<Test>::get(1).unwrap();
		assert_eq!(Receipt { settled_at: 1, ..dry }, receipt);
	});
}

#[test]
fn a_settlement_is_charged_for_its_own_size() {
	use crate::weights::WeightInfo;
	use openledger_primitives::InferenceRewards;
	type Weights = <Test as Config>::WeightInfo;
	build_and_execute(|| {
		let (datanet, base, adapter) = scene();
		// One ancestor, two attributed contributions (one not accepted: looked at, not paid), the
		// training datanet's pool.
		assert_ok!(Datanets::remove_contribution(RuntimeOrigin::signed(1), 2));
		let used = settle(1, adapter, 1_000, &attribution(&[(0, 33), (2, 17)], &[])).unwrap();
		assert_eq!(used, Weights::settle(1, 2, 1));
		// No ancestor, no contribution, two named datanets (one with no share: read, not paid)
		// and the training datanet (also named: one pool).
		let empty = open_datanet(1);
		let small =
			settle(2, base, 1_000, &attribution(&[], &[(datanet, 50), (empty, 50)])).unwrap();
		assert_eq!(Receipts::<Test>::get(2).unwrap().pools.len(), 1);
		assert_eq!(small, Weights::settle(0, 0, 3));
		let worst = <Rewards as InferenceRewards<_, _>>::settle_weight();
		assert!(used.all_lt(worst) && small.all_lt(worst));
		// Pools: the most named datanets plus the most training datanets.
		assert_eq!(worst, Weights::settle(3, MAX_CONTRIBUTIONS, MAX_DATANETS + MAX_DATANETS));
	});
}

#[test]
fn money_that_cannot_reach_its_account_is_refused_with_the_reason() {
	build_and_execute(|| {
		let (_, base, _) = scene();
		let kill = |who| {
			assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), who, 0));
			assert!(!frame_system::Account::<Test>::contains_key(who));
		};
		let revive = |who| {
			assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), who, 1));
		};
		// A policy with no treasury part: 100 splits 20 / 40 / 40 and leaves the treasury
		// nothing, which a reaped treasury cannot take (below the existential deposit).
		let policy = SplitPolicy {
			treasury: Perbill::zero(),
			provider: Perbill::from_percent(20),
			model: Perbill::from_percent(40),
			data: Perbill::from_percent(40),
		};
		assert_ok!(Rewards::set_policy(RuntimeOrigin::root(), policy));
		kill(TREASURY);
		assert_noop!(
			settle(1, base, 100, &attribution(&[], &[])),
			Error::<Test>::TreasuryCannotReceive
		);
		revive(TREASURY);
		// A free call sends the pallet account nothing, which a reaped account cannot take.
		let pallet = Rewards::account_id();
		kill(pallet);
		assert_noop!(
			settle(1, base, 0, &attribution(&[], &[])),
			Error::<Test>::PalletAccountCannotReceive
		);
		revive(pallet);
	});
}

#[test]
fn amounts_out_of_range_are_refused() {
	build_and_execute(|| {
		let (_, base, _) = scene();
		// Tamper: a credit at the top of the range cannot take the provider's part.
		Accounts::<Test>::mutate(PROVIDER, |account| account.credits = Balance::MAX);
		assert_noop!(settle(1, base, 1_000, &attribution(&[], &[])), Error::<Test>::Overflow);
		Accounts::<Test>::remove(PROVIDER);
		// Subtracting more than there is reports an underflow, not an overflow.
		assert!(matches!(crate::split::sub::<Test>(1, 2), Err(Error::<Test>::Underflow)));
	});
}

#[test]
fn naming_a_datanet_cannot_steer_what_no_score_claims() {
	build_and_execute(|| {
		let (first, _, _) = scene();
		let second = open_datanet(4);
		contribute(5, second);
		publish(4, second);
		let model = register_model(
			12,
			ModelKind::Base,
			&[(first, Perbill::from_percent(50)), (second, Perbill::from_percent(50))],
			Perbill::zero(),
		);
		// One part per billion on `second` used to send it the whole data side (4,000).
		let tiny = Attribution {
			contributions: Default::default(),
			datanets: vec![(second, Perbill::from_parts(1))].try_into().unwrap(),
		};
		assert_ok!(settle(1, model, 10_000, &tiny));
		let receipt = Receipts::<Test>::get(1).unwrap();
		// 1 ppb of 4,000 rounds to nothing (the treasury keeps it); the training shares split
		// the rest, exactly 3,999.999996, half each: 1,999 each, rounded down.
		assert_eq!(
			receipt.pools.to_vec(),
			vec![
				PoolPart { datanet: first, amount: 1_999 },
				PoolPart { datanet: second, amount: 1_999 }
			]
		);
	});
}

/// Found by the runtime fuzzer's economic oracle: a part computed from another rounded part
/// (75% of the data side, itself rounded) lost up to two planck against the design's exact
/// share. Every part is now its exact share of the fee, rounded down once.
#[test]
fn each_part_is_its_exact_share_of_the_fee_rounded_down_once() {
	build_and_execute(|| {
		let (datanet, base, adapter) = scene();
		// Data side 40% of 1,004 = 401.6; 75% of it is 301.2 (301 planck), not 75% of 401 (300).
		assert_ok!(settle(3, adapter, 1_004, &attribution(&[(0, 75)], &[])));
		let receipt = Receipts::<Test>::get(3).unwrap();
		assert_eq!(receipt.contributors[0].amount, 301);
		// The other 25% of the data side, 100.4, to the training datanet's pool.
		assert_eq!(receipt.pools.to_vec(), vec![PoolPart { datanet, amount: 100 }]);
		// Provider 20% = 200.8; model side 35% = 351.4: the base's 10% of it is 35.14, the
		// adapter's owner keeps 90% = 316.26.
		assert_eq!(receipt.provider.amount, 200);
		assert_eq!(
			receipt.ancestors.to_vec(),
			vec![AncestorPart { model: base, owner: 10, amount: 35 }]
		);
		assert_eq!(receipt.owner.amount, 316);
		// The treasury: its 5% (50.2) and the remainders.
		assert_eq!(receipt.treasury, 1_004 - 301 - 100 - 200 - 35 - 316);
	});
}
