//! A provider's answer to one request, as the provider daemon saves it and its endpoint
//! returns it (JSON, camelCase).

use attribution_engine::Attribution;
use serde::{Deserialize, Serialize};

/// Where an answer stands.
#[derive(Serialize, Deserialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub enum Stage {
	/// Computed and saved; its submission may not have reached the chain.
	Prepared,
	/// On chain, in a finalized block.
	Submitted,
}

/// The answer to one request.
#[derive(Serialize, Deserialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Answer {
	/// The request.
	pub inference: u64,
	/// The model that answered.
	pub model: u32,
	/// The output text.
	pub output: String,
	/// `0x` blake2-256 of the output's bytes.
	pub output_hash: String,
	/// The attribution submitted with it.
	pub attribution: Attribution,
	/// Output tokens and how many the attribution's spans cover.
	pub output_tokens: usize,
	/// Output tokens inside a credited span.
	pub covered_tokens: usize,
	/// Where the answer stands.
	pub stage: Stage,
	/// The hash of the `submit_result` extrinsic, once submitted by this daemon.
	pub extrinsic: Option<String>,
}
