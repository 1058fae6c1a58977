//! What the analysis view shows, computed in one call from a plain request: goal seek with its
//! curve, the tornado, the horizon, lock-in against revolving credit, and scenarios side by side.
//!
//! Nothing here knows egui: the app runs [`compute`] on a background worker whenever the request
//! changed, and the view only draws the [`AnalysisResults`]. Amounts stay `Decimal`; the series
//! for the plots are `f64` coordinates ([`coordinate`]), the one place money becomes `f64`.

use std::sync::Arc;

use crate::app::plot_style::coordinate;
use rust_decimal::Decimal;

use super::results::{
    AnalysisError, AnalysisResults, CompareResults, GoalSeekResults, HorizonResults, LockInResults,
    Points, TornadoResults,
};
use crate::model::analysis::{Explanation, Method, explain};
use crate::model::analysis::{
    OutputKey, ParamKey, RevolvingPath, Solution, Variation, goal_seek, lock_in_vs_revolving,
    tornado,
};
use crate::model::analysis::{TradeOff, trade_off};
use crate::model::{Evaluation, Model, MultiYear, Parameters, PerActor, Scenario};

/// Points on the goal-seek curve: the parameter's range in 60 steps.
const CURVE_STEPS: u32 = 60;

/// Everything the analyses need, read from the model and the view's settings.
#[derive(Clone, Debug, PartialEq)]
pub struct AnalysisRequest {
    /// The document, shared: a request is cheap to keep while the model does not change.
    pub model: Arc<Model>,
    /// The shown scenario (index).
    pub current: usize,
    /// The output goal seek and the tornado watch.
    pub output: OutputKey,
    /// The parameter goal seek varies.
    pub param: ParamKey,
    /// Goal seek's target; `None` when the typed text is not a number.
    pub target: Option<Decimal>,
    /// The tornado's variation.
    pub variation: Variation,
    /// How the revolving worker advances.
    pub path: RevolvingPath,
    /// The scenario of the revolving path (index).
    pub revolving: usize,
    /// The scenarios compared (indices, in the order shown).
    pub compared: Vec<usize>,
    /// The difference explained: from and to (indices), the output and the method.
    pub explain: ExplainRequest,
    /// The trade-off grid: its output and two parameters.
    pub trade_off: TradeOffRequest,
}

/// What the trade-off view shades.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TradeOffRequest {
    /// The output shaded.
    pub output: OutputKey,
    /// The parameter along the horizontal axis.
    pub x: ParamKey,
    /// The parameter along the vertical axis.
    pub y: ParamKey,
}

/// Grid points along each axis of the trade-off view.
const TRADE_OFF_STEPS: usize = 41;

/// What the waterfall explains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExplainRequest {
    /// The scenario it starts from (index).
    pub from: usize,
    /// The scenario it ends at (index).
    pub to: usize,
    /// The output explained.
    pub output: OutputKey,
    /// How the difference is attributed.
    pub method: Method,
}

/// Compute every analysis `request` asks for.
pub fn compute(request: &AnalysisRequest) -> AnalysisResults {
    let model = &request.model;
    let shown = model
        .scenarios
        .get(request.current)
        .ok_or(AnalysisError::NoScenario(request.current))
        .and_then(|s| Ok((&s.parameters, Evaluation::of(&s.parameters)?)));
    match shown {
        Ok((params, evaluation)) => AnalysisResults {
            goal_seek: goal_seek_results(request, params, &evaluation),
            tornado: tornado(
                params,
                request.output,
                request.variation,
                &ParamKey::analysable(),
            )
            .map(|(base, bars)| TornadoResults {
                output: request.output,
                base,
                bars,
            })
            .map_err(AnalysisError::from),
            lock_in: lock_in_results(request, params),
            compare: compare_results(model, &request.compared),
            horizon: Ok(horizon_results(evaluation.multi_year)),
            explain: explain_results(model, request.explain),
            trade_off: trade_off_results(params, request.trade_off),
        },
        Err(err) => AnalysisResults {
            trade_off: Err(err.clone()),
            goal_seek: Err(err.clone()),
            tornado: Err(err.clone()),
            lock_in: Err(err.clone()),
            compare: compare_results(model, &request.compared),
            horizon: Err(err),
            explain: explain_results(model, request.explain),
        },
    }
}

fn goal_seek_results(
    request: &AnalysisRequest,
    params: &Parameters,
    evaluation: &Evaluation,
) -> Result<GoalSeekResults, AnalysisError> {
    let (output, param) = (request.output, request.param);
    let target = request.target.ok_or(AnalysisError::NoTarget)?;
    let solution = goal_seek(params, output, param, target);
    let current = param.get(params, evaluation);
    let reached = solution.clone().ok().and_then(Solution::value);
    Ok(GoalSeekResults {
        output,
        param,
        target,
        curve: goal_seek_curve(params, output, param, current, reached),
        solution,
        current,
    })
}

