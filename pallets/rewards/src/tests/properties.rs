//! Property tests: random policies, lineages, attributions, fees up to `u128` scale and share
//! changes, checked against exact arithmetic: every fee is conserved to the planck, pool claims
//! stay within one planck per payment of the exact pro-rata share of the cited version by the
//! weights it committed to (later contributions, grades and removals change nothing for it), and
//! the rewards account stays solvent after every step (`try_state`).

use crate::{mock::*, *};
use frame_support::{assert_ok, traits::fungible::Mutate};
use openledger_primitives::{
	ContributionId, ContributionStatus, DatanetId, DatanetsInspect, ModelKind,
};
use proptest::prelude::*;
use sp_core::U256;
use sp_runtime::Perbill;
use std::collections::BTreeMap;

const BILLION: u32 = 1_000_000_000;

#[derive(Debug, Clone)]
enum Step {
	/// Settle `fee` with contribution scores (index into the existing ones) and datanet scores.
	Settle { fee: u128, contributions: Vec<(usize, u32)>, datanets: Vec<(bool, u32)> },
	/// Account `who` contributes to datanet A (`false`) or B (`true`).
	Contribute { who: u64, second: bool },
	/// The curator grades an existing contribution.
	Grade { index: usize, weight: u32 },
	/// The curator removes an existing contribution.
	Remove { index: usize },
	/// Account `who` claims its credits.
	Claim { who: u64 },
	/// Account `who` claims from datanet A or B.
	ClaimPool { who: u64, second: bool },
}

fn step() -> impl Strategy<Value = Step> {
	prop_oneof![
		4 => (
			prop_oneof![1u128..1_000_000, 1u128..(1u128 << 100)],
			prop::collection::vec((0usize..32, 0u32..BILLION / 6), 0..=MAX_CONTRIBUTIONS as usize),
			prop::collection::vec((any::<bool>(), 0u32..BILLION / 6), 0..=2),
		)
			.prop_map(|(fee, contributions, datanets)| Step::Settle { fee, contributions, datanets }),
		2 => (2u64..8, any::<bool>()).prop_map(|(who, second)| Step::Contribute { who, second }),
		1 => (0usize..32, 1u32..=10).prop_map(|(index, weight)| Step::Grade { index, weight }),
		1 => (0usize..32).prop_map(|index| Step::Remove { index }),
		1 => (2u64..16).prop_map(|who| Step::Claim { who }),
		1 => (2u64..8, any::<bool>()).prop_map(|(who, second)| Step::ClaimPool { who, second }),
	]
}

/// A policy with its data side within the mock's 10%..=80% bounds.
fn policy() -> impl Strategy<Value = SplitPolicy> {
	(BILLION / 10..=BILLION / 10 * 8, 0u32..=BILLION, 0u32..=BILLION).prop_map(|(data, a, b)| {
		let rest = BILLION - data;
		let (low, high) = (a.min(b) % (rest + 1), a.max(b) % (rest + 1));
		let (low, high) = (low.min(high), low.max(high));
		SplitPolicy {
			treasury: Perbill::from_parts(low),
			provider: Perbill::from_parts(high - low),
			model: Perbill::from_parts(rest - high),
			data: Perbill::from_parts(data),
		}
	})
}

/// What the exact (rational) pool shares allow a member to have received: the sum of the
/// floors and of the ceilings of each payment's exact part, and the number of payments.
#[derive(Default, Debug)]
struct Entitlement {
	floor: u128,
	ceil: u128,
	payments: u128,
}

