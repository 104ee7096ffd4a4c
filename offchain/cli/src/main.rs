//! `openledger`: pay for an inference call and read its answer and receipt, contribute data,
//! and recompute an inference's attribution to check (and challenge) what its provider posted.
//!
//! Exit codes: 0 success (for `verify`: the attribution on chain is the one recomputed; for
//! `audit-batch`: the batch is its published records), 1 the attribution (or the batch)
//! differs, 2 any error.

mod batched;
mod contribute;
mod progress;
mod request;
mod show;
mod verify;

use clap::{Parser, Subcommand};
use std::{path::PathBuf, process::ExitCode};

/// The OpenLedger client.
#[derive(Parser, Debug)]
#[command(version, about)]
struct Cli {
	/// The node's WebSocket RPC.
	#[arg(long, global = true, env = "OPENLEDGER_URL", default_value = "ws://127.0.0.1:9944")]
	url: String,
	/// Content store directory.
	#[arg(long, global = true, env = "OPENLEDGER_CONTENT", default_value = ".openledger/content")]
	content_dir: PathBuf,
	/// Index cache directory.
	#[arg(long, global = true, env = "OPENLEDGER_INDEXES", default_value = ".openledger/indexes")]
	index_dir: PathBuf,
	/// Model weights by blake2-256 (`0x<hex>` files), for models that run a language model
	/// (`scripts/fetch-model.sh` fetches the dev chain's).
	#[arg(long, global = true, env = "OPENLEDGER_MODELS_DIR", default_value_os_t = openledger_sdk::rag::default_models_dir())]
	models_dir: PathBuf,
	#[command(flatten)]
	fetch: openledger_sdk::content::FetchArgs,
	#[command(subcommand)]
	command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
	/// Pay for an inference call, post the prompt to the provider, print the answer, its
	/// attribution and, once settled, who earned what.
	Request(request::Args),
	/// Claim a contribution's part of a batch's tail with the proof its provider serves.
	ClaimTail(batched::ClaimTailArgs),
	/// Check a batch against its provider's published records (its tree of calls and its
	/// aggregated attribution), and dispute its aggregate when they differ (`--dispute-as`).
	AuditBatch(batched::AuditBatchArgs),
	/// Store a file in the content store and contribute its hash to a datanet.
	Contribute(contribute::Args),
	/// Recompute an inference's attribution from public data and compare it with the chain's.
	Verify(verify::Args),
	/// Verify an inference and challenge its result (holding the challenge bond) when the
	/// attribution differs; for a batched call (`--batched-answer`), dispute its batch with the
	/// provider's acknowledgement (holding the dispute bond).
	Challenge(verify::ChallengeArgs),
	/// Build the reference indexes of a model and print its manifest hash (the artifact hash a
	/// reference model registers).
	Index(verify::IndexArgs),
}

fn main() -> ExitCode {
	tracing_subscriber::fmt()
		.with_env_filter(
			tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()),
		)
		.with_writer(std::io::stderr)
		.init();
	let cli = Cli::parse();
	let store = cli.fetch.store(&cli.content_dir);
	let dirs = verify::Dirs { index: &cli.index_dir, models: &cli.models_dir };
	let runtime = match tokio::runtime::Runtime::new() {
		Ok(runtime) => runtime,
		Err(e) => {
			eprintln!("error: {e}");
			return ExitCode::from(2);
		}
	};
	let result = runtime.block_on(async {
		match cli.command {
			Command::Request(args) => request::run(&cli.url, args).await.map(|()| true),
			Command::ClaimTail(args) => batched::claim_tail(&cli.url, args).await.map(|()| true),
			Command::AuditBatch(args) => batched::audit_batch(&cli.url, args).await,
			Command::Contribute(args) => {
				contribute::run(&cli.url, &store, args).await.map(|()| true)
			}
			Command::Verify(args) => verify::verify(&cli.url, &store, &dirs, &args).await,
			Command::Challenge(args) => verify::challenge(&cli.url, &store, &dirs, args).await,
			Command::Index(args) => {
				verify::index(&cli.url, &store, &dirs, args).await.map(|()| true)
			}
		}
	});
	match result {
		Ok(true) => ExitCode::SUCCESS,
		Ok(false) => ExitCode::from(1),
		Err(e) => {
			eprintln!("error: {e:#}");
			ExitCode::from(2)
		}
	}
}
