//! What the analyses give the view: per section its figures, or why it has none.

use rust_decimal::Decimal;

use crate::messages::Message;
use crate::model::analysis::{ExplainError, Explanation, TradeOff};
use crate::model::analysis::{
    LockInComparison, OutputKey, ParamKey, ScenarioSummary, Solution, TornadoBar,
};
use crate::model::{ModelError, MultiYear};

/// Points of a plot line: x, y.
pub type Points = Vec<[f64; 2]>;

/// Why a section has nothing to show.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnalysisError {
    /// The request names a scenario the model does not have.
    #[error("er is geen scenario {0}")]
    NoScenario(usize),
    /// The typed target is not a number.
    #[error("de doelwaarde is geen getal")]
    NoTarget,
    /// The shown scenario cannot be computed.
    #[error(transparent)]
    Model(#[from] ModelError),
    /// A compared scenario cannot be computed.
    #[error("{name}: {source}")]
    Scenario {
        /// The scenario's name.
        name: String,
        /// Why not.
        source: ModelError,
    },
    /// The difference between two scenarios cannot be explained.
    #[error(transparent)]
    Explain(#[from] ExplainError),
    /// The trade-off view was asked for one parameter on both axes.
    #[error("kies twee verschillende parameters")]
    SameParams,
}

impl Message for AnalysisError {
    fn english(&self) -> String {
        match self {
            AnalysisError::NoScenario(index) => format!("there is no scenario {index}"),
            AnalysisError::NoTarget => "the target is not a number".to_string(),
            AnalysisError::Model(err) => err.english(),
            AnalysisError::Scenario { name, source } => format!("{name}: {}", source.english()),
            AnalysisError::Explain(err) => err.english(),
            AnalysisError::SameParams => "choose two different parameters".to_string(),
        }
    }
}

/// Goal seek's answer and the curve around it.
#[derive(Clone, Debug, PartialEq)]
pub struct GoalSeekResults {
    /// The output sought.
    pub output: OutputKey,
    /// The parameter varied.
    pub param: ParamKey,
    /// The target.
    pub target: Decimal,
    /// The parameter's value where the output reaches the target.
    pub solution: Result<Solution, ModelError>,
    /// The parameter's value in the scenario.
    pub current: Decimal,
    /// The output against the parameter, from its lowest value to past the solution.
    pub curve: Points,
}

/// The tornado: the output at the scenario's values and per parameter at its low and high value.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoResults {
    /// The output watched.
    pub output: OutputKey,
    /// The output at the scenario's values.
    pub base: Decimal,
    /// Per parameter, largest swing first.
    pub bars: Vec<TornadoBar>,
}

/// The shown scenario over its horizon.
#[derive(Clone, Debug, PartialEq)]
pub struct HorizonResults {
    /// Years and net present values per actor.
    pub multi_year: MultiYear,
    /// The municipality's cumulative net: nominal, then discounted.
    pub municipality: [Points; 2],
    /// Society's (all actors') cumulative net: nominal, then discounted.
    pub society: [Points; 2],
}

/// A sheltered place against a revolving one.
#[derive(Clone, Debug, PartialEq)]
pub struct LockInResults {
    /// Per year and per actor.
    pub comparison: LockInComparison,
    /// The municipality's cumulative cost of the sheltered place.
    pub sheltered: Points,
    /// The same for the revolving place.
    pub revolving: Points,
}

/// Scenarios side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct CompareResults {
    /// One summary per compared scenario, in the order asked; empty when none is compared.
    pub summaries: Vec<ScenarioSummary>,
    /// Per scenario, its name and the cumulative discounted net of all actors.
    pub lines: Vec<(String, Points)>,
}

/// Everything the analysis view shows; each section carries its own error.
#[derive(Clone, Debug, PartialEq)]
pub struct AnalysisResults {
    /// Goal seek.
    pub goal_seek: Result<GoalSeekResults, AnalysisError>,
    /// Sensitivity.
    pub tornado: Result<TornadoResults, AnalysisError>,
    /// The horizon; an error here means the shown scenario cannot be computed at all.
    pub horizon: Result<HorizonResults, AnalysisError>,
    /// Lock-in against revolving credit.
    pub lock_in: Result<LockInResults, AnalysisError>,
    /// Scenarios side by side.
    pub compare: Result<CompareResults, AnalysisError>,
    /// The difference between two scenarios explained.
    pub explain: Result<Explanation, AnalysisError>,
    /// The output over two parameters, with its break-even contour.
    pub trade_off: Result<TradeOff, AnalysisError>,
}
