//! Follows finalized blocks: logs the requests assigned to this provider and wakes handlers
//! waiting for a request to be finalized. Reconnects when the node goes away.

use crate::provider::Provider;
use openledger_sdk::chain::{self, runtime};
use std::{sync::Arc, time::Duration};

/// Watches finalized blocks until `shutdown` fires, reconnecting to `url` on failure.
pub async fn watch(
	provider: Arc<Provider>,
	url: String,
	mut shutdown: tokio::sync::watch::Receiver<bool>,
) {
	loop {
		tokio::select! {
			result = follow(&provider) => {
				if let Err(e) = result {
					tracing::warn!("lost the chain: {e:#}");
				}
			}
			_ = shutdown.changed() => return,
		}
		// Reconnect with backoff; give up only on shutdown.
		loop {
			tokio::select! {
				client = chain::connect_retrying(&url, Duration::from_secs(3600)) => {
					match client {
						Ok(client) => {
							*provider.client.write().await = client;
							tracing::info!("reconnected to {url}");
							break;
						}
						Err(e) => tracing::warn!("{e:#}"),
					}
				}
				_ = shutdown.changed() => return,
			}
		}
	}
}

async fn follow(provider: &Provider) -> anyhow::Result<()> {
	let client = provider.client.read().await.clone();
	let mut blocks = client.stream_blocks().await?;
	while let Some(block) = blocks.next().await {
		let block = block?;
		let number = block.number();
		let at = block.at().await?;
		let events = at.events().fetch().await?;
		for requested in events.find::<runtime::inference::events::Requested>() {
			let requested = requested?;
			if requested.provider == provider.account {
				let served = provider.models.contains_key(&requested.model);
				tracing::info!(
					inference = requested.inference,
					model = requested.model,
					fee = %requested.fee,
					deadline = requested.deadline,
					served,
					"request assigned"
				);
			}
		}
		provider.finalized.send_replace(number);
	}
	anyhow::bail!("the finalized block stream ended")
}
