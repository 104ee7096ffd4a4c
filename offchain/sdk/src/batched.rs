//! Paid calls settled in batches, off chain: the receipt a payer signs for each call, the
//! acknowledgement a provider signs with its answer, and the answer as the provider's endpoint
//! returns it and both sides keep it (JSON, camelCase).
//!
//! The signed bytes are the chain's (`openledger_formulas::batch`): a receipt verified here is
//! one `batches.submit_batch` and `batches.reveal_records` accept, and an acknowledgement binds
//! the provider to the output and attribution it answered with, for a dispute.

use crate::chain::{runtime, AccountId, Client};
use attribution_engine::Attribution;
use openledger_formulas::batch;
use serde::{Deserialize, Serialize};
use subxt::utils::H256;
use subxt_signer::sr25519::{verify, Keypair, PublicKey, Signature};

/// An sr25519 signature, `0x`-hex in JSON.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Sig(pub [u8; 64]);

impl Serialize for Sig {
	fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
		serializer.serialize_str(&format!("0x{}", hex::encode(self.0)))
	}
}

impl<'de> Deserialize<'de> for Sig {
	fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
		let text = String::deserialize(deserializer)?;
		text.strip_prefix("0x")
			.and_then(|hex| hex::decode(hex).ok())
			.and_then(|bytes| <[u8; 64]>::try_from(bytes).ok())
			.map(Sig)
			.ok_or_else(|| serde::de::Error::custom("not a 0x-prefixed 64-byte signature"))
	}
}

/// A balance as a decimal string in JSON: JavaScript's numbers lose planck above 2⁵³.
mod balance {
	use serde::{Deserialize, Deserializer, Serializer};

	pub fn serialize<S: Serializer>(value: &u128, serializer: S) -> Result<S::Ok, S::Error> {
		serializer.serialize_str(&value.to_string())
	}

	pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u128, D::Error> {
		String::deserialize(deserializer)?.parse().map_err(serde::de::Error::custom)
	}
}

fn signed_by(signature: &Sig, message: &[u8], signer: &AccountId) -> bool {
	verify(&Signature(signature.0), message, &PublicKey(signer.0))
}

/// A payer's signed receipt of one call: it owes `cumulative_fee` for its first `sequence`
/// calls to `provider` on `model` in `epoch`, the last of them the request hashing to
/// `request_hash`.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct Receipt {
	/// Who pays.
	pub payer: AccountId,
	/// Who serves.
	pub provider: AccountId,
	/// The model called.
	pub model: u32,
	/// The epoch of the call.
	pub epoch: u32,
	/// The call's number among the payer's calls to this provider, model and epoch (from 1).
	pub sequence: u64,
	/// What the payer owes for calls 1 to `sequence`, in planck.
	#[serde(with = "balance")]
	pub cumulative_fee: u128,
	/// The hash of the request ([`request_hash`]).
	pub request_hash: H256,
	/// The root of the payer's tree of receipts of calls 1 to `sequence`
	/// (`openledger_formulas::batch::receipt_leaf`): the one signature of the payer's last
	/// receipt vouches for each of its calls.
	pub receipts_root: H256,
	/// The payer's signature of [`Receipt::payload`].
	pub signature: Sig,
}

/// The terms of a receipt, before it is signed.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Terms {
	/// Who serves.
	pub provider: AccountId,
	/// The model called.
	pub model: u32,
	/// The epoch of the call.
	pub epoch: u32,
	/// The call's number (from 1).
	pub sequence: u64,
	/// What the payer owes for calls 1 to `sequence`.
	pub cumulative_fee: u128,
	/// The hash of the request.
	pub request_hash: [u8; 32],
	/// The root of the payer's tree of receipts with this call's leaf ([`ReceiptTree::next`]).
	pub receipts_root: [u8; 32],
}

impl Receipt {
	/// The receipt of `terms`, signed by `payer` for the chain of `genesis`.
	pub fn sign(payer: &Keypair, genesis: &[u8; 32], terms: Terms) -> Self {
		let mut receipt = Self {
			payer: payer.public_key().to_account_id(),
			provider: terms.provider,
			model: terms.model,
			epoch: terms.epoch,
			sequence: terms.sequence,
			cumulative_fee: terms.cumulative_fee,
			request_hash: H256(terms.request_hash),
			receipts_root: H256(terms.receipts_root),
			signature: Sig([0; 64]),
		};
		receipt.signature = Sig(payer.sign(&receipt.payload(genesis)).0);
		receipt
	}

