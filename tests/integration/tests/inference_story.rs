//! The whole story through the real runtime's dispatch, on the `development` genesis: a user
//! pays for a call on the seeded LoRA adapter, the seeded provider answers with an attribution,
//! the result settles, and every party claims exactly what the receipt says.

use frame_support::{assert_noop, assert_ok, traits::fungible::Inspect};
use openledger_integration_tests::{check_invariants, development_ext, next_block};
use openledger_primitives::Attribution;
use openledger_runtime::{
	configs::{ChallengeWindow, ReceiptDeposit},
	genesis_config_presets::DEV_PROVIDER_STAKE,
	AccountId, Balance, Balances, Inference, Rewards, Runtime, RuntimeOrigin,
};
use sp_core::H256;
use sp_keyring::Sr25519Keyring::{Alice, Bob, Charlie, Dave, Ferdie};
use sp_runtime::Perbill;

fn free(who: &AccountId) -> Balance {
	<Balances as Inspect<AccountId>>::balance(who)
}

const ADAPTER: u32 = 1;

#[test]
fn a_paid_call_on_the_seeded_adapter_pays_everyone_its_receipt() {
	development_ext().execute_with(|| {
		check_invariants();
		let (user, provider) = (Ferdie.to_account_id(), Dave.to_account_id());
		let provider_info = pallet_inference::Providers::<Runtime>::get(&provider).unwrap();
		assert_eq!(provider_info.stake, DEV_PROVIDER_STAKE);
		let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
		let price = pallet_models::Models::<Runtime>::get(ADAPTER).unwrap().price;

		// The user asks the adapter through Dave, paying at most the price.
		let user_before = free(&user);
		assert_ok!(Inference::request_inference(
			RuntimeOrigin::signed(user.clone()),
			ADAPTER,
			provider.clone(),
			H256::repeat_byte(1),
			price
		));
		// Someone else cannot answer; Dave can, naming Charlie's first contribution and the
		// datanet it is in (the adapter is trained on datanet 0).
		let attribution = Attribution {
			contributions: vec![(0, Perbill::from_percent(20))].try_into().unwrap(),
			datanets: vec![(0, Perbill::from_percent(30))].try_into().unwrap(),
		};
		assert_noop!(
			Inference::submit_result(
				RuntimeOrigin::signed(Alice.to_account_id()),
				0,
				H256::repeat_byte(2),
				attribution.clone()
			),
			pallet_inference::Error::<Runtime>::NotAssignedProvider
		);
		assert_ok!(Inference::submit_result(
			RuntimeOrigin::signed(provider.clone()),
			0,
			H256::repeat_byte(2),
			attribution.clone()
		));
		let dry_run = Rewards::compute_split(ADAPTER, &provider, price, &attribution).unwrap();
		check_invariants();

		// The window passes; on_idle settles by itself.
		for _ in 0..ChallengeWindow::get() {
			next_block();
			check_invariants();
		}
		next_block();
		let receipt = pallet_rewards::Receipts::<Runtime>::get(0).expect("settled in on_idle");
		assert_eq!(pallet_rewards::Receipt { settled_at: receipt.settled_at, ..dry_run }, receipt);
		// The fee is paid; the receipt holds its deposit until pruned.
		let receipt_deposit = ReceiptDeposit::get();
		assert_eq!(free(&user), user_before - price - receipt_deposit);
		assert_eq!(pallet_balances::TotalIssuance::<Runtime>::get(), issuance);

		// Parts sum to the fee, and name who the design says.
		let parts = receipt.treasury
			+ receipt.provider.amount
			+ receipt.owner.amount
			+ receipt.ancestors.iter().map(|a| a.amount).sum::<Balance>()
			+ receipt.contributors.iter().map(|c| c.amount).sum::<Balance>()
			+ receipt.pools.iter().map(|p| p.amount).sum::<Balance>();
		assert_eq!(parts, price);
		assert_eq!(receipt.owner.account, Bob.to_account_id());
		assert_eq!(receipt.ancestors[0].owner, Alice.to_account_id());
		assert_eq!(receipt.contributors[0].contributor, Charlie.to_account_id());

		// Everyone claims exactly their credit; a second claim finds nothing.
		let mut credited: Vec<(AccountId, Balance)> = vec![
			(receipt.provider.account.clone(), receipt.provider.amount),
			(receipt.owner.account.clone(), receipt.owner.amount),
			(receipt.ancestors[0].owner.clone(), receipt.ancestors[0].amount),
			(receipt.contributors[0].contributor.clone(), receipt.contributors[0].amount),
		];
		credited.sort();
		credited.dedup_by(|a, b| {
			a.0 == b.0 && {
				b.1 += a.1;
				true
			}
		});
		for (who, amount) in credited {
			let before = free(&who);
			assert_ok!(Rewards::claim(RuntimeOrigin::signed(who.clone())));
			assert_eq!(free(&who), before + amount);
			assert_noop!(
				Rewards::claim(RuntimeOrigin::signed(who)),
				pallet_rewards::Error::<Runtime>::NothingToClaim
			);
		}
		// Datanet 0's contributors (Charlie 2, Dave 1) share its pool 2:1, to the planck.
		let pool = receipt.pools.iter().find(|p| p.datanet == 0).unwrap().amount;
		let charlie = Rewards::pool_rewards(0, &Charlie.to_account_id());
		let dave = Rewards::pool_rewards(0, &Dave.to_account_id());
		assert!(charlie.abs_diff(pool * 2 / 3) <= 1 && dave.abs_diff(pool / 3) <= 1);
		let before = free(&Charlie.to_account_id());
		assert_ok!(Rewards::claim_pool(RuntimeOrigin::signed(Charlie.to_account_id()), 0));
		assert_eq!(free(&Charlie.to_account_id()), before + charlie);
		assert_eq!(pallet_balances::TotalIssuance::<Runtime>::get(), issuance);
		check_invariants();
	});
}
