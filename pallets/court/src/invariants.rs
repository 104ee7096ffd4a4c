//! The court's invariants, checked by `try_state` (after every unit test, and by try-runtime).

use crate::{pallet::*, types::*};
use alloc::collections::btree_map::BTreeMap;
use frame_support::{ensure, traits::fungible::InspectHold};
use sp_runtime::{Saturating, TryRuntimeError};

impl<T: Config> Pallet<T> {
	/// - Each juror's held stake equals its recorded stake; each account's held appeal bonds
	///   equal the bonds of the open cases it appealed.
	/// - The pool holds each juror once, only jurors that have not left.
	/// - Each case has exactly its rounds `0..rounds`, no round belongs to no case, every
	///   round but the latest has an appeal, and each juror's seat count equals its seats in
	///   open rounds.
	/// - Parameters, when set, are valid.
	/// - Each arbitration fee belongs to a round of an open case that is drawn or waiting for
	///   its draw; each account's held fees equal the fees it advanced for open cases.
	/// - Fixed draw candidates belong to a case waiting for its draw; none is a party of it,
	///   none is there twice.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		for (inference, candidates) in DrawCandidates::<T>::iter() {
			let case = Cases::<T>::get(inference).ok_or("draw candidates of no case")?;
			ensure!(
				matches!(case.phase, Phase::Drawing { .. }),
				"draw candidates of a case that is not waiting for its draw"
			);
			for (index, (juror, _)) in candidates.iter().enumerate() {
				ensure!(!case.parties.contains(juror), "a party is a draw candidate");
				ensure!(
					!candidates.iter().skip(index.saturating_add(1)).any(|(j, _)| j == juror),
					"a draw candidate is there twice"
				);
			}
		}
		if let Some(parameters) = Parameters::<T>::get() {
			ensure!(Self::valid_parameters(&parameters), "stored court parameters are invalid");
		}
		let pool = Pool::<T>::get();
		for (index, juror) in pool.iter().enumerate() {
			ensure!(
				!pool.iter().skip(index.saturating_add(1)).any(|j| j == juror),
				"a juror is twice in the pool"
			);
			let info = Jurors::<T>::get(juror).ok_or("a pool member is not a juror")?;
			ensure!(info.leaving_since.is_none(), "a juror that left is still in the pool");
		}
		let mut seats: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut bonds: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (inference, case) in Cases::<T>::iter() {
			for number in 0..case.rounds {
				let round =
					Rounds::<T>::get(inference, number).ok_or("a case's round is missing")?;
				let latest = number.saturating_add(1) == case.rounds;
				ensure!(
					latest || round.appeal.is_some(),
					"a round before the latest was not appealed"
				);
				for seat in round.seats.iter() {
					let count = seats.entry(seat.juror.clone()).or_default();
					*count = count.saturating_add(1);
				}
				if let Some((appellant, bond)) = round.appeal {
					let held = bonds.entry(appellant).or_default();
					*held = held.saturating_add(bond);
				}
			}
			ensure!(
				Rounds::<T>::iter_key_prefix(inference).all(|number| number < case.rounds),
				"a case has a round beyond its count"
			);
		}
		for (inference, _) in Rounds::<T>::iter_keys() {
			ensure!(Cases::<T>::contains_key(inference), "a round belongs to no case");
		}
		for (juror, info) in Jurors::<T>::iter() {
			ensure!(
				info.seats == seats.get(&juror).copied().unwrap_or(0),
				"a juror's seat count differs from its seats"
			);
			let held = T::Currency::balance_on_hold(&HoldReason::JurorStake.into(), &juror);
			ensure!(held == info.stake, "a juror's held stake differs from its stake");
			if info.leaving_since.is_none() {
				ensure!(pool.contains(&juror), "a juror that did not leave is not in the pool");
			}
		}
		let mut fees: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		for (inference, number, fee) in JuryFees::<T>::iter() {
			let case = Cases::<T>::get(inference).ok_or("a jury fee of no case")?;
			let drawing = matches!(case.phase, Phase::Drawing { .. });
			ensure!(
				number < case.rounds || (drawing && number == case.rounds),
				"a jury fee of a round neither drawn nor waiting for its draw"
			);
			let held = fees.entry(fee.payer).or_default();
			*held = held.saturating_add(fee.amount);
		}
		for (payer, fee) in fees {
			let held = T::Currency::balance_on_hold(&HoldReason::JuryFee.into(), &payer);
			ensure!(held == fee, "held jury fees differ from the open cases' fees");
		}
		for (appellant, bond) in bonds {
			let held = T::Currency::balance_on_hold(&HoldReason::AppealBond.into(), &appellant);
			ensure!(held == bond, "held appeal bonds differ from the open cases' bonds");
		}
		Ok(())
	}
}
