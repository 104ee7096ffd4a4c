//! `openledger verify`, `challenge` and `index`: recompute attributions from public data.

use crate::{progress, show};
use anyhow::{anyhow, bail, Context};
use openledger_sdk::{
	answer::{read_signature, SIGNATURE_HEADER},
	batched::BatchedAnswer,
	chain::{self, from_chain, runtime, Client},
	content::{hex_hash, ContentStore},
	engine::{blake2_256, Attribution},
	reference::ReferenceModel,
};
use std::path::{Path, PathBuf};

/// Where the output of the call comes from.
#[derive(clap::Args, Debug)]
pub struct Args {
	/// The inference call.
	#[arg(required_unless_present = "batched_answer")]
	inference: Option<u64>,
	/// A batched call's answer (as `request --batched` saved it): its output and the
	/// attribution its provider acknowledged are checked against the recomputation.
	#[arg(long, conflicts_with_all = ["inference", "output_file", "provider_url"])]
	batched_answer: Option<PathBuf>,
	/// A file holding the output (as `request --save-output` wrote it).
	#[arg(long, conflicts_with = "provider_url")]
	output_file: Option<PathBuf>,
	/// Fetch the output from the provider's endpoint (it shows an answer to its payer only:
	/// give `--payer-suri`).
	#[arg(long, env = "OPENLEDGER_PROVIDER_URL")]
	provider_url: Option<String>,
	/// The secret URI of the call's payer, to read its answer from the provider.
	#[arg(long, env = "OPENLEDGER_PAYER_SURI")]
	payer_suri: Option<String>,
	/// The call's prompt: a retrieval-augmented model credits the passages retrieved for it,
	/// and `--regenerate` needs it. Checked against the call's input hash.
	#[arg(long, conflicts_with = "prompt_file")]
	prompt: Option<String>,
	/// A file holding the call's prompt.
	#[arg(long)]
	prompt_file: Option<PathBuf>,
	/// Re-run the model too (retrieval and generation, from the chain's data, the content
	/// store and the model's weights) and compare its output with the provider's: equal, or
	/// the first differing token.
	#[arg(long)]
	regenerate: bool,
	/// With `--regenerate` on the ∞-gram reference model: the provider's `--max-tokens` (a
	/// language model's manifest pins its own).
	#[arg(long, default_value_t = 64)]
	max_tokens: usize,
	/// Print the recomputed attribution's spans and credits as JSON.
	#[arg(long)]
	json: bool,
}

/// Where recomputation reads and caches: the index cache and the models' weights.
pub struct Dirs<'a> {
	/// The index cache.
	pub index: &'a Path,
	/// Model weights by blake2-256.
	pub models: &'a Path,
}

/// Arguments of `challenge`.
#[derive(clap::Args, Debug)]
pub struct ChallengeArgs {
	#[command(flatten)]
	verify: Args,
	/// The challenger's secret URI.
	#[arg(long, env = "OPENLEDGER_SURI")]
	suri: String,
	/// Challenge even when the attribution is the one recomputed.
	#[arg(long)]
	force: bool,
	/// Where jurors can fetch the output (its hash is on chain). Default: `file://<path>` with
	/// `--output-file`. (A provider shows an answer to its payer only, so its URL is no place
	/// for jurors to read it.)
	#[arg(long)]
	output_uri: Option<String>,
}

/// Where the court's jurors can fetch the output of the challenged call.
fn output_uri(args: &ChallengeArgs) -> anyhow::Result<String> {
	if let Some(uri) = &args.output_uri {
		return Ok(uri.clone());
	}
	let verify = &args.verify;
	match (&verify.output_file, &verify.provider_url) {
		(Some(file), _) => {
			let path = std::fs::canonicalize(file).with_context(|| file.display().to_string())?;
			Ok(format!("file://{}", path.display()))
		}
		(None, _) => bail!(
			"give --output-uri (where jurors can read the output: a provider shows an answer to \
			 its payer only) or --output-file"
		),
	}
}

