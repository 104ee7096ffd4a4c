//! The traits through which the OpenLedger pallets talk to each other.

use alloc::vec::Vec;
use frame_support::{
	pallet_prelude::{DispatchError, DispatchResult, Get},
	traits::tokens::fungible,
	weights::Weight,
};

use crate::{ids::*, types::*};

/// Read-only view of datanets, implemented by `pallet-datanets`. Every method is one or two
/// storage reads.
pub trait DatanetsInspect<AccountId> {
	/// The window of citable versions: a datanet publishes versions without end, and the latest
	/// `MaxVersions + 1` of them ([`citable_from`]) can be cited and paid; older ones are
	/// retired. A reward pool thus keeps at most `MaxVersions + 1` epochs (see
	/// [`OnShareChange`]).
	type MaxVersions: Get<u32>;

	/// Whether `datanet` exists (open or closed).
	fn datanet_exists(datanet: DatanetId) -> bool;
	/// Whether `datanet` exists and accepts contributions.
	fn datanet_is_active(datanet: DatanetId) -> bool;
	/// The curator of `datanet`.
	fn curator(datanet: DatanetId) -> Option<AccountId>;
	/// Whether `version` of `datanet` has been published.
	fn version_exists(datanet: DatanetId, version: VersionNumber) -> bool;
	/// The oldest version of `datanet` still citable: [`citable_from`] its latest version and
	/// `MaxVersions` (0 for no datanet). One read.
	fn oldest_citable(datanet: DatanetId) -> VersionNumber;
	/// A contribution's datanet, contributor, status and weight.
	fn contribution(contribution: ContributionId) -> Option<ContributionInfo<AccountId>>;
	/// The sum of the weights of `who`'s accepted contributions in `datanet`.
	fn contributor_share(datanet: DatanetId, who: &AccountId) -> Share;
	/// The sum of all contributor shares of `datanet`.
	fn total_share(datanet: DatanetId) -> Share;
	/// Whether `contribution`, accepted now, was already in the accepted set of `version` of
	/// `datanet` (it belongs to `datanet` and was accepted before that version's snapshot).
	/// Three reads.
	fn in_version(contribution: ContributionId, datanet: DatanetId, version: VersionNumber)
		-> bool;
}

/// The oldest version of a datanet that can still be cited when its latest is `latest` and
/// the window is `max` versions back ([`DatanetsInspect::MaxVersions`]): `latest − max`, or 0.
/// Versions before it are retired: a model may no longer cite them, and a call whose model
/// cites one pays that datanet's pool part to the treasury. Every version from it on holds
/// the same epochs as the pool keeps, so it pays exactly by the weights it committed to.
pub fn citable_from(latest: VersionNumber, max: u32) -> VersionNumber {
	latest.saturating_sub(max)
}

/// Called by `pallet-datanets` **before** `who`'s share in `datanet` changes from `old_share`
/// to `new_share` (on accept, grade, removal and withdrawal of accepted contributions), while
/// storage still holds the old value. A reward pool settles `who`'s pending rewards at
/// `old_share` and resets its debt for `new_share`; the pool's accumulator cannot move between
/// this call and the change, as both happen in the same extrinsic.
///
/// The change counts from one **epoch** on: the datanet's next version (its latest plus one),
/// the first snapshot that will include it. A change of epoch `e` (an acceptance, a regrade, a
/// removal or a withdrawal) is in versions `e` and later and in no earlier one, so a version
/// keeps paying by the shares it committed to, which is what a pool paying "the contributors of
/// version `v`" needs. Epoch 0 counts in every version.
///
/// The hook must not fail: it only does accounting. Its cost is part of the callers' generated
/// weights: their benchmarks run it in its worst case (`OnShareChange::prepare_worst_case`,
/// under `runtime-benchmarks`); [`OnShareChange::weight`] states it for callers that are not
/// benchmarked with it.
pub trait OnShareChange<AccountId> {
	/// `who`'s share in `datanet` is about to change, from version `epoch` on.
	fn before_share_change(
		datanet: DatanetId,
		who: &AccountId,
		epoch: VersionNumber,
		old_share: Share,
		new_share: Share,
	);

	/// Upper bound of the weight of one [`OnShareChange::before_share_change`] call.
	fn weight() -> Weight;

	/// `datanet` published `version`: the versions before [`citable_from`]`(version, max)`
	/// (`max`, the datanets' `MaxVersions`) are retired, and the epochs they alone held can be
	/// folded into epoch 0. Returns the weight it used.
	fn on_version_published(_datanet: DatanetId, _version: VersionNumber, _max: u32) -> Weight {
		Weight::zero()
	}

