//! Answering requests: check them against the chain, generate, attribute, submit once.

use crate::state::{Answer, AnswerStore, Stage};
use anyhow::Context;
use openledger_sdk::{
	chain::{self, runtime, AccountId, Client},
	content::{hex_hash, ContentStore},
	engine::blake2_256,
	reference::ReferenceModel,
};
use runtime::runtime_types::pallet_inference::types::RequestStatus;
use std::{collections::BTreeMap, sync::Arc, time::Duration};
use subxt_signer::sr25519::Keypair;
use tokio::sync::{watch, Mutex, RwLock};

/// Fault injection for the crash tests: when this variable is set, the daemon exits right
/// after saving a prepared answer, before submitting it, as a crash there would.
pub const EXIT_AFTER_PREPARE: &str = "OPENLEDGER_PROVIDER_EXIT_AFTER_PREPARE";

/// Why a prompt was not answered; each maps to an HTTP status.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
	/// No such request on chain (yet).
	#[error("request {0} is not on chain (not yet finalized, or already ended)")]
	UnknownRequest(u64),
	/// Another provider was assigned.
	#[error("request {0} is assigned to another provider")]
	NotOurs(u64),
	/// This daemon does not serve the model.
	#[error("request {inference} is for model {model}, which this provider does not serve")]
	ModelNotServed {
		/// The request.
		inference: u64,
		/// Its model.
		model: u32,
	},
	/// This daemon serves the model but could not load it (its content is missing, say).
	#[error("request {inference} is for model {model}, unavailable here: {reason}")]
	ModelUnavailable {
		/// The request.
		inference: u64,
		/// Its model.
		model: u32,
		/// Why it could not be loaded.
		reason: String,
	},
	/// The prompt does not hash to the request's input hash.
	#[error("the prompt hashes to {found}; request {inference} was paid for input {expected}")]
	WrongPrompt {
		/// The request.
		inference: u64,
		/// The input hash on chain.
		expected: String,
		/// The prompt's hash.
		found: String,
	},
	/// Answered already, not by this daemon's saved state.
	#[error("request {0} was already answered")]
	AlreadyAnswered(u64),
	/// The prompt does not fit the model's manifest.
	#[error("request {inference}: {why}")]
	PromptTooLong {
		/// The request.
		inference: u64,
		/// Why.
		why: String,
	},
	/// Something failed on our side or the chain's.
	#[error("{0:#}")]
	Internal(#[from] anyhow::Error),
}

/// The daemon's shared state.
pub struct Provider {
	/// The chain client; replaced when the watcher reconnects.
	pub client: RwLock<Client>,
	/// The provider's key.
	pub signer: Keypair,
	/// Its account.
	pub account: AccountId,
	/// The models served, with their reference indexes.
	pub models: BTreeMap<u32, Arc<ReferenceModel>>,
	/// The models asked for that could not be loaded, with the reason.
	pub unavailable: BTreeMap<u32, String>,
	/// The content store, served to others by hash.
	pub store: ContentStore,
	/// Saved answers.
	pub answers: AnswerStore,
	/// Tokens generated per answer at most.
	pub max_tokens: usize,
	/// The latest finalized block number the watcher has seen.
	pub finalized: watch::Sender<u64>,
	/// One lock per request being answered, so two posts of one prompt make one answer; an
	/// entry goes when its last holder is done.
	locks: crate::locks::KeyedLocks<u64>,
	/// The next nonce of the provider's account (transactions go out concurrently).
	nonce: Mutex<Option<u64>>,
	/// Batched calls: their log, ledger and the chain's parameters.
	pub batched: crate::batched::Batched,
	/// Plans of the batches made, for reveals and tail proofs.
	pub plans: crate::batcher::Plans,
}

/// What a daemon serves: the models it loaded, those it could not, and its content.
pub struct Served {
	/// The models loaded, with their reference indexes.
	pub models: BTreeMap<u32, Arc<ReferenceModel>>,
	/// The models that could not be loaded, with the reason.
	pub unavailable: BTreeMap<u32, String>,
	/// The content store.
	pub store: ContentStore,
	/// Batched calls: their log, ledger and the chain's parameters.
	pub batched: crate::batched::Batched,
}

