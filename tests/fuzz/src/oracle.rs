//! The economic oracle: an independent model, in exact rationals, of who should have earned
//! what from each settlement, checked against what the chain credited and what claims paid.
//!
//! The model is the design's, not the pallet's code. For a call of fee `F` under rates
//! `(t, p, m, d)` (the terms stored with the request), attribution scores `s` and the model's
//! lineage with royalty rates `r₀ … rₙ₋₁` (`r₀` the model's rate to its parent):
//! - the provider earns `F·p`;
//! - the model side `M = F·m` goes up the lineage: the owner keeps `M·(1−r₀)`, ancestor `k`
//!   keeps `M·r₀⋯rₖ₋₁·(1−rₖ)`, the last ancestor keeps `M·r₀⋯rₙ₋₁`;
//! - on the data side `D = F·d`, each attributed contribution still accepted earns its
//!   contributor `D·s`; each named datanet that a version in the lineage cites, and whose cited
//!   version has a share, takes `D·s` into its pool; what those scores leave, `D·(1 − Σs)`,
//!   goes to the model's training datanets (that can hold it) by training share;
//! - a pool payment `A` for version `v` of a datanet earns each contributor `A·wᵢ/Sᵥ`, where
//!   `wᵢ` sums the weights version `v` committed to for their contributions (its log replayed
//!   up to the version: a regrade, removal or withdrawal since changes nothing) and `Sᵥ` is the
//!   sum over all contributors;
//! - the treasury keeps `F` minus all of the above.
//!
//! A batch of calls settles the same way with its fees as `F` and, for scores, each weight
//! over `F × 10⁹` (its fee-weighted parts); the part its tail's weight scores is held by the
//! batches pallet, and a claim of a tail leaf of weight `w` earns its contributor
//! `F·d·w/(F·10⁹)`, its weight read from the claim the step applied.
//!
//! Every party is paid its exact part rounded down, so what an account has earned (claimed so
//! far, plus still credited, plus claimable from pools) is at most what the model says, and
//! at least that minus one planck per part it took in a settlement (a pool member also loses
//! up to one planck per epoch of its share to the pool's reward-per-share rounding, per
//! payment). The treasury's part is checked per settlement: at least its exact part, at most
//! that plus one planck per rounded part.
//!
//! The inputs are read from the chain at the step (extrinsic or hook) that settles: a request's
//! fee, terms and attribution when its result is submitted; contributions, weights, versions,
//! models and owners when it settles. A step that settles and also changes datanets or models
//! (a `utility.batch` holding both, say) leaves open which state the settlement saw; the oracle
//! counts such settlements as ambiguous and takes the chain's figures for the accounts involved
//! from then on.

use std::collections::{BTreeMap, BTreeSet};

use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};
use openledger_primitives::{
	ContributionId, ContributionStatus, DatanetId, InferenceId, ModelId, VersionNumber,
};
use openledger_runtime::{AccountId, Runtime, RuntimeEvent};
use pallet_datanets::LogOp;
use sp_runtime::Perbill;

use crate::{harness::events_since, Stats};

type Attribution = pallet_rewards::AttributionOf<Runtime>;

/// What a settlement pays the data side by: each attributed contribution's and datanet's
/// share, and the part reserved for a batch's tail, as exact fractions of the data side.
#[derive(Clone, Debug)]
struct Scores {
	contributions: Vec<(ContributionId, BigRational)>,
	datanets: Vec<(DatanetId, BigRational)>,
	reserved: BigRational,
}

impl Scores {
	/// A call's scores, in parts per billion.
	fn of_call(attribution: &Attribution) -> Self {
		Self {
			contributions: attribution
				.contributions
				.iter()
				.map(|(c, s)| (*c, perbill(*s)))
				.collect(),
			datanets: attribution.datanets.iter().map(|(d, s)| (*d, perbill(*s))).collect(),
			reserved: BigRational::zero(),
		}
	}

	/// A batch's scores: fee-weighted weights, each out of `fees × 10⁹`.
	fn of_batch(scores: &pallet_batches::ScoresOf<Runtime>, fees: u128) -> Self {
		let whole = BigInt::from(fees) * BigInt::from(1_000_000_000u64);
		let share = |weight: u128| BigRational::new(weight.into(), whole.clone());
		Self {
			contributions: scores.contributions.iter().map(|(c, w)| (*c, share(*w))).collect(),
			datanets: scores.datanets.iter().map(|(d, w)| (*d, share(*w))).collect(),
			reserved: share(scores.tail),
		}
	}
}

