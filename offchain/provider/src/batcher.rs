//! The epoch batcher: with each finalized block, it moves every epoch's batch one step along
//! the chain's path. An epoch over: close it to new calls, plan its batch from the call log
//! (`openledger_formulas::plan`) and submit it. Its audit seed known: reveal the sampled
//! records with their paths in the tree of calls and in their payers' trees of receipts. Its
//! reveal window over: settle it.
//! Every step is read back from the chain first, so a restart or a step someone else took
//! (anyone may settle) is picked up where it stands.

use crate::{batched::Batched, calls::BatchStage, provider::Provider};
use anyhow::{bail, Context};
use openledger_formulas::plan::{self, BatchPlan};
use openledger_sdk::{
	batched::{self, BatchedAnswer, Sig, TailProof},
	chain::runtime,
};
use runtime::runtime_types::{
	bounded_collections::bounded_vec::BoundedVec,
	openledger_primitives::types::BatchScores,
	pallet_batches::types::{BatchStatus, CallRecord, PayerClaim, RecordReveal},
	sp_runtime::MultiSignature,
};
use std::{collections::HashMap, sync::Arc};
use subxt::utils::H256;
use tokio::sync::Mutex;

/// A batch's plan and each payer's signature of its last receipt: what submission, the
/// audit's reveals (paths in the payers' trees of receipts, in the plan) and tail proofs need
/// (not the calls' outputs).
pub struct Planned {
	/// The plan.
	pub plan: BatchPlan<[u8; 32]>,
	/// Each payer's last receipt's signature, in the order of the plan's payers: it vouches
	/// for all of the payer's calls through the root it signs.
	pub last_signatures: Vec<Sig>,
}

/// Plans by model and epoch, made once; a void or missed batch's is dropped.
#[derive(Default)]
pub struct Plans(Mutex<HashMap<(u32, u32), Arc<Planned>>>);

/// Plans the batch of `model`'s `epoch` from the log; checks that every payer's calls run
/// 1, 2, … with the fees its receipts state (the records the chain will check).
fn make_plan(batched: &Batched, model: u32, epoch: u32) -> anyhow::Result<Planned> {
	let calls = batched.log.calls(model, epoch)?;
	let served: Vec<_> = calls.iter().map(BatchedAnswer::served).collect();
	let plan = plan::plan(&served, batched.params.direct).context("a weight overflows")?;
	for (record, call) in plan.records.iter().zip(&calls) {
		if record.sequence != call.receipt.sequence
			|| record.cumulative_fee != call.receipt.cumulative_fee
		{
			bail!(
				"the log of model {model}, epoch {epoch} has a gap: payer {} call {} does not follow its previous receipt",
				call.receipt.payer,
				call.receipt.sequence
			);
		}
	}
	// Each payer's last receipt signs the root of the tree the plan rebuilt from the log.
	let mut last_signatures = Vec::with_capacity(plan.payers.len());
	for totals in &plan.payers {
		let last = calls
			.iter()
			.rfind(|call| call.receipt.payer.0 == totals.payer)
			.context("a payer without calls")?;
		if last.receipt.receipts_root.0 != totals.receipts_root {
			bail!(
				"the log of model {model}, epoch {epoch}: payer {}'s last receipt signs another tree of receipts than its calls make",
				last.receipt.payer
			);
		}
		last_signatures.push(last.receipt.signature);
	}
	Ok(Planned { plan, last_signatures })
}

impl Provider {
	/// The plan of `model`'s `epoch`, made once.
	async fn planned(&self, model: u32, epoch: u32) -> anyhow::Result<Arc<Planned>> {
		let batched = &self.batched;
		let mut plans = self.plans.0.lock().await;
		if let Some(planned) = plans.get(&(model, epoch)) {
			return Ok(planned.clone());
		}
		let planned = Arc::new(make_plan(batched, model, epoch)?);
		plans.insert((model, epoch), planned.clone());
		Ok(planned)
	}

