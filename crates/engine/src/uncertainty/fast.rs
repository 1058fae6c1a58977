//! The fast path: the whole model in f64 for one parameter set, with everything that does not
//! depend on the varied parameters prepared once per run.
//!
//! It follows [`Inputs::resolve`](crate::Inputs) step by step for the statutory figures
//! (both LKS rules, the hours factors with the 2024 rule, the wage tax, the top-up, the BUIG
//! basis), books them through the model's one description of its lines
//! ([`crate::lines`]: who pays whom, the coaching deliverer, the national bonus, the sheet)
//! and takes the horizon's factor from [`crate::multi_year`]; the conformance tests hold it
//! to the exact engine to the cent for parameter sets drawn from the registry.

use rust_decimal::Decimal;

use super::distribution::Uncertainty;
use super::sampler::round_whole;
use super::tax64::{Tax64, f, tax64};
use crate::PerActor;
use crate::error::ModelError;
use crate::inputs::Inputs;
use crate::lines::{Booked, Computed, Line, PLACE_LINES, Term, applying, book};
use crate::multi_year::{growth_within_cap, pv_factor};
use crate::parameters::{BenefitSaved, BuigBasis, LksRule, LksShare, Parameters, Placement};
use crate::registry::ParamKey;
use crate::year_table::{HalfYear, YearTable};
use crate::{Month, Years};

/// The number of every parameter as f64 in the units of the registry (percent, euros, hours,
/// whole numbers), indexed by [`ParamKey`]: a parameter added to the registry has its place here
/// without a line of code. A parameter held by a word (a followed LKS share, a benefit norm, a
/// choice) is 0.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FastParams([f64; ParamKey::INPUTS.len()]);

impl Default for FastParams {
    fn default() -> Self {
        Self([0.0; ParamKey::INPUTS.len()])
    }
}

impl FastParams {
    /// The values of `params`.
    pub fn of(params: &Parameters) -> Self {
        let mut fast = Self::default();
        for key in ParamKey::INPUTS {
            if let Some(value) = key.stored(params) {
                fast.set(key, f(value));
            }
        }
        fast
    }

    /// The value of one parameter.
    #[inline]
    pub fn get(&self, key: ParamKey) -> f64 {
        self.0[key as usize]
    }

    /// Set one parameter.
    #[inline]
    pub fn set(&mut self, key: ParamKey, value: f64) {
        self.0[key as usize] = value;
    }
}

/// Every output of one parameter set.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct FastOutcome {
    /// The sheet's net per place per year.
    pub sheet_net: f64,
    /// Year-1 net per actor per place.
    pub actors: PerActor<f64>,
    /// clients × Σ (1+g)^(t−1)/(1+r)^t: the NPV of a year-1 net of 1 per place.
    pub npv_factor: f64,
    /// The break-even wage value in %, or NaN where there is none (see [`crate::BreakEven`]).
    pub break_even_pct: f64,
    /// The municipality's break-even wage value in % (participation budget + BUIG), 0 where it
    /// gains at every wage value, NaN where it loses at every one (see
    /// [`crate::MunicipalityBreakEven`]).
    pub break_even_municipality_pct: f64,
}

impl FastOutcome {
    /// The municipality's year-1 net per place (participation budget + BUIG).
    pub fn municipality(&self) -> f64 {
        self.actors.municipality()
    }

    /// Society's year-1 net per place (all actors).
    pub fn society(&self) -> f64 {
        self.actors.total()
    }
}

/// The figures of one half year (January or July start).
#[derive(Clone, Copy, Debug)]
struct Half64 {
    /// WML × 12 × 1,08.
    annual_minimum_wage: f64,
    /// The net norm × 12 before work (0 without a benefit).
    before: f64,
    /// The gross benefit that leaves `before` net.
    gross_before: f64,
}

