//! Shared pieces of the OpenLedger pallets' test runtimes: the configuration of `frame_system`,
//! `pallet_balances`, `pallet_datanets` (reporting share changes to the rewards pallet),
//! `pallet_models` and `pallet_rewards` for a mock runtime with `u64` accounts and `u128`
//! balances, and helpers every such test uses.
//!
//! `openledger_test_support::reward_chain_configs!(Test);` in a mock expands in the mock's crate,
//! so the crates it names (`frame_support`, `frame_system`, `pallet_balances`, `pallet_datanets`,
//! `pallet_models`, `pallet_rewards`, `openledger_primitives`, `sp_runtime`) are the mock's own
//! dependencies, and it expects `Block`, `AccountId`, `Balance`, `System`, `Balances`,
//! `Datanets`, `Models`, `Rewards` and `RuntimeHoldReason` in scope.
#![no_std]

/// The configuration shared by the rewards and inference mocks; see the crate docs.
#[macro_export]
macro_rules! reward_chain_configs {
	($runtime:ident) => {
		#[frame_support::derive_impl(frame_system::config_preludes::TestDefaultConfig)]
		impl frame_system::Config for $runtime {
			type Block = Block;
			type AccountData = pallet_balances::AccountData<Balance>;
		}

		#[frame_support::derive_impl(pallet_balances::config_preludes::TestDefaultConfig)]
		impl pallet_balances::Config for $runtime {
			type Balance = Balance;
			type AccountStore = System;
			type ExistentialDeposit = frame_support::traits::ConstU128<1>;
			type RuntimeHoldReason = RuntimeHoldReason;
		}

		pub const TREASURY: AccountId = 99;
		pub const RETENTION: u64 = 10;
		pub const MAX_CONTRIBUTIONS: u32 = 4;
		pub const MAX_DATANETS: u32 = 3;

		frame_support::parameter_types! {
			pub const Treasury: AccountId = TREASURY;
			pub const MaxRoyalty: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(50);
			pub const RewardsPalletId: frame_support::PalletId = frame_support::PalletId(*b"ol/rwrds");
			pub const MinDataSide: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(10);
			pub const MaxDataSide: sp_runtime::Perbill = sp_runtime::Perbill::from_percent(80);
		}

		impl pallet_datanets::Config for $runtime {
			type RuntimeHoldReason = RuntimeHoldReason;
			type Currency = Balances;
			type GovernanceOrigin = frame_system::EnsureRoot<AccountId>;
			type Treasury = Treasury;
			type OnShareChange = Rewards;
			type DatanetDeposit = frame_support::traits::ConstU128<100>;
			type MinContributionDeposit = frame_support::traits::ConstU128<10>;
			type MaxContributionDeposit = frame_support::traits::ConstU128<1_000>;
			type MaxNameLength = frame_support::traits::ConstU32<16>;
			type MaxDescriptionLength = frame_support::traits::ConstU32<16>;
			type MaxUriLength = frame_support::traits::ConstU32<16>;
			type MaxLicenseLength = frame_support::traits::ConstU32<8>;
			type MaxContributionsPerDatanet = frame_support::traits::ConstU32<64>;
			type MaxContributionsPerContributor = frame_support::traits::ConstU32<16>;
			type MaxVersions = frame_support::traits::ConstU32<4>;
			type MaxWeight = frame_support::traits::ConstU32<10>;
			type WeightInfo = ();
		}

		impl pallet_models::Config for $runtime {
			type RuntimeHoldReason = RuntimeHoldReason;
			type Currency = Balances;
			type Datanets = Datanets;
			type ModelDeposit = frame_support::traits::ConstU128<50>;
			type MinPrice = frame_support::traits::ConstU128<1>;
			type MaxRoyalty = MaxRoyalty;
			type MaxNameLength = frame_support::traits::ConstU32<16>;
			type MaxUriLength = frame_support::traits::ConstU32<24>;
			type MaxTrainingDatanets = frame_support::traits::ConstU32<MAX_DATANETS>;
			type MaxLineageDepth = frame_support::traits::ConstU32<3>;
			type WeightInfo = ();
			#[cfg(feature = "runtime-benchmarks")]
			type BenchmarkHelper = Datanets;
		}

		impl pallet_rewards::Config for $runtime {
			type Currency = Balances;
			type Models = Models;
			type Datanets = Datanets;
			type PolicyOrigin = frame_system::EnsureRoot<AccountId>;
			type PalletId = RewardsPalletId;
			type Treasury = Treasury;
			type MinDataSide = MinDataSide;
			type MaxDataSide = MaxDataSide;
			type MaxAttributedContributions = frame_support::traits::ConstU32<MAX_CONTRIBUTIONS>;
			type MaxAttributedDatanets = frame_support::traits::ConstU32<MAX_DATANETS>;
			type MaxClaimPools = frame_support::traits::ConstU32<4>;
			type ReceiptRetention = frame_support::traits::ConstU64<RETENTION>;
			type WeightInfo = ();
			#[cfg(feature = "runtime-benchmarks")]
			type BenchmarkHelper = (Datanets, Models);
		}

		pub type TestAttribution = openledger_primitives::Attribution<
			frame_support::traits::ConstU32<MAX_CONTRIBUTIONS>,
			frame_support::traits::ConstU32<MAX_DATANETS>,
		>;

		/// A `(contribution, percent)` / `(datanet, percent)` attribution.
		pub fn attribution(
			contributions: &[(openledger_primitives::ContributionId, u32)],
			datanets: &[(openledger_primitives::DatanetId, u32)],
		) -> TestAttribution {
			let percent = |p: &u32| sp_runtime::Perbill::from_percent(*p);
			openledger_primitives::Attribution {
				contributions: contributions
					.iter()
					.map(|(c, p)| (*c, percent(p)))
					.collect::<Vec<_>>()
					.try_into()
					.unwrap(),
				datanets: datanets
					.iter()
					.map(|(d, p)| (*d, percent(p)))
					.collect::<Vec<_>>()
					.try_into()
					.unwrap(),
			}
		}

		/// `who`'s balance (free, including what is not held).
		pub fn free(who: AccountId) -> Balance {
			<Balances as frame_support::traits::fungible::Inspect<AccountId>>::balance(&who)
		}
	};
}
