//! Challenges of results: a case opened in the court, and the court's verdict applied.

use crate::{pallet::*, types::*};
use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::*,
	traits::{
		fungible::MutateHold,
		tokens::{Fortitude, Precision, Restriction},
	},
};
use frame_system::pallet_prelude::BlockNumberFor;
use openledger_primitives::{
	holds::hold_error, ChallengeCourt, ChallengeEvidence, ChallengeVerdicts, DatanetsInspect,
	InferenceId, ModelId, ModelsInspect, Verdict,
};
use sp_runtime::{traits::Zero, Perbill, SaturatedConversion, Saturating};

impl<T: Config> Pallet<T> {
	/// Whether a call answered at block `answered_at` can still be challenged at block `now`
	/// (and so cannot settle yet): the shared formula
	/// [`openledger_formulas::challenge_window_open`], which the CLI computes too.
	pub(crate) fn challenge_window_open(
		answered_at: BlockNumberFor<T>,
		now: BlockNumberFor<T>,
	) -> bool {
		openledger_formulas::challenge_window_open(
			answered_at.saturated_into(),
			T::ChallengeWindow::get().saturated_into(),
			now.saturated_into(),
		)
	}

	/// Challenge the answered request `inference` within its window, holding
	/// [`Config::ChallengeBond`] from `who`, and open its case in [`Config::Court`] with the
	/// evidence (model, output hash, `output_uri`) and the parties who may not judge it. Until
	/// the verdict, the called model and its ancestors cannot change hands ([`OpenCasesOf`]).
	/// Emits `Challenged`.
	///
	/// # Errors
	/// [`Error::UnknownRequest`], [`Error::RequestClosed`], [`Error::NotAnswered`],
	/// [`Error::UnderChallenge`], [`Error::ChallengeWindowClosed`], [`Error::UnknownModel`],
	/// [`Error::TooManyParties`], [`Error::Overflow`], [`Error::InsufficientBalance`] (or the
	/// currency's reason for a failed hold); the court's error when it cannot open the case.
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
		ensure!(Self::challenge_window_open(at, now), Error::<T>::ChallengeWindowClosed);
		let bond = T::ChallengeBond::get();
		T::Currency::hold(&HoldReason::ChallengeBond.into(), who, bond)
			.map_err(|e| hold_error(e, Error::<T>::InsufficientBalance))?;
		let paid_models = Self::open_case_for(inference, &request, who, output_hash, output_uri)?;
		Self::count_case(&paid_models, CaseChange::Opened)?;
		request.status =
			RequestStatus::Challenged { output_hash, at, challenger: who.clone(), bond };
		Requests::<T>::insert(inference, request);
		Self::deposit_event(Event::Challenged { inference, challenger: who.clone(), bond });
		Ok(())
	}

	/// Open the court case of the challenge of `inference` by `challenger`, with its evidence
	/// and parties. Returns the models whose owners the call pays (the called model, then its
	/// ancestors): their owners are parties.
	///
	/// # Errors
	/// [`Error::UnknownModel`], [`Error::TooManyParties`]; the court's error when it cannot
	/// open the case.
	pub(crate) fn open_case_for(
		inference: InferenceId,
		request: &Request<T>,
		challenger: &T::AccountId,
		output_hash: sp_core::H256,
		output_uri: BoundedVec<u8, MaxUriLengthOf<T>>,
	) -> Result<Vec<ModelId>, DispatchError> {
		let paid_owners = Self::paid_owners(request.model)?;
		let parties = Self::parties(inference, request, challenger, &paid_owners)?;
		let evidence = ChallengeEvidence { model: request.model, output_hash, output_uri };
		T::Court::open_case(inference, challenger, parties, evidence)?;
		Ok(paid_owners.into_iter().map(|(model, _)| model).collect())
	}

	/// The models whose owners a call on `model` pays, each with its current owner: the model
	/// itself, then each ancestor (royalties). `1 + depth` reads.
	///
	/// # Errors
	/// [`Error::UnknownModel`].
	pub(crate) fn paid_owners(
		model: ModelId,
	) -> Result<Vec<(ModelId, T::AccountId)>, DispatchError> {
		let payees = T::Models::payees(model).ok_or(Error::<T>::UnknownModel)?;
		Ok(core::iter::once((model, payees.owner))
			.chain(payees.lineage.into_iter().map(|ancestor| (ancestor.model, ancestor.owner)))
			.collect())
	}

	/// Count a challenge opened or closed against each of `models` in [`OpenCasesOf`] (what
	/// keeps them from changing hands meanwhile). A count that is already zero stays zero on
	/// close: challenges older than the count (storage version 3) are counted by its
	/// migration, so this happens only if that migration did not run.
	///
	/// # Errors
	/// [`Error::Overflow`] when a count would pass `u32::MAX` (nothing is written then).
	pub(crate) fn count_case(models: &[ModelId], change: CaseChange) -> DispatchResult {
		if change == CaseChange::Opened {
			for model in models {
				OpenCasesOf::<T>::get(model).checked_add(1).ok_or(Error::<T>::Overflow)?;
			}
		}
		for model in models {
			OpenCasesOf::<T>::mutate_exists(model, |count| {
				let now = match change {
					CaseChange::Opened => count.unwrap_or_default().saturating_add(1),
					CaseChange::Closed => count.unwrap_or_default().saturating_sub(1),
				};
				*count = (now > 0).then_some(now);
			});
		}
		Ok(())
	}

	/// Upper bound of the weight [`Self::count_case`] and [`Self::paid_owners`] add to a
	/// challenge or a verdict: the lineage read, and each count read and written.
	pub(crate) fn case_count_weight() -> Weight {
		let models = u64::from(
			<T::Models as ModelsInspect<T::AccountId, BalanceOf<T>>>::MaxLineageDepth::get(),
		)
		.saturating_add(1);
		T::DbWeight::get().reads_writes(models.saturating_mul(2), models)
	}

	/// Who may not judge the challenge of `inference` by `challenger`: everyone its outcome
	/// pays or costs. The provider, the challenger, the paying user, the owner of the model and
	/// of each ancestor (`paid_owners`, fixed until the verdict: none of those models can
	/// change hands meanwhile) and the contributors its attribution scores at least
	/// [`Config::MinPartyScore`] in all, each once. The provider chooses the attribution, so a
	/// contributor named at a negligible score is not a party: otherwise naming a juror's
	/// contribution at 1 ppb would keep that juror out of the case for nothing.
	///
	/// # Errors
	/// [`Error::TooManyParties`] beyond the court's bound.
	fn parties(
		inference: InferenceId,
		request: &Request<T>,
		challenger: &T::AccountId,
		paid_owners: &[(ModelId, T::AccountId)],
	) -> Result<PartiesOf<T>, DispatchError> {
		let mut parties = PartiesOf::<T>::new();
		let mut scored: Vec<(T::AccountId, Perbill)> = Vec::new();
		let named = Attributions::<T>::get(inference)
			.map(|attribution| attribution.contributions.into_inner())
			.unwrap_or_default();
		for (contribution, score) in named {
			let Some(info) = T::Datanets::contribution(contribution) else { continue };
			match scored.iter_mut().find(|(who, _)| *who == info.contributor) {
				Some((_, total)) => *total = total.saturating_add(score),
				None => scored.push((info.contributor, score)),
			}
		}
		let threshold = T::MinPartyScore::get();
		let contributors = scored
			.into_iter()
			.filter(|(_, score)| *score >= threshold)
			.map(|(contributor, _)| contributor);
		let everyone = [request.provider.clone(), challenger.clone(), request.user.clone()]
			.into_iter()
			.chain(paid_owners.iter().map(|(_, owner)| owner.clone()))
			.chain(contributors);
		for who in everyone {
			if !parties.contains(&who) {
				parties.try_push(who).map_err(|_| Error::<T>::TooManyParties)?;
			}
		}
		Ok(parties)
	}

	/// Apply the court's `verdict` on the challenge of `inference`: upheld has the provider's
	/// stake reimburse the arbitration fees `owed` to the winning side, slashes the provider
	/// (part to the challenger, the rest to the treasury), refunds the user, returns the bond
	/// and ends the request (`ChallengeUpheld`); rejected has the challenger's bond reimburse
	/// `owed`, gives the rest of it to the provider and queues the result for settlement again
	/// (`ChallengeRejected`); undecided (nobody showed the result wrong) returns the bond and
	/// lets the result settle as answered, slashing nobody (`ChallengeUndecided`): challenging
	/// one's own call buys no refund. Each reimbursement emits `JuryFeeReimbursed`.
	///
	/// # Errors
	/// [`Error::UnknownRequest`], [`Error::RequestClosed`], [`Error::NotChallenged`],
	/// [`Error::UnknownProvider`], [`Error::EscrowMissing`], [`Error::Overflow`],
	/// [`Error::Underflow`]; the currency's error when held funds cannot be moved.
	pub(crate) fn do_resolve(
		inference: InferenceId,
		verdict: Verdict,
		owed: &[(T::AccountId, BalanceOf<T>)],
	) -> DispatchResult {
		let mut request = Self::open_request(inference)?;
		let RequestStatus::Challenged { output_hash, at, challenger, bond } =
			request.status.clone()
		else {
			return Err(Error::<T>::NotChallenged.into());
		};
		// The lineage is fixed at registration: the same models the challenge counted.
		let paid_models: Vec<ModelId> =
			Self::paid_owners(request.model)?.into_iter().map(|(model, _)| model).collect();
		Self::count_case(&paid_models, CaseChange::Closed)?;
		match verdict {
			Verdict::Upheld => Self::uphold(inference, &request, &challenger, bond, owed),
			Verdict::Rejected => {
				// The result stands: the bond reimburses the fees of the provider's side and pays
				// the provider for the trouble; settle as usual.
				let reimbursed =
					Self::reimburse(inference, HoldReason::ChallengeBond, &challenger, bond, owed);
				let rest = bond.saturating_sub(reimbursed);
				Self::move_held(HoldReason::ChallengeBond, &challenger, &request.provider, rest)?;
				Self::queue_for_settlement(inference)?;
				request.status = RequestStatus::Answered { output_hash, at };
				Requests::<T>::insert(inference, request);
				Self::deposit_event(Event::ChallengeRejected { inference, bond });
				Ok(())
			}
			Verdict::Undecided => {
				T::Currency::release(
					&HoldReason::ChallengeBond.into(),
					&challenger,
					bond,
					Precision::Exact,
				)?;
				Self::queue_for_settlement(inference)?;
				request.status = RequestStatus::Answered { output_hash, at };
				Requests::<T>::insert(inference, request);
				Self::deposit_event(Event::ChallengeUndecided { inference, bond });
				Ok(())
			}
		}
	}

	fn uphold(
		inference: InferenceId,
		request: &Request<T>,
		challenger: &T::AccountId,
		bond: BalanceOf<T>,
		owed: &[(T::AccountId, BalanceOf<T>)],
	) -> DispatchResult {
		let mut provider =
			Providers::<T>::get(&request.provider).ok_or(Error::<T>::UnknownProvider)?;
		// The losing provider bears the arbitration fees first, then the slash of what is left.
		let reimbursed = Self::reimburse(
			inference,
			HoldReason::ProviderStake,
			&request.provider,
			provider.stake,
			owed,
		);
		provider.stake = provider.stake.saturating_sub(reimbursed);
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

	/// Have `loser` reimburse the arbitration fees `owed` (payer, amount), in order, out of
	/// what it holds for `reason`, at most `cap` in all; the total reimbursed. A payer that
	/// cannot receive (an amount below its existential deposit on a reaped account) is skipped:
	/// the loser keeps that part. Emits `JuryFeeReimbursed` for each payment.
	fn reimburse(
		inference: InferenceId,
		reason: HoldReason,
		loser: &T::AccountId,
		cap: BalanceOf<T>,
		owed: &[(T::AccountId, BalanceOf<T>)],
	) -> BalanceOf<T> {
		let mut left = cap;
		for (payer, amount) in owed {
			let amount = (*amount).min(left);
			if amount.is_zero() {
				continue;
			}
			let paid = frame_support::storage::with_storage_layer(|| {
				T::Currency::transfer_on_hold(
					&reason.into(),
					loser,
					payer,
					amount,
					Precision::Exact,
					Restriction::Free,
					Fortitude::Force,
				)
			});
			if let Ok(paid) = paid {
				left = left.saturating_sub(paid);
				Self::deposit_event(Event::JuryFeeReimbursed {
					inference,
					by: loser.clone(),
					to: payer.clone(),
					amount: paid,
				});
			}
		}
		cap.saturating_sub(left)
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
	pub(crate) fn move_held(
		reason: HoldReason,
		from: &T::AccountId,
		to: &T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		openledger_primitives::holds::move_held::<_, T::Currency>(&reason.into(), from, to, amount)
	}
}

/// The court's verdicts reach the challenged results through this, and only through this.
impl<T: Config> ChallengeVerdicts<T::AccountId, BalanceOf<T>> for Pallet<T> {
	fn apply_verdict(
		inference: InferenceId,
		verdict: Verdict,
		owed: &[(T::AccountId, BalanceOf<T>)],
	) -> Result<(), DispatchError> {
		Self::do_resolve(inference, verdict, owed)
	}

	fn apply_verdict_weight(owed: u32) -> Weight {
		use crate::weights::WeightInfo;
		T::WeightInfo::resolve_challenge(owed).saturating_add(Self::case_count_weight())
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn challenged_inference(seed: u32) -> InferenceId {
		crate::benchmarking::challenged_inference::<T>(seed)
	}
}
