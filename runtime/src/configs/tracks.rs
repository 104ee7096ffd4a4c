//! The referendum tracks: who decides what, with which deposits, periods and thresholds.
//!
//! Production periods follow the anchors: OpenLedger's own Governor (1 day before voting,
//! 1 week of voting, 5% quorum, 1 week timelock) for `root` and `economic_params`; Polkadot's
//! OpenGov for the short `whitelisted_caller` and the canceller/killer tracks; moderation and
//! the court's fallback decide within days, as content and paid calls wait on them.
//!
//! | id | track | prepare | decide | confirm | enact | support floor |
//! |---|---|---|---|---|---|---|
//! | 0 | `root` | 1 d | 7 d | 1 d | 7 d | 5% |
//! | 1 | `whitelisted_caller` | 30 min | 7 d | 10 min | 10 min | 0.5% |
//! | 2 | `referendum_canceller` | 2 h | 7 d | 3 h | 10 min | 2% |
//! | 3 | `referendum_killer` | 2 h | 7 d | 3 h | 10 min | 2% |
//! | 10 | `economic_params` | 1 d | 7 d | 1 d | 7 d | 5% |
//! | 11 | `content_moderation` | 1 h | 3 d | 3 h | 10 min | 2% |
//! | 12 | `dispute_fallback` | 1 h | 3 d | 6 h | 10 min | 2% |
//!
//! Approval falls linearly from 100% to 50% over the decision period on every track; support
//! falls linearly from 50% to the floor. A chain whose genesis chose
//! [`TrackTiming::Compressed`] (the `development` and `local_testnet` presets) runs every
//! prepare, decision and confirm period in `period` blocks and enacts one block after
//! approval: the same runtime, so the dev chain exercises exactly what production runs.

use crate::{Balance, BlockNumber, OriginCaller, Runtime, DAYS, HOURS, MINUTES, OPEN};
use alloc::borrow::Cow;
use pallet_governance_origins::{Origin, TrackTiming};
use pallet_referenda::{Curve, Track, TrackInfo};
use sp_runtime::{str_array as name, Perbill};

/// The id of a track.
pub type TrackId = u16;

/// Track ids (see the table above).
pub mod ids {
	use super::TrackId;
	/// `root`.
	pub const ROOT: TrackId = 0;
	/// `whitelisted_caller`.
	pub const WHITELISTED_CALLER: TrackId = 1;
	/// `referendum_canceller`.
	pub const REFERENDUM_CANCELLER: TrackId = 2;
	/// `referendum_killer`.
	pub const REFERENDUM_KILLER: TrackId = 3;
	/// `economic_params`.
	pub const ECONOMIC_PARAMS: TrackId = 10;
	/// `content_moderation`.
	pub const CONTENT_MODERATION: TrackId = 11;
	/// `dispute_fallback`.
	pub const DISPUTE_FALLBACK: TrackId = 12;
}

/// Approval from 100% down to 50% over the whole decision period.
const APPROVAL: Curve = Curve::LinearDecreasing {
	length: Perbill::one(),
	floor: Perbill::from_percent(50),
	ceil: Perbill::one(),
};

/// Support from 50% down to `floor` over the whole decision period.
const fn support(floor: Perbill) -> Curve {
	Curve::LinearDecreasing { length: Perbill::one(), floor, ceil: Perbill::from_percent(50) }
}

/// One production track.
#[allow(clippy::too_many_arguments)]
const fn track(
	id: TrackId,
	track_name: &str,
	max_deciding: u32,
	decision_deposit: Balance,
	[prepare_period, decision_period, confirm_period, min_enactment_period]: [BlockNumber; 4],
	support_floor: Perbill,
) -> Track<TrackId, Balance, BlockNumber> {
	Track {
		id,
		info: TrackInfo {
			name: name(track_name),
			max_deciding,
			decision_deposit,
			prepare_period,
			decision_period,
			confirm_period,
			min_enactment_period,
			min_approval: APPROVAL,
			min_support: support(support_floor),
		},
	}
}

