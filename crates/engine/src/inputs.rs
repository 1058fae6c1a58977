//! Resolving a scenario's parameters against the year table into the concrete figures the sheet,
//! the actors and the break-even point are computed from.

use rust_decimal::Decimal;
use rust_decimal_macros::dec;

use super::error::ModelError;
use super::parameters::{BenefitSaved, BuigBasis, LksRule, LksShare, Parameters, Placement};
use super::tax::TaxRules;
use super::year_table::{HalfYear, YearRow, YearTable};

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
    /// The half year whose figures apply: the one the start month lies in.
    pub half: HalfYear,
    /// How LKS is computed, and so how the wage value is valued (at the loaded wage cost under
    /// the law, at the fully loaded annual cost under the slides' convention).
    pub lks_rule: LksRule,
    /// Minimum wage per month in force on the first day of the start month.
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
    /// The worker's net wage per year: gross wage − wage tax and premiums.
    pub net_wage: Decimal,
    /// Wage tax and premiums on the wage, per year (to the national government).
    pub wage_tax: Decimal,
    /// The net benefit the client received before work, per year.
    pub benefit_before: Decimal,
    /// The net top-up (aanvullende bijstand) still paid while working: norm − net wage, at least 0.
    pub top_up: Decimal,
    /// The net benefit that stops: `benefit_before − top_up` (the worker's loss, BUIG's net saving).
    pub benefit_stopped: Decimal,
    /// What BUIG saves in all, per client per year: `benefit_stopped` on the net basis; on the
    /// gross basis also the wage tax on the benefit it no longer pays.
    pub benefit_saved: Decimal,
}