/// What a request was answered with (or a batch submitted with): the inputs of its settlement.
#[derive(Clone, Debug)]
struct Answered {
	provider: AccountId,
	terms: Option<pallet_rewards::SplitPolicy>,
	scores: Scores,
}

/// The oracle's books.
#[derive(Default)]
pub struct Oracle {
	answered: BTreeMap<InferenceId, Answered>,
	/// Each account's exact earnings.
	expected: BTreeMap<AccountId, BigRational>,
	/// How many planck each account may be short of them.
	tolerance: BTreeMap<AccountId, u64>,
	/// What claims paid each account.
	claimed: BTreeMap<AccountId, u128>,
	/// Accounts checked after every step.
	watched: BTreeSet<AccountId>,
	/// The contributor of every contribution seen: a version keeps paying the contributors of
	/// contributions withdrawn or removed since, whose records are gone.
	contributors: BTreeMap<ContributionId, AccountId>,
	/// The call of the step being applied (none for a block's hooks): a tail claim's weight is
	/// read from it.
	call: Option<openledger_runtime::RuntimeCall>,
}

fn ratio(n: impl Into<BigInt>) -> BigRational {
	BigRational::from_integer(n.into())
}

fn perbill(p: Perbill) -> BigRational {
	BigRational::new(p.deconstruct().into(), 1_000_000_000u32.into())
}

/// One party's exact part of a settlement and how many rounded parts it is made of.
struct Part {
	who: AccountId,
	amount: BigRational,
	roundings: u64,
}

impl Oracle {
	/// Check these accounts (besides everyone the oracle sees paid) after every step.
	pub fn watch(&mut self, accounts: impl IntoIterator<Item = AccountId>) {
		self.watched.extend(accounts);
		for (id, record) in pallet_datanets::Contributions::<Runtime>::iter() {
			self.contributors.insert(id, record.contributor);
		}
	}

	/// The call the next step applies (`None` for a block's hooks).
	pub fn note_call(&mut self, call: Option<openledger_runtime::RuntimeCall>) {
		self.call = call;
	}

	/// Read the events of the step that began at event index `first`: record answered
	/// requests, model every settlement, and count what claims paid.
	pub fn after_step(&mut self, first: u32, stats: &mut Stats) {
		let events = events_since(first);
		let settles = events.iter().any(|e| {
			matches!(
				e,
				RuntimeEvent::Rewards(
					pallet_rewards::Event::Settled { .. }
						| pallet_rewards::Event::BatchSettled { .. }
				)
			)
		});
		let changes =
			events.iter().any(|e| matches!(e, RuntimeEvent::Datanets(_) | RuntimeEvent::Models(_)));
		let mut ambiguous = settles && changes;
		for event in &events {
			match event {
				RuntimeEvent::Inference(pallet_inference::Event::ResultSubmitted {
					inference,
					..
				}) => self.record_answer(*inference),
				RuntimeEvent::Datanets(pallet_datanets::Event::ContributionSubmitted {
					contribution,
					contributor,
					..
				}) => {
					self.contributors.insert(*contribution, contributor.clone());
				}
				RuntimeEvent::Rewards(pallet_rewards::Event::Settled {
					inference,
					model,
					fee,
					to_treasury,
					to_provider,
					to_model_side,
					to_data_side,
				}) => {
					let answered = self.answered.remove(inference);
					let parts = [*to_treasury, *to_provider, *to_model_side, *to_data_side];
					ambiguous |=
						!self.settled(*inference, *model, *fee, parts, answered, ambiguous);
					stats.settlements += u64::from(!ambiguous);
				}
				RuntimeEvent::Rewards(pallet_rewards::Event::BatchSettled {
					batch,
					model,
					fees,
					to_treasury,
					to_provider,
					to_model_side,
					to_data_side,
					..
				}) => {
					let answered =
						pallet_batches::Batches::<Runtime>::get(batch).map(|stored| Answered {
							provider: stored.provider,
							terms: Some(stored.terms),
							scores: Scores::of_batch(&stored.scores, *fees),
						});
					let parts = [*to_treasury, *to_provider, *to_model_side, *to_data_side];
					ambiguous |= !self.settled(*batch, *model, *fees, parts, answered, ambiguous);
					stats.settlements += u64::from(!ambiguous);
					stats.batch_settlements += u64::from(!ambiguous);
				}
				RuntimeEvent::Batches(pallet_batches::Event::TailClaimed {
					batch,
					contribution,
					contributor,
					..
				}) => match self.tail_part(*batch, *contribution) {
					Some(part) => {
						*self
							.expected
							.entry(contributor.clone())
							.or_insert_with(BigRational::zero) += part;
						*self.tolerance.entry(contributor.clone()).or_default() += 1;
						self.watched.insert(contributor.clone());
						stats.tail_claims += 1;
					}
					None => ambiguous = true,
				},
				RuntimeEvent::Batches(
					pallet_batches::Event::DisputeUpheld { .. }
					| pallet_batches::Event::DisputeRejected { .. }
					| pallet_batches::Event::DisputeUndecided { .. },
				) => stats.dispute_verdicts += 1,
				RuntimeEvent::Rewards(pallet_rewards::Event::CreditsClaimed { who, amount })
				| RuntimeEvent::Rewards(pallet_rewards::Event::PoolClaimed {
					who, amount, ..
				}) => {
					*self.claimed.entry(who.clone()).or_default() += amount;
					self.watched.insert(who.clone());
				}
				_ => {}
			}
		}
		if ambiguous {
			stats.ambiguous += 1;
			self.rebase();
		}
	}

