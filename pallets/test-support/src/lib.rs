//! Shared pieces of the OpenLedger pallets' test runtimes (`u64` accounts, `u128` balances): the
//! treasury account, the attribution bounds the pallets' `config_preludes::TestDefaultConfig`s
//! use, one builder of test externalities, and the helpers every mock needs
//! ([`impl_test_helpers!`]: `free`, `last_event`, `check_invariants`, `build_and_execute`). The
//! pallets' configurations themselves come from their own `config_preludes` through
//! `#[derive_impl]`.

extern crate alloc;

use alloc::vec::Vec;
use frame_support::{
	parameter_types,
	traits::{fungible::Inspect, Get},
};
use openledger_primitives::{Attribution, ContributionId, DatanetId};
use sp_runtime::{traits::One, BuildStorage, Perbill, Saturating, Storage};

pub use sp_io::TestExternalities;

/// The treasury account of the test runtimes.
pub const TREASURY: u64 = 99;
/// Receipts are kept this many blocks (the rewards prelude's `ReceiptRetention`).
pub const RETENTION: u64 = 10;
/// Most contributions one attribution names (the rewards prelude's bound).
pub const MAX_CONTRIBUTIONS: u32 = 4;
/// Most datanets one attribution names, and most training datanets of a model (the preludes'
/// bounds).
pub const MAX_DATANETS: u32 = 3;

parameter_types! {
	/// [`TREASURY`] as a `Config` constant.
	pub const Treasury: u64 = TREASURY;
}

/// An attribution from `(contribution, percent)` and `(datanet, percent)` pairs.
///
/// # Panics
/// When a list is longer than its bound (a mistake in the test).
pub fn attribution<C: Get<u32>, D: Get<u32>>(
	contributions: &[(ContributionId, u32)],
	datanets: &[(DatanetId, u32)],
) -> Attribution<C, D> {
	let percent = |p: &u32| Perbill::from_percent(*p);
	#[allow(clippy::expect_used)]
	Attribution {
		contributions: contributions
			.iter()
			.map(|(c, p)| (*c, percent(p)))
			.collect::<Vec<_>>()
			.try_into()
			.expect("more contributions than the bound"),
		datanets: datanets
			.iter()
			.map(|(d, p)| (*d, percent(p)))
			.collect::<Vec<_>>()
			.try_into()
			.expect("more datanets than the bound"),
	}
}

/// Test externalities of runtime `T`: `balances` endowed, then `genesis` adds what other pallets
/// need in genesis storage, then `setup` runs at block 1 (e.g. to reset a recorder).
///
/// # Panics
/// When a genesis does not build (a mistake in the test runtime).
#[allow(clippy::expect_used)]
pub fn new_test_ext<T: pallet_balances::Config>(
	balances: Vec<(T::AccountId, T::Balance)>,
	genesis: impl FnOnce(&mut Storage),
	setup: impl FnOnce(),
) -> TestExternalities {
	let mut storage =
		frame_system::GenesisConfig::<T>::default().build_storage().expect("system genesis");
	pallet_balances::GenesisConfig::<T> { balances, ..Default::default() }
		.assimilate_storage(&mut storage)
		.expect("balances genesis");
	genesis(&mut storage);
	let mut ext = TestExternalities::new(storage);
	ext.execute_with(|| {
		frame_system::Pallet::<T>::set_block_number(One::one());
		setup();
	});
	ext
}

/// Runs `test` in `ext`, then `check` (the invariants) on the state the test left.
pub fn execute_and_check(mut ext: TestExternalities, test: impl FnOnce(), check: impl FnOnce()) {
	ext.execute_with(|| {
		test();
		check();
	});
}

/// `who`'s balance in runtime `T` (free, including what is not held).
pub fn free<T: pallet_balances::Config>(who: &T::AccountId) -> T::Balance {
	<pallet_balances::Pallet<T> as Inspect<T::AccountId>>::balance(who)
}

/// The last event of runtime `T` that is an `E` (a pallet's `Event<T>`).
///
/// # Panics
/// When no such event was deposited (the test expected one).
#[allow(clippy::expect_used)]
pub fn last_event<T: frame_system::Config, E>() -> E
where
	T::RuntimeEvent: TryInto<E>,
{
	frame_system::Pallet::<T>::events()
		.into_iter()
		.rev()
		.find_map(|record| record.event.try_into().ok())
		.expect("no event of the pallet was deposited")
}

/// Moves runtime `T` from its current block to block `n`, calling `each` after every step with
/// the new block number (to run hooks, or record block hashes for draws).
pub fn run_to<T: frame_system::Config>(
	n: frame_system::pallet_prelude::BlockNumberFor<T>,
	mut each: impl FnMut(frame_system::pallet_prelude::BlockNumberFor<T>),
) {
	while frame_system::Pallet::<T>::block_number() < n {
		let next = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		frame_system::Pallet::<T>::set_block_number(next);
		each(next);
	}
}

/// Defines a mock's helpers over its runtime (the mock must name `AccountId`, `Balance` and a
/// `new_test_ext()`): `free(who)`, `last_event()` (the last event of the pallet under test, the
/// crate the mock is in), `check_invariants()` (every listed pallet's `do_try_state`) and
/// `build_and_execute(test)` (fresh state, the test, then the invariants).
///
/// ```ignore
/// openledger_test_support::impl_test_helpers!(
///     runtime: Test,
///     invariants: [Inference, Rewards, Models, Datanets],
/// );
/// ```
// `crate::Event` names the pallet under test: the crate the mock (the macro's caller) is in.
#[allow(clippy::crate_in_macro_def)]
#[macro_export]
macro_rules! impl_test_helpers {
	(runtime: $runtime:ident, invariants: [$($pallet:ident),+ $(,)?] $(,)?) => {
		/// `who`'s balance (free, including what is not held).
		#[allow(dead_code)]
		pub fn free(who: AccountId) -> Balance {
			$crate::free::<$runtime>(&who)
		}

		/// The last event of the pallet under test.
		#[allow(dead_code)]
		pub fn last_event() -> crate::Event<$runtime> {
			$crate::last_event::<$runtime, crate::Event<$runtime>>()
		}

		/// Checks the invariants (`try_state`) of every pallet of this runtime.
		pub fn check_invariants() {
			$(
				$pallet::do_try_state()
					.expect(concat!(stringify!($pallet), " try_state after the test"));
			)+
		}

		/// Runs `test` on fresh state, then checks every pallet's invariants.
		pub fn build_and_execute(test: impl FnOnce()) {
			$crate::execute_and_check(new_test_ext(), test, check_invariants);
		}
	};
}
