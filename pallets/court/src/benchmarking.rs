//! Benchmarks at the worst case of every bound: a full pool (`j` jurors) and the largest jury
//! (`n`) for a draw; `s` seats over every round for closing a case, half of them incoherent,
//! with an appeal bond on every round but the last and every round's arbitration fee advanced
//! by the side that wins, so every fee is paid out and reimbursed. The verdict itself is applied to a real
//! challenged call ([`ChallengeVerdicts::challenged_inference`]) and charged separately
//! ([`ChallengeVerdicts::apply_verdict_weight`]).
#![allow(clippy::arithmetic_side_effects)]

use super::*;
use crate::voting::commitment;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		EnsureOrigin, Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use openledger_primitives::{setup, ChallengeCourt, ChallengeEvidence, ChallengeVerdicts};
use sp_core::H256;
use sp_runtime::{traits::Hash, Saturating};

fn parameters<T: Config>() -> ParametersOf<T> {
	setup("court parameters", Pallet::<T>::parameters())
}

/// An account with plenty to stake and bond.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let p = parameters::<T>();
	let plenty = T::Currency::minimum_balance()
		.saturating_add(p.min_juror_stake)
		.saturating_add(p.appeal_bond)
		.saturating_add(p.juror_fee.saturating_mul(T::MaxJurySize::get().into()))
		.saturating_mul(1_000_000u32.into());
	T::Currency::set_balance(&who, plenty);
	who
}

/// Juror `index`, in the pool with twice the minimum stake.
fn juror<T: Config>(index: u32) -> T::AccountId {
	let who = funded::<T>("juror", index);
	let stake = parameters::<T>().min_juror_stake.saturating_mul(2u32.into());
	setup("join the jury", Pallet::<T>::do_join(&who, stake));
	who
}

/// New jurors join until the pool holds `count` (a chain may start with some, as the dev
/// chain does); the jurors that joined.
fn pool<T: Config>(count: u32) -> Vec<T::AccountId> {
	let mut joined = Vec::new();
	let mut index = 0u32;
	while (Pool::<T>::get().len() as u32) < count {
		let who: T::AccountId = account("juror", index, 0);
		if !Jurors::<T>::contains_key(&who) {
			joined.push(juror::<T>(index));
		}
		index += 1;
	}
	joined
}

/// New jurors join until the pool is full.
fn fill_pool<T: Config>() {
	pool::<T>(T::MaxJurors::get());
}

/// The most parties a case has, none of them a juror.
fn parties<T: Config>() -> PartiesOf<T> {
	let parties: Vec<T::AccountId> =
		(0..T::MaxParties::get()).map(|i| account("party", i, 0)).collect();
	BoundedVec::truncate_from(parties)
}

/// The longest evidence a case takes.
fn evidence<T: Config>() -> EvidenceOf<T> {
	let uri = alloc::vec![b'u'; T::MaxUriLength::get() as usize];
	ChallengeEvidence {
		model: 0,
		output_hash: H256::repeat_byte(1),
		output_uri: BoundedVec::truncate_from(uri),
	}
}

/// Move past `block`, which the chain keeps a hash of (a draw's seed).
fn after<T: Config>(block: BlockNumberOf<T>) {
	let hash = <T as frame_system::Config>::Hashing::hash_of(&block);
	frame_system::BlockHash::<T>::insert(block, hash);
	frame_system::Pallet::<T>::set_block_number(block.saturating_add(1u32.into()));
}

/// A real challenged call whose case holds one round of the largest jury, drawn, in its
/// voting phase; its id and jurors.
fn voting_case<T: Config>() -> (u64, Vec<T::AccountId>) {
	let mut p = parameters::<T>();
	p.jury_size = T::MaxJurySize::get();
	Parameters::<T>::put(p);
	// The jurors are in the pool before the case opens: its candidates are fixed then.
	pool::<T>(T::MaxJurySize::get());
	let inference = T::Verdicts::challenged_inference(0);
	if let Some(Phase::Drawing { at }) = Cases::<T>::get(inference).map(|case| case.phase) {
		after::<T>(at);
	}
	setup("draw the jury", Pallet::<T>::do_draw(inference));
	let jurors = Rounds::<T>::get(inference, 0)
		.map(|round| round.seats.into_iter().map(|seat| seat.juror).collect())
		.unwrap_or_default();
	(inference, jurors)
}

/// Every juror of round 0 commits `upheld`.
fn commit_all<T: Config>(inference: u64, jurors: &[T::AccountId]) {
	for juror in jurors {
		let hash = commitment(juror, inference, 0, true, &[1; 32]);
		setup("commit", Pallet::<T>::do_commit(juror, inference, hash));
	}
}

