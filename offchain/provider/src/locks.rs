//! One lock per key (a request, a payer): work on one key runs one at a time, work on
//! different keys at once, and a key's entry goes with its last holder, so the map does not
//! grow with every key ever seen.

use std::{collections::HashMap, future::Future, hash::Hash, sync::Arc};
use tokio::sync::Mutex;

/// Locks by key.
pub struct KeyedLocks<K>(Mutex<HashMap<K, Arc<Mutex<()>>>>);

impl<K> Default for KeyedLocks<K> {
	fn default() -> Self {
		Self(Mutex::new(HashMap::new()))
	}
}

impl<K: Hash + Eq + Clone> KeyedLocks<K> {
	/// Runs `work` under `key`'s lock.
	pub async fn run<T>(&self, key: K, work: impl Future<Output = T>) -> T {
		let lock = self.0.lock().await.entry(key.clone()).or_default().clone();
		let done = {
			let _guard = lock.lock().await;
			work.await
		};
		let mut locks = self.0.lock().await;
		drop(lock);
		if locks.get(&key).is_some_and(|entry| Arc::strong_count(entry) == 1) {
			locks.remove(&key);
		}
		done
	}
}
