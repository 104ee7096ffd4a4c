//! Answering batched calls: a prompt with the payer's signed receipt, checked against the
//! payer's last receipt and its escrow on chain, answered with the output, its attribution and
//! the provider's signed acknowledgement, and logged for the epoch's batch before it is
//! returned.

use crate::{calls::CallLog, provider::Provider};
use anyhow::Context;
use openledger_sdk::{
	batched::{self, BatchedAnswer, BatchedRequest, Receipt, ReceiptTree, Sig},
	chain::{runtime, AccountId, Client},
	content::hex_hash,
	engine::blake2_256,
};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use subxt::utils::H256;
use tokio::sync::Mutex;

/// Why a batched call was not answered; each maps to an HTTP status.
#[derive(Debug, thiserror::Error)]
pub enum BatchedRefusal {
	/// The receipt names another provider.
	#[error("the receipt is for provider {0}, not this one")]
	NotOurs(AccountId),
	/// The model is not served (or could not be loaded).
	#[error("model {0} is not served here{1}")]
	ModelNotServed(u32, String),
	/// The prompt does not hash to the receipt's request hash, or the receipt is not signed.
	#[error("{0}")]
	BadReceipt(String),
	/// The receipt's epoch is not the current one (or its batch is closed).
	#[error("the receipt is for epoch {found}; calls are taken for epoch {current} now")]
	WrongEpoch {
		/// The receipt's epoch.
		found: u32,
		/// The current epoch.
		current: u32,
	},
	/// The sequence does not follow the payer's last receipt, or another receipt holds it.
	#[error("the receipt has sequence {found}; the next of this payer is {expected}")]
	WrongSequence {
		/// The receipt's sequence.
		found: u64,
		/// The next sequence.
		expected: u64,
	},
	/// The fee added is below the model's price, or the escrow does not cover the total.
	#[error("{0}")]
	Payment(String),
	/// The epoch's batch has no room for another payer or call.
	#[error("{0}")]
	Full(String),
	/// Something failed on our side or the chain's.
	#[error("{0:#}")]
	Internal(#[from] anyhow::Error),
}

/// The chain's batching parameters, read once at start.
#[derive(Clone, Copy, Debug)]
pub struct BatchParams {
	/// The chain's genesis hash (receipts name it).
	pub genesis: [u8; 32],
	/// Blocks per epoch.
	pub epoch_length: u64,
	/// Blocks after an epoch's end in which its batch may be submitted.
	pub submit_window: u64,
	/// Most payers in one batch.
	pub max_payers: usize,
	/// Most calls in one batch (`2^MaxProofLength`).
	pub max_calls: u64,
	/// Contributions paid directly by a batch (the rest is the tail).
	pub direct: usize,
	/// Blocks before a batch's samples are due (`reveal_by`) from which it may settle, its
	/// dispute window over: the reveal window.
	pub reveal_window: u64,
}

impl BatchParams {
	/// Reads them from the chain.
	///
	/// # Errors
	/// When the chain cannot be read.
	pub async fn read(client: &Client) -> anyhow::Result<Self> {
		let at = client.at_current_block().await?;
		let constants = at.constants();
		let batches = runtime::constants().batches();
		let proof = constants.entry(batches.max_proof_length())?;
		Ok(Self {
			genesis: client.genesis_hash().0,
			epoch_length: u64::from(constants.entry(batches.epoch_length())?),
			submit_window: u64::from(constants.entry(batches.submit_window())?),
			reveal_window: u64::from(constants.entry(batches.reveal_window())?),
			max_payers: usize::try_from(constants.entry(batches.max_payers())?)?,
			max_calls: 1u64.checked_shl(proof).unwrap_or(u64::MAX),
			direct: usize::try_from(
				constants.entry(runtime::constants().rewards().max_attributed_contributions())?,
			)?,
		})
	}

