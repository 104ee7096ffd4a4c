//! `openledger request`: a paid call from request to receipt.

use crate::{progress, show};
use anyhow::{anyhow, bail, Context};
use openledger_sdk::{
	answer::Answer,
	chain::{self, runtime, AccountId, Client},
	content::hex_hash,
	engine::blake2_256,
};
use std::{path::PathBuf, str::FromStr, time::Duration};

/// Arguments of `request`.
#[derive(clap::Args, Debug)]
pub struct Args {
	/// The payer's secret URI (e.g. `//Alice`).
	#[arg(long, env = "OPENLEDGER_SURI")]
	suri: String,
	/// The model.
	#[arg(long)]
	pub model: u32,
	/// The prompt.
	#[arg(long, conflicts_with = "prompt_file")]
	prompt: Option<String>,
	/// A file holding the prompt.
	#[arg(long)]
	prompt_file: Option<PathBuf>,
	/// The provider's account (SS58); default: the first provider serving the model.
	#[arg(long)]
	provider: Option<String>,
	/// The provider's HTTP endpoint.
	#[arg(long, env = "OPENLEDGER_PROVIDER_URL", default_value = "http://127.0.0.1:8700")]
	pub provider_url: String,
	/// Most the call may cost, in planck (default: the model's price). Batched: the fee the
	/// receipt adds.
	#[arg(long)]
	pub max_fee: Option<u128>,
	/// Pay from an escrow with the provider, settled with the epoch's batch, instead of on
	/// chain per call: the receipt is signed off chain.
	#[arg(long)]
	pub batched: bool,
	/// Batched: open the escrow with this amount (in planck), or top it up by it.
	#[arg(long, requires = "batched")]
	pub escrow: Option<u128>,
	/// Batched: where to save the answer with its receipt and acknowledgement (default:
	/// `.openledger/batched/<provider>-<model>-<epoch>-<sequence>.json`).
	#[arg(long, requires = "batched")]
	pub save_answer: Option<PathBuf>,
	/// Write the output to this file (for `verify --output-file`).
	#[arg(long)]
	pub save_output: Option<PathBuf>,
	/// Do not wait for settlement and the receipt (batched: for the batch to settle).
	#[arg(long)]
	pub no_receipt: bool,
	/// Settle the call (as the payer) once its challenge window has passed, if no one has.
	#[arg(long)]
	settle: bool,
	/// How long to wait for the receipt, in seconds.
	#[arg(long, default_value_t = 600)]
	pub receipt_timeout: u64,
}

/// Requests, posts the prompt, prints the answer, waits for the receipt.
pub async fn run(url: &str, args: Args) -> anyhow::Result<()> {
	let prompt = match (&args.prompt, &args.prompt_file) {
		(Some(prompt), _) => prompt.clone(),
		(None, Some(file)) => {
			std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?
		}
		(None, None) => bail!("give --prompt or --prompt-file"),
	};
	let signer = chain::signer(&args.suri)?;
	let client = chain::connect(url).await?;
	let at = client.at_current_block().await?;
	let model = at
		.storage()
		.try_fetch(runtime::storage().models().models(), (args.model,))
		.await?
		.ok_or_else(|| anyhow!("model {} is not on chain", args.model))?
		.decode()?;
	let provider = match &args.provider {
		Some(ss58) => {
			AccountId::from_str(ss58).map_err(|e| anyhow!("bad provider account: {e:?}"))?
		}
		None => first_provider(&client, args.model).await?,
	};
	if args.batched {
		return crate::batched::request(&client, &signer, &args, provider, model.price, &prompt)
			.await;
	}
	let max_fee = args.max_fee.unwrap_or(model.price);
	let input_hash = blake2_256(prompt.as_bytes());

	let waiting = progress::spinner(format!("requesting model {} from {provider}", args.model));
	let call = runtime::transactions().inference().request_inference(
		args.model,
		provider,
		subxt::utils::H256(input_hash),
		max_fee,
	);
	let events =
		chain::submit(&client, &signer, &call, None).await.context("requesting the call")?;
	let requested = events
		.find_first::<runtime::inference::events::Requested>()
		.ok_or_else(|| anyhow!("no Requested event"))??;
	let inference = requested.inference;
	waiting.finish_and_clear();
	println!(
		"inference {inference}: paid {} (held until settled), input {}",
		show::open(requested.fee),
		hex_hash(&input_hash)
	);

	let waiting = progress::spinner(format!("waiting for {} to answer", args.provider_url));
	let answer = post_prompt(&args.provider_url, inference, &prompt).await?;
	waiting.finish_and_clear();
	if answer.inference != inference {
		bail!("the provider answered request {} instead of {inference}", answer.inference);
	}
	if hex_hash(&blake2_256(answer.output.as_bytes())) != answer.output_hash {
		bail!("the provider's output does not hash to the output hash it reported");
	}
	println!(
		"output ({} tokens, {} in spans found in the training data):",
		answer.output_tokens, answer.covered_tokens
	);
	println!("{}", answer.output.trim());
	for (i, passage) in answer.passages.iter().enumerate() {
		println!(
			"passage [{}] in the prompt: contribution {} (datanet {}), BM25 {:.3}",
			i + 1,
			passage.contribution,
			passage.datanet,
			passage.score
		);
	}
	println!("attribution (output hash {}):", answer.output_hash);
	show::attribution(&answer.attribution);
	if let Some(path) = &args.save_output {
		std::fs::write(path, answer.output.as_bytes())
			.with_context(|| format!("writing {}", path.display()))?;
	}
	if args.no_receipt {
		return Ok(());
	}
	let settle = args.settle.then_some(&signer);
	let receipt =
		wait_for_receipt(&client, inference, settle, Duration::from_secs(args.receipt_timeout))
			.await?;
	show::receipt(inference, &receipt);
	Ok(())
}

