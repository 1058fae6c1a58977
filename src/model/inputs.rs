//! Resolving a scenario's parameters against the year table into the concrete figures the sheet,
//! the actors and the break-even point are computed from.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::error::ModelError;
use super::parameters::{BenefitSaved, LksRule, LksShare, Parameters, Placement};
use super::year_table::YearTable;

/// Statutory holiday allowance: 8% of the wage (art. 15 Wet minimumloon).
pub const HOLIDAY_ALLOWANCE: Decimal = dec!(0.08);

/// From 2024 the statutory LKS is scaled by contract hours against this reference week.
pub const REFERENCE_WEEK_HOURS_FROM_2024: Decimal = dec!(36);

/// Where a figure came from: the year table, or the user's own entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The built-in reference year table.
    YearTable,
    /// An override in the scenario.
    Override,
}

/// The concrete figures of one scenario for one year, per place, before any multiplication by
/// clients or years.
#[derive(Clone, Debug, PartialEq)]
pub struct Inputs {
    /// Reference year.
    pub year: u16,
    /// How LKS is computed, and so how the wage value is valued (at the loaded wage cost under
    /// the law, at the fully loaded annual cost under the slides' convention).
    pub lks_rule: LksRule,
    /// Minimum wage per month in force on 1 January.
    pub minimum_wage_month: Decimal,
    /// Where the minimum wage came from.
    pub minimum_wage_origin: Origin,
    /// Employer-cost compensation as a fraction, where known.
    pub employer_cost_rate: Option<Decimal>,
    /// Annual gross minimum wage including holiday allowance, full time: WML × 12 × 1,08.
    pub annual_minimum_wage: Decimal,
    /// Factor for contract hours (1 for full time).
    pub hours_factor: Decimal,
    /// Fully loaded annual wage cost for the contract hours: the base the wage value is a share of.
    pub loaded_wage_cost: Decimal,
    /// Fully loaded annual wage cost for the hours the LKS counts: the base the LKS is a share of.
    /// From 2024 hours above the sector's full-time week earn wage but no subsidy.
    pub subsidised_wage_cost: Decimal,
    /// Gross annual wage the worker earns (incl. holiday allowance) for the contract hours.
    pub gross_wage: Decimal,
    /// Wage value as a fraction.
    pub wage_value: Decimal,
    /// LKS share as a fraction, after the cap.
    pub lks_share: Decimal,
    /// LKS share before the cap (what the wage value or the manual entry asked for).
    pub lks_share_requested: Decimal,
    /// The cap as a fraction.
    pub lks_cap: Decimal,
    /// Benefit saved per client per year.
    pub benefit_saved: Decimal,
}

impl Inputs {
    /// Resolve `params` against `table`.
    pub fn resolve(params: &Parameters, table: &YearTable) -> Result<Self, ModelError> {
        let year = params.year.get();
        let row = table.row(year)?;
        let (minimum_wage_month, minimum_wage_origin) = match params.overrides.minimum_wage_month {
            Some(wml) => (wml.get(), Origin::Override),
            None => (row.minimum_wage_month, Origin::YearTable),
        };
        let employer_cost_rate = params
            .overrides
            .employer_cost_rate_pct
            .map(|pct| pct.fraction())
            .or(row.employer_cost_rate_pct.map(|pct| pct / dec!(100)));
        let annual_minimum_wage =
            minimum_wage_month * dec!(12) * (Decimal::ONE + HOLIDAY_ALLOWANCE);
        // A client who stays home works no hours: no wage, no subsidy, no benefit saved.
        let working = params.placement == Placement::Working;
        let hours = if working {
            params.hours_per_week.get()
        } else {
            Decimal::ZERO
        };
        let full_time = params.full_time_hours.get();

        let (hours_factor, loaded_wage_cost, subsidised_wage_cost, gross_wage) =
            match params.lks_rule {
                LksRule::Statutory => {
                    let rate = employer_cost_rate.ok_or(ModelError::NoEmployerCostRate { year })?;
                    let loading = Decimal::ONE + rate;
                    let factor = statutory_wage_factor(year, hours, full_time);
                    let subsidised = statutory_hours_factor(year, hours, full_time);
                    let gross = annual_minimum_wage * factor;
                    (
                        factor,
                        gross * loading,
                        annual_minimum_wage * subsidised * loading,
                        gross,
                    )
                }
                LksRule::FullyLoaded => {
                    let factor = hours / full_time;
                    let loaded = params.fully_loaded_wage_cost.get() * factor;
                    (
                        factor,
                        loaded,
                        loaded,
                        (annual_minimum_wage * factor).min(loaded),
                    )
                }
            };

        let wage_value = params.wage_value_pct.fraction();
        let lks_cap = params.lks_cap_pct.fraction();
        let lks_share_requested = match params.lks_pct {
            LksShare::FollowsWageValue => Decimal::ONE - wage_value,
            LksShare::Manual(pct) => pct.fraction(),
        };
        let benefit_saved = if working {
            annual_benefit(params, row.benefit_single_month, row.benefit_couple_month)?
        } else {
            Decimal::ZERO
        };

        Ok(Self {
            lks_rule: params.lks_rule,
            year,
            minimum_wage_month,
            minimum_wage_origin,
            employer_cost_rate,
            annual_minimum_wage,
            hours_factor,
            loaded_wage_cost,
            subsidised_wage_cost,
            gross_wage,
            wage_value,
            lks_share: lks_share_requested.min(lks_cap),
            lks_share_requested,
            lks_cap,
            benefit_saved,
        })
    }

