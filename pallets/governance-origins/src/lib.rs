//! # Governance origins
//!
//! One origin per referendum track of the OpenLedger chain, so that each privileged call can
//! ask for exactly the track that may decide it, and nothing wider:
//!
//! | origin | decides |
//! |---|---|
//! | [`Origin::EconomicParams`] | the reward split policy, the minimum provider stake, the court's parameters |
//! | [`Origin::ContentModeration`] | governance removal of datanet contributions |
//! | [`Origin::DisputeFallback`] | a challenge whose court appeals are exhausted |
//! | [`Origin::ReferendumCanceller`] | cancelling a referendum (deposits returned) |
//! | [`Origin::ReferendumKiller`] | killing a referendum (deposits slashed) |
//! | [`Origin::WhitelistedCaller`] | dispatching a call the technical committee whitelisted |
//!
//! The `root` track uses `frame_system`'s root origin. A passed referendum on a track
//! dispatches its call with that track's origin; the runtime's `TracksInfo` maps each origin to
//! its track.
//!
//! The pallet also holds the [`TrackTiming`] chosen at genesis: production periods, or every
//! period compressed to a few blocks for development and local test networks. One runtime
//! build serves both; the runtime's track table reads [`Timing`].
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

pub use pallet::*;

// FRAME's macro expansion inside this module uses `expect` and friends; the pallet's own logic
// lives in the `do_*` functions of the topical modules, where the workspace's lints apply.
#[allow(
	clippy::arithmetic_side_effects,
	clippy::unwrap_used,
	clippy::expect_used,
	clippy::indexing_slicing
)]
#[frame_support::pallet]
pub mod pallet {
	use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::BlockNumberFor;
	use scale_info::TypeInfo;

	/// The in-code storage version.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(0);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Nothing to configure: the origins are fixed, the timing is chosen at genesis.
	#[pallet::config]
	pub trait Config: frame_system::Config {}

