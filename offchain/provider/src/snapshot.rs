//! The chain as the batched checks read it, one finalized block at a time. State changes only
//! with a new finalized block, so one read of a model's price or a payer's escrow serves every
//! call until the next: the node's RPC round trips (three per call, about 6 ms each here) were
//! what limited the rate of batched calls.

use crate::provider::Provider;
use anyhow::Context;
use openledger_sdk::chain::{runtime, ChainConfig};
use std::collections::HashMap;
use subxt::client::OnlineClientAtBlock;

/// What the checks need of a payer's escrow with this provider.
#[derive(Clone, Copy, Debug)]
pub struct EscrowView {
	/// What it holds that no submitted batch claims.
	pub available: u128,
	/// The last epoch whose receipts it still pays, when it is unlocking.
	pub last_epoch: Option<u32>,
}

/// The chain at one finalized block, and what was read of it.
pub struct Snapshot {
	/// The watcher's finalized block number when it was taken.
	seen: u64,
	/// The chain at the latest finalized block then.
	at: OnlineClientAtBlock<ChainConfig>,
	/// Model prices read at it.
	prices: HashMap<u32, u128>,
	/// Escrows with this provider read at it, by payer (`None`: no escrow).
	escrows: HashMap<[u8; 32], Option<EscrowView>>,
}

/// What one call's checks read.
pub struct View {
	/// The finalized block number it was read at.
	pub block: u64,
	/// The model's price.
	pub price: u128,
	/// The payer's escrow with this provider, if any.
	pub escrow: Option<EscrowView>,
}

impl Provider {
	/// The block, `model`'s price and `payer`'s escrow at the latest finalized block, read once
	/// per block the watcher sees (`fresh`: read again now, as the watcher may not have seen
	/// the latest block yet).
	///
	/// # Errors
	/// When the chain cannot be read, or the model is not on it.
	pub async fn chain_view(
		&self,
		model: u32,
		payer: &[u8; 32],
		fresh: bool,
	) -> anyhow::Result<View> {
		let seen = *self.finalized.borrow();
		let mut snapshot = self.batched.snapshot.lock().await;
		let stale = fresh || snapshot.as_ref().is_none_or(|s| s.seen != seen || seen == 0);
		if stale {
			let client = self.client.read().await.clone();
			let at = client.at_current_block().await.context("reading the chain")?;
			*snapshot =
				Some(Snapshot { seen, at, prices: HashMap::new(), escrows: HashMap::new() });
		}
		let snapshot = snapshot.as_mut().context("no snapshot")?;
		let price = match snapshot.prices.get(&model) {
			Some(price) => *price,
			None => {
				let price = snapshot
					.at
					.storage()
					.try_fetch(runtime::storage().models().models(), (model,))
					.await
					.context("reading the model")?
					.context("the model is not on chain")?
					.decode()
					.context("decoding the model")?
					.price;
				snapshot.prices.insert(model, price);
				price
			}
		};
		let escrow = match snapshot.escrows.get(payer) {
			Some(escrow) => *escrow,
			None => {
				let stored = snapshot
					.at
					.storage()
					.try_fetch(
						runtime::storage().batches().escrows(),
						(subxt::utils::AccountId32(*payer), self.account),
					)
					.await
					.context("reading the escrow")?;
				let escrow = match stored {
					Some(stored) => {
						let escrow = stored.decode().context("decoding the escrow")?;
						Some(EscrowView {
							available: escrow.amount,
							last_epoch: escrow.unlock.map(|unlock| unlock.last_epoch),
						})
					}
					None => None,
				};
				snapshot.escrows.insert(*payer, escrow);
				escrow
			}
		};
		Ok(View { block: snapshot.at.block_number(), price, escrow })
	}
}
