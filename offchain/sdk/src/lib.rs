//! # OpenLedger client
//!
//! What the provider daemon and the `openledger` CLI share:
//!
//! - [`answer`]: the answer a provider returns for a request;
//! - [`batched`]: calls settled in batches: signed receipts, acknowledgements, answers;
//! - [`chain`]: a typed client of this chain (subxt code generated at build time from
//!   `metadata/openledger.scale`, the runtime's metadata; `scripts/metadata.sh` refreshes it);
//! - [`content`]: the content store, keyed by content hash, fetching `file://` and
//!   `http(s)://` URIs and checking what it reads against the hash;
//! - [`versions`]: a datanet version's exact contributions, listed from the chain's stored
//!   accepted-set log and checked against the version's on-chain commitment;
//! - [`reference`]: the reference model: the indexes of every version a model and its
//!   ancestors cite, its manifest (the artifact hash on chain), generation and attribution.

pub mod answer;
pub mod batched;
pub mod chain;
pub mod content;
pub mod rag;
pub mod reference;
pub mod versions;

pub use attribution_engine as engine;
