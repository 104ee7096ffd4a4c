//! What the pallets' query functions (`api_*`, behind the attribution runtime API) share: paged
//! listings over storage indexes, and an attribution to dry-run.

use alloc::vec::Vec;
use codec::{Decode, Encode};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

use crate::ids::*;

/// Most items one page of a listing holds.
pub const MAX_PAGE_SIZE: u32 = 100;

/// One page of a listing; `next` starts the following page (`None`: this was the last).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Page<Item, Key> {
	/// The items.
	pub items: Vec<Item>,
	/// The key to start the next page from.
	pub next: Option<Key>,
}

impl<Item, Key> Page<Item, Key> {
	/// The same page with each item mapped (items `f` drops are left out).
	pub fn filter_map<To>(self, f: impl FnMut(Item) -> Option<To>) -> Page<To, Key> {
		Page { items: self.items.into_iter().filter_map(f).collect(), next: self.next }
	}
}

/// At most `limit` (within `1..=MAX_PAGE_SIZE`) of `keys`, and where the next page starts.
/// Reads one key past the page to know whether there is more.
pub fn page<K: Clone>(keys: impl Iterator<Item = K>, limit: u32) -> Page<K, K> {
	let limit = usize::try_from(limit.clamp(1, MAX_PAGE_SIZE)).unwrap_or(1);
	let mut keys: Vec<K> = keys.take(limit.saturating_add(1)).collect();
	let more = keys.len() > limit;
	keys.truncate(limit);
	let next = if more { keys.last().cloned() } else { None };
	Page { items: keys, next }
}

/// The second keys under `first` of a double map with a key-revealing second hasher, from after
/// `start` (from the beginning when `None`): the iterator [`page`] takes.
pub fn keys_after<Map, K1, K2, V>(first: K1, start: Option<K2>) -> impl Iterator<Item = K2>
where
	Map: frame_support::storage::IterableStorageDoubleMap<K1, K2, V>
		+ frame_support::storage::StorageDoubleMap<K1, K2, V>,
	K1: codec::FullCodec + Clone,
	K2: codec::FullCodec,
	V: codec::FullCodec,
{
	match start {
		Some(after) => {
			let from = <Map as frame_support::storage::StorageDoubleMap<K1, K2, V>>::hashed_key_for(
				first.clone(),
				after,
			);
			Map::iter_key_prefix_from(first, from)
		}
		None => Map::iter_key_prefix(first),
	}
}

/// An attribution to dry-run, unbounded here (the runtime refuses one over its bounds).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, Default, serde::Deserialize)]
pub struct AttributionInput {
	/// `(contribution, score)` pairs.
	pub contributions: Vec<(ContributionId, Perbill)>,
	/// `(datanet, score)` pairs.
	pub datanets: Vec<(DatanetId, Perbill)>,
}
