//! Benchmarks at the worst case of every bound: models per provider (`m`), attributed
//! contributions (`c`) and datanets (`d`) checked against the deepest lineage trained on the
//! most datanets, and settlements per `on_idle` (`n`). Settlement is measured with the smallest
//! rewards split: the split's own benchmark (in `pallet-rewards`) covers its bounds, and a
//! settlement is charged both.
#![allow(clippy::arithmetic_side_effects)]

use super::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, InspectHold, Mutate},
		EnsureOrigin, Get, Hooks,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use openledger_primitives::{
	setup, Attribution, DatanetId, DatanetsBenchmarkHelper, ModelId, ModelsBenchmarkHelper,
	ModelsInspect, Verdict, VersionNumber,
};
use sp_core::H256;
use sp_runtime::{
	traits::{Bounded, Zero},
	Perbill, Saturating,
};

fn rich<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let plenty = T::Currency::minimum_balance()
		.saturating_add(MinProviderStake::<T>::get())
		.saturating_add(T::ChallengeBond::get())
		.saturating_add(T::RequestDeposit::get())
		.saturating_mul(1_000u32.into());
	T::Currency::set_balance(&who, plenty);
	who
}

fn max_training<T: Config>() -> u32 {
	<T::Models as ModelsInspect<T::AccountId, BalanceOf<T>>>::MaxTrainingDatanets::get()
}

fn max_depth<T: Config>() -> u32 {
	<T::Models as ModelsInspect<T::AccountId, BalanceOf<T>>>::MaxLineageDepth::get()
}

/// The most training datanets a model may have, each with a published version.
fn datanets<T: Config>() -> Vec<(DatanetId, VersionNumber)> {
	(0..max_training::<T>().max(1)).map(T::BenchmarkHelper::datanet_with_version).collect()
}

/// A model at the deepest lineage, trained on the most datanets, and a provider serving it.
fn served_model<T: Config>() -> (ModelId, T::AccountId, Vec<(DatanetId, VersionNumber)>) {
	served_model_on::<T>(datanets::<T>())
}

/// A model at the deepest lineage trained on `sources`, and a provider serving it.
fn served_model_on<T: Config>(
	sources: Vec<(DatanetId, VersionNumber)>,
) -> (ModelId, T::AccountId, Vec<(DatanetId, VersionNumber)>) {
	let model = T::BenchmarkHelper::model_with_lineage(max_depth::<T>(), &sources);
	let provider = rich::<T>("provider", 0);
	let stake = MinProviderStake::<T>::get();
	setup("register the provider", Pallet::<T>::do_register_provider(&provider, &[model], stake));
	(model, provider, sources)
}

/// A base model trained on one datanet, and a provider serving it: the smallest rewards split,
/// so the settlement benchmarks measure this pallet's part (the split is charged by its size).
fn served_base_model<T: Config>() -> (ModelId, T::AccountId) {
	let source = T::BenchmarkHelper::datanet_with_version(0);
	let model = T::BenchmarkHelper::model_with_lineage(0, &[source]);
	let provider = rich::<T>("provider", 0);
	let stake = MinProviderStake::<T>::get();
	setup("register the provider", Pallet::<T>::do_register_provider(&provider, &[model], stake));
	(model, provider)
}

/// A user's open request on `model` through `provider`.
fn requested<T: Config>(model: ModelId, provider: &T::AccountId, index: u32) -> u64 {
	let user = rich::<T>("user", index);
	let id = NextInferenceId::<T>::get();
	let max_fee = BalanceOf::<T>::max_value();
	let requested = Pallet::<T>::do_request(&user, model, provider.clone(), H256::zero(), max_fee);
	setup("request a call", requested);
	id
}

/// A request on the deepest model left unanswered past its deadline, and its provider.
fn overdue<T: Config>() -> (u64, T::AccountId) {
	let (model, provider, _) = served_model::<T>();
	let id = requested::<T>(model, &provider, 0);
	let late = frame_system::Pallet::<T>::block_number()
		.saturating_add(T::ResponseDeadline::get())
		.saturating_add(1u32.into());
	frame_system::Pallet::<T>::set_block_number(late);
	(id, provider)
}

/// An answered request with an empty attribution.
fn answered<T: Config>(model: ModelId, provider: &T::AccountId, index: u32) -> u64 {
	let id = requested::<T>(model, provider, index);
	let answer = Pallet::<T>::do_submit_result(provider, id, H256::zero(), Attribution::default());
	setup("answer the call", answer);
	id
}

