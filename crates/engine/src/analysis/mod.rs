//! Analyses on top of the engine: goal seek, sensitivity (tornado) and scenario comparison.

mod compare;
mod goal_seek;
mod keys;
mod lock_in;
mod tornado;

pub use crate::output::OutputKey;
pub use crate::registry::ParamKey;
pub use compare::{ScenarioSummary, compare};
pub use goal_seek::{Solution, goal_seek};
pub use keys::DEFAULT_VARIATION_PCT;
pub use lock_in::{LockInComparison, LockInYear, RevolvingPath, lock_in_vs_revolving};
pub use tornado::{TornadoBar, Variation, tornado};
pub mod explain;
pub use explain::{
    ExplainError, Explanation, Factor, MAX_AVERAGE_FACTORS, Method, Setting, Step, explain,
    explain_in_order,
};
pub mod trade_off;
pub use trade_off::{Axis, TradeOff, trade_off};
