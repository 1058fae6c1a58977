//! Scenarios side by side: totals and net present value per actor.

use rust_decimal::Decimal;

use crate::{Evaluation, ModelError, PerActor, Scenario};

/// One scenario's summary.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioSummary {
    /// Scenario name.
    pub name: String,
    /// Sheet total of costs, per place per year.
    pub total_cost: Decimal,
    /// Sheet total of benefits, per place per year.
    pub total_benefit: Decimal,
    /// Sheet net, per place per year.
    pub net: Decimal,
    /// Net present value per actor over the horizon, all places, in [`Actor::ALL`] order.
    pub npv: PerActor<Decimal>,
    /// What the baseline — the clients stay home on benefit — brings each actor over the same
    /// horizon at present value (negative: a cost), the point every NPV above is measured from.
    pub staying_home_npv: PerActor<Decimal>,
    /// Whether the scenario is the baseline itself (its differences are all zero).
    pub is_baseline: bool,
}

/// Summarise every scenario; the first that cannot be computed is an error naming it.
pub fn compare(scenarios: &[Scenario]) -> Result<Vec<ScenarioSummary>, (String, ModelError)> {
    scenarios
        .iter()
        .map(|s| {
            let e = Evaluation::of(&s.parameters).map_err(|err| (s.name.clone(), err))?;
            Ok(ScenarioSummary {
                name: s.name.clone(),
                total_cost: e.sheet.total_cost,
                total_benefit: e.sheet.total_benefit,
                net: e.sheet.net(),
                npv: e.multi_year.npv,
                staying_home_npv: e.multi_year.staying_home_npv,
                is_baseline: e.is_baseline(),
            })
        })
        .collect()
}