/// The model of one scenario, prepared for many parameter sets.
#[derive(Clone, Debug)]
pub struct FastModel {
    /// The scenario's own values; a sample overwrites the varied ones.
    pub base: FastParams,
    /// The model's lines that apply to the scenario's choices (`lines::When`), picked once.
    lines: Vec<Line>,
    working: bool,
    statutory: bool,
    from_2024: bool,
    employer_loading: f64,
    halves: [Option<Half64>; 2],
    tax: Option<Tax64>,
    first_rate: f64,
    amount: bool,
    gross_basis: bool,
    lks_manual: bool,
    /// clients × annuity when neither clients nor the horizon vary.
    fixed_npv_factor: Option<f64>,
    /// Whether a range reaches the growth or the horizon (checked per draw, [`FastModel::refuses`]).
    growth_varies: bool,
    /// The wage tax when no range reaches the gross wage (hours, full-time week, wage cost, month).
    fixed_wage_tax: Option<f64>,
}

impl FastModel {
    /// Prepare `params` for the ranges of `uncertainty`; fails as the engine would for the scenario
    /// or for a start month a range can reach.
    pub fn new(params: &Parameters, uncertainty: &Uncertainty) -> Result<Self, ModelError> {
        let varies = |key: ParamKey| uncertainty.ranges.contains_key(&key);
        let mut prepared = params.clone();
        if varies(ParamKey::LksPct) && matches!(prepared.lks_pct, LksShare::FollowsWageValue) {
            ParamKey::LksPct.set(&mut prepared, Decimal::ZERO);
        }
        if varies(ParamKey::BenefitSaved)
            && !matches!(prepared.benefit_saved, BenefitSaved::Amount(_))
        {
            ParamKey::BenefitSaved.set(&mut prepared, Decimal::ZERO);
        }
        // Whatever the exact engine refuses for the scenario itself is refused here too (one
        // check, the engine's own; the draws are checked in `months` below and in `refuses`).
        crate::Evaluation::of(&prepared)?;
        let table = YearTable::builtin();
        let year = prepared.year.get();
        let row = table.row(year)?;
        let mut halves = [None, None];
        // Only the half years a month range reaches: a January start needs no July figures (the
        // table lacks a few, e.g. the norms of 1 July 2026). The bounds are rounded as the draws
        // are: a range up to 6,5 draws month 7, which needs the July figures (or is refused as
        // the engine refuses month 7).
        let months: Vec<u8> = match uncertainty.ranges.get(&ParamKey::Month) {
            Some(range) => {
                let (low, high) = range.bounds(ParamKey::Month);
                let (low, high) = (round_whole(f(low)), round_whole(f(high)));
                [(low < 7.0).then_some(1), (high >= 7.0).then_some(7)]
                    .into_iter()
                    .flatten()
                    .collect()
            }
            None => vec![prepared.month.get()],
        };
        for &month in &months {
            let mut at = prepared.clone();
            at.month = Month::clamped(month);
            let inputs = Inputs::resolve(&at, table)?;
            let half = HalfYear::of_month(month);
            let norm = match prepared.benefit_saved {
                BenefitSaved::Amount(_) => Decimal::ZERO,
                _ => Self::norm_before(&at, table)?,
            };
            let gross_before = row
                .tax
                .as_ref()
                .map_or(norm, |tax| tax.gross_of_net_benefit(norm));
            halves[half as usize] = Some(Half64 {
                annual_minimum_wage: f(inputs.annual_minimum_wage),
                before: f(norm),
                gross_before: f(gross_before),
            });
        }
        let inputs = Inputs::resolve(&prepared, table)?;
        let fixed_npv_factor = if [
            ParamKey::Clients,
            ParamKey::Years,
            ParamKey::IndexationPct,
            ParamKey::DiscountRatePct,
        ]
        .into_iter()
        .any(varies)
        {
            None
        } else {
            Some(exact_npv_factor(&prepared)?)
        };
        let gross_varies = [
            ParamKey::HoursPerWeek,
            ParamKey::FullTimeHours,
            ParamKey::FullyLoadedWageCost,
            ParamKey::Month,
        ]
        .into_iter()
        .any(varies);
        let fixed_wage_tax = (!gross_varies)
            .then(|| row.tax.as_ref().map(|t| f(t.on_wage(inputs.gross_wage))))
            .flatten();
        Ok(Self {
            growth_varies: varies(ParamKey::IndexationPct) || varies(ParamKey::Years),
            fixed_wage_tax,
            base: FastParams::of(&prepared),
            lines: applying(&PLACE_LINES, &prepared).copied().collect(),
            working: prepared.placement == Placement::Working,
            statutory: prepared.lks_rule == LksRule::Statutory,
            from_2024: year >= 2024,
            employer_loading: 1.0 + inputs.employer_cost_rate.map_or(0.0, f),
            halves,
            first_rate: row.tax.as_ref().map_or(0.0, |t| f(t.rate())),
            tax: row.tax.as_ref().map(tax64),
            amount: matches!(prepared.benefit_saved, BenefitSaved::Amount(_)),
            gross_basis: prepared.buig_basis == BuigBasis::Gross,
            lks_manual: matches!(prepared.lks_pct, LksShare::Manual(_)),
            fixed_npv_factor,
        })
    }

