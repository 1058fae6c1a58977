//! The one rounding rule for money: to cents, half away from zero. It lives in the engine because
//! the budget split counts in whole cents; presentation rounds with the same rule through it.

use rust_decimal::{Decimal, RoundingStrategy};

/// Round to cents, half away from zero: `0,125` → `0,13`, `−0,125` → `−0,13`.
pub fn cents(value: Decimal) -> Decimal {
    value.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn halves_go_away_from_zero() {
        assert_eq!(cents(dec!(0.125)), dec!(0.13));
        assert_eq!(cents(dec!(-0.125)), dec!(-0.13));
        // Not banker's rounding: 0,145 would go to 0,14 under half-to-even.
        assert_eq!(cents(dec!(0.145)), dec!(0.15));
    }

    #[test]
    fn below_half_goes_down() {
        assert_eq!(cents(dec!(13680.004999)), dec!(13680.00));
        assert_eq!(cents(dec!(-880.0049)), dec!(-880.00));
    }
}
