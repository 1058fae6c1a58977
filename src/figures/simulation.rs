//! The Monte Carlo every export shows (the council report's uncertainty section and histogram, the
//! uncertainty plot): the scenario's ranges at [`REPORT_SAMPLES`] samples with its own seed, so
//! the same scenario always gives the same figures. The app runs its own, larger simulation on a
//! background thread (`app/monte_carlo.rs`), keyed by the same inputs.

use crate::model::Scenario;
use crate::model::uncertainty::{
    Control, ExtrasKind, Options, SimulationError, SimulationResult, simulate,
};

/// Samples of the Monte Carlo behind the histogram and the report's uncertainty summary: enough
/// for stable percentiles to the euro's first digits, fast enough for an export (the app's
/// default is 100.000; the scenario's own seed keeps the numbers reproducible).
pub const REPORT_SAMPLES: u32 = 10_000;

/// The Monte Carlo for a report of `scenario`: [`REPORT_SAMPLES`] samples with its seed, or
/// `None` when it has no ranges.
pub fn report_simulation(scenario: &Scenario) -> Result<Option<SimulationResult>, SimulationError> {
    let u = &scenario.uncertainty;
    if u.params().next().is_none() {
        return Ok(None);
    }
    let options = Options {
        samples: REPORT_SAMPLES,
        extras: ExtrasKind::None,
        ..Options::of(u)
    };
    simulate(&scenario.parameters, u, &options, &Control::default()).map(Some)
}