	/// The epoch of block `block`.
	pub fn epoch_of(&self, block: u64) -> u32 {
		openledger_formulas::batch::epoch_of(block, self.epoch_length)
	}
}

/// A payer's last receipt in an epoch: its sequence number, cumulative fee and tree of
/// receipts.
#[derive(Clone, Default)]
pub struct Last {
	/// Its calls.
	pub sequence: u64,
	/// What they pay.
	pub cumulative_fee: u128,
	/// Its tree of receipts, as peaks.
	pub tree: ReceiptTree,
}

/// Each payer's last receipt in an epoch, by account.
type LastReceipts = BTreeMap<[u8; 32], Last>;

/// Each open epoch's payers (their last receipt) and which epochs are closed to new calls:
/// what the endpoint checks a receipt against, rebuilt from the call log at start.
#[derive(Default)]
pub struct Ledger {
	/// `(model, epoch) → payer →` its last receipt.
	last: BTreeMap<(u32, u32), LastReceipts>,
	/// Epochs whose batch is being made or was: no call joins them any more.
	closed: BTreeSet<(u32, u32)>,
	/// Epochs whose fees the chain counts (submitted, settled) or never will (void, missed):
	/// their receipts no longer weigh on the payers' escrows here.
	done: BTreeSet<(u32, u32)>,
}

impl Ledger {
	/// The ledger of everything in `log`.
	///
	/// # Errors
	/// When the log cannot be read.
	pub fn load(log: &CallLog) -> anyhow::Result<Self> {
		let mut ledger = Self::default();
		for (model, epoch) in log.epochs()? {
			for call in log.calls(model, epoch)? {
				ledger.record(&call.receipt);
			}
			if log.stage(model, epoch)?.is_some() {
				ledger.closed.insert((model, epoch));
				ledger.done.insert((model, epoch));
			}
		}
		Ok(ledger)
	}

	/// Count `receipt`, the next of its payer's (the log and the checks keep them in order).
	fn record(&mut self, receipt: &Receipt) {
		let payers = self.last.entry((receipt.model, receipt.epoch)).or_default();
		let entry = payers.entry(receipt.payer.0).or_default();
		if receipt.sequence == entry.sequence.saturating_add(1) {
			entry.sequence = receipt.sequence;
			entry.cumulative_fee = receipt.cumulative_fee;
			entry.tree.push(&receipt.leaf());
		}
	}

	/// `payer`'s last receipt in `model`'s `epoch` (all zero before its first).
	pub fn last(&self, model: u32, epoch: u32, payer: &[u8; 32]) -> Last {
		self.last.get(&(model, epoch)).and_then(|p| p.get(payer)).cloned().unwrap_or_default()
	}

	/// What `payer` owes by receipts the chain does not count yet, outside `model`'s `epoch`.
	fn outstanding_elsewhere(&self, payer: &[u8; 32], model: u32, epoch: u32) -> u128 {
		self.last
			.iter()
			.filter(|(key, _)| **key != (model, epoch) && !self.done.contains(key))
			.filter_map(|(_, payers)| payers.get(payer))
			.fold(0u128, |sum, last| sum.saturating_add(last.cumulative_fee))
	}

	/// Epochs before `current` with calls and no batch on chain yet.
	pub fn due(&self, current: u32) -> Vec<(u32, u32)> {
		self.last
			.keys()
			.filter(|(_, e)| *e < current)
			.filter(|k| !self.done.contains(k))
			.copied()
			.collect()
	}

	/// Closes `model`'s `epoch` to new calls.
	pub fn close(&mut self, model: u32, epoch: u32) {
		self.closed.insert((model, epoch));
	}

	/// Marks `model`'s `epoch` as counted by the chain (or never to be).
	pub fn finish(&mut self, model: u32, epoch: u32) {
		self.closed.insert((model, epoch));
		self.done.insert((model, epoch));
	}
}

/// The batched side of the daemon.
pub struct Batched {
	/// The chain's batching parameters.
	pub params: BatchParams,
	/// The call log.
	pub log: CallLog,
	/// Last receipts and closed epochs.
	pub ledger: Mutex<Ledger>,
	/// One lock per payer: a payer's receipts are taken one at a time.
	payers: crate::locks::KeyedLocks<[u8; 32]>,
	/// The chain at the latest finalized block, as the checks read it.
	pub snapshot: Mutex<Option<crate::snapshot::Snapshot>>,
}

impl Batched {
	/// The batched side over `log`, rebuilt from it.
	///
	/// # Errors
	/// When the log cannot be read.
	pub fn new(params: BatchParams, log: CallLog) -> anyhow::Result<Self> {
		let ledger = Ledger::load(&log)?;
		Ok(Self {
			params,
			log,
			ledger: Mutex::new(ledger),
			payers: crate::locks::KeyedLocks::default(),
			snapshot: Mutex::default(),
		})
	}
}

impl Provider {
	/// Answers a batched call: checks its receipt (signature, prompt, epoch, sequence, fee,
	/// escrow), generates and attributes, signs the acknowledgement, logs the call, and
	/// returns it. A receipt posted again returns the logged answer.
	///
	/// # Errors
	/// A [`BatchedRefusal`].
	pub async fn answer_batched(
		&self,
		request: BatchedRequest,
	) -> Result<BatchedAnswer, BatchedRefusal> {
		let batched = &self.batched;
		let receipt = &request.receipt;
		if receipt.provider != self.account {
			return Err(BatchedRefusal::NotOurs(receipt.provider));
		}
		let Some(model) = self.models.get(&receipt.model).cloned() else {
			let reason =
				self.unavailable.get(&receipt.model).map(|r| format!(": {r}")).unwrap_or_default();
			return Err(BatchedRefusal::ModelNotServed(receipt.model, reason));
		};
		let found = batched::request_hash(&request.prompt);
		if found != receipt.request_hash.0 {
			return Err(BatchedRefusal::BadReceipt(format!(
				"the prompt hashes to {}; the receipt signs request {}",
				hex_hash(&found),
				hex_hash(&receipt.request_hash.0)
			)));
		}
		if !receipt.is_signed(&batched.params.genesis) {
			return Err(BatchedRefusal::BadReceipt(
				"the receipt is not signed by its payer for this chain".into(),
			));
		}
		let work = self.answer_batched_locked(batched, model, &request);
		batched.payers.run(receipt.payer.0, work).await
	}