	/// The bytes the payer signs (`openledger_formulas::batch::receipt_payload`).
	pub fn payload(&self, genesis: &[u8; 32]) -> Vec<u8> {
		batch::receipt_payload(
			genesis,
			&self.payer.0,
			&self.provider.0,
			self.model,
			self.epoch,
			self.sequence,
			self.cumulative_fee,
			&self.request_hash.0,
			&self.receipts_root.0,
		)
	}

	/// This receipt's leaf in its payer's tree of receipts.
	pub fn leaf(&self) -> [u8; 32] {
		batch::receipt_leaf(self.sequence, self.cumulative_fee, &self.request_hash.0)
	}

	/// Whether the payer signed this receipt for the chain of `genesis`.
	pub fn is_signed(&self, genesis: &[u8; 32]) -> bool {
		signed_by(&self.signature, &self.payload(genesis), &self.payer)
	}
}

/// A payer's tree of receipts in one escrow, model and epoch, as its peaks
/// (`openledger_formulas::merkle::append`): what a provider keeps per payer and hands it with
/// the last receipt, so a payer that keeps nothing signs the next root.
#[derive(Serialize, Deserialize, Clone, Default, PartialEq, Eq, Debug)]
pub struct ReceiptTree {
	/// Its calls.
	pub calls: u64,
	/// The roots of its perfect subtrees, largest first.
	pub peaks: Vec<H256>,
}

impl ReceiptTree {
	/// Its root.
	pub fn root(&self) -> [u8; 32] {
		let peaks: Vec<[u8; 32]> = self.peaks.iter().map(|p| p.0).collect();
		openledger_formulas::merkle::bag(&peaks)
	}

	/// Whether it is the tree `last` (the payer's last receipt, or none) signs: one peak per
	/// bit of the call count, joined to the signed root. Peaks that merely hash to the root in
	/// another shape would extend to a tree no audit path fits.
	pub fn matches(&self, last: Option<&Receipt>) -> bool {
		let (calls, root) = match last {
			Some(receipt) => (receipt.sequence, receipt.receipts_root.0),
			None => (0, openledger_formulas::merkle::EMPTY_ROOT),
		};
		self.calls == calls
			&& self.peaks.len() == calls.count_ones() as usize
			&& self.root() == root
	}

	/// Add `leaf` as the next call's.
	pub fn push(&mut self, leaf: &[u8; 32]) {
		let mut peaks: Vec<[u8; 32]> = self.peaks.iter().map(|p| p.0).collect();
		openledger_formulas::merkle::append(&mut peaks, self.calls, leaf);
		self.peaks = peaks.into_iter().map(H256).collect();
		self.calls = self.calls.saturating_add(1);
	}

	/// The root once `leaf` joins it, the tree left as it is.
	pub fn next(&self, leaf: &[u8; 32]) -> [u8; 32] {
		let mut next = self.clone();
		next.push(leaf);
		next.root()
	}
}

/// The hash of a batched call's request: `blake2_256` of the prompt's bytes (as a per-call
/// request's input hash).
pub fn request_hash(prompt: &str) -> [u8; 32] {
	attribution_engine::blake2_256(prompt.as_bytes())
}

/// The hash of an attribution as the chain's records carry it
/// (`openledger_formulas::batch::attribution_hash`).
pub fn attribution_hash(attribution: &Attribution) -> [u8; 32] {
	batch::attribution_hash(&attribution.contributions, &attribution.datanets)
}

/// A prompt posted to a provider with its receipt.
#[derive(Serialize, Deserialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct BatchedRequest {
	/// The payer's receipt of the call.
	pub receipt: Receipt,
	/// The prompt: it must hash to the receipt's request hash.
	pub prompt: String,
}

/// A provider's answer to a batched call, with the receipt it answers and its signed
/// acknowledgement: what the provider logs for its batch and the payer keeps to verify it.
#[derive(Serialize, Deserialize, Clone, Debug)]
#[serde(rename_all = "camelCase")]
pub struct BatchedAnswer {
	/// The payer's receipt of the call.
	pub receipt: Receipt,
	/// What the call adds to the payer's cumulative fee: the batch's fee of this call.
	#[serde(with = "balance")]
	pub fee: u128,
	/// The output text.
	pub output: String,
	/// `blake2_256` of the output's bytes.
	pub output_hash: H256,
	/// The attribution of the output (the engine's).
	pub attribution: Attribution,
	/// The hash of the attribution ([`attribution_hash`]).
	pub attribution_hash: H256,
	/// Output tokens.
	pub output_tokens: usize,
	/// Output tokens inside a credited span.
	pub covered_tokens: usize,
	/// The provider's signature of [`BatchedAnswer::ack_payload`].
	pub ack: Sig,
}