/// Arguments of `index`.
#[derive(clap::Args, Debug)]
pub struct IndexArgs {
	/// The model.
	model: u32,
}

/// What the chain holds about a call's result.
struct OnChain {
	model: u32,
	output_hash: Option<[u8; 32]>,
	input_hash: Option<[u8; 32]>,
	attribution: Attribution,
}

async fn on_chain(client: &Client, inference: u64) -> anyhow::Result<OnChain> {
	let at = client.at_current_block().await?;
	if let Some(request) =
		at.storage().try_fetch(runtime::storage().inference().requests(), (inference,)).await?
	{
		use runtime::runtime_types::pallet_inference::types::RequestStatus;
		let request = request.decode()?;
		let output_hash = match request.status {
			RequestStatus::Answered { output_hash, .. }
			| RequestStatus::Challenged { output_hash, .. } => output_hash.0,
			RequestStatus::Requested => bail!("inference {inference} has no result yet"),
		};
		let attribution = at
			.storage()
			.fetch(runtime::storage().inference().attributions(), (inference,))
			.await?
			.decode()?;
		return Ok(OnChain {
			model: request.model,
			output_hash: Some(output_hash),
			input_hash: Some(request.input_hash.0),
			attribution: from_chain(&attribution),
		});
	}
	let call = runtime::runtime_apis().attribution_api().receipt(inference);
	let receipt = at.runtime_apis().call(call).await?.ok_or_else(|| {
		anyhow!("inference {inference} is neither open nor settled with a receipt")
	})?;
	// Receipts keep the attribution but not the output hash.
	Ok(OnChain {
		model: receipt.model,
		output_hash: None,
		input_hash: None,
		attribution: from_chain(&receipt.attribution),
	})
}

fn output(args: &Args, inference: u64) -> anyhow::Result<String> {
	if let Some(path) = &args.output_file {
		return std::fs::read_to_string(path)
			.with_context(|| format!("reading {}", path.display()));
	}
	let Some(base) = &args.provider_url else { bail!("give --output-file or --provider-url") };
	let Some(suri) = &args.payer_suri else {
		bail!("the provider shows an answer to its payer only: give --payer-suri")
	};
	let signature = read_signature(&chain::signer(suri)?, inference);
	let url = format!("{}/inferences/{inference}", base.trim_end_matches('/'));
	let mut response = ureq::get(&url)
		.header(SIGNATURE_HEADER, &signature)
		.call()
		.map_err(|e| anyhow!("{url}: {e}"))?;
	let answer: serde_json::Value = response.body_mut().read_json()?;
	answer
		.get("output")
		.and_then(|o| o.as_str())
		.map(str::to_string)
		.ok_or_else(|| anyhow!("{url} returned no output"))
}

async fn reference(
	url: &str,
	store: &ContentStore,
	dirs: &Dirs<'_>,
	model: u32,
) -> anyhow::Result<(Client, ReferenceModel)> {
	let client = chain::connect(url).await?;
	let reference = ReferenceModel::load(
		&client,
		model,
		store,
		Some(dirs.index.into()),
		dirs.models,
		progress::indexing(),
	)
	.await?;
	Ok((client, reference))
}

/// What a call's provider claims: the output and its attribution, and what to call it.
struct Claimed {
	label: String,
	model: u32,
	output: String,
	attribution: Attribution,
	/// The prompt's hash, when the chain (or the payer's receipt) still holds it.
	input_hash: Option<[u8; 32]>,
	/// The seed the ∞-gram model drew with.
	seed: u64,
}

