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

/// Move `amount` held from `from` for `reason` into `to`'s free balance, exactly (nothing for
/// a zero amount): how a slash, a bond or a reimbursement is paid out of a hold.
pub fn move_held<AccountId, Currency: frame_support::traits::fungible::MutateHold<AccountId>>(
	reason: &Currency::Reason,
	from: &AccountId,
	to: &AccountId,
	amount: Currency::Balance,
) -> frame_support::dispatch::DispatchResult {
	use frame_support::traits::tokens::{Fortitude, Precision, Restriction};
	use sp_runtime::traits::Zero;
	if amount.is_zero() {
		return Ok(());
	}
	Currency::transfer_on_hold(
		reason,
		from,
		to,
		amount,
		Precision::Exact,
		Restriction::Free,
		Fortitude::Force,
	)?;
	Ok(())
}
