//! Splitting an amount in proportion to shares, to the cent, with the largest-remainder method:
//! every part is the exact quota rounded down to a cent, and the cents left over go to the parts
//! with the largest remainders (ties to the earlier part), so the parts always add up to the total.
//!
//! The shares in percent that people see come from the same weights as the split, so a share shown
//! beside a part is the share that part was computed from.

use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;

/// Split `total` (rounded to cents first) over `shares` in proportion, to the cent.
///
/// Negative shares count as zero. When all shares are zero the total is split equally, because no
/// share says otherwise. An empty list gets an empty split.
pub fn split_largest_remainder(total: Decimal, shares: &[Decimal]) -> Vec<Decimal> {
    if shares.is_empty() {
        return Vec::new();
    }
    let total_cents = to_cents(total);
    let weights = weights(shares);
    let sum: i128 = weights.iter().sum();
    // total_cents ≤ 10^10 and weights ≤ 10^10 each, so products stay far inside i128.
    let mut parts: Vec<i128> = weights.iter().map(|w| total_cents * w / sum).collect();
    let remainders: Vec<i128> = weights.iter().map(|w| total_cents * w % sum).collect();
    let leftover = total_cents - parts.iter().sum::<i128>();
    let mut order: Vec<usize> = (0..weights.len()).collect();
    // Largest remainder first; equal remainders keep list order (stable sort).
    order.sort_by(|&a, &b| remainders[b].cmp(&remainders[a]));
    for &i in order.iter().take(leftover.max(0) as usize) {
        parts[i] += 1;
    }
    parts
        .into_iter()
        .map(|cents| Decimal::from_i128_with_scale(cents, 2))
        .collect()
}

/// Each of `shares` as a percentage of their sum, weighted exactly as
/// [`split_largest_remainder`] weighs them: in whole cents, negative shares as zero, and all equal
/// (100 % / n) when all are zero, because the split then divides equally. An empty list gets none.
///
/// The percentages are exact quotients, not rounded; they add up to 100 % up to the last of
/// `Decimal`'s 28 digits.
pub fn percent_shares(shares: &[Decimal]) -> Vec<Decimal> {
    let weights = weights(shares);
    let sum = Decimal::from_i128_with_scale(weights.iter().sum(), 0);
    weights
        .into_iter()
        .map(|w| Decimal::from_i128_with_scale(w, 0) * Decimal::ONE_HUNDRED / sum)
        .collect()
}

/// The split's weights: shares in whole cents, negatives as zero; all ones when no share is
/// positive, so that nothing divides by zero and the total is split equally.
fn weights(shares: &[Decimal]) -> Vec<i128> {
    let mut weights: Vec<i128> = shares.iter().map(|s| to_cents(*s).max(0)).collect();
    if weights.iter().all(|&w| w == 0) {
        weights.iter_mut().for_each(|w| *w = 1);
    }
    weights
}

fn to_cents(amount: Decimal) -> i128 {
    crate::cents(amount)
        .checked_mul(Decimal::ONE_HUNDRED)
        .and_then(|c| c.to_i128())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn thirds_give_the_extra_cent_to_the_first() {
        let parts = split_largest_remainder(dec!(100), &[dec!(1), dec!(1), dec!(1)]);
        assert_eq!(parts, vec![dec!(33.34), dec!(33.33), dec!(33.33)]);
    }

    #[test]
    fn proportional_when_it_divides_evenly() {
        let parts = split_largest_remainder(dec!(235250), &[dec!(3), dec!(1)]);
        assert_eq!(parts, vec![dec!(176437.50), dec!(58812.50)]);
    }

    #[test]
    fn zero_and_empty_shares() {
        assert_eq!(
            split_largest_remainder(dec!(10), &[]),
            Vec::<Decimal>::new()
        );
        assert_eq!(
            split_largest_remainder(dec!(10), &[dec!(0), dec!(0)]),
            vec![dec!(5), dec!(5)]
        );
        assert_eq!(
            split_largest_remainder(dec!(10), &[dec!(0), dec!(2)]),
            vec![dec!(0), dec!(10)]
        );
    }

    #[test]
    fn shares_of_three_to_one_are_75_and_25_percent() {
        assert_eq!(
            percent_shares(&[dec!(3), dec!(1)]),
            vec![dec!(75), dec!(25)]
        );
    }

    #[test]
    fn all_zero_shares_are_equal_like_the_split() {
        // The split gives € 5 and € 5 of € 10 (above), so each is shown as 50 %.
        assert_eq!(
            percent_shares(&[dec!(0), dec!(0)]),
            vec![dec!(50), dec!(50)]
        );
        // Four zeros: 100 / 4 = 25 each.
        assert_eq!(percent_shares(&[Decimal::ZERO; 4]), vec![dec!(25); 4]);
        assert_eq!(percent_shares(&[]), Vec::<Decimal>::new());
    }

    #[test]
    fn negative_shares_count_as_zero() {
        assert_eq!(
            percent_shares(&[dec!(-5), dec!(5)]),
            vec![dec!(0), dec!(100)]
        );
    }

    #[test]
    fn shares_weigh_whole_cents_as_the_split_does() {
        // 0,004 rounds to no cents at all, so it weighs nothing against 1,00.
        assert_eq!(
            percent_shares(&[dec!(0.004), dec!(1)]),
            vec![dec!(0), dec!(100)]
        );
        assert_eq!(
            split_largest_remainder(dec!(10), &[dec!(0.004), dec!(1)]),
            vec![dec!(0), dec!(10)]
        );
    }

    #[test]
    fn thirds_are_a_third_of_a_hundred() {
        let shares = percent_shares(&[dec!(1), dec!(1), dec!(1)]);
        assert_eq!(shares[0], dec!(100) / dec!(3));
        assert_eq!(shares[0].round_dp(1), dec!(33.3));
    }
}
