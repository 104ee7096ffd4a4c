//! Dispatch of the command line: run the node or one of its subcommands.

use crate::{
	chain_spec::{self, BuiltIn},
	cli::{Cli, Sealing, Subcommand},
	service,
};
use openledger_runtime::{opaque::Block, Hash};
use sc_cli::SubstrateCli;
use sc_service::{ChainType, PartialComponents, PruningMode};

/// `--pool-limit` under instant sealing: ten times the default, so the future queue (a tenth)
/// holds 8,192 transactions, as many as the default ready queue.
const INSTANT_POOL_LIMIT: usize = 81_920;
/// `--pool-kbytes` under instant sealing, ten times the default for the same reason.
const INSTANT_POOL_KBYTES: usize = 204_800;

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"OpenLedger Node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		"OpenLedger appchain node: Aura + GRANDPA, ParityDB, attribution RPC.".into()
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"https://github.com/openledger/openledger-appchain/issues".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn sc_service::ChainSpec>, String> {
		Ok(match id {
			"dev" => Box::new(BuiltIn::Development.spec(self.runtime_wasm)?),
			"" | "local" => Box::new(BuiltIn::Local.spec(self.runtime_wasm)?),
			"production" => Box::new(BuiltIn::Production.spec(self.runtime_wasm)?),
			path => {
				let file = std::path::PathBuf::from(path);
				if !file.is_file() {
					return Err(format!(
						"unknown chain `{path}`: expected `dev`, `local`, `production` or the path of \
						 a chain-spec JSON file"
					));
				}
				Box::new(
					chain_spec::ChainSpec::from_json_file(file)
						.map_err(|e| format!("invalid chain spec `{path}`: {e}"))?,
				)
			}
		})
	}
}

