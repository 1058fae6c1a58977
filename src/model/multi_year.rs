//! The horizon: yearly, cumulative and discounted figures per actor for all places together.
//!
//! Year t of the horizon is calendar year `start + t − 1`. Under the statutory rule the reference
//! year table is applied to the years it covers (minimum wage, employer-cost rate, benefit norms);
//! beyond the table, and for a norm the table lacks, the last known figure grows with the indexation
//! and the year is marked as projected. Every other amount (coaching, workplace, the slides' fully
//! loaded wage cost, the societal cost) grows with the indexation from year 2 on. Year t is
//! discounted by (1 + r)^t, the end-of-year convention of Dutch social cost-benefit analyses.

use rust_decimal::{Decimal, MathematicalOps};

use super::actors::{Actor, ActorMatrix, flows};
use super::error::ModelError;
use super::inputs::Inputs;
use super::parameters::{BenefitSaved, LksRule, Parameters, Year};
use super::per_actor::PerActor;
use super::year_table::{YearRow, YearTable};
use super::{Money, Pct};

/// Figures for one year of the horizon, for all places together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearFigures {
    /// 1 for the first year.
    pub year: u32,
    /// The calendar year.
    pub calendar_year: u32,
    /// Whether a wage or benefit figure of this year was projected by indexation rather than taken
    /// from the year table.
    pub projected: bool,
    /// Net per actor, nominal, in [`Actor::ALL`] order.
    pub net: PerActor<Decimal>,
    /// The same, discounted to the start.
    pub discounted: PerActor<Decimal>,
    /// Societal cost if all clients stayed home this year (nominal).
    pub staying_home: Decimal,
    /// What acting costs the municipality this year (nominal; positive is a cost).
    pub municipality_cost: Decimal,
}

/// The horizon of one scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MultiYear {
    /// One entry per year.
    pub years: Vec<YearFigures>,
    /// Net present value per actor, in [`Actor::ALL`] order.
    pub npv: PerActor<Decimal>,
}

impl MultiYear {
    /// Project the scenario over its horizon and clients; `first_year` is the matrix of year 1.
    pub fn compute(
        params: &Parameters,
        first_year: &ActorMatrix,
        table: &YearTable,
    ) -> Result<Self, ModelError> {
        let clients = Decimal::from(params.clients.get());
        let growth = Decimal::ONE + params.indexation_pct.fraction();
        let discount = Decimal::ONE + params.discount_rate_pct.fraction();
        let start = params.year.get();

        let mut index = Decimal::ONE;
        let mut discount_factor = Decimal::ONE;
        let mut npv = PerActor::ZERO;
        let mut years = Vec::with_capacity(params.years.get() as usize);
        for year in 1..=params.years.get() {
            discount_factor /= discount;
            let calendar = u32::from(start) + year - 1;
            let (matrix, projected) = if year == 1 {
                (first_year.clone(), false)
            } else {
                let (params_t, projected) = year_parameters(params, table, calendar, index);
                let inputs = Inputs::resolve(&params_t, table)?;
                (
                    ActorMatrix::from_flows(flows(&params_t, &inputs)),
                    projected,
                )
            };
            let net = PerActor::from_fn(|a| matrix.row(a).net() * clients);
            let discounted = net.map(|v| v * discount_factor);
            for actor in Actor::ALL {
                npv[actor] += discounted[actor];
            }
            years.push(YearFigures {
                year,
                calendar_year: calendar,
                projected,
                net,
                discounted,
                // Clamped per place like every other amount, so no product can overflow.
                staying_home: params
                    .per_place(Money::clamped(params.societal_cost_per_client.get() * index).get())
                    * clients,
                municipality_cost: -matrix.municipality_net() * clients,
            });
            index *= growth;
        }
        Ok(Self { years, npv })
    }

    /// Net present value of one actor.
    pub fn npv_of(&self, actor: Actor) -> Decimal {
        self.npv[actor]
    }