	/// Moves every batch one step, as of finalized block `block`.
	pub async fn step_batches(&self, block: u64) -> anyhow::Result<()> {
		let batched = &self.batched;
		let current = batched.params.epoch_of(block);
		let due = batched.ledger.lock().await.due(current);
		for (model, epoch) in due {
			batched.ledger.lock().await.close(model, epoch);
			// A failure is tried again with the next block, as long as the window is open.
			let stage = match self.submit_batch(batched, model, epoch, block).await {
				Ok(Some(batch)) => BatchStage::Submitted { batch },
				Ok(None) => {
					tracing::error!(
						model,
						epoch,
						"batch not submitted: its submission window is over"
					);
					BatchStage::Missed
				}
				Err(e) => {
					tracing::warn!(model, epoch, "batch not submitted yet: {e:#}");
					continue;
				}
			};
			batched.log.set_stage(model, epoch, stage)?;
			batched.ledger.lock().await.finish(model, epoch);
			if stage == BatchStage::Missed {
				self.plans.0.lock().await.remove(&(model, epoch));
			}
		}
		for (model, epoch) in batched.log.epochs()? {
			let stage = batched.log.stage(model, epoch)?;
			// One batch's failure (tried again with the next block) holds up no other.
			let moved = match stage {
				Some(BatchStage::Submitted { batch }) => {
					self.reveal_or_settle(model, epoch, batch, block).await
				}
				Some(BatchStage::Revealed { batch }) => self.settle(batch, block).await,
				_ => Ok(None),
			};
			match moved {
				Ok(Some(next)) => {
					tracing::info!(model, epoch, ?next, "batch moved");
					batched.log.set_stage(model, epoch, next)?;
					if matches!(next, BatchStage::Void { .. }) {
						self.plans.0.lock().await.remove(&(model, epoch));
					}
				}
				Ok(None) => {}
				Err(e) => tracing::warn!(model, epoch, ?stage, "batch not moved yet: {e:#}"),
			}
		}
		Ok(())
	}

	/// Submits the batch of `model`'s `epoch` (or finds it on chain); returns its id, or
	/// `None` when its submission window is over.
	async fn submit_batch(
		&self,
		batched: &Batched,
		model: u32,
		epoch: u32,
		block: u64,
	) -> anyhow::Result<Option<u64>> {
		let client = self.client.read().await.clone();
		let at = client.at_current_block().await?;
		let key = (self.account, model, epoch);
		if let Some(id) =
			at.storage().try_fetch(runtime::storage().batches().batch_of(), key).await?
		{
			return Ok(Some(id.decode()?));
		}
		let window_end = u64::from(epoch)
			.saturating_add(1)
			.saturating_mul(batched.params.epoch_length)
			.saturating_add(batched.params.submit_window);
		if block >= window_end {
			return Ok(None);
		}
		let planned = self.planned(model, epoch).await?;
		let plan = &planned.plan;
		// Each payer's claim is its last receipt: its totals, signed.
		let claims = plan
			.payers
			.iter()
			.zip(&planned.last_signatures)
			.map(|(totals, signature)| PayerClaim {
				payer: subxt::utils::AccountId32(totals.payer),
				sequence: totals.calls,
				cumulative_fee: totals.cumulative_fee,
				request_hash: H256(totals.last_request),
				receipts_root: H256(totals.receipts_root),
				signature: MultiSignature::Sr25519(signature.0),
			})
			.collect::<Vec<_>>();
		let scores = BatchScores {
			contributions: BoundedVec(plan.direct.clone()),
			datanets: BoundedVec(plan.datanets.clone()),
			tail: plan.tail_weight,
		};
		let call = runtime::transactions().batches().submit_batch(
			model,
			epoch,
			BoundedVec(claims),
			H256(plan.calls_root),
			scores,
			H256(plan.tail_root),
			u32::try_from(plan.tail.len())?,
		);
		let events = self.send(&call).await.context("submitting the batch")?;
		let submitted = events
			.find_first::<runtime::batches::events::BatchSubmitted>()
			.context("no BatchSubmitted event")??;
		tracing::info!(
			batch = submitted.batch,
			model,
			epoch,
			calls = submitted.calls,
			fees = %submitted.fees,
			seed_at = submitted.seed_at,
			"batch submitted"
		);
		Ok(Some(submitted.batch))
	}

