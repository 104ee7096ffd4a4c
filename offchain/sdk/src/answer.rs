//! A provider's answer to one request, as the provider daemon saves it and its endpoint
//! returns it (JSON, camelCase), and how its payer asks for it again: answers are the payer's,
//! so a provider shows a saved answer only to a request signed by the payer's key.

use attribution_engine::{Attribution, Passage};
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
	/// Who asked and paid (SS58): the only account the provider shows the answer to again.
	#[serde(default)]
	pub payer: Option<String>,
	/// The passages retrieved into the prompt (retrieval-augmented models only): credited by
	/// the attribution whether quoted or not.
	#[serde(default, skip_serializing_if = "Vec::is_empty")]
	pub passages: Vec<Passage>,
}

/// The header that carries a read request's signature.
pub const SIGNATURE_HEADER: &str = "x-openledger-signature";

/// What the payer of request `inference` signs (sr25519, raw bytes) to read its answer from the
/// provider again: `openledger-answer:<inference>`.
pub fn read_message(inference: u64) -> Vec<u8> {
	format!("openledger-answer:{inference}").into_bytes()
}

/// The `0x`-hex sr25519 signature by `signer` that reads the answer to `inference`.
pub fn read_signature(signer: &subxt_signer::sr25519::Keypair, inference: u64) -> String {
	format!("0x{}", hex::encode(signer.sign(&read_message(inference)).0))
}

/// Whether `signature` (`0x`-hex) is `payer`'s (SS58) signature of [`read_message`].
pub fn is_payers_read(payer: &str, inference: u64, signature: &str) -> bool {
	use subxt_signer::sr25519::{verify, PublicKey, Signature};
	let Ok(payer) = payer.parse::<subxt::utils::AccountId32>() else { return false };
	let parsed = signature
		.strip_prefix("0x")
		.and_then(|hex| hex::decode(hex).ok())
		.and_then(|bytes| <[u8; 64]>::try_from(bytes).ok());
	parsed.is_some_and(|bytes| {
		verify(&Signature(bytes), read_message(inference), &PublicKey(payer.0))
	})
}
