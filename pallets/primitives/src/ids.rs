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