    /// clients × annuity when neither the clients nor the horizon vary: every NPV is then its
    /// year-1 net times this.
    pub fn fixed_npv_factor(&self) -> Option<f64> {
        self.fixed_npv_factor
    }

    /// The net norm × 12 before work: what the engine resolves as the benefit before.
    fn norm_before(params: &Parameters, table: &YearTable) -> Result<Decimal, ModelError> {
        Ok(Inputs::resolve(params, table)?.benefit_before)
    }

    /// Whether the engine refuses `p` where [`FastModel::new`] could not see it: growth past the
    /// horizon's cap ([`growth_index`]) for a drawn growth or horizon. Checked per draw, since
    /// a normal range reaches its whole parameter range, which alone would refuse every long
    /// horizon with a range on growth.
    #[inline]
    pub fn refuses(&self, p: &FastParams) -> Option<ModelError> {
        (self.growth_varies
            && !growth_within_cap(p.get(ParamKey::IndexationPct), p.get(ParamKey::Years)))
        .then_some(ModelError::GrowthTooLarge)
    }

    /// Evaluate one parameter set.
    pub fn evaluate(&self, p: &FastParams) -> FastOutcome {
        let npv_factor = self.fixed_npv_factor.unwrap_or_else(|| {
            p.get(ParamKey::Clients)
                * annuity(
                    p.get(ParamKey::IndexationPct),
                    p.get(ParamKey::DiscountRatePct),
                    p.get(ParamKey::Years),
                )
        });
        if !self.working {
            // Staying home has no flows at all: every result is relative to it.
            return FastOutcome {
                npv_factor,
                break_even_pct: f64::NAN,
                // Nothing depends on the wage value and the municipality's net is 0: it loses at
                // no wage value, as the engine says.
                break_even_municipality_pct: 0.0,
                ..FastOutcome::default()
            };
        }
        let half = usize::from(p.get(ParamKey::Month) >= 7.0);
        let Some(h) = self.halves[half].or(self.halves[0]).or(self.halves[1]) else {
            return FastOutcome::default();
        };
        let (loaded, subsidised, gross) = self.wage_costs(p, h.annual_minimum_wage);
        let wage_value = p.get(ParamKey::WageValuePct) / 100.0;
        let cap = p.get(ParamKey::LksCapPct) / 100.0;
        let requested = if self.lks_manual {
            p.get(ParamKey::LksPct) / 100.0
        } else {
            1.0 - wage_value
        };
        let lks = requested.min(cap) * subsidised;
        let wage_tax = match (self.fixed_wage_tax, &self.tax) {
            (Some(tax), _) => tax,
            (None, Some(t)) => t.on_wage(gross),
            (None, None) => 0.0,
        };
        let (stopped, saved) = if self.amount {
            let amount = p.get(ParamKey::BenefitSaved);
            (amount, amount)
        } else {
            let top_up = (h.before - (gross - wage_tax)).max(0.0);
            let stopped = h.before - top_up;
            let saved = if self.gross_basis {
                let gross_top_up = if self.first_rate < 1.0 {
                    top_up / (1.0 - self.first_rate)
                } else {
                    top_up
                };
                h.gross_before - gross_top_up
            } else {
                stopped
            };
            (stopped, saved)
        };
        // The lines' amounts in f64, booked by the one description of the model (`lines/`).
        let amount = |term: Term| match term {
            Term::PerPlace(key) | Term::Param(key) => p.get(key),
            Term::Computed(figure) => match figure {
                Computed::WageSubsidy => lks,
                Computed::GrossWage => gross,
                Computed::EmployerCharges => loaded - gross,
                Computed::BenefitStopped => stopped,
                Computed::WageTax => wage_tax,
                Computed::WageValueAmount => wage_value * loaded,
                Computed::BenefitTax => saved - stopped,
                Computed::BenefitNet | Computed::HomeBenefitTax => 0.0,
            },
        };
        let Booked { net: actors, sheet } = book(&self.lines, amount);
        FastOutcome {
            sheet_net: sheet,
            actors,
            npv_factor,
            break_even_pct: break_even(subsidised, saved, cap),
            // The municipality's net without the LKS, as the engine's break-even takes it.
            break_even_municipality_pct: municipality_break_even(
                actors.municipality() + lks,
                subsidised,
                cap,
            ),
        }
    }

