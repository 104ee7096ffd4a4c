//! The OpenLedger node without its runtime wasm: command line, service, RPC and chain specs.
//! `openledger-node` (the binary) passes the wasm to [`run`]; a crate of its own so that the
//! node's code compiles in parallel with the wasm build instead of after it.
#![warn(missing_docs)]
// sc-cli and sc-service dictate these `Result`s, with their large error types.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

pub use command::run;
