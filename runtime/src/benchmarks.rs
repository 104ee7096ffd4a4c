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
	[pallet_datanets, Datanets]
	[pallet_models, Models]
	[pallet_inference, Inference]
	[pallet_rewards, Rewards]
);