	/// Upper bound of the weight of one [`OnShareChange::on_version_published`] call.
	fn version_published_weight() -> Weight {
		Weight::zero()
	}

	/// Put the listener in the state where the next call for `who` in `datanet` costs the
	/// most, so that the benchmarks of the calls that change shares measure the hook's worst
	/// case once (their generated weights include it; nothing is added on top).
	#[cfg(feature = "runtime-benchmarks")]
	fn prepare_worst_case(_datanet: DatanetId, _who: &AccountId) {}
}

/// Several listeners: each is called in turn, and their weights add up.
#[impl_trait_for_tuples::impl_for_tuples(8)]
impl<AccountId> OnShareChange<AccountId> for Tuple {
	fn before_share_change(
		datanet: DatanetId,
		who: &AccountId,
		epoch: VersionNumber,
		old_share: Share,
		new_share: Share,
	) {
		for_tuples!( #( Tuple::before_share_change(datanet, who, epoch, old_share, new_share); )* );
	}

	fn weight() -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.saturating_add(Tuple::weight()); )* );
		weight
	}

	fn on_version_published(datanet: DatanetId, version: VersionNumber, max: u32) -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.saturating_add(
			Tuple::on_version_published(datanet, version, max)); )* );
		weight
	}

	fn version_published_weight() -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.saturating_add(Tuple::version_published_weight()); )* );
		weight
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn prepare_worst_case(datanet: DatanetId, who: &AccountId) {
		for_tuples!( #( Tuple::prepare_worst_case(datanet, who); )* );
	}
}

/// Read-only view of models, implemented by `pallet-models`. Each method reads only what its
/// one fact needs; the cost is stated per method.
pub trait ModelsInspect<AccountId, Balance> {
	/// Most training datanets of one model.
	type MaxTrainingDatanets: Get<u32>;
	/// Most ancestors of one model.
	type MaxLineageDepth: Get<u32>;

	/// The model's current owner. One read.
	fn owner(model: ModelId) -> Option<AccountId>;

	/// The model's status and price per call: what a request needs. One read.
	fn status_and_price(model: ModelId) -> Option<(ModelStatus, Balance)>;

	/// The datanets the model and each of its ancestors were trained on, sorted by datanet and
	/// each once, with the latest version of it any of them cites: what an attribution for it
	/// may name. `1 + depth` reads, each model decoded once; at most
	/// `(1 + MaxLineageDepth) × MaxTrainingDatanets` entries.
	fn attributable_versions(model: ModelId) -> Option<Vec<(DatanetId, VersionNumber)>>;

	/// Who a call on the model pays: owner, training datanets and each ancestor with its
	/// current owner and royalty. `1 + depth` reads.
	#[allow(clippy::type_complexity)]
	fn payees(
		model: ModelId,
	) -> Option<ModelPayees<AccountId, Self::MaxTrainingDatanets, Self::MaxLineageDepth>>;
}

/// Receives the fee of a settled inference call and pays everyone it is owed to
/// (implemented by `pallet-rewards`). It owns the bounds of an [`Attribution`]: callers name
/// them through [`InferenceRewards::MaxAttributedContributions`] and
/// [`InferenceRewards::MaxAttributedDatanets`] rather than configuring their own.
///
/// The caller moves the escrowed fee out of the payer's account as a [`fungible::Credit`], so
/// the money cannot be created or lost on the way. On `Err` the caller must discard every storage
/// change made since it took the credit (an extrinsic does so by itself; a hook uses a storage
/// layer), and nothing is paid.
pub trait InferenceRewards<AccountId, Currency>
where
	Currency: fungible::Balanced<AccountId>,
{
	/// Most contributions one attribution may name.
	type MaxAttributedContributions: Get<u32>;
	/// Most datanets one attribution may name.
	type MaxAttributedDatanets: Get<u32>;
	/// The terms a call on a model is split by (the policy's rates with the model's own data
	/// side). The caller stores them with the request, so nobody can change how a call pays
	/// between its request and its settlement.
	type Terms: codec::FullCodec
		+ codec::MaxEncodedLen
		+ scale_info::TypeInfo
		+ Clone
		+ PartialEq
		+ core::fmt::Debug;

	/// The terms a call on `model` requested now will be split by. Two reads.
	fn terms(model: ModelId) -> Self::Terms;

	/// Upper bound of the weight of [`InferenceRewards::terms`].
	fn terms_weight() -> Weight;

	/// Split `fee`, paid by `payer` for `inference` on `model` and served by `provider`,
	/// according to `attribution` and the `terms` fixed at its request. The receipt it stores
	/// holds a deposit from `payer` until it is pruned (as much of it as `payer` can hold:
	/// settlement is never refused for it). Returns the weight this split used (its lineage depth, attribution and
	/// pools), never more than [`InferenceRewards::settle_weight`], so the caller can charge
	/// what was done rather than the worst case.
	fn settle(
		inference: InferenceId,
		payer: &AccountId,
		model: ModelId,
		provider: &AccountId,
		fee: fungible::Credit<AccountId, Currency>,
		terms: &Self::Terms,
		attribution: &Attribution<Self::MaxAttributedContributions, Self::MaxAttributedDatanets>,
	) -> Result<Weight, DispatchError>;

	/// Upper bound of the weight of one [`InferenceRewards::settle`] call.
	fn settle_weight() -> Weight;
}