/// A real challenged call whose case has `seats` seats over as many full rounds as needed
/// (every other seat revealed to reject, so half the seats are slashed and half rewarded), an
/// appeal bond on every round but the last, in `phase`. Every round but the last rejects and
/// the last upholds: each round's fee was advanced by the upholding side (the challenger,
/// then appellants of rejections), so an upheld verdict reimburses every one of them.
fn case_with_seats<T: Config>(seats: u32, phase: Phase<BlockNumberOf<T>>) -> u64 {
	let inference = T::Verdicts::challenged_inference(0);
	let p = parameters::<T>();
	let size = T::MaxJurySize::get().max(1);
	let mut remaining = seats;
	let mut number = 0u32;
	let mut next_juror = 0u32;
	while remaining > 0 {
		let count = remaining.min(size);
		let mut round_seats = BoundedVec::<Seat<T>, T::MaxJurySize>::new();
		for k in 0..count {
			let who = juror::<T>(next_juror);
			next_juror += 1;
			Jurors::<T>::mutate(&who, |info| {
				if let Some(info) = info {
					info.seats += 1;
				}
			});
			let stake = Jurors::<T>::get(&who).map(|info| info.stake).unwrap_or_default();
			let vote = Vote::Revealed(k % 2 == 0);
			let _ = round_seats.try_push(Seat { juror: who, stake, vote });
		}
		remaining -= count;
		let payer = funded::<T>("fee payer", number);
		let amount = p.juror_fee.saturating_mul(count.into());
		setup("hold the jury fee", T::Currency::hold(&HoldReason::JuryFee.into(), &payer, amount));
		// Round 0's fee, if the real challenge advanced it, is replaced by this one.
		if let Some(fee) = JuryFees::<T>::take(inference, number) {
			setup(
				"release the challenge's fee",
				T::Currency::release(
					&HoldReason::JuryFee.into(),
					&fee.payer,
					fee.amount,
					frame_support::traits::tokens::Precision::Exact,
				),
			);
		}
		JuryFees::<T>::insert(inference, number, JuryFee { payer, amount });
		let appeal = (remaining > 0).then(|| {
			let appellant = funded::<T>("appellant", number);
			let bond = p.appeal_bond;
			setup(
				"hold the appeal bond",
				T::Currency::hold(&HoldReason::AppealBond.into(), &appellant, bond),
			);
			(appellant, bond)
		});
		Rounds::<T>::insert(
			inference,
			number,
			Round { seats: round_seats, ruling: Some(remaining == 0), appeal },
		);
		number += 1;
	}
	Cases::<T>::mutate(inference, |case| {
		if let Some(case) = case {
			case.rounds = number;
			case.phase = phase;
		}
	});
	inference
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// Into a full pool, evicting the smallest stake (the last juror to join: every stake
	/// but its is larger, so the search reads the whole pool).
	#[benchmark]
	fn join_jury() {
		pool::<T>(T::MaxJurors::get() - 1);
		let smallest = funded::<T>("smallest", 0);
		let min = parameters::<T>().min_juror_stake;
		setup("join the jury", Pallet::<T>::do_join(&smallest, min));
		let who = funded::<T>("joiner", 0);
		let stake = min.saturating_mul(3u32.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), stake);
		assert!(Jurors::<T>::contains_key(&who));
		assert!(!Pool::<T>::get().contains(&smallest));
	}

	#[benchmark]
	fn add_stake() {
		let who = juror::<T>(0);
		let amount = parameters::<T>().min_juror_stake;
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount);
		assert_eq!(
			Jurors::<T>::get(&who).map(|info| info.stake),
			Some(amount.saturating_mul(3u32.into()))
		);
	}

	/// The last juror of a full pool leaves.
	#[benchmark]
	fn leave_jury() {
		let jurors = pool::<T>(T::MaxJurors::get());
		let who = jurors.last().cloned().unwrap_or_else(|| juror::<T>(0));
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Pool::<T>::get().contains(&who));
	}

	#[benchmark]
	fn withdraw_juror() {
		let who = juror::<T>(0);
		setup("leave", Pallet::<T>::do_leave(&who));
		let since = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(
			since.saturating_add(parameters::<T>().leave_delay),
		);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Jurors::<T>::contains_key(&who));
	}

	/// With the most parties, the longest evidence, and a full pool to fix the candidates
	/// from.
	#[benchmark]
	fn open_case() -> Result<(), BenchmarkError> {
		fill_pool::<T>();
		let inference = u64::MAX;
		let claimant = funded::<T>("claimant", 0);
		#[block]
		{
			<Pallet<T> as ChallengeCourt<T::AccountId>>::open_case(
				inference,
				&claimant,
				parties::<T>(),
				evidence::<T>(),
			)?;
		}
		assert!(Cases::<T>::contains_key(inference));
		assert_eq!(
			DrawCandidates::<T>::get(inference).map(|fixed| fixed.len() as u32),
			Some(T::MaxJurors::get())
		);
		Ok(())
	}

	/// `n` jurors drawn out of `j` candidates, with the most parties (none of them jurors).
	#[benchmark]
	fn draw_jury(
		j: Linear<{ T::MaxJurySize::get() }, { T::MaxJurors::get() }>,
		n: Linear<1, { T::MaxJurySize::get() }>,
	) -> Result<(), BenchmarkError> {
		pool::<T>(j);
		let mut p = parameters::<T>();
		p.jury_size = n;
		Parameters::<T>::put(p);
		let inference = u64::MAX;
		let claimant = funded::<T>("claimant", 0);
		<Pallet<T> as ChallengeCourt<T::AccountId>>::open_case(
			inference,
			&claimant,
			parties::<T>(),
			evidence::<T>(),
		)?;
		if let Some(Phase::Drawing { at }) = Cases::<T>::get(inference).map(|case| case.phase) {
			after::<T>(at);
		}
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), inference);
		assert_eq!(Rounds::<T>::get(inference, 0).map(|round| round.seats.len() as u32), Some(n));
		Ok(())
	}

	/// The last seat of the largest jury commits.
	#[benchmark]
	fn commit_vote() {
		let (inference, jurors) = voting_case::<T>();
		let who = jurors.last().cloned().unwrap_or_else(|| juror::<T>(0));
		let hash = commitment(&who, inference, 0, true, &[1; 32]);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), inference, hash);
		assert_eq!(
			Rounds::<T>::get(inference, 0)
				.and_then(|round| round.seats.into_iter().find(|seat| seat.juror == who))
				.map(|seat| seat.vote),
			Some(Vote::Committed(hash))
		);
	}

	/// The last seat of the largest jury reveals.
	#[benchmark]
	fn reveal_vote() {
		let (inference, jurors) = voting_case::<T>();
		commit_all::<T>(inference, &jurors);
		let who = jurors.last().cloned().unwrap_or_else(|| juror::<T>(0));
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), inference, true, [1; 32]);
		assert_eq!(
			Rounds::<T>::get(inference, 0)
				.and_then(|round| round.seats.into_iter().find(|seat| seat.juror == who))
				.map(|seat| seat.vote),
			Some(Vote::Revealed(true))
		);
	}

	/// The largest jury, every vote revealed.
	#[benchmark]
	fn tally() {
		let (inference, jurors) = voting_case::<T>();
		commit_all::<T>(inference, &jurors);
		for juror in &jurors {
			setup("reveal", Pallet::<T>::do_reveal(juror, inference, true, [1; 32]));
		}
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), inference);
		assert_eq!(Rounds::<T>::get(inference, 0).and_then(|round| round.ruling), Some(true));
	}

	/// A full pool to fix the next round's candidates from.
	#[benchmark]
	fn appeal() {
		let now = frame_system::Pallet::<T>::block_number();
		let until = now.saturating_add(parameters::<T>().appeal_period);
		let inference = case_with_seats::<T>(T::MaxJurySize::get(), Phase::Appealable { until });
		fill_pool::<T>();
		let appellant = funded::<T>("appellant", 100);
		#[extrinsic_call]
		_(RawOrigin::Signed(appellant), inference);
		assert!(matches!(
			Cases::<T>::get(inference).map(|case| case.phase),
			Some(Phase::Drawing { .. })
		));
	}

	/// `s` seats over the rounds of an unappealed case.
	#[benchmark]
	fn finalize(s: Linear<1, { Pallet::<T>::max_seats() }>) {
		let until = frame_system::Pallet::<T>::block_number();
		let inference = case_with_seats::<T>(s, Phase::Appealable { until });
		after::<T>(until);
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), inference);
		assert!(!Cases::<T>::contains_key(inference));
	}

	/// `s` seats over the rounds of a case waiting for governance.
	#[benchmark]
	fn decide(s: Linear<0, { Pallet::<T>::max_seats() }>) -> Result<(), BenchmarkError> {
		let origin =
			T::FallbackOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let until = frame_system::Pallet::<T>::block_number()
			.saturating_add(parameters::<T>().fallback_timeout);
		let inference = case_with_seats::<T>(s, Phase::Fallback { until });
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, inference, true);
		assert!(!Cases::<T>::contains_key(inference));
		Ok(())
	}

	/// `s` seats over the rounds of a case governance did not decide in time.
	#[benchmark]
	fn expire_case(s: Linear<0, { Pallet::<T>::max_seats() }>) {
		let until = frame_system::Pallet::<T>::block_number();
		let inference = case_with_seats::<T>(s, Phase::Fallback { until });
		after::<T>(until);
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), inference);
		assert!(!Cases::<T>::contains_key(inference));
	}

	#[benchmark]
	fn set_parameters() -> Result<(), BenchmarkError> {
		let origin =
			T::ParamsOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let mut p = parameters::<T>();
		p.min_juror_stake = p.min_juror_stake.saturating_add(1u32.into());
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, p.clone());
		assert_eq!(Parameters::<T>::get(), Some(p));
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
