//! `openledger verify`, `challenge` and `index`: recompute attributions from public data.

use crate::{progress, show};
use anyhow::{anyhow, bail, Context};
use openledger_sdk::{
	answer::{read_signature, SIGNATURE_HEADER},
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
	inference: u64,
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
	/// Print the recomputed attribution's spans and credits as JSON.
	#[arg(long)]
	json: bool,
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
		attribution: from_chain(&receipt.attribution),
	})
}

fn output(args: &Args) -> anyhow::Result<String> {
	if let Some(path) = &args.output_file {
		return std::fs::read_to_string(path)
			.with_context(|| format!("reading {}", path.display()));
	}
	let Some(base) = &args.provider_url else { bail!("give --output-file or --provider-url") };
	let Some(suri) = &args.payer_suri else {
		bail!("the provider shows an answer to its payer only: give --payer-suri")
	};
	let signature = read_signature(&chain::signer(suri)?, args.inference);
	let url = format!("{}/inferences/{}", base.trim_end_matches('/'), args.inference);
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
	index_dir: &Path,
	model: u32,
) -> anyhow::Result<(Client, ReferenceModel)> {
	let client = chain::connect(url).await?;
	let reference =
		ReferenceModel::load(&client, model, store, Some(index_dir.into()), progress::indexing())
			.await?;
	Ok((client, reference))
}

/// Recomputes the attribution of `args.inference` and prints the differences. `Ok(true)` when
/// the chain's attribution is the recomputed one.
pub async fn verify(
	url: &str,
	store: &ContentStore,
	index_dir: &Path,
	args: &Args,
) -> anyhow::Result<bool> {
	let client = chain::connect(url).await?;
	let claimed = on_chain(&client, args.inference).await?;
	let output = output(args)?;
	if let Some(expected) = claimed.output_hash {
		let found = blake2_256(output.as_bytes());
		if found != expected {
			bail!(
				"the output hashes to {}, the chain holds {}: not the output of inference {}",
				hex_hash(&found),
				hex_hash(&expected),
				args.inference
			);
		}
	} else {
		eprintln!("note: inference {} is settled; its receipt does not keep the output hash, so the output is taken as given", args.inference);
	}
	let (_, reference) = reference(url, store, index_dir, claimed.model).await?;
	if !reference.is_reference() {
		eprintln!("note: model {}'s artifact hash is not the reference manifest {}; recomputing with the reference engine", claimed.model, hex_hash(&reference.manifest.hash()));
	}
	let report = reference.attribute(&output)?;
	if args.json {
		println!("{}", serde_json::to_string_pretty(&report)?);
	}
	println!(
		"inference {} on model {}: {} output tokens, {} in {} spans",
		args.inference,
		claimed.model,
		report.output_tokens,
		report.covered_tokens,
		report.spans.len()
	);
	println!("on chain:");
	show::attribution(&claimed.attribution);
	let differences = show::diff(&claimed.attribution, &report.attribution);
	if differences.is_empty() {
		println!("verified: the attribution on chain is the one recomputed");
		return Ok(true);
	}
	println!("recomputed:");
	show::attribution(&report.attribution);
	println!("DIFFERS in {} entries:", differences.len());
	for line in &differences {
		println!("  {line}");
	}
	Ok(false)
}

/// Verifies, then challenges when the attribution differs (or with `--force`).
pub async fn challenge(
	url: &str,
	store: &ContentStore,
	index_dir: &Path,
	args: ChallengeArgs,
) -> anyhow::Result<bool> {
	let equal = verify(url, store, index_dir, &args.verify).await?;
	if equal && !args.force {
		println!("not challenging: nothing to dispute (use --force to challenge anyway)");
		return Ok(true);
	}
	let uri = output_uri(&args)?;
	let signer = chain::signer(&args.suri)?;
	let client = chain::connect(url).await?;
	let bounded = runtime::runtime_types::bounded_collections::bounded_vec::BoundedVec(
		uri.clone().into_bytes(),
	);
	let call = runtime::transactions().inference().challenge(args.verify.inference, bounded);
	chain::submit(&client, &signer, &call, None).await.context("challenging")?;
	println!(
		"challenged inference {} (bond held until the court's verdict; output at {uri})",
		args.verify.inference
	);
	Ok(true)
}

/// Builds the indexes of a model and prints its manifest.
pub async fn index(
	url: &str,
	store: &ContentStore,
	index_dir: &Path,
	args: IndexArgs,
) -> anyhow::Result<()> {
	let (_, reference) = reference(url, store, index_dir, args.model).await?;
	println!("{}", serde_json::to_string_pretty(&reference.manifest)?);
	println!(
		"manifest hash {} (model {} artifact hash {}: {})",
		hex_hash(&reference.manifest.hash()),
		args.model,
		hex_hash(&reference.artifact_hash),
		if reference.is_reference() { "the reference model" } else { "not this manifest" }
	);
	Ok(())
}
