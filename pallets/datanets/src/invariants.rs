//! `try_state`: the invariants every block (and every unit test) must keep.

use crate::{pallet::*, types::*};
use alloc::collections::btree_map::BTreeMap;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use openledger_primitives::{ContributionStatus, DatanetId, Share};
use sp_runtime::{traits::Zero, Saturating, TryRuntimeError};

#[derive(Default)]
struct Tally {
	pending: u32,
	accepted: u32,
	removed: u32,
}

impl<T: Config> Pallet<T> {
	/// Checks that counters, shares, indexes and held deposits agree with the records.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let mut tallies = BTreeMap::<DatanetId, Tally>::new();
		// (datanet, contributor) -> (share, pending + accepted)
		let mut standings = BTreeMap::<(DatanetId, T::AccountId), (Share, u32)>::new();
		let mut held_contributions = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		// (datanet, contributor) -> pending records: one pass, not one per pending count.
		let mut pending_records = BTreeMap::<(DatanetId, T::AccountId), u32>::new();
		let next_contribution = NextContributionId::<T>::get();

		for (id, c) in Contributions::<T>::iter() {
			ensure!(id < next_contribution, "contribution id beyond NextContributionId");
			ensure!(Datanets::<T>::contains_key(c.datanet), "contribution of an unknown datanet");
			ensure!(
				ContentHashes::<T>::get(c.datanet, Self::indexed_key(id, &c)) == Some(id),
				"content index does not point at its contribution"
			);
			ensure!(
				DatanetContributions::<T>::contains_key(c.datanet, id),
				"datanet index misses a contribution"
			);
			ensure!(
				ContributorContributions::<T>::contains_key(&c.contributor, id),
				"contributor index misses a contribution"
			);
			let tally = tallies.entry(c.datanet).or_default();
			let standing = standings.entry((c.datanet, c.contributor.clone())).or_default();
			match c.status {
				ContributionStatus::Pending => {
					tally.pending.saturating_inc();
					standing.1.saturating_inc();
					pending_records
						.entry((c.datanet, c.contributor.clone()))
						.or_default()
						.saturating_inc();
				}
				ContributionStatus::Accepted => {
					ensure!(
						c.weight >= 1 && c.weight <= T::MaxWeight::get(),
						"accepted weight out of bounds"
					);
					tally.accepted.saturating_inc();
					standing.0.saturating_accrue(c.weight.into());
					standing.1.saturating_inc();
				}
				ContributionStatus::Removed => {
					ensure!(c.deposit.is_zero(), "a removed contribution still holds a deposit");
					tally.removed.saturating_inc();
				}
				ContributionStatus::Rejected => return Err("a rejected record is stored".into()),
			}
			held_contributions
				.entry(c.contributor.clone())
				.or_default()
				.saturating_accrue(c.deposit);
		}
		// Every other content hash is a tombstone: the deleted id of a removed contribution.
		let mut tombstones = BTreeMap::<DatanetId, u32>::new();
		for (datanet, hash, id) in ContentHashes::<T>::iter() {
			ensure!(id < next_contribution, "content hash of an id never given");
			match Contributions::<T>::get(id) {
				Some(c) => ensure!(
					c.datanet == datanet && Self::indexed_key(id, &c) == hash,
					"content index points at another contribution"
				),
				None => tombstones.entry(datanet).or_default().saturating_inc(),
			}
		}
		// Pending counts per contributor never exceed the pending records (contributions
		// pending before the count existed are not in it).
		for (datanet, who, count) in PendingOf::<T>::iter() {
			ensure!(count > 0, "a zero pending count is stored");
			ensure!(
				count <= T::MaxPendingPerContributor::get(),
				"pending count above MaxPendingPerContributor"
			);
			let pending = pending_records.get(&(datanet, who)).copied().unwrap_or_default();
			ensure!(count <= pending, "pending count above the pending records");
		}
		for (id, Acceptance { position, epoch }) in AcceptedAt::<T>::iter() {
			let record =
				Contributions::<T>::get(id).ok_or("acceptance of a missing contribution")?;
			ensure!(
				record.status == ContributionStatus::Accepted,
				"acceptance recorded for a contribution not accepted"
			);
			let info = Datanets::<T>::get(record.datanet).ok_or("acceptance in no datanet")?;
			ensure!(position < info.log_len, "acceptance beyond the end of its datanet's log");
			// Its epoch is the first version whose log covers its position.
			ensure!(
				epoch >= 1 && epoch <= info.latest_version.saturating_add(1),
				"epoch beyond the next version"
			);
			let before = epoch.saturating_sub(1);
			let after_previous = before == 0
				|| Versions::<T>::get(record.datanet, before)
					.is_some_and(|v| v.log_len <= position);
			let in_epoch =
				Versions::<T>::get(record.datanet, epoch).is_none_or(|v| position < v.log_len);
			ensure!(after_previous && in_epoch, "epoch does not match the log position");
		}
		for (datanet, id, ()) in DatanetContributions::<T>::iter() {
			ensure!(
				Contributions::<T>::get(id).is_some_and(|c| c.datanet == datanet),
				"datanet index points at a missing contribution"
			);
		}
		for (who, id, ()) in ContributorContributions::<T>::iter() {
			ensure!(
				Contributions::<T>::get(id).is_some_and(|c| c.contributor == who),
				"contributor index points at a missing contribution"
			);
		}