	/// [`Self::answer_batched`] under the payer's lock, its receipt's signature checked.
	async fn answer_batched_locked(
		&self,
		batched: &Batched,
		model: Arc<openledger_sdk::reference::ReferenceModel>,
		request: &BatchedRequest,
	) -> Result<BatchedAnswer, BatchedRefusal> {
		let receipt = &request.receipt;
		let started = std::time::Instant::now();
		let logged =
			batched.log.get(receipt.model, receipt.epoch, &receipt.payer.0, receipt.sequence)?;
		if let Some(logged) = logged {
			if logged.receipt == *receipt {
				return Ok(logged);
			}
		}
		let fee = self.check_terms(batched, receipt).await?;
		let checked = started.elapsed();
		let (prompt, max_tokens) = (request.prompt.clone(), self.max_tokens);
		let (seed, input_hash) = (receipt.sequence, receipt.request_hash.0);
		let (output, report) = tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
			let output = model.answer(seed, &input_hash, &prompt, max_tokens)?;
			let report = model.attribute(Some(&prompt), &output.text)?;
			Ok((output.text, report))
		})
		.await
		.context("generation task")??;
		let mut answer = BatchedAnswer {
			receipt: receipt.clone(),
			fee,
			output_hash: H256(blake2_256(output.as_bytes())),
			output,
			attribution_hash: H256(batched::attribution_hash(&report.attribution)),
			attribution: report.attribution,
			output_tokens: report.output_tokens,
			covered_tokens: report.covered_tokens,
			ack: Sig([0; 64]),
		};
		answer.acknowledge(&self.signer, &batched.params.genesis);
		let answered_in = started.elapsed();
		// Logged before it leaves: an answer given is a call the batch claims. The epoch may
		// have closed while the answer was made; then it is not given (nor charged).
		let mut ledger = batched.ledger.lock().await;
		if ledger.closed.contains(&(receipt.model, receipt.epoch)) {
			let current = self.current_epoch().await?;
			return Err(BatchedRefusal::WrongEpoch { found: receipt.epoch, current });
		}
		batched.log.put(&answer)?;
		ledger.record(receipt);
		drop(ledger);
		tracing::info!(
			payer = %receipt.payer,
			model = receipt.model,
			epoch = receipt.epoch,
			sequence = receipt.sequence,
			fee,
			contributions = answer.attribution.contributions.len(),
			// Where the time went: checks (signature, chain reads), then generation,
			// attribution and acknowledgement, then the log's fsync.
			checked_us = checked.as_micros(),
			answered_us = answered_in.saturating_sub(checked).as_micros(),
			logged_us = started.elapsed().saturating_sub(answered_in).as_micros(),
			"batched call answered"
		);
		Ok(answer)
	}

	/// The current epoch, by the latest finalized block.
	pub async fn current_epoch(&self) -> anyhow::Result<u32> {
		let batched = &self.batched;
		let block = self.client.read().await.at_current_block().await?.block_number();
		Ok(batched.params.epoch_of(block))
	}

	/// Checks the receipt's terms against the payer's last receipt and its escrow; returns the
	/// call's fee.
	async fn check_terms(
		&self,
		batched: &Batched,
		receipt: &Receipt,
	) -> Result<u128, BatchedRefusal> {
		// The chain as of the block the watcher saw last; a refusal a newer block may lift (an
		// escrow just opened or topped up, an epoch just begun) is checked again against the
		// latest.
		match self.check_terms_at(batched, receipt, false).await {
			Err(BatchedRefusal::Payment(_) | BatchedRefusal::WrongEpoch { .. }) => {
				self.check_terms_at(batched, receipt, true).await
			}
			checked => checked,
		}
	}

	/// [`Self::check_terms`] against the chain as [`Provider::chain_view`] reads it.
	async fn check_terms_at(
		&self,
		batched: &Batched,
		receipt: &Receipt,
		fresh: bool,
	) -> Result<u128, BatchedRefusal> {
		let view = self.chain_view(receipt.model, &receipt.payer.0, fresh).await?;
		let current = batched.params.epoch_of(view.block);
		let key = (receipt.model, receipt.epoch);
		let (last, outstanding, payers, calls) = {
			let ledger = batched.ledger.lock().await;
			if receipt.epoch != current || ledger.closed.contains(&key) {
				return Err(BatchedRefusal::WrongEpoch { found: receipt.epoch, current });
			}
			let epoch = ledger.last.get(&key);
			(
				ledger.last(receipt.model, receipt.epoch, &receipt.payer.0),
				ledger.outstanding_elsewhere(&receipt.payer.0, receipt.model, receipt.epoch),
				epoch.map_or(0, BTreeMap::len),
				epoch.map_or(0, |p| p.values().fold(0u64, |sum, l| sum.saturating_add(l.sequence))),
			)
		};
		let expected = last.sequence.saturating_add(1);
		if receipt.sequence != expected {
			return Err(BatchedRefusal::WrongSequence { found: receipt.sequence, expected });
		}
		// The root must be of the payer's calls so far and this one: the batch's audit proves
		// each call by a path to it.
		if receipt.receipts_root.0 != last.tree.next(&receipt.leaf()) {
			return Err(BatchedRefusal::BadReceipt(
				"the receipt's tree of receipts is not the payer's calls so far and this one"
					.into(),
			));
		}
		if last.sequence == 0 && payers >= batched.params.max_payers {
			return Err(BatchedRefusal::Full(format!(
				"this epoch's batch has its {payers} payers; call again next epoch"
			)));
		}
		if calls >= batched.params.max_calls {
			return Err(BatchedRefusal::Full(format!(
				"this epoch's batch has its {calls} calls; call again next epoch"
			)));
		}
		let price = view.price;
		let fee = receipt.cumulative_fee.saturating_sub(last.cumulative_fee);
		if fee < price {
			return Err(BatchedRefusal::Payment(format!(
				"the receipt adds {fee} to the payer's total {}; a call costs {price}",
				last.cumulative_fee
			)));
		}
		let Some(escrow) = view.escrow else {
			return Err(BatchedRefusal::Payment(format!(
				"{} has no escrow with this provider: open one (batches.openEscrow)",
				receipt.payer
			)));
		};
		if escrow.last_epoch.is_some_and(|last| last < receipt.epoch) {
			return Err(BatchedRefusal::Payment(
				"the payer's escrow is unlocking: receipts of this epoch would be void".into(),
			));
		}
		let available = escrow.available;
		let owed = outstanding.saturating_add(receipt.cumulative_fee);
		if owed > available {
			return Err(BatchedRefusal::Payment(format!(
				"the escrow holds {available} not yet claimed; the payer's receipts would owe {owed}: top it up"
			)));
		}
		Ok(fee)
	}

	/// The payer's last receipt on `model` in the current epoch, if it made calls in it, and
	/// its tree of receipts (from which it signs the next root).
	///
	/// # Errors
	/// When the chain or the log cannot be read.
	pub async fn last_receipt(
		&self,
		model: u32,
		payer: &AccountId,
	) -> anyhow::Result<(u32, Option<Receipt>, ReceiptTree)> {
		let batched = &self.batched;
		let epoch = self.current_epoch().await?;
		let last = batched.ledger.lock().await.last(model, epoch, &payer.0);
		if last.sequence == 0 {
			return Ok((epoch, None, ReceiptTree::default()));
		}
		let logged = batched.log.get(model, epoch, &payer.0, last.sequence)?;
		Ok((epoch, logged.map(|answer| answer.receipt), last.tree))
	}
}
