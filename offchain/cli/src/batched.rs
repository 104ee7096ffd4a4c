//! Batched calls from the payer's side: `request --batched` (a receipt signed off chain, paid
//! from the escrow with the provider when the epoch's batch settles), and `claim-tail` (a
//! contribution's part of a batch's tail, with the provider's proof).

use crate::{progress, request::Args, show};
use anyhow::{anyhow, bail, Context};
use openledger_sdk::{
	batched::{self, BatchedAnswer, BatchedRequest, Receipt, ReceiptTree, TailProof, Terms},
	chain::{self, runtime, AccountId, Client},
};
use std::{path::PathBuf, time::Duration};
use subxt_signer::sr25519::Keypair;

/// The agent the CLI talks to providers with: statuses are read, not raised.
fn agent() -> ureq::Agent {
	ureq::Agent::config_builder()
		.http_status_as_error(false)
		.timeout_global(Some(Duration::from_secs(300)))
		.build()
		.into()
}

/// `GET url` as JSON, or the provider's error.
fn get_json<T: serde::de::DeserializeOwned>(url: &str) -> anyhow::Result<T> {
	let mut response = agent().get(url).call().map_err(|e| anyhow!("{url}: {e}"))?;
	let status = response.status();
	let body = response.body_mut().read_to_string()?;
	if !status.is_success() {
		bail!("{url} answered {status}: {body}");
	}
	serde_json::from_str(&body).with_context(|| format!("{url} answered {body}"))
}

/// What is left in the payer's escrow with `provider`, if open.
async fn escrow(
	client: &Client,
	payer: &AccountId,
	provider: &AccountId,
) -> anyhow::Result<Option<u128>> {
	let at = client.at_current_block().await?;
	let escrow =
		at.storage().try_fetch(runtime::storage().batches().escrows(), (*payer, *provider)).await?;
	Ok(match escrow {
		Some(escrow) => {
			let escrow = escrow.decode()?;
			Some(escrow.amount)
		}
		None => None,
	})
}

/// Opens the escrow with `amount`, or tops it up by `amount`.
async fn fund(
	client: &Client,
	signer: &Keypair,
	provider: &AccountId,
	amount: u128,
	open: bool,
) -> anyhow::Result<()> {
	let batches = runtime::transactions().batches();
	if open {
		chain::submit(client, signer, &batches.open_escrow(*provider, amount), None)
			.await
			.context("opening the escrow")?;
		println!("escrow opened with {provider}: {}", show::open(amount));
	} else {
		chain::submit(client, signer, &batches.top_up(*provider, amount), None)
			.await
			.context("topping up the escrow")?;
		println!("escrow with {provider} topped up by {}", show::open(amount));
	}
	Ok(())
}

/// What the provider says of the payer's calls this epoch.
#[derive(serde::Deserialize)]
struct LastReceipt {
	epoch: u32,
	receipt: Option<Receipt>,
	/// The payer's tree of receipts so far.
	tree: ReceiptTree,
}

