//! A typed client of the OpenLedger chain.

use anyhow::{anyhow, Context};
use std::time::Duration;
use subxt::{OnlineClient, SubstrateConfig};
use subxt_signer::{sr25519::Keypair, SecretUri};

/// Calls, storage, events, constants and runtime APIs of this chain, generated from its
/// metadata (`metadata/openledger.scale`).
#[subxt::subxt(runtime_metadata_path = "metadata/openledger.scale", derive_for_all_types = "Clone")]
pub mod runtime {}

use runtime::runtime_types::sp_arithmetic::per_things::Perbill;

/// The chain's configuration: a Substrate chain with the default transaction extensions.
pub type ChainConfig = SubstrateConfig;

/// A connected client.
pub type Client = OnlineClient<ChainConfig>;

/// The chain's account id.
pub type AccountId = subxt::utils::AccountId32;

/// The runtime's attribution as calls take it.
pub type ChainAttribution = runtime::runtime_types::openledger_primitives::types::Attribution;

/// Connects to the node at `url` (`ws://` or `wss://`; an unencrypted URL is allowed, as for a
/// local dev node).
///
/// # Errors
/// When the node cannot be reached or its metadata read.
pub async fn connect(url: &str) -> anyhow::Result<Client> {
	Client::from_insecure_url(url).await.with_context(|| format!("connecting to {url}"))
}

/// Connects to `url`, retrying with backoff (up to 10 s apart) until `deadline` passes.
///
/// # Errors
/// The last connection error once the deadline has passed.
pub async fn connect_retrying(url: &str, deadline: Duration) -> anyhow::Result<Client> {
	let started = std::time::Instant::now();
	let mut wait = Duration::from_millis(250);
	loop {
		match connect(url).await {
			Ok(client) => return Ok(client),
			Err(e) if started.elapsed() >= deadline => return Err(e),
			Err(e) => {
				tracing::warn!("{e:#}; retrying in {wait:?}");
				tokio::time::sleep(wait).await;
				wait = (wait * 2).min(Duration::from_secs(10));
			}
		}
	}
}

/// The key pair a secret URI names: `//Alice`, a mnemonic, or a hex seed, with optional
/// derivation paths.
///
/// # Errors
/// When the URI is not a valid secret.
pub fn signer(suri: &str) -> anyhow::Result<Keypair> {
	let uri: SecretUri = suri.parse().map_err(|e| anyhow!("bad secret URI: {e:?}"))?;
	Keypair::from_uri(&uri).map_err(|e| anyhow!("bad secret URI: {e:?}"))
}

/// The runtime's attribution from the engine's.
pub fn to_chain(attribution: &attribution_engine::Attribution) -> ChainAttribution {
	use runtime::runtime_types::bounded_collections::bounded_vec::BoundedVec;
	ChainAttribution {
		contributions: BoundedVec(
			attribution.contributions.iter().map(|(c, s)| (*c, Perbill(*s))).collect(),
		),
		datanets: BoundedVec(attribution.datanets.iter().map(|(d, s)| (*d, Perbill(*s))).collect()),
	}
}

/// The engine's attribution from the runtime's.
pub fn from_chain(attribution: &ChainAttribution) -> attribution_engine::Attribution {
	attribution_engine::Attribution {
		contributions: attribution.contributions.0.iter().map(|(c, s)| (*c, s.0)).collect(),
		datanets: attribution.datanets.0.iter().map(|(d, s)| (*d, s.0)).collect(),
	}
}

/// Signs `call` as `signer` (with `nonce`, or the chain's next one), submits it, and waits for
/// it to be finalized and to succeed.
///
/// # Errors
/// When it cannot be submitted, is dropped, or fails (the module error by name).
pub async fn submit<Call: subxt::transactions::Payload>(
	client: &Client,
	signer: &Keypair,
	call: &Call,
	nonce: Option<u64>,
) -> anyhow::Result<subxt::extrinsics::ExtrinsicEvents<ChainConfig>> {
	let at = client.at_current_block().await?;
	let mut params = subxt::config::DefaultExtrinsicParamsBuilder::<ChainConfig>::new();
	if let Some(nonce) = nonce {
		params = params.nonce(nonce);
	}
	let events = at
		.transactions()
		.sign_and_submit_then_watch(call, signer, params.build())
		.await?
		.wait_for_finalized_success()
		.await?;
	Ok(events)
}