impl Provider {
	/// The daemon's state.
	pub fn new(
		client: Client,
		signer: Keypair,
		served: Served,
		answers: AnswerStore,
		max_tokens: usize,
	) -> Self {
		let account = signer.public_key().to_account_id();
		let Served { models, unavailable, store, batched } = served;
		Self {
			client: RwLock::new(client),
			signer,
			account,
			models,
			unavailable,
			store,
			answers,
			max_tokens,
			finalized: watch::channel(0).0,
			locks: crate::locks::KeyedLocks::default(),
			nonce: Mutex::new(None),
			batched,
			plans: crate::batcher::Plans::default(),
		}
	}

	async fn client(&self) -> Client {
		self.client.read().await.clone()
	}

	/// The open request `inference` at the latest finalized block.
	async fn request(
		&self,
		inference: u64,
	) -> anyhow::Result<Option<runtime::runtime_types::pallet_inference::types::Request>> {
		let client = self.client().await;
		let at = client.at_current_block().await?;
		let request =
			at.storage().try_fetch(runtime::storage().inference().requests(), (inference,)).await?;
		Ok(match request {
			Some(value) => Some(value.decode()?),
			None => None,
		})
	}

	/// Answers `prompt` for request `inference`: returns the saved answer when there is one,
	/// otherwise checks the request (waiting up to `wait` for it to be finalized), generates,
	/// attributes, saves, submits, and returns the answer.
	///
	/// # Errors
	/// A [`Refusal`].
	pub async fn answer(
		&self,
		inference: u64,
		prompt: &str,
		wait: Duration,
	) -> Result<Answer, Refusal> {
		self.locks.run(inference, self.answer_locked(inference, prompt, wait)).await
	}

	/// [`Self::answer`] under the request's lock.
	async fn answer_locked(
		&self,
		inference: u64,
		prompt: &str,
		wait: Duration,
	) -> Result<Answer, Refusal> {
		if let Some(answer) = self.answers.get(inference)? {
			return match answer.stage {
				Stage::Submitted => Ok(answer),
				Stage::Prepared => Ok(self.submit(answer).await?),
			};
		}
		let request = self.wait_for_request(inference, wait).await?;
		if request.provider != self.account {
			return Err(Refusal::NotOurs(inference));
		}
		let model = match self.models.get(&request.model) {
			Some(model) => model.clone(),
			None => {
				let model = request.model;
				return Err(match self.unavailable.get(&model) {
					Some(reason) => {
						Refusal::ModelUnavailable { inference, model, reason: reason.clone() }
					}
					None => Refusal::ModelNotServed { inference, model },
				});
			}
		};
		let found = blake2_256(prompt.as_bytes());
		if found != request.input_hash.0 {
			return Err(Refusal::WrongPrompt {
				inference,
				expected: hex_hash(&request.input_hash.0),
				found: hex_hash(&found),
			});
		}
		if !matches!(request.status, RequestStatus::Requested) {
			return Err(Refusal::AlreadyAnswered(inference));
		}
		let (prompt, max_tokens, input_hash) = (prompt.to_string(), self.max_tokens, found);
		let payer = request.user.to_string();
		let answer = tokio::task::spawn_blocking(move || -> anyhow::Result<Answer> {
			let output = model.answer(inference, &input_hash, &prompt, max_tokens)?;
			let report = model.attribute(Some(&prompt), &output.text)?;
			Ok(Answer {
				inference,
				model: model.model,
				output_hash: hex_hash(&blake2_256(output.text.as_bytes())),
				output: output.text,
				attribution: report.attribution,
				output_tokens: report.output_tokens,
				covered_tokens: report.covered_tokens,
				stage: Stage::Prepared,
				extrinsic: None,
				payer: Some(payer),
				passages: output.passages,
			})
		})
		.await
		.context("generation task")?
		.map_err(|e| match e.downcast::<openledger_sdk::rag::PromptTooLong>() {
			Ok(too_long) => Refusal::PromptTooLong { inference, why: too_long.0 },
			Err(e) => Refusal::Internal(e),
		})?;
		// Saved before it is submitted: after a crash the same answer is submitted, never a
		// second one.
		self.answers.put(&answer)?;
		if std::env::var_os(EXIT_AFTER_PREPARE).is_some() {
			tracing::warn!(inference, "{EXIT_AFTER_PREPARE} is set: exiting before submitting");
			std::process::exit(75);
		}
		tracing::info!(
			inference,
			model = answer.model,
			tokens = answer.output_tokens,
			covered = answer.covered_tokens,
			contributions = answer.attribution.contributions.len(),
			"answer prepared"
		);
		Ok(self.submit(answer).await?)
	}

