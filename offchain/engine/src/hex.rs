//! `0x`-prefixed hex for hashes in JSON manifests, as the chain's RPC writes `H256`.

use crate::Hash;
use serde::{de::Error as _, Deserialize, Deserializer, Serializer};

/// `0x` and 64 lowercase hex digits.
pub fn encode(hash: &Hash) -> String {
	let mut out = String::with_capacity(66);
	out.push_str("0x");
	for byte in hash {
		out.push_str(&format!("{byte:02x}"));
	}
	out
}

/// The hash `text` spells (with or without `0x`), if it spells one.
pub fn decode(text: &str) -> Option<Hash> {
	let digits = text.strip_prefix("0x").unwrap_or(text);
	if digits.len() != 64 || !digits.is_ascii() {
		return None;
	}
	let mut hash = [0u8; 32];
	for (byte, pair) in hash.iter_mut().zip(digits.as_bytes().chunks(2)) {
		*byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
	}
	Some(hash)
}

/// Serde: a hash as [`encode`] writes it (`#[serde(with = "attribution_engine::hex")]`).
pub fn serialize<S: Serializer>(hash: &Hash, serializer: S) -> Result<S::Ok, S::Error> {
	serializer.serialize_str(&encode(hash))
}

/// Serde: a hash as [`decode`] reads it.
pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Hash, D::Error> {
	let text = String::deserialize(deserializer)?;
	decode(&text).ok_or_else(|| D::Error::custom(format!("not a 32-byte hex hash: {text}")))
}
