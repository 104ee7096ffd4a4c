//! Challenges of results: a case opened in the court, and the court's verdict applied.

use crate::{pallet::*, types::*};
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use openledger_primitives::{
	holds::hold_error, ChallengeCourt, ChallengeEvidence, ChallengeVerdicts, DatanetsInspect,
	InferenceId, ModelsInspect, Verdict,
};
use sp_runtime::{traits::Zero, Saturating};

impl<T: Config> Pallet<T> {
	/// Challenge the answered request `inference` within its window, holding
	/// [`Config::ChallengeBond`] from `who`, and open its case in [`Config::Court`] with the
	/// evidence (model, output hash, `output_uri`) and the parties who may not judge it.
	/// Emits `Challenged`.
	///
	/// # Errors
	/// [`Error::UnknownRequest`], [`Error::RequestClosed`], [`Error::NotAnswered`],
	/// [`Error::UnderChallenge`], [`Error::ChallengeWindowClosed`], [`Error::TooManyParties`],
	/// [`Error::InsufficientBalance`] (or the currency's reason for a failed hold); the court's
	/// error when it cannot open the case.
	pub(crate) fn do_challenge(
		who: &T::AccountId,
		inference: InferenceId,
		output_uri: BoundedVec<u8, MaxUriLengthOf<T>>,
	) -> DispatchResult {
		let mut request = Self::open_request(inference)?;
		let (output_hash, at) = match request.status {
			RequestStatus::Answered { output_hash, at } => (output_hash, at),
			RequestStatus::Requested => return Err(Error::<T>::NotAnswered.into()),
			RequestStatus::Challenged { .. } => return Err(Error::<T>::UnderChallenge.into()),
		};
		let now = frame_system::Pallet::<T>::block_number();
		ensure!(
			now < at.saturating_add(T::ChallengeWindow::get()),
			Error::<T>::ChallengeWindowClosed
		);
		let bond = T::ChallengeBond::get();
		T::Currency::hold(&HoldReason::ChallengeBond.into(), who, bond)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		Self::open_case_for(inference, &request, who, output_hash, output_uri)?;
		request.status =
			RequestStatus::Challenged { output_hash, at, challenger: who.clone(), bond };
		Requests::<T>::insert(inference, request);
		Self::deposit_event(Event::Challenged { inference, challenger: who.clone(), bond });
		Ok(())
	}

	/// Open the court case of the challenge of `inference` by `challenger`, with its evidence
	/// and parties.
	///
	/// # Errors
	/// [`Error::TooManyParties`]; the court's error when it cannot open the case.
	pub(crate) fn open_case_for(
		inference: InferenceId,
		request: &Request<T>,
		challenger: &T::AccountId,
		output_hash: sp_core::H256,
		output_uri: BoundedVec<u8, MaxUriLengthOf<T>>,
	) -> DispatchResult {
		let parties = Self::parties(inference, request, challenger)?;
		let evidence = ChallengeEvidence { model: request.model, output_hash, output_uri };
		T::Court::open_case(inference, parties, evidence)
	}

	/// Who may not judge the challenge of `inference` by `challenger`: the provider, the
	/// challenger, the model's owner and the contributors its attribution names, each once.
	///
	/// # Errors
	/// [`Error::TooManyParties`] beyond the court's bound.
	fn parties(
		inference: InferenceId,
		request: &Request<T>,
		challenger: &T::AccountId,
	) -> Result<PartiesOf<T>, DispatchError> {
		let mut parties = PartiesOf::<T>::new();
		let owner = T::Models::owner(request.model);
		let contributors = Attributions::<T>::get(inference)
			.map(|attribution| attribution.contributions.into_inner())
			.unwrap_or_default()
			.into_iter()
			.filter_map(|(contribution, _)| T::Datanets::contribution(contribution))
			.map(|info| info.contributor);
		let everyone = [request.provider.clone(), challenger.clone()]
			.into_iter()
			.chain(owner)
			.chain(contributors);
		for who in everyone {
			if !parties.contains(&who) {
				parties.try_push(who).map_err(|_| Error::<T>::TooManyParties)?;
			}
		}
		Ok(parties)
	}