/// The first provider (in storage order) that serves `model`.
async fn first_provider(client: &Client, model: u32) -> anyhow::Result<AccountId> {
	let at = client.at_current_block().await?;
	let providers = at.storage().entry(runtime::storage().inference().providers())?;
	let mut entries = providers.iter(()).await?;
	while let Some(entry) = entries.next().await {
		let entry = entry?;
		let info = entry.value().decode()?;
		if info.models.0.contains(&model) {
			return Ok(entry.key()?.decode()?.0);
		}
	}
	bail!("no provider serves model {model}; pass --provider")
}

/// Posts the prompt, retrying while the provider is unreachable (it may be starting).
async fn post_prompt(provider_url: &str, inference: u64, prompt: &str) -> anyhow::Result<Answer> {
	let url = format!("{}/inferences/{inference}", provider_url.trim_end_matches('/'));
	let prompt = prompt.to_string();
	tokio::task::spawn_blocking(move || {
		let agent: ureq::Agent = ureq::Agent::config_builder()
			.http_status_as_error(false)
			.timeout_global(Some(Duration::from_secs(300)))
			.build()
			.into();
		let mut attempts = 0;
		loop {
			match agent.post(&url).content_type("text/plain; charset=utf-8").send(prompt.as_bytes())
			{
				Ok(mut response) => {
					let status = response.status();
					let body = response.body_mut().read_to_string()?;
					if !status.is_success() {
						bail!("the provider answered {status}: {body}");
					}
					return Ok(serde_json::from_str(&body)?);
				}
				Err(e) if attempts < 20 => {
					attempts += 1;
					tracing::warn!("{url}: {e}; retrying");
					std::thread::sleep(Duration::from_millis(500));
				}
				Err(e) => return Err(anyhow!("{url}: {e}")),
			}
		}
	})
	.await?
}

/// Waits for the receipt of `inference`; with `settle`, settles it once its window has passed.
pub async fn wait_for_receipt(
	client: &Client,
	inference: u64,
	settle: Option<&subxt_signer::sr25519::Keypair>,
	timeout: Duration,
) -> anyhow::Result<runtime::runtime_types::pallet_rewards::types::Receipt> {
	let waiting = progress::spinner(format!("waiting for inference {inference} to settle"));
	let window = client
		.at_current_block()
		.await?
		.constants()
		.entry(runtime::constants().inference().challenge_window())?;
	let mut blocks = client.stream_blocks().await?;
	let deadline = tokio::time::Instant::now() + timeout;
	let mut settling = false;
	loop {
		let at = client.at_current_block().await?;
		let call = runtime::runtime_apis().attribution_api().receipt(inference);
		if let Some(receipt) = at.runtime_apis().call(call).await? {
			waiting.finish_and_clear();
			return Ok(receipt);
		}
		let request =
			at.storage().try_fetch(runtime::storage().inference().requests(), (inference,)).await?;
		let request = match request {
			Some(request) => request.decode()?,
			None => bail!("inference {inference} ended without a receipt (refunded or expired)"),
		};
		use runtime::runtime_types::pallet_inference::types::RequestStatus;
		let current = at.block_number();
		if let (Some(signer), RequestStatus::Answered { at: answered, .. }) =
			(settle, &request.status)
		{
			// The settlement lands in a later block than `current`: send it once the chain's
			// own predicate says that block is past the window.
			let next = current.saturating_add(1);
			if !settling
				&& !openledger_formulas::challenge_window_open(
					u64::from(*answered),
					u64::from(window),
					next,
				) {
				settling = true;
				waiting.set_message(format!("settling inference {inference}"));
				let call = runtime::transactions().inference().settle(inference);
				// `on_idle` settles due calls by itself and may get there first (the call is
				// then closed and the receipt stored): the receipt, not this transaction, is
				// what the loop waits for.
				if let Err(error) = chain::submit(client, signer, &call, None).await {
					tracing::debug!(%error, inference, "settle refused; waiting for the receipt");
				}
				continue;
			}
		}
		tokio::select! {
			_ = blocks.next() => {},
			_ = tokio::time::sleep_until(deadline) => bail!("inference {inference} did not settle within {timeout:?}"),
		}
	}
}