impl BatchedAnswer {
	/// The bytes the provider signs (`openledger_formulas::batch::ack_payload`).
	pub fn ack_payload(&self, genesis: &[u8; 32]) -> Vec<u8> {
		let receipt = &self.receipt;
		batch::ack_payload(
			genesis,
			&receipt.payer.0,
			&receipt.provider.0,
			receipt.model,
			receipt.epoch,
			receipt.sequence,
			&self.output_hash.0,
			&self.attribution_hash.0,
		)
	}

	/// Signs the acknowledgement as `provider`.
	pub fn acknowledge(&mut self, provider: &Keypair, genesis: &[u8; 32]) {
		self.ack = Sig(provider.sign(&self.ack_payload(genesis)).0);
	}

	/// Why this answer is not what its parties signed, if it is not: the payer's receipt, the
	/// provider's acknowledgement, the output's and the attribution's hashes.
	pub fn check(&self, genesis: &[u8; 32]) -> Result<(), &'static str> {
		if !self.receipt.is_signed(genesis) {
			return Err("the receipt is not signed by its payer");
		}
		if attribution_engine::blake2_256(self.output.as_bytes()) != self.output_hash.0 {
			return Err("the output does not hash to its output hash");
		}
		if attribution_hash(&self.attribution) != self.attribution_hash.0 {
			return Err("the attribution does not hash to its attribution hash");
		}
		if !signed_by(&self.ack, &self.ack_payload(genesis), &self.receipt.provider) {
			return Err("the acknowledgement is not signed by the provider");
		}
		Ok(())
	}

	/// The call as a batch plan takes it.
	pub fn served(&self) -> openledger_formulas::plan::ServedCall<[u8; 32]> {
		openledger_formulas::plan::ServedCall {
			payer: self.receipt.payer.0,
			fee: self.fee,
			request_hash: self.receipt.request_hash.0,
			output_hash: self.output_hash.0,
			contributions: self.attribution.contributions.clone(),
			datanets: self.attribution.datanets.clone(),
		}
	}
}

/// A contribution's claim on a batch's tail: its leaf's place and weight, and the proof.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TailProof {
	/// The batch.
	pub batch: u64,
	/// The contribution.
	pub contribution: u64,
	/// Its leaf's place in the tail tree.
	pub position: u32,
	/// Its fee-weighted total in the batch, as a decimal string.
	#[serde(with = "balance")]
	pub weight: u128,
	/// The leaf's siblings, from the leaf up.
	pub proof: Vec<H256>,
}

/// A batch as the chain stores it.
pub type StoredBatch = runtime::runtime_types::pallet_batches::types::Batch;

/// Batch `id` as stored at the latest finalized block (`None` once closed, or unknown).
///
/// # Errors
/// When the chain cannot be read.
pub async fn stored_batch(client: &Client, id: u64) -> anyhow::Result<Option<StoredBatch>> {
	let at = client.at_current_block().await?;
	let batch = at.storage().try_fetch(runtime::storage().batches().batches(), (id,)).await?;
	Ok(match batch {
		Some(batch) => Some(batch.decode()?),
		None => None,
	})
}

/// The id of `provider`'s batch of `model`'s calls in `epoch`, once submitted (until closed).
///
/// # Errors
/// When the chain cannot be read.
pub async fn batch_of(
	client: &Client,
	provider: &subxt::utils::AccountId32,
	model: u32,
	epoch: u32,
) -> anyhow::Result<Option<u64>> {
	let at = client.at_current_block().await?;
	let key = (*provider, model, epoch);
	let id = at.storage().try_fetch(runtime::storage().batches().batch_of(), key).await?;
	Ok(match id {
		Some(id) => Some(id.decode()?),
		None => None,
	})
}

/// How many disputes of batch `id` are open (it settles only with none).
///
/// # Errors
/// When the chain cannot be read.
pub async fn open_disputes(client: &Client, id: u64) -> anyhow::Result<u32> {
	let at = client.at_current_block().await?;
	let open = at.storage().try_fetch(runtime::storage().batches().open_disputes(), (id,)).await?;
	Ok(match open {
		Some(open) => open.decode()?,
		None => 0,
	})
}

