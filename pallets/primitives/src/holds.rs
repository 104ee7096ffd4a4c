//! What a failed hold means to the caller.

use frame_support::pallet_prelude::DispatchError;
use sp_runtime::TokenError;

/// The error to report for a failed `hold`: `insufficient` (the pallet's own "cannot pay"
/// error) when the account lacks the free funds, the currency's own reason otherwise (e.g. no
/// hold slot left), so a refusal says what really happened.
pub fn hold_error(error: DispatchError, insufficient: impl Into<DispatchError>) -> DispatchError {
	match error {
		DispatchError::Token(TokenError::FundsUnavailable) => insufficient.into(),
		other => other,
	}
}
