//! Splitting an amount in proportion to shares, to the cent, with the largest-remainder method:
//! every part is the exact quota rounded down to a cent, and the cents left over go to the parts
//! with the largest remainders (ties to the earlier part), so the parts always add up to the total.

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
    let mut weights: Vec<i128> = shares.iter().map(|s| to_cents(*s).max(0)).collect();
    if weights.iter().all(|&w| w == 0) {
        weights.iter_mut().for_each(|w| *w = 1);
    }
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

fn to_cents(amount: Decimal) -> i128 {
    crate::model::cents(amount)
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
}
