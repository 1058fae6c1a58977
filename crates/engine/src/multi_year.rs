//! The horizon: yearly, cumulative and discounted figures per actor for all places together.
//!
//! One price convention throughout: **constant prices of the start** (the year and month the
//! placement starts). Year 1 is the evaluation of the scenario with the figures in force at the
//! start; every later year is that year's flows grown by the real growth `indexation_pct` (wages,
//! norms, coaching, workplace, societal cost and the tax brackets alike, so the year-1 split of
//! every flow is kept: each flow is linear in those amounts). General inflation is left out of
//! every figure, so the discount rate is a real rate: 2,25%, the Dutch MKBA standard (Werkgroep
//! discontovoet 2020). The year table's later rows are nominal figures of other price levels and
//! are therefore not used beyond year 1. Year t is discounted by (1 + r)^t, the end-of-year
//! convention of Dutch social cost-benefit analyses.

use rust_decimal::{Decimal, MathematicalOps};

use super::actors::{Actor, ActorMatrix};
use super::baseline::Baseline;
use super::error::ModelError;
use super::parameters::Parameters;
use super::per_actor::PerActor;

/// Figures for one year of the horizon, for all places together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearFigures {
    /// 1 for the first year.
    pub year: u32,
    /// The calendar year.
    pub calendar_year: u32,
    /// Net per actor, in constant prices of the start, in [`Actor::ALL`] order.
    pub net: PerActor<Decimal>,
    /// The same, discounted to the start.
    pub discounted: PerActor<Decimal>,
    /// Societal cost if all clients stayed home this year (in every scenario, the one where they
    /// do stay home included).
    pub staying_home: Decimal,
    /// What staying home — the baseline — brings each actor this year for all clients (negative:
    /// a cost), in constant prices of the start.
    pub staying_home_net: PerActor<Decimal>,
    /// The same, discounted to the start.
    pub staying_home_discounted: PerActor<Decimal>,
    /// What acting costs the municipality this year (positive is a cost).
    pub municipality_cost: Decimal,
}

/// The horizon of one scenario.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MultiYear {
    /// One entry per year.
    pub years: Vec<YearFigures>,
    /// Net present value per actor, in [`Actor::ALL`] order.
    pub npv: PerActor<Decimal>,
    /// The baseline's net present value per actor over the horizon, for all clients: what staying
    /// home costs (negative) or brings each actor, discounted like the NPVs beside it.
    pub staying_home_npv: PerActor<Decimal>,
}

/// The growth factor of year `year` (1-based): (1 + g)^(year − 1), or an error when the amounts
/// would grow past what can be computed exactly.
pub fn growth_index(params: &Parameters, year: u32) -> Result<Decimal, ModelError> {
    let growth = Decimal::ONE + params.indexation_pct.fraction();
    growth
        .checked_powu(u64::from(year.saturating_sub(1)))
        .filter(|index| *index <= MAX_INDEX)
        .ok_or(ModelError::GrowthTooLarge)
}

/// Highest growth factor the horizon computes: 10⁹ (e.g. 60 years of 42% real growth). Far beyond
/// any real path, and low enough that no product of amounts, clients and years can overflow.
const MAX_INDEX: Decimal = Decimal::from_parts(1_000_000_000, 0, 0, false, 0);

/// [`MAX_INDEX`] as a float, for [`growth_within_cap`].
const MAX_INDEX_F64: f64 = 1e9;

/// Whether [`growth_index`] computes every year of a horizon of `years` years at `growth_pct` %
/// real growth, in floats for the Monte Carlo's fast path: the same cap, so that a draw the exact
/// engine refuses is refused there too. The last year's factor is (1 + g)^(years − 1); it is
/// compared through its logarithm, which cannot overflow.
pub(crate) fn growth_within_cap(growth_pct: f64, years: f64) -> bool {
    (years - 1.0).max(0.0) * (growth_pct / 100.0).ln_1p() <= MAX_INDEX_F64.ln()
}

/// Each year of the horizon with its growth index (1 + g)^(t−1) and its discount factor
/// 1/(1 + r)^t: the one place the horizon's timing is worked out. An item is an error from the
/// first year whose growth passes the cap ([`growth_index`]).
pub fn year_factors(
    params: &Parameters,
) -> impl Iterator<Item = Result<(u32, Decimal, Decimal), ModelError>> + '_ {
    let discount = Decimal::ONE + params.discount_rate_pct.fraction();
    (1..=params.years.get()).scan(Decimal::ONE, move |factor, year| {
        *factor /= discount;
        Some(growth_index(params, year).map(|index| (year, index, *factor)))
    })
}

/// Σ over the horizon of growth index × discount factor: a year-1 net per place times clients
/// times this factor is its net present value (what [`MultiYear::compute`] sums year by year).
pub fn pv_factor(params: &Parameters) -> Result<Decimal, ModelError> {
    year_factors(params).try_fold(Decimal::ZERO, |sum, item| {
        item.map(|(_, index, discount)| sum + index * discount)
    })
}

impl MultiYear {
    /// Project the scenario over its horizon and clients; `first_year` is the matrix of year 1 and
    /// `baseline` what staying home brings each actor per client in year 1.
    pub fn compute(
        params: &Parameters,
        first_year: &ActorMatrix,
        baseline: &Baseline,
    ) -> Result<Self, ModelError> {
        let clients = Decimal::from(params.clients.get());
        let start = u32::from(params.year.get());
        let net_1 = PerActor::from_fn(|a| first_year.row(a).net() * clients);
        let municipality_1 = -first_year.municipality_net() * clients;
        let staying_home_1 = params.societal_cost_per_client.get() * clients;
        let home_net_1 = baseline.net.map(|v| v * clients);

        let mut npv = PerActor::ZERO;
        let mut staying_home_npv = PerActor::ZERO;
        let mut years = Vec::with_capacity(params.years.get() as usize);
        for item in year_factors(params) {
            let (year, index, discount_factor) = item?;
            let net = net_1.map(|v| v * index);
            let discounted = net.map(|v| v * discount_factor);
            let staying_home_net = home_net_1.map(|v| v * index);
            let staying_home_discounted = staying_home_net.map(|v| v * discount_factor);
            for actor in Actor::ALL {
                npv[actor] += discounted[actor];
                staying_home_npv[actor] += staying_home_discounted[actor];
            }
            years.push(YearFigures {
                year,
                calendar_year: start + year - 1,
                net,
                discounted,
                staying_home: staying_home_1 * index,
                staying_home_net,
                staying_home_discounted,
                municipality_cost: municipality_1 * index,
            });
        }
        Ok(Self {
            years,
            npv,
            staying_home_npv,
        })
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Pct, Years};
    use rust_decimal_macros::dec;

    /// The float check refuses what the exact one refuses, on both sides of the cap: 2^29 =
    /// 536.870.912 (30 years of 100 %) is within 10⁹, 2^30 = 1.073.741.824 (31 years) is not.
    #[test]
    fn the_float_cap_is_the_exact_cap() {
        assert_eq!(
            rust_decimal::prelude::ToPrimitive::to_f64(&MAX_INDEX),
            Some(MAX_INDEX_F64)
        );
        for (years, within) in [(30, true), (31, false)] {
            let params = Parameters {
                indexation_pct: Pct::new(dec!(100)).expect("in range"),
                years: Years::new(years).expect("in range"),
                ..Parameters::default()
            };
            assert_eq!(growth_index(&params, years).is_ok(), within, "{years}");
            assert_eq!(
                growth_within_cap(100.0, f64::from(years)),
                within,
                "{years}"
            );
        }
        assert!(growth_within_cap(0.0, 60.0));
    }
}