/// A request on the deepest model trained on the most datanets, answered with the largest
/// attribution (each contribution by its own contributor): what a challenge reads the most of.
fn answered_in_full<T: Config>() -> Result<(u64, AttributionOf<T>), BenchmarkError> {
	let c = MaxAttributedContributionsOf::<T>::get();
	let d = MaxAttributedDatanetsOf::<T>::get();
	// The contributions are in the version of their datanet the model cites.
	let mut sources = datanets::<T>();
	let first = sources.first_mut().ok_or(BenchmarkError::Stop("no training datanet"))?;
	let contributions = T::BenchmarkHelper::add_contributors(first.0, 0, c);
	first.1 = T::BenchmarkHelper::publish_version(first.0);
	let (model, provider, sources) = served_model_on::<T>(sources);
	let score = Perbill::from_rational(1u32, c + d + 1);
	let attribution: AttributionOf<T> = Attribution {
		contributions: contributions
			.iter()
			.map(|id| (*id, score))
			.collect::<Vec<_>>()
			.try_into()
			.map_err(|_| BenchmarkError::Stop("too many contributions"))?,
		datanets: sources
			.iter()
			.take(d as usize)
			.map(|(datanet, _)| (*datanet, score))
			.collect::<Vec<_>>()
			.try_into()
			.map_err(|_| BenchmarkError::Stop("too many datanets"))?,
	};
	let id = requested::<T>(model, &provider, 0);
	Ok((id, attribution))
}

/// The longest output URI a challenge may give.
fn longest_uri<T: Config>() -> BoundedVec<u8, MaxUriLengthOf<T>> {
	let uri = alloc::vec![b'u'; MaxUriLengthOf::<T>::get() as usize];
	uri.try_into().unwrap_or_default()
}