/// A per-call inference's claim: the attribution on chain, with the output checked against
/// the output hash on chain while the call is open.
async fn per_call(client: &Client, args: &Args, inference: u64) -> anyhow::Result<Claimed> {
	let claimed = on_chain(client, inference).await?;
	let output = output(args, inference)?;
	if let Some(expected) = claimed.output_hash {
		let found = blake2_256(output.as_bytes());
		if found != expected {
			bail!(
				"the output hashes to {}, the chain holds {}: not the output of inference {inference}",
				hex_hash(&found),
				hex_hash(&expected),
			);
		}
	} else {
		eprintln!("note: inference {inference} is settled; its receipt does not keep the output hash, so the output is taken as given");
	}
	Ok(Claimed {
		label: format!("inference {inference}"),
		model: claimed.model,
		output,
		attribution: claimed.attribution,
		input_hash: claimed.input_hash,
		seed: inference,
	})
}

/// A batched call's claim: the answer its provider signed for the payer's receipt (both
/// signatures and both hashes checked), and where its batch stands on chain.
async fn batched(client: &Client, path: &Path) -> anyhow::Result<Claimed> {
	use runtime::runtime_types::pallet_batches::types::BatchStatus;
	let answer: BatchedAnswer = serde_json::from_slice(
		&std::fs::read(path).with_context(|| format!("reading {}", path.display()))?,
	)
	.with_context(|| format!("{} is not a batched answer", path.display()))?;
	answer.check(&client.genesis_hash().0).map_err(|why| anyhow!("{}: {why}", path.display()))?;
	let receipt = &answer.receipt;
	let batch =
		openledger_sdk::batched::batch_of(client, &receipt.provider, receipt.model, receipt.epoch)
			.await?;
	match batch {
		Some(id) => {
			let stored = openledger_sdk::batched::stored_batch(client, id).await?;
			let status = match stored.map(|b| b.status) {
				Some(BatchStatus::Audit { .. }) => "in audit",
				Some(BatchStatus::Settled { .. }) => "settled",
				Some(BatchStatus::Void { .. }) => "void",
				None => "closed",
			};
			println!("the call is in batch {id} ({status}) of epoch {}", receipt.epoch);
		}
		None => println!("the call's batch (epoch {}) is not on chain yet", receipt.epoch),
	}
	Ok(Claimed {
		label: format!(
			"batched call {} of {} in epoch {}",
			receipt.sequence, receipt.payer, receipt.epoch
		),
		model: receipt.model,
		output: answer.output,
		attribution: answer.attribution,
		input_hash: Some(receipt.request_hash.0),
		seed: receipt.sequence,
	})
}

/// Recomputes the attribution of the call `args` names and prints the differences.
/// `Ok(true)` when the provider's attribution (on chain, or acknowledged for a batched call)
/// is the recomputed one.
pub async fn verify(
	url: &str,
	store: &ContentStore,
	dirs: &Dirs<'_>,
	args: &Args,
) -> anyhow::Result<bool> {
	let client = chain::connect(url).await?;
	let claimed = match (&args.batched_answer, args.inference) {
		(Some(path), _) => batched(&client, path).await?,
		(None, Some(inference)) => per_call(&client, args, inference).await?,
		(None, None) => bail!("give the inference or --batched-answer"),
	};
	let (_, reference) = reference(url, store, dirs, claimed.model).await?;
	if !reference.is_reference() {
		eprintln!("note: model {}'s artifact hash is not the reference manifest {}; recomputing with the reference engine", claimed.model, hex_hash(&reference.manifest.hash()));
	}
	let prompt = prompt(args, &claimed)?;
	let regenerated = match (args.regenerate, &prompt) {
		(false, _) => true,
		(true, None) => {
			bail!("--regenerate re-runs the model on the prompt: give --prompt or --prompt-file")
		}
		(true, Some(prompt)) => regenerate(&reference, &claimed, prompt, args.max_tokens)?,
	};
	let report = reference.attribute(prompt.as_deref(), &claimed.output)?;
	if args.json {
		println!("{}", serde_json::to_string_pretty(&report)?);
	}
	println!(
		"{} on model {}: {} output tokens, {} in {} spans",
		claimed.label,
		claimed.model,
		report.output_tokens,
		report.covered_tokens,
		report.spans.len()
	);
	let source = if args.batched_answer.is_some() { "acknowledged" } else { "on chain" };
	println!("{source}:");
	show::attribution(&claimed.attribution);
	let differences = show::diff(&claimed.attribution, &report.attribution);
	if differences.is_empty() {
		println!("verified: the attribution {source} is the one recomputed");
		return Ok(regenerated);
	}
	println!("recomputed:");
	show::attribution(&report.attribution);
	println!("DIFFERS in {} entries:", differences.len());
	for line in &differences {
		println!("  {line}");
	}
	if let Some(path) = &args.batched_answer {
		println!(
			"the provider's signed acknowledgement in {} binds it to this attribution",
			path.display()
		);
	}
	Ok(false)
}

