//! Appeals, and closing a case: the verdict applied, incoherent jurors slashed, coherent ones
//! paid, appeal bonds returned or forfeited.

use crate::{fees::CreditOf, pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::{Balanced, BalancedHold, MutateHold},
		tokens::{imbalance::Imbalance, Precision},
	},
};
use openledger_primitives::{holds::hold_error, ChallengeVerdicts, InferenceId, Verdict};
use sp_runtime::{
	traits::{CheckedMul, Zero},
	Rounding, SaturatedConversion, Saturating,
};

impl<T: Config> Pallet<T> {
	/// The bond of the `appeal`-th appeal (from 1): `appeal_bond × 2^(appeal − 1)`.
	pub(crate) fn appeal_bond(parameters: &ParametersOf<T>, appeal: u32) -> Option<BalanceOf<T>> {
		let doubling = 2u128.checked_pow(appeal.checked_sub(1)?)?;
		parameters.appeal_bond.checked_mul(&doubling.saturated_into())
	}

	/// Appeal the latest ruling of `inference`'s case, holding the doubling bond from `who`:
	/// a larger jury is drawn next, its arbitration fee held from `who` too, or after
	/// [`Config::MaxAppeals`] appeals governance decides. Emits `Appealed`, and `JuryFeeHeld`
	/// (or `SentToGovernance` when appeals are exhausted).
	///
	/// # Errors
	/// [`Error::NoParameters`], [`Error::UnknownCase`], [`Error::NotAppealable`],
	/// [`Error::AppealClosed`], [`Error::UnknownRound`], [`Error::Overflow`],
	/// [`Error::InsufficientBalance`].
	pub(crate) fn do_appeal(who: &T::AccountId, inference: InferenceId) -> DispatchResult {
		let parameters = Self::parameters()?;
		let mut case = Cases::<T>::get(inference).ok_or(Error::<T>::UnknownCase)?;
		let Phase::Appealable { until } = case.phase else {
			return Err(Error::<T>::NotAppealable.into());
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(now <= until, Error::<T>::AppealClosed);
		let number = case.rounds.checked_sub(1).ok_or(Error::<T>::UnknownRound)?;
		let mut round = Rounds::<T>::get(inference, number).ok_or(Error::<T>::UnknownRound)?;
		// The `rounds`-th appeal: round 0's ruling is appealed by the first.
		let bond = Self::appeal_bond(&parameters, case.rounds).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::AppealBond.into(), who, bond)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		let exhausted = case.rounds > T::MaxAppeals::get();
		if !exhausted {
			Self::hold_jury_fee(&parameters, inference, case.rounds, who)?;
		}
		round.appeal = Some((who.clone(), bond));
		Rounds::<T>::insert(inference, number, round);
		if !exhausted {
			// The next round's candidates are fixed now, before its seed exists.
			Self::fix_candidates(inference, case.rounds, &case.parties, parameters.min_juror_stake);
		}
		Self::deposit_event(Event::Appealed {
			inference,
			round: number,
			appellant: who.clone(),
			bond,
		});
		if exhausted {
			return Self::send_to_governance(inference, case, FallbackReason::AppealsExhausted);
		}
		let draw_at = now.saturating_add(parameters.draw_delay);
		case.phase = Phase::Drawing { at: draw_at };
		Cases::<T>::insert(inference, case);
		Self::schedule(inference, draw_at);
		Ok(())
	}

