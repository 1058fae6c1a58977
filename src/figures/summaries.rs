//! Scenarios side by side as every face shows them: each scenario's totals, net and net present
//! values are its shown figures ([`Shown`]: lines in cents, totals their sums), so the comparison
//! in the CSV, the workbook, the council report, `kostenbaten compare` and the app's compare tab
//! prints the same net as each scenario's own sheet, to the cent.

use super::{Figures, Shown};
use crate::model::analysis::ScenarioSummary;
use crate::model::{Evaluation, ModelError, Scenario};

/// One scenario's summary from its evaluation, in shown amounts.
pub fn summary(name: &str, evaluation: &Evaluation) -> ScenarioSummary {
    summary_of(name, evaluation, &Shown::of(evaluation))
}

fn summary_of(name: &str, evaluation: &Evaluation, shown: &Shown) -> ScenarioSummary {
    ScenarioSummary {
        name: name.to_string(),
        total_cost: shown.total_cost,
        total_benefit: shown.total_benefit,
        net: shown.net,
        npv: shown.actors.map(|r| r.npv),
        staying_home_npv: shown.staying_home_npv,
        is_baseline: evaluation.is_baseline(),
    }
}

/// Every scenario's summary, in shown amounts; `known` is a scenario whose figures are already
/// computed (the one exported), taken as they are rather than evaluated again. The first scenario
/// that cannot be computed is an error naming it.
pub fn summaries(
    scenarios: &[Scenario],
    known: Option<(&Scenario, &Figures)>,
) -> Result<Vec<ScenarioSummary>, (String, ModelError)> {
    scenarios
        .iter()
        .map(|s| match known {
            Some((scenario, figures)) if scenario == s => {
                Ok(summary_of(&s.name, &figures.evaluation, &figures.shown))
            }
            _ => Evaluation::of(&s.parameters)
                .map(|e| summary(&s.name, &e))
                .map_err(|err| (s.name.clone(), err)),
        })
        .collect()
}