	/// A settlement (of call or batch `id`) whose parts, treasury first, are `parts`: they sum
	/// to `fee`; unless the step is `ambiguous` or its inputs were not kept, it is modelled.
	/// Whether it was.
	fn settled(
		&mut self,
		id: u64,
		model: ModelId,
		fee: u128,
		parts: [u128; 4],
		answered: Option<Answered>,
		ambiguous: bool,
	) -> bool {
		assert_eq!(
			parts.iter().sum::<u128>(),
			fee,
			"settlement of {id}: the parts do not sum to the fee"
		);
		match answered {
			Some(answered) if !ambiguous => {
				self.settle(id, model, fee, parts[0], &answered);
				true
			}
			_ => false,
		}
	}

	/// What a claim of `contribution`'s leaf in `batch`'s tail earns its contributor: the data
	/// side's share of the leaf's weight, `d × w / 10¹⁸` exactly (the weight read from the
	/// claim the step applies; `None` when the step is not that claim, nested in another call
	/// say).
	fn tail_part(&self, batch: u64, contribution: ContributionId) -> Option<BigRational> {
		let Some(openledger_runtime::RuntimeCall::Batches(pallet_batches::Call::claim_tail {
			batch: claimed,
			contribution: leaf,
			weight,
			..
		})) = &self.call
		else {
			return None;
		};
		if *claimed != batch || *leaf != contribution {
			return None;
		}
		let stored = pallet_batches::Batches::<Runtime>::get(batch)?;
		Some(
			perbill(stored.terms.data)
				* BigRational::new((*weight).into(), 1_000_000_000u64.into()),
		)
	}

	/// Keep the inputs of `inference`'s settlement. A request settled in the step that answered
	/// it (a challenge window of zero) has none left to read: its settlement is ambiguous.
	fn record_answer(&mut self, inference: InferenceId) {
		let Some(request) = pallet_inference::Requests::<Runtime>::get(inference) else { return };
		let Some(attribution) = pallet_inference::Attributions::<Runtime>::get(inference) else {
			return;
		};
		let terms = pallet_inference::RequestTerms::<Runtime>::get(inference);
		let scores = Scores::of_call(&attribution);
		self.answered.insert(inference, Answered { provider: request.provider, terms, scores });
	}

	/// Model one settlement (of a call, or of a batch) and book every party's exact part; the
	/// tail's part of a batch is held by the batches pallet until claimed, and booked then.
	fn settle(
		&mut self,
		inference: u64,
		model: ModelId,
		fee: u128,
		to_treasury: u128,
		answered: &Answered,
	) {
		let terms =
			answered.terms.unwrap_or_else(|| pallet_rewards::Pallet::<Runtime>::terms_for(model));
		let parts = split(model, fee, &terms, answered, &self.contributors);
		let mut rest = ratio(fee);
		let mut roundings = 0u64;
		let tail_holder = pallet_batches::Pallet::<Runtime>::account_id();
		for part in parts {
			rest -= &part.amount;
			roundings += part.roundings;
			if part.who == tail_holder {
				continue;
			}
			*self.expected.entry(part.who.clone()).or_insert_with(BigRational::zero) += part.amount;
			*self.tolerance.entry(part.who.clone()).or_default() += part.roundings;
			self.watched.insert(part.who);
		}
		let treasury = ratio(to_treasury);
		assert!(
			treasury >= rest && treasury <= &rest + ratio(roundings),
			"settlement of {inference}: the treasury got {to_treasury}, its exact part is {rest} \
			 (+ at most {roundings} planck of rounding)"
		);
	}