	/// Close a case whose latest ruling was not appealed in time, with that ruling.
	///
	/// # Errors
	/// [`Error::UnknownCase`], [`Error::NotAppealable`], [`Error::AppealOpen`],
	/// [`Error::UnknownRound`]; those of `close`.
	pub(crate) fn do_finalize(inference: InferenceId) -> Result<u32, DispatchError> {
		let case = Cases::<T>::get(inference).ok_or(Error::<T>::UnknownCase)?;
		let Phase::Appealable { until } = case.phase else {
			return Err(Error::<T>::NotAppealable.into());
		};
		ensure!(frame_system::Pallet::<T>::block_number() > until, Error::<T>::AppealOpen);
		let number = case.rounds.checked_sub(1).ok_or(Error::<T>::UnknownRound)?;
		let ruling = Rounds::<T>::get(inference, number)
			.and_then(|round| round.ruling)
			.ok_or(Error::<T>::UnknownRound)?;
		Self::close(inference, case, if ruling { Verdict::Upheld } else { Verdict::Rejected })
	}

	/// Governance decides a case waiting for it.
	///
	/// # Errors
	/// [`Error::UnknownCase`], [`Error::NotInFallback`]; those of `close`.
	pub(crate) fn do_decide(inference: InferenceId, upheld: bool) -> Result<u32, DispatchError> {
		let case = Cases::<T>::get(inference).ok_or(Error::<T>::UnknownCase)?;
		ensure!(matches!(case.phase, Phase::Fallback { .. }), Error::<T>::NotInFallback);
		Self::close(inference, case, if upheld { Verdict::Upheld } else { Verdict::Rejected })
	}

	/// Close undecided a case governance did not decide in time.
	///
	/// # Errors
	/// [`Error::UnknownCase`], [`Error::NotInFallback`], [`Error::FallbackNotExpired`]; those
	/// of `close`.
	pub(crate) fn do_expire(inference: InferenceId) -> Result<u32, DispatchError> {
		let case = Cases::<T>::get(inference).ok_or(Error::<T>::UnknownCase)?;
		let Phase::Fallback { until } = case.phase else {
			return Err(Error::<T>::NotInFallback.into());
		};
		ensure!(frame_system::Pallet::<T>::block_number() > until, Error::<T>::FallbackNotExpired);
		Self::close(inference, case, Verdict::Undecided)
	}

