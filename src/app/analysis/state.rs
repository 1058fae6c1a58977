//! The analysis view's own settings, and the request they make of the engine.
//!
//! The settings are what the controls edit; [`AnalysisState::request`] turns them into the plain
//! [`AnalysisRequest`] the computation runs on, off the UI thread.

use std::sync::Arc;

use rust_decimal::Decimal;
use rust_decimal::prelude::FromPrimitive;

use super::compute::AnalysisRequest;
use super::compute::ExplainRequest;
use super::compute::TradeOffRequest;
use crate::format::parse_number;
use crate::i18n::Lang;
use crate::model::Model;
use crate::model::analysis::Method;
use crate::model::analysis::{OutputKey, ParamKey, RevolvingPath, Variation};

/// How many scenarios can be compared at once.
pub const MAX_COMPARED: usize = 4;

/// The view's own settings; not part of the model.
#[derive(Clone, Debug, PartialEq)]
pub struct AnalysisState {
    /// The output goal seek and the tornado watch.
    pub output: OutputKey,
    /// The parameter goal seek varies.
    pub param: ParamKey,
    /// Goal seek's target, as typed.
    pub target_text: String,
    /// Tornado variation in percent.
    pub variation_pct: f64,
    /// Tornado over each parameter's whole range instead.
    pub full_range: bool,
    /// Wage-value points gained per year in the revolving path.
    pub rise_points: f64,
    /// Wage value from which the revolving worker is independent.
    pub independent_at: f64,
    /// The scenario used for the revolving path (index), or the current one.
    pub revolving_scenario: Option<usize>,
    /// Which scenarios are compared (by index).
    pub compared: Vec<usize>,
    /// The scenario the waterfall starts from (index), or the first.
    pub explain_from: Option<usize>,
    /// The scenario the waterfall ends at (index), or the shown one.
    pub explain_to: Option<usize>,
    /// The output the waterfall explains.
    pub explain_output: OutputKey,
    /// How the waterfall attributes the difference.
    pub explain_method: Method,
    /// The output the trade-off view shades.
    pub trade_output: OutputKey,
    /// The parameter along the trade-off view's horizontal axis.
    pub trade_x: ParamKey,
    /// The parameter along its vertical axis.
    pub trade_y: ParamKey,
}

impl Default for AnalysisState {
    fn default() -> Self {
        Self {
            output: OutputKey::MunicipalityNet,
            param: ParamKey::WageValuePct,
            target_text: "0".into(),
            variation_pct: 20.0,
            full_range: false,
            rise_points: 10.0,
            independent_at: 100.0,
            revolving_scenario: None,
            compared: Vec::new(),
            explain_from: None,
            explain_to: None,
            explain_output: OutputKey::MunicipalityNet,
            explain_method: Method::Average,
            trade_output: OutputKey::MunicipalityNet,
            trade_x: ParamKey::WageValuePct,
            trade_y: ParamKey::Coaching,
        }
    }
}

impl AnalysisState {
    /// Everything the computation needs to answer these settings for scenario `current` of
    /// `model`; `lang` reads the typed target.
    pub fn request(&self, model: &Model, current: usize, lang: Lang) -> AnalysisRequest {
        let target = parse_number(&self.target_text, lang);
        self.request_on(Arc::new(model.clone()), current, target)
    }

    /// The request on a model already shared, with the target already read.
    pub(crate) fn request_on(
        &self,
        model: Arc<Model>,
        current: usize,
        target: Option<Decimal>,
    ) -> AnalysisRequest {
        let scenarios = model.scenarios.len();
        AnalysisRequest {
            current,
            output: self.output,
            param: self.param,
            target,
            variation: self.variation(),
            path: self.path(),
            revolving: self.revolving_index(scenarios, current),
            compared: self.compared_indices(scenarios, current),
            explain: self.explain_request(scenarios, current),
            trade_off: self.trade_off_request(),
            model,
        }
    }

    /// Whether `request` is what these settings ask of `model` (with `target` read from the typed
    /// text): compares field by field, so an unchanged frame builds and clones nothing.
    pub(crate) fn asks_for(
        &self,
        request: &AnalysisRequest,
        model: &Model,
        current: usize,
        target: Option<Decimal>,
    ) -> bool {
        let scenarios = model.scenarios.len();
        let compared_same = if self.compared_as_is(scenarios) {
            self.compared == request.compared
        } else {
            self.compared_indices(scenarios, current) == request.compared
        };
        request.current == current
            && request.output == self.output
            && request.param == self.param
            && request.target == target
            && request.variation == self.variation()
            && request.path == self.path()
            && request.revolving == self.revolving_index(scenarios, current)
            && compared_same
            && request.explain == self.explain_request(scenarios, current)
            && request.trade_off == self.trade_off_request()
            && *request.model == *model
    }

    /// The tornado's variation.
    pub fn variation(&self) -> Variation {
        if self.full_range {
            Variation::FullRange
        } else {
            Variation::Percent(Decimal::from_f64(self.variation_pct).unwrap_or(Decimal::from(20)))
        }
    }

    /// The revolving worker's path.
    pub fn path(&self) -> RevolvingPath {
        RevolvingPath {
            rise_points_per_year: Decimal::from_f64(self.rise_points).unwrap_or_default(),
            independent_at_pct: Decimal::from_f64(self.independent_at)
                .unwrap_or(Decimal::ONE_HUNDRED),
        }
    }

    /// The scenario of the revolving path: the chosen one if it still exists, else the current one.
    pub fn revolving_index(&self, scenarios: usize, current: usize) -> usize {
        self.revolving_scenario
            .filter(|&i| i < scenarios)
            .unwrap_or(current)
    }

    /// The scenarios compared: the chosen ones that still exist or, when none is left, the first
    /// [`MAX_COMPARED`] with the current one among them.
    pub fn compared_indices(&self, scenarios: usize, current: usize) -> Vec<usize> {
        let mut compared: Vec<usize> = self
            .compared
            .iter()
            .copied()
            .filter(|&i| i < scenarios)
            .collect();
        if compared.is_empty() {
            compared = (0..scenarios.min(MAX_COMPARED)).collect();
            if !compared.contains(&current) && !compared.is_empty() {
                compared[0] = current;
            }
        }
        compared
    }

    /// Make the choice what the request reads (scenarios gone, or none chosen yet), so a checkbox
    /// edits what is shown.
    pub fn settle_compared(&mut self, scenarios: usize, current: usize) {
        if !self.compared_as_is(scenarios) {
            self.compared = self.compared_indices(scenarios, current);
        }
    }

    /// Whether the chosen scenarios are used as they stand (all exist, at least one).
    fn compared_as_is(&self, scenarios: usize) -> bool {
        !self.compared.is_empty() && self.compared.iter().all(|&i| i < scenarios)
    }

    /// What the waterfall explains: the chosen scenarios that still exist, else from the first to
    /// the shown one (to the second when the first is shown).
    pub fn explain_request(&self, scenarios: usize, current: usize) -> ExplainRequest {
        let from = self.explain_from.filter(|&i| i < scenarios).unwrap_or(0);
        let to = self.explain_to.filter(|&i| i < scenarios).unwrap_or(
            if current == from && scenarios > 1 {
                usize::from(from == 0)
            } else {
                current
            },
        );
        ExplainRequest {
            from,
            to,
            output: self.explain_output,
            method: self.explain_method,
        }
    }

    /// What the trade-off view shades.
    pub fn trade_off_request(&self) -> TradeOffRequest {
        TradeOffRequest {
            output: self.trade_output,
            x: self.trade_x,
            y: self.trade_y,
        }
    }
}