	/// What every account has earned on chain and not claimed: credited, and claimable from
	/// each pool it is a member of (an account with no membership has nothing in any pool).
	fn unclaimed() -> BTreeMap<AccountId, u128> {
		let mut unclaimed: BTreeMap<AccountId, u128> = pallet_rewards::Accounts::<Runtime>::iter()
			.filter(|(_, account)| account.credits > 0)
			.map(|(who, account)| (who, account.credits))
			.collect();
		for (datanet, who) in pallet_rewards::PoolMembers::<Runtime>::iter_keys() {
			let pool = pallet_rewards::Pallet::<Runtime>::pool_rewards(datanet, &who);
			*unclaimed.entry(who).or_default() += pool;
		}
		unclaimed
	}

	/// Take the chain's figures as the expectation of every account from now on. What an
	/// account's pool entries hold below a planck is not visible: it may surface later, so the
	/// expectation is set that much above the chain's figure, and the tolerance with it.
	fn rebase(&mut self) {
		let unclaimed = Self::unclaimed();
		for who in self.accounts(&unclaimed) {
			let claimed = self.claimed.get(&who).copied().unwrap_or_default();
			let entries: u64 = pallet_rewards::PoolMembers::<Runtime>::iter_keys()
				.filter(|(_, member)| *member == who)
				.map(|(datanet, _)| {
					1 + pallet_rewards::MemberEpochs::<Runtime>::get(datanet, &who).len() as u64
				})
				.sum();
			let earned = unclaimed.get(&who).copied().unwrap_or_default() + claimed;
			self.expected.insert(who.clone(), ratio(earned + u128::from(entries)));
			self.tolerance.insert(who, entries);
		}
	}

	/// Everyone the oracle follows: the watched accounts and whoever holds credits or pool
	/// rewards on chain.
	fn accounts(&self, unclaimed: &BTreeMap<AccountId, u128>) -> BTreeSet<AccountId> {
		let mut all = self.watched.clone();
		all.extend(unclaimed.keys().cloned());
		all
	}

	/// Every account's earnings on chain are within its tolerance below the model's.
	pub fn check_all(&mut self) {
		let unclaimed = Self::unclaimed();
		for who in self.accounts(&unclaimed) {
			let claimed = self.claimed.get(&who).copied().unwrap_or_default();
			let earned = ratio(unclaimed.get(&who).copied().unwrap_or_default() + claimed);
			let expected = self.expected.get(&who).cloned().unwrap_or_else(BigRational::zero);
			let tolerance = self.tolerance.get(&who).copied().unwrap_or_default();
			let short = &expected - &earned;
			assert!(
				!short.is_negative(),
				"{who} earned {earned} planck, more than the exact {expected}"
			);
			assert!(
				short <= ratio(tolerance),
				"{who} earned {earned} planck, {} short of the exact {expected} (tolerance {tolerance})",
				short.to_f64().unwrap_or(f64::NAN)
			);
		}
	}
}

