//! Uncertainty: ranges on registry parameters and the Monte Carlo over the whole model.
//!
//! A scenario may give any analysable numeric parameter of the registry a distribution instead of
//! one value ([`Uncertainty`], saved in the model file with the sample count and the seed, so a
//! run reproduces from the file). [`simulate`] draws that many parameter sets, evaluates each
//! with a fast f64 copy of the engine ([`FastModel`], checked against the exact Decimal engine to
//! the cent) and summarises every output: mean, standard deviation, percentiles, the probability
//! of a positive result, a histogram, a fan chart over the years, rank correlations and the
//! break-even wage value as a distribution.
//!
//! Reproducible: the samples are drawn in chunks of [`CHUNK`], each from its own
//! Xoshiro256++ stream seeded from (seed, chunk index), and every statistic is merged in chunk
//! order, so a seed gives the same numbers whatever the number of threads.

mod distribution;
mod extras;
mod fast;
mod output_key;
mod run;
mod sampler;
mod stats;
mod tax64;
#[cfg(test)]
mod tests;

pub use distribution::{Distribution, MAX_SAMPLES, Uncertainty, can_vary};
pub use extras::{
    BreakEvenDistribution, EXTRAS_SAMPLES, Extras, FanChart, FanYear, RankCorrelation,
};
pub use fast::{FastModel, FastOutcome, FastParams};
pub use run::{
    CHUNK, Control, ExtrasKind, OUTPUT_COUNT, Options, OutputKey, SimulationError,
    SimulationResult, simulate, simulate_scenario,
};
pub use stats::{Histogram, Percentiles, Summary, percentile_sorted};