/// Verifies, then challenges when the attribution differs (or with `--force`).
pub async fn challenge(
	url: &str,
	store: &ContentStore,
	dirs: &Dirs<'_>,
	args: ChallengeArgs,
) -> anyhow::Result<bool> {
	let equal = verify(url, store, dirs, &args.verify).await?;
	if equal && !args.force {
		println!("not challenging: nothing to dispute (use --force to challenge anyway)");
		return Ok(true);
	}
	let Some(inference) = args.verify.inference else {
		return dispute_acknowledged(url, &args).await;
	};
	let uri = output_uri(&args)?;
	let signer = chain::signer(&args.suri)?;
	let client = chain::connect(url).await?;
	let bounded = runtime::runtime_types::bounded_collections::bounded_vec::BoundedVec(
		uri.clone().into_bytes(),
	);
	let call = runtime::transactions().inference().challenge(inference, bounded);
	chain::submit(&client, &signer, &call, None).await.context("challenging")?;
	println!(
		"challenged inference {inference} (bond held until the court's verdict; output at {uri})"
	);
	Ok(true)
}

/// Disputes a batched call's batch with the provider's acknowledgement of the call (its
/// output and attribution), holding the dispute bond: the court's jurors re-run it. The output
/// is in the answer file itself, so jurors are pointed there unless `--output-uri` says
/// otherwise.
async fn dispute_acknowledged(url: &str, args: &ChallengeArgs) -> anyhow::Result<bool> {
	use runtime::runtime_types::{
		bounded_collections::bounded_vec::BoundedVec, pallet_batches::types::DisputedCall,
		sp_runtime::MultiSignature,
	};
	let path = args.verify.batched_answer.as_ref().context("give --batched-answer")?;
	let answer: BatchedAnswer = serde_json::from_slice(&std::fs::read(path)?)?;
	let receipt = &answer.receipt;
	let client = chain::connect(url).await?;
	let batched =
		openledger_sdk::batched::batch_of(&client, &receipt.provider, receipt.model, receipt.epoch)
			.await?;
	let batch = batched.with_context(|| {
		format!("the batch of epoch {} is not on chain: nothing to dispute yet", receipt.epoch)
	})?;
	let stored = openledger_sdk::batched::stored_batch(&client, batch)
		.await?
		.with_context(|| format!("batch {batch} is closed"))?;
	let payer_index = stored
		.payers
		.0
		.iter()
		.position(|part| part.payer == receipt.payer)
		.with_context(|| format!("batch {batch} does not claim {}'s calls", receipt.payer))?;
	let uri = match &args.output_uri {
		Some(uri) => uri.clone(),
		None => format!("file://{}", std::fs::canonicalize(path)?.display()),
	};
	let disputed = DisputedCall::Acknowledged {
		payer_index: u32::try_from(payer_index)?,
		sequence: receipt.sequence,
		output_hash: answer.output_hash,
		attribution_hash: answer.attribution_hash,
		signature: MultiSignature::Sr25519(answer.ack.0),
	};
	let call = runtime::transactions().batches().dispute_batch(
		batch,
		disputed,
		BoundedVec(uri.clone().into_bytes()),
	);
	let signer = chain::signer(&args.suri)?;
	let events = chain::submit(&client, &signer, &call, None).await.context("disputing")?;
	let disputed = events
		.find_first::<runtime::batches::events::BatchDisputed>()
		.context("no BatchDisputed event")??;
	println!(
		"disputed batch {batch} (dispute {}, court case {}): call {} of {}; bond held until the court's verdict; output at {uri}",
		disputed.dispute, disputed.case, receipt.sequence, receipt.payer
	);
	Ok(true)
}

