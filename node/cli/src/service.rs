//! The node's services: client, networking, block production (Aura or instant sealing) and
//! GRANDPA finality.

use std::{sync::Arc, time::Duration};

use futures::StreamExt;
use openledger_runtime::{apis::RuntimeApi, opaque::Block};
use sc_client_api::{BlockBackend, BlockchainEvents, HeaderBackend};
use sc_consensus_aura::{ImportQueueParams, SlotProportion, StartAuraParams};
use sc_consensus_grandpa::SharedVoterState;
use sc_consensus_manual_seal::{
	consensus::{aura::AuraConsensusDataProvider, timestamp::SlotTimestampProvider},
	EngineCommand, ManualSealParams,
};
use sc_service::{error::Error as ServiceError, Configuration, TaskManager, WarpSyncConfig};
use sc_telemetry::{Telemetry, TelemetryWorker};
use sc_transaction_pool_api::{OffchainTransactionPoolFactory, TransactionPool};
use sp_consensus_aura::sr25519::AuthorityPair as AuraPair;
use sp_runtime::traits::Block as BlockT;

use crate::cli::Sealing;

/// The node's client: native code only for the host functions, the runtime runs as wasm.
/// The host functions the runtime may call; a runtime built with `runtime-benchmarks` also
/// calls the benchmarking ones (e.g. for `benchmark storage` on it).
#[cfg(not(feature = "runtime-benchmarks"))]
type HostFunctions = sp_io::SubstrateHostFunctions;
#[cfg(feature = "runtime-benchmarks")]
type HostFunctions =
	(sp_io::SubstrateHostFunctions, frame_benchmarking::benchmarking::HostFunctions);

pub(crate) type FullClient =
	sc_service::TFullClient<Block, RuntimeApi, sc_executor::WasmExecutor<HostFunctions>>;
type FullBackend = sc_service::TFullBackend<Block>;
type FullSelectChain = sc_consensus::LongestChain<FullBackend, Block>;
type GrandpaBlockImport =
	sc_consensus_grandpa::GrandpaBlockImport<FullBackend, Block, FullClient, FullSelectChain>;
type GrandpaLink = sc_consensus_grandpa::LinkHalf<Block, FullClient, FullSelectChain>;

/// Blocks between two stored GRANDPA justifications.
const GRANDPA_JUSTIFICATION_PERIOD: u32 = 512;

/// Under instant sealing, how long a block waits for the pool to process its parent. Only a
/// stalled pool reaches it; then the block is sealed from the pool's set as it is.
const POOL_SYNC_LIMIT: Duration = Duration::from_secs(30);

/// The parts every subcommand needs; `new_full` builds the running node on them.
pub type Service = sc_service::PartialComponents<
	FullClient,
	FullBackend,
	FullSelectChain,
	sc_consensus::DefaultImportQueue<Block>,
	sc_transaction_pool::TransactionPoolHandle<Block, FullClient>,
	(GrandpaBlockImport, GrandpaLink, Option<Telemetry>),
>;