/// The output against the parameter from its lowest value up: to its highest for a percentage,
/// else to twice the solution or the current value (at least 1.000), so both marks stand inside.
fn goal_seek_curve(
    params: &Parameters,
    output: OutputKey,
    param: ParamKey,
    current: Decimal,
    solution: Option<Decimal>,
) -> Points {
    let (min, max) = param.range();
    let reach = solution.unwrap_or(current).max(current);
    let high = if max <= Decimal::ONE_HUNDRED {
        max
    } else {
        (reach * Decimal::TWO).max(Decimal::from(1000)).min(max)
    };
    let mut varied = output.lean(params);
    (0..=CURVE_STEPS)
        .filter_map(|i| {
            let x = min + (high - min) * Decimal::from(i) / Decimal::from(CURVE_STEPS);
            param.set(&mut varied, x);
            let y = output.value(&Evaluation::of(&varied).ok()?);
            Some([coordinate(x), coordinate(y)])
        })
        .collect()
}

/// Running totals of `values`, one point per year.
fn cumulative<'a>(years: impl Iterator<Item = (u32, Decimal)> + 'a) -> Points {
    let mut total = Decimal::ZERO;
    years
        .map(|(year, value)| {
            total += value;
            [f64::from(year), coordinate(total)]
        })
        .collect()
}

fn horizon_results(multi_year: MultiYear) -> HorizonResults {
    let line = |sum: fn(&PerActor<Decimal>) -> Decimal, discounted: bool| {
        cumulative(
            multi_year
                .years
                .iter()
                .map(|y| (y.year, sum(if discounted { &y.discounted } else { &y.net }))),
        )
    };
    HorizonResults {
        municipality: [
            line(PerActor::municipality, false),
            line(PerActor::municipality, true),
        ],
        society: [line(PerActor::total, false), line(PerActor::total, true)],
        multi_year,
    }
}

fn lock_in_results(
    request: &AnalysisRequest,
    sheltered: &Parameters,
) -> Result<LockInResults, AnalysisError> {
    let revolving = request
        .model
        .scenarios
        .get(request.revolving)
        .ok_or(AnalysisError::NoScenario(request.revolving))?;
    let comparison = lock_in_vs_revolving(sheltered, &revolving.parameters, request.path)?;
    // What the municipality pays: the negative of its net.
    let cost = |revolving: bool| {
        cumulative(comparison.years.iter().map(|y| {
            let values = if revolving {
                &y.revolving
            } else {
                &y.sheltered
            };
            (y.year, -values.municipality())
        }))
    };
    Ok(LockInResults {
        sheltered: cost(false),
        revolving: cost(true),
        comparison,
    })
}

fn compare_results(model: &Model, compared: &[usize]) -> Result<CompareResults, AnalysisError> {
    let chosen: Vec<Scenario> = compared
        .iter()
        .filter_map(|&i| model.scenarios.get(i).cloned())
        .collect();
    let summaries = crate::figures::summaries(&chosen, None)
        .map_err(|(name, source)| AnalysisError::Scenario { name, source })?;
    let lines = chosen
        .iter()
        .filter_map(|s| {
            let evaluation = Evaluation::of(&s.parameters).ok()?;
            let years = evaluation.multi_year.years.iter();
            let points = cumulative(years.map(|y| (y.year, y.discounted.total())));
            Some((s.name.clone(), points))
        })
        .collect();
    Ok(CompareResults { summaries, lines })
}

/// The waterfall from one scenario to another; either scenario failing is named.
fn explain_results(model: &Model, request: ExplainRequest) -> Result<Explanation, AnalysisError> {
    let scenario = |index: usize| {
        let s = model
            .scenarios
            .get(index)
            .ok_or(AnalysisError::NoScenario(index))?;
        Evaluation::of(&s.parameters).map_err(|source| AnalysisError::Scenario {
            name: s.name.clone(),
            source,
        })?;
        Ok::<_, AnalysisError>(&s.parameters)
    };
    let (from, to) = (scenario(request.from)?, scenario(request.to)?);
    Ok(explain(from, to, request.output, request.method)?)
}

/// The trade-off grid around the shown scenario: each axis over the range [`axis_range`] gives.
fn trade_off_results(
    params: &Parameters,
    request: TradeOffRequest,
) -> Result<TradeOff, AnalysisError> {
    if request.x == request.y {
        return Err(AnalysisError::SameParams);
    }
    let evaluation = Evaluation::of(params)?;
    let axis = |param: ParamKey| {
        let (low, high) = axis_range(param, param.get(params, &evaluation));
        crate::model::analysis::Axis { param, low, high }
    };
    Ok(trade_off(
        params,
        request.output,
        axis(request.x),
        axis(request.y),
        TRADE_OFF_STEPS,
    )?)
}

/// A parameter's range in a plot: a percentage over its whole range, anything else from its lowest
/// value to twice the current value (at least 1.000), so the current value stands inside.
pub(crate) fn axis_range(param: ParamKey, current: Decimal) -> (Decimal, Decimal) {
    let (min, max) = param.range();
    let high = if max <= Decimal::ONE_HUNDRED {
        max
    } else {
        (current * Decimal::TWO).max(Decimal::from(1000)).min(max)
    };
    (min, high)
}