/// A challenged result for another pallet's benchmarks (the court's): a base model served by
/// its own provider, a request answered with an empty attribution, challenged by its own
/// challenger through the real path (so the court opened its case).
pub(crate) fn challenged_inference<T: Config>(seed: u32) -> u64 {
	let source = T::BenchmarkHelper::datanet_with_version(seed);
	let model = T::BenchmarkHelper::model_with_lineage(0, &[source]);
	let provider = rich::<T>("court-provider", seed);
	let stake = MinProviderStake::<T>::get();
	setup("register the provider", Pallet::<T>::do_register_provider(&provider, &[model], stake));
	let id = answered::<T>(model, &provider, seed);
	let challenger = rich::<T>("court-challenger", seed);
	setup("challenge", Pallet::<T>::do_challenge(&challenger, id, longest_uri::<T>()));
	id
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_provider(m: Linear<1, { T::MaxModelsPerProvider::get() }>) {
		let sources = datanets::<T>();
		let models: Vec<ModelId> =
			(0..m).map(|_| T::BenchmarkHelper::model_with_lineage(0, &sources)).collect();
		let provider = rich::<T>("provider", 0);
		let list: BoundedVec<_, _> = models.try_into().unwrap_or_default();
		let stake = MinProviderStake::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(provider.clone()), list, stake);
		assert_eq!(Providers::<T>::get(&provider).map(|p| p.models.len() as u32), Some(m));
	}

	/// Serving one less than the most models.
	#[benchmark]
	fn add_model() -> Result<(), BenchmarkError> {
		let sources = datanets::<T>();
		let count = T::MaxModelsPerProvider::get();
		let models: Vec<ModelId> =
			(0..count).map(|_| T::BenchmarkHelper::model_with_lineage(0, &sources)).collect();
		let (last, first) = models.split_last().ok_or(BenchmarkError::Weightless)?;
		let provider = rich::<T>("provider", 0);
		Pallet::<T>::do_register_provider(&provider, first, MinProviderStake::<T>::get())?;
		#[extrinsic_call]
		_(RawOrigin::Signed(provider.clone()), *last);
		assert_eq!(Providers::<T>::get(&provider).map(|p| p.models.len() as u32), Some(count));
		Ok(())
	}

	/// Serving the most models, removing the last.
	#[benchmark]
	fn remove_model() -> Result<(), BenchmarkError> {
		let sources = datanets::<T>();
		let models: Vec<ModelId> = (0..T::MaxModelsPerProvider::get())
			.map(|_| T::BenchmarkHelper::model_with_lineage(0, &sources))
			.collect();
		let provider = rich::<T>("provider", 0);
		Pallet::<T>::do_register_provider(&provider, &models, MinProviderStake::<T>::get())?;
		let last = *models.last().ok_or(BenchmarkError::Weightless)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(provider.clone()), last);
		assert!(Providers::<T>::get(&provider).is_some_and(|p| !p.models.contains(&last)));
		Ok(())
	}

	#[benchmark]
	fn unbond() {
		let (_, provider, _) = served_model::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(provider.clone()));
		assert!(Providers::<T>::get(&provider).is_some_and(|p| p.unbonding_at.is_some()));
	}

	#[benchmark]
	fn withdraw_unbonded() -> Result<(), BenchmarkError> {
		let (_, provider, _) = served_model::<T>();
		Pallet::<T>::do_unbond(&provider)?;
		let due =
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingDelay::get());
		frame_system::Pallet::<T>::set_block_number(due);
		#[extrinsic_call]
		_(RawOrigin::Signed(provider.clone()));
		assert!(!Providers::<T>::contains_key(&provider));
		Ok(())
	}

	/// On the deepest lineage (the model is read with all its ancestors).
	#[benchmark]
	fn request_inference() {
		let (model, provider, _) = served_model::<T>();
		let user = rich::<T>("user", 0);
		let next = NextInferenceId::<T>::get();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(user.clone()),
			model,
			provider,
			H256::zero(),
			BalanceOf::<T>::max_value(),
		);
		assert_eq!(NextInferenceId::<T>::get(), next + 1);
	}

	/// `c` contributions and `d` datanets, checked against the deepest lineage trained on the
	/// most datanets.
	#[benchmark]
	fn submit_result(
		c: Linear<0, { MaxAttributedContributionsOf::<T>::get() }>,
		d: Linear<0, { MaxAttributedDatanetsOf::<T>::get() }>,
	) -> Result<(), BenchmarkError> {
		let (id, mut attribution) = answered_in_full::<T>()?;
		attribution.contributions.truncate(c as usize);
		attribution.datanets.truncate(d as usize);
		let provider: T::AccountId = account("provider", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id, H256::repeat_byte(1), attribution);
		assert!(Attributions::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn cancel() {
		let (id, _) = overdue::<T>();
		let user: T::AccountId = account("user", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(user), id);
		assert!(!Requests::<T>::contains_key(id));
	}

	/// The provider expires its own unanswered request.
	#[benchmark]
	fn expire_request() {
		let (id, provider) = overdue::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id);
		assert!(!Requests::<T>::contains_key(id));
	}

	/// The largest attribution: every attributed contributor, the provider, the challenger,
	/// the paying user and the owners of the model and its ancestors are the case's parties;
	/// the longest output URI.
	#[benchmark]
	fn challenge() -> Result<(), BenchmarkError> {
		if T::ChallengeWindow::get().is_zero() {
			return Err(BenchmarkError::Weightless);
		}
		let (id, attribution) = answered_in_full::<T>()?;
		let provider: T::AccountId = account("provider", 0, 0);
		Pallet::<T>::do_submit_result(&provider, id, H256::zero(), attribution)?;
		let challenger = rich::<T>("challenger", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(challenger.clone()), id, longest_uri::<T>());
		assert_eq!(
			T::Currency::balance_on_hold(&HoldReason::ChallengeBond.into(), &challenger),
			T::ChallengeBond::get()
		);
		Ok(())
	}

	/// The court's verdict applied, upheld: `o` arbitration fees reimbursed out of the
	/// provider's stake, the slash, the refund and the bond's release.
	#[benchmark]
	fn resolve_challenge(o: Linear<0, 8>) -> Result<(), BenchmarkError> {
		if T::ChallengeWindow::get().is_zero() {
			return Err(BenchmarkError::Weightless);
		}
		let (model, provider, _) = served_model::<T>();
		let id = answered::<T>(model, &provider, 0);
		let challenger = rich::<T>("challenger", 0);
		Pallet::<T>::do_challenge(&challenger, id, longest_uri::<T>())?;
		let owed: Vec<(T::AccountId, BalanceOf<T>)> =
			(0..o).map(|i| (rich::<T>("fee payer", i), T::Currency::minimum_balance())).collect();
		#[block]
		{
			Pallet::<T>::do_resolve(id, Verdict::Upheld, &owed)?;
		}
		assert!(!Requests::<T>::contains_key(id));
		Ok(())
	}

	/// This pallet's part of a settlement, with the smallest split; the call adds its split's
	/// weight at the split's size.
	#[benchmark]
	fn settle() {
		let (model, provider) = served_base_model::<T>();
		let id = answered::<T>(model, &provider, 0);
		let due =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ChallengeWindow::get());
		frame_system::Pallet::<T>::set_block_number(due);
		let caller = rich::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		assert!(!Requests::<T>::contains_key(id));
	}

	/// `n` due results settled in `on_idle`, each with the smallest split (as `settle`).
	#[benchmark]
	fn settle_queued(n: Linear<0, 50>) {
		let (model, provider) = served_base_model::<T>();
		for i in 0..n {
			answered::<T>(model, &provider, i);
		}
		let due =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ChallengeWindow::get());
		frame_system::Pallet::<T>::set_block_number(due);
		#[block]
		{
			Pallet::<T>::on_idle(due, frame_support::weights::Weight::MAX);
		}
		assert_eq!(SettlementQueueBounds::<T>::get(), (n.into(), n.into()));
	}

	#[benchmark]
	fn set_min_provider_stake() -> Result<(), BenchmarkError> {
		let origin =
			T::ParamsOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let amount = MinProviderStake::<T>::get().saturating_add(1u32.into());
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, amount);
		assert_eq!(MinProviderStake::<T>::get(), amount);
		Ok(())
	}

	/// A provider serving the deepest model bonds as much again.
	#[benchmark]
	fn bond_extra() {
		let (_, provider, _) = served_model::<T>();
		let amount = MinProviderStake::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(provider.clone()), amount);
		let doubled = amount.saturating_mul(2u32.into());
		assert_eq!(Providers::<T>::get(&provider).map(|p| p.stake), Some(doubled));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
