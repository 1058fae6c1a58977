//! The horizon: yearly, cumulative and discounted figures per actor for all places together.
//!
//! Every amount grows by the indexation each year (year 1 unindexed); year t is discounted by
//! (1 + r)^t, the end-of-year convention of Dutch social cost-benefit analyses.

use rust_decimal::Decimal;

use super::actors::{Actor, ActorMatrix};
use super::parameters::Parameters;

/// Figures for one year of the horizon, for all places together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct YearFigures {
    /// 1 for the first year.
    pub year: u32,
    /// Net per actor, nominal, in [`Actor::ALL`] order.
    pub net: [Decimal; 6],
    /// The same, discounted to the start.
    pub discounted: [Decimal; 6],
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
    pub npv: [Decimal; 6],
}

impl MultiYear {
    /// Project `matrix` (one place, one year) over the scenario's horizon and clients.
    pub fn compute(params: &Parameters, matrix: &ActorMatrix) -> Self {
        let clients = Decimal::from(params.clients.get());
        let growth = Decimal::ONE + params.indexation_pct.fraction();
        let discount = Decimal::ONE + params.discount_rate_pct.fraction();
        let base: [Decimal; 6] = Actor::ALL.map(|a| matrix.row(a).net() * clients);
        let staying_home = params.societal_cost_per_client.get() * clients;
        let municipality_cost = -matrix.municipality_net() * clients;

        let mut index = Decimal::ONE;
        let mut discount_factor = Decimal::ONE;
        let mut npv = [Decimal::ZERO; 6];
        let mut years = Vec::with_capacity(params.years.get() as usize);
        for year in 1..=params.years.get() {
            discount_factor /= discount;
            let net = base.map(|v| v * index);
            let discounted = net.map(|v| v * discount_factor);
            for (total, value) in npv.iter_mut().zip(discounted) {
                *total += value;
            }
            years.push(YearFigures {
                year,
                net,
                discounted,
                staying_home: staying_home * index,
                municipality_cost: municipality_cost * index,
            });
            index *= growth;
        }
        Self { years, npv }
    }

    /// Net present value of one actor.
    pub fn npv_of(&self, actor: Actor) -> Decimal {
        self.npv[actor as usize]
    }

    /// Net present value of all actors together.
    pub fn npv_total(&self) -> Decimal {
        self.npv.iter().copied().sum()
    }
}