/// The exact parts of one settlement, the treasury's left out.
fn split(
	model: ModelId,
	fee: u128,
	terms: &pallet_rewards::SplitPolicy,
	answered: &Answered,
	contributors: &BTreeMap<ContributionId, AccountId>,
) -> Vec<Part> {
	let members = |datanet, version| members(datanet, version, contributors);
	let fee = ratio(fee);
	let info = pallet_models::Models::<Runtime>::get(model).expect("a settled model exists");
	let mut parts = vec![Part {
		who: answered.provider.clone(),
		amount: &fee * perbill(terms.provider),
		roundings: 1,
	}];

	// Model side, up the lineage.
	let mut reaching = &fee * perbill(terms.model);
	let mut keeper = info.owner.clone();
	for link in info.lineage.iter() {
		let passed = &reaching * perbill(link.royalty);
		parts.push(Part { who: keeper, amount: &reaching - &passed, roundings: 1 });
		keeper = pallet_models::Models::<Runtime>::get(link.model)
			.expect("a settled model's ancestors exist")
			.owner;
		reaching = passed;
	}
	parts.push(Part { who: keeper, amount: reaching, roundings: 1 });

	// Data side.
	let data = &fee * perbill(terms.data);
	let scores = &answered.scores;
	let mut claimed = scores.reserved.clone();
	if !scores.reserved.is_zero() {
		parts.push(Part {
			who: pallet_batches::Pallet::<Runtime>::account_id(),
			amount: &data * &scores.reserved,
			roundings: 1,
		});
	}
	for (contribution, score) in scores.contributions.iter() {
		let Some(c) = pallet_datanets::Contributions::<Runtime>::get(contribution) else {
			continue;
		};
		if c.status != ContributionStatus::Accepted {
			continue;
		}
		claimed += score;
		parts.push(Part { who: c.contributor, amount: &data * score, roundings: 1 });
	}
	let cited = cited_versions(&info);
	// A version older than its datanet's window of citable versions is retired: its pool part
	// stays with the treasury.
	let retired = |datanet: DatanetId, version: VersionNumber| {
		use openledger_primitives::DatanetsInspect;
		version
			< <pallet_datanets::Pallet<Runtime> as DatanetsInspect<AccountId>>::oldest_citable(
				datanet,
			)
	};
	let mut pools: Vec<(DatanetId, VersionNumber, BigRational)> = Vec::new();
	for (datanet, score) in scores.datanets.iter() {
		let Some(&version) = cited.get(datanet) else { continue };
		if retired(*datanet, version) || members(*datanet, version).is_empty() {
			continue;
		}
		claimed += score;
		pools.push((*datanet, version, &data * score));
	}
	let rest = &data * (BigRational::one() - claimed);
	let whole: u64 = info.training.iter().map(|s| u64::from(s.share.deconstruct())).sum();
	for source in info.training.iter() {
		let Some(&version) = cited.get(&source.datanet) else { continue };
		if source.share.is_zero()
			|| retired(source.datanet, version)
			|| members(source.datanet, version).is_empty()
		{
			continue;
		}
		let share = BigRational::new(source.share.deconstruct().into(), whole.into());
		pools.push((source.datanet, version, &rest * share));
	}
	for (datanet, version, amount) in pools {
		let members = members(datanet, version);
		let total: u64 = members.values().map(|(weight, _)| weight).sum();
		for (who, (weight, changes)) in members {
			let share = BigRational::new(weight.into(), total.into());
			// The pool's part is rounded, then the member's reward (at most once per change).
			parts.push(Part { who, amount: &amount * share, roundings: 1 + changes });
		}
	}
	parts
}

/// Per datanet, the latest version that the model or one of its ancestors cites.
fn cited_versions(info: &pallet_models::ModelInfo<Runtime>) -> BTreeMap<DatanetId, VersionNumber> {
	let mut cited = BTreeMap::new();
	let mut cite = |training: &[openledger_primitives::TrainingSource]| {
		for source in training {
			let version = cited.entry(source.datanet).or_insert(source.version);
			*version = (*version).max(source.version);
		}
	};
	cite(&info.training);
	for link in info.lineage.iter() {
		if let Some(ancestor) = pallet_models::Models::<Runtime>::get(link.model) {
			cite(&ancestor.training);
		}
	}
	cited
}

/// The contributors of `version` of `datanet` by the weights it committed to: its log
/// replayed up to the version's length (accepted and regraded contributions at their weight,
/// dropped ones gone), whatever changed since. Each contributor's weight in it, and how many
/// log entries of theirs led there.
fn members(
	datanet: DatanetId,
	version: VersionNumber,
	contributors: &BTreeMap<ContributionId, AccountId>,
) -> BTreeMap<AccountId, (u64, u64)> {
	let Some(info) = pallet_datanets::Versions::<Runtime>::get(datanet, version) else {
		return BTreeMap::new();
	};
	let mut weights: BTreeMap<ContributionId, u32> = BTreeMap::new();
	let mut changes: BTreeMap<ContributionId, u64> = BTreeMap::new();
	for position in 0..info.log_len {
		let entry = pallet_datanets::Log::<Runtime>::get(datanet, position)
			.expect("a version's log entries are stored");
		*changes.entry(entry.contribution).or_default() += 1;
		match entry.op {
			LogOp::Add | LogOp::Regrade => weights.insert(entry.contribution, entry.weight),
			LogOp::Drop => weights.remove(&entry.contribution),
		};
	}
	let mut members: BTreeMap<AccountId, (u64, u64)> = BTreeMap::new();
	for (contribution, weight) in weights {
		let who = contributors
			.get(&contribution)
			.cloned()
			.expect("the oracle saw every contribution submitted");
		let member = members.entry(who).or_default();
		member.0 += u64::from(weight);
		member.1 += changes.get(&contribution).copied().unwrap_or_default();
	}
	members
}