impl Inputs {
    /// Resolve `params` against `table`.
    pub fn resolve(params: &Parameters, table: &YearTable) -> Result<Self, ModelError> {
        let year = params.year.get();
        let row = table.row(year)?;
        let half = HalfYear::of_month(params.month.get());
        let (minimum_wage_month, minimum_wage_origin) = match params.overrides.minimum_wage_month {
            Some(wml) => (wml.get(), Origin::Override),
            None => (
                row.minimum_wage(half)
                    .ok_or(ModelError::NoJulyMinimumWage { year })?,
                Origin::YearTable,
            ),
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

        // Every amount is scaled by its hours as amount × hours ÷ week, the multiplication first:
        // a factor hours ÷ week divided out first (30,17 ÷ 38) is cut at 28 digits, which moves an
        // exact half cent (€ 32.737 × 30,17 ÷ 38 = € 25.991,455) below the half and rounds it down.
        let (hours_factor, loaded_wage_cost, subsidised_wage_cost, gross_wage) =
            match params.lks_rule {
                LksRule::Statutory => {
                    let rate = employer_cost_rate.ok_or(ModelError::NoEmployerCostRate { year })?;
                    let loading = Decimal::ONE + rate;
                    let gross = statutory_wage(year, annual_minimum_wage, hours, full_time);
                    let subsidised =
                        statutory_subsidised_wage(year, annual_minimum_wage, hours, full_time);
                    (
                        statutory_wage_factor(year, hours, full_time),
                        gross * loading,
                        subsidised * loading,
                        gross,
                    )
                }
                LksRule::FullyLoaded => {
                    let loaded = params.fully_loaded_wage_cost.get() * hours / full_time;
                    (
                        hours / full_time,
                        loaded,
                        loaded,
                        (annual_minimum_wage * hours / full_time).min(loaded),
                    )
                }
            };

        let wage_value = params.wage_value_pct.fraction();
        let lks_cap = params.lks_cap_pct.fraction();
        let lks_share_requested = match params.lks_pct {
            LksShare::FollowsWageValue => Decimal::ONE - wage_value,
            LksShare::Manual(pct) => pct.fraction(),
        };
        let benefit = if working {
            Benefit::of(params, row, half, gross_wage)?
        } else {
            Benefit::default()
        };

        Ok(Self {
            lks_rule: params.lks_rule,
            year,
            half,
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
            net_wage: gross_wage - benefit.wage_tax,
            wage_tax: benefit.wage_tax,
            benefit_before: benefit.before,
            top_up: benefit.top_up,
            benefit_stopped: benefit.before - benefit.top_up,
            benefit_saved: benefit.saved,
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

/// `amount` for `hours` of a `week`: amount × hours ÷ week, multiplied first so that no rounded
/// factor comes between them; the whole amount from a full week on where `capped`.
fn hours_share(amount: Decimal, hours: Decimal, week: Decimal, capped: bool) -> Decimal {
    if capped && hours >= week {
        amount
    } else {
        amount * hours / week
    }
}

/// The gross wage of `hours` a week on the annual minimum wage `annual`, as
/// [`statutory_wage_factor`] scales it.
fn statutory_wage(year: u16, annual: Decimal, hours: Decimal, full_time: Decimal) -> Decimal {
    if year >= 2024 {
        hours_share(annual, hours, REFERENCE_WEEK_HOURS_FROM_2024, false)
    } else {
        hours_share(annual, hours, full_time, true)
    }
}

/// The wage the LKS counts for `hours` a week on the annual minimum wage `annual`, as
/// [`statutory_hours_factor`] scales it.
fn statutory_subsidised_wage(
    year: u16,
    annual: Decimal,
    hours: Decimal,
    full_time: Decimal,
) -> Decimal {
    if year >= 2024 {
        hours_share(
            annual,
            hours.min(full_time),
            REFERENCE_WEEK_HOURS_FROM_2024,
            false,
        )
    } else {
        hours_share(annual, hours, full_time, true)
    }
}

/// The wage tax, the benefit before and after, and what BUIG saves.
#[derive(Default)]
struct Benefit {
    wage_tax: Decimal,
    before: Decimal,
    top_up: Decimal,
    saved: Decimal,
}

impl Benefit {
    /// For a working client earning `gross` a year. The top-up is the household's norm minus the
    /// net wage (art. 31–32 Participatiewet: earnings count against the norm), at least zero; an
    /// amount typed in is the saving itself, without a top-up.
    fn of(
        params: &Parameters,
        row: &YearRow,
        half: HalfYear,
        gross: Decimal,
    ) -> Result<Self, ModelError> {
        let year = params.year.get();
        let tax = row.tax.as_ref().ok_or(ModelError::NoTaxRules { year })?;
        let wage_tax = tax.on_wage(gross);
        let net_wage = gross - wage_tax;
        let before = match params.benefit_saved {
            BenefitSaved::Amount(amount) => {
                return Ok(Self {
                    wage_tax,
                    before: amount.get(),
                    top_up: Decimal::ZERO,
                    saved: amount.get(),
                });
            }
            _ => benefit_before(params, row, half)?,
        };
        let top_up = (before - net_wage).max(Decimal::ZERO);
        let saved = match params.buig_basis {
            BuigBasis::NetNorm => before - top_up,
            BuigBasis::Gross => gross_saving(tax, before, top_up),
        };
        Ok(Self {
            wage_tax,
            before,
            top_up,
            saved,
        })
    }
}

/// The net benefit a client who stays home receives per year: the household's norm (from the
/// model's override or the year table, for the half-year the placement starts in) × 12, the amount
/// typed in, or nothing for a client without benefit.
pub fn benefit_before(
    params: &Parameters,
    row: &YearRow,
    half: HalfYear,
) -> Result<Decimal, ModelError> {
    let year = params.year.get();
    let norm = |typed: Option<crate::Money>, table: Option<Decimal>, household| {
        typed
            .map(|m| m.get())
            .or(table)
            .map(|month| month * dec!(12))
            .ok_or(ModelError::NoBenefitNorm {
                year,
                household,
                day: match half {
                    HalfYear::January => "1 januari",
                    HalfYear::July => "1 juli",
                },
            })
    };
    let overrides = &params.overrides;
    match params.benefit_saved {
        BenefitSaved::NoBenefit => Ok(Decimal::ZERO),
        BenefitSaved::Amount(amount) => Ok(amount.get()),
        BenefitSaved::Single => norm(
            overrides.benefit_single_month,
            row.benefit_single(half),
            "alleenstaande",
        ),
        BenefitSaved::Couple => norm(
            overrides.benefit_couple_month,
            row.benefit_couple(half),
            "gehuwden",
        ),
    }
}

/// What BUIG saves when it paid `before` net as a gross benefit and now pays `top_up` net: the
/// gross benefit (its wage tax with the general credit) minus the gross top-up, taxed at the first
/// bracket's rate because the employer's payroll already grants the credits on the wage.
fn gross_saving(tax: &TaxRules, before: Decimal, top_up: Decimal) -> Decimal {
    let rate = tax.rate();
    let gross_top_up = if rate < Decimal::ONE {
        top_up / (Decimal::ONE - rate)
    } else {
        top_up
    };
    tax.gross_of_net_benefit(before) - gross_top_up
}
