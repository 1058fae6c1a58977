//! The two heavier plots a view may show, the waterfall and the trade-off, computed only when the
//! view asks for them and only when their inputs change: a frame without a change computes nothing.
//!
//! - The waterfall explains the difference in the municipality's net per place per year from the
//!   previous view's scenario (for the first view: the model's first scenario) to what is on screen
//!   now, the live what-if included, as the average over all orders (sequential when more than
//!   twelve inputs differ, which the average refuses).
//! - The trade-off shades the municipality's net over wage value × coaching. Its axes come from the
//!   view's saved scenario, so dragging either slider moves the point, not the grid; the grid is
//!   computed again only when another input changes.

use crate::app::analysis::compute::axis_range;
use crate::model::analysis::{
    Axis, ExplainError, Explanation, Method, OutputKey, ParamKey, TradeOff, explain, trade_off,
};
use crate::model::{Evaluation, Parameters};

/// Grid points a side: as fine as the Analyse tab's, at about 20 ms a computation.
const STEPS: usize = 41;

/// The output both plots show: the municipality's net per place per year.
const OUTPUT: OutputKey = OutputKey::MunicipalityNet;

/// The trade-off's two axes.
const X: ParamKey = ParamKey::WageValuePct;
const Y: ParamKey = ParamKey::Coaching;

/// The waterfall and the trade-off of the view shown, with the inputs they came from.
#[derive(Debug, Default)]
pub struct Extras {
    waterfall_inputs: Option<(Parameters, Parameters)>,
    waterfall: Option<Result<Explanation, ExplainError>>,
    trade_off_inputs: Option<Parameters>,
    trade_off: Option<TradeOff>,
    /// The saved scenario the axes come from, with its evaluation (`None`: it cannot be computed).
    base: Option<(Parameters, Option<Evaluation>)>,
    /// How many times the engine ran here: a frame without a change adds nothing.
    computations: u64,
}

impl Extras {
    /// Bring the waterfall up to date: from `from` to `to`.
    pub fn refresh_waterfall(&mut self, from: &Parameters, to: &Parameters) {
        if self
            .waterfall_inputs
            .as_ref()
            .is_some_and(|(f, t)| f == from && t == to)
        {
            return;
        }
        self.computations += 1;
        let result = match explain(from, to, OUTPUT, Method::Average) {
            Err(ExplainError::TooManyForAverage { .. }) => {
                explain(from, to, OUTPUT, Method::Sequential)
            }
            other => other,
        };
        self.waterfall = Some(result);
        self.waterfall_inputs = Some((from.clone(), to.clone()));
    }

    /// Bring the trade-off up to date with `params`, evaluated as `current` (presenter mode's
    /// figures), its axes from the saved scenario `base`. The base is evaluated only when it
    /// changes, and the grid only when an input other than the two axes does: a frame without a
    /// change computes nothing.
    pub fn refresh_trade_off(
        &mut self,
        base: &Parameters,
        params: &Parameters,
        current: Option<&Evaluation>,
    ) {
        if self.base.as_ref().is_none_or(|(kept, _)| kept != base) {
            // The grid's axes: analysis code that varies parameters, not a face's figures.
            self.computations += 1;
            self.base = Some((base.clone(), Evaluation::of(base).ok()));
        }
        let base_evaluation = self.base.as_ref().and_then(|(_, e)| e.as_ref());
        // The grid does not depend on where the two axis parameters stand: key it without them.
        let mut key = params.clone();
        if let Some(evaluation) = base_evaluation {
            for param in [X, Y] {
                param.set(&mut key, param.get(base, evaluation));
            }
        }
        if self.trade_off_inputs.as_ref() != Some(&key) {
            self.computations += 1;
            self.trade_off = base_evaluation.and_then(|e| grid(base, e, &key));
            self.trade_off_inputs = Some(key);
        }
        // Only the point follows the sliders.
        if let (Some(grid), Some(evaluation)) = (self.trade_off.as_mut(), current) {
            grid.current = (X.get(params, evaluation), Y.get(params, evaluation));
            grid.current_value = OUTPUT.value(evaluation);
        }
    }

    /// How many times the waterfall, the trade-off's grid or its base were computed.
    pub fn computations(&self) -> u64 {
        self.computations
    }

    /// The waterfall, or why it could not be computed; `None` when the view shows none.
    pub fn waterfall(&self) -> Option<&Result<Explanation, ExplainError>> {
        self.waterfall.as_ref()
    }

    /// The trade-off grid; `None` when the view shows none or the scenario cannot be computed.
    pub fn trade_off(&self) -> Option<&TradeOff> {
        self.trade_off.as_ref()
    }
}

/// The grid over the axes of `base` (evaluated as `evaluation`), with every other input as in
/// `params`.
fn grid(base: &Parameters, evaluation: &Evaluation, params: &Parameters) -> Option<TradeOff> {
    let axis = |param: ParamKey| {
        let (low, high) = axis_range(param, param.get(base, evaluation));
        Axis { param, low, high }
    };
    trade_off(params, OUTPUT, axis(X), axis(Y), STEPS).ok()
}