	async fn wait_for_request(
		&self,
		inference: u64,
		wait: Duration,
	) -> Result<runtime::runtime_types::pallet_inference::types::Request, Refusal> {
		let mut finalized = self.finalized.subscribe();
		let deadline = tokio::time::Instant::now() + wait;
		loop {
			if let Some(request) = self.request(inference).await? {
				return Ok(request);
			}
			// Wait for the next finalized block, or give up.
			match tokio::time::timeout_at(deadline, finalized.changed()).await {
				Ok(Ok(())) => continue,
				_ => return Err(Refusal::UnknownRequest(inference)),
			}
		}
	}

	/// Submits a prepared answer unless the chain already has a result for it, and marks it
	/// submitted.
	pub async fn submit(&self, mut answer: Answer) -> anyhow::Result<Answer> {
		let inference = answer.inference;
		match self.request(inference).await? {
			Some(request) if matches!(request.status, RequestStatus::Requested) => {}
			// Answered (by us before a crash), or ended: nothing to submit.
			_ => {
				tracing::info!(inference, "result already on chain or request ended");
				answer.stage = Stage::Submitted;
				self.answers.put(&answer)?;
				return Ok(answer);
			}
		}
		let output_hash = subxt::utils::H256(blake2_256(answer.output.as_bytes()));
		let call = runtime::transactions().inference().submit_result(
			inference,
			output_hash,
			chain::to_chain(&answer.attribution),
		);
		let client = self.client().await;
		// The cached nonce is stale when the key signed elsewhere meanwhile: resync, retry once.
		let mut attempt = 0;
		loop {
			let nonce = self.next_nonce(&client).await?;
			match chain::submit(&client, &self.signer, &call, Some(nonce)).await {
				Ok(events) => {
					answer.extrinsic = Some(format!("{:?}", events.extrinsic_hash()));
					break;
				}
				Err(e) => {
					*self.nonce.lock().await = None;
					let still_open = matches!(
						self.request(inference).await?.map(|r| r.status),
						Some(RequestStatus::Requested)
					);
					if attempt > 0 || !still_open {
						return Err(
							e.context(format!("submitting the result of request {inference}"))
						);
					}
					tracing::warn!(inference, "{e:#}; retrying with a fresh nonce");
					attempt += 1;
				}
			}
		}
		answer.stage = Stage::Submitted;
		self.answers.put(&answer)?;
		tracing::info!(inference, extrinsic = ?answer.extrinsic, "result submitted");
		Ok(answer)
	}

	/// Signs and submits `call` with the provider's next nonce and waits for it to be
	/// finalized and succeed; a failure resyncs the nonce.
	///
	/// # Errors
	/// When it cannot be submitted or fails.
	pub async fn send<Call: subxt::transactions::Payload>(
		&self,
		call: &Call,
	) -> anyhow::Result<subxt::extrinsics::ExtrinsicEvents<chain::ChainConfig>> {
		let client = self.client().await;
		let nonce = self.next_nonce(&client).await?;
		let sent = chain::submit(&client, &self.signer, call, Some(nonce)).await;
		if sent.is_err() {
			*self.nonce.lock().await = None;
		}
		sent
	}

	async fn next_nonce(&self, client: &Client) -> anyhow::Result<u64> {
		let mut nonce = self.nonce.lock().await;
		let next = match *nonce {
			Some(n) => n,
			None => {
				client.at_current_block().await?.transactions().account_nonce(&self.account).await?
			}
		};
		*nonce = Some(next.saturating_add(1));
		Ok(next)
	}

	/// Submits every answer saved but not known to be on chain (after a restart).
	pub async fn recover(&self) -> anyhow::Result<()> {
		for answer in self.answers.prepared()? {
			let inference = answer.inference;
			tracing::info!(inference, "resuming a prepared answer");
			if let Err(e) = self.submit(answer).await {
				tracing::warn!(inference, "{e:#}");
			}
		}
		Ok(())
	}
}
