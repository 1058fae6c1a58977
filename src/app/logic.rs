//! The logic step: before anything is drawn, the results are brought up to date with the document
//! and the view state, so the drawing code only reads them (egui's `wrap_app.rs` shape). eframe
//! calls [`eframe::App::logic`] once before each frame's `ui` (and, while the window is hidden, on
//! a repaint a background run asked for); the frame calls the same step again right after the one
//! place that edits the document in place while drawing (the parameters panel), so a drag shows in
//! the views in the same frame.
//!
//! Every refresh compares its inputs with those the results were computed from: a frame without
//! an edit does no engine work, and a second call in the same frame costs only the comparison.
//! Presenter mode keeps its own figures (`presenter/results.rs`), refreshed in its frame.

use eframe::egui;

use super::{KostenbatenApp, View};

impl KostenbatenApp {
    /// The logic step (see the module's documentation): a model without a budget plan has no
    /// budget tab, and the results follow the document and what the user looks at.
    pub(super) fn logic_step(&mut self, ctx: &egui::Context) {
        self.keep_view_available();
        self.refresh_results(ctx);
    }

    /// A model without a budget plan has no budget tab to show.
    fn keep_view_available(&mut self) {
        if self.doc.model.budget.is_none() && self.view.shown == View::Budget {
            self.view.shown = View::Sheet;
        }
    }

    /// Bring [`super::results::Results`] up to date with the shown scenario and the shown view:
    /// the sheet always, the budget, the analyses and the Monte Carlo only while their view is
    /// shown (the last two only while the sheet can be computed: otherwise the view shows why
    /// not). Nothing while presenting: presenter mode computes its own figures.
    pub(super) fn refresh_results(&mut self, ctx: &egui::Context) {
        if self.view.presenter.is_some() {
            return;
        }
        let results = &mut self.results;
        results.refresh_sheet(self.doc.scenario());
        let computable = results.sheet_error().is_none();
        match self.view.shown {
            View::Budget => results.refresh_budget(self.doc.model.budget.as_ref()),
            View::Analysis if computable => results.refresh_analysis(
                ctx,
                &self.doc.model,
                self.doc.scenario,
                &self.view.analysis,
                self.settings.lang,
            ),
            View::Uncertainty if computable => {
                results.refresh_simulation(ctx, self.doc.scenario());
            }
            _ => {}
        }
    }
}