/// Client, backend, pool and import queue. The import queue follows the sealing mode: Aura
/// blocks are verified against their slot and author; instantly sealed blocks are not signed.
pub fn new_partial(config: &Configuration, sealing: Sealing) -> Result<Service, ServiceError> {
	let telemetry = config
		.telemetry_endpoints
		.clone()
		.filter(|x| !x.is_empty())
		.map(|endpoints| -> Result<_, sc_telemetry::Error> {
			let worker = TelemetryWorker::new(16)?;
			let telemetry = worker.handle().new_telemetry(endpoints);
			Ok((worker, telemetry))
		})
		.transpose()?;

	let executor = sc_service::new_wasm_executor::<HostFunctions>(&config.executor);
	let (client, backend, keystore_container, task_manager) =
		sc_service::new_full_parts::<Block, RuntimeApi, _>(
			config,
			telemetry.as_ref().map(|(_, telemetry)| telemetry.handle()),
			executor,
			vec![],
		)?;
	let client = Arc::new(client);

	let telemetry = telemetry.map(|(worker, telemetry)| {
		task_manager.spawn_handle().spawn("telemetry", None, worker.run());
		telemetry
	});

	let select_chain = sc_consensus::LongestChain::new(backend.clone());

	let transaction_pool = Arc::from(
		sc_transaction_pool::Builder::new(
			task_manager.spawn_essential_handle(),
			client.clone(),
			config.role.is_authority().into(),
		)
		.with_options(config.transaction_pool.clone())
		.with_prometheus(config.prometheus_registry())
		.build(),
	);

	let (grandpa_block_import, grandpa_link) = sc_consensus_grandpa::block_import(
		client.clone(),
		GRANDPA_JUSTIFICATION_PERIOD,
		&client,
		select_chain.clone(),
		telemetry.as_ref().map(|x| x.handle()),
	)?;

	let import_queue = match sealing {
		Sealing::Aura => {
			let cidp_client = client.clone();
			sc_consensus_aura::import_queue::<AuraPair, _, _, _, _, _>(ImportQueueParams {
				block_import: grandpa_block_import.clone(),
				justification_import: Some(Box::new(grandpa_block_import.clone())),
				client: client.clone(),
				create_inherent_data_providers: move |parent_hash, _| {
					let cidp_client = cidp_client.clone();
					async move {
						let slot_duration = sc_consensus_aura::standalone::slot_duration_at(
							&*cidp_client,
							parent_hash,
						)?;
						let timestamp = sp_timestamp::InherentDataProvider::from_system_time();
						let slot =
							sp_consensus_aura::inherents::InherentDataProvider::from_timestamp_and_slot_duration(
								*timestamp,
								slot_duration,
							);
						Ok((slot, timestamp))
					}
				},
				spawner: &task_manager.spawn_essential_handle(),
				registry: config.prometheus_registry(),
				check_for_equivocation: Default::default(),
				telemetry: telemetry.as_ref().map(|x| x.handle()),
				compatibility_mode: Default::default(),
			})?
		}
		Sealing::Instant => sc_consensus_manual_seal::import_queue(
			Box::new(client.clone()),
			&task_manager.spawn_essential_handle(),
			config.prometheus_registry(),
		),
	};

	Ok(sc_service::PartialComponents {
		client,
		backend,
		task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: (grandpa_block_import, grandpa_link, telemetry),
	})
}

