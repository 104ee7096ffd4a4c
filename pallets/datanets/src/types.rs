//! Types stored by the datanets pallet.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::{
	pallet_prelude::*, traits::fungible::Inspect, CloneNoBound, DebugNoBound, EqNoBound,
	PartialEqNoBound,
};
use openledger_primitives::{
	ContributionId, ContributionStatus, ContributionWeight, DatanetId, Share, VersionNumber,
};
use scale_info::TypeInfo;
use sp_core::H256;

pub(crate) type AccountIdOf<T> = <T as frame_system::Config>::AccountId;
/// Balance of the currency deposits are held in.
pub type BalanceOf<T> = <<T as Config>::Currency as Inspect<AccountIdOf<T>>>::Balance;
pub(crate) type BlockNumberOf<T> = frame_system::pallet_prelude::BlockNumberFor<T>;

/// How contributions enter a datanet.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum CurationMode {
	/// Contributions are accepted at once.
	Open,
	/// The curator accepts or rejects each contribution.
	Curated,
}

/// Whether a datanet takes new contributions.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug)]
pub enum DatanetStatus {
	/// Open for contributions.
	Active,
	/// No new contributions, grades or versions; accepted contributions may be withdrawn.
	Closed,
}

/// Descriptive metadata of a datanet, every field bounded.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct DatanetMetadata<T: Config> {
	/// Human-readable name.
	pub name: BoundedVec<u8, T::MaxNameLength>,
	/// What the dataset is about.
	pub description: BoundedVec<u8, T::MaxDescriptionLength>,
	/// Where more about it can be found (e.g. an IPFS or HTTPS URI).
	pub uri: BoundedVec<u8, T::MaxUriLength>,
	/// License tag of the data, e.g. an SPDX identifier such as `CC-BY-4.0`.
	pub license: BoundedVec<u8, T::MaxLicenseLength>,
}

/// A datanet: a community dataset with its curator, rules and counters.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct DatanetInfo<T: Config> {
	/// Accepts, rejects and grades contributions, publishes versions.
	pub curator: AccountIdOf<T>,
	/// Who paid the creation deposit; it returns to them.
	pub depositor: AccountIdOf<T>,
	/// Creation deposit still held from `depositor` (zero once released).
	pub deposit: BalanceOf<T>,
	/// Name, description, URI, license.
	pub metadata: DatanetMetadata<T>,
	/// Open or curated.
	pub mode: CurationMode,
	/// Deposit each new contribution holds from its contributor.
	pub contribution_deposit: BalanceOf<T>,
	/// Active or closed.
	pub status: DatanetStatus,
	/// Contributions awaiting the curator.
	pub pending: u32,
	/// Accepted contributions.
	pub accepted: u32,
	/// Contributions removed for bad data (their hashes stay refused).
	pub removed: u32,
	/// Contributions ever rejected (their records are deleted).
	pub rejected: u32,
	/// Contributors with a non-zero share.
	pub contributors: u32,
	/// Sum of all contributor shares.
	pub total_share: Share,
	/// Number of entries in the accepted-set log (see [`crate::Log`]).
	pub log_len: u64,
	/// Hash chain over the accepted-set log: the commitment versions snapshot.
	pub log_root: H256,
	/// Latest published version (0: none).
	pub latest_version: u32,
	/// Block of creation.
	pub created_at: BlockNumberOf<T>,
}

impl<T: Config> DatanetInfo<T> {
	/// Live contributions of this datanet, pending or accepted (the bound applies to these;
	/// removed ones leave only a content-hash tombstone).
	pub fn records(&self) -> u32 {
		self.pending.saturating_add(self.accepted)
	}
}

/// A contribution: a pointer to off-chain data in a datanet.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, CloneNoBound, PartialEqNoBound, EqNoBound, DebugNoBound,
)]
#[scale_info(skip_type_params(T))]
#[codec(mel_bound())]
pub struct Contribution<T: Config> {
	/// The datanet it belongs to.
	pub datanet: DatanetId,
	/// Who submitted it.
	pub contributor: AccountIdOf<T>,
	/// Hash of the content (unique within the datanet).
	pub content_hash: H256,
	/// Size of the content in bytes.
	pub size: u64,
	/// Where the content can be fetched.
	pub uri: BoundedVec<u8, T::MaxUriLength>,
	/// Pending, accepted or removed (rejected and withdrawn records are deleted).
	pub status: ContributionStatus,
	/// Attribution weight (1 when accepted; graded within `[1, MaxWeight]`).
	pub weight: ContributionWeight,
	/// Deposit held from the contributor (zero once slashed).
	pub deposit: BalanceOf<T>,
	/// Block of submission.
	pub submitted_at: BlockNumberOf<T>,
}

/// A contributor's standing in one datanet.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct ContributorInfo {
	/// Sum of the weights of their accepted contributions.
	pub share: Share,
	/// Their pending and accepted contributions (bounded by `MaxContributionsPerContributor`).
	pub contributions: u32,
}

