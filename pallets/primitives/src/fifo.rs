//! A FIFO queue kept in storage as `position → item` plus the `(first, next)` positions still
//! queued, drained oldest first under a [`WeightMeter`] (e.g. in `on_idle`).
//!
//! Pushing and popping are O(1); draining stops at the first item that is not due yet, so a
//! queue whose items become due in push order never needs a scan.

use core::marker::PhantomData;
use frame_support::{
	storage::{StorageMap, StorageValue},
	weights::{Weight, WeightMeter},
};

/// The queue would need a position beyond `u64::MAX`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct QueueFull;

/// What draining did with the item at the head.
pub enum Drained {
	/// The item is done with this weight; it leaves the queue and draining goes on.
	Done(Weight),
	/// The item is not due yet; it stays and draining stops.
	NotDue,
}

/// A FIFO queue over the storage map `Items` (position → item) and the storage value `Bounds`
/// (`(first, next)`: the positions still queued are `first..next`).
pub struct Fifo<Items, Bounds, Item>(PhantomData<(Items, Bounds, Item)>);

impl<Items, Bounds, Item> Fifo<Items, Bounds, Item>
where
	Item: codec::FullCodec,
	Items: StorageMap<u64, Item, Query = Option<Item>>,
	Bounds: StorageValue<(u64, u64), Query = (u64, u64)>,
{
	/// Queue `item` at the back. One read, two writes.
	pub fn push(item: Item) -> Result<(), QueueFull> {
		let (first, next) = Bounds::get();
		let after = next.checked_add(1).ok_or(QueueFull)?;
		Items::insert(next, item);
		Bounds::put((first, after));
		Ok(())
	}

	/// Hand items to `process` oldest first while `meter` can still take `reserve` (the most one
	/// item may cost), consuming what each actually cost. Stops at an item that is
	/// [`Drained::NotDue`], at a missing position, or at the end of the queue. The caller charges
	/// the look at the bounds itself.
	pub fn drain(
		meter: &mut WeightMeter,
		reserve: Weight,
		mut process: impl FnMut(Item) -> Drained,
	) {
		let (start, next) = Bounds::get();
		let mut first = start;
		while first < next && meter.can_consume(reserve) {
			let Some(item) = Items::get(first) else { break };
			match process(item) {
				Drained::NotDue => break,
				Drained::Done(used) => meter.consume(used),
			}
			Items::remove(first);
			first = first.saturating_add(1);
		}
		if first != start {
			Bounds::put((first, next));
		}
	}

	/// The number of queued items.
	pub fn len() -> u64 {
		let (first, next) = Bounds::get();
		next.saturating_sub(first)
	}
}
