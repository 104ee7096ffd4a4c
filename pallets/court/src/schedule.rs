//! Deadlines that act by themselves: every phase of a case ends at a known block, and `on_idle`
//! advances the cases whose deadline passed (draws the jury, tallies, closes), oldest first,
//! within the weight the block leaves. The extrinsics (`draw_jury`, `tally`, `finalize`,
//! `expire_case`) stay as fallbacks for anyone when blocks are full.

use crate::{pallet::*, types::*, weights::WeightInfo};
use frame_support::{pallet_prelude::*, storage::with_storage_layer};
use openledger_primitives::InferenceId;
use sp_runtime::{traits::One, Saturating};

/// How many blocks after its deadline a case may be put on the [`Agenda`] when the deadline's
/// own block is full ([`Config::MaxDuePerBlock`]).
pub const SCHEDULE_SPREAD: u32 = 8;

/// Most blocks of the [`Agenda`] one `on_idle` walks (each is one read, empty or not).
const MAX_BLOCKS_PER_IDLE: u32 = 64;

impl<T: Config> Pallet<T> {
	/// Put `inference` on the agenda of the first block after `deadline` (or, when that one is
	/// full, of one of the [`SCHEDULE_SPREAD`] next). A case that finds no room is left to
	/// the extrinsics.
	pub(crate) fn schedule(inference: InferenceId, deadline: BlockNumberOf<T>) {
		let mut block = deadline.saturating_add(One::one());
		for _ in 0..SCHEDULE_SPREAD {
			let placed = Agenda::<T>::mutate(block, |due| due.try_push(inference).is_ok());
			if placed {
				return;
			}
			block = block.saturating_add(One::one());
		}
	}

	/// What advancing one case costs at most: drawing the largest jury from a full pool, a
	/// tally, or closing a case with every round full.
	pub(crate) fn advance_weight() -> Weight {
		let close = Self::closing_weight(
			T::WeightInfo::finalize(Self::max_seats())
				.max(T::WeightInfo::expire_case(Self::max_seats())),
		);
		T::WeightInfo::draw_jury(T::MaxJurors::get(), T::MaxJurySize::get())
			.max(T::WeightInfo::tally())
			.max(close)
			.saturating_add(T::DbWeight::get().reads(1))
	}

	/// Advance the cases on the agenda up to block `now`, oldest block first, within `limit`;
	/// the weight used. Cases whose deadline was met already (a tally once every juror
	/// revealed, a draw by extrinsic) are skipped.
	pub(crate) fn advance_due(now: BlockNumberOf<T>, limit: Weight) -> Weight {
		let db = T::DbWeight::get();
		let walk = db.reads_writes(1, 1);
		let mut used = db.reads_writes(1, 1);
		if used.any_gt(limit) {
			return Weight::zero();
		}
		let mut block = AgendaCursor::<T>::get().unwrap_or(now);
		let per_case = Self::advance_weight();
		for _ in 0..MAX_BLOCKS_PER_IDLE {
			if block > now || used.saturating_add(walk).any_gt(limit) {
				break;
			}
			used.saturating_accrue(walk);
			let mut due = Agenda::<T>::take(block).into_iter();
			while let Some(inference) = due.next() {
				if used.saturating_add(per_case).any_gt(limit) {
					// Out of weight: what is left of this block waits for the next `on_idle`.
					let rest =
						core::iter::once(inference).chain(due).collect::<alloc::vec::Vec<_>>();
					Agenda::<T>::insert(block, DueCasesOf::<T>::truncate_from(rest));
					AgendaCursor::<T>::put(block);
					return used;
				}
				used.saturating_accrue(Self::advance(inference, now));
			}
			block = block.saturating_add(One::one());
		}
		AgendaCursor::<T>::put(block);
		used
	}

	/// Advance `inference`'s case if its phase's deadline has passed at `now`: draw, tally,
	/// finalize or expire, each as its extrinsic would (all or nothing). A refusal is reported
	/// (`CaseStalled`), not retried. The weight used.
	fn advance(inference: InferenceId, now: BlockNumberOf<T>) -> Weight {
		let read = T::DbWeight::get().reads(1);
		let Some(case) = Cases::<T>::get(inference) else { return read };
		// Not due: this entry is stale (the phase changed since); the case is on the agenda at
		// its current deadline.
		if now <= case.phase.deadline() {
			return read;
		}
		let result = with_storage_layer(|| match case.phase {
			Phase::Drawing { .. } => {
				Self::do_draw(inference).map(|(pool, drawn)| T::WeightInfo::draw_jury(pool, drawn))
			}
			Phase::Voting { .. } => Self::do_tally(inference).map(|()| T::WeightInfo::tally()),
			Phase::Appealable { .. } => Self::do_finalize(inference)
				.map(|seats| Self::closing_weight(T::WeightInfo::finalize(seats))),
			Phase::Fallback { .. } => Self::do_expire(inference)
				.map(|seats| Self::closing_weight(T::WeightInfo::expire_case(seats))),
		});
		match result {
			Ok(weight) => weight.saturating_add(read),
			Err(error) => {
				Self::deposit_event(Event::CaseStalled { inference, error });
				Self::advance_weight()
			}
		}
	}
}
