//! Ids of the domain's items, and the units of shares and weights.

/// Identifies a datanet (a community dataset). Assigned in sequence from 0.
pub type DatanetId = u32;
/// Identifies a contribution. Unique across all datanets, assigned in sequence from 0.
pub type ContributionId = u64;
/// Identifies a registered model. Assigned in sequence from 0.
pub type ModelId = u32;
/// Identifies a paid inference call. Assigned in sequence from 0.
pub type InferenceId = u64;
/// Identifies a batch of paid calls (one provider, model and epoch). Assigned in sequence from 0.
pub type BatchId = u64;
/// An epoch of batched calls: a fixed number of blocks, numbered from 0.
pub type EpochNumber = u32;
/// Number of a published datanet version: 1, 2, … (0 means "none yet").
pub type VersionNumber = u32;
/// Attribution weight of one accepted contribution (1 by default; graded by the curator).
pub type ContributionWeight = u32;
/// A contributor's share in a datanet: the sum of the weights of their accepted contributions.
/// A datanet's total share is the sum over its contributors.
pub type Share = u64;
/// Identifies a dispute of a batch. Assigned in sequence from 0, below [`BATCH_DISPUTE_CASE`].
pub type DisputeId = u64;

/// The court keys its cases by one `u64`: an inference id for the challenge of a per-call
/// result, or this bit set over a [`DisputeId`] for the dispute of a batch. Inference ids are
/// assigned from 0, one per paid call, and never reach it.
pub const BATCH_DISPUTE_CASE: u64 = 1 << 63;

/// What a court case decides.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CaseSubject {
	/// The challenge of a per-call result.
	Inference(InferenceId),
	/// A dispute of a batch of paid calls.
	BatchDispute(DisputeId),
}

impl CaseSubject {
	/// The subject of the court case `case`.
	pub fn of(case: u64) -> Self {
		if case & BATCH_DISPUTE_CASE == 0 {
			Self::Inference(case)
		} else {
			Self::BatchDispute(case & !BATCH_DISPUTE_CASE)
		}
	}

	/// The court case of this subject; `None` for an id that would collide with the other kind.
	pub fn case(self) -> Option<u64> {
		match self {
			Self::Inference(id) => (id & BATCH_DISPUTE_CASE == 0).then_some(id),
			Self::BatchDispute(id) => {
				(id & BATCH_DISPUTE_CASE == 0).then_some(id | BATCH_DISPUTE_CASE)
			}
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn case_ids_of_the_two_kinds_never_collide() {
		for id in [0, 1, 7, BATCH_DISPUTE_CASE - 1] {
			for subject in [CaseSubject::Inference(id), CaseSubject::BatchDispute(id)] {
				let case = subject.case().expect("in range");
				assert_eq!(CaseSubject::of(case), subject);
			}
		}
		assert_ne!(CaseSubject::Inference(5).case(), CaseSubject::BatchDispute(5).case());
		assert_eq!(CaseSubject::BatchDispute(BATCH_DISPUTE_CASE).case(), None);
		assert_eq!(CaseSubject::Inference(BATCH_DISPUTE_CASE).case(), None);
	}
}