    /// The loaded wage cost, the wage cost the LKS counts, and the gross wage, as
    /// [`Inputs::resolve`] computes them under either LKS rule; `a` is WML × 12 × 1,08.
    #[inline]
    fn wage_costs(&self, p: &FastParams, a: f64) -> (f64, f64, f64) {
        // Amount × hours ÷ week, the multiplication first, as the engine scales.
        let (hours, full_time) = (
            p.get(ParamKey::HoursPerWeek),
            p.get(ParamKey::FullTimeHours),
        );
        if self.statutory {
            let (gross, counted) = if self.from_2024 {
                (a * hours / 36.0, a * hours.min(full_time) / 36.0)
            } else {
                let gross = if hours >= full_time {
                    a
                } else {
                    a * hours / full_time
                };
                (gross, gross)
            };
            (
                gross * self.employer_loading,
                counted * self.employer_loading,
                gross,
            )
        } else {
            let loaded = p.get(ParamKey::FullyLoadedWageCost) * hours / full_time;
            (loaded, loaded, (a * hours / full_time).min(loaded))
        }
    }
}

/// The break-even wage value in %, as [`crate::break_even_wage_value`]: NaN where there
/// is none (no wage cost, no benefit saved), 0 where the municipality saves at every wage value.
fn break_even(wage_cost: f64, saved: f64, cap: f64) -> f64 {
    if wage_cost <= 0.0 || saved <= 0.0 {
        return f64::NAN;
    }
    let share = saved / wage_cost;
    if share > cap {
        0.0
    } else {
        (1.0 - share) * 100.0
    }
}

/// The municipality's break-even wage value in %, as [`crate::municipality_break_even`]:
/// `without_lks` is its net without the LKS (participation budget + benefit saved), and
/// `without_lks − min(1 − LW, cap) × wage_cost = 0` is solved for LW. NaN where it loses at every
/// wage value, 0 where it gains at every one.
fn municipality_break_even(without_lks: f64, wage_cost: f64, cap: f64) -> f64 {
    if without_lks < 0.0 {
        return f64::NAN;
    }
    if without_lks >= cap * wage_cost.max(0.0) {
        return 0.0;
    }
    (1.0 - without_lks / wage_cost) * 100.0
}

/// Σ_{t=1..T} (1+g)^(t−1)/(1+r)^t for g and r in percent and T whole years: with q = (1+g)/(1+r)
/// the sum is (q^T − 1)/(q − 1)/(1+r), written with `ln_1p` and `exp_m1` so it keeps its digits
/// when g and r are close.
pub(super) fn annuity(growth_pct: f64, discount_pct: f64, years: f64) -> f64 {
    let years = years.clamp(0.0, f64::from(Years::MAX)).round();
    let a = 1.0 / (1.0 + discount_pct / 100.0);
    let log_q = (growth_pct / 100.0).ln_1p() - (discount_pct / 100.0).ln_1p();
    if log_q == 0.0 {
        years * a
    } else {
        a * (years * log_q).exp_m1() / log_q.exp_m1()
    }
}

/// clients × Σ index_t × discount_t exactly as [`crate::MultiYear`] computes it (the
/// engine's own factor, with its cap: what it refuses is refused here).
fn exact_npv_factor(params: &Parameters) -> Result<f64, ModelError> {
    Ok(f(pv_factor(params)?) * f64::from(params.clients.get()))
}