	/// Moves a submitted batch on: once its dispute window is over and no dispute of it is
	/// open, settles it with its audit's samples revealed in the same call. While a dispute is
	/// open (its verdict may come after the samples are due) reveals them alone, to settle
	/// after the verdict. The batch's next stage if it moved.
	async fn reveal_or_settle(
		&self,
		model: u32,
		epoch: u32,
		id: u64,
		block: u64,
	) -> anyhow::Result<Option<BatchStage>> {
		let client = self.client.read().await.clone();
		let batch = batched::stored_batch(&client, id).await?;
		let (reveal_by, revealed) = match batch.as_ref().map(|b| &b.status) {
			Some(BatchStatus::Audit { reveal_by, revealed, .. }) => (*reveal_by, *revealed),
			Some(BatchStatus::Settled { .. }) | None => {
				return Ok(Some(BatchStage::Settled { batch: id }))
			}
			Some(BatchStatus::Void { .. }) => return Ok(Some(BatchStage::Void { batch: id })),
		};
		if revealed != 0 {
			return Ok(Some(BatchStage::Revealed { batch: id }));
		}
		let Some(batch) = batch else { return Ok(None) };
		let disputed = batched::open_disputes(&client, id).await? > 0;
		let settleable = block > self.dispute_deadline(reveal_by);
		if !disputed && !settleable {
			return Ok(None);
		}
		let Some(positions) = batched::audit_positions(&client, id, &batch).await? else {
			return Ok(None);
		};
		let reveals = self.reveals(model, epoch, &positions).await?;
		let count = reveals.len();
		if disputed {
			let call = runtime::transactions().batches().reveal_records(id, BoundedVec(reveals));
			self.send(&call).await.context("revealing the audit's samples")?;
			tracing::info!(batch = id, samples = count, "audit samples revealed (under dispute)");
			return Ok(Some(BatchStage::Revealed { batch: id }));
		}
		let call = runtime::transactions().batches().settle_batch(id, BoundedVec(reveals));
		let events = self.send(&call).await.context("settling with the audit's samples")?;
		tracing::info!(batch = id, samples = count, "audit samples revealed");
		Ok(Some(Self::settled_or_void(id, &events)?))
	}

	/// The last block a batch whose samples are due by `reveal_by` may be disputed in.
	fn dispute_deadline(&self, reveal_by: u32) -> u64 {
		u64::from(reveal_by).saturating_sub(self.batched.params.reveal_window)
	}

	/// The honest reveal of each sampled position of the batch of `model`'s `epoch`.
	async fn reveals(
		&self,
		model: u32,
		epoch: u32,
		positions: &[u64],
	) -> anyhow::Result<Vec<RecordReveal>> {
		let planned = self.planned(model, epoch).await?;
		positions
			.iter()
			.enumerate()
			.map(|(sample, position)| {
				let index = usize::try_from(*position)?;
				let record = planned.plan.records.get(index).context("a sample past the calls")?;
				let proof = planned.plan.record_proof(index).context("no proof")?;
				let receipt_proof =
					planned.plan.receipt_proof(index).context("no receipt proof")?;
				Ok(RecordReveal {
					sample: u32::try_from(sample)?,
					record: CallRecord {
						payer_index: record.payer_index,
						sequence: record.sequence,
						cumulative_fee: record.cumulative_fee,
						request_hash: H256(record.request_hash),
						output_hash: H256(record.output_hash),
						attribution_hash: H256(record.attribution_hash),
					},
					proof: BoundedVec(proof.into_iter().map(H256).collect()),
					receipt_proof: BoundedVec(receipt_proof.into_iter().map(H256).collect()),
				})
			})
			.collect()
	}

