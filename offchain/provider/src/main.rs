//! `openledger-provider`: serves the reference model on an OpenLedger chain.
//!
//! It registers and bonds if asked, builds the reference indexes of each served model (every
//! version the model and its ancestors cite, verified against their on-chain commitments),
//! follows finalized blocks for the requests assigned to it, and answers each prompt posted to
//! its HTTP endpoint once: it checks the prompt against the request's input hash, generates
//! with the ∞-gram model, attributes the output with the span engine, saves the answer, submits
//! `inference.submit_result`, and returns output and attribution. Answers live on disk, so a
//! restart resubmits what was prepared and never answers twice. Ctrl-C or SIGTERM stops it
//! gracefully: requests in flight finish first.

mod batched;
mod batcher;
mod calls;
mod http;
mod locks;
mod provider;
mod snapshot;
mod state;
mod watcher;

use anyhow::Context;
use clap::Parser;
use openledger_sdk::{
	chain::{self, runtime},
	reference::{Progress, ReferenceModel},
};
use provider::Provider;
use state::AnswerStore;
use std::{collections::BTreeMap, net::SocketAddr, path::PathBuf, sync::Arc, time::Duration};

/// Serve the reference model on an OpenLedger chain.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Args {
	/// The node's WebSocket RPC.
	#[arg(long, env = "OPENLEDGER_URL", default_value = "ws://127.0.0.1:9944")]
	url: String,
	/// The provider's secret URI (e.g. `//Dave` on the dev chain).
	#[arg(long, env = "OPENLEDGER_SURI")]
	suri: String,
	/// A model to serve (repeat for several).
	#[arg(long = "model", required = true)]
	models: Vec<u32>,
	/// Where the HTTP endpoint listens.
	#[arg(long, default_value = "127.0.0.1:8700")]
	listen: SocketAddr,
	/// Directory of the daemon's answers (kept across restarts).
	#[arg(long, default_value = "provider-state")]
	state_dir: PathBuf,
	/// Content store directory (default: `content` in the state directory).
	#[arg(long)]
	content_dir: Option<PathBuf>,
	#[command(flatten)]
	fetch: openledger_sdk::content::FetchArgs,
	/// Index cache directory (default: `indexes` in the state directory).
	#[arg(long)]
	index_dir: Option<PathBuf>,
	/// Model weights by blake2-256 (`0x<hex>` files), for models that run a language model.
	#[arg(long, env = "OPENLEDGER_MODELS_DIR", default_value_os_t = openledger_sdk::rag::default_models_dir())]
	models_dir: PathBuf,
	/// Register as a provider of the models with this stake (in planck) if not registered.
	#[arg(long)]
	register_stake: Option<u128>,
	/// Most tokens generated per answer.
	#[arg(long, default_value_t = 64)]
	max_tokens: usize,
	/// Contributions a batch pays directly, the heaviest first (at most the chain's bound,
	/// which is the default); the others form its tail, claimed with proofs.
	#[arg(long)]
	batch_direct: Option<usize>,
	/// How long a posted prompt waits for its request to be finalized, in seconds.
	#[arg(long, default_value_t = 30)]
	request_wait: u64,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
	tracing_subscriber::fmt()
		.with_env_filter(
			tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
		)
		.init();
	let args = Args::parse();
	// The address first: a busy port should stop the daemon before it registers, indexes or
	// answers anything, with what to do about it.
	let listener = tokio::net::TcpListener::bind(args.listen).await.with_context(|| {
		format!(
			"cannot listen on {}: another program (or another provider) uses it; \
			 stop it or pass another address with --listen (e.g. --listen 127.0.0.1:8701)",
			args.listen
		)
	})?;
	let signer = chain::signer(&args.suri)?;
	let client = chain::connect_retrying(&args.url, Duration::from_secs(120)).await?;
	let account = signer.public_key().to_account_id();
	tracing::info!(%account, url = %args.url, "connected");

	if let Some(stake) = args.register_stake {
		register(&client, &signer, &args.models, stake).await?;
	}

	let content_dir = args.content_dir.clone().unwrap_or_else(|| args.state_dir.join("content"));
	let index_dir = args.index_dir.clone().unwrap_or_else(|| args.state_dir.join("indexes"));
	let store = args.fetch.store(content_dir);
	// A model whose content cannot be had is unavailable (with the reason, in `/health` and
	// in refusals); the daemon serves the others.
	let mut models = BTreeMap::new();
	let mut unavailable = BTreeMap::new();
	for &model in &args.models {
		let loaded = ReferenceModel::load(
			&client,
			model,
			&store,
			Some(index_dir.clone()),
			&args.models_dir,
			|p| match p {
				Progress::Version { datanet, version, bytes } => {
					tracing::info!(datanet, version, bytes, "indexing")
				}
				Progress::Cached(what) => tracing::info!("index of {what} loaded from cache"),
				Progress::Indexed(_) => {}
			},
		)
		.await;
		let reference = match loaded {
			Ok(reference) => reference,
			Err(e) => {
				let reason = format!("{e:#}");
				tracing::error!(model, "model unavailable: {reason}");
				unavailable.insert(model, reason);
				continue;
			}
		};
		if let Some(rag) = &reference.rag {
			tracing::info!(model, weights = %openledger_sdk::content::hex_hash(&rag.manifest.weights), "artifact hash matches the language model's manifest");
		} else if reference.is_reference() {
			tracing::info!(model, "artifact hash matches the reference manifest");
		} else {
			tracing::warn!(model, "the model's artifact hash is not this engine's manifest; answers are still attributed by the reference engine");
		}
		models.insert(model, Arc::new(reference));
	}

	let answers = AnswerStore::open(&args.state_dir.join("answers"))?;
	let mut params = batched::BatchParams::read(&client).await?;
	params.direct = args.batch_direct.map_or(params.direct, |direct| direct.min(params.direct));
	let log = calls::CallLog::open(&args.state_dir.join("batched"))?;
	let batched = batched::Batched::new(params, log)?;
	let provider = Arc::new(Provider::new(
		client,
		signer,
		provider::Served { models, unavailable, store, batched },
		answers,
		args.max_tokens,
	));
	provider.recover().await?;

	let (stop, stopped) = tokio::sync::watch::channel(false);
	let watcher = tokio::spawn(watcher::watch(provider.clone(), args.url.clone(), stopped.clone()));
	let batcher = tokio::spawn(batcher::run(provider.clone(), stopped.clone()));
	tracing::info!(listen = %args.listen, "serving");
	let app = http::router(provider, Duration::from_secs(args.request_wait));
	axum::serve(listener, app)
		.with_graceful_shutdown(async move {
			shutdown_signal().await;
			tracing::info!("shutting down: finishing requests in flight");
			let _ = stop.send(true);
		})
		.await?;
	let _ = watcher.await;
	let _ = batcher.await;
	tracing::info!("stopped");
	Ok(())
}

