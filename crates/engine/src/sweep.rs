//! Results across the whole wage-value range, for plots: cheap enough to run every frame.

use rust_decimal::Decimal;

use super::Pct;
use super::actors::{ActorMatrix, flows};
use super::error::ModelError;
use super::inputs::Inputs;
use super::parameters::Parameters;
use super::sheet::Sheet;
use super::year_table::YearTable;

/// The per-place, per-year results at one wage value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WageValuePoint {
    /// Wage value in percent.
    pub wage_value_pct: Decimal,
    /// The municipality's net (participation budget + BUIG).
    pub municipality_net: Decimal,
    /// The sheet's net.
    pub sheet_net: Decimal,
    /// The sum over all actors (society).
    pub society_net: Decimal,
}

/// Evaluate `params` at `steps + 1` evenly spaced wage values from 0 to 100%, everything else equal.
pub fn by_wage_value(
    params: &Parameters,
    table: &YearTable,
    steps: u32,
) -> Result<Vec<WageValuePoint>, ModelError> {
    let steps = steps.max(1);
    let mut varied = params.clone();
    (0..=steps)
        .map(|i| {
            let pct = Decimal::ONE_HUNDRED * Decimal::from(i) / Decimal::from(steps);
            varied.wage_value_pct = Pct::clamped(pct);
            let inputs = Inputs::resolve(&varied, table)?;
            let actors = ActorMatrix::from_flows(flows(&varied, &inputs));
            Ok(WageValuePoint {
                wage_value_pct: pct,
                municipality_net: actors.municipality_net(),
                sheet_net: Sheet::compute(&varied, &inputs).net(),
                society_net: actors.society_net(),
            })
        })
        .collect()
}