/// The positions among `batch`'s calls its audit samples fall on, drawn as the chain draws
/// them (`openledger_formulas::batch::{audit_seed, audit_position}`) from the hash of its seed
/// block; `None` while that block is not finalized, or the batch is not in audit.
///
/// # Errors
/// When the chain cannot be read.
pub async fn audit_positions(
	client: &Client,
	id: u64,
	batch: &StoredBatch,
) -> anyhow::Result<Option<Vec<u64>>> {
	use runtime::runtime_types::pallet_batches::types::BatchStatus;
	let BatchStatus::Audit { seed_at, .. } = batch.status else { return Ok(None) };
	let at = client.at_current_block().await?;
	if at.block_number() <= u64::from(seed_at) {
		return Ok(None);
	}
	let samples = at.constants().entry(runtime::constants().batches().audit_samples())?;
	let hash = client.at_block(u64::from(seed_at)).await?.block_hash();
	let seed = batch::audit_seed(id, &hash.0);
	Ok(Some((0..samples).map(|sample| batch::audit_position(&seed, sample, batch.calls)).collect()))
}

#[cfg(test)]
mod tests {
	use super::*;

	fn keypair(uri: &str) -> Keypair {
		crate::chain::signer(uri).unwrap_or_else(|e| panic!("{e}"))
	}

	fn answer(genesis: &[u8; 32]) -> (Keypair, BatchedAnswer) {
		let (payer, provider) = (keypair("//Alice"), keypair("//Dave"));
		let receipt = Receipt::sign(
			&payer,
			genesis,
			Terms {
				provider: provider.public_key().to_account_id(),
				model: 0,
				epoch: 3,
				sequence: 2,
				cumulative_fee: 20_000_000_000_000_000,
				request_hash: request_hash("a prompt"),
				receipts_root: [5; 32],
			},
		);
		let attribution = Attribution { contributions: vec![(1, 600_000_000)], datanets: vec![] };
		let mut answer = BatchedAnswer {
			receipt,
			fee: 10,
			output: "an output".into(),
			output_hash: H256(attribution_engine::blake2_256(b"an output")),
			attribution_hash: H256(attribution_hash(&attribution)),
			attribution,
			output_tokens: 2,
			covered_tokens: 1,
			ack: Sig([0; 64]),
		};
		answer.acknowledge(&provider, genesis);
		(provider, answer)
	}

	#[test]
	fn a_signed_answer_checks_and_any_change_breaks_it() {
		let genesis = [7; 32];
		let (_, answer) = answer(&genesis);
		assert_eq!(answer.check(&genesis), Ok(()));
		assert!(answer.check(&[8; 32]).is_err(), "another chain's receipt");
		let mut fee = answer.clone();
		fee.receipt.cumulative_fee += 1;
		assert_eq!(fee.check(&genesis), Err("the receipt is not signed by its payer"));
		let mut output = answer.clone();
		output.output.push('!');
		assert_eq!(output.check(&genesis), Err("the output does not hash to its output hash"));
		let mut attribution = answer.clone();
		attribution.attribution.contributions[0].1 += 1;
		assert!(attribution.check(&genesis).is_err());
		let mut ack = answer.clone();
		ack.ack.0[0] ^= 1;
		assert_eq!(ack.check(&genesis), Err("the acknowledgement is not signed by the provider"));
		let mut root = answer.clone();
		root.receipt.receipts_root.0[0] ^= 1;
		assert_eq!(root.check(&genesis), Err("the receipt is not signed by its payer"));
	}

	#[test]
	fn a_payer_extends_its_tree_of_receipts_from_the_peaks_alone() {
		let leaves: Vec<[u8; 32]> = (1..=9u8).map(|i| [i; 32]).collect();
		let mut tree = ReceiptTree::default();
		for (i, leaf) in leaves.iter().enumerate() {
			let next = tree.next(leaf);
			tree.push(leaf);
			assert_eq!(next, openledger_formulas::merkle::root(&leaves[..=i]));
			assert_eq!(tree.root(), next);
		}
		// Peaks of another shape that join to the same root are refused: two of 9's peaks
		// merged into one still bag to its root, but 9 calls have two peaks, not one more.
		let (genesis, payer) = ([7; 32], keypair("//Alice"));
		let signed = |root: [u8; 32]| {
			Receipt::sign(
				&payer,
				&genesis,
				Terms {
					provider: payer.public_key().to_account_id(),
					model: 0,
					epoch: 0,
					sequence: 9,
					cumulative_fee: 9,
					request_hash: [9; 32],
					receipts_root: root,
				},
			)
		};
		let last = signed(tree.root());
		assert!(tree.matches(Some(&last)));
		let merged = ReceiptTree { calls: 9, peaks: vec![H256(tree.root())] };
		assert_eq!(merged.root(), tree.root());
		assert!(!merged.matches(Some(&last)));
		assert!(ReceiptTree::default().matches(None));
		assert!(!tree.matches(None));
	}