/// Ctrl-C or SIGTERM.
async fn shutdown_signal() {
	let ctrl_c = async {
		let _ = tokio::signal::ctrl_c().await;
	};
	#[cfg(unix)]
	let terminate = async {
		match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
			Ok(mut signal) => {
				signal.recv().await;
			}
			Err(_) => std::future::pending::<()>().await,
		}
	};
	#[cfg(not(unix))]
	let terminate = std::future::pending::<()>();
	tokio::select! {
		_ = ctrl_c => {},
		_ = terminate => {},
	}
}

/// Registers the key as a provider of `models` with `stake` unless it already is one.
async fn register(
	client: &chain::Client,
	signer: &subxt_signer::sr25519::Keypair,
	models: &[u32],
	stake: u128,
) -> anyhow::Result<()> {
	let account = signer.public_key().to_account_id();
	let at = client.at_current_block().await?;
	let known =
		at.storage().try_fetch(runtime::storage().inference().providers(), (account,)).await?;
	if known.is_some() {
		tracing::info!(%account, "already a provider");
		return Ok(());
	}
	let models =
		runtime::runtime_types::bounded_collections::bounded_vec::BoundedVec(models.to_vec());
	let call = runtime::transactions().inference().register_provider(models, stake);
	chain::submit(client, signer, &call, None).await.context("registering as a provider")?;
	tracing::info!(%account, stake, "registered and bonded");
	Ok(())
}