/// Splits the fees of a batch of calls as one (implemented by `pallet-rewards`, called by
/// `pallet-batches`): the same parts as a per-call split, with the batch's [`BatchScores`] in
/// place of an attribution, each part its exact share of the batch's fees rounded down once.
pub trait BatchRewards<AccountId, Currency>: InferenceRewards<AccountId, Currency>
where
	Currency: fungible::Balanced<AccountId>,
{
	/// The data side of `terms`: what the tail's weights are parts of
	/// (`openledger_formulas::batch::batch_part`).
	fn data_side(terms: &Self::Terms) -> sp_runtime::Perbill;

	/// Split `fees`, paid for the `calls` calls of `batch` on `model` served by `provider`,
	/// by `scores` and the `terms` fixed when the batch was submitted. The tail's part
	/// (`batch_part(data_side, scores.tail)`) is paid to `tail_holder`, from which contributors
	/// claim it. Returns the weight used beyond that of the smallest split (no ancestor, one
	/// contribution, one pool), which the caller's own benchmark measures with it (at most
	/// [`BatchRewards::settle_batch_weight`]), and the tail's part. On `Err` the caller
	/// discards its changes, as for [`InferenceRewards::settle`].
	#[allow(clippy::too_many_arguments)]
	fn settle_batch(
		batch: BatchId,
		model: ModelId,
		provider: &AccountId,
		calls: u64,
		fees: fungible::Credit<AccountId, Currency>,
		terms: &Self::Terms,
		scores: &BatchScoresFor<Self, AccountId, Currency>,
		tail_holder: &AccountId,
	) -> Result<(Weight, <Currency as fungible::Inspect<AccountId>>::Balance), DispatchError>;

	/// Upper bound of the weight one [`BatchRewards::settle_batch`] call returns: the largest
	/// split's beyond the smallest's.
	fn settle_batch_weight() -> Weight;

	/// Take `amount` into the account rewards are paid from and credit it to `contributor` as
	/// a contributor's reward of `datanet` for calls on `model`: how a claimed tail part joins
	/// the claimable credits and lifetime counters.
	fn credit_contributor(
		model: ModelId,
		contributor: &AccountId,
		datanet: DatanetId,
		amount: fungible::Credit<AccountId, Currency>,
	) -> DispatchResult;
}

/// [`BatchScores`] within the bounds `R` (an [`InferenceRewards`]) owns.
pub type BatchScoresFor<R, AccountId, Currency> = BatchScores<
	<R as InferenceRewards<AccountId, Currency>>::MaxAttributedContributions,
	<R as InferenceRewards<AccountId, Currency>>::MaxAttributedDatanets,
>;

/// A provider's bonded stake as other pallets may use it (implemented by `pallet-inference`):
/// batches of calls are capped by it and slash it. (It stays bonded while a batch is open: the
/// batches pallet answers that through [`ProviderBatches`].)
pub trait ProviderStakes<AccountId, Balance> {
	/// The stake of `provider` if it may serve `model` now (registered, serving it, not
	/// unbonding, at least the minimum stake). One read.
	fn serving_stake(provider: &AccountId, model: ModelId) -> Result<Balance, DispatchError>;

	/// Slash up to `amount` of `provider`'s stake into `beneficiary`'s free balance (the
	/// treasury, a challenger, a reimbursed juror fee); what was slashed.
	fn slash(provider: &AccountId, amount: Balance, beneficiary: &AccountId) -> Balance;

	/// Upper bound of the weight of any one of these calls.
	fn weight() -> Weight;

