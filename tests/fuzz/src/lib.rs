//! # Runtime fuzzer of the OpenLedger appchain
//!
//! Arbitrary bytes are read as a sequence of operations ([`input`]): a signed extrinsic (a
//! signer from the twelve well-known dev accounts and any call of any pallet of the runtime,
//! ours and FRAME's, `utility.batch` nesting included, SCALE-decoded from the bytes) or an
//! advance of some blocks. [`Fuzzer`] applies them to the `development` genesis as a block
//! author would: blocks initialized and finalized by `Executive` (Aura slot digest, timestamp
//! inherent, `on_initialize`, `on_idle` with what is left of the block, `on_finalize`), each
//! extrinsic signed for real and applied as `Executive::apply_extrinsic` does (decoded with the
//! depth limit, signature checked, transaction extensions, dispatch), step by step so that the
//! post-dispatch weight Executive throws away can be checked.
//!
//! After every extrinsic and every block it asserts ([`Fuzzer::check`]):
//! - no panic (a panic is the fuzzer's crash);
//! - the weight charged before dispatch (the benchmarked `WeightInfo` functions) is at least
//!   the actual weight the dispatch reports, in ref time and in proof size;
//! - total issuance equals the sum of every account's free and reserved (held) balance;
//! - every OpenLedger pallet's `try_state`;
//! - the rewards account holds at least everything claimable plus what the pools still owe;
//! - the economic [`oracle`]: an independent model, in exact rationals, of what every party of
//!   every settlement should have earned, checked against what they were credited and what
//!   their claims paid.
//!
//! A few root-only calls that would corrupt state by design (`system.set_storage`,
//! `kill_prefix`, `set_code`, `sudo_unchecked_weight`, `utility.with_weight`, …) are refused
//! before signing, wherever they are nested ([`filter`]).
//!
//! Two drivers share this harness: `openledger-fuzz` (a seeded generator that writes such byte
//! strings from the runtime's own type information, [`generate`], reproducible anywhere), and a
//! cargo-fuzz target (`tests/fuzz/cargo-fuzz`, libFuzzer, coverage-guided) that feeds raw bytes.

mod batch_story;
pub mod filter;
pub mod generate;
pub mod harness;
pub mod input;
pub mod oracle;

pub use harness::{last_step, Fuzzer, Stats, Step};