/// An immutable snapshot of a datanet, which models cite as `(datanet, version)`.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug, serde::Serialize,
)]
#[serde(rename_all = "camelCase")]
pub struct VersionInfo<BlockNumber> {
	/// Accepted contributions at publication.
	pub contributions: u32,
	/// Total share (sum of accepted weights) at publication.
	pub total_share: Share,
	/// Length of the accepted-set log at publication.
	pub log_len: u64,
	/// The log's hash chain at publication: commits to the accepted set with its weights.
	pub commitment: H256,
	/// Block of publication.
	pub published_at: BlockNumber,
}

/// What an entry of a datanet's accepted-set log records.
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, serde::Serialize,
)]
pub enum LogOp {
	/// A contribution joined the accepted set with a weight.
	Add = 0,
	/// An accepted contribution's weight changed.
	Regrade = 1,
	/// A contribution left the accepted set (removed or withdrawn).
	Drop = 2,
}

impl LogOp {
	/// The op's code in the log commitment ([`openledger_formulas::log`]); also its SCALE
	/// encoding as stored (a test keeps the two equal).
	pub fn code(self) -> u8 {
		match self {
			Self::Add => openledger_formulas::log::ADD,
			Self::Regrade => openledger_formulas::log::REGRADE,
			Self::Drop => openledger_formulas::log::DROP,
		}
	}
}

/// One entry of a datanet's accepted-set log, as stored (see the crate docs for how entries
/// chain into a version's commitment).
#[derive(
	Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, serde::Serialize,
)]
#[serde(rename_all = "camelCase")]
pub struct LogEntry {
	/// Added, regraded or dropped.
	pub op: LogOp,
	/// The contribution it concerns.
	pub contribution: ContributionId,
	/// That contribution's content hash.
	pub content_hash: H256,
	/// Its weight after the entry (0 when dropped).
	pub weight: ContributionWeight,
}

/// A log entry in a listing: its position, the entry, and where the contribution's content
/// can be fetched while its record exists (withdrawn and rejected records are deleted; the
/// content hash still names the data).
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LogEntryView {
	/// Position in the datanet's log, from 0.
	pub position: u64,
	/// The entry.
	pub entry: LogEntry,
	/// The contribution's URI, if its record still exists (a string in JSON).
	#[serde(serialize_with = "uri_as_text")]
	pub uri: Option<alloc::vec::Vec<u8>>,
}

/// URIs are bytes on chain and text in JSON.
fn uri_as_text<S: serde::Serializer>(
	uri: &Option<alloc::vec::Vec<u8>>,
	serializer: S,
) -> Result<S::Ok, S::Error> {
	match uri {
		Some(bytes) => serializer.serialize_some(&alloc::string::String::from_utf8_lossy(bytes)),
		None => serializer.serialize_none(),
	}
}

/// A datanet's figures as the attribution queries report them.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DatanetStats<AccountId> {
	/// Its curator.
	pub curator: AccountId,
	/// Whether it takes contributions.
	pub active: bool,
	/// Contributions awaiting the curator.
	pub pending: u32,
	/// Accepted contributions.
	pub accepted: u32,
	/// Rejected contributions.
	pub rejected: u32,
	/// Contributions removed for bad data.
	pub removed: u32,
	/// Contributors with a share.
	pub contributors: u32,
	/// Sum of the contributors' shares.
	pub total_share: Share,
	/// Latest published version (0: none).
	pub latest_version: VersionNumber,
}

/// A contribution in a listing: its id and what clients show of it.
#[derive(Encode, Decode, TypeInfo, Clone, PartialEq, Eq, Debug, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ContributionView<AccountId> {
	/// Its id.
	pub id: ContributionId,
	/// Its datanet.
	pub datanet: DatanetId,
	/// Who contributed it.
	pub contributor: AccountId,
	/// Its status.
	pub status: ContributionStatus,
	/// Its attribution weight.
	pub weight: ContributionWeight,
	/// Hash of the data.
	pub content_hash: H256,
	/// Size of the data in bytes.
	pub size: u64,
}

/// When an accepted contribution joined its datanet's accepted set.
#[derive(Encode, Decode, MaxEncodedLen, TypeInfo, Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Acceptance {
	/// Position in the accepted-set log of the entry that added it.
	pub position: u64,
	/// The first version whose snapshot includes it (the latest version then, plus one).
	pub epoch: VersionNumber,
}

/// What becomes of a rejected contribution's deposit.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Rejection {
	/// It returns to the contributor.
	Refund,
	/// It is slashed to the treasury (spam).
	Slash,
}

/// Whether a contributor gains or loses one contribution in a datanet.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Membership {
	/// A contribution joins (submitted, or accepted into the share).
	Join,
	/// A contribution leaves (rejected, withdrawn or removed).
	Leave,
}