	/// Apply the court's `verdict` on the challenge of `inference`: upheld slashes the
	/// provider (part to the challenger, the rest to the treasury), refunds the user, returns
	/// the bond and ends the request (`ChallengeUpheld`); rejected gives the bond to the
	/// provider and queues the result for settlement again (`ChallengeRejected`); undecided
	/// refunds the user and returns the bond, slashing nobody (`ChallengeUndecided`).
	///
	/// # Errors
	/// [`Error::UnknownRequest`], [`Error::RequestClosed`], [`Error::NotChallenged`],
	/// [`Error::UnknownProvider`], [`Error::EscrowMissing`], [`Error::Overflow`],
	/// [`Error::Underflow`]; the currency's error when held funds cannot be moved.
	pub(crate) fn do_resolve(inference: InferenceId, verdict: Verdict) -> DispatchResult {
		let mut request = Self::open_request(inference)?;
		let RequestStatus::Challenged { output_hash, at, challenger, bond } =
			request.status.clone()
		else {
			return Err(Error::<T>::NotChallenged.into());
		};
		match verdict {
			Verdict::Upheld => Self::uphold(inference, &request, &challenger, bond),
			Verdict::Rejected => {
				// The result stands: the bond pays the provider for the trouble; settle as usual.
				Self::move_held(HoldReason::ChallengeBond, &challenger, &request.provider, bond)?;
				Self::queue_for_settlement(inference)?;
				request.status = RequestStatus::Answered { output_hash, at };
				Requests::<T>::insert(inference, request);
				Self::deposit_event(Event::ChallengeRejected { inference, bond });
				Ok(())
			}
			Verdict::Undecided => {
				Self::refund_both(inference, &request, &challenger, bond)?;
				Self::deposit_event(Event::ChallengeUndecided {
					inference,
					refund: request.fee,
					bond,
				});
				Ok(())
			}
		}
	}

	fn uphold(
		inference: InferenceId,
		request: &Request<T>,
		challenger: &T::AccountId,
		bond: BalanceOf<T>,
	) -> DispatchResult {
		let mut provider =
			Providers::<T>::get(&request.provider).ok_or(Error::<T>::UnknownProvider)?;
		let slashed = T::ChallengeSlash::get().mul_floor(provider.stake);
		let to_challenger = T::ChallengerReward::get().mul_floor(slashed);
		let to_treasury = slashed.saturating_sub(to_challenger);
		Self::move_held(HoldReason::ProviderStake, &request.provider, challenger, to_challenger)?;
		Self::move_held(
			HoldReason::ProviderStake,
			&request.provider,
			&T::Treasury::get(),
			to_treasury,
		)?;
		provider.stake = provider.stake.saturating_sub(slashed);
		Providers::<T>::insert(&request.provider, provider);
		Self::refund_both(inference, request, challenger, bond)?;
		Self::deposit_event(Event::ChallengeUpheld {
			inference,
			slashed,
			to_challenger,
			refund: request.fee,
		});
		Ok(())
	}

	/// Return the challenger's `bond` and end `request` with the user refunded.
	///
	/// # Errors
	/// The currency's error when the bond cannot be released; those of [`Self::end_request`].
	fn refund_both(
		inference: InferenceId,
		request: &Request<T>,
		challenger: &T::AccountId,
		bond: BalanceOf<T>,
	) -> DispatchResult {
		T::Currency::release(
			&HoldReason::ChallengeBond.into(),
			challenger,
			bond,
			Precision::Exact,
		)?;
		Self::end_request(inference, request, EscrowOutcome::Refund)
	}

	/// Move `amount` held from `from` for `reason` into `to`'s free balance.
	fn move_held(
		reason: HoldReason,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		if amount.is_zero() {
			return Ok(());
		}
		T::Currency::transfer_on_hold(
			&reason.into(),
			from,
			to,
			amount,
			Precision::Exact,
			Restriction::Free,
			Fortitude::Force,
		)?;
		Ok(())
	}
}

/// The court's verdicts reach the challenged results through this, and only through this.
impl<T: Config> ChallengeVerdicts for Pallet<T> {
	fn apply_verdict(inference: InferenceId, verdict: Verdict) -> Result<(), DispatchError> {
		Self::do_resolve(inference, verdict)
	}

	fn apply_verdict_weight() -> Weight {
		use crate::weights::WeightInfo;
		T::WeightInfo::resolve_challenge()
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn challenged_inference(seed: u32) -> InferenceId {
		crate::benchmarking::challenged_inference::<T>(seed)
	}
}
