//! Benchmarks of every call at the worst case of its bounds: registration over the number of
//! training datanets (`t`) and the lineage depth (`d`) up to their maxima.
#![allow(clippy::arithmetic_side_effects)]

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	Get,
};
use frame_system::RawOrigin;
use openledger_primitives::{
	bounded, DatanetsBenchmarkHelper, ModelId, ModelKind, ModelStatus, TrainingSource,
};
use sp_core::H256;
use sp_runtime::{
	traits::{StaticLookup, Zero},
	Perbill, Saturating,
};

fn funded<T: Config>(name: &'static str) -> T::AccountId {
	let who: T::AccountId = account(name, 0, 0);
	let plenty = T::ModelDeposit::get()
		.saturating_add(T::Currency::minimum_balance())
		.saturating_mul((T::MaxLineageDepth::get() + 10).into());
	T::Currency::set_balance(&who, plenty);
	who
}

/// `t` datanet versions sharing 100% as evenly as whole parts allow.
fn training<T: Config>(t: u32) -> Vec<TrainingSource> {
	let part = Perbill::one().deconstruct() / t.max(1);
	(0..t)
		.map(|i| {
			let (datanet, version) = T::BenchmarkHelper::datanet_with_version(i);
			let share = if i == 0 {
				Perbill::from_parts(Perbill::one().deconstruct() - part * (t - 1))
			} else {
				Perbill::from_parts(part)
			};
			TrainingSource { datanet, version, share }
		})
		.collect()
}

fn terms() -> DerivativeTerms {
	DerivativeTerms { allowed: true, royalty: Perbill::zero() }
}

/// A base model followed by `depth` fine-tunes, each of the previous, all trained on one
/// datanet version; returns the last.
fn chain<T: Config>(owner: &T::AccountId, depth: u32) -> Result<ModelId, BenchmarkError> {
	let training = training::<T>(1);
	let mut kind = ModelKind::Base;
	let mut last = 0;
	for _ in 0..=depth {
		last = Pallet::<T>::do_register(
			owner.clone(),
			b"ancestor".to_vec(),
			Vec::new(),
			H256::zero(),
			kind,
			training.clone(),
			T::MinPrice::get(),
			terms(),
		)
		.map_err(|_| BenchmarkError::Stop("ancestor registration failed"))?;
		kind = ModelKind::FineTune { parent: last };
	}
	Ok(last)
}

fn model<T: Config>(owner: &T::AccountId) -> Result<ModelId, BenchmarkError> {
	chain::<T>(owner, 0)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// `t` training datanets; a lineage of `d` ancestors (a base model when `d` is 0).
	#[benchmark]
	fn register_model(
		t: Linear<1, { T::MaxTrainingDatanets::get() }>,
		d: Linear<0, { T::MaxLineageDepth::get() }>,
	) -> Result<(), BenchmarkError> {
		let caller = funded::<T>("owner");
		let kind = if d == 0 {
			ModelKind::Base
		} else {
			ModelKind::FineTune { parent: chain::<T>(&caller, d - 1)? }
		};
		let sources = training::<T>(t);
		let training: Vec<_> = sources.iter().map(|s| (s.datanet, s.version, s.share)).collect();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller),
			bounded(vec![b'n'; T::MaxNameLength::get() as usize]),
			bounded(vec![b'u'; T::MaxUriLength::get() as usize]),
			H256::repeat_byte(1),
			kind,
			bounded(training),
			T::MinPrice::get(),
			terms(),
		);
		let id = NextModelId::<T>::get() - 1;
		assert_eq!(Models::<T>::get(id).map(|m| m.lineage.len() as u32), Some(d));
		Ok(())
	}

	#[benchmark]
	fn update_price() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("owner");
		let id = model::<T>(&caller)?;
		let price = T::MinPrice::get().saturating_add(1u32.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, price);
		assert_eq!(Models::<T>::get(id).map(|m| m.price), Some(price));
		Ok(())
	}

	#[benchmark]
	fn update_metadata() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("owner");
		let id = model::<T>(&caller)?;
		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller),
			id,
			bounded(vec![b'n'; T::MaxNameLength::get() as usize]),
			bounded(vec![b'u'; T::MaxUriLength::get() as usize]),
		);
		assert!(Models::<T>::contains_key(id));
		Ok(())
	}

	#[benchmark]
	fn transfer_ownership() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("owner");
		let new_owner: T::AccountId = account("new", 0, 0);
		let id = model::<T>(&caller)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, T::Lookup::unlookup(new_owner.clone()));
		assert_eq!(Models::<T>::get(id).map(|m| m.owner), Some(new_owner));
		Ok(())
	}

	#[benchmark]
	fn deprecate() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("owner");
		let id = model::<T>(&caller)?;
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		assert_eq!(Models::<T>::get(id).map(|m| m.status), Some(ModelStatus::Deprecated));
		Ok(())
	}

	/// A model deprecated while requests were open, its deposit still held.
	#[benchmark]
	fn release_deposit() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("owner");
		let id = model::<T>(&caller)?;
		Models::<T>::mutate(id, |info| {
			if let Some(info) = info {
				info.status = ModelStatus::Deprecated;
			}
		});
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		assert_eq!(Models::<T>::get(id).map(|m| m.deposit.is_zero()), Some(true));
		Ok(())
	}

	#[benchmark]
	fn set_derivative_terms() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("owner");
		let id = model::<T>(&caller)?;
		let new_terms = DerivativeTerms { allowed: false, royalty: T::MaxRoyalty::get() };
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id, new_terms);
		assert_eq!(Models::<T>::get(id).map(|m| m.terms), Some(new_terms));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
