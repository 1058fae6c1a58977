//! The break-even wage value for the municipality: where the LKS it pays equals the benefit it saves.
//!
//! Both come from the same BUIG budget. LKS follows the wage value here (`min(1 − LW, cap) × loaded
//! wage cost` for the hours the LKS counts), whatever the scenario's own LKS setting, because the question is "from which wage value
//! does LKS save on benefits".

use rust_decimal::Decimal;

use super::inputs::Inputs;

/// Where LKS paid equals benefit saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreakEven {
    /// From this wage value (in percent) upward the benefit saved covers the LKS.
    At(Decimal),
    /// The benefit saved exceeds even the capped LKS: the municipality saves at every wage value.
    SavesAtEveryWageValue,
    /// There is no wage cost to subsidise (zero hours or a zero wage): nothing to compare.
    NoWageCost,
    /// No benefit is saved (the client had none): LKS never pays for itself in benefits.
    NoBenefitSaved,
}

impl BreakEven {
    /// The wage value in percent, if there is one.
    pub fn wage_value_pct(self) -> Option<Decimal> {
        match self {
            BreakEven::At(pct) => Some(pct),
            _ => None,
        }
    }
}

/// Solve `min(1 − LW, cap) × K = B` for LW, in closed form: LKS is linear in LW below the cap.
pub fn break_even_wage_value(inputs: &Inputs) -> BreakEven {
    let wage_cost = inputs.subsidised_wage_cost;
    if wage_cost <= Decimal::ZERO {
        return BreakEven::NoWageCost;
    }
    if inputs.benefit_saved <= Decimal::ZERO {
        return BreakEven::NoBenefitSaved;
    }
    // A wage cost of a few hundredths of a cent (a hostile file) makes the share overflow: the
    // benefit then dwarfs any subsidy, which is what an overflowing share means.
    let Some(share) = inputs.benefit_saved.checked_div(wage_cost) else {
        return BreakEven::SavesAtEveryWageValue;
    };
    if share > inputs.lks_cap {
        BreakEven::SavesAtEveryWageValue
    } else {
        BreakEven::At((Decimal::ONE - share) * Decimal::ONE_HUNDRED)
    }
}