/// Makes one batched call: signs the next receipt, posts it with the prompt, checks the
/// answer's signatures and hashes, prints it and saves it.
pub async fn request(
	client: &Client,
	signer: &Keypair,
	args: &Args,
	provider: AccountId,
	price: u128,
	prompt: &str,
) -> anyhow::Result<()> {
	let model = args.model;
	let payer = signer.public_key().to_account_id();
	let genesis = client.genesis_hash().0;
	let fee = args.max_fee.unwrap_or(price);
	if let Some(amount) = args.escrow {
		let open = escrow(client, &payer, &provider).await?.is_none();
		fund(client, signer, &provider, amount, open).await?;
	} else if escrow(client, &payer, &provider).await?.is_none() {
		bail!("{payer} has no escrow with {provider}: open one with --escrow <planck>");
	}
	let base = args.provider_url.trim_end_matches('/').to_string();
	let waiting = progress::spinner(format!("calling model {model} on {base} (batched)"));
	// A receipt names the epoch; one signed as an epoch ends is refused, and signed again.
	let mut attempts = 0;
	let answer = loop {
		let url = format!("{base}/batched/{model}/{payer}");
		let last: LastReceipt = tokio::task::spawn_blocking(move || get_json(&url)).await??;
		let (sequence, cumulative) = match &last.receipt {
			Some(receipt) => {
				// Only a receipt this payer signed continues its count.
				let ours = receipt.payer == payer
					&& receipt.provider == provider
					&& receipt.model == model
					&& receipt.epoch == last.epoch
					&& receipt.is_signed(&genesis);
				if !ours {
					bail!("the provider's last receipt of {payer} is not one it signed");
				}
				(receipt.sequence, receipt.cumulative_fee)
			}
			None => (0, 0),
		};
		// The tree the next root extends must be the one the payer signed last.
		if !last.tree.matches(last.receipt.as_ref()) {
			bail!("the provider's tree of {payer}'s receipts is not the one it signed last");
		}
		let (sequence, request_hash) = (sequence.saturating_add(1), batched::request_hash(prompt));
		let cumulative_fee = cumulative.checked_add(fee).context("the cumulative fee overflows")?;
		let leaf =
			openledger_formulas::batch::receipt_leaf(sequence, cumulative_fee, &request_hash);
		let terms = Terms {
			provider,
			model,
			epoch: last.epoch,
			sequence,
			cumulative_fee,
			request_hash,
			receipts_root: last.tree.next(&leaf),
		};
		let receipt = Receipt::sign(signer, &genesis, terms);
		let body = BatchedRequest { receipt: receipt.clone(), prompt: prompt.to_string() };
		let url = format!("{base}/batched");
		let (status, text) = tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
			let mut response =
				agent().post(&url).send_json(&body).map_err(|e| anyhow!("{url}: {e}"))?;
			Ok((response.status(), response.body_mut().read_to_string()?))
		})
		.await??;
		if status.is_success() {
			let answer: BatchedAnswer = serde_json::from_str(&text)?;
			if answer.receipt != receipt {
				bail!("the provider answered another receipt than the one posted");
			}
			break answer;
		}
		attempts += 1;
		if status.as_u16() == 409 && attempts < 5 {
			tracing::info!("{text}; signing again");
			tokio::time::sleep(Duration::from_millis(500)).await;
			continue;
		}
		bail!("the provider answered {status}: {text}");
	};
	waiting.finish_and_clear();
	answer.check(&genesis).map_err(|why| anyhow!("the provider's answer is forged: {why}"))?;
	let receipt = &answer.receipt;
	println!(
		"batched call {} of epoch {} on model {model}: fee {} (total this epoch {}), paid from the escrow when the epoch's batch settles",
		receipt.sequence,
		receipt.epoch,
		show::open(answer.fee),
		show::open(receipt.cumulative_fee)
	);
	println!(
		"output ({} tokens, {} in spans found in the training data):",
		answer.output_tokens, answer.covered_tokens
	);
	println!("{}", answer.output.trim());
	println!("attribution (hash {:?}), acknowledged by the provider:", answer.attribution_hash);
	show::attribution(&answer.attribution);
	if let Some(path) = &args.save_output {
		std::fs::write(path, answer.output.as_bytes())
			.with_context(|| format!("writing {}", path.display()))?;
	}
	let path = args.save_answer.clone().unwrap_or_else(|| {
		PathBuf::from(format!(
			".openledger/batched/{provider}-{model}-{}-{}.json",
			receipt.epoch, receipt.sequence
		))
	});
	if let Some(dir) = path.parent() {
		std::fs::create_dir_all(dir)?;
	}
	// Written aside and renamed: whoever watches for the file never reads half of it.
	let partial = path.with_extension("partial");
	std::fs::write(&partial, serde_json::to_vec_pretty(&answer)?)
		.and_then(|()| std::fs::rename(&partial, &path))
		.with_context(|| format!("writing {}", path.display()))?;
	println!(
		"answer, receipt and acknowledgement saved to {} (for `verify --batched-answer`)",
		path.display()
	);
	if !args.no_receipt {
		wait_for_batch(
			client,
			&provider,
			model,
			receipt.epoch,
			Duration::from_secs(args.receipt_timeout),
		)
		.await?;
	}
	Ok(())
}

/// Waits for the batch of `provider`'s `epoch` on `model` to settle and prints it.
async fn wait_for_batch(
	client: &Client,
	provider: &AccountId,
	model: u32,
	epoch: u32,
	timeout: Duration,
) -> anyhow::Result<()> {
	use runtime::runtime_types::pallet_batches::types::BatchStatus;
	let waiting = progress::spinner(format!("waiting for the batch of epoch {epoch} to settle"));
	let mut blocks = client.stream_blocks().await?;
	let deadline = tokio::time::Instant::now() + timeout;
	loop {
		let at = client.at_current_block().await?;
		let id = at
			.storage()
			.try_fetch(runtime::storage().batches().batch_of(), (*provider, model, epoch))
			.await?;
		if let Some(id) = id {
			let id = id.decode()?;
			let batch = batched::stored_batch(client, id).await?;
			match batch.map(|b| (b.status, b.calls, b.fees)) {
				Some((BatchStatus::Settled { tail, .. }, calls, fees)) => {
					waiting.finish_and_clear();
					println!(
						"batch {id} settled: {calls} calls, {} in fees split once; {} left for the tail's claims",
						show::open(fees),
						show::open(tail)
					);
					return Ok(());
				}
				Some((BatchStatus::Void { .. }, ..)) => {
					waiting.finish_and_clear();
					println!("batch {id} is void (an audit sample was not revealed): nothing was charged");
					return Ok(());
				}
				_ => waiting.set_message(format!("batch {id} in audit")),
			}
		}
		tokio::select! {
			_ = blocks.next() => {},
			_ = tokio::time::sleep_until(deadline) => bail!("the batch of epoch {epoch} did not settle within {timeout:?}"),
		}
	}
}