	/// Settles a batch whose samples were revealed on their own, once its dispute window is
	/// over and no dispute of it is open; its next stage if it moved.
	async fn settle(&self, id: u64, block: u64) -> anyhow::Result<Option<BatchStage>> {
		let client = self.client.read().await.clone();
		let batch = batched::stored_batch(&client, id).await?;
		match batch.map(|b| b.status) {
			Some(BatchStatus::Audit { reveal_by, .. })
				if block > self.dispute_deadline(reveal_by) =>
			{
				if batched::open_disputes(&client, id).await? > 0 {
					tracing::info!(batch = id, "batch under dispute: settles after the verdict");
					return Ok(None);
				}
			}
			Some(BatchStatus::Audit { .. }) => return Ok(None),
			Some(BatchStatus::Settled { .. }) | None => {
				return Ok(Some(BatchStage::Settled { batch: id }))
			}
			Some(BatchStatus::Void { .. }) => return Ok(Some(BatchStage::Void { batch: id })),
		}
		let events = self
			.send(&runtime::transactions().batches().settle_batch(id, BoundedVec(Vec::new())))
			.await
			.context("settling")?;
		Ok(Some(Self::settled_or_void(id, &events)?))
	}

	/// What a settlement's events say became of batch `id`.
	fn settled_or_void(
		id: u64,
		events: &subxt::extrinsics::ExtrinsicEvents<openledger_sdk::chain::ChainConfig>,
	) -> anyhow::Result<BatchStage> {
		if let Some(voided) = events.find_first::<runtime::batches::events::BatchVoided>() {
			let voided = voided?;
			tracing::error!(batch = id, missing = voided.missing, "batch void");
			return Ok(BatchStage::Void { batch: id });
		}
		tracing::info!(batch = id, "batch settled");
		Ok(BatchStage::Settled { batch: id })
	}

	/// The published records of this provider's batch `id`: every call's leaf fields and
	/// attribution from the log (not its output), for anyone to check the batch against.
	/// `None` when the batch is not this provider's.
	///
	/// # Errors
	/// When the chain or the log cannot be read.
	pub async fn records(&self, id: u64) -> anyhow::Result<Option<batched::BatchRecords>> {
		let client = self.client.read().await.clone();
		let Some(batch) = batched::stored_batch(&client, id).await? else {
			return Ok(None);
		};
		if batch.provider != self.account {
			return Ok(None);
		}
		let calls = self.batched.log.calls(batch.model, batch.epoch)?;
		let records = calls.iter().map(batched::PublishedRecord::from).collect();
		Ok(Some(batched::BatchRecords { batch: id, records }))
	}

	/// The proof of `contribution`'s leaf in the tail of batch `id`.
	///
	/// # Errors
	/// When the batch is not this provider's, or the contribution not in its tail.
	pub async fn tail_proof(
		&self,
		id: u64,
		contribution: u64,
	) -> anyhow::Result<Option<TailProof>> {
		let client = self.client.read().await.clone();
		let Some(batch) = batched::stored_batch(&client, id).await? else {
			return Ok(None);
		};
		if batch.provider != self.account {
			return Ok(None);
		}
		let planned = self.planned(batch.model, batch.epoch).await?;
		Ok(planned.plan.tail_proof(contribution).map(|(position, weight, proof)| TailProof {
			batch: id,
			contribution,
			position: u32::try_from(position).unwrap_or(u32::MAX),
			weight,
			proof: proof.into_iter().map(H256).collect(),
		}))
	}
}

/// Steps the batches with every finalized block until `shutdown` fires.
pub async fn run(provider: Arc<Provider>, mut shutdown: tokio::sync::watch::Receiver<bool>) {
	let mut finalized = provider.finalized.subscribe();
	loop {
		tokio::select! {
			changed = finalized.changed() => {
				if changed.is_err() {
					return;
				}
				let block = *finalized.borrow_and_update();
				if let Err(e) = provider.step_batches(block).await {
					tracing::warn!("batches: {e:#}");
				}
			}
			_ = shutdown.changed() => return,
		}
	}
}