	/// A new provider serving `model` with a stake of at least `stake`, for benchmarks.
	#[cfg(feature = "runtime-benchmarks")]
	fn provider_serving(model: ModelId, stake: Balance, seed: u32) -> AccountId;
}

/// Whether a provider has batches of paid calls open, implemented by `pallet-batches`: its
/// stake backs them, so it may neither unbond nor leave meanwhile.
pub trait ProviderBatches<AccountId> {
	/// Whether `provider` has a batch neither settled nor void. One read.
	fn has_open_batches(provider: &AccountId) -> bool;
}

/// No batches: nothing is ever open.
impl<AccountId> ProviderBatches<AccountId> for () {
	fn has_open_batches(_: &AccountId) -> bool {
		false
	}
}

/// An [`Attribution`] within the bounds `R` (an [`InferenceRewards`]) owns.
pub type AttributionFor<R, AccountId, Currency> = Attribution<
	<R as InferenceRewards<AccountId, Currency>>::MaxAttributedContributions,
	<R as InferenceRewards<AccountId, Currency>>::MaxAttributedDatanets,
>;

/// Open requests and challenges per model, implemented by `pallet-inference`: a model's
/// registration deposit is released only once it is deprecated and no request on it is open,
/// and a model cannot change hands while a challenge whose outcome pays its owner is open.
pub trait ModelRequests {
	/// Requests on `model` that have not ended (requested, answered or challenged). One read.
	fn open_requests(model: ModelId) -> u32;

	/// Open challenges whose outcome pays `model`'s owner: of calls on `model` itself, or on a
	/// model it is an ancestor of (royalties). Its owner is a party of each. One read.
	fn open_cases(model: ModelId) -> u32;
}

/// Two pallets' requests and cases together (the runtime's per-call and batched paths).
impl<A: ModelRequests, B: ModelRequests> ModelRequests for (A, B) {
	fn open_requests(model: ModelId) -> u32 {
		A::open_requests(model).saturating_add(B::open_requests(model))
	}

	fn open_cases(model: ModelId) -> u32 {
		A::open_cases(model).saturating_add(B::open_cases(model))
	}
}

/// No inference pallet: no model ever has an open request or challenge.
impl ModelRequests for () {
	fn open_requests(_model: ModelId) -> u32 {
		0
	}

	fn open_cases(_model: ModelId) -> u32 {
		0
	}
}

/// A court that decides challenges of inference results (implemented by `pallet-court`, called
/// by `pallet-inference` when a result is challenged).
pub trait ChallengeCourt<AccountId> {
	/// Most accounts that may not judge one case.
	type MaxParties: Get<u32>;
	/// Longest URI a challenger may give for the output.
	type MaxUriLength: Get<u32>;

	/// Open the case of the challenge of `inference` brought by `claimant`, who advances the
	/// first jury's arbitration fee: nobody in `parties` (provider, challenger, paying user, the
	/// owners of the model and its ancestors, attributed contributors) may be drawn as a juror.
	/// The court answers later with [`ChallengeVerdicts::apply_verdict`].
	fn open_case(
		inference: InferenceId,
		claimant: &AccountId,
		parties: frame_support::BoundedVec<AccountId, Self::MaxParties>,
		evidence: ChallengeEvidence<Self::MaxUriLength>,
	) -> Result<(), DispatchError>;

	/// Upper bound of the weight of [`ChallengeCourt::open_case`].
	fn open_case_weight() -> Weight;
}

/// Applies a court's verdicts to challenged results (implemented by `pallet-inference`,
/// called by `pallet-court`).
pub trait ChallengeVerdicts<AccountId, Balance> {
	/// Decide the challenge of `inference`. `owed` are the arbitration fees the winning side
	/// advanced (who paid, how much): the losing side reimburses them, as far as what it has
	/// at stake in the call reaches (the provider's stake when upheld, the challenger's bond
	/// when rejected). An undecided case owes nothing. Fails when `inference` is not under
	/// challenge.
	fn apply_verdict(
		inference: InferenceId,
		verdict: Verdict,
		owed: &[(AccountId, Balance)],
	) -> Result<(), DispatchError>;

	/// Upper bound of the weight of [`ChallengeVerdicts::apply_verdict`] with `owed`
	/// reimbursements.
	fn apply_verdict_weight(owed: u32) -> Weight;

	/// A result under challenge whose verdict costs the most to apply, challenged through the
	/// real path (so the court has opened its case); its id.
	#[cfg(feature = "runtime-benchmarks")]
	fn challenged_inference(seed: u32) -> InferenceId;
}