/// The production tracks, sorted by id.
const TRACKS: [Track<TrackId, Balance, BlockNumber>; 7] = [
	track(
		ids::ROOT,
		"root",
		1,
		1_000 * OPEN,
		[DAYS, 7 * DAYS, DAYS, 7 * DAYS],
		Perbill::from_percent(5),
	),
	track(
		ids::WHITELISTED_CALLER,
		"whitelisted_caller",
		10,
		100 * OPEN,
		[30 * MINUTES, 7 * DAYS, 10 * MINUTES, 10 * MINUTES],
		Perbill::from_parts(5_000_000),
	),
	track(
		ids::REFERENDUM_CANCELLER,
		"referendum_canceller",
		10,
		500 * OPEN,
		[2 * HOURS, 7 * DAYS, 3 * HOURS, 10 * MINUTES],
		Perbill::from_percent(2),
	),
	track(
		ids::REFERENDUM_KILLER,
		"referendum_killer",
		10,
		1_000 * OPEN,
		[2 * HOURS, 7 * DAYS, 3 * HOURS, 10 * MINUTES],
		Perbill::from_percent(2),
	),
	track(
		ids::ECONOMIC_PARAMS,
		"economic_params",
		5,
		500 * OPEN,
		[DAYS, 7 * DAYS, DAYS, 7 * DAYS],
		Perbill::from_percent(5),
	),
	track(
		ids::CONTENT_MODERATION,
		"content_moderation",
		20,
		100 * OPEN,
		[HOURS, 3 * DAYS, 3 * HOURS, 10 * MINUTES],
		Perbill::from_percent(2),
	),
	track(
		ids::DISPUTE_FALLBACK,
		"dispute_fallback",
		20,
		100 * OPEN,
		[HOURS, 3 * DAYS, 6 * HOURS, 10 * MINUTES],
		Perbill::from_percent(2),
	),
];

/// `track` with every period `period` blocks and enactment one block after approval.
fn compressed(
	track: &Track<TrackId, Balance, BlockNumber>,
	period: BlockNumber,
) -> Track<TrackId, Balance, BlockNumber> {
	let mut track = track.clone();
	track.info.prepare_period = period;
	track.info.decision_period = period;
	track.info.confirm_period = period;
	track.info.min_enactment_period = 1;
	track
}

/// The tracks of this chain, in the timing its genesis chose.
pub struct TracksInfo;
impl pallet_referenda::TracksInfo<Balance, BlockNumber> for TracksInfo {
	type Id = TrackId;
	type RuntimeOrigin =
		<crate::RuntimeOrigin as frame_support::traits::OriginTrait>::PalletsOrigin;

	fn tracks() -> impl Iterator<Item = Cow<'static, Track<Self::Id, Balance, BlockNumber>>> {
		let timing = pallet_governance_origins::Pallet::<Runtime>::timing();
		TRACKS.iter().map(move |track| match timing {
			TrackTiming::Production => Cow::Borrowed(track),
			TrackTiming::Compressed { period } => Cow::Owned(compressed(track, period)),
		})
	}

	fn track_for(origin: &Self::RuntimeOrigin) -> Result<Self::Id, ()> {
		match origin {
			OriginCaller::system(frame_system::RawOrigin::Root) => Ok(ids::ROOT),
			OriginCaller::Origins(origin) => Ok(match origin {
				Origin::WhitelistedCaller => ids::WHITELISTED_CALLER,
				Origin::ReferendumCanceller => ids::REFERENDUM_CANCELLER,
				Origin::ReferendumKiller => ids::REFERENDUM_KILLER,
				Origin::EconomicParams => ids::ECONOMIC_PARAMS,
				Origin::ContentModeration => ids::CONTENT_MODERATION,
				Origin::DisputeFallback => ids::DISPUTE_FALLBACK,
			}),
			_ => Err(()),
		}
	}
}