	/// Settle every round of the case and apply `verdict` to the inference call, then remove
	/// the case; the number of seats settled. Each round's arbitration fee goes to its jurors
	/// who revealed; the fees the winning side advanced are passed to the inference pallet,
	/// which has the losing side reimburse them. Emits `JurorPaid`, `JurorSlashed`,
	/// `JurorRewarded`, `AppealBondSettled` and `CaseClosed`.
	///
	/// # Errors
	/// The inference pallet's error when the verdict cannot be applied;
	/// [`Error::UnknownRound`], [`Error::UnknownJuror`]; the currency's error when a bond or
	/// fee cannot be moved. Any error leaves storage as it was (the call is transactional).
	pub(crate) fn close(
		inference: InferenceId,
		case: Case<T>,
		verdict: Verdict,
	) -> Result<u32, DispatchError> {
		let parameters = Self::parameters()?;
		let outcome = match verdict {
			Verdict::Upheld => Some(true),
			Verdict::Rejected => Some(false),
			Verdict::Undecided => None,
		};
		let mut penalties = CreditOf::<T>::zero();
		let mut forfeited = CreditOf::<T>::zero();
		let mut coherent: Vec<(T::AccountId, BalanceOf<T>)> = Vec::new();
		let mut owed: Vec<(T::AccountId, BalanceOf<T>)> = Vec::new();
		// The side whoever advanced a round's fee argued: the challenger upholds; each
		// appellant argues against the ruling it appealed.
		let mut fee_side = true;
		let mut seats = 0u32;
		for number in 0..case.rounds {
			let round = Rounds::<T>::take(inference, number).ok_or(Error::<T>::UnknownRound)?;
			let (fee, unpaid) = Self::pay_jury_fee(inference, number, &round)?;
			forfeited.subsume(unpaid);
			if let Some(fee) = fee.filter(|_| outcome == Some(fee_side)) {
				owed.push(fee);
			}
			fee_side = round.ruling.is_some_and(|ruling| !ruling);
			for seat in round.seats {
				seats = seats.saturating_add(1);
				let mut info = Jurors::<T>::get(&seat.juror).ok_or(Error::<T>::UnknownJuror)?;
				info.seats = info.seats.saturating_sub(1);
				if let Some(outcome) = outcome {
					if seat.vote == Vote::Revealed(outcome) {
						coherent.push((seat.juror.clone(), seat.stake));
					} else {
						let amount =
							parameters.incoherence_penalty.mul_floor(seat.stake.min(info.stake));
						let (slashed, _) =
							T::Currency::slash(&HoldReason::JurorStake.into(), &seat.juror, amount);
						let amount = slashed.peek();
						info.stake = info.stake.saturating_sub(amount);
						penalties.subsume(slashed);
						Self::deposit_event(Event::JurorSlashed {
							inference,
							juror: seat.juror.clone(),
							amount,
						});
					}
				}
				Jurors::<T>::insert(&seat.juror, info);
			}
			if let Some((appellant, bond)) = round.appeal {
				// An appeal that changed nothing forfeits its bond.
				let returned = outcome.is_none_or(|outcome| round.ruling != Some(outcome));
				if returned {
					T::Currency::release(
						&HoldReason::AppealBond.into(),
						&appellant,
						bond,
						Precision::Exact,
					)?;
				} else {
					let (slashed, _) =
						T::Currency::slash(&HoldReason::AppealBond.into(), &appellant, bond);
					forfeited.subsume(slashed);
				}
				Self::deposit_event(Event::AppealBondSettled {
					inference,
					appellant,
					bond,
					returned,
				});
			}
		}
		T::Verdicts::apply_verdict(inference, verdict, &owed)?;
		let remainder = Self::reward_coherent(inference, penalties, &coherent);
		forfeited.subsume(remainder);
		Self::pay_treasury(forfeited);
		DrawCandidates::<T>::remove(inference);
		Cases::<T>::remove(inference);
		Self::deposit_event(Event::CaseClosed { inference, verdict });
		Ok(seats)
	}

	/// Share `penalties` among the `coherent` seats in proportion to their drawn stakes,
	/// rounded down; what is left (rounding, or no coherent seat) is returned.
	fn reward_coherent(
		inference: InferenceId,
		mut penalties: CreditOf<T>,
		coherent: &[(T::AccountId, BalanceOf<T>)],
	) -> CreditOf<T> {
		let total_penalty = penalties.peek();
		let total_stake = coherent
			.iter()
			.fold(BalanceOf::<T>::zero(), |sum, (_, stake)| sum.saturating_add(*stake));
		if total_penalty.is_zero() || total_stake.is_zero() {
			return penalties;
		}
		for (juror, stake) in coherent {
			let share = sp_runtime::helpers_128bit::multiply_by_rational_with_rounding(
				total_penalty.saturated_into(),
				(*stake).saturated_into(),
				total_stake.saturated_into(),
				Rounding::Down,
			)
			.unwrap_or(0)
			.saturated_into::<BalanceOf<T>>();
			if share.is_zero() {
				continue;
			}
			let (part, rest) = penalties.split(share);
			penalties = rest;
			match T::Currency::resolve(juror, part) {
				Ok(()) => Self::deposit_event(Event::JurorRewarded {
					inference,
					juror: juror.clone(),
					amount: share,
				}),
				// A share the account cannot take (below its existential deposit) stays in the
				// remainder.
				Err(part) => penalties.subsume(part),
			}
		}
		penalties
	}

	/// Pay `credit` to the treasury; burn it if the treasury cannot take it.
	fn pay_treasury(credit: CreditOf<T>) {
		if credit.peek().is_zero() {
			return;
		}
		// Dropping the credit burns it (reduces total issuance) when the treasury is dead and
		// the credit below its existential deposit.
		let _ = T::Currency::resolve(&T::Treasury::get(), credit);
	}
}
