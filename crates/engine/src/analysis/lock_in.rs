//! Lock-in against revolving credit: a permanent sheltered place against a regular job whose LKS and
//! coaching stop once the worker no longer needs them, over the same horizon, year by year, per actor.
//!
//! The slides' argument: a sheltered place binds for 20 or 30 years, while LKS and coaching are
//! meant to be temporary. In the revolving path the wage value rises by a set number of points a
//! year (never above 100%); from the wage value at which the worker is independent, LKS and coaching
//! end.

use rust_decimal::Decimal;

use crate::PerActor;
use crate::multi_year::growth_index;
use crate::{
    Actor, ActorMatrix, Inputs, LksShare, ModelError, Money, Parameters, Pct, YearTable, flows,
};

/// How the revolving path develops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RevolvingPath {
    /// Points of wage value gained per year.
    pub rise_points_per_year: Decimal,
    /// From this wage value (in %) on, LKS and coaching end.
    pub independent_at_pct: Decimal,
}

/// One year of both paths, for all places together.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockInYear {
    /// 1 for the first year.
    pub year: u32,
    /// Net per actor of the sheltered place (nominal), in [`Actor::ALL`] order.
    pub sheltered: PerActor<Decimal>,
    /// Net per actor of the revolving path (nominal).
    pub revolving: PerActor<Decimal>,
    /// The revolving worker's wage value this year, in %.
    pub revolving_wage_value_pct: Decimal,
    /// Whether LKS and coaching still run in the revolving path.
    pub revolving_supported: bool,
}

/// Both paths over the horizon.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LockInComparison {
    /// Year by year.
    pub years: Vec<LockInYear>,
    /// Net present value per actor of the sheltered place.
    pub npv_sheltered: PerActor<Decimal>,
    /// Net present value per actor of the revolving path.
    pub npv_revolving: PerActor<Decimal>,
}

/// Compare `sheltered` (a permanent place) with `revolving` developing along `path`. Start year,
/// horizon, clients, indexation and discount rate are the sheltered scenario's, so both are measured
/// alike.
pub fn lock_in_vs_revolving(
    sheltered: &Parameters,
    revolving: &Parameters,
    path: RevolvingPath,
) -> Result<LockInComparison, ModelError> {
    let table = YearTable::builtin();
    let clients = Decimal::from(sheltered.clients.get());
    let discount = Decimal::ONE + sheltered.discount_rate_pct.fraction();
    // Both paths in constant prices of the start, grown alike by the sheltered scenario's real
    // growth (see `multi_year`): a year is its start-year figures at that year's wage value, scaled.
    let net_of = |params: &Parameters, index: Decimal| -> Result<PerActor<Decimal>, ModelError> {
        let inputs = Inputs::resolve(params, table)?;
        let matrix = ActorMatrix::from_flows(flows(params, &inputs));
        Ok(PerActor::from_fn(|a| matrix.row(a).net() * clients * index))
    };

    let mut discount_factor = Decimal::ONE;
    let mut npv_sheltered = PerActor::ZERO;
    let mut npv_revolving = PerActor::ZERO;
    let mut years = Vec::with_capacity(sheltered.years.get() as usize);
    for year in 1..=sheltered.years.get() {
        discount_factor /= discount;
        let index = growth_index(sheltered, year)?;
        let wage_value = (revolving.wage_value_pct.get()
            + path.rise_points_per_year * Decimal::from(year - 1))
        .min(Decimal::ONE_HUNDRED);
        let supported = wage_value < path.independent_at_pct;
        let mut this_year = revolving.clone();
        this_year.year = sheltered.year;
        this_year.wage_value_pct = Pct::clamped(wage_value);
        if !supported {
            this_year.lks_pct = LksShare::Manual(Pct::clamped(Decimal::ZERO));
            this_year.coaching = Money::ZERO;
        }
        let sheltered_year = net_of(sheltered, index)?;
        let revolving_year = net_of(&this_year, index)?;
        for a in Actor::ALL {
            npv_sheltered[a] += sheltered_year[a] * discount_factor;
            npv_revolving[a] += revolving_year[a] * discount_factor;
        }
        years.push(LockInYear {
            year,
            sheltered: sheltered_year,
            revolving: revolving_year,
            revolving_wage_value_pct: wage_value,
            revolving_supported: supported,
        });
    }
    Ok(LockInComparison {
        years,
        npv_sheltered,
        npv_revolving,
    })
}