		let mut held_datanets = BTreeMap::<T::AccountId, BalanceOf<T>>::new();
		let next_datanet = NextDatanetId::<T>::get();
		for (datanet, info) in Datanets::<T>::iter() {
			ensure!(datanet < next_datanet, "datanet id beyond NextDatanetId");
			Self::check_log(datanet, &info)?;
			let tally = tallies.remove(&datanet).unwrap_or_default();
			ensure!(tally.pending == info.pending, "pending counter differs from the records");
			ensure!(tally.accepted == info.accepted, "accepted counter differs from the records");
			let tombstones = tombstones.remove(&datanet).unwrap_or_default();
			ensure!(
				tally.removed.saturating_add(tombstones) == info.removed,
				"removed counter differs from the records and tombstones"
			);
			ensure!(
				info.records() <= T::MaxContributionsPerDatanet::get(),
				"datanet holds more records than MaxContributionsPerDatanet"
			);
			if info.status == DatanetStatus::Closed {
				ensure!(info.pending == 0, "a closed datanet has pending contributions");
				ensure!(
					info.accepted > 0 || info.deposit.is_zero(),
					"a closed empty datanet still holds its deposit"
				);
			}

			let mut total: Share = 0;
			let mut contributors = 0u32;
			for (who, standing) in Contributors::<T>::iter_prefix(datanet) {
				let (share, count) = standings.remove(&(datanet, who)).unwrap_or_default();
				ensure!(standing.share == share, "contributor share differs from accepted weights");
				ensure!(standing.contributions == count, "contributor count differs from records");
				ensure!(
					count <= T::MaxContributionsPerContributor::get(),
					"contributor over MaxContributionsPerContributor"
				);
				ensure!(standing != ContributorInfo::default(), "an empty contributor is stored");
				total.saturating_accrue(share);
				if share > 0 {
					contributors.saturating_inc();
				}
			}
			ensure!(total == info.total_share, "total share differs from the sum of shares");
			ensure!(contributors == info.contributors, "contributor count differs");

			ensure!(
				Versions::<T>::iter_prefix(datanet).count() == info.latest_version as usize,
				"versions stored differ from latest_version"
			);
			held_datanets
				.entry(info.depositor.clone())
				.or_default()
				.saturating_accrue(info.deposit);
		}
		ensure!(tallies.is_empty(), "contributions of unknown datanets");
		ensure!(
			standings.values().all(|(share, count)| *share == 0 && *count == 0),
			"a contributor with contributions has no standing record"
		);

		for (who, amount) in held_contributions {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::ContributionDeposit.into(), &who)
					== amount,
				"held contribution deposits differ from the records"
			);
		}
		for (who, amount) in held_datanets {
			ensure!(
				T::Currency::balance_on_hold(&HoldReason::DatanetDeposit.into(), &who) == amount,
				"held datanet deposits differ from the records"
			);
		}
		Ok(())
	}

	/// A stored log (from position 0) replays to the datanet's root and every version's
	/// commitment; a log stored only from an upgrade on holds nothing beyond its length.
	fn check_log(datanet: DatanetId, info: &DatanetInfo<T>) -> Result<(), TryRuntimeError> {
		let stored = Log::<T>::iter_key_prefix(datanet).count() as u64;
		ensure!(stored <= info.log_len, "more log entries stored than the log is long");
		if !Log::<T>::contains_key(datanet, 0) {
			return Ok(());
		}
		let mut root = sp_core::H256::zero();
		let mut version = 1;
		for position in 0..info.log_len {
			let entry = Log::<T>::get(datanet, position).ok_or("a log entry is missing")?;
			root = Self::chain_log(root, position, &entry);
			while let Some(v) = Versions::<T>::get(datanet, version) {
				if v.log_len != position.saturating_add(1) {
					break;
				}
				ensure!(v.commitment == root, "a version's commitment differs from its log");
				version.saturating_inc();
			}
		}
		ensure!(root == info.log_root, "the stored log does not replay to the datanet's root");
		Ok(())
	}
}
