//! What analyses share besides the outputs they watch (the one catalogue of those is
//! [`crate::output::OutputKey`]).

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

/// The default variation of a tornado: ±20%.
pub const DEFAULT_VARIATION_PCT: Decimal = dec!(20);
