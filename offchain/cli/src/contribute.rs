//! `openledger contribute`: store content, submit its hash.

use anyhow::Context;
use openledger_sdk::{
	chain::{self, runtime},
	content::{hex_hash, ContentStore},
};
use std::path::PathBuf;

/// Arguments of `contribute`.
#[derive(clap::Args, Debug)]
pub struct Args {
	/// The contributor's secret URI (e.g. `//Charlie`).
	#[arg(long, env = "OPENLEDGER_SURI")]
	suri: String,
	/// The datanet.
	#[arg(long)]
	datanet: u32,
	/// The file to contribute.
	#[arg(long)]
	file: PathBuf,
	/// Where others fetch the content (default: `file://` and the stored copy's path).
	#[arg(long)]
	uri: Option<String>,
}

/// Stores the file, contributes its hash, prints the contribution id.
pub async fn run(url: &str, store: &ContentStore, args: Args) -> anyhow::Result<()> {
	let bytes =
		std::fs::read(&args.file).with_context(|| format!("reading {}", args.file.display()))?;
	let hash = store.put(&bytes)?;
	let uri = match args.uri {
		Some(uri) => uri,
		None => {
			let stored = std::fs::canonicalize(store.dir())?.join(hex_hash(&hash));
			format!("file://{}", stored.display())
		}
	};
	let signer = chain::signer(&args.suri)?;
	let client = chain::connect(url).await?;
	let call = runtime::transactions().datanets().contribute(
		args.datanet,
		subxt::utils::H256(hash),
		bytes.len() as u64,
		runtime::runtime_types::bounded_collections::bounded_vec::BoundedVec(
			uri.clone().into_bytes(),
		),
	);
	let events = chain::submit(&client, &signer, &call, None).await.context("contributing")?;
	let submitted = events
		.find_first::<runtime::datanets::events::ContributionSubmitted>()
		.and_then(Result::ok);
	match submitted {
		Some(event) => println!(
			"contribution {} to datanet {}: {} ({} bytes) at {uri}",
			event.contribution,
			args.datanet,
			hex_hash(&hash),
			bytes.len()
		),
		None => println!("contributed {} to datanet {}", hex_hash(&hash), args.datanet),
	}
	Ok(())
}
