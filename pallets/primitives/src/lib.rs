//! # OpenLedger primitives
//!
//! What the OpenLedger pallets share, so that each depends on these definitions rather than on
//! another pallet's internals:
//!
//! - [`ids`]: ids of datanets, contributions, models and inference calls, and the share and
//!   weight units;
//! - [`types`]: domain types that cross pallet boundaries (contribution status, model kind and
//!   status, training sources, lineage links, the [`Attribution`] of an inference call);
//! - [`traits`]: how pallets talk:
//!   - [`DatanetsInspect`]: read-only view of datanets, their versions, contributions and shares
//!     (implemented by `pallet-datanets`);
//!   - [`OnShareChange`]: a hook `pallet-datanets` calls *before* a contributor's share in a
//!     datanet changes, so a reward pool can settle that contributor first;
//!   - [`ModelsInspect`]: narrow reads of a model (owner; status and price; the datanets it and
//!     its ancestors were trained on) and, for the split, its lineage with current owners
//!     (implemented by `pallet-models`);
//!   - [`InferenceRewards`]: hands the escrowed fee of a settled inference call, with its
//!     [`Attribution`], to whoever splits it, and owns the attribution bounds (implemented by
//!     `pallet-rewards`, called by `pallet-inference`);
//! - [`query`]: paged listings and dry-run input for the pallets' query (`api_*`) functions;
//! - [`holds`]: a failed hold reported precisely;
//! - [`migrations`]: storage-version steps shared by the pallets;
//! - [`fifo`]: the position-indexed FIFO queue that pallets drain under a weight meter in
//!   `on_idle`;
//! - `benchmarking` (with `runtime-benchmarks`): helpers that let one pallet's benchmarks create
//!   another pallet's items without knowing how.
//!
//! ## Writing a pallet against these traits
//!
//! A pallet that needs datanet data declares `type Datanets: DatanetsInspect<Self::AccountId>`
//! in its `Config`, and the runtime sets it to `pallet_datanets::Pallet<Runtime>`. A pallet that
//! keeps per-contributor accounting (e.g. reward pools) implements [`OnShareChange`] and is named
//! in `pallet_datanets::Config::OnShareChange` (a tuple when several pallets listen). Neither
//! pallet imports the other.
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

#[cfg(feature = "runtime-benchmarks")]
pub mod benchmarking;
pub mod fifo;
pub mod holds;
pub mod ids;
pub mod migrations;
pub mod query;
pub mod traits;
pub mod types;

#[cfg(feature = "runtime-benchmarks")]
pub use benchmarking::*;
pub use ids::*;
pub use query::{AttributionInput, Page, MAX_PAGE_SIZE};
pub use traits::*;
pub use types::*;

/// `items` as a bounded vector, for tests and benchmarks that build call arguments; panics
/// beyond the bound, which is a bug of the test.
#[cfg(any(feature = "std", feature = "runtime-benchmarks"))]
pub fn bounded<T, S: frame_support::traits::Get<u32>>(
	items: impl Into<alloc::vec::Vec<T>>,
) -> frame_support::BoundedVec<T, S> {
	frame_support::BoundedVec::try_from(items.into())
		.unwrap_or_else(|_| panic!("more items than the bound"))
}
