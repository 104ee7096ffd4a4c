//! A datanet version's exact contributions, listed from the chain and checked against the
//! version's on-chain commitment.
//!
//! The datanets pallet stores its accepted-set log; the attribution runtime API pages through
//! the entries a version covers (`version_log`). Replaying them through the log's hash chain
//! ([`openledger_formulas::log::chain`], the function the pallet computes it with) from an
//! empty root must give the version's `commitment`; the surviving entries are the version's
//! accepted contributions with their weights.

use crate::chain::{
	runtime::{self, runtime_types::pallet_datanets::types::LogOp},
	Client,
};
use anyhow::{bail, Context};
use attribution_engine::Hash;
use openledger_formulas::log;
use std::collections::BTreeMap;
use subxt::utils::H256;

/// Entries read per runtime API call (the API's page bound).
const PAGE: u32 = 100;

/// A contribution of a version.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct VersionContribution {
	/// Its id.
	pub contribution: u64,
	/// Its content hash.
	pub content_hash: Hash,
	/// Its weight in the version.
	pub weight: u32,
	/// Where its content can be fetched, while its record exists.
	pub uri: Option<String>,
	/// Its content's size in bytes as recorded on chain, while its record exists: fetches
	/// read no more.
	pub size: Option<u64>,
}

/// A version and its contributions, checked against its commitment.
#[derive(Clone, Debug, serde::Serialize)]
pub struct VersionListing {
	/// The datanet.
	pub datanet: u32,
	/// The version.
	pub version: u32,
	/// Its on-chain commitment, which the listing replays to.
	pub commitment: Hash,
	/// Its contributions by id.
	pub contributions: Vec<VersionContribution>,
}

/// Lists version `version` of `datanet` at the latest finalized block and checks it against
/// the version's commitment.
///
/// # Errors
/// When the version is unknown, its log is not stored (it predates storage version 2 of the
/// datanets pallet), or the entries do not replay to its commitment.
pub async fn list_version(
	client: &Client,
	datanet: u32,
	version: u32,
) -> anyhow::Result<VersionListing> {
	let at = client.at_current_block().await?;
	let info = at
		.storage()
		.fetch(runtime::storage().datanets().versions(), (datanet, version))
		.await
		.with_context(|| format!("reading version {version} of datanet {datanet}"))?
		.decode()?;
	let mut root = log::EMPTY_ROOT;
	let mut set = BTreeMap::<u64, VersionContribution>::new();
	let mut expected = 0u64;
	let mut start = None;
	loop {
		let call =
			runtime::runtime_apis().attribution_api().version_log(datanet, version, start, PAGE);
		let page = at.runtime_apis().call(call).await?;
		for view in &page.items {
			if view.position != expected {
				bail!("the log of datanet {datanet} is not stored from position {expected} (entries before a runtime upgrade are only in events)");
			}
			expected = expected.saturating_add(1);
			let entry = &view.entry;
			let op = match entry.op {
				LogOp::Add => log::ADD,
				LogOp::Regrade => log::REGRADE,
				LogOp::Drop => log::DROP,
			};
			root = log::chain(
				&root,
				view.position,
				op,
				entry.contribution,
				&entry.content_hash.0,
				entry.weight,
			);
			if op == log::DROP {
				set.remove(&entry.contribution);
			} else {
				let uri = view.uri.as_ref().map(|u| String::from_utf8_lossy(u).into_owned());
				set.insert(
					entry.contribution,
					VersionContribution {
						contribution: entry.contribution,
						content_hash: entry.content_hash.0,
						weight: entry.weight,
						uri,
						size: None,
					},
				);
			}
		}
		match page.next {
			Some(next) => start = Some(next),
			None => break,
		}
	}
	if expected != info.log_len {
		bail!("version {version} of datanet {datanet} covers {} log entries; the chain listed {expected}", info.log_len);
	}
	if H256(root) != info.commitment {
		bail!(
			"the log of version {version} of datanet {datanet} does not replay to its commitment"
		);
	}
	let records = runtime::storage().datanets().contributions();
	for listed in set.values_mut().filter(|listed| listed.uri.is_some()) {
		if let Some(record) =
			at.storage().try_fetch(records.clone(), (listed.contribution,)).await?
		{
			listed.size = Some(record.decode()?.size);
		}
	}
	Ok(VersionListing {
		datanet,
		version,
		commitment: info.commitment.0,
		contributions: set.into_values().collect(),
	})
}