/// Arguments of `claim-tail`.
#[derive(clap::Args, Debug)]
pub struct ClaimTailArgs {
	/// The secret URI of the account sending the claim (anyone may; the part goes to the
	/// contribution's contributor).
	#[arg(long, env = "OPENLEDGER_SURI")]
	suri: String,
	/// The batch.
	#[arg(long)]
	batch: u64,
	/// The contribution.
	#[arg(long)]
	contribution: u64,
	/// The endpoint of the provider that made the batch (it serves the tail's proofs).
	#[arg(long, env = "OPENLEDGER_PROVIDER_URL", default_value = "http://127.0.0.1:8700")]
	provider_url: String,
}

/// Fetches the contribution's proof from the provider and claims its part of the tail.
pub async fn claim_tail(url: &str, args: ClaimTailArgs) -> anyhow::Result<()> {
	let signer = chain::signer(&args.suri)?;
	let client = chain::connect(url).await?;
	let proof_url = format!(
		"{}/batches/{}/tail/{}",
		args.provider_url.trim_end_matches('/'),
		args.batch,
		args.contribution
	);
	let proof: TailProof = tokio::task::spawn_blocking(move || get_json(&proof_url)).await??;
	if proof.batch != args.batch || proof.contribution != args.contribution {
		bail!("the provider sent the proof of another leaf");
	}
	use runtime::runtime_types::bounded_collections::bounded_vec::BoundedVec;
	let call = runtime::transactions().batches().claim_tail(
		proof.batch,
		proof.position,
		proof.contribution,
		proof.weight,
		BoundedVec(proof.proof),
	);
	let events = chain::submit(&client, &signer, &call, None).await.context("claiming")?;
	let claimed = events
		.find_first::<runtime::batches::events::TailClaimed>()
		.ok_or_else(|| anyhow!("no TailClaimed event"))??;
	println!(
		"contribution {} claimed {} of batch {}'s tail for its contributor",
		claimed.contribution,
		show::open(claimed.amount),
		claimed.batch
	);
	Ok(())
}

/// Arguments of `audit-batch`.
#[derive(clap::Args, Debug)]
pub struct AuditBatchArgs {
	/// The batch.
	batch: u64,
	/// The endpoint of the provider that made the batch (it publishes the batch's records).
	#[arg(long, env = "OPENLEDGER_PROVIDER_URL", default_value = "http://127.0.0.1:8700")]
	provider_url: String,
	/// Dispute the batch's aggregate when it differs (holding the dispute bond), as this
	/// secret URI.
	#[arg(long)]
	dispute_as: Option<String>,
}

/// Fetches a batch's published records from its provider, rebuilds its tree of calls and its
/// aggregated attribution from them, and compares both with the chain's. `Ok(true)` when they
/// are the same; otherwise, with `--dispute-as`, disputes the aggregate (jurors fetch the same
/// records from the same address).
pub async fn audit_batch(url: &str, args: AuditBatchArgs) -> anyhow::Result<bool> {
	use runtime::runtime_types::{
		bounded_collections::bounded_vec::BoundedVec, pallet_batches::types::DisputedCall,
	};
	let client = chain::connect(url).await?;
	let stored = batched::stored_batch(&client, args.batch).await?.with_context(|| {
		format!("batch {} is not on chain (closed, or never submitted)", args.batch)
	})?;
	let records_url =
		format!("{}/batches/{}/records", args.provider_url.trim_end_matches('/'), args.batch);
	let fetched = records_url.clone();
	let published: batched::BatchRecords =
		tokio::task::spawn_blocking(move || get_json(&fetched)).await??;
	if published.batch != args.batch {
		bail!("the provider published the records of batch {}", published.batch);
	}
	let differences = batched::audit_records(&stored, &published.records);
	println!(
		"batch {}: {} published records, {} calls and {} in fees on chain",
		args.batch,
		published.records.len(),
		stored.calls,
		show::open(stored.fees)
	);
	if differences.is_empty() {
		println!(
			"consistent: the published records are the batch's tree of calls and sum to its aggregated attribution"
		);
		return Ok(true);
	}
	println!("DIFFERS in {} entries:", differences.len());
	for line in &differences {
		println!("  {line}");
	}
	if let Some(suri) = &args.dispute_as {
		let signer = chain::signer(suri)?;
		let call = runtime::transactions().batches().dispute_batch(
			args.batch,
			DisputedCall::Aggregate,
			BoundedVec(records_url.clone().into_bytes()),
		);
		let events = chain::submit(&client, &signer, &call, None).await.context("disputing")?;
		let disputed = events
			.find_first::<runtime::batches::events::BatchDisputed>()
			.ok_or_else(|| anyhow!("no BatchDisputed event"))??;
		println!(
			"disputed batch {}'s aggregate (dispute {}, court case {}); records at {records_url}",
			args.batch, disputed.dispute, disputed.case
		);
	}
	Ok(false)
}
