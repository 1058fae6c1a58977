//! The municipality's break-even wage value: where its net, participation budget and BUIG together,
//! reaches zero — not only where the LKS equals the benefit saved ([`super::BreakEven`], BUIG
//! alone), but with coaching, adaptation, administration and a national bonus counted too.
//!
//! Of the municipality's flows only the LKS depends on the wage value: the wage, and so the net
//! wage, the top-up and the benefit that stops, are the same at any wage value (the wage value is
//! what the employer gets for the wage). As for the BUIG break-even, the LKS follows the wage value
//! here (`min(1 − LW, cap) × K`, K the wage cost the LKS is a share of), whatever the scenario's own
//! LKS setting. So the municipality's net is `M(LW) = C − min(1 − LW, cap) × K`, C its net without
//! the LKS: non-decreasing in LW and piecewise linear, solved in closed form.

use rust_decimal::Decimal;

use super::actors::ActorMatrix;
use super::inputs::Inputs;

/// Where the municipality's net (participation budget + BUIG) is zero, the LKS following the wage
/// value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MunicipalityBreakEven {
    /// From this wage value (in percent) upward the municipality does not lose.
    At(Decimal),
    /// The municipality loses at no wage value, even with the capped LKS (or nothing it pays or
    /// receives depends on the wage value, as when the client stays home, and its net is not
    /// negative).
    GainsAtEveryWageValue,
    /// The municipality loses at every wage value, even at 100 % with no LKS at all: its other
    /// costs exceed the benefit saved.
    LosesAtEveryWageValue,
}

impl MunicipalityBreakEven {
    /// The wage value in percent, if there is one in range.
    pub fn wage_value_pct(self) -> Option<Decimal> {
        match self {
            MunicipalityBreakEven::At(pct) => Some(pct),
            _ => None,
        }
    }
}

/// Solve `C − min(1 − LW, cap) × K = 0` for LW in 0–100 %, where C is the municipality's net of
/// `actors` without the LKS of `inputs` and K the wage cost the LKS is a share of.
pub fn municipality_break_even(inputs: &Inputs, actors: &ActorMatrix) -> MunicipalityBreakEven {
    // A client who stays home works no hours: no wage cost, no LKS (K = 0), and nothing the
    // municipality pays or receives depends on the wage value.
    let wage_cost = inputs.subsidised_wage_cost.max(Decimal::ZERO);
    // Every amount is bounded far below Decimal's limit; an overflow would need a net beyond
    // 10^28 euros, which no LKS can outweigh.
    let Some(without_lks) = actors.municipality_net().checked_add(inputs.wage_subsidy()) else {
        return MunicipalityBreakEven::GainsAtEveryWageValue;
    };
    if without_lks < Decimal::ZERO {
        return MunicipalityBreakEven::LosesAtEveryWageValue;
    }
    let most_lks = inputs
        .lks_cap
        .checked_mul(wage_cost)
        .unwrap_or(Decimal::MAX);
    if without_lks >= most_lks {
        return MunicipalityBreakEven::GainsAtEveryWageValue;
    }
    // 0 ≤ C < cap × K, so K > 0 and the share C / K lies in [0, cap) ⊂ [0, 1).
    match without_lks.checked_div(wage_cost) {
        Some(share) => MunicipalityBreakEven::At((Decimal::ONE - share) * Decimal::ONE_HUNDRED),
        None => MunicipalityBreakEven::GainsAtEveryWageValue,
    }
}