	#[test]
	fn answers_round_trip_through_json_with_exact_balances() {
		let (_, answer) = answer(&[7; 32]);
		let json = serde_json::to_string(&answer).unwrap_or_default();
		assert!(json.contains("\"cumulativeFee\":\"20000000000000000\""), "{json}");
		let back: BatchedAnswer = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}"));
		assert_eq!(back.receipt, answer.receipt);
		assert_eq!(back.check(&[7; 32]), Ok(()));
	}
}

/// One call record of a batch as its provider publishes it (`GET /batches/{batch}/records`):
/// the leaf's fields and the call's attribution, but not its output, which only its payer
/// sees. Enough for anyone to rebuild the tree of calls and the batch's aggregated
/// attribution and compare them with what the chain holds.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct PublishedRecord {
	/// Who paid.
	pub payer: AccountId,
	/// The call's sequence number in the payer's calls.
	pub sequence: u64,
	/// What the call paid (its receipt's cumulative fee less the previous one's).
	#[serde(with = "balance")]
	pub fee: u128,
	/// The hash of the request.
	pub request_hash: H256,
	/// The hash of the output.
	pub output_hash: H256,
	/// The call's attribution (the engine's).
	pub attribution: Attribution,
}

impl From<&BatchedAnswer> for PublishedRecord {
	fn from(answer: &BatchedAnswer) -> Self {
		Self {
			payer: answer.receipt.payer,
			sequence: answer.receipt.sequence,
			fee: answer.fee,
			request_hash: answer.receipt.request_hash,
			output_hash: answer.output_hash,
			attribution: answer.attribution.clone(),
		}
	}
}

/// A batch's published records, in the order the provider served them.
#[derive(Serialize, Deserialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct BatchRecords {
	/// The batch.
	pub batch: u64,
	/// Its records.
	pub records: Vec<PublishedRecord>,
}

/// Where `records`, planned as a provider plans a batch (`openledger_formulas::plan`, with as
/// many contributions paid directly as `stored` pays), differ from the batch on chain: its tree
/// of calls, each payer's totals, the directly paid contributions and datanets, the tail's
/// weight and root. Empty when the published records are exactly what the batch commits to,
/// and sum to its aggregated attribution.
pub fn audit_records(stored: &StoredBatch, records: &[PublishedRecord]) -> Vec<String> {
	let served: Vec<openledger_formulas::plan::ServedCall<[u8; 32]>> = records
		.iter()
		.map(|r| openledger_formulas::plan::ServedCall {
			payer: r.payer.0,
			fee: r.fee,
			request_hash: r.request_hash.0,
			output_hash: r.output_hash.0,
			contributions: r.attribution.contributions.clone(),
			datanets: r.attribution.datanets.clone(),
		})
		.collect();
	let direct = stored.scores.contributions.0.len();
	let Some(plan) = openledger_formulas::plan::plan(&served, direct) else {
		return vec!["the published records' weights overflow".into()];
	};
	let mut differences = Vec::new();
	let mut differ = |what: &str, published: String, on_chain: String| {
		if published != on_chain {
			differences.push(format!("{what}: published {published}, on chain {on_chain}"));
		}
	};
	differ("calls", plan.records.len().to_string(), stored.calls.to_string());
	differ("the root of the calls", hex::encode(plan.calls_root), hex::encode(stored.calls_root.0));
	let payers: Vec<String> = plan
		.payers
		.iter()
		.map(|p| format!("{} {} calls {}", AccountId::from(p.payer), p.calls, p.cumulative_fee))
		.collect();
	let chain_payers: Vec<String> = stored
		.payers
		.0
		.iter()
		.map(|p| format!("{} {} calls {}", p.payer, p.calls, p.fee))
		.collect();
	differ("payers", payers.join(", "), chain_payers.join(", "));
	differ(
		"contributions paid directly",
		format!("{:?}", plan.direct),
		format!("{:?}", stored.scores.contributions.0),
	);
	differ("datanets", format!("{:?}", plan.datanets), format!("{:?}", stored.scores.datanets.0));
	differ("the tail's weight", plan.tail_weight.to_string(), stored.scores.tail.to_string());
	differ("the tail's leaves", plan.tail.len().to_string(), stored.tail_leaves.to_string());
	differ("the tail's root", hex::encode(plan.tail_root), hex::encode(stored.tail_root.0));
	differences
}
