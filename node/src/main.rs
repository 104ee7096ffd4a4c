//! OpenLedger appchain node.
#![warn(missing_docs)]
// sc-cli and sc-service dictate these `Result`s, with their large error types.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() {
	// Print errors with their message rather than a debug dump, and exit non-zero.
	if let Err(error) = command::run() {
		eprintln!("Error: {error}");
		std::process::exit(1);
	}
}