/// Builds the indexes of a model and prints its manifest.
pub async fn index(
	url: &str,
	store: &ContentStore,
	dirs: &Dirs<'_>,
	args: IndexArgs,
) -> anyhow::Result<()> {
	let (_, reference) = reference(url, store, dirs, args.model).await?;
	match &reference.rag {
		Some(rag) => println!("{}", serde_json::to_string_pretty(&rag.manifest)?),
		None => println!("{}", serde_json::to_string_pretty(&reference.manifest)?),
	}
	println!(
		"manifest hash {} (model {} artifact hash {}: {})",
		hex_hash(&reference.manifest_hash()),
		args.model,
		hex_hash(&reference.artifact_hash),
		if reference.is_reference() { "the reference model" } else { "not this manifest" }
	);
	Ok(())
}

/// The call's prompt from `--prompt` or `--prompt-file`, checked against its input hash.
fn prompt(args: &Args, claimed: &Claimed) -> anyhow::Result<Option<String>> {
	let prompt = match (&args.prompt, &args.prompt_file) {
		(Some(prompt), _) => prompt.clone(),
		(None, Some(path)) => {
			std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?
		}
		(None, None) => return Ok(None),
	};
	match claimed.input_hash {
		Some(expected) if blake2_256(prompt.as_bytes()) != expected => bail!(
			"the prompt hashes to {}, {} was paid for input {}",
			hex_hash(&blake2_256(prompt.as_bytes())),
			claimed.label,
			hex_hash(&expected)
		),
		Some(_) => {}
		None => eprintln!(
			"note: {} is settled and its input hash is gone; the prompt is taken as given",
			claimed.label
		),
	}
	Ok(Some(prompt))
}

/// Re-runs the model on `prompt` and compares its output with the claimed one. `Ok(true)`
/// when they are equal.
fn regenerate(
	reference: &ReferenceModel,
	claimed: &Claimed,
	prompt: &str,
	max_tokens: usize,
) -> anyhow::Result<bool> {
	let started = std::time::Instant::now();
	let input_hash = claimed.input_hash.unwrap_or_else(|| blake2_256(prompt.as_bytes()));
	let output = reference.answer(claimed.seed, &input_hash, prompt, max_tokens)?;
	let seconds = started.elapsed().as_secs_f64();
	for (i, passage) in output.passages.iter().enumerate() {
		println!(
			"passage [{}]: contribution {} of datanet {} (BM25 {:.3}): {:?}",
			i + 1,
			passage.contribution,
			passage.datanet,
			passage.score,
			passage.text.chars().take(80).collect::<String>()
		);
	}
	if output.text == claimed.output {
		println!(
			"regenerated: equal ({} tokens, {} bytes, in {seconds:.2} s)",
			output.tokens.len(),
			output.text.len()
		);
		return Ok(true);
	}
	let (ours, theirs) = (output.text.as_bytes(), claimed.output.as_bytes());
	let at = ours.iter().zip(theirs).take_while(|(a, b)| a == b).count();
	let ends = reference.token_ends(&output);
	let token = ends.iter().position(|end| *end > at).unwrap_or(ends.len());
	let tail = |bytes: &[u8]| {
		String::from_utf8_lossy(bytes.get(at..).unwrap_or_default())
			.chars()
			.take(40)
			.collect::<String>()
	};
	println!(
		"regenerated: DIFFERS from byte {at}, in generated token {token}: regenerated {:?}, provider's {:?} ({seconds:.2} s)",
		tail(ours),
		tail(theirs)
	);
	Ok(false)
}
