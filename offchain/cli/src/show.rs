//! Printing attributions, diffs and receipts.

use openledger_sdk::{chain::runtime, engine::Attribution};
use std::collections::BTreeMap;

/// Parts per billion as a percentage.
pub fn percent(parts: u32) -> String {
	format!("{:.4}%", f64::from(parts) / 10_000_000.0)
}

/// Planck as OPEN (18 decimals), exactly.
pub fn open(planck: u128) -> String {
	let unit = 1_000_000_000_000_000_000u128;
	let (whole, fraction) = (planck / unit, planck % unit);
	if fraction == 0 {
		return format!("{whole} OPEN");
	}
	let digits = format!("{fraction:018}");
	format!("{whole}.{} OPEN", digits.trim_end_matches('0'))
}

/// The attribution, one line per entry.
pub fn attribution(attribution: &Attribution) {
	if attribution.contributions.is_empty() && attribution.datanets.is_empty() {
		println!("  (nothing attributed: the training datanets share the data side)");
	}
	for (contribution, parts) in &attribution.contributions {
		println!("  contribution {contribution:>6}  {}", percent(*parts));
	}
	for (datanet, parts) in &attribution.datanets {
		println!("  datanet pool {datanet:>6}  {}", percent(*parts));
	}
}

/// The entries where `claimed` (on chain) and `recomputed` differ, one line each; empty when
/// equal.
pub fn diff(claimed: &Attribution, recomputed: &Attribution) -> Vec<String> {
	let mut lines = Vec::new();
	let mut compare = |kind: &str, a: BTreeMap<u64, u32>, b: BTreeMap<u64, u32>| {
		let keys: std::collections::BTreeSet<u64> = a.keys().chain(b.keys()).copied().collect();
		for key in keys {
			match (a.get(&key), b.get(&key)) {
				(Some(x), Some(y)) if x == y => {}
				(x, y) => lines.push(format!(
					"{kind} {key}: on chain {}, recomputed {}",
					x.map_or("-".into(), |p| percent(*p)),
					y.map_or("-".into(), |p| percent(*p)),
				)),
			}
		}
	};
	let contributions = |a: &Attribution| a.contributions.iter().map(|(c, s)| (*c, *s)).collect();
	let datanets = |a: &Attribution| a.datanets.iter().map(|(d, s)| (u64::from(*d), *s)).collect();
	compare("contribution", contributions(claimed), contributions(recomputed));
	compare("datanet", datanets(claimed), datanets(recomputed));
	lines
}

/// Who got what from one settled call.
pub fn receipt(inference: u64, receipt: &runtime::runtime_types::pallet_rewards::types::Receipt) {
	println!("receipt of inference {inference} (settled at block {}):", receipt.settled_at);
	println!("  fee                              {}", open(receipt.fee));
	println!("  treasury                         {}", open(receipt.treasury));
	println!("  provider {}  {}", receipt.provider.account, open(receipt.provider.amount));
	println!("  owner    {}  {}", receipt.owner.account, open(receipt.owner.amount));
	for ancestor in &receipt.ancestors.0 {
		println!(
			"  ancestor model {} owner {}  {}",
			ancestor.model,
			ancestor.owner,
			open(ancestor.amount)
		);
	}
	for part in &receipt.contributors.0 {
		println!(
			"  contribution {} (datanet {}) contributor {}  {}",
			part.contribution,
			part.datanet,
			part.contributor,
			open(part.amount)
		);
	}
	for pool in &receipt.pools.0 {
		println!("  pool of datanet {}  {}", pool.datanet, open(pool.amount));
	}
}
