//! Receipts are kept for the retention period, then pruned within the `on_idle` weight.

use super::scene;
use crate::{mock::*, weights::WeightInfo, *};
use frame_support::{assert_ok, traits::Hooks, weights::Weight};

#[test]
fn receipts_live_exactly_the_retention_period() {
	build_and_execute(|| {
		let (_, _, adapter) = scene();
		assert_ok!(settle(1, adapter, 1_000, &attribution(&[], &[])));
		let plenty = Weight::from_parts(u64::MAX, u64::MAX);
		Rewards::on_idle(RETENTION, plenty);
		assert!(Receipts::<Test>::contains_key(1));
		Rewards::on_idle(1 + RETENTION, plenty);
		assert!(!Receipts::<Test>::contains_key(1));
		assert_eq!(last_event(), RuntimeEvent::Rewards(Event::ReceiptPruned { inference: 1 }));
		// Lifetime counters stay.
		assert_eq!(ModelTotals::<Test>::get(adapter).calls, 1);
	});
}

#[test]
fn pruning_never_exceeds_the_weight_it_is_given() {
	build_and_execute(|| {
		let (_, _, adapter) = scene();
		for inference in 0..3 {
			assert_ok!(settle(inference, adapter, 1_000, &attribution(&[], &[])));
		}
		let later = 1 + RETENTION;
		// Too little to even look: nothing happens.
		assert_eq!(Rewards::on_idle(later, Weight::zero()), Weight::zero());
		assert_eq!(ReceiptQueueBounds::<Test>::get(), (0, 3));
		// Room for one receipt: one goes, oldest first.
		let one = <() as WeightInfo>::prune_receipts(1);
		let used = Rewards::on_idle(later, one);
		assert!(used.all_lte(one));
		assert!(!Receipts::<Test>::contains_key(0));
		assert!(Receipts::<Test>::contains_key(1));
		// The rest with enough weight.
		let used = Rewards::on_idle(later, <() as WeightInfo>::prune_receipts(5));
		assert_eq!(used, <() as WeightInfo>::prune_receipts(2));
		assert_eq!(ReceiptQueueBounds::<Test>::get(), (3, 3));
	});
}