    /// Net present value of all actors together.
    pub fn npv_total(&self) -> Decimal {
        self.npv.total()
    }
}

/// The parameters of calendar year `calendar`, `index` being the indexation factor since year 1.
/// Amounts are clamped to the money range, so even 60 years at 100% indexation cannot overflow.
pub(crate) fn year_parameters(
    params: &Parameters,
    table: &YearTable,
    calendar: u32,
    index: Decimal,
) -> (Parameters, bool) {
    let mut p = params.clone();
    let grown = |m: Money| Money::clamped(m.get() * index);
    p.fully_loaded_wage_cost = grown(p.fully_loaded_wage_cost);
    p.coaching = grown(p.coaching);
    p.workplace = grown(p.workplace);
    p.workplace_adaptation = grown(p.workplace_adaptation);
    p.administration = grown(p.administration);
    p.societal_cost_per_client = grown(p.societal_cost_per_client);
    if let BenefitSaved::Amount(amount) = p.benefit_saved {
        p.benefit_saved = BenefitSaved::Amount(grown(amount));
    }
    let overrides = &mut p.overrides;
    for figure in [
        &mut overrides.minimum_wage_month,
        &mut overrides.benefit_single_month,
        &mut overrides.benefit_couple_month,
    ] {
        *figure = figure.map(grown);
    }
    if params.lks_rule != LksRule::Statutory {
        // The slides' convention fixes the wage cost by hand: the whole year grows by indexation,
        // and the table's year stays the start year so that the split of the wage is unchanged.
        if params.overrides.minimum_wage_month.is_none()
            && let Ok(row) = table.row(params.year.get())
        {
            p.overrides.minimum_wage_month = Some(Money::clamped(row.minimum_wage_month * index));
        }
        return (p, false);
    }

    let growth = Decimal::ONE + params.indexation_pct.fraction();
    let last = table.last_year();
    let table_year = u16::try_from(calendar).unwrap_or(u16::MAX).min(last);
    let mut projected = false;
    if let Ok(year) = Year::new(table_year) {
        p.year = year;
    }
    if u32::from(last) < calendar {
        projected = true;
        if params.overrides.minimum_wage_month.is_none()
            && let Ok(row) = table.row(last)
        {
            let beyond = growth.powu(u64::from(calendar - u32::from(last)));
            p.overrides.minimum_wage_month = Some(Money::clamped(row.minimum_wage_month * beyond));
        }
    }
    // A benefit norm the table lacks for this year: the nearest earlier known norm, indexed.
    let norm = |pick: fn(&YearRow) -> Option<Decimal>| -> Option<(Decimal, bool)> {
        let exact = table.row(table_year).ok().and_then(pick);
        if let Some(value) = exact.filter(|_| u32::from(table_year) == calendar) {
            return Some((value, false));
        }
        table
            .rows
            .iter()
            .rev()
            .filter(|row| u32::from(row.year) <= calendar)
            .find_map(|row| pick(row).map(|v| (row.year, v)))
            .map(|(known, value)| {
                (
                    value * growth.powu(u64::from(calendar - u32::from(known))),
                    true,
                )
            })
    };
    match params.benefit_saved {
        BenefitSaved::Single if params.overrides.benefit_single_month.is_none() => {
            if let Some((value, was_projected)) = norm(|row| row.benefit_single_month) {
                p.overrides.benefit_single_month = Some(Money::clamped(value));
                projected |= was_projected;
            }
        }
        BenefitSaved::Couple if params.overrides.benefit_couple_month.is_none() => {
            if let Some((value, was_projected)) = norm(|row| row.benefit_couple_month) {
                p.overrides.benefit_couple_month = Some(Money::clamped(value));
                projected |= was_projected;
            }
        }
        _ => {}
    }
    if p.overrides.employer_cost_rate_pct.is_none()
        && let Ok(row) = table.row(table_year)
        && let Some(rate) = row.employer_cost_rate_pct
    {
        p.overrides.employer_cost_rate_pct = Some(Pct::clamped(rate));
    }
    (p, projected)
}