	/// The origin a passed referendum dispatches its call with, one per track (besides root).
	#[derive(
		PartialEq, Eq, Clone, MaxEncodedLen, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug,
	)]
	#[pallet::origin]
	pub enum Origin {
		/// Economic parameters: split policy, minimum provider stake, court parameters.
		EconomicParams,
		/// Removal of datanet contributions by governance.
		ContentModeration,
		/// The last appeal of a court case.
		DisputeFallback,
		/// Cancels referenda, returning their deposits.
		ReferendumCanceller,
		/// Kills referenda, slashing their deposits.
		ReferendumKiller,
		/// Dispatches calls whitelisted by the technical committee, as root.
		WhitelistedCaller,
	}

	/// How long the phases of a referendum last.
	#[derive(
		PartialEq,
		Eq,
		Clone,
		Copy,
		Default,
		MaxEncodedLen,
		Encode,
		Decode,
		DecodeWithMemTracking,
		TypeInfo,
		Debug,
		serde::Serialize,
		serde::Deserialize,
	)]
	pub enum TrackTiming<BlockNumber> {
		/// The documented production periods (days and hours).
		#[default]
		Production,
		/// Every period of every track is `period` blocks (the minimum enactment one block):
		/// a referendum passes within a handful of blocks.
		Compressed {
			/// Length of each phase, in blocks.
			period: BlockNumber,
		},
	}

	/// The track timing of this chain, set at genesis and never changed by a call.
	#[pallet::storage]
	pub type Timing<T: Config> = StorageValue<_, TrackTiming<BlockNumberFor<T>>, ValueQuery>;

	/// Genesis: the track timing.
	#[pallet::genesis_config]
	#[derive(frame_support::DefaultNoBound)]
	pub struct GenesisConfig<T: Config> {
		/// Production periods, or every period compressed to a few blocks.
		pub timing: TrackTiming<BlockNumberFor<T>>,
	}

	#[pallet::genesis_build]
	impl<T: Config> BuildGenesisConfig for GenesisConfig<T> {
		fn build(&self) {
			Timing::<T>::put(self.timing);
		}
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			if let TrackTiming::Compressed { period } = Timing::<T>::get() {
				ensure!(!period.is_zero(), "a compressed track timing has periods of 0 blocks");
			}
			Ok(())
		}
	}

	impl<T: Config> Pallet<T> {
		/// The track timing of this chain.
		pub fn timing() -> TrackTiming<BlockNumberFor<T>> {
			Timing::<T>::get()
		}
	}

	/// `EnsureOrigin` for each track origin: succeeds only for that exact origin.
	macro_rules! ensure_track {
		($($(#[$doc:meta])* $name:ident => $variant:ident,)*) => {$(
			$(#[$doc])*
			pub struct $name;
			impl<O: Into<Result<Origin, O>> + From<Origin>> EnsureOrigin<O> for $name {
				type Success = ();
				fn try_origin(o: O) -> Result<Self::Success, O> {
					o.into().and_then(|origin| match origin {
						Origin::$variant => Ok(()),
						other => Err(O::from(other)),
					})
				}
				#[cfg(feature = "runtime-benchmarks")]
				fn try_successful_origin() -> Result<O, ()> {
					Ok(O::from(Origin::$variant))
				}
			}
		)*};
	}

	ensure_track! {
		/// Succeeds for [`Origin::EconomicParams`].
		EnsureEconomicParams => EconomicParams,
		/// Succeeds for [`Origin::ContentModeration`].
		EnsureContentModeration => ContentModeration,
		/// Succeeds for [`Origin::DisputeFallback`].
		EnsureDisputeFallback => DisputeFallback,
		/// Succeeds for [`Origin::ReferendumCanceller`].
		EnsureReferendumCanceller => ReferendumCanceller,
		/// Succeeds for [`Origin::ReferendumKiller`].
		EnsureReferendumKiller => ReferendumKiller,
		/// Succeeds for [`Origin::WhitelistedCaller`].
		EnsureWhitelistedCaller => WhitelistedCaller,
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use frame_support::{derive_impl, traits::EnsureOrigin};
	use sp_runtime::BuildStorage;

	type Block = frame_system::mocking::MockBlock<Test>;

	frame_support::construct_runtime!(
		pub enum Test {
			System: frame_system,
			Origins: crate,
		}
	);

	#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
	impl frame_system::Config for Test {
		type Block = Block;
	}

	impl Config for Test {}

	/// Every track origin.
	const TRACKS: [Origin; 6] = [
		Origin::EconomicParams,
		Origin::ContentModeration,
		Origin::DisputeFallback,
		Origin::ReferendumCanceller,
		Origin::ReferendumKiller,
		Origin::WhitelistedCaller,
	];

	/// Whether `E` accepts `origin`.
	fn accepts<E: EnsureOrigin<RuntimeOrigin>>(origin: RuntimeOrigin) -> bool {
		E::try_origin(origin).is_ok()
	}

	#[test]
	fn each_ensure_accepts_its_own_track_only() {
		type Check = fn(RuntimeOrigin) -> bool;
		let checks: [(Origin, Check); 6] = [
			(Origin::EconomicParams, accepts::<EnsureEconomicParams>),
			(Origin::ContentModeration, accepts::<EnsureContentModeration>),
			(Origin::DisputeFallback, accepts::<EnsureDisputeFallback>),
			(Origin::ReferendumCanceller, accepts::<EnsureReferendumCanceller>),
			(Origin::ReferendumKiller, accepts::<EnsureReferendumKiller>),
			(Origin::WhitelistedCaller, accepts::<EnsureWhitelistedCaller>),
		];
		for (own, check) in checks {
			for origin in TRACKS {
				assert_eq!(
					check(RuntimeOrigin::from(origin.clone())),
					origin == own,
					"{own:?}/{origin:?}"
				);
			}
			assert!(!check(RuntimeOrigin::root()), "{own:?} refuses root");
			assert!(!check(RuntimeOrigin::signed(1)), "{own:?} refuses a signed account");
			assert!(!check(RuntimeOrigin::none()), "{own:?} refuses none");
		}
	}

	#[test]
	fn the_timing_is_chosen_at_genesis() {
		let mut storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		GenesisConfig::<Test> { timing: TrackTiming::Compressed { period: 5 } }
			.assimilate_storage(&mut storage)
			.unwrap();
		sp_io::TestExternalities::new(storage).execute_with(|| {
			assert_eq!(Pallet::<Test>::timing(), TrackTiming::Compressed { period: 5 });
		});
		let storage = frame_system::GenesisConfig::<Test>::default().build_storage().unwrap();
		sp_io::TestExternalities::new(storage).execute_with(|| {
			assert_eq!(Pallet::<Test>::timing(), TrackTiming::Production);
		});
	}
}
