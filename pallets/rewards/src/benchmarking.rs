//! Benchmarks at the worst case of every bound: settlement over lineage depth (`a`), attributed
//! contributions (`c`) and datanets (`d`), each pool with every epoch of its datanet in use;
//! claims over the pools claimed (`n`), each with every epoch in use; receipt pruning over
//! receipts pruned (`n`); and, to show the cost does not depend on it, paying into and claiming
//! from a pool over its number of contributors (`k`).
#![allow(clippy::arithmetic_side_effects)]

use super::*;

use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Balanced, Credit, Inspect, Mutate},
		EnsureOrigin, Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use openledger_primitives::{
	Attribution, DatanetId, DatanetsBenchmarkHelper, DatanetsInspect, InferenceRewards, ModelId,
	ModelsBenchmarkHelper, ModelsInspect, OnShareChange,
};
use sp_runtime::{traits::Zero, Perbill, Saturating};

/// A fee large enough that no part rounds to zero.
fn fee<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance().saturating_mul(1_000_000u32.into())
}

/// The user who paid the calls: funded, so every receipt holds its full deposit.
fn payer<T: Config>() -> T::AccountId {
	let payer: T::AccountId = account("payer", 0, 0);
	T::Currency::set_balance(&payer, fee::<T>());
	payer
}

/// Settle `inference` on `model` as the inference pallet does (receipt deposit included), with
/// `credit` as the fee.
fn settle_call<T: Config>(
	inference: u64,
	payer: &T::AccountId,
	model: ModelId,
	credit: Credit<T::AccountId, T::Currency>,
	terms: &SplitPolicy,
	attribution: &AttributionOf<T>,
) -> Result<(), BenchmarkError> {
	let provider: T::AccountId = account("provider", 0, 0);
	<Pallet<T> as InferenceRewards<T::AccountId, T::Currency>>::settle(
		inference,
		payer,
		model,
		&provider,
		credit,
		terms,
		attribution,
	)
	.map(|_| ())
	.map_err(|_| BenchmarkError::Stop("settlement failed"))
}

/// Settle `inference` on `model` with a freshly issued fee.
fn settle_fee<T: Config>(
	inference: u64,
	model: ModelId,
	attribution: &AttributionOf<T>,
) -> Result<(), BenchmarkError> {
	let credit = T::Currency::issue(fee::<T>());
	settle_call::<T>(
		inference,
		&payer::<T>(),
		model,
		credit,
		&Pallet::<T>::terms_for(model),
		attribution,
	)
}

/// The rewards and treasury accounts exist, as the genesis build makes sure.
fn accounts<T: Config>() {
	Pallet::<T>::ensure_accounts_exist();
}

/// A datanet with `k` contributors besides its curator, and a model trained on it alone.
fn pool_with_contributors<T: Config>(k: u32) -> (DatanetId, ModelId, Vec<T::AccountId>) {
	let (datanet, _) = T::BenchmarkHelper::datanet_with_version(0);
	let contributions = T::BenchmarkHelper::add_contributors(datanet, 0, k);
	let contributors = contributions
		.iter()
		.filter_map(|c| T::Datanets::contribution(*c).map(|info| info.contributor))
		.collect();
	// A version that includes them, which the model cites: its pool pays them.
	let version = T::BenchmarkHelper::publish_version(datanet);
	let model = T::BenchmarkHelper::model_with_lineage(0, &[(datanet, version)]);
	(datanet, model, contributors)
}

