//! The pallets `benchmark pallet` runs against this runtime.

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_grandpa, Grandpa]
	[pallet_sudo, Sudo]
	[pallet_utility, Utility]
	[pallet_scheduler, Scheduler]
	[pallet_preimage, Preimage]
	[pallet_referenda, Referenda]
	[pallet_conviction_voting, ConvictionVoting]
	[pallet_whitelist, Whitelist]
	[pallet_collective, TechnicalCommittee]
	[pallet_datanets, Datanets]
	[pallet_models, Models]
	[pallet_inference, Inference]
	[pallet_rewards, Rewards]
	[pallet_court, Court]
);