/// Builds and starts the full node.
pub fn new_full<N: sc_network::NetworkBackend<Block, <Block as BlockT>::Hash>>(
	config: Configuration,
	sealing: Sealing,
) -> Result<TaskManager, ServiceError> {
	let sc_service::PartialComponents {
		client,
		backend,
		mut task_manager,
		import_queue,
		keystore_container,
		select_chain,
		transaction_pool,
		other: (block_import, grandpa_link, mut telemetry),
	} = new_partial(&config, sealing)?;

	let mut net_config =
		sc_network::config::FullNetworkConfiguration::<Block, <Block as BlockT>::Hash, N>::new(
			&config.network,
			config.prometheus_config.as_ref().map(|cfg| cfg.registry.clone()),
		);
	let metrics = N::register_notification_metrics(config.prometheus_registry());
	let peer_store_handle = net_config.peer_store_handle();

	let genesis_hash = client
		.block_hash(0)
		.ok()
		.flatten()
		.ok_or_else(|| ServiceError::Other("the genesis block is missing".into()))?;
	let grandpa_protocol_name =
		sc_consensus_grandpa::protocol_standard_name(&genesis_hash, &config.chain_spec);
	let (grandpa_protocol_config, grandpa_notification_service) =
		sc_consensus_grandpa::grandpa_peers_set_config::<_, N>(
			grandpa_protocol_name.clone(),
			metrics.clone(),
			peer_store_handle,
		);
	net_config.add_notification_protocol(grandpa_protocol_config);

	let warp_sync = Arc::new(sc_consensus_grandpa::warp_proof::NetworkProvider::new(
		backend.clone(),
		grandpa_link.shared_authority_set().clone(),
		Vec::default(),
	));

	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		sc_service::build_network(sc_service::BuildNetworkParams {
			config: &config,
			net_config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			import_queue,
			block_announce_validator_builder: None,
			warp_sync_config: Some(WarpSyncConfig::WithProvider(warp_sync)),
			block_relay: None,
			metrics,
			gap_sync_body_policy: None,
		})?;

	let role = config.role;
	let force_authoring = config.force_authoring;
	let name = config.network.node_name.clone();
	let prometheus_registry = config.prometheus_registry().cloned();

	// Instant sealing: blocks are made on demand, by the pool or by `engine_createBlock`.
	let manual_seal = match sealing {
		Sealing::Instant => Some(futures::channel::mpsc::channel::<EngineCommand<_>>(1024)),
		Sealing::Aura => None,
	};
	let (manual_seal_sink, manual_seal_commands) = match manual_seal {
		Some((sink, commands)) => (Some(sink), Some(commands)),
		None => (None, None),
	};

	let rpc_extensions_builder = {
		let client = client.clone();
		let pool = transaction_pool.clone();

		Box::new(move |_| {
			let deps = crate::rpc::FullDeps {
				client: client.clone(),
				pool: pool.clone(),
				manual_seal: manual_seal_sink.clone(),
			};
			crate::rpc::create_full(deps).map_err(Into::into)
		})
	};

	sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		network: network.clone(),
		client: client.clone(),
		keystore: keystore_container.keystore(),
		task_manager: &mut task_manager,
		transaction_pool: transaction_pool.clone(),
		rpc_builder: rpc_extensions_builder,
		backend,
		system_rpc_tx,
		tx_handler_controller,
		sync_service: sync_service.clone(),
		config,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;

	if !role.is_authority() {
		return Ok(task_manager);
	}

	let proposer_factory = sc_basic_authorship::ProposerFactory::new(
		task_manager.spawn_handle(),
		client.clone(),
		transaction_pool.clone(),
		prometheus_registry.as_ref(),
		telemetry.as_ref().map(|x| x.handle()),
	);

	if let Some(rpc_commands) = manual_seal_commands {
		// Every transaction that enters the pool asks for a block, finalized at once.
		let seal = || EngineCommand::SealNewBlock {
			create_empty: false,
			finalize: true,
			parent_hash: None,
			sender: None,
		};
		let pool_commands = transaction_pool.import_notification_stream().map(move |_| seal());
		// A block that could not take every ready transaction (full, or made before a burst's
		// later transactions were promoted from the future queue) asks for the next one: no
		// valid transaction is left waiting for an import that never comes.
		// It asks once the pool has caught up with the block, so a block that took everything
		// does not ask for an empty one.
		let pool = transaction_pool.clone();
		let leftover_commands = client
			.import_notification_stream()
			.filter_map(move |block| {
				let pool = pool.clone();
				async move {
					let mut ready = pool.ready_at_with_timeout(block.hash, POOL_SYNC_LIMIT).await;
					ready.next().is_some().then(seal)
				}
			})
			.boxed();
		let pool_commands = futures::stream::select(pool_commands, leftover_commands);
		// Each command waits until the pool has processed the best block before the proposer
		// runs. The proposer waits at most an eighth of its 10 s deadline for that, then takes
		// the pool's ready set as it is: a set from before the parent's import still holds the
		// parent's transactions, which fail as stale, and the pool would remove every later
		// transaction of their senders with them.
		let gate_pool = transaction_pool.clone();
		let gate_client = client.clone();
		let commands_stream = futures::stream::select(pool_commands, rpc_commands)
			.then(move |command| {
				let pool = gate_pool.clone();
				let best = gate_client.info().best_hash;
				async move {
					let synced = pool.ready_at(best);
					let waited = futures_timer::Delay::new(POOL_SYNC_LIMIT);
					if let futures::future::Either::Right(_) =
						futures::future::select(synced, waited).await
					{
						log::warn!(
							"the pool has not processed block {best} after {POOL_SYNC_LIMIT:?}; \
							 sealing anyway"
						);
					}
					command
				}
			})
			.boxed();
		let cidp_client = client.clone();
		let params = ManualSealParams {
			block_import: client.clone(),
			env: proposer_factory,
			client: client.clone(),
			pool: transaction_pool.clone(),
			commands_stream,
			select_chain,
			// An Aura pre-digest so the runtime's Aura pallet sees a slot, and timestamps that
			// advance one slot per block so slots never repeat however fast blocks come.
			consensus_data_provider: Some(Box::new(AuraConsensusDataProvider::new(client.clone()))),
			// Only the timestamp: manual seal counts inherent *data* entries to tell an empty
			// block, so an extra Aura slot entry (which makes no extrinsic) would make every
			// one-transaction block look empty. The digest provider derives the slot itself.
			create_inherent_data_providers: move |_, ()| {
				let client = cidp_client.clone();
				async move { Ok(SlotTimestampProvider::new_aura(client)?) }
			},
		};
		task_manager.spawn_essential_handle().spawn_blocking(
			"instant-seal",
			Some("block-authoring"),
			sc_consensus_manual_seal::run_manual_seal(params),
		);
		return Ok(task_manager);
	}

	let slot_duration = sc_consensus_aura::slot_duration(&*client)?;
	let aura =
		sc_consensus_aura::start_aura::<AuraPair, _, _, _, _, _, _, _, _, _, _>(StartAuraParams {
			slot_duration,
			client,
			select_chain,
			block_import,
			proposer_factory,
			create_inherent_data_providers: move |_, ()| async move {
				let timestamp = sp_timestamp::InherentDataProvider::from_system_time();
				let slot =
					sp_consensus_aura::inherents::InherentDataProvider::from_timestamp_and_slot_duration(
						*timestamp,
						slot_duration,
					);
				Ok((slot, timestamp))
			},
			force_authoring,
			backoff_authoring_blocks: Option::<()>::None,
			keystore: keystore_container.keystore(),
			sync_oracle: sync_service.clone(),
			justification_sync_link: sync_service.clone(),
			block_proposal_slot_portion: SlotProportion::new(2f32 / 3f32),
			max_block_proposal_slot_portion: None,
			telemetry: telemetry.as_ref().map(|x| x.handle()),
			compatibility_mode: Default::default(),
		})?;
	task_manager.spawn_essential_handle().spawn_blocking("aura", Some("block-authoring"), aura);

	let grandpa_config = sc_consensus_grandpa::Config {
		gossip_duration: Duration::from_millis(333),
		justification_generation_period: GRANDPA_JUSTIFICATION_PERIOD,
		name: Some(name),
		observer_enabled: false,
		keystore: Some(keystore_container.keystore()),
		local_role: role,
		telemetry: telemetry.as_ref().map(|x| x.handle()),
		protocol_name: grandpa_protocol_name,
	};
	let grandpa_params = sc_consensus_grandpa::GrandpaParams {
		config: grandpa_config,
		link: grandpa_link,
		network,
		sync: Arc::new(sync_service),
		notification_service: grandpa_notification_service,
		voting_rule: sc_consensus_grandpa::VotingRulesBuilder::default().build(),
		prometheus_registry,
		shared_voter_state: SharedVoterState::empty(),
		telemetry: telemetry.as_ref().map(|x| x.handle()),
		offchain_tx_pool_factory: OffchainTransactionPoolFactory::new(transaction_pool),
	};
	// GRANDPA is essential: if it stops, the node stops.
	task_manager.spawn_essential_handle().spawn_blocking(
		"grandpa-voter",
		None,
		sc_consensus_grandpa::run_grandpa_voter(grandpa_params)?,
	);

	Ok(task_manager)
}