fn max_depth<T: Config>() -> u32 {
	MaxLineageDepthOf::<T>::get()
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn set_policy() -> Result<(), BenchmarkError> {
		let origin =
			T::PolicyOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let mut policy = Policy::<T>::get();
		policy.treasury = policy.treasury.saturating_add(policy.provider);
		policy.provider = Perbill::zero();
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, policy);
		assert_eq!(Policy::<T>::get(), policy);
		Ok(())
	}

	/// Only the model's owner is read; the deepest lineage makes the model's record largest.
	#[benchmark]
	fn set_model_data_side() -> Result<(), BenchmarkError> {
		let (datanet, version) = T::BenchmarkHelper::datanet_with_version(0);
		let model = T::BenchmarkHelper::model_with_lineage(max_depth::<T>(), &[(datanet, version)]);
		let owner = T::Models::owner(model).ok_or(BenchmarkError::Stop("no model"))?;
		let data = T::MinDataSide::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(owner), model, Some(data));
		assert_eq!(ModelDataSide::<T>::get(model), Some(data));
		Ok(())
	}

	/// The claimant's account does not exist yet.
	#[benchmark]
	fn claim() {
		accounts::<T>();
		let who: T::AccountId = account("claimant", 0, 0);
		let amount = fee::<T>();
		Accounts::<T>::insert(&who, AccountLedger { credits: amount, ..Default::default() });
		let pot = Pallet::<T>::account_id();
		T::Currency::set_balance(&pot, amount.saturating_add(T::Currency::minimum_balance()));
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert_eq!(T::Currency::balance(&who), amount);
	}

	#[benchmark]
	fn claim_pool() -> Result<(), BenchmarkError> {
		accounts::<T>();
		let (datanet, model, contributors) = pool_with_contributors::<T>(1);
		settle_fee::<T>(0, model, &Default::default())?;
		let who = contributors.first().cloned().ok_or(BenchmarkError::Stop("no contributor"))?;
		// Every epoch of the datanet in use, by the pool, and by the claimant in epochs folded
		// since (each read, then dropped).
		Pallet::<T>::fill_folded_epochs(datanet, &who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), datanet);
		assert!(Pallet::<T>::pool_rewards(datanet, &who).is_zero());
		Ok(())
	}

	/// Credits and `n` pools with rewards.
	#[benchmark]
	fn claim_all(n: Linear<1, { T::MaxClaimPools::get() }>) -> Result<(), BenchmarkError> {
		accounts::<T>();
		let mut datanets = Vec::new();
		for i in 0..n {
			let (datanet, _) = T::BenchmarkHelper::datanet_with_version(i);
			// The same contributor (seed 0) joins every datanet, in a version the model cites.
			T::BenchmarkHelper::add_contributors(datanet, 0, 1);
			let version = T::BenchmarkHelper::publish_version(datanet);
			let model = T::BenchmarkHelper::model_with_lineage(0, &[(datanet, version)]);
			settle_fee::<T>(i.into(), model, &Default::default())?;
			datanets.push(datanet);
		}
		let who: T::AccountId = account("datanet-contributor", 0, 0);
		for datanet in &datanets {
			Pallet::<T>::fill_epochs(*datanet, &who);
		}
		Accounts::<T>::insert(&who, AccountLedger { credits: fee::<T>(), ..Default::default() });
		let pot = Pallet::<T>::account_id();
		T::Currency::set_balance(&pot, T::Currency::balance(&pot).saturating_add(fee::<T>()));
		let list: BoundedVec<_, T::MaxClaimPools> =
			datanets.clone().try_into().map_err(|_| BenchmarkError::Stop("too many pools"))?;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), list);
		assert!(Accounts::<T>::get(&who).credits.is_zero());
		for datanet in datanets {
			assert!(Pallet::<T>::pool_rewards(datanet, &who).is_zero());
		}
		Ok(())
	}

	/// A lineage of `a` ancestors, `c` attributed contributions each in a different datanet (so
	/// no datanet's records are read twice), and `d` pools paid: the most named datanets, then
	/// training datanets of the model that are not named. Named datanets must be cited by the
	/// lineage, so at most `(a + 1) × MaxTrainingDatanets` pools are paid: with few ancestors
	/// and many pools, fewer are paid than `d` says. `a` starts at 1 for that reason: with no
	/// ancestor and `d` at its maximum, the model alone cannot cite every pool, and a sweep
	/// from 0 would charge the pools it adds at `a = 1` to the first ancestor (measured: 583
	/// µs at once, then 25–60 µs per ancestor), which threw the fit off. The cost is linear in
	/// `a` from there, and the formula extends to `a = 0`.
	#[benchmark]
	fn settle(
		a: Linear<1, { max_depth::<T>() }>,
		c: Linear<0, { T::MaxAttributedContributions::get() }>,
		d: Linear<1, { MaxPoolsOf::<T>::get() }>,
	) -> Result<(), BenchmarkError> {
		accounts::<T>();
		let sources: Vec<_> = (0..c.max(d)).map(T::BenchmarkHelper::datanet_with_version).collect();
		let mut contributions = Vec::new();
		for (seed, (datanet, _)) in (0u32..).zip(sources.iter().take(c as usize)) {
			contributions.extend(T::BenchmarkHelper::add_contributors(*datanet, seed, 1));
		}
		// The pools the lineage can cite: up to one model's training datanets per model.
		let max_training =
			<T::Models as ModelsInspect<T::AccountId, BalanceOf<T>>>::MaxTrainingDatanets::get();
		let citable = (d as usize).min((a as usize + 1).saturating_mul(max_training as usize));
		let pools = sources.get(..citable).ok_or(BenchmarkError::Stop("too few datanets"))?;
		// The first are named; the rest are the model's own training datanets (it gets the last
		// ones), which share what no score claims.
		let model = T::BenchmarkHelper::model_with_lineage(a, pools);
		let named: Vec<_> = pools.iter().take(T::MaxAttributedDatanets::get() as usize).collect();
		// Every pool with every epoch of its datanet in use.
		for (datanet, _) in pools {
			Pallet::<T>::fill_pool_epochs(*datanet);
		}
		let score =
			Perbill::from_rational(1u32, c.saturating_add(named.len() as u32).saturating_add(1));
		let attribution: AttributionOf<T> = Attribution {
			contributions: contributions
				.iter()
				.map(|id| (*id, score))
				.collect::<Vec<_>>()
				.try_into()
				.map_err(|_| BenchmarkError::Stop("too many contributions"))?,
			datanets: named
				.iter()
				.map(|(datanet, _)| (*datanet, score))
				.collect::<Vec<_>>()
				.try_into()
				.map_err(|_| BenchmarkError::Stop("too many datanets"))?,
		};
		let payer = payer::<T>();
		let credit = T::Currency::issue(fee::<T>());
		let terms = Pallet::<T>::terms_for(model);
		#[block]
		{
			settle_call::<T>(0, &payer, model, credit, &terms, &attribution)?;
		}
		let receipt = Receipts::<T>::get(0).ok_or(BenchmarkError::Stop("no receipt"))?;
		assert_eq!(receipt.ancestors.len() as u32, a);
		assert_eq!(receipt.contributors.len() as u32, c);
		assert_eq!(receipt.pools.len(), citable);
		Ok(())
	}

	/// Paying into a pool of `k` contributors: the cost must not depend on `k`.
	#[benchmark]
	fn pool_payment(k: Linear<1, 1_000>) -> Result<(), BenchmarkError> {
		accounts::<T>();
		let (datanet, model, _) = pool_with_contributors::<T>(k);
		let payer = payer::<T>();
		let credit = T::Currency::issue(fee::<T>());
		let attribution = AttributionOf::<T>::default();
		let terms = Pallet::<T>::terms_for(model);
		#[block]
		{
			settle_call::<T>(0, &payer, model, credit, &terms, &attribution)?;
		}
		assert_eq!(Pools::<T>::get(datanet).pool.payments, 1);
		Ok(())
	}

	/// Claiming from a pool of `k` contributors: the cost must not depend on `k`.
	#[benchmark]
	fn pool_claim(k: Linear<1, 1_000>) -> Result<(), BenchmarkError> {
		accounts::<T>();
		let (datanet, model, contributors) = pool_with_contributors::<T>(k);
		settle_fee::<T>(0, model, &Default::default())?;
		let who = contributors.last().cloned().ok_or(BenchmarkError::Stop("no contributor"))?;
		#[block]
		{
			Pallet::<T>::claim_pool(RawOrigin::Signed(who.clone()).into(), datanet)?;
		}
		assert!(Pallet::<T>::pool_rewards(datanet, &who).is_zero());
		Ok(())
	}

	/// The datanets hook on a contributor with earnings in a paid pool.
	#[benchmark]
	fn before_share_change() -> Result<(), BenchmarkError> {
		accounts::<T>();
		let (datanet, model, contributors) = pool_with_contributors::<T>(1);
		settle_fee::<T>(0, model, &Default::default())?;
		let who = contributors.first().cloned().ok_or(BenchmarkError::Stop("no contributor"))?;
		let share = T::Datanets::contributor_share(datanet, &who);
		// Every epoch in use: the member's all folded (each read, then dropped), the pool's
		// live after them; the change lands in the last live one.
		Pallet::<T>::fill_folded_epochs(datanet, &who);
		let epoch = MaxEpochsOf::<T>::get().saturating_mul(2).saturating_sub(1);
		#[block]
		{
			<Pallet<T> as OnShareChange<T::AccountId>>::before_share_change(
				datanet,
				&who,
				epoch,
				share,
				share.saturating_add(1),
			);
		}
		assert_eq!(MemberEpochs::<T>::get(datanet, &who).len() as u32, 1);
		assert!(!PoolMembers::<T>::get(datanet, &who).pending.is_zero());
		Ok(())
	}

	/// A version published: `e` epochs of the datanet's pool fold into epoch 0.
	#[benchmark]
	fn fold_epochs(e: Linear<0, { MaxEpochsOf::<T>::get().saturating_sub(1) }>) {
		accounts::<T>();
		let (datanet, _) = T::BenchmarkHelper::datanet_with_version(0);
		Pallet::<T>::fill_pool_epochs(datanet);
		let max = 10u32;
		#[block]
		{
			Pallet::<T>::fold_epochs(datanet, e.saturating_add(max), max);
		}
		assert_eq!(FoldedEpochs::<T>::iter_prefix(datanet).count() as u32, e);
	}

	/// `n` expired receipts of the largest kind pruned, then a fresh one looked at and kept.
	#[benchmark]
	fn prune_receipts(n: Linear<0, 100>) -> Result<(), BenchmarkError> {
		accounts::<T>();
		let (datanet, version) = T::BenchmarkHelper::datanet_with_version(0);
		let model = T::BenchmarkHelper::model_with_lineage(max_depth::<T>(), &[(datanet, version)]);
		for inference in 0..n {
			settle_fee::<T>(inference.into(), model, &Default::default())?;
		}
		let now =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ReceiptRetention::get());
		frame_system::Pallet::<T>::set_block_number(now);
		settle_fee::<T>(n.into(), model, &Default::default())?;
		#[block]
		{
			Pallet::<T>::prune_receipts(now, frame_support::weights::Weight::MAX);
		}
		assert_eq!(ReceiptQueueBounds::<T>::get(), (n.into(), u64::from(n) + 1));
		assert_eq!(ReceiptDeposits::<T>::iter_keys().count(), 1);
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