fn scenario(policy: SplitPolicy, royalties: Vec<u32>, steps: Vec<Step>) {
	new_test_ext().execute_with(|| {
		assert_ok!(Rewards::set_policy(RuntimeOrigin::root(), policy));
		let a = open_datanet(1);
		let b = open_datanet(1);
		let mut contributions: Vec<ContributionId> =
			vec![contribute(2, a), contribute(3, a), contribute(4, b)];
		publish(1, a);
		publish(1, b);
		// A lineage of `royalties.len()` ancestors, each owed its random rate, owners 10, 11, …
		let training = [(a, Perbill::from_percent(70)), (b, Perbill::from_percent(30))];
		let mut kind = ModelKind::Base;
		let mut model = 0;
		for (depth, royalty) in royalties.iter().chain([&0]).enumerate() {
			model =
				register_model(10 + depth as u64, kind, &training, Perbill::from_parts(*royalty));
			kind = ModelKind::FineTune { parent: model };
		}

		// The model cites version 1 of both datanets: its pools pay by the shares version 1
		// committed to, whatever is contributed, graded or removed afterwards.
		let version_one: Vec<(DatanetId, BTreeMap<u64, u64>, u64)> = [a, b]
			.into_iter()
			.map(|d| {
				let mut members = BTreeMap::<u64, u64>::new();
				for (_, c) in pallet_datanets::Contributions::<Test>::iter() {
					if c.datanet == d && c.status == ContributionStatus::Accepted {
						*members.entry(c.contributor).or_default() += u64::from(c.weight);
					}
				}
				let total = members.values().sum();
				(d, members, total)
			})
			.collect();

		let mut entitled: BTreeMap<(DatanetId, u64), Entitlement> = BTreeMap::new();
		let mut claimed_from_pool: BTreeMap<(DatanetId, u64), u128> = BTreeMap::new();
		let mut inference = 0;
		for step in steps {
			match step {
				Step::Settle { fee, contributions: scores, datanets } => {
					let pick = |i: usize| contributions[i % contributions.len()];
					let mut named: Vec<(ContributionId, u32)> = Vec::new();
					for (i, score) in scores {
						if !named.iter().any(|(c, _)| *c == pick(i)) {
							named.push((pick(i), score));
						}
					}
					let mut pools: Vec<(DatanetId, u32)> = Vec::new();
					for (second, score) in datanets {
						let datanet = if second { b } else { a };
						if !pools.iter().any(|(d, _)| *d == datanet) {
							pools.push((datanet, score));
						}
					}
					let attribution = TestAttribution {
						contributions: named
							.iter()
							.map(|(c, s)| (*c, Perbill::from_parts(*s)))
							.collect::<Vec<_>>()
							.try_into()
							.unwrap(),
						datanets: pools
							.iter()
							.map(|(d, s)| (*d, Perbill::from_parts(*s)))
							.collect::<Vec<_>>()
							.try_into()
							.unwrap(),
					};
					Balances::set_balance(&PAYER, fee + 1);
					let issuance = pallet_balances::TotalIssuance::<Test>::get();
					let held = free(Rewards::account_id()) + free(TREASURY);
					let shares = &version_one;
					inference += 1;
					assert_ok!(settle(inference, model, fee, &attribution));
					// Conservation, exactly: the fee moved, nothing was created.
					assert_eq!(pallet_balances::TotalIssuance::<Test>::get(), issuance);
					assert_eq!(free(Rewards::account_id()) + free(TREASURY), held + fee);
					let receipt = Receipts::<Test>::get(inference).unwrap();
					let parts = receipt.treasury
						+ receipt.provider.amount
						+ receipt.owner.amount
						+ receipt.ancestors.iter().map(|p| p.amount).sum::<u128>()
						+ receipt.contributors.iter().map(|p| p.amount).sum::<u128>()
						+ receipt.pools.iter().map(|p| p.amount).sum::<u128>();
					assert_eq!(parts, fee);
					// Each part is its exact rate rounded down; the treasury's remainder is
					// less than one planck per rounded part.
					let exact = |rate: Perbill| {
						(U256::from(fee) * U256::from(rate.deconstruct()) / U256::from(BILLION))
							.as_u128()
					};
					assert_eq!(receipt.provider.amount, exact(policy.provider));
					// Rounded parts: provider, model and data sides, each ancestor, contribution
					// and named datanet, and each training datanet's share of the rest.
					let rounded =
						3 + receipt.ancestors.len() + receipt.contributors.len() + pools.len() + 2;
					assert!(receipt.treasury >= exact(policy.treasury));
					// Unless a datanet could not be paid (no share left in it; its part then goes
					// to the treasury too), the treasury's remainder is only rounding.
					if shares.iter().all(|(_, _, total)| *total > 0) {
						assert!(receipt.treasury - exact(policy.treasury) <= rounded as u128);
					}
					// The oracle's view of each pool payment, member by member.
					for part in receipt.pools.iter() {
						let (_, members, total) =
							shares.iter().find(|(d, _, _)| *d == part.datanet).unwrap();
						for (who, share) in members {
							let exact = U256::from(part.amount) * U256::from(*share);
							let floor = (exact / U256::from(*total)).as_u128();
							let ceil = floor + u128::from(!(exact % U256::from(*total)).is_zero());
							let e = entitled.entry((part.datanet, *who)).or_default();
							e.floor += floor;
							e.ceil += ceil;
						}
						for who in members.keys() {
							entitled.entry((part.datanet, *who)).or_default().payments += 1;
						}
					}
				}
				Step::Contribute { who, second } => {
					let datanet = if second { b } else { a };
					if Datanets::contributor_share(datanet, &who) < 10 {
						contributions.push(contribute(who, datanet));
					}
				}
				Step::Grade { index, weight } => {
					let c = contributions[index % contributions.len()];
					let _ = Datanets::grade_contribution(RuntimeOrigin::signed(1), c, weight);
				}
				Step::Remove { index } => {
					let c = contributions[index % contributions.len()];
					let _ = Datanets::remove_contribution(RuntimeOrigin::signed(1), c);
				}
				Step::Claim { who } => {
					let credit = Accounts::<Test>::get(who).credits;
					let before = free(who);
					if Rewards::claim(RuntimeOrigin::signed(who)).is_ok() {
						assert_eq!(free(who), before + credit);
					}
				}
				Step::ClaimPool { who, second } => {
					let datanet = if second { b } else { a };
					let owed = Rewards::pool_rewards(datanet, &who);
					let before = free(who);
					if Rewards::claim_pool(RuntimeOrigin::signed(who), datanet).is_ok() {
						assert_eq!(free(who), before + owed);
						*claimed_from_pool.entry((datanet, who)).or_default() += owed;
					}
				}
			}
			check_invariants();
		}
		// Every member's pool rewards (claimed or not) are within one planck per payment of
		// the exact pro-rata share, and never above it.
		for ((datanet, who), e) in entitled {
			let got = claimed_from_pool.get(&(datanet, who)).copied().unwrap_or_default()
				+ Rewards::pool_rewards(datanet, &who);
			assert!(got <= e.ceil, "{who} in {datanet}: {got} above {e:?}");
			assert!(got + e.payments >= e.floor, "{who} in {datanet}: {got} below {e:?}");
		}
	});
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

	#[test]
	fn settlements_conserve_fees_and_pools_pay_pro_rata(
		policy in policy(),
		royalties in prop::collection::vec(0u32..=BILLION / 3, 0..=3),
		steps in prop::collection::vec(step(), 1..40),
	) {
		scenario(policy, royalties, steps);
	}
}
