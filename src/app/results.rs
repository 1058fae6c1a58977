//! Results computed once: the one place where the app calls the engine for what the views show.
//!
//! The sheet's figures come from the figures layer ([`crate::figures`]), kept with the scenario
//! they were computed from; the budget is kept with its plan. A refresh computes again only when
//! the inputs differ. A frame without an edit therefore does no engine work, and views and plots
//! only read what is here.
//!
//! The analyses take longer (tens of milliseconds), so they run on a latest-wins [`Worker`]: a
//! request is submitted only when it differs from the last one, and the view shows the newest
//! finished results, marked while a newer request is still running.

use std::sync::Arc;

use eframe::egui;

use super::analysis::{AnalysisRequest, AnalysisResults, AnalysisState, compute};
use super::monte_carlo::{MonteCarlo, SimulationInputs};
use super::worker::Worker;
use crate::figures::{Figures, ScenarioCache};
use crate::format::parse_number;
use crate::i18n::Lang;
use crate::model::budget::{BudgetPlan, BudgetResult};
use crate::model::{Model, ModelError, Scenario};

/// The last analysis request submitted, with the typed target it was read from.
struct Sent {
    request: AnalysisRequest,
    target_text: String,
    lang: Lang,
    generation: u64,
}

/// The analyses: their worker, what was last asked of it, and the newest answer.
#[derive(Default)]
struct Analyses {
    worker: Option<Worker<AnalysisRequest, AnalysisResults>>,
    sent: Option<Sent>,
    /// The newest finished results, with the generation of the request they answer.
    newest: Option<(u64, AnalysisResults)>,
}

impl std::fmt::Debug for Analyses {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyses")
            .field("submitted", &self.sent.as_ref().map(|s| s.generation))
            .field("shown", &self.newest.as_ref().map(|(g, _)| *g))
            .finish()
    }
}

/// The results of the open document, with the inputs they were computed from.
#[derive(Debug, Default)]
pub struct Results {
    sheet: ScenarioCache,
    /// Whether a scenario is shown: without one there are no sheet results.
    shown: bool,
    budget: Option<(BudgetPlan, BudgetResult)>,
    analyses: Analyses,
    monte_carlo: MonteCarlo,
    computations: u64,
}

impl Results {
    /// Bring the sheet results up to date with `scenario` (its parameters, published figures and
    /// sources); computes only if it changed.
    pub fn refresh_sheet(&mut self, scenario: Option<&Scenario>) {
        self.shown = scenario.is_some();
        if let Some(scenario) = scenario {
            self.sheet.figures(scenario);
        }
    }

    /// Bring the budget result up to date with `plan`; computes only if it changed.
    pub fn refresh_budget(&mut self, plan: Option<&BudgetPlan>) {
        let Some(plan) = plan else {
            self.budget = None;
            return;
        };
        if self.budget.as_ref().is_some_and(|(key, _)| key == plan) {
            return;
        }
        self.computations += 1;
        self.budget = Some((plan.clone(), plan.compute()));
    }

    /// Bring the analyses up to date with `state` on scenario `current` of `model`: submits a
    /// request to the background worker only when it differs from the last one, and takes the
    /// results finished since the last frame. The worker repaints `ctx` when it is done.
    pub fn refresh_analysis(
        &mut self,
        ctx: &egui::Context,
        model: &Model,
        current: usize,
        state: &AnalysisState,
        lang: Lang,
    ) {
        let analyses = &mut self.analyses;
        let sent = analyses.sent.as_ref();
        // The typed target is read again only when its text (or the language) changed.
        let target = match sent {
            Some(sent) if sent.target_text == state.target_text && sent.lang == lang => {
                sent.request.target
            }
            _ => parse_number(&state.target_text, lang),
        };
        if !sent.is_some_and(|sent| state.asks_for(&sent.request, model, current, target)) {
            let shared = match sent {
                Some(sent) if *sent.request.model == *model => Arc::clone(&sent.request.model),
                _ => Arc::new(model.clone()),
            };
            let request = state.request_on(shared, current, target);
            let worker = analyses.worker.get_or_insert_with(|| {
                let ctx = ctx.clone();
                Worker::new("analyses", compute, move || ctx.request_repaint())
            });
            let generation = worker.submit(request.clone());
            analyses.sent = Some(Sent {
                request,
                target_text: state.target_text.clone(),
                lang,
                generation,
            });
            self.computations += 1;
        }
        analyses.take_finished();
    }

    /// The newest finished analyses, if any has finished.
    pub fn analysis(&self) -> Option<&AnalysisResults> {
        self.analyses.newest.as_ref().map(|(_, results)| results)
    }

    /// Whether the analyses shown answer the last request (false while a newer one is running).
    pub fn analysis_is_current(&self) -> bool {
        match (&self.analyses.sent, &self.analyses.newest) {
            (Some(sent), Some((generation, _))) => *generation == sent.generation,
            _ => false,
        }
    }

    /// Block until the last analysis request is done and take its results (for tests and
    /// headless use).
    pub fn wait_for_analysis(&mut self) {
        if let Some(worker) = &self.analyses.worker {
            worker.wait();
        }
        self.analyses.take_finished();
    }

    /// Bring the Monte Carlo up to date with `scenario`'s parameters and ranges: a changed input
    /// cancels the run in flight and starts a new one in the background; no range, no run.
    pub fn refresh_simulation(&mut self, ctx: &egui::Context, scenario: Option<&Scenario>) {
        let Some(scenario) = scenario.filter(|s| !s.uncertainty.ranges.is_empty()) else {
            self.monte_carlo.clear();
            return;
        };
        let inputs = SimulationInputs {
            params: scenario.parameters.clone(),
            uncertainty: scenario.uncertainty.clone(),
        };
        if self.monte_carlo.refresh(ctx, &inputs) {
            self.computations += 1;
        }
    }

    /// The Monte Carlo: its newest result, whether it is current, and the progress of a run.
    pub fn simulation(&self) -> &MonteCarlo {
        &self.monte_carlo
    }

    /// Block until the Monte Carlo in flight is done and take its result (for tests).
    pub fn wait_for_simulation(&mut self) {
        self.monte_carlo.wait();
    }

    /// The shown scenario's figures, or why it cannot be computed (from the figures layer, the
    /// same the exports and the command line print); shared, so presenter mode and an export can
    /// keep them.
    pub fn sheet_figures(&self) -> Option<&Arc<Result<Figures, ModelError>>> {
        self.sheet.get().filter(|_| self.shown)
    }

    /// The shown scenario's figures, if it could be computed.
    pub fn sheet(&self) -> Option<&Figures> {
        self.sheet_figures().and_then(|f| f.as_ref().as_ref().ok())
    }

    /// Why the shown scenario cannot be computed, if it cannot.
    pub fn sheet_error(&self) -> Option<&ModelError> {
        self.sheet_figures().and_then(|f| f.as_ref().as_ref().err())
    }

    /// The budget plan's result.
    pub fn budget(&self) -> Option<&BudgetResult> {
        self.budget.as_ref().map(|(_, result)| result)
    }

    /// How many times the engine was run since the app started: a frame without an edit must not
    /// add to it.
    pub fn computations(&self) -> u64 {
        self.computations + self.sheet.computations()
    }
}

impl Analyses {
    /// Keep the newest result the worker finished, if any.
    fn take_finished(&mut self) {
        if let Some(finished) = self.worker.as_ref().and_then(Worker::take) {
            self.newest = Some(finished);
        }
    }
}
