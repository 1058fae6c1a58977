//! Analyses on top of the engine: goal seek, sensitivity (tornado) and scenario comparison.

mod compare;
mod goal_seek;
mod keys;
mod tornado;

pub use compare::{ScenarioSummary, compare};
pub use goal_seek::{Solution, goal_seek};
pub use keys::{DEFAULT_VARIATION_PCT, OutputKey, ParamKey};
pub use tornado::{TornadoBar, Variation, tornado};