/// Parses the command line and runs it, with `runtime_wasm` as the code of the built-in chain
/// specs.
pub fn run(runtime_wasm: Option<&'static [u8]>) -> sc_cli::Result<()> {
	let mut cli = Cli::from_args();
	cli.runtime_wasm = runtime_wasm;

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		}
		Some(Subcommand::ExportChainSpec(cmd)) => {
			let chain_spec = cli.load_spec(&cmd.chain)?;
			cmd.run(chain_spec)
		}
		Some(Subcommand::CheckBlock(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config, Sealing::Aura)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		}
		Some(Subcommand::ExportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } =
					service::new_partial(&config, Sealing::Aura)?;
				Ok((cmd.run(client, config.database), task_manager))
			})
		}
		Some(Subcommand::ExportState(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, .. } =
					service::new_partial(&config, Sealing::Aura)?;
				Ok((cmd.run(client, config.chain_spec), task_manager))
			})
		}
		Some(Subcommand::ImportBlocks(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, import_queue, .. } =
					service::new_partial(&config, Sealing::Aura)?;
				Ok((cmd.run(client, import_queue), task_manager))
			})
		}
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.database))
		}
		Some(Subcommand::Revert(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.async_run(|config| {
				let PartialComponents { client, task_manager, backend, .. } =
					service::new_partial(&config, Sealing::Aura)?;
				let aux_revert = Box::new(|client, _, blocks| {
					sc_consensus_grandpa::revert(client, blocks)?;
					Ok(())
				});
				Ok((cmd.run(client, backend, Some(aux_revert)), task_manager))
			})
		}
		#[cfg(feature = "runtime-benchmarks")]
		Some(Subcommand::Benchmark(cmd)) => {
			use frame_benchmarking_cli::BenchmarkCmd;
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| match cmd {
				BenchmarkCmd::Pallet(cmd) => cmd
					.run_with_spec::<sp_runtime::traits::HashingFor<Block>, ()>(Some(
						config.chain_spec,
					)),
				BenchmarkCmd::Block(cmd) => {
					let PartialComponents { client, .. } =
						service::new_partial(&config, Sealing::Aura)?;
					cmd.run(client)
				}
				BenchmarkCmd::Storage(cmd) => {
					let PartialComponents { client, backend, .. } =
						service::new_partial(&config, Sealing::Aura)?;
					let db = backend.expose_db();
					let storage = backend.expose_storage();
					let shared_trie_cache = backend.expose_shared_trie_cache();
					cmd.run(config, client, db, storage, shared_trie_cache)
				}
				BenchmarkCmd::Machine(cmd) => {
					cmd.run(&config, frame_benchmarking_cli::SUBSTRATE_REFERENCE_HARDWARE.clone())
				}
				// Block and extrinsic base weights, from blocks full of `system.remark`.
				BenchmarkCmd::Overhead(cmd) => {
					cmd.run_with_default_builder_and_spec::<Block, ()>(Some(config.chain_spec))
				}
				_ => Err("this benchmark subcommand is not supported by this node; use \
				          `benchmark pallet`, `overhead`, `block`, `storage` or `machine`"
					.into()),
			})
		}
		Some(Subcommand::ChainInfo(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run::<Block>(&config))
		}
		None => {
			// Instant sealing uses the single-state pool unless `--pool-type` says otherwise:
			// under a burst the fork-aware pool drops transactions or leaves them in its future
			// queue with no block ever made for them (its views follow blocks that instant
			// sealing makes faster than it revalidates).
			let chosen = |flag: &str| std::env::args().any(|arg| arg.starts_with(flag));
			if cli.run.sealing == Sealing::Instant && !chosen("--pool-type") {
				cli.run.base.pool_config.pool_type = sc_cli::TransactionPoolType::SingleState;
			}
			// The pool's future queue (transactions waiting for an earlier nonce) holds a tenth
			// of `--pool-limit`, 819 by default, and past that the pool drops transactions it
			// already accepted. A burst sent at once reaches the pool out of order under load, so
			// under instant sealing the future queue holds as many as the default ready queue.
			if cli.run.sealing == Sealing::Instant && !chosen("--pool-limit") {
				cli.run.base.pool_config.pool_limit = INSTANT_POOL_LIMIT;
			}
			if cli.run.sealing == Sealing::Instant && !chosen("--pool-kbytes") {
				cli.run.base.pool_config.pool_kbytes = INSTANT_POOL_KBYTES;
			}
			let runner = cli.create_runner(&cli.run.base)?;
			let sealing = cli.run.sealing;
			let pruning_chosen = cli.run.base.import_params.pruning_params.state_pruning.is_some();
			ensure_authorities(runner.config().chain_spec.as_ref())?;
			runner.run_node_until_exit(|mut config| async move {
				// The attribution API answers at any block: a development chain keeps every
				// state unless `--state-pruning` says otherwise.
				if !pruning_chosen && config.chain_spec.chain_type() == ChainType::Development {
					config.state_pruning = Some(PruningMode::ArchiveAll);
				}
				match config.network.network_backend {
					sc_network::config::NetworkBackendType::Libp2p => {
						service::new_full::<sc_network::NetworkWorker<Block, Hash>>(config, sealing)
					}
					sc_network::config::NetworkBackendType::Litep2p => {
						service::new_full::<sc_network::Litep2pNetworkBackend>(config, sealing)
					}
				}
				.map_err(sc_cli::Error::Service)
			})
		}
	}
}

/// A chain spec whose genesis names no GRANDPA authority cannot run a chain (GRANDPA would
/// refuse its genesis): the `production` template is such a spec until its operators add
/// their validators. Refuses it with that message rather than a panic. Raw specs are not
/// checked.
fn ensure_authorities(spec: &dyn sc_service::ChainSpec) -> sc_cli::Result<()> {
	let json: serde_json::Value = serde_json::from_str(&spec.as_json(false)?)
		.map_err(|e| format!("chain spec `{}`: {e}", spec.id()))?;
	let patch = &json["genesis"]["runtimeGenesis"]["patch"];
	let named = patch["grandpa"]["authorities"].as_array().is_some_and(|a| !a.is_empty());
	if patch.is_object() && !named {
		return Err(format!(
			"chain spec `{}` names no validator (GRANDPA authority): it is a template (the \
			 `production` one, say); add the validators' aura and grandpa keys to \
			 `genesis.runtimeGenesis.patch` and pass the file with --chain",
			spec.id()
		)
		.into());
	}
	Ok(())
}