    /// The wage-cost subsidy per place per year.
    pub fn wage_subsidy(&self) -> Decimal {
        self.lks_share * self.subsidised_wage_cost
    }

    /// The wage value in euros per place per year: the part of the loaded wage cost the worker earns.
    pub fn wage_value_amount(&self) -> Decimal {
        self.wage_value * self.loaded_wage_cost
    }

    /// Employer charges on the wage (to the national government): loaded cost minus gross wage.
    pub fn employer_charges(&self) -> Decimal {
        self.loaded_wage_cost - self.gross_wage
    }

    /// Whether the cap lowered the LKS share.
    pub fn lks_capped(&self) -> bool {
        self.lks_share_requested > self.lks_cap
    }
}

/// The hours factor of the LKS, art. 10d lid 4 Participatiewet: before 2024 LKS is reduced in
/// proportion to the sector's normal week (never increased); from 1-1-2024 (Stb. 2022, 499) it is
/// reduced or increased in proportion to 36 hours, the agreed hours counting at most up to the
/// sector's normal full-time week: 40 hours in a 38-hour sector count as 38/36.
pub fn statutory_hours_factor(year: u16, hours: Decimal, full_time: Decimal) -> Decimal {
    if year >= 2024 {
        hours.min(full_time) / REFERENCE_WEEK_HOURS_FROM_2024
    } else {
        (hours / full_time).min(Decimal::ONE)
    }
}

/// The hours factor of the wage: from 2024 the minimum wage is an hourly wage and the monthly figure
/// is its 36-hour reference month, so every contract hour is paid, also above the sector's week.
fn statutory_wage_factor(year: u16, hours: Decimal, full_time: Decimal) -> Decimal {
    if year >= 2024 {
        hours / REFERENCE_WEEK_HOURS_FROM_2024
    } else {
        (hours / full_time).min(Decimal::ONE)
    }
}

fn annual_benefit(
    params: &Parameters,
    single: Option<Decimal>,
    couple: Option<Decimal>,
) -> Result<Decimal, ModelError> {
    let year = params.year.get();
    let monthly = match params.benefit_saved {
        BenefitSaved::NoBenefit => return Ok(Decimal::ZERO),
        BenefitSaved::Amount(amount) => return Ok(amount.get()),
        BenefitSaved::Single => params
            .overrides
            .benefit_single_month
            .map(|m| m.get())
            .or(single)
            .ok_or(ModelError::NoBenefitNorm {
                year,
                household: "alleenstaande",
            })?,
        BenefitSaved::Couple => params
            .overrides
            .benefit_couple_month
            .map(|m| m.get())
            .or(couple)
            .ok_or(ModelError::NoBenefitNorm {
                year,
                household: "gehuwden",
            })?,
    };
    Ok(monthly * dec!(12))
}
